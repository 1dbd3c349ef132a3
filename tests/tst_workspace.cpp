// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowimporter.h"
#include "legacyworkspace.h"
#include "talkerchunk.h"
#include "testpaths.h"
#include "topologyimporter.h"
#include "workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace vpclens;

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void snapshotsListedAndLateOnesNamed();
    void createsAndReopens();
    void refusesMissingFileWithoutCreate();
    void refusesForeignFile();
    void refusesNewerSchema();
    void refusesOtherSqliteDatabase();
    void metaRoundTrips();
    void upgradesSchema1();

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
    QCOMPARE(v.int64(0), 2);
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

// Schema 1 summed conversations over all files in rollup_talkers; opening such a workspace sums
// them again per import from the records, into talker chunks, and drops the old table.
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
    QCOMPARE(v.int64(0), 2);
    sql::Statement old(ws->handle(), "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'rollup_talkers'");
    QVERIFY(old.step());
    QCOMPARE(old.int64(0), 0);
    QStringList sums;
    QCOMPARE(forEachTalkerSum(ws->handle(), 0, std::numeric_limits<std::int64_t>::max(), TalkerActions::All,
                              [&](const TalkerSum &t) {
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

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
