// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlog/flowbits.h"
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "legacyworkspace.h"
#include "samplelogs.h"
#include "testpaths.h"
#include "workspace/conversationchunk.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <limits>
#include <memory>
#include <thread>

using namespace vpclens;

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void flowBitsReadTheSameInSqlAndCpp();
    void snapshotsListedAndLateOnesNamed();
    void createsAndReopens();
    void refusesMissingFileWithoutCreate();
    void refusesForeignFile();
    void refusesNewerSchema();
    void refusesOtherSqliteDatabase();
    void metaRoundTrips();
    void briefWaitGivesUpOnALongWriter();
    void upgradesSchema1();
    void upgradeRecountsConnections();

private:
    QTemporaryDir m_dir;
};

void TestWorkspace::createsAndReopens()
{
    const QString path = m_dir.filePath(QStringLiteral("a.vpclens"));
    QString error;
    {
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->snapshotCount(), 0);
        QCOMPARE(ws->flowCount(), 0);
    }
    auto again = Workspace::open(path, &error, false);
    QVERIFY2(again, qPrintable(error));
    sql::Statement v(again->handle(), "PRAGMA user_version");
    QVERIFY(v.step());
    QCOMPARE(v.int64(0), Workspace::SchemaVersion);
}

void TestWorkspace::refusesMissingFileWithoutCreate()
{
    QString error;
    QVERIFY(!Workspace::open(m_dir.filePath(QStringLiteral("missing.vpclens")), &error, false));
    QVERIFY(error.contains(QLatin1String("does not exist")));
}

void TestWorkspace::refusesForeignFile()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.vpclens"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("this is a text file, not a database\n").repeated(200));
    f.close();
    QString error;
    QVERIFY(!Workspace::open(path, &error, false));
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("not a workspace")), qPrintable(error));
}

void TestWorkspace::refusesNewerSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("future.vpclens"));
    QString error;
    {
        auto ws = Workspace::open(path, &error);
        QVERIFY(ws);
        sql::exec(ws->handle(), "PRAGMA user_version=99");
    }
    QVERIFY(!Workspace::open(path, &error, false));
    QVERIFY2(error.contains(QLatin1String("newer VpcLens")), qPrintable(error));
}

void TestWorkspace::refusesOtherSqliteDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("other.db"));
    {
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        sql::DbPtr db(raw);
        sql::exec(raw, "CREATE TABLE t(x); INSERT INTO t VALUES(1);");
    }
    QString error;
    QVERIFY(!Workspace::open(path, &error, false));
    QVERIFY2(error.contains(QLatin1String("not a VpcLens workspace")), qPrintable(error));
}

void TestWorkspace::metaRoundTrips()
{
    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("meta.vpclens")), &error);
    QVERIFY(ws);
    QCOMPARE(ws->meta(QStringLiteral("title")), QString());
    ws->setMeta(QStringLiteral("title"), QStringLiteral("Prod review"));
    ws->setMeta(QStringLiteral("title"), QStringLiteral("Prod review 2"));
    QCOMPARE(ws->meta(QStringLiteral("title")), QStringLiteral("Prod review 2"));
}

// An explanation holds the write lock for minutes: a cache or the remembered view must not wait for
// it (the GUI thread would freeze). Under BriefWait the write fails with "locked" while another
// connection writes; without it the write waits for the writer, here one that commits after 400 ms.
void TestWorkspace::briefWaitGivesUpOnALongWriter()
{
    const QString path = m_dir.filePath(QStringLiteral("brief.vpclens"));
    QString error;
    auto writer = Workspace::open(path, &error);
    QVERIFY2(writer, qPrintable(error));
    auto other = Workspace::open(path, &error, false);
    QVERIFY2(other, qPrintable(error));
    auto tx = std::make_unique<sql::Transaction>(writer->handle());
    writer->setMeta(QStringLiteral("holder"), QStringLiteral("writer"));
    bool failed = false;
    try {
        const Workspace::BriefWait brief(*other);
        other->setMeta(QStringLiteral("view/filter"), QStringLiteral("dstport == 22"));
    } catch (const sql::Error &e) {
        failed = QString::fromUtf8(e.what()).contains(QStringLiteral("locked"));
    }
    QVERIFY(failed);
    // Patience is back to its usual: this write waits until the writer has committed.
    std::thread commitLater([&tx] {
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        tx->commit();
    });
    other->setMeta(QStringLiteral("view/filter"), QStringLiteral("dstport == 22"));
    commitLater.join();
    QCOMPARE(other->meta(QStringLiteral("view/filter")), QStringLiteral("dstport == 22"));
    QCOMPARE(other->meta(QStringLiteral("holder")), QStringLiteral("writer"));
}

// Schema 1 summed conversations over all files in rollup_talkers; opening such a workspace sums
// them again per import from the records, into conversation chunks, and drops the old table.
void TestWorkspace::upgradesSchema1()
{
    const QString log = m_dir.filePath(QStringLiteral("upgrade.log"));
    {
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // A request and its reply (one conversation: client 10.0.0.5, server 10.0.0.9, port 443), a
        // rejected probe an hour later, an IPv6 connection and a NODATA record (not summed).
        f.write("version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n"
                "2 123456789012 eni-0a 10.0.0.5 10.0.0.9 40000 443 6 10 1000 3600 3660 ACCEPT OK\n"
                "2 123456789012 eni-0a 10.0.0.9 10.0.0.5 443 40000 6 8 800 3610 3660 ACCEPT OK\n"
                "2 123456789012 eni-0a 198.51.100.7 10.0.0.5 5555 22 6 1 40 7300 7360 REJECT OK\n"
                "2 123456789012 eni-0a 2001:db8::1 2001:db8::2 50000 80 6 3 300 3700 3760 ACCEPT OK\n"
                "2 123456789012 eni-0a - - - - - - - 3700 3760 - NODATA\n");
    }
    const QString path = m_dir.filePath(QStringLiteral("v1.vpclens"));
    QString error;
    {
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(importFlowLogs(*ws, {log}, {}).records, 5);
        test::downgradeToSchema1(ws->handle());
        QCOMPARE(Workspace::schemaVersionOf(path), 1);
    }
    auto ws = Workspace::open(path, &error, false);
    QVERIFY2(ws, qPrintable(error));
    sql::Statement v(ws->handle(), "PRAGMA user_version");
    QVERIFY(v.step());
    QCOMPARE(v.int64(0), Workspace::SchemaVersion);
    sql::Statement old(ws->handle(), "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'rollup_talkers'");
    QVERIFY(old.step());
    QCOMPARE(old.int64(0), 0);
    QStringList sums;
    QCOMPARE(forEachConversationSum(ws->handle(), 0, std::numeric_limits<std::int64_t>::max(), ConversationActions::All,
                              [&](const ConversationSum &t) {
                                  sums << QStringLiteral("%1 %2 %3>%4 %5/%6 %7,%8,%9")
                                              .arg(t.hour).arg(t.action).arg(formatIp(t.src), formatIp(t.dst)).arg(t.dstPort)
                                              .arg(t.protocol).arg(t.flows).arg(t.packets).arg(t.bytes);
                              }),
             0);
    sums.sort();
    QCOMPARE(sums, (QStringList{QStringLiteral("1 1 10.0.0.5>10.0.0.9 443/6 2,18,1800"),
                                QStringLiteral("1 1 2001:db8::1>2001:db8::2 80/6 1,3,300"),
                                QStringLiteral("2 2 198.51.100.7>10.0.0.5 22/6 1,1,40")}));
}

// The sample's records start on 2025-06-01 07:20 UTC and end before 14:00 (zcat). A snapshot dated
// the day before is fine; one dated 2026 (a clone's file time) is newer than every record: named.
void TestWorkspace::snapshotsListedAndLateOnesNamed()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("snap.vpclens")), &error);
    QVERIFY2(ws, qPrintable(error));
    const QString sample = vpclens::test::sourcePath(QStringLiteral("resources/sample/topology"));
    importTopology(*ws, {sample}, QDateTime(QDate(2025, 5, 31), QTime(12, 0), Qt::UTC));
    importFlowLogs(*ws, {vpclens::test::sourcePath(QStringLiteral("resources/sample/flowlogs"))});
    QVERIFY(ws->snapshotTimeWarnings().isEmpty());
    importTopology(*ws, {sample}, QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC));
    const QList<SnapshotInfo> list = ws->snapshots();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].takenAt, QDateTime(QDate(2025, 5, 31), QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(list[0].files, 14);
    QCOMPARE(list[0].source, sample);
    QVERIFY(list[0].scopes.contains(QStringLiteral("111122223333/eu-central-1")));
    QCOMPARE(list[1].resources, list[0].resources);
    const QStringList warnings = ws->snapshotTimeWarnings();
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings[0].startsWith(QStringLiteral("snapshot %1 (2026-01-15T09:00:00Z").arg(list[1].id)), qPrintable(warnings[0]));
    QVERIFY(warnings[0].contains(QLatin1String("--snapshot-time")));
}

// A workspace from before "the receiver's record stands for the connection" (schema 2 counted the
// sender's: the owner of the source, or any record whose source no interface owns). Opening it
// decides again: the bits, the rollups and the conversation sums are those of a fresh import.
void TestWorkspace::upgradeRecountsConnections()
{
    const QString topology = vpclens::test::sourcePath(QStringLiteral("resources/sample/topology"));
    const QString flows = vpclens::test::sourcePath(QStringLiteral("resources/sample/flowlogs"));
    QString error;
    auto fresh = Workspace::open(m_dir.filePath(QStringLiteral("fresh.vpclens")), &error);
    QVERIFY2(fresh, qPrintable(error));
    importTopology(*fresh, {topology});
    importFlowLogs(*fresh, {flows});
    const QString path = m_dir.filePath(QStringLiteral("v2.vpclens"));
    {
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        importTopology(*ws, {topology});
        importFlowLogs(*ws, {flows});
        // The old rule, from the sample's interfaces (samplelogs.h reads them from the JSON).
        sqlite3 *db = ws->handle();
        test::downgradeToSchema3(db); // rows the old rule's bits can be written into
        sql::exec(db, "CREATE TEMP TABLE owner(ip INTEGER PRIMARY KEY, eni TEXT)");
        sql::Statement add(db, "INSERT OR IGNORE INTO owner(ip, eni) VALUES(?1, ?2)");
        const QHash<QString, QString> owners = vpclens::test::sampleOwners();
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            add.bind(1, std::int64_t(*parseIpv4(it.key().toStdString()))).bind(2, it.value()).run();
        sql::exec(db, "UPDATE flows SET bits = (bits & ~16) | CASE WHEN src IS NULL OR (SELECT eni FROM owner WHERE ip = src) IS NULL "
                      "OR (SELECT eni FROM owner WHERE ip = src) = (SELECT s FROM strings WHERE id = flows.eni) THEN 16 ELSE 0 END;"
                      "DELETE FROM rollup_time; DELETE FROM rollup_eni;"
                      "INSERT INTO rollup_time SELECT start / 60, bits & 3, COUNT(*), TOTAL(MAX(packets, 0)), TOTAL(MAX(bytes, 0)) FROM flows "
                      " WHERE (bits & 28) = 16 AND src IS NOT NULL AND dst IS NOT NULL GROUP BY 1, 2;"
                      "INSERT INTO rollup_eni SELECT start / 60, eni, bits & 3, COUNT(*), TOTAL(MAX(packets, 0)), TOTAL(MAX(bytes, 0)) FROM flows "
                      " WHERE (bits & 28) = 16 AND src IS NOT NULL AND dst IS NOT NULL GROUP BY 1, 2, 3;");
        test::downgradeToSchema1(db); // schema 1 -> 2 sums the conversation chunks again from these bits
    }
    auto differs = [&](const char *sql) {
        sql::Statement a(fresh->handle(), sql);
        auto ws = Workspace::open(path, &error, false);
        sql::Statement b(ws->handle(), sql);
        qint64 rows = 0;
        while (a.step()) {
            if (!b.step() || a.int64(0) != b.int64(0) || a.int64(1) != b.int64(1))
                return true;
            ++rows;
        }
        return b.step() || rows == 0;
    };
    {
        auto ws = Workspace::open(path, &error, false); // upgrades
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(Workspace::schemaVersionOf(path), Workspace::SchemaVersion);
        // bastion -> db tcp/5432: the 24 counted records are the REJECTs at the databases.
        sql::Statement q(ws->handle(), "SELECT COUNT(*) FROM flows WHERE src = 168427540 AND dport = 5432 AND (bits & 16) AND (bits & 3) = 2");
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), 24);
    }
    QVERIFY(!differs("SELECT id, bits FROM flows ORDER BY id"));
    QVERIFY(!differs("SELECT minute * 4 + action, flows * 1000003 + bytes FROM rollup_time ORDER BY 1"));
    std::int64_t freshSum = 0, upgradedSum = 0;
    forEachConversationSum(fresh->handle(), 0, std::numeric_limits<std::int64_t>::max(), ConversationActions::All,
                     [&](const ConversationSum &t) { freshSum += t.flows * 7 + t.bytes * (t.action + 1); });
    auto ws = Workspace::open(path, &error, false);
    forEachConversationSum(ws->handle(), 0, std::numeric_limits<std::int64_t>::max(), ConversationActions::All,
                     [&](const ConversationSum &t) { upgradedSum += t.flows * 7 + t.bytes * (t.action + 1); });
    QCOMPARE(upgradedSum, freshSum);
}

QTEST_GUILESS_MAIN(TestWorkspace)
// flows.bits as the schema documents it (action | log-status << 2 | counted << 4 | version << 8), built
// here by hand: the C++ accessors and the SQL spellings must both read each field back.
void TestWorkspace::flowBitsReadTheSameInSqlAndCpp()
{
    sqlite3 *raw = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &raw), SQLITE_OK);
    sql::DbPtr db(raw);
    sql::exec(db.get(), "CREATE TABLE flows(bits INTEGER)");
    sql::Statement add(db.get(), "INSERT INTO flows(bits) VALUES(?1)");
    int rows = 0;
    for (int action = 0; action <= 2; ++action)
        for (int status = 0; status <= 2; ++status)
            for (int counted = 0; counted <= 1; ++counted)
                for (int version : {2, 5, 8}) {
                    const std::int64_t bits = action + status * 4 + counted * 16 + version * 256;
                    QCOMPARE(flowbits::pack(action, status, counted == 1, version), bits);
                    QCOMPARE(flowbits::action(bits), action);
                    QCOMPARE(flowbits::status(bits), status);
                    QCOMPARE(flowbits::counted(bits), counted == 1);
                    QCOMPARE(flowbits::version(bits), version);
                    add.bind(1, bits).run();
                    ++rows;
                }
    const QString select = flowbits::sql(QStringLiteral(
        "SELECT bits, {action}, {status}, {version}, {counted} != 0, {accepted}, {rejected}, {ok}, {countedOk} FROM flows f"));
    sql::Statement q(db.get(), select.toStdString());
    int seen = 0;
    while (q.step()) {
        const std::int64_t bits = q.int64(0);
        const int action = int(bits % 4), status = int(bits / 4 % 4), counted = int(bits / 16 % 2), version = int(bits / 256);
        QCOMPARE(q.int64(1), action);
        QCOMPARE(q.int64(2), status);
        QCOMPARE(q.int64(3), version);
        QCOMPARE(q.int64(4), counted);
        QCOMPARE(q.int64(5), action == 1 ? 1 : 0);
        QCOMPARE(q.int64(6), action == 2 ? 1 : 0);
        QCOMPARE(q.int64(7), status == 0 ? 1 : 0);
        QCOMPARE(q.int64(8), counted == 1 && status == 0 ? 1 : 0);
        ++seen;
    }
    QCOMPARE(seen, rows);
}

#include "tst_workspace.moc"
