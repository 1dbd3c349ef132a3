// SPDX-License-Identifier: GPL-3.0-or-later
// Graphviz layouts: every node and cluster placed, nodes inside their clusters, sibling clusters
// apart, shared nodes above the VPCs; the cache format round-trips and follows the topology.
#include "graph/graphlayout.h"
#include "graph/layoutcache.h"
#include "ingest/topologyimporter.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

namespace {

// Checks the geometry of a layout against the graph it came from; returns the first problem.
QString geometryProblem(const TopologyGraph &g, const GraphLayout &l)
{
    QHash<QString, QRectF> clusters;
    for (const LayoutCluster &c : l.clusters)
        clusters.insert(c.id, c.rect);
    for (const GraphCluster &c : g.clusters) {
        if (!clusters.contains(c.id))
            return QStringLiteral("cluster %1 not placed").arg(c.id);
        if (!c.parent.isEmpty() && !clusters[c.parent].contains(clusters[c.id]))
            return QStringLiteral("cluster %1 outside %2").arg(c.id, c.parent);
    }
    for (const GraphNode &n : g.nodes) {
        const int i = l.indexOfNode(n.id);
        if (i < 0 || l.nodes[i].rect.isEmpty())
            return QStringLiteral("node %1 not placed").arg(n.id);
        if (!n.cluster.isEmpty() && !clusters[n.cluster].contains(l.nodes[i].rect))
            return QStringLiteral("node %1 outside its cluster %2").arg(n.id, n.cluster);
        if (!l.bounds.contains(l.nodes[i].rect))
            return QStringLiteral("node %1 outside the bounds").arg(n.id);
    }
    for (int a = 0; a < g.clusters.size(); ++a)
        for (int b = a + 1; b < g.clusters.size(); ++b)
            if (g.clusters[a].parent == g.clusters[b].parent && clusters[g.clusters[a].id].intersects(clusters[g.clusters[b].id]))
                return QStringLiteral("clusters %1 and %2 overlap").arg(g.clusters[a].id, g.clusters[b].id);
    for (int a = 0; a < l.nodes.size(); ++a)
        for (int b = a + 1; b < l.nodes.size(); ++b)
            if (l.nodes[a].rect.intersects(l.nodes[b].rect))
                return QStringLiteral("nodes %1 and %2 overlap").arg(l.nodes[a].id, l.nodes[b].id);
    return {};
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyLevel_data();
    void everyLevel();
    void sharedNodesAboveTheVpcs();
    void edgesHaveBezierPoints();
    void serializationRoundTrips();
    void cacheFollowsTheTopology();
    void batfishLabs_data();
    void batfishLabs();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Estate m_estate;
};

void TestGraphLayout::initTestCase()
{
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("t.vpclens")), &error);
    QVERIFY(m_ws);
    importTopology(*m_ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
    m_estate = loadEstate(*m_ws);
}

void TestGraphLayout::everyLevel_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("groups");
    QTest::newRow("vpc") << int(GraphLevel::Vpc) << false;
    QTest::newRow("subnet") << int(GraphLevel::Subnet) << false;
    QTest::newRow("eni") << int(GraphLevel::Eni) << false;
    QTest::newRow("eni with security groups") << int(GraphLevel::Eni) << true;
}

void TestGraphLayout::everyLevel()
{
    QFETCH(int, level);
    QFETCH(bool, groups);
    GraphOptions o;
    o.level = GraphLevel(level);
    o.securityGroups = groups;
    const TopologyGraph g = buildTopologyGraph(m_estate, o);
    const GraphLayout l = layoutGraph(g);
    QCOMPARE(l.nodes.size(), g.nodes.size());
    QCOMPARE(l.clusters.size(), g.clusters.size());
    const QString problem = geometryProblem(g, l);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestGraphLayout::sharedNodesAboveTheVpcs()
{
    const GraphLayout l = layoutGraph(buildTopologyGraph(m_estate, {}));
    double vpcTop = 1e9;
    for (const LayoutCluster &c : l.clusters)
        if (c.kind == QLatin1String("vpc"))
            vpcTop = std::min(vpcTop, c.rect.top());
    QVERIFY(l.rectOf(QLatin1String(kInternetNode)).bottom() < vpcTop);
    QVERIFY(l.rectOf(QStringLiteral("pcx-0c0ffee000000a003")).bottom() < vpcTop);
}

void TestGraphLayout::edgesHaveBezierPoints()
{
    const TopologyGraph g = buildTopologyGraph(m_estate, {});
    const GraphLayout l = layoutGraph(g);
    QCOMPARE(l.edges.size(), g.edges.size());
    for (const LayoutEdge &e : l.edges) {
        QVERIFY(e.points.size() >= 4);
        QCOMPARE((e.points.size() - 1) % 3, 0);
    }
}

void TestGraphLayout::serializationRoundTrips()
{
    GraphOptions o;
    o.level = GraphLevel::Eni;
    const GraphLayout l = layoutGraph(buildTopologyGraph(m_estate, o));
    const auto back = GraphLayout::deserialize(l.serialize());
    QVERIFY(back);
    QCOMPARE(back->nodes.size(), l.nodes.size());
    QCOMPARE(back->edges.size(), l.edges.size());
    QCOMPARE(back->nodes.last().rect, l.nodes.last().rect);
    QCOMPARE(back->edges.first().points, l.edges.first().points);
    QCOMPARE(back->nodeFor, l.nodeFor);
    QCOMPARE(back->bounds, l.bounds);
    QVERIFY(!GraphLayout::deserialize(QByteArray("not a layout")));
}

void TestGraphLayout::cacheFollowsTheTopology()
{
    GraphOptions o;
    QVERIFY(!loadCachedLayout(*m_ws, o));
    const GraphLayout l = layoutGraph(buildTopologyGraph(m_estate, o));
    storeCachedLayout(*m_ws, o, l);
    const auto cached = loadCachedLayout(*m_ws, o);
    QVERIFY(cached);
    QCOMPARE(cached->nodes.size(), l.nodes.size());
    GraphOptions other = o;
    other.level = GraphLevel::Vpc;
    QVERIFY(!loadCachedLayout(*m_ws, other));
    // A new snapshot of the same scope makes the stored layout stale.
    importTopology(*m_ws, {test::sourcePath(QStringLiteral("resources/sample/topology/describe-vpcs.json"))},
                   QDateTime::currentDateTimeUtc());
    QVERIFY(!loadCachedLayout(*m_ws, o));
}

void TestGraphLayout::batfishLabs_data()
{
    QTest::addColumn<QString>("lab");
    QTest::newRow("multi-account peering and TGW") << QStringLiteral("aws_multi_account_vpc_peering_tgw");
    QTest::newRow("TGW multi-AZ") << QStringLiteral("aws_tgw_multi_az_intra_region");
    QTest::newRow("VPC endpoints") << QStringLiteral("aws_vpc_endpoints");
}

void TestGraphLayout::batfishLabs()
{
    VPCLENS_REQUIRE_SHARED();
    QFETCH(QString, lab);
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("lab.vpclens")), &error);
    QVERIFY(ws);
    QVERIFY(importTopology(*ws, {test::sharedPath(QStringLiteral("data/real/batfish-lab-validation/snapshots/%1/aws_configs").arg(lab))})
                .snapshotId > 0);
    const Estate estate = loadEstate(*ws);
    for (GraphLevel level : {GraphLevel::Vpc, GraphLevel::Subnet, GraphLevel::Eni}) {
        GraphOptions o;
        o.level = level;
        const TopologyGraph g = buildTopologyGraph(estate, o);
        QVERIFY(!g.nodes.isEmpty());
        const GraphLayout l = layoutGraph(g);
        const QString problem = geometryProblem(g, l);
        QVERIFY2(problem.isEmpty(), qPrintable(graphLevelName(level) + QStringLiteral(": ") + problem));
    }
}

QTEST_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
