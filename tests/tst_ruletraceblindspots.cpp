// SPDX-License-Identifier: GPL-3.0-or-later
// What the trace used to get wrong at the edges of the model, each case from the AWS documentation:
// traffic security groups and NACLs never filter ("Network ACL basics", "Security group rules":
// Amazon DNS, DHCP, instance metadata, Time Sync, the VPC router's reserved address), a route to an
// appliance (the packet meets the appliance's subnet NACL and security groups first), a source on
// premises behind a virtual private gateway, the internet and a private address, and a route table
// that was not exported. The estates are the sample's JSON, edited here where a case needs it.
#include "ingest/topologyimporter.h"
#include "overlay/trafficoverlay.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "trace/ruletrace.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace vpclens;

namespace {

Packet packet(const char *src, const char *dst, int protocol, int port)
{
    Packet p;
    p.src = *parseIp(src);
    p.dst = *parseIp(dst);
    p.protocol = protocol;
    if (protocol == 1) {
        p.icmpType = 8;
        p.icmpCode = 0;
    } else {
        p.dstPort = port;
    }
    return p;
}

// The sample's topology copied into `dir`, each JSON file passed through `edit` (file name, document).
bool copySample(const QString &dir, const std::function<void(const QString &, QJsonObject &)> &edit)
{
    const QDir from(test::sourcePath(QStringLiteral("resources/sample/topology")));
    for (const QString &name : from.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile in(from.filePath(name));
        if (!in.open(QIODevice::ReadOnly))
            return false;
        QJsonObject doc = QJsonDocument::fromJson(in.readAll()).object();
        edit(name, doc);
        if (doc.isEmpty())
            continue; // left out of the export
        QFile out(QDir(dir).filePath(name));
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(QJsonDocument(doc).toJson());
    }
    return true;
}

// Replaces the objects of doc[key] whose idKey is id by what `edit` makes of them.
void editItem(QJsonObject &doc, const char *key, const char *idKey, const QString &id, const std::function<void(QJsonObject &)> &edit)
{
    if (!doc.contains(QLatin1String(key)))
        return;
    QJsonArray items = doc.value(QLatin1String(key)).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject o = items[i].toObject();
        if (o.value(QLatin1String(idKey)).toString() == id) {
            edit(o);
            items[i] = o;
        }
    }
    doc.insert(QLatin1String(key), items);
}

void append(QJsonObject &o, const char *key, const QJsonObject &item)
{
    QJsonArray a = o.value(QLatin1String(key)).toArray();
    a.append(item);
    o.insert(QLatin1String(key), a);
}

} // namespace

class TestRuleTraceBlindSpots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void neverFiltered_data();
    void neverFiltered();
    void internetToAPrivateAddress();
    void onPremisesBehindAVirtualPrivateGateway();
    void routeToAnAppliance();
    void routeTableNotExported();

private:
    Estate load(const QString &name, const std::function<void(const QString &, QJsonObject &)> &edit);
    QTemporaryDir m_dir;
    Estate m_sample;
    std::vector<std::unique_ptr<Workspace>> m_workspaces;
};

Estate TestRuleTraceBlindSpots::load(const QString &name, const std::function<void(const QString &, QJsonObject &)> &edit)
{
    const QString dir = m_dir.filePath(name);
    QDir().mkpath(dir);
    if (!copySample(dir, edit))
        qFatal("cannot copy the sample");
    QString error;
    auto ws = Workspace::open(dir + QStringLiteral(".vpclens"), &error);
    if (!ws)
        qFatal("%s", qPrintable(error));
    importTopology(*ws, {dir});
    Estate e = loadEstate(*ws);
    m_workspaces.push_back(std::move(ws));
    return e;
}

void TestRuleTraceBlindSpots::initTestCase()
{
    m_sample = load(QStringLiteral("sample"), [](const QString &, QJsonObject &) {});
    QCOMPARE(m_sample.enis.size(), 9);
}

void TestRuleTraceBlindSpots::neverFiltered_data()
{
    QTest::addColumn<QString>("dst");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("service");
    // From the database 10.10.20.41, whose group has no egress rule and whose NACL allows only
    // 1024-65535 and 443 out: anything filtered would be rejected.
    QTest::newRow("metadata") << "169.254.169.254" << 6 << 80 << "instance metadata";
    QTest::newRow("metadata IPv6") << "fd00:ec2::254" << 6 << 80 << "instance metadata";
    QTest::newRow("time sync") << "169.254.169.123" << 17 << 123 << "Time Sync";
    QTest::newRow("resolver at the VPC base + 2") << "10.10.0.2" << 17 << 53 << "DNS";
    QTest::newRow("resolver link-local") << "169.254.169.253" << 17 << 53 << "DNS";
    QTest::newRow("DHCP") << "255.255.255.255" << 17 << 67 << "DHCP";
    QTest::newRow("the VPC router") << "10.10.20.1" << 1 << 0 << "router";
}

void TestRuleTraceBlindSpots::neverFiltered()
{
    QFETCH(QString, dst);
    QFETCH(int, protocol);
    QFETCH(int, port);
    QFETCH(QString, service);
    const QByteArray d = dst.toLatin1();
    const Trace t = RuleEvaluator(m_sample).trace(packet(dst.contains(QLatin1Char(':')) ? "2600:1f18::1" : "10.10.20.41", d.constData(), protocol, port));
    QCOMPARE(t.forward.verdict, Verdict::Accept);
    QCOMPARE(t.forward.hops.size(), std::size_t(1));
    QCOMPARE(hopKindText(t.forward.hops[0].kind), QStringLiteral("unfiltered"));
    QVERIFY2(t.forward.hops[0].detail.contains(service), qPrintable(t.forward.hops[0].detail));
    QVERIFY2(t.sentence.contains(QLatin1String("flow logs do not record it")), qPrintable(t.sentence));
    // Without the special address, the same packet is rejected (the database's group has no egress).
    const Trace other = RuleEvaluator(m_sample).trace(packet("10.10.20.41", "10.10.20.99", protocol, protocol == 1 ? 0 : 9999));
    QVERIFY(other.forward.verdict != Verdict::Accept);
}

// The internet reaches an interface only through its public IPv4 address or an Elastic IP: to the
// database's private address the trace names the VPC's internet gateway and the interface.
void TestRuleTraceBlindSpots::internetToAPrivateAddress()
{
    const Trace t = RuleEvaluator(m_sample).trace(packet("198.51.100.7", "10.10.20.41", 6, 5432));
    QCOMPARE(t.forward.verdict, Verdict::NoRoute);
    QCOMPARE(t.forward.hops.back().id, QStringLiteral("igw-0c0ffee000000a001"));
    QCOMPARE(t.forward.hops.back().target, QStringLiteral("eni-01000000000000006"));
    QVERIFY2(t.sentence.contains(QLatin1String("public IPv4")), qPrintable(t.sentence));
    QVERIFY2(!t.sentence.contains(QLatin1String("no interface answers")), qPrintable(t.sentence));
    QVERIFY2(!t.sentence.contains(QLatin1String("route table :")), qPrintable(t.sentence));
}

// A propagated route 10.200.0.0/16 -> vgw- in the app subnets' table and an app-sg rule for tcp/8080
// from it: on-premises 10.200.3.4 reaches app-1 on 8080 (private NACL allows all, the group allows
// it, the reply goes back to the gateway) and not on 22 (the group allows 22 from the bastion only).
void TestRuleTraceBlindSpots::onPremisesBehindAVirtualPrivateGateway()
{
    const Estate e = load(QStringLiteral("vgw"), [](const QString &, QJsonObject &doc) {
        editItem(doc, "RouteTables", "RouteTableId", QStringLiteral("rtb-0f000000000000a02"), [](QJsonObject &t) {
            append(t, "Routes", QJsonObject{{"DestinationCidrBlock", "10.200.0.0/16"}, {"GatewayId", "vgw-0c0ffee00000000aa"},
                                            {"Origin", "EnableVgwRoutePropagation"}, {"State", "active"}});
        });
        editItem(doc, "SecurityGroups", "GroupId", QStringLiteral("sg-0d00000000000app1"), [](QJsonObject &g) {
            append(g, "IpPermissions", QJsonObject{{"IpProtocol", "tcp"}, {"FromPort", 8080}, {"ToPort", 8080},
                                                   {"IpRanges", QJsonArray{QJsonObject{{"CidrIp", "10.200.0.0/16"}}}}});
        });
    });
    const Trace ok = RuleEvaluator(e).trace(packet("10.200.3.4", "10.10.10.31", 6, 8080));
    QCOMPARE(ok.forward.verdict, Verdict::Accept);
    QCOMPARE(ok.forward.hops.front().target, QStringLiteral("vgw-0c0ffee00000000aa"));
    QCOMPARE(hopKindText(ok.forward.hops.back().kind), QStringLiteral("sg-ingress"));
    QVERIFY(ok.reply);
    QCOMPARE(ok.reply->verdict, Verdict::Accept);
    const Trace ssh = RuleEvaluator(e).trace(packet("10.200.3.4", "10.10.10.31", 6, 22));
    QCOMPARE(ssh.forward.verdict, Verdict::Reject);
    QCOMPARE(hopKindText(ssh.forward.hops.back().kind), QStringLiteral("sg-ingress"));
    // The sample as exported has no such route: the source cannot arrive, and the trace says why.
    const Trace none = RuleEvaluator(m_sample).trace(packet("10.200.3.4", "10.10.10.31", 6, 8080));
    QCOMPARE(none.forward.verdict, Verdict::NoRoute);
    QVERIFY2(!none.sentence.contains(QLatin1String("no interface answers")), qPrintable(none.sentence));
}

// A route 10.99.0.0/16 -> the bastion's interface (source/destination check off) in the app subnets'
// table: from app-1 the packet meets the public NACL inbound (rule 150 allows the VPC) and the
// bastion's group (ICMP echo from anywhere: yes; tcp/443: no rule) before the appliance forwards it.
void TestRuleTraceBlindSpots::routeToAnAppliance()
{
    const Estate e = load(QStringLiteral("appliance"), [](const QString &, QJsonObject &doc) {
        editItem(doc, "RouteTables", "RouteTableId", QStringLiteral("rtb-0f000000000000a02"), [](QJsonObject &t) {
            append(t, "Routes", QJsonObject{{"DestinationCidrBlock", "10.99.0.0/16"}, {"NetworkInterfaceId", "eni-01000000000000003"},
                                            {"Origin", "CreateRoute"}, {"State", "active"}});
        });
        editItem(doc, "NetworkInterfaces", "NetworkInterfaceId", QStringLiteral("eni-01000000000000003"),
                 [](QJsonObject &n) { n.insert(QStringLiteral("SourceDestCheck"), false); });
        if (doc.contains(QLatin1String("Reservations"))) { // the instance says it too (and wins)
            QJsonArray reservations = doc.value(QLatin1String("Reservations")).toArray();
            for (qsizetype r = 0; r < reservations.size(); ++r) {
                QJsonObject reservation = reservations[r].toObject();
                editItem(reservation, "Instances", "PrivateIpAddress", QStringLiteral("10.10.0.20"),
                         [](QJsonObject &i) { i.insert(QStringLiteral("SourceDestCheck"), false); });
                reservations[r] = reservation;
            }
            doc.insert(QLatin1String("Reservations"), reservations);
        }
    });
    const Trace ping = RuleEvaluator(e).trace(packet("10.10.10.31", "10.99.1.1", 1, 0));
    QCOMPARE(ping.forward.verdict, Verdict::Accept);
    QStringList kinds;
    for (const Hop &h : ping.forward.hops)
        kinds << hopKindText(h.kind);
    QCOMPARE(kinds.mid(kinds.indexOf(QStringLiteral("route"))),
             (QStringList{"route", "nacl-ingress", "sg-ingress", "appliance"}));
    QVERIFY2(ping.sentence.contains(QLatin1String("appliance")), qPrintable(ping.sentence));
    const Trace https = RuleEvaluator(e).trace(packet("10.10.10.31", "10.99.1.1", 6, 443));
    QCOMPARE(https.forward.verdict, Verdict::Reject);
    QCOMPARE(hopKindText(https.forward.hops.back().kind), QStringLiteral("sg-ingress"));
}

// Without describe-route-tables the routes are unknown, not absent: never NO_ROUTE, never a red line.
void TestRuleTraceBlindSpots::routeTableNotExported()
{
    const Estate e = load(QStringLiteral("no-routes"), [](const QString &name, QJsonObject &doc) {
        if (name.contains(QLatin1String("route-tables")))
            doc = {};
    });
    QVERIFY(e.routeTables.isEmpty());
    const Trace t = RuleEvaluator(e).trace(packet("10.10.10.31", "10.10.20.41", 6, 5432));
    QCOMPARE(t.forward.verdict, Verdict::Unknown);
    QCOMPARE(t.forward.hops.back().result, QStringLiteral("unknown"));
    QVERIFY2(t.sentence.contains(QLatin1String("not exported")), qPrintable(t.sentence));
    QHash<QString, QString> nodeFor;
    for (const Eni &n : e.enis)
        nodeFor.insert(n.id, n.id);
    bool appToDb = false; // allowed by db-sg; only the unknown route stands between
    for (const OverlayEdge &edge : configuredReachability(e, nodeFor))
        if (edge.from == QLatin1String("eni-01000000000000004") && edge.to == QLatin1String("eni-01000000000000006")) {
            appToDb = true;
            QVERIFY(!edge.blocked);
        }
    QVERIFY(appToDb);
}

QTEST_GUILESS_MAIN(TestRuleTraceBlindSpots)
#include "tst_ruletraceblindspots.moc"
