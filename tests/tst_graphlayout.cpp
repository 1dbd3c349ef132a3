// SPDX-License-Identifier: GPL-3.0-or-later
// Layouts: every node and cluster placed, nodes inside their clusters, sibling clusters apart, shared
// nodes above the VPCs; each subnet in its AZ's column and its tier's row, gateways on the border, no
// label covered and no line (structural or drawn over) crossing one; the cache format round-trips
// and follows the topology.
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

// The box a node is drawn inside of: its subnet's node (a NAT gateway at the subnet level), if any.
QRectF holderOf(const TopologyGraph &g, const GraphLayout &l, const GraphNode &n)
{
    return n.subnet.isEmpty() || n.cluster == n.subnet ? QRectF() : l.rectOf(n.subnet);
}

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
    QHash<QString, QRectF> holders;
    for (const GraphNode &n : g.nodes) {
        const int i = l.indexOfNode(n.id);
        if (i < 0 || l.nodes[i].rect.isEmpty())
            return QStringLiteral("node %1 not placed").arg(n.id);
        if (!n.cluster.isEmpty() && !clusters[n.cluster].contains(l.nodes[i].rect))
            return QStringLiteral("node %1 outside its cluster %2").arg(n.id, n.cluster);
        if (const QRectF holder = holderOf(g, l, n); !holder.isNull()) {
            if (!holder.contains(l.nodes[i].rect))
                return QStringLiteral("node %1 outside its subnet %2").arg(n.id, n.subnet);
            holders.insert(n.id, holder);
        }
        if (!l.bounds.contains(l.nodes[i].rect))
            return QStringLiteral("node %1 outside the bounds").arg(n.id);
        // A node on a VPC's border touches the VPC's box from outside, on its side.
        const BorderSide side = borderSide(n);
        if (side != BorderSide::None) {
            const QRectF vpc = clusters.value(n.group), r = l.nodes[i].rect;
            const bool on = (side == BorderSide::Top && qFuzzyCompare(r.bottom(), vpc.top()))
                            || (side == BorderSide::Left && qFuzzyCompare(r.right(), vpc.left()))
                            || (side == BorderSide::Right && qFuzzyCompare(r.left(), vpc.right()));
            if (!vpc.isNull() && !on)
                return QStringLiteral("node %1 not on its VPC's border").arg(n.id);
        }
    }
    for (int a = 0; a < g.clusters.size(); ++a)
        for (int b = a + 1; b < g.clusters.size(); ++b)
            if (g.clusters[a].parent == g.clusters[b].parent && clusters[g.clusters[a].id].intersects(clusters[g.clusters[b].id]))
                return QStringLiteral("clusters %1 and %2 overlap").arg(g.clusters[a].id, g.clusters[b].id);
    for (int a = 0; a < l.nodes.size(); ++a)
        for (int b = a + 1; b < l.nodes.size(); ++b) {
            const LayoutNode &x = l.nodes[a], &y = l.nodes[b];
            const bool nested = holders.value(x.id) == y.rect || holders.value(y.id) == x.rect;
            if (!nested && x.rect.intersects(y.rect))
                return QStringLiteral("nodes %1 and %2 overlap").arg(x.id, y.id);
        }
    return {};
}

// The text a layout draws outside its nodes: the start of every cluster's name (60 pt of it, less
// than the shortest name) and every tier's name.
QList<QPair<QString, QRectF>> namesOf(const GraphLayout &l)
{
    QList<QPair<QString, QRectF>> out;
    for (const LayoutCluster &c : l.clusters)
        out.append({c.id, QRectF(c.rect.left() + 8, c.rect.top() + 5, 60, 10)});
    for (const LayoutBand &b : l.bands)
        out.append({b.vpc + QLatin1Char('/') + b.label, b.labelRect.adjusted(0, 2, 0, -2)});
    return out;
}

// The text of a node or a name is never covered: no node lies on a name, and no two nodes overlap
// (but a NAT gateway in its subnet's box, checked by geometryProblem).
QString labelProblem(const GraphLayout &l)
{
    const auto names = namesOf(l);
    for (const auto &[id, name] : names)
        for (const LayoutNode &n : l.nodes)
            if (n.rect.intersects(name))
                return QStringLiteral("node %1 covers the name of %2").arg(n.id, id);
    for (int a = 0; a < names.size(); ++a)
        for (int b = a + 1; b < names.size(); ++b)
            if (names[a].second.intersects(names[b].second))
                return QStringLiteral("names of %1 and %2 overlap").arg(names[a].first, names[b].first);
    return {};
}

// A line never crosses a label: sampled along its Bézier segments, it passes through no node's text
// but its own ends' (and the boxes holding them) and through no name. `inner`: boxes a line may cross
// (the part of a subnet node holding its NAT gateway).
QString lineProblem(const GraphLayout &l, const QString &what, const QList<QPointF> &points, const QString &from, const QString &to)
{
    if (points.size() < 4 || (points.size() - 1) % 3 != 0)
        return QStringLiteral("%1: not a Bézier path").arg(what);
    const QRectF a = l.rectOf(from), b = l.rectOf(to);
    for (const LayoutCluster &c : l.clusters)
        if (c.depth == 0 && (c.id == from || c.id == to))
            return QStringLiteral("%1 ends inside the box of %2, at its name").arg(what, c.id);
    QList<QPair<QString, QRectF>> labels = namesOf(l);
    for (const LayoutNode &n : l.nodes) {
        if (n.id == from || n.id == to || n.rect.contains(a) || n.rect.contains(b))
            continue;
        // A subnet node's text is its top part (a NAT gateway's box may follow under it).
        QRectF text = n.rect;
        if (n.kind == QLatin1String("subnet"))
            text.setHeight(std::min(n.rect.height(), nodeSizeFor(n.kind, n.label, n.badges).height()));
        labels.append({n.id, text});
    }
    for (qsizetype s = 0; s + 3 < points.size(); s += 3)
        for (int k = 0; k <= 20; ++k) {
            const double t = k / 20.0, u = 1 - t;
            const QPointF p = u * u * u * points[s] + 3 * u * u * t * points[s + 1] + 3 * u * t * t * points[s + 2] + t * t * t * points[s + 3];
            if (a.adjusted(-4, -4, 4, 4).contains(p) || b.adjusted(-4, -4, 4, 4).contains(p))
                continue; // leaving or reaching its own box
            for (const auto &[id, r] : labels)
                if (r.adjusted(3, 3, -3, -3).contains(p))
                    return QStringLiteral("%1 crosses %2 at (%3, %4)").arg(what, id).arg(p.x()).arg(p.y());
        }
    return {};
}

QString linesProblem(const GraphLayout &l)
{
    for (const LayoutEdge &e : l.edges)
        if (const QString problem = lineProblem(l, e.kind + QStringLiteral(" line ") + e.from + QStringLiteral(" → ") + e.to, e.points, e.from, e.to);
            !problem.isEmpty())
            return problem;
    return {};
}

// Every subnet in its AZ's column and its tier's row: its box's centre inside the AZ's box and the
// tier band of its VPC; the tiers' rows top to bottom public, private, isolated. The AZ and tier
// come from the graph (the estate's subnets and route tables), the boxes from the layout.
QString gridProblem(const TopologyGraph &g, const GraphLayout &l)
{
    QHash<QString, QString> vpcOf;
    for (const GraphCluster &c : g.clusters)
        if (c.kind == QLatin1String("az"))
            vpcOf.insert(c.id, c.parent);
    int checked = 0;
    for (auto it = g.places.cbegin(); it != g.places.cend(); ++it) {
        const QRectF box = l.rectOf(it.key());
        QString vpc;
        for (const GraphNode &n : g.nodes)
            if (n.id == it.key())
                vpc = n.group;
        for (const GraphCluster &c : g.clusters)
            if (c.id == it.key())
                vpc = vpcOf.value(c.parent);
        if (box.isNull() || vpc.isEmpty())
            continue;
        const QRectF az = l.rectOf(vpc + QLatin1Char('/') + it->az);
        if (az.isNull() || box.center().x() < az.left() || box.center().x() > az.right())
            return QStringLiteral("subnet %1 not in the column of %2").arg(it.key(), it->az);
        bool inRow = false;
        for (const LayoutBand &b : l.bands)
            if (b.vpc == vpc && b.tier == int(it->tier))
                inRow = b.rect.contains(box);
        if (!inRow)
            return QStringLiteral("subnet %1 not in the row of its tier %2").arg(it.key(), subnetTierName(it->tier));
        ++checked;
    }
    for (const LayoutBand &a : l.bands)
        for (const LayoutBand &b : l.bands)
            if (a.vpc == b.vpc && a.tier < b.tier && a.rect.center().y() >= b.rect.center().y())
                return QStringLiteral("tier %1 below tier %2 in %3").arg(a.label, b.label, a.vpc);
    if (checked == 0 && !g.places.isEmpty())
        return QStringLiteral("no subnet checked");
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
    void overlayLinesGoAroundLabels_data();
    void overlayLinesGoAroundLabels();
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
    QTest::newRow("subnet, one VPC") << int(GraphLevel::Subnet) << false;
}

void TestGraphLayout::everyLevel()
{
    QFETCH(int, level);
    QFETCH(bool, groups);
    GraphOptions o;
    o.level = GraphLevel(level);
    o.securityGroups = groups;
    if (QByteArray(QTest::currentDataTag()).contains("one VPC"))
        o.vpc = QStringLiteral("vpc-0a1b2c3d4e5f60001"); // shop-prod, its peer shared-services as one node
    const TopologyGraph g = buildTopologyGraph(m_estate, o);
    const GraphLayout l = layoutGraph(g);
    QCOMPARE(l.nodes.size(), g.nodes.size());
    QCOMPARE(l.clusters.size(), g.clusters.size());
    for (const QString &problem : {geometryProblem(g, l), labelProblem(l), linesProblem(l), gridProblem(g, l)})
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// Lines drawn over the layout (traffic, reachability) go around every label too: every subnet to
// every other and to the Internet, routed the way the exports draw them.
void TestGraphLayout::overlayLinesGoAroundLabels_data()
{
    QTest::addColumn<int>("level");
    QTest::newRow("subnet") << int(GraphLevel::Subnet);
    QTest::newRow("eni") << int(GraphLevel::Eni);
}

void TestGraphLayout::overlayLinesGoAroundLabels()
{
    QFETCH(int, level);
    GraphOptions o;
    o.level = GraphLevel(level);
    const GraphLayout l = layoutGraph(buildTopologyGraph(m_estate, o));
    QStringList ends{QLatin1String(kInternetNode)};
    for (const Eni &n : m_estate.enis)
        if (!ends.contains(l.nodeFor.value(n.id)) && l.indexOfNode(l.nodeFor.value(n.id)) >= 0)
            ends << l.nodeFor.value(n.id);
    QList<OverlayEdge> overlay;
    for (const QString &a : ends)
        for (const QString &b : ends)
            if (a < b)
                overlay.append(OverlayEdge{a, b, 0, 0, 0, 0, 0, {}, false, false});
    QVERIFY(overlay.size() >= 28);
    const QList<QList<QPointF>> paths = routeOverlay(l, overlay);
    QCOMPARE(paths.size(), overlay.size());
    for (int i = 0; i < overlay.size(); ++i) {
        const QString problem = lineProblem(l, QStringLiteral("traffic ") + overlay[i].from + QStringLiteral(" → ") + overlay[i].to, paths[i],
                                            overlay[i].from, overlay[i].to);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
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
    QTest::newRow("demo, four VPCs") << QStringLiteral("aws_demo");
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
        for (const QString &problem : {geometryProblem(g, l), labelProblem(l), linesProblem(l), gridProblem(g, l)})
            QVERIFY2(problem.isEmpty(), qPrintable(graphLevelName(level) + QStringLiteral(": ") + problem));
    }
}

QTEST_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
