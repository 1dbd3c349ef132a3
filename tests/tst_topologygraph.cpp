// SPDX-License-Identifier: GPL-3.0-or-later
// The graph built from the sample estate. Expected nodes, clusters and edges were counted by hand from
// resources/sample/topology: 2 VPCs, 8 subnets over 2 AZs each, 4 route tables (3 in shop-prod, the
// main table of shared-services), 4 NACLs, one IGW, NAT gateway, S3 gateway endpoint and peering.
#include "graph/topologygraph.h"
#include "ingest/topologyimporter.h"
#include "testfiles.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vpclens;

namespace {
const QString kShop = QStringLiteral("vpc-0a1b2c3d4e5f60001");
const QString kShared = QStringLiteral("vpc-0a1b2c3d4e5f60002");
const QString kNat = QStringLiteral("nat-0c0ffee000000a002");
const QString kPcx = QStringLiteral("pcx-0c0ffee000000a003");

QHash<QString, int> kindCounts(const TopologyGraph &g)
{
    QHash<QString, int> out;
    for (const GraphNode &n : g.nodes)
        ++out[n.kind];
    return out;
}

const GraphEdge *edge(const TopologyGraph &g, const QString &from, const QString &to)
{
    for (const GraphEdge &e : g.edges)
        if (e.from == from && e.to == to)
            return &e;
    return nullptr;
}
} // namespace

class TestTopologyGraph : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void subnetLevel();
    void vpcLevel();
    void eniLevel();
    void oneVpcShowsItsPeerAsOneNode();
    void collapsedVpc();
    void securityGroupsOnlyWhenAsked();
    void optionsKeyDiffers();
    void vpcWithoutSubnetsIsDrawn();
    void publicSubnetsOfARealLab();
    void mirrorSessionsAreDrawn();

private:
    QTemporaryDir m_dir;
    Estate m_estate;
};

void TestTopologyGraph::initTestCase()
{
    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("t.vpclens")), &error);
    QVERIFY(ws);
    importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
    m_estate = loadEstate(*ws);
}

void TestTopologyGraph::subnetLevel()
{
    const TopologyGraph g = buildTopologyGraph(m_estate, {});
    const auto kinds = kindCounts(g);
    QCOMPARE(kinds.value(QStringLiteral("subnet")), 8);
    // Route tables and NACLs are badges on their subnets, not nodes wired to each of them.
    QCOMPARE(kinds.value(QStringLiteral("rtb")), 0);
    QCOMPARE(kinds.value(QStringLiteral("nacl")), 0);
    QCOMPARE(kinds.value(QStringLiteral("igw")), 1);
    QCOMPARE(kinds.value(QStringLiteral("nat")), 1);
    QCOMPARE(kinds.value(QStringLiteral("vpce")), 1);
    QCOMPARE(kinds.value(QStringLiteral("pcx")), 3); // the peering, and each VPC's end of it on its border
    QCOMPARE(kinds.value(QStringLiteral("internet")), 1);
    QCOMPARE(kinds.value(QStringLiteral("eni")), 0);
    QCOMPARE(g.nodes.size(), 15);
    QCOMPARE(g.clusters.size(), 6); // 2 VPCs, 2 AZs each
    const GraphNode *appA = g.node(QStringLiteral("subnet-0aa0000000000a010"));
    QVERIFY(appA);
    QCOMPARE(appA->badges, QStringList({QStringLiteral("RT private-rt"), QStringLiteral("ACL shop-default")}));
    // private-rt: 0.0.0.0/0 to the NAT, the S3 prefix list to the endpoint, 10.20.0.0/16 to the peering,
    // listed on the subnet and drawn from it to each target (the peering through shop-prod's end).
    QVERIFY2(appA->label.contains(QStringLiteral("0.0.0.0/0 → NAT")) && appA->label.contains(QStringLiteral("pl-6ea54007 → endpoint"))
                 && appA->label.contains(QStringLiteral("10.20.0.0/16 → peering")),
             qPrintable(appA->label));
    QCOMPARE(edge(g, appA->id, kNat)->label, QStringLiteral("0.0.0.0/0"));
    QCOMPARE(edge(g, appA->id, QStringLiteral("vpce-0c0ffee000000a004"))->label, QStringLiteral("pl-6ea54007"));
    const QString shopEnd = kPcx + QLatin1Char('@') + kShop;
    QCOMPARE(edge(g, appA->id, shopEnd)->label, QStringLiteral("10.20.0.0/16"));
    QVERIFY(edge(g, shopEnd, kPcx));
    QVERIFY(edge(g, kPcx + QLatin1Char('@') + kShared, kPcx));
    QVERIFY(edge(g, QStringLiteral("igw-0c0ffee000000a001"), QLatin1String(kInternetNode)));
    // Routes: public 2 x (IGW, peering), app 2 x (NAT, endpoint, peering), data 2 x endpoint, tools
    // 2 x peering = 14; IGW to the Internet; each VPC's end of the peering to it.
    QCOMPARE(g.edges.size(), 17);
    // Tiers: public (0.0.0.0/0 to the IGW), private (to the NAT), isolated (no default route).
    QCOMPARE(g.places.value(QStringLiteral("subnet-0aa0000000000a001")).tier, SubnetTier::Public);
    QCOMPARE(g.places.value(QStringLiteral("subnet-0aa0000000000b010")).tier, SubnetTier::Private);
    QCOMPARE(g.places.value(QStringLiteral("subnet-0aa0000000000a020")).tier, SubnetTier::Isolated);
    QCOMPARE(g.places.value(QStringLiteral("subnet-0bb0000000000b001")).tier, SubnetTier::Isolated);
    QCOMPARE(g.places.value(QStringLiteral("subnet-0bb0000000000b001")).az, QStringLiteral("eu-central-1b"));
    QCOMPARE(g.places.size(), 8);
    QVERIFY(g.node(QStringLiteral("subnet-0aa0000000000a001"))->label.contains(QStringLiteral("public")));
    QVERIFY(g.node(QStringLiteral("subnet-0aa0000000000a020"))->label.contains(QStringLiteral("isolated")));
    QCOMPARE(g.node(QStringLiteral("subnet-0aa0000000000a001"))->cluster, kShop + QStringLiteral("/eu-central-1a"));
    QCOMPARE(g.node(kNat)->subnet, QStringLiteral("subnet-0aa0000000000a001")); // drawn inside its subnet
    QCOMPARE(g.nodeFor.value(QStringLiteral("eni-01000000000000003")), QStringLiteral("subnet-0aa0000000000a001"));
    QCOMPARE(g.groups(), QStringList({kShop, kShared}));
    QVERIFY(g.node(kPcx)->group.isEmpty()); // shared between the VPCs
    // On the border: the IGW at the top, each end of the peering on the right.
    QCOMPARE(borderSide(*g.node(QStringLiteral("igw-0c0ffee000000a001"))), BorderSide::Top);
    QCOMPARE(borderSide(*g.node(shopEnd)), BorderSide::Right);
    QCOMPARE(borderSide(*g.node(kPcx)), BorderSide::None);
}

void TestTopologyGraph::vpcLevel()
{
    GraphOptions o;
    o.level = GraphLevel::Vpc;
    const TopologyGraph g = buildTopologyGraph(m_estate, o);
    QCOMPARE(g.nodes.size(), 3); // 2 VPCs and the Internet; the IGW is a badge on its VPC
    QVERIFY(g.clusters.isEmpty());
    const GraphEdge *peering = edge(g, kShop, kShared);
    QVERIFY(peering);
    QCOMPARE(peering->kind, QStringLiteral("peering"));
    QCOMPARE(peering->label, kPcx);
    QVERIFY(g.node(kShop)->label.contains(QStringLiteral("6 subnets")));
    QCOMPARE(g.node(kShop)->badges, QStringList({QStringLiteral("IGW igw-0c0ffee000000a001")}));
    QVERIFY(g.node(kShared)->badges.isEmpty());
    QCOMPARE(g.nodeFor.value(QStringLiteral("subnet-0bb0000000000b001")), kShared);
}

void TestTopologyGraph::eniLevel()
{
    GraphOptions o;
    o.level = GraphLevel::Eni;
    const TopologyGraph g = buildTopologyGraph(m_estate, o);
    QCOMPARE(g.clusters.size(), 14); // 2 VPCs, 4 AZs, 8 subnets
    int subnets = 0;
    for (const GraphCluster &c : g.clusters)
        subnets += c.kind == QLatin1String("subnet");
    QCOMPARE(subnets, 8);
    QCOMPARE(kindCounts(g).value(QStringLiteral("subnet")), 0);
    // tools-b has no interfaces: a placeholder keeps its box; the NAT gateway's ENI is the NAT node.
    const GraphNode *empty = g.node(QStringLiteral("subnet-0bb0000000000b001/empty"));
    QVERIFY(empty);
    QCOMPARE(empty->cluster, QStringLiteral("subnet-0bb0000000000b001"));
    QCOMPARE(g.node(kNat)->cluster, QStringLiteral("subnet-0aa0000000000a001"));
    QCOMPARE(g.nodeFor.value(m_estate.natGateways.value(kNat).eniId), kNat);
    QCOMPARE(kindCounts(g).value(QStringLiteral("eni")), m_estate.enis.size() - 1);
    QVERIFY(edge(g, QStringLiteral("subnet-0aa0000000000a010"), kNat)); // from the subnet's box
    // Interfaces by their instance's Name tag (describe-instances: i-0100000000000003a is "bastion"),
    // the ids in the tooltip.
    const GraphNode *bastion = g.node(QStringLiteral("eni-01000000000000003"));
    QVERIFY(bastion);
    QVERIFY2(bastion->label.startsWith(QStringLiteral("bastion\n")), qPrintable(bastion->label));
    QVERIFY(bastion->tooltip.contains(QStringLiteral("i-0100000000000003a")));
    for (const GraphCluster &c : g.clusters)
        if (c.id == QLatin1String("subnet-0aa0000000000a010"))
            QCOMPARE(c.badges, QStringList({QStringLiteral("RT private-rt"), QStringLiteral("ACL shop-default")}));
}

void TestTopologyGraph::oneVpcShowsItsPeerAsOneNode()
{
    GraphOptions o;
    o.vpc = kShared;
    const TopologyGraph g = buildTopologyGraph(m_estate, o);
    QVERIFY(g.node(kShop));
    QCOMPARE(g.node(kShop)->kind, QStringLiteral("vpc"));
    QVERIFY(!g.node(QStringLiteral("subnet-0aa0000000000a001")));
    QVERIFY(g.node(QStringLiteral("subnet-0bb0000000000a001")));
    QCOMPARE(g.nodeFor.value(QStringLiteral("subnet-0aa0000000000a001")), kShop);
}

void TestTopologyGraph::collapsedVpc()
{
    GraphOptions o;
    o.collapsed = {kShop};
    const TopologyGraph g = buildTopologyGraph(m_estate, o);
    QCOMPARE(g.node(kShop)->kind, QStringLiteral("vpc"));
    QCOMPARE(g.nodeFor.value(QStringLiteral("eni-01000000000000003")), kShop);
    QVERIFY(!g.node(QStringLiteral("subnet-0aa0000000000a010")));
    for (const GraphEdge &e : g.edges)
        QVERIFY2(e.from != e.to, qPrintable(e.from));
}

void TestTopologyGraph::securityGroupsOnlyWhenAsked()
{
    GraphOptions o;
    o.level = GraphLevel::Eni;
    QCOMPARE(kindCounts(buildTopologyGraph(m_estate, o)).value(QStringLiteral("sg")), 0);
    o.securityGroups = true;
    const TopologyGraph g = buildTopologyGraph(m_estate, o);
    int used = 0;
    for (const SecurityGroup &sg : m_estate.securityGroups)
        used += std::any_of(m_estate.enis.begin(), m_estate.enis.end(), [&](const Eni &n) { return n.groups.contains(sg.id); });
    QCOMPARE(kindCounts(g).value(QStringLiteral("sg")), used);
    QVERIFY(used > 0);
}

void TestTopologyGraph::optionsKeyDiffers()
{
    GraphOptions a, b;
    b.level = GraphLevel::Eni;
    QVERIFY(a.key() != b.key());
    b = a;
    b.nacls = false;
    QVERIFY(a.key() != b.key());
    QCOMPARE(graphLevelFromName(QStringLiteral("eni")), std::optional(GraphLevel::Eni));
    QVERIFY(!graphLevelFromName(QStringLiteral("az")));
}

void TestTopologyGraph::vpcWithoutSubnetsIsDrawn()
{
    // Only describe-vpcs exported: both VPCs still get a box (a cluster holding a note), not nothing.
    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("vpcs-only.vpclens")), &error);
    QVERIFY(ws);
    importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology/describe-vpcs.json"))});
    const Estate estate = loadEstate(*ws);
    QCOMPARE(estate.vpcs.size(), 2);
    const TopologyGraph g = buildTopologyGraph(estate, {});
    for (const QString &vpc : {kShop, kShared}) {
        QVERIFY(std::any_of(g.clusters.cbegin(), g.clusters.cend(), [&](const GraphCluster &c) { return c.id == vpc; }));
        QVERIFY(std::any_of(g.nodes.cbegin(), g.nodes.cend(), [&](const GraphNode &n) { return n.cluster == vpc && n.kind == QLatin1String("empty"); }));
    }
    // The full sample has subnets in both VPCs: no such note directly in a VPC.
    for (const GraphNode &n : buildTopologyGraph(m_estate, {}).nodes)
        QVERIFY(n.kind != QLatin1String("empty") || (n.cluster != kShop && n.cluster != kShared));
}

// aws_demo (a real Batfish lab): a subnet is public when its route table (its own association, else
// its VPC's main table) has 0.0.0.0/0 or ::/0 to an internet gateway, read here from RouteTables.json.
void TestTopologyGraph::publicSubnetsOfARealLab()
{
    VPCLENS_REQUIRE_SHARED();
    const QString root = test::sharedPath(QStringLiteral("data/real/batfish-lab-validation/snapshots/aws_demo/aws_configs"));
    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("lab.vpclens")), &error);
    QVERIFY(ws);
    importTopology(*ws, {root});
    const TopologyGraph g = buildTopologyGraph(loadEstate(*ws), {});
    QHash<QString, bool> expected; // subnet -> public
    int publicSubnets = 0;
    QDirIterator files(root, {QStringLiteral("RouteTables.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QHash<QString, bool> mainOfVpc;
        QHash<QString, bool> explicitSubnet;
        for (const QJsonValue v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("RouteTables")).toArray()) {
            const QJsonObject t = v.toObject();
            bool toIgw = false;
            for (const QJsonValue r : t.value(QStringLiteral("Routes")).toArray()) {
                const QJsonObject o = r.toObject();
                const bool defaultRoute = o.value(QStringLiteral("DestinationCidrBlock")).toString() == QLatin1String("0.0.0.0/0")
                                          || o.value(QStringLiteral("DestinationIpv6CidrBlock")).toString() == QLatin1String("::/0");
                toIgw = toIgw || (defaultRoute && o.value(QStringLiteral("GatewayId")).toString().startsWith(QLatin1String("igw-")));
            }
            for (const QJsonValue a : t.value(QStringLiteral("Associations")).toArray()) {
                const QJsonObject o = a.toObject();
                if (o.value(QStringLiteral("Main")).toBool())
                    mainOfVpc.insert(t.value(QStringLiteral("VpcId")).toString(), toIgw);
                else if (o.contains(QStringLiteral("SubnetId")))
                    explicitSubnet.insert(o.value(QStringLiteral("SubnetId")).toString(), toIgw);
            }
        }
        QFile subnets(QFileInfo(f.fileName()).dir().filePath(QStringLiteral("Subnets.json")));
        QVERIFY(subnets.open(QIODevice::ReadOnly));
        for (const QJsonValue v : QJsonDocument::fromJson(subnets.readAll()).object().value(QStringLiteral("Subnets")).toArray()) {
            const QString id = v.toObject().value(QStringLiteral("SubnetId")).toString();
            const bool isPublic = explicitSubnet.contains(id) ? explicitSubnet.value(id) : mainOfVpc.value(v.toObject().value(QStringLiteral("VpcId")).toString());
            expected.insert(id, isPublic);
            publicSubnets += isPublic;
        }
    }
    QVERIFY(publicSubnets > 0);
    int checked = 0;
    for (const GraphNode &n : g.nodes)
        if (n.kind == QLatin1String("subnet") && expected.contains(n.id)) {
            QCOMPARE(g.places.value(n.id).tier == SubnetTier::Public, expected.value(n.id));
            QVERIFY(n.label.split(QLatin1Char('\n')).value(1).endsWith(subnetTierName(g.places.value(n.id).tier)));
            ++checked;
        }
    QCOMPARE(checked, expected.size());
}

// The slides' use case "mirror TCP from the source to one target": db-2's interface mirrored to the
// bastion's (a network-interface target), the filter copying TCP in both directions; and a second
// session to a load balancer, which the graph does not draw as a node: a badge says where it goes.
void TestTopologyGraph::mirrorSessionsAreDrawn()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("m.vpclens")), &error);
    QVERIFY(ws);
    const QDir d(dir.path());
    const QStringList files = {
        test::writeFile(d, QStringLiteral("describe-traffic-mirror-sessions.json"), R"({"TrafficMirrorSessions": [
            {"TrafficMirrorSessionId": "tms-01", "NetworkInterfaceId": "eni-01000000000000007", "TrafficMirrorTargetId": "tmt-eni",
             "TrafficMirrorFilterId": "tmf-tcp", "VirtualNetworkId": 2317549, "SessionNumber": 1},
            {"TrafficMirrorSessionId": "tms-02", "NetworkInterfaceId": "eni-01000000000000006", "TrafficMirrorTargetId": "tmt-nlb",
             "TrafficMirrorFilterId": "tmf-tcp", "VirtualNetworkId": 42, "SessionNumber": 1}]})"),
        test::writeFile(d, QStringLiteral("describe-traffic-mirror-targets.json"), R"({"TrafficMirrorTargets": [
            {"TrafficMirrorTargetId": "tmt-eni", "NetworkInterfaceId": "eni-01000000000000003", "Type": "network-interface"},
            {"TrafficMirrorTargetId": "tmt-nlb", "NetworkLoadBalancerArn": "arn:aws:elasticloadbalancing:eu-central-1:111122223333:loadbalancer/net/ids/0123", "Type": "network-load-balancer"}]})"),
        test::writeFile(d, QStringLiteral("describe-traffic-mirror-filters.json"), R"({"TrafficMirrorFilters": [
            {"TrafficMirrorFilterId": "tmf-tcp", "NetworkServices": [],
             "IngressFilterRules": [{"RuleNumber": 100, "RuleAction": "accept", "Protocol": 6, "DestinationCidrBlock": "0.0.0.0/0", "SourceCidrBlock": "0.0.0.0/0"}],
             "EgressFilterRules": [{"RuleNumber": 100, "RuleAction": "accept", "Protocol": 6, "DestinationCidrBlock": "0.0.0.0/0", "SourceCidrBlock": "0.0.0.0/0"},
                                   {"RuleNumber": 50, "RuleAction": "reject", "Protocol": 6, "DestinationPortRange": {"FromPort": 22, "ToPort": 22},
                                    "DestinationCidrBlock": "0.0.0.0/0", "SourceCidrBlock": "0.0.0.0/0"}]}]})")};
    importTopology(*ws, QStringList{test::sourcePath(QStringLiteral("resources/sample/topology"))} + files);
    const Estate estate = loadEstate(*ws);
    // The filter as AWS reads it: the lowest number first; no rule matching is not copied.
    const MirrorFilter f = estate.mirrorFilters.value(QStringLiteral("tmf-tcp"));
    const IpAddress a(0x0a0a152a), b(0x0a0a0014);
    QVERIFY(f.copies(true, 6, b, a, 40000, 5432));
    QVERIFY(f.copies(false, 6, a, b, 5432, 40000));
    QVERIFY(!f.copies(false, 6, a, b, 40000, 22)); // rule 50 rejects before rule 100 accepts
    QVERIFY(!f.copies(true, 17, b, a, 40000, 53));
    GraphOptions o;
    o.level = GraphLevel::Eni;
    const TopologyGraph g = buildTopologyGraph(estate, o);
    const GraphEdge *mirror = edge(g, QStringLiteral("eni-01000000000000007"), QStringLiteral("eni-01000000000000003"));
    QVERIFY(mirror);
    QCOMPARE(mirror->kind, QStringLiteral("mirror"));
    QCOMPARE(mirror->label, QStringLiteral("mirror VNI 2317549 · in: tcp; out: tcp"));
    const GraphNode *db1 = g.node(QStringLiteral("eni-01000000000000006"));
    QVERIFY(db1);
    QVERIFY2(db1->badges.join(QLatin1Char(' ')).contains(QLatin1String("loadbalancer/net/ids")), qPrintable(db1->badges.join(QLatin1Char('|'))));
}

QTEST_MAIN(TestTopologyGraph)
#include "tst_topologygraph.moc"
