// SPDX-License-Identifier: GPL-3.0-or-later
// Athena: the SQL a filter becomes (AWS's column names, day partitions, literals only), Athena's CSV
// results importing like the flow logs they came from, and, where DuckDB is at hand (its Node.js
// package: configure with -DVPCLENS_DUCKDB_MODULES=<node_modules holding @duckdb/node-api>), the SQL
// run over the bundled sample's files counting what the workspace counts for the same filter.
#include "ingest/flowimporter.h"
#include "query/athenasql.h"
#include "query/flowfilter.h"
#include "query/flowsearch.h"
#include "testfiles.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

class TestAthenaSql : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sqlNamesAthenasColumns();
    void whatAthenaCannotAnswerIsRefused();
    void csvResultsImportLikeFlowLogs();
    void duckdbCountsWhatTheWorkspaceCounts_data();
    void duckdbCountsWhatTheWorkspaceCounts();

private:
    QString sql(const QString &filter, const AthenaQuery &q = {});
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Estate m_estate;
};

void TestAthenaSql::initTestCase()
{
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("sample.vpclens")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    importFlowLogs(*m_ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))});
    m_estate = loadEstate(*m_ws);
}

QString TestAthenaSql::sql(const QString &filter, const AthenaQuery &q)
{
    const auto s = athenaSql(filter, {m_ws.get(), &m_estate}, q);
    if (const auto *e = std::get_if<FilterError>(&s))
        qFatal("%s: %s", qPrintable(filter), qPrintable(e->message));
    return std::get<QString>(s);
}

void TestAthenaSql::sqlNamesAthenasColumns()
{
    AthenaQuery q;
    q.table = QStringLiteral("flowlogs.vpc_flow_logs");
    q.from = 1748764800; // 2025-06-01T08:00Z
    q.to = 1748786400;   // 2025-06-01T14:00Z
    const QString s = sql(QStringLiteral("action == REJECT and log-status == OK and dstport in {22, 3389} and end > 1748770000"), q);
    QVERIFY2(s.startsWith(QLatin1String("SELECT *\nFROM \"flowlogs\".\"vpc_flow_logs\"\nWHERE ")), qPrintable(s));
    for (const char *part : {"action = 'REJECT'", "log_status = 'OK'", "dstport = 22", "dstport = 3389", "\"end\" > 1748770000",
                             "day >= '2025/06/01'", "day <= '2025/06/02'", "start >= 1748764800", "start < 1748786400"})
        QVERIFY2(s.contains(QLatin1String(part)), part);
    // IPv4 blocks as ranges of the address's number; IPv6 through Trino's IPADDRESS; either side for addr.
    const QString v4 = sql(QStringLiteral("srcaddr in 10.0.0.0/8"));
    QVERIFY(v4.contains(QLatin1String("BETWEEN 167772160 AND 184549375")));
    const QString v6 = sql(QStringLiteral("addr in 2001:db8::/32"));
    QVERIFY(v6.contains(QLatin1String("contains('2001:db8::/32', TRY_CAST(srcaddr AS IPADDRESS))")));
    QVERIFY(v6.contains(QLatin1String("contains('2001:db8::/32', TRY_CAST(dstaddr AS IPADDRESS))")));
    // not and != hold where the field is absent, as in the workspace.
    QVERIFY(sql(QStringLiteral("dstport != 22")).contains(QLatin1String("NOT COALESCE(dstport = 22, FALSE)")));
    // An interface by its name in the workspace, as text.
    const QString eni = sql(QStringLiteral("eni == eni-01000000000000003"));
    QVERIFY2(eni.contains(QLatin1String("interface_id IN ('eni-01000000000000003')")), qPrintable(eni));
    q = {};
    q.shape = AthenaQuery::Shape::Conversations;
    q.limit = 50;
    const QString c = sql(QStringLiteral("protocol == tcp"), q);
    QVERIFY(c.contains(QLatin1String("GROUP BY 1, 2, 3, 4")) && c.endsWith(QLatin1String("LIMIT 50")));
}

void TestAthenaSql::whatAthenaCannotAnswerIsRefused()
{
    AthenaQuery q;
    q.table = QStringLiteral("logs; DROP TABLE x");
    QVERIFY(std::holds_alternative<FilterError>(athenaSql(QString(), {m_ws.get(), &m_estate}, q)));
    q.table = QStringLiteral("vpc_flow_logs");
    QVERIFY(std::holds_alternative<FilterError>(athenaSql(QStringLiteral("verdict == REJECT"), {m_ws.get(), &m_estate}, q)));
    QVERIFY(std::holds_alternative<FilterError>(athenaSql(QStringLiteral("dstport =="), {m_ws.get(), &m_estate}, q)));
}

// Athena's CSV: AWS's column names, every value quoted, NULL empty, partition columns at the end.
void TestAthenaSql::csvResultsImportLikeFlowLogs()
{
    const QByteArray csv =
        "\"version\",\"account_id\",\"interface_id\",\"srcaddr\",\"dstaddr\",\"srcport\",\"dstport\",\"protocol\",\"packets\",\"bytes\","
        "\"start\",\"end\",\"action\",\"log_status\",\"accid\",\"region\",\"day\"\n"
        "\"2\",\"111122223333\",\"eni-0a\",\"198.51.100.7\",\"10.0.0.5\",\"5555\",\"22\",\"6\",\"1\",\"40\",\"1748764800\",\"1748764860\",\"REJECT\",\"OK\",\"111122223333\",\"eu-central-1\",\"2025/06/01\"\n"
        "\"2\",\"111122223333\",\"eni-0a\",\"2001:db8::1\",\"2001:db8::2\",\"50000\",\"443\",\"6\",\"3\",\"300\",\"1748764800\",\"1748764860\",\"ACCEPT\",\"OK\",\"111122223333\",\"eu-central-1\",\"2025/06/01\"\n"
        "\"2\",\"111122223333\",\"eni-0a\",,,,,,,,\"1748764800\",\"1748764860\",\"-\",\"NODATA\",\"111122223333\",\"eu-central-1\",\"2025/06/01\"\n"
        "\"2\",\"111122223333\",\"eni-0a\",\"10.0.0.5 \",\"10.0.0.9\",\"1\",\"2\",\"6\",\"1\",\"40\",\"1748764800\",\"1748764860\",\"ACCEPT\",\"OK\",\"1\",\"r\",\"d\"\n"
        "\"2\",\"111122223333\",\"eni-0a\",\"10.0.0.5\"\n";
    const QString path = test::writeFile(QDir(m_dir.path()), QStringLiteral("athena-results.csv"), csv);
    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("csv.vpclens")), &error);
    QVERIFY2(ws, qPrintable(error));
    const FlowImportResult r = importFlowLogs(*ws, {path});
    QCOMPARE(r.records, 3);
    QCOMPARE(r.badLines, 2);
    QVERIFY2(r.messages.join(QLatin1Char('\n')).contains(path + QStringLiteral(":5:")), qPrintable(r.messages.join(QLatin1Char('\n'))));
    QVERIFY(r.messages.join(QLatin1Char('\n')).contains(path + QStringLiteral(":6:")));
    const QList<FlowRecord> rows = fetchFlows(*ws, CompiledFilter{}, FlowKey::first(), 10);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].src, QStringLiteral("198.51.100.7"));
    QCOMPARE(rows[0].dstPort, 22);
    QCOMPARE(rows[0].action, 2);
    QCOMPARE(rows[1].src, QStringLiteral("2001:db8::1"));
    QCOMPARE(rows[1].bytes, 300);
    QCOMPARE(rows[2].status, 1); // NODATA, its empty values absent
    QCOMPARE(rows[2].srcPort, -1);
}

void TestAthenaSql::duckdbCountsWhatTheWorkspaceCounts_data()
{
    QTest::addColumn<QString>("filter");
    QTest::newRow("every record") << QString();
    QTest::newRow("rejected ssh and rdp") << QStringLiteral("action == REJECT and dstport in {22, 3389}");
    QTest::newRow("not from 10/8") << QStringLiteral("not srcaddr in 10.0.0.0/8");
    QTest::newRow("https either way, big") << QStringLiteral("port == 443 and bytes > 2K");
    QTest::newRow("no data or short") << QStringLiteral("log-status == NODATA or duration < 30");
    QTest::newRow("an interface, not tcp") << QStringLiteral("eni == eni-01000000000000003 and protocol != tcp");
}

void TestAthenaSql::duckdbCountsWhatTheWorkspaceCounts()
{
    const QString modules = QStringLiteral(VPCLENS_DUCKDB_MODULES);
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (modules.isEmpty() || node.isEmpty())
        QSKIP("DuckDB not configured (-DVPCLENS_DUCKDB_MODULES=<node_modules holding @duckdb/node-api>)");
    QFETCH(QString, filter);
    const auto span = flowTimeSpan(*m_ws);
    AthenaQuery q;
    q.from = span.first / 60 * 60 + 3600; // an hour in: the time bounds and the day partitions take part
    q.to = span.second / 60 * 60;
    const QString records = sql(filter, q);
    q.shape = AthenaQuery::Shape::Minutes;
    const QString minutes = sql(filter, q);
    const QString statements = QStringLiteral("SELECT COUNT(*) FROM (%1) AS q\n---\nSELECT minute, action, records FROM (%2) AS m ORDER BY 1, 2")
                                   .arg(records, minutes);
    const QString file = test::writeFile(QDir(m_dir.path()), QStringLiteral("statements.sql"), statements.toUtf8());
    QProcess p;
    p.start(node, {test::sourcePath(QStringLiteral("tests/athena/duckdb.cjs")), modules,
                   test::sourcePath(QStringLiteral("resources/sample/flowlogs")), file});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    // The workspace, for the same filter and time range.
    auto compiled = compileFilter(filter.isEmpty() ? QStringLiteral("start >= %1 and start < %2").arg(q.from).arg(q.to)
                                                   : QStringLiteral("(%1) and start >= %2 and start < %3").arg(filter).arg(q.from).arg(q.to),
                                  {m_ws.get(), &m_estate});
    QVERIFY(std::holds_alternative<CompiledFilter>(compiled));
    const CompiledFilter &f = std::get<CompiledFilter>(compiled);
    QCOMPARE(QJsonDocument::fromJson(lines[0]).array().at(0).toArray().at(0).toInteger(), countFlows(*m_ws, f));
    // Per minute and action: every record (Athena holds both sightings of a connection).
    const FilteredBuckets b = bucketsForFilter(*m_ws, f, 60, q.from, q.to, Counting::Records);
    QMap<QPair<qint64, QString>, qint64> want, got;
    for (const TimeBucket &t : b.accepted)
        want[{t.start, QStringLiteral("ACCEPT")}] = t.flows;
    for (const TimeBucket &t : b.rejected)
        want[{t.start, QStringLiteral("REJECT")}] = t.flows;
    for (const QJsonValue row : QJsonDocument::fromJson(lines[1]).array()) {
        const QJsonArray r = row.toArray();
        if (r.at(1).toString() != QLatin1String("-")) // NODATA: no action, not charted
            got[{r.at(0).toInteger(), r.at(1).toString()}] = r.at(2).toInteger();
    }
    QCOMPARE(got, want);
}

QTEST_GUILESS_MAIN(TestAthenaSql)
#include "tst_athenasql.moc"
