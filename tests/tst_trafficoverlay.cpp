// SPDX-License-Identifier: GPL-3.0-or-later
// The graph's overlays on the sample estate. Expected traffic is counted here straight from the
// sample's gzip flow logs and its describe-network-interfaces export, by the documented rule that a
// connection counts once: the record of the ENI that owns the source address (or any record whose
// source no ENI owns).
#include "graph/layoutcache.h"
#include "graph/topologygraph.h"
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "overlay/overlaycache.h"
#include "overlay/trafficoverlay.h"
#include "samplelogs.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "workspace/derivedcache.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

namespace {
const QString kShop = QStringLiteral("vpc-0a1b2c3d4e5f60001");
const QString kShared = QStringLiteral("vpc-0a1b2c3d4e5f60002");

struct Expected {
    qint64 flows = 0, bytes = 0, rejected = 0;
};

// Records between 10.10.0.0/16 and 10.20.0.0/16 (the two VPCs), counted once, within [from, to].
Expected countBetweenVpcs(qint64 from, qint64 to)
{
    Expected e;
    for (const test::SampleRecord &r : test::sampleRecords()) {
        const bool between = (r.src.startsWith(QStringLiteral("10.10.")) && r.dst.startsWith(QStringLiteral("10.20.")))
                             || (r.src.startsWith(QStringLiteral("10.20.")) && r.dst.startsWith(QStringLiteral("10.10.")));
        if (r.status != QLatin1String("OK") || !between || !r.counted || r.start < from || (to > 0 && r.start > to))
            continue;
        ++e.flows;
        e.bytes += r.bytes;
        e.rejected += r.action == QLatin1String("REJECT");
    }
    return e;
}
} // namespace

class TestTrafficOverlay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void vpcToVpcCountsEachConnectionOnce();
    void timeRangeByHour();
    void publicAddressesMapToTheInternet();
    void ipv6TrafficIsDrawn();
    void configuredReachabilityTracesThePath();
    void openToTheWorldOpensTheEstateToo();
    void cachedOverlayUntilTheNextImport(); // it imports one more file
    void importLeavesTheFirstViewComputed(); // after it: the caches are stale then

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Estate m_estate;
    QHash<QString, QString> m_vpcLevel;
};

void TestTrafficOverlay::initTestCase()
{
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("t.vpclens")), &error);
    QVERIFY(m_ws);
    importTopology(*m_ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
    QVERIFY(importFlowLogs(*m_ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))}).records > 0);
    m_estate = loadEstate(*m_ws);
    GraphOptions o;
    o.level = GraphLevel::Vpc;
    m_vpcLevel = buildTopologyGraph(m_estate, o).nodeFor;
}

void TestTrafficOverlay::vpcToVpcCountsEachConnectionOnce()
{
    const Expected expected = countBetweenVpcs(0, 0);
    QVERIFY(expected.flows > 0);
    qint64 flows = 0, bytes = 0, rejected = 0;
    for (const OverlayEdge &e : observedTraffic(*m_ws, m_estate, m_vpcLevel, {})) {
        if ((e.from == kShop && e.to == kShared) || (e.from == kShared && e.to == kShop)) {
            flows += e.flows;
            bytes += e.bytes;
            rejected += e.rejectedFlows;
        }
    }
    QCOMPARE(flows, expected.flows);
    QCOMPARE(bytes, expected.bytes);
    QCOMPARE(rejected, expected.rejected);
}

void TestTrafficOverlay::timeRangeByHour()
{
    // The rollups are hourly: a range of whole hours sums exactly the records that start in it.
    const qint64 from = 1748768400, to = 1748775599; // 2025-06-01 09:00:00 to 10:59:59 UTC
    const Expected expected = countBetweenVpcs(from, to);
    qint64 flows = 0;
    for (const OverlayEdge &e : observedTraffic(*m_ws, m_estate, m_vpcLevel, {from, to}))
        if ((e.from == kShop && e.to == kShared) || (e.from == kShared && e.to == kShop))
            flows += e.flows;
    QCOMPARE(flows, expected.flows);
    QVERIFY(expected.flows < countBetweenVpcs(0, 0).flows);
}

void TestTrafficOverlay::publicAddressesMapToTheInternet()
{
    AddressMapper mapper(m_estate, m_vpcLevel);
    QCOMPARE(mapper.nodeOf(*parseIpv4("198.51.100.29")), QLatin1String(kInternetNode));
    QCOMPARE(mapper.nodeOf(*parseIpv4("10.10.0.20")), kShop);
    QCOMPARE(mapper.nodeOf(*parseIpv4("10.20.0.200")), kShared); // no ENI: by the VPC's CIDR
    QCOMPARE(mapper.nodeOf(*parseIpv4("172.31.5.5")), QString()); // private, outside every VPC
}

// tests/data/dualstack/flows.log, read by eye: four records at the database interface. Two come
// from web-1 (once over IPv6 accepted, once over IPv4 rejected): the database is the receiver, so
// its records stand for those connections (web-1's log is not in the fixture), one line in both
// families. Two come from 2001:db8::7 on the internet, both REJECT.
void TestTrafficOverlay::ipv6TrafficIsDrawn()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("v6.vpclens")), &error);
    QVERIFY2(ws, qPrintable(error));
    const QString fixture = test::sourcePath(QStringLiteral("tests/data/dualstack"));
    importTopology(*ws, {fixture});
    importFlowLogs(*ws, {fixture + QStringLiteral("/flows.log")});
    const Estate estate = loadEstate(*ws);
    const QHash<QString, QString> nodeFor{{QStringLiteral("eni-0d6000000000a0001"), QStringLiteral("web")},
                                          {QStringLiteral("eni-0d6000000000a0002"), QStringLiteral("db")},
                                          {QStringLiteral("vpc-0d6000000000000a1"), QStringLiteral("vpc")}};
    AddressMapper mapper(estate, nodeFor);
    QCOMPARE(mapper.nodeOf(*parseIp("2600:1f18:1234:5601::10")), QStringLiteral("web"));
    QCOMPARE(mapper.nodeOf(*parseIp("2600:1f18:1234:56aa::1")), QStringLiteral("vpc")); // no ENI: by the VPC's IPv6 block
    QCOMPARE(mapper.nodeOf(*parseIp("2001:db8::7")), QLatin1String(kInternetNode));
    QCOMPARE(mapper.nodeOf(*parseIp("fd00::1")), QString()); // unique local, outside every VPC
    QHash<QString, OverlayEdge> byPair;
    for (const OverlayEdge &e : observedTraffic(*ws, estate, nodeFor, {}))
        byPair.insert(e.from + QLatin1String("->") + e.to, e);
    QCOMPARE(byPair.size(), 2);
    const OverlayEdge web = byPair.value(QStringLiteral("web->db"));
    QCOMPARE(web.flows, 2);
    QCOMPARE(web.rejectedFlows, 1);
    QCOMPARE(web.bytes, 840 + 60);
    const OverlayEdge internet = byPair.value(QLatin1String(kInternetNode) + QLatin1String("->db"));
    QCOMPARE(internet.flows, 2);
    QCOMPARE(internet.rejectedFlows, 2);
}

void TestTrafficOverlay::configuredReachabilityTracesThePath()
{
    GraphOptions o;
    const TopologyGraph g = buildTopologyGraph(m_estate, o);
    const QList<OverlayEdge> edges = configuredReachability(m_estate, g.nodeFor);
    QVERIFY(!edges.isEmpty());
    // The web group admits HTTPS from anywhere; public-a holds the web server with a public address.
    bool webFromInternet = false;
    for (const OverlayEdge &e : edges) {
        QVERIFY(e.configured);
        if (e.from == QLatin1String(kInternetNode) && e.to == QStringLiteral("subnet-0aa0000000000a001"))
            webFromInternet = !e.blocked && e.ports.contains(QStringLiteral("tcp/443"));
    }
    QVERIFY(webFromInternet);
}

void TestTrafficOverlay::cachedOverlayUntilTheNextImport()
{
    GraphOptions o;
    o.level = GraphLevel::Vpc;
    QVERIFY(!loadCachedOverlay(*m_ws, o));
    const QList<OverlayEdge> edges = observedTraffic(*m_ws, m_estate, m_vpcLevel, {});
    QVERIFY(!edges.isEmpty());
    storeCachedOverlay(*m_ws, o, edges);
    const auto cached = loadCachedOverlay(*m_ws, o);
    QVERIFY(cached);
    QCOMPARE(cached->size(), edges.size());
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const OverlayEdge &a = edges[i], &b = cached->at(i);
        QCOMPARE(b.from, a.from);
        QCOMPARE(b.to, a.to);
        QCOMPARE(b.flows, a.flows);
        QCOMPARE(b.bytes, a.bytes);
        QCOMPARE(b.rejectedFlows, a.rejectedFlows);
        QCOMPARE(b.ports, a.ports);
    }
    GraphOptions subnet;
    subnet.level = GraphLevel::Subnet;
    QVERIFY(!loadCachedOverlay(*m_ws, subnet)); // another graph, another entry

    // One more record imported: the stored overlay no longer describes the workspace.
    const QString extra = m_dir.filePath(QStringLiteral("extra.log"));
    QFile f(extra);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n"
            "2 111122223333 eni-01000000000000003 10.10.0.20 10.20.0.10 40000 22 6 3 180 1748768500 1748768560 ACCEPT OK\n");
    f.close();
    QCOMPARE(importFlowLogs(*m_ws, {extra}).records, 1);
    QVERIFY(!loadCachedOverlay(*m_ws, o));
}

// What opening shows first is computed at the end of an import (warmOpeningCaches): the default
// graph's layout and all-time overlay, and the top lists, are current in the workspace before any
// view asks; the overlay kept is the one the view would compute.
void TestTrafficOverlay::importLeavesTheFirstViewComputed()
{
    const GraphOptions defaults;
    QVERIFY(!loadCachedOverlay(*m_ws, defaults)); // the last import made it stale
    QVERIFY(!derivedCacheCurrent(*m_ws, "rejected_ports_import"));
    QVERIFY(!derivedCacheCurrent(*m_ws, "top_talkers_import"));
    warmOpeningCaches(*m_ws);
    const CachedLayout layout = cachedOrLaidOut(m_ws.get(), m_estate, defaults);
    QVERIFY(layout.fromCache);
    const auto cached = loadCachedOverlay(*m_ws, defaults);
    QVERIFY(cached);
    const QList<OverlayEdge> computed = observedTraffic(*m_ws, m_estate, layout.layout.nodeFor, {});
    QCOMPARE(cached->size(), computed.size());
    for (qsizetype i = 0; i < computed.size(); ++i) {
        QCOMPARE(cached->at(i).from, computed[i].from);
        QCOMPARE(cached->at(i).bytes, computed[i].bytes);
    }
    QVERIFY(derivedCacheCurrent(*m_ws, "rejected_ports_import"));
    QVERIFY(derivedCacheCurrent(*m_ws, "top_talkers_import"));
}

// The TGW lab (real, measured): bat_sg and fish_sg allow tcp/22 from 0.0.0.0/0, so bat and fish
// reach each other over the transit gateway (nmap: 10.1.1.100 and 10.2.1.183 port 22 open from the
// other). From the Internet, 18.212.39.59 answers on 22 and 52.201.239.254 does not (filtered: its
// subnet's NACL denies it): a group allows it, the path blocks it, and the line says so.
void TestTrafficOverlay::openToTheWorldOpensTheEstateToo()
{
    VPCLENS_REQUIRE_SHARED();
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("tgw.vpclens")), &error);
    QVERIFY(ws);
    importTopology(*ws, {test::sharedPath(QStringLiteral("data/real/batfish-lab-validation/snapshots/aws_multi_account_vpc_peering_tgw/aws_configs"))});
    const Estate estate = loadEstate(*ws);
    QHash<QString, QString> nodeFor; // each interface by its private and public address
    for (const Eni &n : estate.enis) {
        QStringList names;
        for (const IpAddress &a : n.privateIps)
            names << formatIp(a);
        for (const IpAddress &a : n.publicIps)
            names << formatIp(a);
        nodeFor.insert(n.id, names.join(QLatin1Char(' ')));
    }
    QHash<QString, OverlayEdge> byPair;
    for (const OverlayEdge &e : configuredReachability(estate, nodeFor))
        byPair.insert(e.from + QLatin1String(" -> ") + e.to, e);
    auto find = [&](const QString &from, const QString &to) -> std::optional<OverlayEdge> {
        for (auto it = byPair.cbegin(); it != byPair.cend(); ++it)
            if (it->from.contains(from) && it->to.contains(to))
                return *it;
        return std::nullopt;
    };
    for (const auto &[from, to] : {std::pair{QStringLiteral("10.1.1.100"), QStringLiteral("10.2.1.183")},
                                   std::pair{QStringLiteral("10.2.1.183"), QStringLiteral("10.1.1.100")}}) {
        const auto e = find(from, to);
        QVERIFY2(e, qPrintable(from + QLatin1String(" -> ") + to));
        QVERIFY(!e->blocked);
        QVERIFY2(e->ports.section(QLatin1Char(';'), 0, 0).contains(QLatin1String("tcp/22")), qPrintable(e->ports));
    }
    const auto open = find(QLatin1String(kInternetNode), QStringLiteral("18.212.39.59"));
    QVERIFY(open);
    QVERIFY2(open->ports.section(QLatin1Char(';'), 0, 0).contains(QLatin1String("tcp/22")), qPrintable(open->ports));
    const auto filtered = find(QLatin1String(kInternetNode), QStringLiteral("52.201.239.254"));
    QVERIFY(filtered);
    const QString blockedPorts = filtered->blocked ? filtered->ports : filtered->ports.section(QLatin1Char(';'), 1);
    QVERIFY2(blockedPorts.contains(QLatin1String("tcp/22")), qPrintable(filtered->ports));
}

QTEST_MAIN(TestTrafficOverlay)
#include "tst_trafficoverlay.moc"
