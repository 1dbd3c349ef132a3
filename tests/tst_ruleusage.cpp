// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions kept with the records, on an estate small enough to decide by hand from the AWS
// documentation: security groups allow only and are stateful (a reply meets no group), NACLs are
// stateless and the lowest-numbered matching entry decides, on ingress the NACL is met before the
// groups. Each record's expected deciding rule is written beside it.
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "query/flowfilter.h"
#include "query/flowsearch.h"
#include "query/ruleusage.h"
#include "topology/estate.h"
#include "trace/flowexplainer.h"
#include "workspace/decisioncolumn.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

namespace {

// One VPC, two subnets. eni-1 (10.0.1.10, group web) logs; eni-2 (10.0.2.20, group idle) never does.
const char *kTopology[][2] = {
    {"vpcs.json", R"({"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16", "OwnerId": "111122223333"}]})"},
    {"igw.json", R"({"InternetGateways": [{"InternetGatewayId": "igw-1", "Attachments": [{"VpcId": "vpc-1", "State": "available"}]}]})"},
    {"subnets.json", R"({"Subnets": [
        {"SubnetId": "subnet-1", "VpcId": "vpc-1", "CidrBlock": "10.0.1.0/24", "AvailabilityZone": "eu-west-1a"},
        {"SubnetId": "subnet-2", "VpcId": "vpc-1", "CidrBlock": "10.0.2.0/24", "AvailabilityZone": "eu-west-1a"}]})"},
    {"groups.json", R"({"SecurityGroups": [
        {"GroupId": "sg-web", "GroupName": "web", "VpcId": "vpc-1",
         "IpPermissions": [
            {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": "203.0.113.0/24"}]},
            {"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "0.0.0.0/0"}], "Ipv6Ranges": [{"CidrIpv6": "::/0"}]}],
         "IpPermissionsEgress": [{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]},
        {"GroupId": "sg-idle", "GroupName": "idle", "VpcId": "vpc-1",
         "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 3389, "ToPort": 3389, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}],
         "IpPermissionsEgress": []}]})"},
    {"group-rules.json", R"({"SecurityGroupRules": [
        {"SecurityGroupRuleId": "sgr-0000000000000ssh", "GroupId": "sg-web", "IsEgress": false, "IpProtocol": "tcp",
         "FromPort": 22, "ToPort": 22, "CidrIpv4": "203.0.113.0/24"}]})"},
    {"nacls.json", R"({"NetworkAcls": [
        {"NetworkAclId": "acl-1", "VpcId": "vpc-1", "IsDefault": false,
         "Associations": [{"SubnetId": "subnet-1"}],
         "Entries": [
            {"RuleNumber": 100, "Egress": false, "Protocol": "6", "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 22, "To": 22}},
            {"RuleNumber": 110, "Egress": false, "Protocol": "6", "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 1024, "To": 65535}},
            {"RuleNumber": 200, "Egress": false, "Protocol": "-1", "RuleAction": "deny", "CidrBlock": "0.0.0.0/0"},
            {"RuleNumber": 32767, "Egress": false, "Protocol": "-1", "RuleAction": "deny", "CidrBlock": "0.0.0.0/0"},
            {"RuleNumber": 100, "Egress": true, "Protocol": "-1", "RuleAction": "allow", "CidrBlock": "0.0.0.0/0"},
            {"RuleNumber": 32767, "Egress": true, "Protocol": "-1", "RuleAction": "deny", "CidrBlock": "0.0.0.0/0"}]},
        {"NetworkAclId": "acl-2", "VpcId": "vpc-1", "IsDefault": true,
         "Associations": [{"SubnetId": "subnet-2"}],
         "Entries": [
            {"RuleNumber": 100, "Egress": false, "Protocol": "-1", "RuleAction": "allow", "CidrBlock": "0.0.0.0/0"},
            {"RuleNumber": 100, "Egress": true, "Protocol": "-1", "RuleAction": "allow", "CidrBlock": "0.0.0.0/0"}]}]})"},
    {"routes.json", R"({"RouteTables": [{"RouteTableId": "rtb-1", "VpcId": "vpc-1",
         "Associations": [{"Main": true}],
         "Routes": [{"DestinationCidrBlock": "10.0.0.0/16", "GatewayId": "local", "State": "active"},
                    {"DestinationCidrBlock": "0.0.0.0/0", "GatewayId": "igw-1", "State": "active"}]}]})"},
    {"enis.json", R"({"NetworkInterfaces": [
        {"NetworkInterfaceId": "eni-1", "SubnetId": "subnet-1", "VpcId": "vpc-1", "InterfaceType": "interface",
         "PrivateIpAddress": "10.0.1.10", "PrivateIpAddresses": [{"PrivateIpAddress": "10.0.1.10", "Primary": true}],
         "Groups": [{"GroupId": "sg-web"}]},
        {"NetworkInterfaceId": "eni-2", "SubnetId": "subnet-2", "VpcId": "vpc-1", "InterfaceType": "interface",
         "PrivateIpAddress": "10.0.2.20", "PrivateIpAddresses": [{"PrivateIpAddress": "10.0.2.20", "Primary": true}],
         "Groups": [{"GroupId": "sg-idle"}]}]})"},
};

// Version 2 records logged by eni-1, one hour apart, each with the rule that decides it.
struct Record {
    const char *line;
    const char *decidedBy;
};
const Record kRecords[] = {
    // Ingress request to 22 from the allowed /24: NACL 100 lets it in, the group's sgr- rule allows it.
    {"2 111122223333 eni-1 203.0.113.5 10.0.1.10 50000 22 6 10 840 1748764800 1748764860 ACCEPT OK", "sgr-0000000000000ssh"},
    // The same port from elsewhere: NACL 100 lets it in, no rule of sg-web allows it.
    {"2 111122223333 eni-1 198.51.100.7 10.0.1.10 40000 22 6 1 60 1748768400 1748768460 REJECT OK", "sg-web ingress: no rule allows"},
    // 443 is in neither NACL 100 (22) nor 110 (1024-65535): entry 200 denies it before any group.
    {"2 111122223333 eni-1 198.51.100.7 10.0.1.10 40001 443 6 1 60 1748772000 1748772060 REJECT OK", "acl-1 ingress 200"},
    // The reply to the first: groups are stateful, so the NACL's egress 100 decides.
    {"2 111122223333 eni-1 10.0.1.10 203.0.113.5 22 50000 6 9 1200 1748775600 1748775660 ACCEPT OK", "acl-1 egress 100"},
    // An egress request: the group's egress rule allows it (the NACL's egress 100 too).
    {"2 111122223333 eni-1 10.0.1.10 198.51.100.9 41000 443 6 5 500 1748779200 1748779260 ACCEPT OK", "sg-web egress all 0.0.0.0/0"},
};

} // namespace

class TestRuleUsage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void eachRecordKeepsItsDecidingRule();
    void ruleFieldSelectsTheRecordsARuleDecided();
    void usageCountsAndStates();
    void rangesCountWholeHours();
    void decisionBlocksRoundTrip();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Estate m_estate;
    QList<FlowRecord> m_rows;
};

void TestRuleUsage::initTestCase()
{
    QDir().mkpath(m_dir.filePath(QStringLiteral("topology")));
    for (const auto &[name, text] : kTopology) {
        QFile f(m_dir.filePath(QStringLiteral("topology/%1").arg(QLatin1String(name))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    QFile logs(m_dir.filePath(QStringLiteral("flows.log")));
    QVERIFY(logs.open(QIODevice::WriteOnly));
    logs.write("version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n");
    for (const Record &r : kRecords)
        logs.write(QByteArray(r.line) + '\n');
    logs.close();
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("w.vpclens")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    importTopology(*m_ws, {m_dir.filePath(QStringLiteral("topology"))}, QDateTime::fromSecsSinceEpoch(1748700000, Qt::UTC));
    QCOMPARE(importFlowLogs(*m_ws, {logs.fileName()}).records, qint64(std::size(kRecords)));
    const ExplainResult r = explainWorkspace(*m_ws);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.classes[std::size_t(ExplainClass::Agree)], qint64(std::size(kRecords)));
    m_estate = loadEstate(*m_ws);
    m_rows = fetchFlows(*m_ws, CompiledFilter{}, FlowKey::first(), 100);
    QCOMPARE(m_rows.size(), qsizetype(std::size(kRecords)));
}

void TestRuleUsage::eachRecordKeepsItsDecidingRule()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) // start-time order is the order above
        QCOMPARE(m_rows[i].decidedBy, QString::fromLatin1(kRecords[i].decidedBy));
}

void TestRuleUsage::ruleFieldSelectsTheRecordsARuleDecided()
{
    const auto count = [&](const QString &text) -> qint64 {
        const auto c = compileFilter(text, {m_ws.get(), &m_estate});
        if (const auto *e = std::get_if<FilterError>(&c)) {
            qWarning() << text << e->message;
            return -1;
        }
        return countFlows(*m_ws, std::get<CompiledFilter>(c));
    };
    QCOMPARE(count(QStringLiteral("rule == sgr-0000000000000ssh")), 1);
    QCOMPARE(count(QStringLiteral("rule == \"acl-1 ingress 200\"")), 1);
    // Any rule of the group: the request it allowed, the one no rule of it allowed, the egress one.
    // Neither the record the NACL refused first nor the reply met the group.
    QCOMPARE(count(QStringLiteral("rule == sg-web")), 3);
    QCOMPARE(count(QStringLiteral("rule == acl-1")), 5);
    QCOMPARE(count(QStringLiteral("rule == \"rtb-1 0.0.0.0/0\"")), 2); // the two the interface sent
    QCOMPARE(count(QStringLiteral("rule == sg-web and action == REJECT")), 1);
    QCOMPARE(count(QStringLiteral("not rule == acl-1")), 0);
    const auto unknown = compileFilter(QStringLiteral("dstport == 22 and rule == \"acl-9 ingress 1\""), {m_ws.get(), &m_estate});
    const auto *e = std::get_if<FilterError>(&unknown);
    QVERIFY(e);
    QCOMPARE(e->position, 26); // the quoted name
}

void TestRuleUsage::usageCountsAndStates()
{
    const QList<RuleUsage> rules = ruleUsage(*m_ws, m_estate);
    const auto find = [&](const QString &name) -> const RuleUsage * {
        for (const RuleUsage &u : rules)
            if (u.name == name)
                return &u;
        return nullptr;
    };
    const RuleUsage *ssh = find(QStringLiteral("sgr-0000000000000ssh"));
    QVERIFY(ssh);
    QCOMPARE(ssh->records, 1);
    QCOMPARE(ssh->connections, 1);
    QCOMPARE(ssh->bytes, 840);
    QCOMPARE(ssh->firstSeen, 1748764800);
    QCOMPARE(QLatin1String(usageState(*ssh)), QLatin1String("used"));
    // Both peers of the 443 permission are rules of their own; eni-1 logged throughout and every
    // record there was credited: no record used them, so they are unused.
    for (const char *name : {"sg-web ingress tcp 443 0.0.0.0/0", "sg-web ingress tcp 443 ::/0"}) {
        const RuleUsage *u = find(QLatin1String(name));
        QVERIFY2(u, name);
        QCOMPARE(u->records, 0);
        QCOMPARE(QLatin1String(usageState(*u)), QLatin1String("unused"));
    }
    // NACL 100 let two records in; one of them a group then refused: not refused by the entry.
    const RuleUsage *nacl100 = find(QStringLiteral("acl-1 ingress 100"));
    QVERIFY(nacl100);
    QCOMPARE(nacl100->records, 2);
    QCOMPARE(nacl100->rejected, 0);
    const RuleUsage *nacl200 = find(QStringLiteral("acl-1 ingress 200"));
    QVERIFY(nacl200);
    QCOMPARE(nacl200->rejected, 1);
    const RuleUsage *route = find(QStringLiteral("rtb-1 0.0.0.0/0"));
    QVERIFY(route);
    QCOMPARE(route->records, 2);
    QCOMPARE(route->connections, 1); // the egress request; the other is the reply
    // eni-2 never logged: its group's and its NACL's rules have no evidence, never "unused".
    for (const char *name : {"sg-idle ingress tcp 3389 0.0.0.0/0", "acl-2 ingress 100"}) {
        const RuleUsage *u = find(QLatin1String(name));
        QVERIFY2(u, name);
        QCOMPARE(QLatin1String(usageState(*u)), QLatin1String("no evidence"));
        QCOMPARE(u->notLogging, QStringList{QStringLiteral("eni-2")});
    }
    // The route table serves both subnets: eni-2 did not log, so its local route is no evidence.
    const RuleUsage *local = find(QStringLiteral("rtb-1 10.0.0.0/16"));
    QVERIFY(local);
    QCOMPARE(QLatin1String(usageState(*local)), QLatin1String("no evidence"));
}

void TestRuleUsage::rangesCountWholeHours()
{
    // The third and fourth records' hours only.
    const QList<RuleUsage> rules = ruleUsage(*m_ws, m_estate, TimeRange{1748772000, 1748775600 + 1800});
    qint64 ssh = -1, acl200 = -1, aclEgress = -1;
    for (const RuleUsage &u : rules) {
        if (u.name == QLatin1String("sgr-0000000000000ssh")) ssh = u.records;
        if (u.name == QLatin1String("acl-1 ingress 200")) acl200 = u.records;
        if (u.name == QLatin1String("acl-1 egress 100")) aclEgress = u.records;
    }
    QCOMPARE(ssh, 0);
    QCOMPARE(acl200, 1);
    QCOMPARE(aclEgress, 1);
}

void TestRuleUsage::decisionBlocksRoundTrip()
{
    for (const std::uint32_t widest : {200u, 60000u, 70000u}) {
        std::vector<std::uint32_t> ids{0, 1, widest, 7};
        const QByteArray stored = encodeDecisionBlock(ids);
        const QByteArray block = decodeDecisionBlock(stored.constData(), int(stored.size()));
        QCOMPARE(block.size(), 1 + 4 * (widest <= 255 ? 1 : widest <= 65535 ? 2 : 4));
        for (std::size_t i = 0; i < ids.size(); ++i)
            QCOMPARE(decisionInBlock(block.constData(), int(block.size()), qint64(i)), ids[i]);
        QCOMPARE(decisionInBlock(block.constData(), int(block.size()), 4), 0u);  // past the end
        QCOMPARE(decisionInBlock(block.constData(), int(block.size()) - 1, 3), 0u); // a short block
    }
    const char bad[] = {3, 1, 2, 3};
    QCOMPARE(decisionInBlock(bad, 4, 0), 0u); // a width no block has
    // A stored blob that claims to expand past a block, or is no zlib stream: nothing, not a crash.
    const char huge[] = {0x7f, 0, 0, 0, 0x78, 0x01, 0, 0};
    QVERIFY(decodeDecisionBlock(huge, sizeof huge).isEmpty());
    const char garbage[] = {0, 0, 0, 9, 1, 2, 3, 4, 5, 6};
    QVERIFY(decodeDecisionBlock(garbage, sizeof garbage).isEmpty());
    // A whole block of one decision stores in far less than a byte a record.
    const std::vector<std::uint32_t> same(std::size_t(kDecisionBlockSize), 300);
    QVERIFY(encodeDecisionBlock(same).size() < kDecisionBlockSize / 8);
}

QTEST_MAIN(TestRuleUsage)
#include "tst_ruleusage.moc"
