// SPDX-License-Identifier: GPL-3.0-or-later
// "Each connection once" in every view, against independent counts: the sample's raw lines (zcat |
// grep, samplelogs.h) and generated data read here the plain way (gzip -dc, split on spaces).
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "overlay/trafficoverlay.h"
#include "query/chartdata.h"
#include "samplelogs.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

namespace {

CompiledFilter compile(const Workspace &ws, const Estate &estate, const QString &text)
{
    const auto compiled = compileFilter(text, {&ws, &estate});
    if (const auto *e = std::get_if<FilterError>(&compiled))
        qFatal("filter %s: %s", qPrintable(text), qPrintable(e->message));
    return std::get<CompiledFilter>(compiled);
}

qint64 flowsIn(const QList<TimeBucket> &buckets)
{
    qint64 n = 0;
    for (const TimeBucket &b : buckets)
        n += b.flows;
    return n;
}

// A generated estate's interface addresses (private, public, IPv6) from its JSON.
QSet<QString> estateAddresses(const QString &topology)
{
    QFile f(topology + QStringLiteral("/describe-network-interfaces.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> out;
    for (const QJsonValue v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("NetworkInterfaces")).toArray()) {
        const QJsonObject eni = v.toObject();
        for (const QJsonValue a : eni.value(QStringLiteral("PrivateIpAddresses")).toArray())
            out.insert(a.toObject().value(QStringLiteral("PrivateIpAddress")).toString());
        for (const QJsonValue a : eni.value(QStringLiteral("Ipv6Addresses")).toArray())
            out.insert(a.toObject().value(QStringLiteral("Ipv6Address")).toString());
    }
    return out;
}

struct RawLine {
    QString eni, src, dst, srcPort, dstPort, protocol, start, action, status;
};

// Every data line of a generated flow-log tree (each file has a header line naming its fields).
QList<RawLine> rawLines(const QString &flowlogs)
{
    QList<RawLine> out;
    QDirIterator it(flowlogs, {QStringLiteral("*.log.gz")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QProcess gz;
        gz.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), it.next()});
        gz.waitForFinished();
        const QList<QByteArray> lines = gz.readAllStandardOutput().split('\n');
        if (lines.isEmpty())
            continue;
        QHash<QByteArray, int> at;
        const QList<QByteArray> header = lines.first().split(' ');
        for (int i = 0; i < header.size(); ++i)
            at.insert(header[i], i);
        for (qsizetype n = 1; n < lines.size(); ++n) {
            const QList<QByteArray> f = lines[n].split(' ');
            if (f.size() != header.size())
                continue;
            auto field = [&](const char *name) { return QString::fromLatin1(f[at.value(name)]); };
            out.append({field("interface-id"), field("srcaddr"), field("dstaddr"), field("srcport"), field("dstport"), field("protocol"),
                        field("start"), field("action"), field("log-status")});
        }
    }
    return out;
}

} // namespace

class TestConnections : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rejectedAtTheReceiverInEveryView();
    void generatedConnections();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_sample;
    Estate m_estate;
};

void TestConnections::initTestCase()
{
    QString error;
    m_sample = Workspace::open(m_dir.filePath(QStringLiteral("sample.vpclens")), &error);
    QVERIFY2(m_sample, qPrintable(error));
    importTopology(*m_sample, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
    importFlowLogs(*m_sample, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))});
    m_estate = loadEstate(*m_sample);
}

// bastion 10.10.0.20 -> db 10.10.20.41 and 10.10.21.42 on tcp/5432: by zcat | grep, 24 attempts, each
// ACCEPT at the bastion (eni-...03) and REJECT at a database interface (13 at eni-...06, 11 at eni-...07).
void TestConnections::rejectedAtTheReceiverInEveryView()
{
    const QList<test::SampleRecord> raw = test::sampleRecords();
    int attempts = 0, rejectedAtDb = 0;
    for (const test::SampleRecord &r : raw)
        if (r.src == QLatin1String("10.10.0.20") && r.dstPort == 5432) {
            attempts += r.eni == QLatin1String("eni-01000000000000003");
            rejectedAtDb += r.eni != QLatin1String("eni-01000000000000003") && r.action == QLatin1String("REJECT");
        }
    QCOMPARE(attempts, 24);
    QCOMPARE(rejectedAtDb, 24);

    const QString path = m_sample->path();
    const CompiledFilter bastionDb = compile(*m_sample, m_estate, QStringLiteral("srcaddr == 10.10.0.20 and dstport == 5432"));
    // Conversations.
    qint64 flows = 0, rejected = 0;
    for (const GroupRow &g : loadGroups(path, bastionDb, GroupBy::Conversation, 100)) {
        flows += g.flows;
        rejected += g.rejected;
    }
    QCOMPARE(flows, 24);
    QCOMPARE(rejected, 24);
    // Endpoints: the bastion sent 24 connections, all rejected.
    for (const GroupRow &g : loadGroups(path, bastionDb, GroupBy::Endpoint, 100))
        if (g.a == QLatin1String("10.10.0.20")) {
            QCOMPARE(g.flows, 24);
            QCOMPARE(g.rejected, 24);
        }
    // The chart, each connection once: 24 rejected, nothing accepted; every record: 24 and 24.
    const ChartSeries once = loadChartSeries(path, bastionDb, {}, Counting::Connections);
    QCOMPARE(flowsIn(once.buckets.rejected), 24);
    QCOMPARE(flowsIn(once.buckets.accepted), 0);
    const ChartSeries every = loadChartSeries(path, bastionDb, {}, Counting::Records);
    QCOMPARE(flowsIn(every.buckets.rejected), 24);
    QCOMPARE(flowsIn(every.buckets.accepted), 24);
    // `action == REJECT` selects the 24 rejected connections.
    const CompiledFilter rejectedOnly = compile(*m_sample, m_estate, QStringLiteral("srcaddr == 10.10.0.20 and dstport == 5432 and action == REJECT"));
    QCOMPARE(flowsIn(loadChartSeries(path, rejectedOnly, {}, Counting::Connections).buckets.rejected), 24);
    // Top rejected ports, from the rollups (all time) and from a scan (the filter).
    auto port5432 = [](const QList<QPair<QString, qint64>> &ports) {
        for (const auto &[label, n] : ports)
            if (label.startsWith(QLatin1String("tcp/5432")))
                return n;
        return qint64(-1);
    };
    qint64 rejected5432 = 0; // all time: rejected connections to tcp/5432 from anywhere, from the raw lines
    for (const test::SampleRecord &r : raw)
        rejected5432 += r.counted && r.connectionRejected && r.protocol == 6 && r.dstPort == 5432;
    QVERIFY(rejected5432 >= 24);
    QCOMPARE(port5432(topRejectedPorts(*m_sample, 0, 0, 50)), rejected5432);
    QCOMPARE(port5432(topRejectedPorts(*m_sample, bastionDb, 50)), 24);
    // The graph's line from the bastion to the databases: 24 connections, all rejected (red).
    const QHash<QString, QString> nodeFor{{QStringLiteral("eni-01000000000000003"), QStringLiteral("bastion")},
                                          {QStringLiteral("eni-01000000000000006"), QStringLiteral("db")},
                                          {QStringLiteral("eni-01000000000000007"), QStringLiteral("db")}};
    bool drawn = false;
    for (const OverlayEdge &e : observedTraffic(*m_sample, m_estate, nodeFor, {}))
        if (e.from == QLatin1String("bastion") && e.to == QLatin1String("db")) {
            drawn = true;
            QCOMPARE(e.flows, 24);
            QCOMPARE(e.rejectedFlows, 24);
        }
    QVERIFY(drawn);
}

// Generated v5 data (both interfaces log connections inside a VPC; one side only across VPCs):
// every REJECT between two interfaces of the estate is in a rejected conversation; a chart's buckets
// sum to the matching records (every record) and to the connections counted from the raw lines
// (each connection once).
void TestConnections::generatedConnections()
{
    VPCLENS_REQUIRE_GENERATOR();
    const QString out = m_dir.filePath(QStringLiteral("gen"));
    QCOMPARE(test::runGenerator(out, {QStringLiteral("--records"), QStringLiteral("60000"), QStringLiteral("--format"), QStringLiteral("v5"),
                                      QStringLiteral("--seed"), QStringLiteral("23"), QStringLiteral("--days"), QStringLiteral("1")}),
             0);
    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("gen.vpclens")), &error);
    QVERIFY2(ws, qPrintable(error));
    importTopology(*ws, {out + QStringLiteral("/topology")});
    QCOMPARE(importFlowLogs(*ws, {out + QStringLiteral("/flowlogs")}).records, 60000);
    const Estate estate = loadEstate(*ws);

    const QSet<QString> ours = estateAddresses(out + QStringLiteral("/topology"));
    const QList<RawLine> raw = rawLines(out + QStringLiteral("/flowlogs"));
    QCOMPARE(raw.size(), 60000);
    // Connections: records with the same addresses, ports, protocol and start, the most any one
    // interface logged of them (two sightings of one connection, or two connections alike).
    QHash<QString, QHash<QString, int>> sightings;
    QSet<QString> rejectedInternal; // client server port of REJECTs between two interfaces
    qint64 okRecords = 0;
    for (const RawLine &r : raw) {
        if (r.status != QLatin1String("OK"))
            continue;
        ++okRecords;
        ++sightings[QStringList{r.src, r.dst, r.srcPort, r.dstPort, r.protocol, r.start}.join(QLatin1Char(' '))][r.eni];
        if (r.action == QLatin1String("REJECT") && ours.contains(r.src) && ours.contains(r.dst))
            rejectedInternal.insert(QStringList{r.src, r.dst, r.protocol == QLatin1String("1") ? QStringLiteral("0") : r.dstPort}.join(QLatin1Char(' ')));
    }
    qint64 connections = 0;
    for (const auto &byEni : std::as_const(sightings)) {
        int most = 0;
        for (int n : byEni)
            most = std::max(most, n);
        connections += most;
    }
    QVERIFY(!rejectedInternal.isEmpty());

    const CompiledFilter rejected = compile(*ws, estate, QStringLiteral("action == REJECT"));
    QSet<QString> inConversations;
    for (const GroupRow &g : groupFlows(*ws, rejected, GroupBy::Conversation, 1'000'000))
        if (g.rejected >= 1)
            inConversations.insert(QStringList{g.a, g.b, QString::number(std::max<qint64>(g.port, 0))}.join(QLatin1Char(' ')));
    for (const QString &c : std::as_const(rejectedInternal))
        QVERIFY2(inConversations.contains(c), qPrintable(c));

    const CompiledFilter all = compile(*ws, estate, QString());
    const ChartSeries every = loadChartSeries(ws->path(), all, {}, Counting::Records);
    QCOMPARE(flowsIn(every.buckets.accepted) + flowsIn(every.buckets.rejected), okRecords);
    const ChartSeries everyRejected = loadChartSeries(ws->path(), rejected, {}, Counting::Records);
    QCOMPARE(flowsIn(everyRejected.buckets.rejected), countFlows(*ws, rejected));
    const ChartSeries once = loadChartSeries(ws->path(), all, {}, Counting::Connections);
    QCOMPARE(flowsIn(once.buckets.accepted) + flowsIn(once.buckets.rejected), connections);
}

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
