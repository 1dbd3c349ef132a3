// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/jobfeedback.h"
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "testpaths.h"
#include "workspace/conversationchunk.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <array>
#include <limits>

using namespace vpclens;

namespace {

std::int64_t scalar(Workspace &ws, const char *sql)
{
    sql::Statement q(ws.handle(), sql);
    return q.step() ? q.int64(0) : -1;
}

// Every committed file is whole: its rows are there, nothing of an unfinished file is.
void verifyConsistent(Workspace &ws)
{
    QCOMPARE(scalar(ws, "SELECT COUNT(*) FROM imports WHERE status = 'partial'"), 0);
    QCOMPARE(scalar(ws, "SELECT COUNT(*) FROM flows"), scalar(ws, "SELECT COALESCE(SUM(records), 0) FROM imports WHERE kind = 'flows' AND status = 'ok'"));
    // Every row lies in a block range of an import that finished.
    QCOMPARE(scalar(ws, "SELECT COUNT(*) FROM flows f WHERE NOT EXISTS (SELECT 1 FROM flow_blocks b JOIN imports i ON i.id = b.file "
                        "WHERE f.id BETWEEN b.first_id AND b.last_id AND i.status = 'ok')"), 0);
    // The rollups sum exactly the counted OK records.
    QCOMPARE(scalar(ws, "SELECT COALESCE(SUM(flows), 0) FROM rollup_time"),
             scalar(ws, "SELECT COUNT(*) FROM flows WHERE (bits & 28) = 16 AND src IS NOT NULL AND dst IS NOT NULL"));
    std::int64_t talkerFlows = 0, talkerBytes = 0;
    QCOMPARE(forEachConversationSum(ws.handle(), 0, std::numeric_limits<std::int64_t>::max(), ConversationActions::All, [&](const ConversationSum &t) {
                 talkerFlows += t.flows;
                 talkerBytes += t.bytes;
             }),
             0);
    QCOMPARE(talkerFlows, scalar(ws, "SELECT COUNT(*) FROM flows WHERE (bits & 28) = 16 AND src IS NOT NULL AND dst IS NOT NULL"));
    QCOMPARE(talkerBytes, scalar(ws, "SELECT COALESCE(SUM(bytes), 0) FROM flows WHERE (bits & 28) = 16 AND src IS NOT NULL AND dst IS NOT NULL"));
    // ConversationTotal chunks belong to finished imports only.
    QCOMPARE(scalar(ws, "SELECT COUNT(*) FROM talker_chunks WHERE file NOT IN (SELECT id FROM imports WHERE status = 'ok')"), 0);
}

class CancelAfterFirstFile : public JobFeedback
{
public:
    void progress(qint64 done, qint64, qint64 records) override
    {
        if (records > 0 && done > 0)
            cancel();
    }
};

QString awsSyntax(const QString &fieldsFile)
{
    QFile f(fieldsFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QString &name : QString::fromUtf8(f.readAll()).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out << QStringLiteral("${%1}").arg(name);
    return out.join(QLatin1Char(' '));
}

// Records every progress report of an import.
class ProgressLog : public JobFeedback
{
public:
    void progress(qint64 done, qint64 total, qint64 records) override { calls.append({done, total, records}); }
    QList<std::array<qint64, 3>> calls;
};

} // namespace

class TestFlowImporter : public QObject
{
    Q_OBJECT
private slots:
    void sampleEstate();
    void countedOnceAcrossBothEnis();
    void sightingsInOtherFilesAndWindows();
    void sightingsInOtherFilesAndWindows_data();
    void duplicateFilesAreSkipped();
    void changedFileReplacesItsImport();
    void cancelKeepsFinishedFiles();
    void realFlowLogs_data();
    void realFlowLogs();
    void malformedInputMatchesManifest();
    void badFormatOption();
    void headerlessFileUsesItsFlowLogFormat();
    void fieldCountHintOnlyWhenTheFormatWasAssumed();
    void hiveStyleTree();
    void progressOnlyMovesForward();
    void caseFolderWithExportsAndLogs();

private:
    std::unique_ptr<Workspace> fresh(const QString &name, bool withTopology = true)
    {
        QString error;
        auto ws = Workspace::open(m_dir.filePath(name), &error);
        if (ws && withTopology)
            importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
        return ws;
    }
    QTemporaryDir m_dir;
};

void TestFlowImporter::sampleEstate()
{
    auto ws = fresh(QStringLiteral("sample.vpclens"));
    const auto r = importFlowLogs(*ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))});
    QVERIFY2(r.messages.isEmpty(), qPrintable(r.messages.join(QLatin1Char('\n'))));
    // As authored by resources/sample/generate-sample.py: 5,034 + 150 records in 12 hourly files,
    // six NODATA windows and one SKIPDATA gap.
    QCOMPARE(r.filesImported, 12);
    QCOMPARE(r.records, 5184);
    QCOMPARE(r.badLines, 0);
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM flows WHERE (bits >> 2 & 3) = 1"), 6);
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM flows WHERE (bits >> 2 & 3) = 2"), 1);
    // The scanner 45.155.205.99 (= 0x2D9BCD63) probed 24 ports on 3 hosts; 4 of the 72 probes were let in.
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM flows WHERE src = 765185379 AND (bits & 3) = 2"), 68);
    verifyConsistent(*ws);
}

void TestFlowImporter::countedOnceAcrossBothEnis()
{
    auto ws = fresh(QStringLiteral("counted.vpclens"));
    importFlowLogs(*ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))});
    // app -> db on 5432 is logged by the app ENI (the sender) and the db ENI (the receiver, which stands
    // for the connection: it carries the final verdict).
    const std::int64_t appEni = scalar(*ws, "SELECT id FROM strings WHERE s = 'eni-01000000000000004'");
    const std::int64_t dbEni = scalar(*ws, "SELECT id FROM strings WHERE s = 'eni-01000000000000006'");
    QVERIFY(appEni > 0 && dbEni > 0);
    sql::Statement q(ws->handle(), "SELECT eni, bits >> 4 & 1, COUNT(*) FROM flows WHERE src = 168430111 AND dst = 168432681 AND dport = 5432 "
                                   "AND eni IN (?1, ?2) GROUP BY 1, 2 ORDER BY eni = ?1 DESC"); // 10.10.10.31 (app-1) -> 10.10.20.41 (db-1)
    q.bind(1, appEni).bind(2, dbEni);
    QList<QList<qint64>> rows;
    while (q.step())
        rows.append({q.int64(0), q.int64(1), q.int64(2)});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0][0], appEni);
    QCOMPARE(rows[0][1], 0);
    QCOMPARE(rows[1][1], 1);
    QCOMPARE(rows[0][2], rows[1][2]); // both ENIs logged the same requests
    // bastion 10.10.0.20 (0x0A0A0014) -> db tcp/5432: ACCEPT at the bastion, REJECT at the databases
    // (24 attempts, by zcat | grep): the 24 counted records are the REJECTs.
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM flows WHERE src = 168427540 AND dport = 5432 AND (bits & 16)"), 24);
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM flows WHERE src = 168427540 AND dport = 5432 AND (bits & 16) AND (bits & 3) = 2"), 24);
}

// Two interfaces in two flow logs: the sightings of one connection in two files (and aggregation
// windows), in either order, in one import or two; a sender's REJECT and a sender whose receiver
// logs nothing count once each.
void TestFlowImporter::sightingsInOtherFilesAndWindows()
{
    QFETCH(bool, receiverFirst);
    QFETCH(bool, twoImports);
    auto ws = fresh(QStringLiteral("sightings-%1-%2.vpclens").arg(receiverFirst).arg(twoImports));
    // app-1 10.10.10.31 (eni-...04) -> db-1 10.10.20.41 (eni-...06): the sender's 60 s windows, the receiver's 600 s one.
    const QByteArray sender = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n"
                              "2 1 eni-01000000000000004 10.10.10.31 10.10.20.41 40000 5432 6 2 120 1748762400 1748762460 ACCEPT OK\n"
                              "2 1 eni-01000000000000004 10.10.10.31 10.10.20.41 40000 5432 6 1 60 1748762460 1748762520 ACCEPT OK\n"
                              // refused on the way out: the receiver never saw it
                              "2 1 eni-01000000000000004 10.10.10.31 10.10.20.41 40001 5432 6 1 60 1748762400 1748762460 REJECT OK\n"
                              // to web-1 10.10.10.21, whose log is not there: the sender's record stands
                              "2 1 eni-01000000000000004 10.10.10.31 10.10.1.21 40002 8080 6 1 60 1748762400 1748762460 ACCEPT OK\n";
    const QByteArray receiver = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n"
                                "2 1 eni-01000000000000006 10.10.10.31 10.10.20.41 40000 5432 6 3 180 1748762405 1748762990 REJECT OK\n";
    // Files are read in the order of their delivery windows (the stamp in the name).
    const QString s = m_dir.filePath(QStringLiteral("111122223333_vpcflowlogs_eu-central-1_fl-0aaaa0000000000a1_20250601T08%1Z_aaaaaaaa.log")
                                         .arg(receiverFirst ? 20 : 10));
    const QString r = m_dir.filePath(QStringLiteral("111122223333_vpcflowlogs_eu-central-1_fl-0aaaa0000000000b2_20250601T08%1Z_bbbbbbbb.log")
                                         .arg(receiverFirst ? 10 : 20));
    for (const auto &[path, data] : {std::pair{s, sender}, std::pair{r, receiver}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }
    if (twoImports) { // another day, the other flow log's files
        QCOMPARE(importFlowLogs(*ws, {receiverFirst ? r : s}).records, receiverFirst ? 1 : 4);
        QCOMPARE(importFlowLogs(*ws, {receiverFirst ? s : r}).records, receiverFirst ? 4 : 1);
    } else {
        const auto result = importFlowLogs(*ws, {s, r});
        QCOMPARE(result.records, 5);
        QCOMPARE(result.files.first().path, receiverFirst ? r : s);
    }
    // Three connections: the REJECTed one to the db (once, as rejected), the sender's REJECT, and the one to web-1.
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM flows WHERE bits & 16"), 3);
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM flows WHERE (bits & 16) AND (bits & 3) = 2"), 2);
    QCOMPARE(scalar(*ws, "SELECT COALESCE(SUM(flows), 0) FROM rollup_time WHERE action = 2"), 2);
    QCOMPARE(scalar(*ws, "SELECT COALESCE(SUM(flows), 0) FROM rollup_time WHERE action = 1"), 1);
    QCOMPARE(scalar(*ws, "SELECT COALESCE(SUM(bytes), 0) FROM rollup_time"), 180 + 60 + 60);
    verifyConsistent(*ws);
}

void TestFlowImporter::sightingsInOtherFilesAndWindows_data()
{
    QTest::addColumn<bool>("receiverFirst");
    QTest::addColumn<bool>("twoImports");
    QTest::newRow("sender first") << false << false;
    QTest::newRow("receiver first") << true << false;
    QTest::newRow("sender first, two imports") << false << true;
    QTest::newRow("receiver first, two imports") << true << true;
}

void TestFlowImporter::duplicateFilesAreSkipped()
{
    auto ws = fresh(QStringLiteral("dup.vpclens"));
    const QString flows = test::sourcePath(QStringLiteral("resources/sample/flowlogs"));
    importFlowLogs(*ws, {flows});
    const auto again = importFlowLogs(*ws, {flows});
    QCOMPARE(again.filesImported, 0);
    QCOMPARE(again.filesSkipped, 12);
    QCOMPARE(again.records, 0);
    QVERIFY(again.messages.first().contains(QLatin1String("same size and content")));
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM flows"), 5184);
    verifyConsistent(*ws);
}

void TestFlowImporter::changedFileReplacesItsImport()
{
    auto ws = fresh(QStringLiteral("replace.vpclens"));
    const QString path = m_dir.filePath(QStringLiteral("one.log"));
    auto write = [&](const QByteArray &data) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    };
    write("2 1 eni-01000000000000001 198.51.100.7 10.10.0.11 40000 443 6 10 1000 1748762400 1748762460 ACCEPT OK\n"
          "2 1 eni-01000000000000001 10.10.0.11 198.51.100.7 443 40000 6 9 9000 1748762400 1748762460 ACCEPT OK\n");
    QCOMPARE(importFlowLogs(*ws, {path}).records, 2);
    write("2 1 eni-01000000000000001 198.51.100.8 10.10.0.11 40001 22 6 1 40 1748762400 1748762460 REJECT OK\n");
    const auto r = importFlowLogs(*ws, {path});
    QCOMPARE(r.files.first().status, QStringLiteral("replaced"));
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM flows"), 1);
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM imports WHERE kind = 'flows'"), 1);
    QCOMPARE(scalar(*ws, "SELECT COALESCE(SUM(bytes), 0) FROM rollup_time"), 40);
    verifyConsistent(*ws);
}

void TestFlowImporter::cancelKeepsFinishedFiles()
{
    auto ws = fresh(QStringLiteral("cancel.vpclens"));
    CancelAfterFirstFile feedback;
    const auto r = importFlowLogs(*ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))}, {}, &feedback);
    QVERIFY(r.canceled);
    QVERIFY(r.filesImported < 12);
    verifyConsistent(*ws);
    // A later import picks up the rest.
    const auto rest = importFlowLogs(*ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))});
    QCOMPARE(r.filesImported + rest.filesImported, 12);
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM flows"), 5184);
    verifyConsistent(*ws);
}

void TestFlowImporter::realFlowLogs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format"); // a .fields.txt from the AWS docs, a literal, or empty
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("bad");
    const QString docs = QStringLiteral("awsdocs-vpc-user-guide/flow-logs-records-examples/");
    const QString otel = QStringLiteral("otel-collector-contrib-awslogsencoding/");
    // Record counts worked out by reading each file; bad lines are the ones a strict parser must refuse.
    QTest::newRow("accepted-rejected") << docs + "accepted-rejected.log" << "" << 2 << 0;
    QTest::newRow("ipv6") << docs + "ipv6.log" << "" << 1 << 0;
    QTest::newRow("nodata-skipdata") << docs + "nodata-skipdata.log" << "" << 2 << 0;
    QTest::newRow("sg-nacl-icmp") << docs + "sg-nacl-icmp.log" << "" << 2 << 0;
    QTest::newRow("tcp-flag-sequence") << docs + "tcp-flag-sequence.log" << "@tcp-flag-sequence.fields.txt" << 7 << 1; // one double space
    QTest::newRow("traffic-path-v5") << docs + "traffic-path-v5.log" << "@traffic-path-v5.fields.txt" << 2 << 0;
    QTest::newRow("transit-gateway") << docs + "transit-gateway.log" << "@transit-gateway.fields.txt" << 4 << 1;     // a literal "..."
    QTest::newRow("nat-gateway") << docs + "nat-gateway.log" << "@nat-gateway.fields.txt" << 4 << 2;               // two with comments
    QTest::newRow("otel nodata") << otel + "valid_vpc_flow_log.log" << "" << 1 << 0;
    QTest::newRow("otel ecs") << otel + "valid_vpc_flow_log_ecs.log" << "" << 1 << 0;
    QTest::newRow("otel multi") << otel + "valid_vpc_flow_log_multi.log" << "" << 2 << 0;
    QTest::newRow("otel too few") << otel + "vpc_flow_log_too_few_fields.log" << "" << 0 << 1;
    QTest::newRow("otel too many") << otel + "vpc_flow_log_too_many_fields.log" << "" << 0 << 1;
    QTest::newRow("otel tgw") << otel + "valid_tgw_flow_log.log" << "" << 1 << 0;
    QTest::newRow("otel cw") << otel + "valid_vpc_flow_cw.json" << "" << 2 << 0;
    QTest::newRow("otel cw custom") << otel + "valid_vpc_flow_cw_custom.json" << "${version} ${interface-id} ${srcaddr} ${dstaddr}" << 2 << 0;
    QTest::newRow("otel cw tgw") << otel + "valid_tgw_flow_cw.json"
                                 << "${version} ${account-id} ${tgw-id} ${tgw-attachment-id} ${tgw-src-vpc-id} ${tgw-dst-vpc-id} "
                                    "${tgw-src-subnet-id} ${tgw-dst-subnet-id} ${tgw-src-eni} ${tgw-dst-eni} ${tgw-src-az-id} "
                                    "${tgw-dst-az-id} ${tgw-pair-attachment-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} "
                                    "${protocol} ${packets} ${bytes} ${start} ${end} ${log-status} ${type} ${tcp-flags} "
                                    "${flow-direction} ${region}" << 1 << 0;
    QTest::newRow("centralized-logging") << "aws-solutions-centralized-logging/vpcflow.log" << "" << 17 << 0;
    QTest::newRow("loki gzip") << "grafana-loki-lambda-promtail/vpcflowlog.log.gz" << "" << 3 << 0;
    QTest::newRow("elastic 2821") << "github-issue-excerpts/elastic-integrations-issue-2821.log"
                                  << "${version} ${vpc-id} ${subnet-id} ${instance-id} ${interface-id} ${account-id} ${type} ${srcaddr} "
                                     "${dstaddr} ${srcport} ${dstport} ${pkt-srcaddr} ${pkt-dstaddr} ${protocol} ${bytes} ${packets} "
                                     "${start} ${end} ${action} ${tcp-flags} ${log-status} ${flow-direction} ${region} ${az-id}"
                                  << 0 << 1; // 138.000.000.248 is not a strict address
    QTest::newRow("elastic 8532 alphabetical") << "github-issue-excerpts/elastic-integrations-issue-8532.log"
                                               << "${account-id} ${action} ${az-id} ${bytes} ${dstaddr} ${dstport} ${end} ${flow-direction} "
                                                  "${instance-id} ${interface-id} ${log-status} ${packets} ${pkt-dst-aws-service} "
                                                  "${pkt-dstaddr} ${pkt-src-aws-service} ${pkt-srcaddr} ${protocol} ${region} ${srcaddr} "
                                                  "${srcport} ${start} ${sublocation-id} ${sublocation-type} ${subnet-id} ${tcp-flags} "
                                                  "${traffic-path} ${type} ${version} ${vpc-id}" << 1 << 0;
}

void TestFlowImporter::realFlowLogs()
{
    VPCLENS_REQUIRE_SHARED();
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, records);
    QFETCH(int, bad);
    const QString path = test::sharedPath(QStringLiteral("data/real/") + file);
    if (format.startsWith(QLatin1Char('@')))
        format = awsSyntax(QFileInfo(path).dir().filePath(format.mid(1)));
    auto ws = fresh(QStringLiteral("real-%1.vpclens").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))), false);
    const auto r = importFlowLogs(*ws, {path}, FlowImportOptions{format});
    QCOMPARE(r.filesFailed, 0);
    QCOMPARE(r.filesImported, 1);
    QCOMPARE(r.records, records);
    QCOMPARE(r.badLines, bad);
    for (const auto &e : ws->importErrors())
        QVERIFY(e.file == QDir::cleanPath(path) && (e.line > 0 || e.reason == QLatin1String("truncated")));
    verifyConsistent(*ws);
}

void TestFlowImporter::malformedInputMatchesManifest()
{
    VPCLENS_REQUIRE_GENERATOR();
    QTemporaryDir out;
    QCOMPARE(test::runGenerator(out.path(), {QStringLiteral("--records"), QStringLiteral("30000"), QStringLiteral("--vpcs"),
                                             QStringLiteral("2"), QStringLiteral("--days"), QStringLiteral("1"),
                                             QStringLiteral("--malformed-rate"), QStringLiteral("0.003")}), 0);
    QFile mf(out.filePath(QStringLiteral("manifest.json")));
    QVERIFY(mf.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(mf.readAll()).object();

    auto ws = fresh(QStringLiteral("malformed.vpclens"), false);
    importTopology(*ws, {out.filePath(QStringLiteral("topology"))});
    const auto r = importFlowLogs(*ws, {out.filePath(QStringLiteral("flowlogs"))});
    QCOMPARE(r.filesFailed, 0);
    QCOMPARE(r.filesImported, manifest.value(QLatin1String("files")).toArray().size());

    // Per file: undamaged files import exactly their valid records and report each malformed line.
    QHash<QString, int> kinds;
    qint64 expectedRecords = 0, damagedIntact = 0, damagedValid = 0;
    for (const auto &v : manifest.value(QLatin1String("files")).toArray()) {
        const QJsonObject f = v.toObject();
        const QString path = out.filePath(f.value(QLatin1String("path")).toString());
        const QJsonObject mk = f.value(QLatin1String("malformed_kinds")).toObject();
        for (auto it = mk.begin(); it != mk.end(); ++it)
            kinds[it.key()] += it.value().toInt();
        const auto report = std::find_if(r.files.cbegin(), r.files.cend(), [&](const FlowFileReport &x) { return x.path == path; });
        QVERIFY2(report != r.files.cend(), qPrintable(path));
        if (f.contains(QLatin1String("damage"))) {
            damagedIntact = f.value(QLatin1String("damage")).toObject().value(QLatin1String("records_in_intact_member")).toInt();
            damagedValid = f.value(QLatin1String("valid")).toInt();
            QVERIFY(report->records >= damagedIntact && report->records <= damagedValid);
            QVERIFY(report->message.contains(QLatin1String("truncated")));
            expectedRecords += report->records;
            continue;
        }
        QCOMPARE(report->records, f.value(QLatin1String("valid")).toInteger());
        QCOMPARE(report->badLines, f.value(QLatin1String("malformed")).toInteger());
        expectedRecords += f.value(QLatin1String("valid")).toInteger();
    }
    QVERIFY(damagedIntact > 0);
    QCOMPARE(r.records, expectedRecords);
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM import_errors WHERE reason = 'action'"), kinds.value(QStringLiteral("bad-action")));
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM import_errors WHERE reason = 'address'"), kinds.value(QStringLiteral("bad-ip")));
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM import_errors WHERE reason = 'port'"), kinds.value(QStringLiteral("bad-port")));
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM import_errors WHERE reason = 'number'"), kinds.value(QStringLiteral("bad-number")));
    QVERIFY(scalar(*ws, "SELECT COUNT(*) FROM import_errors WHERE reason = 'separator'") >= kinds.value(QStringLiteral("tab-separated")));
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM import_errors WHERE line <= 0 AND reason <> 'truncated'"), 0);
    // Accepted and rejected totals over the undamaged files match the manifest too.
    verifyConsistent(*ws);
}

void TestFlowImporter::badFormatOption()
{
    auto ws = fresh(QStringLiteral("badformat.vpclens"), false);
    const auto r = importFlowLogs(*ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))}, FlowImportOptions{QStringLiteral("${version} ${nonsense}")});
    QCOMPARE(r.filesImported, 0);
    QVERIFY(r.messages.value(0).contains(QLatin1String("nonsense")));
}

// A line with the wrong number of fields names the file and line; the hint to give --format comes
// only when the default format was assumed, not when the analyst gave one.
void TestFlowImporter::fieldCountHintOnlyWhenTheFormatWasAssumed()
{
    QTemporaryDir in;
    QFile f(in.filePath(QStringLiteral("short.log")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("eni-1 10.0.0.1 10.0.0.2\neni-1 10.0.0.1\n"); // three fields, then two
    f.close();
    auto assumed = fresh(QStringLiteral("assumed.vpclens"), false);
    const auto a = importFlowLogs(*assumed, {f.fileName()});
    QCOMPARE(a.badLines, 2);
    QVERIFY2(a.messages.value(0).startsWith(f.fileName() + QStringLiteral(":1: bad line (field-count): expected 14 fields, found 3")),
             qPrintable(a.messages.value(0)));
    QVERIFY(a.messages.value(0).contains(QLatin1String("give it with --format")));
    auto given = fresh(QStringLiteral("given.vpclens"), false);
    const auto g = importFlowLogs(*given, {f.fileName()}, FlowImportOptions{QStringLiteral("${interface-id} ${srcaddr} ${dstaddr}")});
    QCOMPARE(g.records, 1);
    QCOMPARE(g.badLines, 1);
    QVERIFY2(g.messages.value(0).startsWith(f.fileName() + QStringLiteral(":2: bad line (field-count): expected 3 fields, found 2")),
             qPrintable(g.messages.value(0)));
    QVERIFY2(!g.messages.value(0).contains(QLatin1String("--format")), qPrintable(g.messages.value(0)));
}

void TestFlowImporter::headerlessFileUsesItsFlowLogFormat()
{
    // describe-flow-logs says fl-0123abcd writes a custom 5-field format; a header-less file named after
    // that flow log is read with it, another file with the default format.
    QTemporaryDir in;
    auto write = [&](const QString &name, const QByteArray &data) {
        QFile f(in.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    write(QStringLiteral("flowlogs.json"), R"({"FlowLogs": [{"FlowLogId": "fl-0123abcd", "ResourceId": "vpc-1",
        "LogFormat": "${interface-id} ${srcaddr} ${dstaddr} ${start} ${action}"}]})");
    write(QStringLiteral("123456789012_vpcflowlogs_us-east-1_fl-0123abcd_20250101T0000Z_abc.log"),
          "eni-1 10.0.0.1 10.0.0.2 1735689600 ACCEPT\neni-1 10.0.0.3 10.0.0.2 1735689601 REJECT\n");
    write(QStringLiteral("other.log"), "2 123456789012 eni-2 10.0.0.1 10.0.0.2 1 2 6 1 40 1735689600 1735689660 ACCEPT OK\n");
    auto ws = fresh(QStringLiteral("logformat.vpclens"), false);
    QVERIFY(importTopology(*ws, {in.filePath(QStringLiteral("flowlogs.json"))}).resources == 1);
    const auto r = importFlowLogs(*ws, {in.path()});
    QCOMPARE(r.badLines, 0);
    QCOMPARE(r.records, 3);
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM flows WHERE (bits & 3) = 2"), 1);
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM imports WHERE format = 'interface-id srcaddr dstaddr start action'"), 1);
}

void TestFlowImporter::hiveStyleTree()
{
    // S3 delivery with Hive-compatible prefixes (AWS docs, "Flow log files in S3": aws-account-id=...,
    // aws-service=vpcflowlogs, aws-region=..., year=/month=/day=/hour=) beside the classic layout:
    // importing the AWSLogs folder finds both gzip files, whatever their folders are called.
    QTemporaryDir in;
    const QString hive = in.filePath(QStringLiteral("AWSLogs/aws-account-id=123456789012/aws-service=vpcflowlogs/"
                                                     "aws-region=us-east-1/year=2025/month=06/day=01/hour=07"));
    const QString classic = in.filePath(QStringLiteral("AWSLogs/123456789012/vpcflowlogs/us-east-1/2025/06/01"));
    QVERIFY(QDir().mkpath(hive) && QDir().mkpath(classic));
    auto writeGz = [](const QString &path, const QByteArray &data) {
        gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb");
        QVERIFY(gz);
        QCOMPARE(gzwrite(gz, data.constData(), unsigned(data.size())), int(data.size()));
        QCOMPARE(gzclose(gz), Z_OK);
    };
    const QByteArray header = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n";
    writeGz(hive + QStringLiteral("/123456789012_vpcflowlogs_us-east-1_fl-0aaa_20250601T0700Z_1a2b3c4d.log.gz"),
            header + "2 123456789012 eni-1 10.0.0.1 10.0.0.2 40000 443 6 10 1000 1748761200 1748761260 ACCEPT OK\n"
                     "2 123456789012 eni-1 198.51.100.9 10.0.0.1 50000 22 6 1 40 1748761200 1748761260 REJECT OK\n"
                     "2 123456789012 eni-1 - - - - - - - 1748761260 1748761320 - NODATA\n");
    writeGz(classic + QStringLiteral("/123456789012_vpcflowlogs_us-east-1_fl-0bbb_20250601T0700Z_5e6f7a8b.log.gz"),
            header + "2 123456789012 eni-2 10.0.0.5 10.0.0.6 40001 5432 6 4 400 1748761200 1748761260 ACCEPT OK\n");
    auto ws = fresh(QStringLiteral("hive.vpclens"), false);
    const auto r = importFlowLogs(*ws, {in.filePath(QStringLiteral("AWSLogs"))});
    QCOMPARE(r.filesFailed, 0);
    QCOMPARE(r.filesImported, 2);
    QCOMPARE(r.records, 4);
    QCOMPARE(r.badLines, 0);
    QCOMPARE(scalar(*ws, "SELECT COUNT(*) FROM flows WHERE (bits & 3) = 2"), 1);
    verifyConsistent(*ws);
}

void TestFlowImporter::progressOnlyMovesForward()
{
    // The progress bar reads bytes: it starts at 0, never goes back (a new file's first report used to
    // say 0 bytes) and ends at the sum of the files' sizes on disk.
    const QString flows = test::sourcePath(QStringLiteral("resources/sample/flowlogs"));
    qint64 onDisk = 0;
    for (const QString &f : collectFlowLogFiles({flows}))
        onDisk += QFileInfo(f).size();
    QVERIFY(onDisk > 0);
    auto ws = fresh(QStringLiteral("progress.vpclens"), false);
    ProgressLog log;
    const auto r = importFlowLogs(*ws, {flows}, {}, &log);
    QCOMPARE(r.records, 5184);
    QVERIFY(log.calls.size() >= 24); // at least a begin and an end for each of the 12 files
    qint64 last = 0;
    for (const auto &c : std::as_const(log.calls)) {
        QVERIFY2(c[0] >= last, qPrintable(QStringLiteral("%1 after %2").arg(c[0]).arg(last)));
        QCOMPARE(c[1], onDisk);
        last = c[0];
    }
    QCOMPARE(last, onDisk);
    QCOMPARE(log.calls.last()[2], 5184);

    // The topology import reports bytes too, not a count of files.
    const QString topology = test::sourcePath(QStringLiteral("resources/sample/topology"));
    qint64 jsonBytes = 0;
    for (const QFileInfo &fi : QDir(topology).entryInfoList({QStringLiteral("*.json")}, QDir::Files))
        jsonBytes += fi.size();
    ProgressLog topo;
    importTopology(*ws, {topology}, {}, &topo);
    QVERIFY(!topo.calls.isEmpty());
    QCOMPARE(topo.calls.last()[0], jsonBytes);
    QCOMPARE(topo.calls.last()[1], jsonBytes);
}

void TestFlowImporter::caseFolderWithExportsAndLogs()
{
    // An analyst keeps one folder per case: the AWS CLI exports beside the S3 download. Imported as
    // flow logs, the exports are left out (not failed); a CloudWatch JSON export in it is read; an
    // export named on its own is refused with its reason.
    QTemporaryDir caseDir;
    const QString topology = test::sourcePath(QStringLiteral("resources/sample/topology"));
    const QStringList exports = QDir(topology).entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(QDir().mkpath(caseDir.filePath(QStringLiteral("exports"))));
    for (const QString &name : exports)
        QVERIFY(QFile::copy(QDir(topology).filePath(name), caseDir.filePath(QStringLiteral("exports/") + name)));
    const QString logs = test::sourcePath(QStringLiteral("resources/sample/flowlogs"));
    QDirIterator it(logs, {QStringLiteral("*.gz")}, QDir::Files, QDirIterator::Subdirectories);
    int copied = 0;
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = caseDir.filePath(QStringLiteral("AWSLogs/") + QDir(logs).relativeFilePath(from));
        QVERIFY(QDir().mkpath(QFileInfo(to).absolutePath()) && QFile::copy(from, to));
        ++copied;
    }
    QCOMPARE(copied, 12);
    QFile cw(caseDir.filePath(QStringLiteral("filter-log-events.json")));
    QVERIFY(cw.open(QIODevice::WriteOnly));
    cw.write(R"({"events": [{"logStreamName": "eni-1-all", "timestamp": 1748762400000,
        "message": "2 1 eni-1 198.51.100.7 10.10.0.11 40000 443 6 10 1000 1748762400 1748762460 ACCEPT OK", "ingestionTime": 1748762470000}],
        "searchedLogStreams": []})");
    cw.close();

    auto ws = fresh(QStringLiteral("case.vpclens"), false);
    const auto r = importFlowLogs(*ws, {caseDir.path()});
    QCOMPARE(r.filesFailed, 0);
    QCOMPARE(r.filesLeftOut, int(exports.size()));
    QCOMPARE(r.filesImported, 12 + 1);
    QCOMPARE(r.records, 5184 + 1);
    const auto alone = importFlowLogs(*ws, {caseDir.filePath(QStringLiteral("exports/describe-vpcs.json"))});
    QCOMPARE(alone.filesFailed, 1);
    QCOMPARE(alone.filesLeftOut, 0);
    QVERIFY(alone.messages.value(0).contains(QLatin1String("describe-vpcs.json")));
}

QTEST_GUILESS_MAIN(TestFlowImporter)
#include "tst_flowimporter.moc"
