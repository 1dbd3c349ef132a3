// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input: files and workspaces an attacker could make. Each case ends in a clean import or a
// clear error, every good record kept and none altered. Expected values are worked out from the
// bytes the test writes (line counts, the members' contents), never read back from the importer.
#include "base/printable.h"
#include "findings/findings.h"
#include "flowlog/flowlinereader.h"
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "query/flowfilter.h"
#include "query/flowsearch.h"
#include "query/logcoverage.h"
#include "query/ruleusage.h"
#include "testfiles.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "workspace/conversationchunk.h"
#include "workspace/decisioncolumn.h"
#include "workspace/flowcolumns.h"
#include "workspace/notes.h"
#include "workspace/sqlite.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"
#include "workspace/workspaceschema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace vpclens;
using vpclens::test::gzipMember;

namespace {


// n default-format records, all different (the source port counts up).
QByteArray records(int n, int first = 0)
{
    QByteArray out;
    for (int i = first; i < first + n; ++i)
        out += "2 123456789012 eni-0a1b 10.0.0.5 10.0.1.6 " + QByteArray::number(1024 + i) + " 443 6 10 840 1700000000 1700000060 ACCEPT OK\n";
    return out;
}

std::int64_t scalar(Workspace &ws, const char *sql)
{
    sql::Statement q(ws.handle(), sql);
    return q.step() ? q.int64(0) : -1;
}

QByteArray md5(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Md5);
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
private slots:
    void fieldNamedTwiceIsRefused();
    void storedLogFormatNamingAFieldTwiceIsNotUsed();
    void headerWithBomAndTrailingSpaceIsRead();
    void lineWithoutNewlineIsOneBadLine();
    void badLinesListedUpToALimitAndCounted();
    void memberFailingItsCrcIsLeftOut();
    void bitFlipLeavesNoAlteredRecord();
    void cloudWatchJsonIsStreamed();
    void recordsPastAnyCaptureWindowAreRefused();
    void contentHashIsSha256();
    void damagedCopyDoesNotReplaceWholeImport();
    void samePathSpelledTwiceImportsOnce();
    void statementThatCannotBePreparedStopsTheImport_data();
    void statementThatCannotBePreparedStopsTheImport();
    void craftedWorkspacesAreRefused_data();
    void craftedWorkspacesAreRefused();
    void readingLeavesTheFileAlone();
    void hugeStoredSizeIsNotAllocated();
    void craftedDecisionsAreReadAsNone();
    void damagedRecordColumnsAreErrorsNotReads();
    void craftedCoverageAndNotesStayInBounds();
    void filterLimits();
    void exactIntegersInFilters();
    void escapesAreShownInert();
    void damagedWorkspaceGivesExitOne();
    void everySkippedElementIsNamed();
    void sameResourceWithOtherContentIsNamed();

private:
    QString write(const QString &name, const QByteArray &data) { return test::writeFile(QDir(m_dir.path()), name, data); }
    std::unique_ptr<Workspace> fresh(const QString &name)
    {
        QString error;
        QFile::remove(m_dir.filePath(name));
        auto ws = Workspace::open(m_dir.filePath(name), &error, true);
        if (!ws)
            qWarning() << error;
        return ws;
    }
    QTemporaryDir m_dir;
};

void TestHostileInput::fieldNamedTwiceIsRefused()
{
    // 35 x "version account-id": 70 header fields, more than the 59 the format knows.
    QByteArray header;
    for (int i = 0; i < 35; ++i)
        header += i ? " version account-id" : "version account-id";
    const QString path = write(QStringLiteral("twice.log"), header + "\n" + QByteArray("2 1 ").repeated(35) + "\n");
    auto ws = fresh(QStringLiteral("twice.vpclens"));
    const FlowImportResult r = importFlowLogs(*ws, {path});
    QCOMPARE(r.filesFailed, 1);
    QVERIFY2(r.messages.join(QLatin1Char('\n')).contains(path + QStringLiteral(":1: the flow-log field 'version' is named twice")),
             qPrintable(r.messages.join(QLatin1Char('\n'))));
    // The same through --format.
    const FlowImportResult f = importFlowLogs(*ws, {path}, FlowImportOptions{QStringLiteral("${version} ${srcport} ${version}")});
    QVERIFY(f.messages.join(QLatin1Char('\n')).contains(QLatin1String("named twice")));
}

void TestHostileInput::storedLogFormatNamingAFieldTwiceIsNotUsed()
{
    // describe-flow-logs from an account: a LogFormat of 70 fields, a field named twice.
    QString format;
    for (int i = 0; i < 35; ++i)
        format += QStringLiteral("${version} ${account-id} ");
    QDir(m_dir.path()).mkpath(QStringLiteral("fl"));
    write(QStringLiteral("fl/describe-flow-logs.json"),
          QStringLiteral(R"({"FlowLogs": [{"FlowLogId": "fl-0abc", "LogFormat": "%1", "ResourceId": "vpc-1"}]})").arg(format.trimmed()).toUtf8());
    auto ws = fresh(QStringLiteral("fl.vpclens"));
    QVERIFY(importTopology(*ws, {m_dir.filePath(QStringLiteral("fl"))}).resources > 0);
    const QString path = write(QStringLiteral("123456789012_vpcflowlogs_us-east-1_fl-0abc_20250601T0820Z_abcd.log"), records(4));
    for (int again = 0; again < 2; ++again) { // every later import of its files too
        const FlowImportResult r = importFlowLogs(*ws, {path});
        QVERIFY2(r.messages.join(QLatin1Char('\n')).contains(QLatin1String("flow log fl-0abc: its LogFormat is not used (the flow-log field 'version' is named twice)")),
                 qPrintable(r.messages.join(QLatin1Char('\n'))));
    }
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM flows"), 4); // read with the default format
}

void TestHostileInput::headerWithBomAndTrailingSpaceIsRead()
{
    const QByteArray header = "\xEF\xBB\xBFversion account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status \r\n";
    const QString path = write(QStringLiteral("bom.log"), header + records(3));
    auto ws = fresh(QStringLiteral("bom.vpclens"));
    const FlowImportResult r = importFlowLogs(*ws, {path});
    QCOMPARE(r.records, 3);
    QCOMPARE(r.badLines, 0);
}

void TestHostileInput::lineWithoutNewlineIsOneBadLine()
{
    // A good record, 3 MiB without a newline, then two good records: 3 records and 1 bad line.
    const QByteArray data = records(1) + QByteArray(3 * 1024 * 1024, 'A') + "\n" + records(2, 1);
    const QString path = write(QStringLiteral("long.log.gz"), gzipMember(data));
    auto ws = fresh(QStringLiteral("long.vpclens"));
    const FlowImportResult r = importFlowLogs(*ws, {path});
    QCOMPARE(r.records, 3);
    QCOMPARE(r.badLines, 1);
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM import_errors WHERE reason = 'too-long' AND line = 2"), 1);
    QVERIFY(scalar(*ws, "SELECT MAX(LENGTH(text)) FROM import_errors") <= 300);
}

void TestHostileInput::badLinesListedUpToALimitAndCounted()
{
    const QString path = write(QStringLiteral("bad.log.gz"), gzipMember(records(2) + QByteArray("x\n").repeated(5000)));
    auto ws = fresh(QStringLiteral("bad.vpclens"));
    const FlowImportResult r = importFlowLogs(*ws, {path});
    QCOMPARE(r.records, 2);
    QCOMPARE(r.badLines, 5000);
    QCOMPARE(scalar(*ws, "SELECT bad_lines FROM imports WHERE kind = 'flows'"), 5000);
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM import_errors WHERE reason = 'field-count'"), 1000);
    sql::Statement more(ws->handle(), "SELECT text FROM import_errors WHERE reason = 'more'");
    QVERIFY(more.step());
    QVERIFY2(more.text(0).startsWith(QLatin1String("4000 more bad lines")), qPrintable(more.text(0)));
}

void TestHostileInput::memberFailingItsCrcIsLeftOut()
{
    // Two members of 1000 records each; the second's CRC-32 (the trailer's first 4 bytes) is wrong.
    QByteArray second = gzipMember(records(1000, 1000));
    second[second.size() - 8] = char(second[second.size() - 8] ^ 0x01);
    const QString path = write(QStringLiteral("crc.log.gz"), gzipMember(records(1000)) + second);
    auto ws = fresh(QStringLiteral("crc.vpclens"));
    const FlowImportResult r = importFlowLogs(*ws, {path});
    QCOMPARE(r.records, 1000);
    QCOMPARE(scalar(*ws, "SELECT MAX(sport) FROM flows"), 1024 + 999); // only the first member's
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM import_errors WHERE reason = 'altered'"), 1);
    QVERIFY(r.messages.join(QLatin1Char('\n')).contains(QLatin1String("the lines from 1001 on cannot pass the gzip integrity check")));
    // The sums agree with the records kept.
    QCOMPARE(scalar(*ws, "SELECT SUM(flows) FROM rollup_time"), 1000);
}

void TestHostileInput::bitFlipLeavesNoAlteredRecord()
{
    // One member; flip a bit in several places of its deflate data. Whatever zlib makes of it (a
    // failed check, or data that reads as cut short), every record that reaches the workspace is one
    // of the lines written: source ports 1024-1523, 840 bytes each.
    const QByteArray good = gzipMember(records(500));
    for (qsizetype at : {qsizetype(20), good.size() / 3, good.size() / 2, good.size() - 12}) {
        QByteArray bad = good;
        bad[at] = char(bad[at] ^ 0x10);
        const QString path = write(QStringLiteral("flip%1.log.gz").arg(at), bad);
        auto ws = fresh(QStringLiteral("flip.vpclens"));
        importFlowLogs(*ws, {path});
        QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM flows WHERE sport NOT BETWEEN 1024 AND 1523 OR bytes <> 840 OR packets <> 10 "
                              "OR dport <> 443 OR start <> 1700000000 OR dur <> 60 OR bits & 3 <> 1"), 0);
        QCOMPARE(scalar(*ws, "SELECT COUNT(*) - COUNT(DISTINCT sport) FROM flows"), 0);
    }
}

void TestHostileInput::cloudWatchJsonIsStreamed()
{
    // 200,000 events in one gzip'd filter-log-events page, with escapes and a control message.
    QByteArray json = "{\"events\": [";
    for (int i = 0; i < 200000; ++i)
        json += "{\"timestamp\": 1, \"message\": \"2 123456789012 eni-0a1b 10.0.0.5 10.0.1.6 " + QByteArray::number(1024 + i % 60000)
                + " 443 6 10 840 1700000000 1700000060 ACCEPT OK\", \"ingestionTime\": 2},";
    json += "{\"message\": \"2 123456789012 eni-0a1b 10.0.0.5 10.0.1.6 7 443 6 10 840 1700000000 1700000060 \\u0041CCEPT OK\"}]}";
    const QString path = write(QStringLiteral("events.json.gz"), gzipMember(json));
    auto ws = fresh(QStringLiteral("events.vpclens"));
    const FlowImportResult r = importFlowLogs(*ws, {path});
    QCOMPARE(r.records, 200001);
    QCOMPARE(r.badLines, 0);
    // JSON that ends inside a value keeps the events before it and says where.
    const QString cut = write(QStringLiteral("cut.json"), json.left(json.indexOf("},", 500) + 2));
    auto ws2 = fresh(QStringLiteral("cut.vpclens"));
    const FlowImportResult c = importFlowLogs(*ws2, {cut});
    QVERIFY(c.records >= 1);
    QVERIFY(c.messages.join(QLatin1Char('\n')).contains(QLatin1String("invalid JSON")));
}

void TestHostileInput::recordsPastAnyCaptureWindowAreRefused()
{
    const QByteArray huge = "2 123456789012 eni-0a1b 10.0.0.5 10.0.1.6 1 443 6 10 9223372036854775000 1700000000 1700000060 ACCEPT OK\n";
    const QString path = write(QStringLiteral("huge.log"), huge + huge + records(1));
    auto ws = fresh(QStringLiteral("huge.vpclens"));
    const FlowImportResult r = importFlowLogs(*ws, {path});
    QCOMPARE(r.records, 1);
    QCOMPARE(r.badLines, 2);
    QCOMPARE(scalar(*ws, "SELECT SUM(bytes) FROM rollup_time"), 840);
}

void TestHostileInput::contentHashIsSha256()
{
    const QByteArray data = records(10);
    const QString path = write(QStringLiteral("hash.log"), data);
    FlowLineReader reader;
    QVERIFY(reader.open(path, nullptr));
    QCOMPARE(reader.contentHash(), QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
}

void TestHostileInput::damagedCopyDoesNotReplaceWholeImport()
{
    const QByteArray whole = gzipMember(records(2000));
    const QString path = write(QStringLiteral("evidence.log.gz"), whole);
    auto ws = fresh(QStringLiteral("copy.vpclens"));
    QCOMPARE(importFlowLogs(*ws, {path}).records, 2000);
    write(QStringLiteral("evidence.log.gz"), whole.left(whole.size() / 2)); // a cut copy under the same name
    const FlowImportResult r = importFlowLogs(*ws, {path});
    QCOMPARE(r.filesImported, 0);
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM flows"), 2000);
    QVERIFY(r.messages.join(QLatin1Char('\n')).contains(QLatin1String("was whole and this copy is damaged")));
}

void TestHostileInput::samePathSpelledTwiceImportsOnce()
{
    const QString path = write(QStringLiteral("spelled.log"), records(5));
    const QString other = m_dir.path() + QStringLiteral("/./sub/../spelled.log");
    QDir(m_dir.path()).mkpath(QStringLiteral("sub"));
    auto ws = fresh(QStringLiteral("spelled.vpclens"));
    importFlowLogs(*ws, {path});
    importFlowLogs(*ws, {other});
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM flows"), 5);
}

// A table the import needs is gone from under an open workspace (another program, a damaged file): the
// import stops with the reason, writes nothing, leaves bulk-load mode, and never ends the process.
void TestHostileInput::statementThatCannotBePreparedStopsTheImport_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("read while setting up") << "strings";      // read before any file is begun
    QTest::newRow("written by the writer") << "import_errors"; // prepared when the writer is built
}

void TestHostileInput::statementThatCannotBePreparedStopsTheImport()
{
    QFETCH(QString, table);
    const QString path = write(QStringLiteral("prepare.log"), records(50));
    auto ws = fresh(QStringLiteral("prepare-%1.vpclens").arg(table));
    sql::exec(ws->handle(), QStringLiteral("DROP TABLE %1").arg(table).toUtf8().constData());
    const FlowImportResult r = importFlowLogs(*ws, {path});
    QVERIFY(r.stopped);
    QCOMPARE(r.filesImported, 0);
    QVERIFY2(r.messages.join(QLatin1Char('\n')).contains(QLatin1String("import stopped")), qPrintable(r.messages.join(QLatin1Char('\n'))));
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM flows"), 0);
    QCOMPARE(scalar(*ws, "PRAGMA synchronous"), 1); // NORMAL again, as Workspace::open leaves it
}

void TestHostileInput::craftedWorkspacesAreRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("named");
    QTest::newRow("trigger rewriting records") << "CREATE TRIGGER t AFTER INSERT ON flow_columns BEGIN UPDATE flow_columns SET data = x''; END" << "trigger t";
    QTest::newRow("view of its own") << "CREATE VIEW v AS SELECT 1" << "view v";
    QTest::newRow("endless view in place of ours")
        << "DROP VIEW current_resources; CREATE VIEW current_resources AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"
        << "view current_resources";
    QTest::newRow("a CHECK on a table") << "DROP TABLE saved_filters; CREATE TABLE saved_filters(name TEXT PRIMARY KEY, expression TEXT NOT NULL CHECK(0))"
                                        << "table saved_filters";
    QTest::newRow("a table missing") << "DROP TABLE flow_blocks" << "flow_blocks";
    QTest::newRow("a row table of records in a schema-4 workspace") << QString::fromLatin1(schema::kRowFlows) << "table flows";
}

void TestHostileInput::craftedWorkspacesAreRefused()
{
    QFETCH(QString, sql);
    QFETCH(QString, named);
    const QString path = m_dir.filePath(QStringLiteral("crafted.vpclens"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    {
        QString error;
        auto ws = Workspace::open(path, &error, true);
        QVERIFY(ws);
    }
    {
        // Written as an attacker would: with SQLite itself, not through VpcLens.
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        sql::DbPtr db(raw);
        sql::exec(raw, sql.toUtf8().constData());
    }
    for (bool reading : {false, true}) {
        QString error;
        auto ws = reading ? Workspace::openForReading(path, &error) : Workspace::open(path, &error, false);
        QVERIFY(!ws);
        QVERIFY2(error.contains(path) && error.contains(named), qPrintable(error));
    }
}

void TestHostileInput::readingLeavesTheFileAlone()
{
    const QString path = m_dir.filePath(QStringLiteral("evidence.vpclens"));
    {
        auto ws = fresh(QStringLiteral("evidence.vpclens"));
        importFlowLogs(*ws, {write(QStringLiteral("ev.log"), records(50))});
    }
    {
        sqlite3 *raw = nullptr;
        sqlite3_open(path.toUtf8().constData(), &raw);
        sql::DbPtr db(raw);
        sql::exec(raw, "PRAGMA journal_mode=DELETE"); // as a colleague's copy may come: no WAL
    }
    const QByteArray before = md5(path);
    {
        QString error;
        auto ws = Workspace::openForReading(path, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(ws->isReadOnly());
        QCOMPARE(ws->flowCount(), 50);
        ws->setMeta(QStringLiteral("view/filter"), QStringLiteral("x")); // remembered state: not kept
    }
    QCOMPARE(md5(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    // The CLI's reading commands open it the same way.
    QProcess cli;
    cli.start(QStringLiteral(VPCLENS_CLI), {QStringLiteral("info"), QStringLiteral("--workspace"), path});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(md5(path), before);
}

// Decision blocks as a crafted file might hold them: a claimed size past any block, no zlib stream,
// a block cut short, ids that name no decision. Records read as decided by nothing; nothing crashes.
// Hours and counts no explanation writes (the ends of the integers), and a note of 8 MB: the
// coverage, the rule usage, the findings and the report read them without overflow (UBSan) and
// without reading the whole note.
void TestHostileInput::craftedCoverageAndNotesStayInBounds()
{
    auto ws = fresh(QStringLiteral("coverage.vpclens"));
    importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
    importFlowLogs(*ws, {write(QStringLiteral("cov.log"), records(20))});
    for (const char *row : {"('eni-01000000000000001', 9223372036854775807, 9223372036854775807, 9223372036854775807)",
                            "('eni-01000000000000001', -9223372036854775808, 9223372036854775807, -1)",
                            "('eni-01000000000000001', 10, 9223372036854775807, 9223372036854775807)",
                            "('eni-01000000000000001', 11, 9223372036854775807, 9223372036854775807)",
                            "('eni-01000000000000001', 70000000, 1, 0)"})
        sql::exec(ws->handle(), QByteArray("INSERT INTO logging_hours(eni, hour, records, skipped) VALUES") + row);
    sql::exec(ws->handle(), "INSERT INTO notes(subject, text) VALUES('flow 1', hex(zeroblob(4194304)))");
    const Estate estate = loadEstate(*ws);
    const LoggingTimeline t = loggingTimeline(*ws, estate);
    QVERIFY(t.available);
    const InterfaceLogging i = t.interfaces.value(QStringLiteral("eni-01000000000000001"));
    QCOMPARE(i.hours, 3); // 10, 11 and 70,000,000; the ends of the integers are not hours
    QVERIFY(i.records > 0 && i.skipped > 0);
    const VpcLogging v = t.vpcs.value(QStringLiteral("vpc-0a1b2c3d4e5f60001"));
    QCOMPARE(v.gaps.size(), 1); // 12 .. 69,999,999
    QVERIFY(!hourRunText(v.gaps.first()).isEmpty());
    QVERIFY(!ruleUsage(*ws, estate).isEmpty());
    QVERIFY(!reviewEstate(*ws, estate).findings.isEmpty());
    const QList<Note> n = notes(*ws);
    QCOMPARE(n.size(), 1);
    QCOMPARE(n.first().text.size(), kMaxNoteChars);
}

void TestHostileInput::craftedDecisionsAreReadAsNone()
{
    auto ws = fresh(QStringLiteral("decisions.vpclens"));
    importFlowLogs(*ws, {write(QStringLiteral("dec.log"), records(20))});
    sql::exec(ws->handle(), "INSERT INTO flow_decisions(block, data) VALUES(0, x'7fffffff789c0300000000')");
    sql::exec(ws->handle(), "INSERT INTO rules(id, name, kind, resources) VALUES(1, 'acl-x ingress 1', 3, 'acl-x')");
    sql::exec(ws->handle(), "INSERT INTO decisions(id, outcome, decided, sg, nacl, route) VALUES(5, 1, 1, 0, 1, 0)");
    const auto check = [&] {
        const QList<FlowRecord> rows = fetchFlows(*ws, CompiledFilter{}, FlowKey::first(), 100);
        QCOMPARE(rows.size(), 20);
        for (const FlowRecord &r : rows)
            QVERIFY(r.decidedBy.isEmpty());
        const auto c = compileFilter(QStringLiteral("rule == acl-x"), {ws.get(), nullptr});
        QVERIFY(std::holds_alternative<CompiledFilter>(c));
        QCOMPARE(countFlows(*ws, std::get<CompiledFilter>(c)), 0);
    };
    check();
    for (const char *blob : {"x'00000009010203040506'", "x'0000100078'", "x''"}) {
        sql::exec(ws->handle(), QStringLiteral("UPDATE flow_decisions SET data = %1").arg(QLatin1String(blob)).toUtf8().constData());
        check();
    }
    // A well-formed block whose ids name no decision (7, 9): none either.
    const std::vector<std::uint32_t> ids(20, 7);
    const QByteArray stored = encodeDecisionBlock(ids);
    sql::Statement put(ws->handle(), "UPDATE flow_decisions SET data = ?1");
    put.bindBlob(1, stored.constData(), int(stored.size())).run();
    check();
}

// A record column cut short, widened past its block, or naming an IPv6 address it does not hold: every
// reader stops with an error naming the damage; nothing reads past the blob.
void TestHostileInput::damagedRecordColumnsAreErrorsNotReads()
{
    for (const char *damage : {"substr(data, 1, 3)", "data || x'00'", "x'05'", "x'ff00000000000000000000'"}) {
        auto ws = fresh(QStringLiteral("columns.vpclens"));
        importFlowLogs(*ws, {write(QStringLiteral("col.log"), records(30))});
        QCOMPARE(countFlows(*ws, std::get<CompiledFilter>(compileFilter(QStringLiteral("dstport == 443"), {ws.get(), nullptr}))), 30);
        // The destination-port column (6) of the one block.
        sql::exec(ws->handle(), QStringLiteral("UPDATE flow_columns SET data = %1 WHERE id >> 40 = 6").arg(QLatin1String(damage)).toUtf8().constData());
        QCOMPARE(countFlows(*ws, std::get<CompiledFilter>(compileFilter(QStringLiteral("dstport == 443"), {ws.get(), nullptr}))), -1);
        try {
            scalar(*ws, "SELECT SUM(dport) FROM flows");
            QFAIL("a damaged column was read");
        } catch (const sql::Error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("damaged")), e.what());
        }
        QCOMPARE(scalar(*ws, "SELECT SUM(sport) FROM flows"), qint64(30 * 1024 + 29 * 30 / 2)); // the other columns read
    }
    // An address column referring to an IPv6 address past those it holds.
    auto ws = fresh(QStringLiteral("columns.vpclens"));
    importFlowLogs(*ws, {write(QStringLiteral("v6.log"), records(1))});
    const std::int64_t refs[] = {-3};
    const flowcolumns::Encoded bad = flowcolumns::encode(refs, 1, nullptr);
    const std::string data = bad.data + std::string(4, '\0'); // no IPv6 address after it
    sql::Statement put(ws->handle(), "UPDATE flow_columns SET data = ?1 WHERE id >> 40 = 3");
    put.bindBlob(1, data.data(), int(data.size())).run();
    QVERIFY_THROWS_EXCEPTION(sql::Error, scalar(*ws, "SELECT src FROM flows"));
}

void TestHostileInput::hugeStoredSizeIsNotAllocated()
{
    auto ws = fresh(QStringLiteral("rawsize.vpclens"));
    importFlowLogs(*ws, {write(QStringLiteral("rs.log"), records(20))});
    sql::exec(ws->handle(), "UPDATE talker_chunks SET raw_size = 6000000000");
    // The chunk is reported damaged instead of sizing a 5.6 GiB buffer.
    QVERIFY(forEachConversationSum(ws->handle(), 0, std::numeric_limits<std::int64_t>::max(), ConversationActions::All, [](const ConversationSum &) {}) > 0);
}

void TestHostileInput::filterLimits()
{
    auto ws = fresh(QStringLiteral("filters.vpclens"));
    importFlowLogs(*ws, {write(QStringLiteral("f.log"), records(30))});
    auto count = [&](const QString &text) -> std::int64_t {
        const auto compiled = compileFilter(text, {ws.get(), nullptr});
        if (!std::holds_alternative<CompiledFilter>(compiled))
            return -1;
        const auto &f = std::get<CompiledFilter>(compiled);
        sql::Statement q(ws->handle(), QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(f.from(), f.sql).toStdString());
        f.bind(q.get());
        q.step();
        return q.int64(0);
    };
    const QString nots20 = QStringLiteral("not ").repeated(20) + QStringLiteral("srcport < 1034");
    QCOMPARE(count(nots20), 10); // an even number of 'not': the condition itself (ports 1024-1033)
    QCOMPARE(count(QStringLiteral("not ") + nots20), 20);
    QCOMPARE(count(QStringLiteral("not ").repeated(70) + QStringLiteral("srcport < 1034")), -1);
    QStringList ports;
    for (int p = 1; p <= 1000; ++p)
        ports << QString::number(p + 1000);
    QCOMPARE(count(QStringLiteral("srcport in {%1}").arg(ports.join(QLatin1Char(',')))), 30);
    QStringList either;
    for (int p = 1024; p < 1024 + 1500; ++p)
        either << QStringLiteral("srcport == %1").arg(p);
    QCOMPARE(count(either.join(QLatin1String(" or "))), 30);
    QCOMPARE(count(QStringLiteral("(").repeated(4000) + QStringLiteral("srcport == 1024") + QStringLiteral(")").repeated(4000)), -1);
    QCOMPARE(count(QStringLiteral("(").repeated(30) + QStringLiteral("srcport == 1024") + QStringLiteral(")").repeated(30)), 1);
}

void TestHostileInput::exactIntegersInFilters()
{
    auto ws = fresh(QStringLiteral("ints.vpclens"));
    auto param = [&](const QString &text) -> qint64 {
        const auto compiled = compileFilter(text, {ws.get(), nullptr});
        return std::holds_alternative<CompiledFilter>(compiled) ? std::get<CompiledFilter>(compiled).params.value(0).value : -1;
    };
    QCOMPARE(param(QStringLiteral("bytes > 1e19")), -1);
    QCOMPARE(param(QStringLiteral("bytes > 9223372036854775808")), -1);
    QCOMPARE(param(QStringLiteral("bytes > 9223372036854775807")), std::numeric_limits<qint64>::max());
    QCOMPARE(param(QStringLiteral("bytes > 9007199254740993")), 9007199254740993LL); // 2^53 + 1: a double says ...992
    QCOMPARE(param(QStringLiteral("bytes > 1.5K")), 1536);
    QCOMPARE(param(QStringLiteral("bytes > 8E")), -1);
}

void TestHostileInput::escapesAreShownInert()
{
    QCOMPARE(printable(std::string_view("a\x1b]0;owned\x07z")), QStringLiteral("a\\x1b]0;owned\\x07z"));
    QCOMPARE(printable(std::string_view("bad \xff byte")), QStringLiteral("bad \\xff byte"));
    QCOMPARE(printable(QStringLiteral("caf\u00e9")), QStringLiteral("caf\u00e9"));
    QCOMPARE(csvCell(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    // Through the CLI: a bad line holding an escape sequence is listed with the escape shown.
    auto ws = fresh(QStringLiteral("esc.vpclens"));
    importFlowLogs(*ws, {write(QStringLiteral("esc.log"), "2 1 \x1b[2J\x1b]0;title\x07 - - - - - - - 1 2 - NODATA extra\n")});
    ws.reset();
    QProcess cli;
    cli.start(QStringLiteral(VPCLENS_CLI), {QStringLiteral("info"), QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("esc.vpclens")),
                                            QStringLiteral("--problems")});
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray out = cli.readAllStandardOutput();
    QVERIFY2(!out.contains('\x1b') && out.contains("\\x1b[2J"), out.constData());
}

void TestHostileInput::damagedWorkspaceGivesExitOne()
{
    auto ws = fresh(QStringLiteral("damaged.vpclens"));
    importFlowLogs(*ws, {write(QStringLiteral("d.log"), records(3000))});
    ws.reset();
    const QString path = m_dir.filePath(QStringLiteral("damaged.vpclens"));
    {
        sqlite3 *raw = nullptr;
        sqlite3_open(path.toUtf8().constData(), &raw);
        sql::DbPtr db(raw);
        sql::exec(raw, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE");
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    f.seek(size / 2); // overwrite pages in the middle: the records' b-tree
    f.write(QByteArray(int(size / 4), '\xA5'));
    f.close();
    for (const QStringList &args : {QStringList{QStringLiteral("info")}, QStringList{QStringLiteral("query"), QStringLiteral("--group-by"), QStringLiteral("conversation")},
                                    QStringList{QStringLiteral("query"), QStringLiteral("--filter"), QStringLiteral("bytes > 1")}}) {
        QProcess cli;
        cli.start(QStringLiteral(VPCLENS_CLI), args + QStringList{QStringLiteral("--workspace"), path});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() <= 1, qPrintable(args.join(QLatin1Char(' '))));
    }
}

void TestHostileInput::everySkippedElementIsNamed()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("skip"));
    const QString path = write(QStringLiteral("skip/describe-subnets.json"),
        R"({"Subnets": [{"SubnetId": "subnet-1", "VpcId": "vpc-1", "CidrBlock": "10.0.0.0/24"}, {}, {"VpcId": "vpc-1"},
                        {"SubnetId": "subnet-2", "VpcId": "vpc-1", "CidrBlock": "10.0.1.0/24"}]})");
    auto ws = fresh(QStringLiteral("skip.vpclens"));
    const TopologyImportResult r = importTopology(*ws, {m_dir.filePath(QStringLiteral("skip"))});
    QCOMPARE(r.resources, 2);
    const QString all = r.warnings.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(path + QStringLiteral(": Subnets[1] has no SubnetId")) && all.contains(path + QStringLiteral(": Subnets[2] has no SubnetId")),
             qPrintable(all));
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM import_errors WHERE reason = 'element'"), 2);
}

void TestHostileInput::sameResourceWithOtherContentIsNamed()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("twice/a"));
    QDir(m_dir.path()).mkpath(QStringLiteral("twice/b"));
    const QString first = write(QStringLiteral("twice/a/describe-vpcs.json"), R"({"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16"}]})");
    const QString second = write(QStringLiteral("twice/b/describe-vpcs.json"), R"({"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.9.0.0/16"}]})");
    auto ws = fresh(QStringLiteral("twice.vpclens"));
    const TopologyImportResult r = importTopology(*ws, {m_dir.filePath(QStringLiteral("twice"))});
    QCOMPARE(r.resources, 1);
    QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("%1: vpc vpc-1 is also in %2 with other content; the one in %2 is kept").arg(second, first)),
             qPrintable(r.warnings.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
