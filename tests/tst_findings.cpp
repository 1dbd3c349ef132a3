// SPDX-License-Identifier: GPL-3.0-or-later
// The review checks on an estate built so that each finding follows from the AWS documentation
// (security groups allow only; NACLs are stateless, lowest number first; a subnet reaches the internet
// through a route to an internet gateway and a public address), and on gen-vpc-dataset's estate,
// whose manifest names the scan and the ssh group open to the world.
#include "findings/findings.h"
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "query/flowsearch.h"
#include "query/logcoverage.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "trace/flowexplainer.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

namespace {

// Security group "big": 49 inbound rules, 80 % of the default quota of 60.
QByteArray bigGroup()
{
    QJsonArray ranges;
    for (int i = 1; i <= 49; ++i)
        ranges.append(QJsonObject{{QStringLiteral("CidrIp"), QStringLiteral("10.%1.0.0/24").arg(i)}});
    const QJsonObject group{{QStringLiteral("GroupId"), QStringLiteral("sg-big")}, {QStringLiteral("GroupName"), QStringLiteral("big")},
                            {QStringLiteral("VpcId"), QStringLiteral("vpc-1")},
                            {QStringLiteral("IpPermissions"), QJsonArray{QJsonObject{{QStringLiteral("IpProtocol"), QStringLiteral("tcp")},
                                                                                     {QStringLiteral("FromPort"), 443},
                                                                                     {QStringLiteral("ToPort"), 443},
                                                                                     {QStringLiteral("IpRanges"), ranges}}}},
                            {QStringLiteral("IpPermissionsEgress"), QJsonArray{}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("SecurityGroups"), QJsonArray{group}}}).toJson();
}

const char *kTopology[][2] = {
    {"vpcs.json", R"({"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16", "OwnerId": "111122223333"},
                               {"VpcId": "vpc-2", "CidrBlock": "10.1.0.0/16", "OwnerId": "111122223333"}]})"},
    {"igw.json", R"({"InternetGateways": [{"InternetGatewayId": "igw-1", "Attachments": [{"VpcId": "vpc-1", "State": "available"}]}]})"},
    {"subnets.json", R"({"Subnets": [
        {"SubnetId": "subnet-pub", "VpcId": "vpc-1", "CidrBlock": "10.0.1.0/24", "AvailabilityZone": "eu-west-1a"},
        {"SubnetId": "subnet-priv", "VpcId": "vpc-1", "CidrBlock": "10.0.2.0/24", "AvailabilityZone": "eu-west-1a"},
        {"SubnetId": "subnet-v2", "VpcId": "vpc-2", "CidrBlock": "10.1.1.0/24", "AvailabilityZone": "eu-west-1a"}]})"},
    {"groups.json", R"({"SecurityGroups": [
        {"GroupId": "sg-ssh", "GroupName": "ssh-open", "VpcId": "vpc-1",
         "IpPermissions": [
            {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": "0.0.0.0/0"}, {"CidrIp": "10.0.0.0/16"}]},
            {"IpProtocol": "tcp", "FromPort": 3389, "ToPort": 3389, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}],
         "IpPermissionsEgress": [{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]},
        {"GroupId": "sg-db", "GroupName": "db", "VpcId": "vpc-1",
         "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]},
                           {"IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432, "UserIdGroupPairs": [{"GroupId": "sg-gone"}]}],
         "IpPermissionsEgress": [{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]},
        {"GroupId": "sg-default", "GroupName": "default", "VpcId": "vpc-1",
         "IpPermissions": [{"IpProtocol": "-1", "UserIdGroupPairs": [{"GroupId": "sg-default"}]}],
         "IpPermissionsEgress": [{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]},
        {"GroupId": "sg-v2", "GroupName": "v2-web", "VpcId": "vpc-2",
         "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}],
         "IpPermissionsEgress": []}]})"},
    {"nacls.json", R"({"NetworkAcls": [
        {"NetworkAclId": "acl-pub", "VpcId": "vpc-1", "IsDefault": false, "Associations": [{"SubnetId": "subnet-pub"}],
         "Entries": [
            {"RuleNumber": 100, "Egress": false, "Protocol": "6", "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 22, "To": 22}},
            {"RuleNumber": 110, "Egress": false, "Protocol": "6", "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 3389, "To": 3389}},
            {"RuleNumber": 120, "Egress": false, "Protocol": "6", "RuleAction": "allow", "CidrBlock": "10.0.0.0/8", "PortRange": {"From": 22, "To": 22}},
            {"RuleNumber": 130, "Egress": false, "Protocol": "6", "RuleAction": "deny", "CidrBlock": "192.168.0.0/16", "PortRange": {"From": 22, "To": 22}},
            {"RuleNumber": 140, "Egress": false, "Protocol": "1", "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "IcmpTypeCode": {"Type": 8, "Code": -1}},
            {"RuleNumber": 32767, "Egress": false, "Protocol": "-1", "RuleAction": "deny", "CidrBlock": "0.0.0.0/0"},
            {"RuleNumber": 100, "Egress": true, "Protocol": "6", "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 1024, "To": 65535}},
            {"RuleNumber": 32767, "Egress": true, "Protocol": "-1", "RuleAction": "deny", "CidrBlock": "0.0.0.0/0"}]},
        {"NetworkAclId": "acl-open", "VpcId": "vpc-1", "IsDefault": true,
         "Associations": [{"SubnetId": "subnet-priv"}],
         "Entries": [{"RuleNumber": 100, "Egress": false, "Protocol": "-1", "RuleAction": "allow", "CidrBlock": "0.0.0.0/0"},
                     {"RuleNumber": 100, "Egress": true, "Protocol": "-1", "RuleAction": "allow", "CidrBlock": "0.0.0.0/0"}]},
        {"NetworkAclId": "acl-v2", "VpcId": "vpc-2", "IsDefault": true,
         "Associations": [{"SubnetId": "subnet-v2"}],
         "Entries": [{"RuleNumber": 100, "Egress": false, "Protocol": "-1", "RuleAction": "allow", "CidrBlock": "0.0.0.0/0"},
                     {"RuleNumber": 100, "Egress": true, "Protocol": "-1", "RuleAction": "allow", "CidrBlock": "0.0.0.0/0"}]}]})"},
    {"routes.json", R"({"RouteTables": [
        {"RouteTableId": "rtb-pub", "VpcId": "vpc-1", "Associations": [{"SubnetId": "subnet-pub"}],
         "Routes": [{"DestinationCidrBlock": "10.0.0.0/16", "GatewayId": "local", "State": "active"},
                    {"DestinationCidrBlock": "0.0.0.0/0", "GatewayId": "igw-1", "State": "active"},
                    {"DestinationCidrBlock": "10.9.0.0/16", "VpcPeeringConnectionId": "pcx-gone", "State": "blackhole"}]},
        {"RouteTableId": "rtb-main", "VpcId": "vpc-1", "Associations": [{"Main": true}],
         "Routes": [{"DestinationCidrBlock": "10.0.0.0/16", "GatewayId": "local", "State": "active"}]},
        {"RouteTableId": "rtb-v2", "VpcId": "vpc-2", "Associations": [{"Main": true}],
         "Routes": [{"DestinationCidrBlock": "10.1.0.0/16", "GatewayId": "local", "State": "active"}]}]})"},
    {"enis.json", R"({"NetworkInterfaces": [
        {"NetworkInterfaceId": "eni-1", "SubnetId": "subnet-pub", "VpcId": "vpc-1", "InterfaceType": "interface",
         "PrivateIpAddress": "10.0.1.10", "Association": {"PublicIp": "203.0.113.10"},
         "PrivateIpAddresses": [{"PrivateIpAddress": "10.0.1.10", "Primary": true, "Association": {"PublicIp": "203.0.113.10"}}],
         "Groups": [{"GroupId": "sg-ssh"}]},
        {"NetworkInterfaceId": "eni-2", "SubnetId": "subnet-priv", "VpcId": "vpc-1", "InterfaceType": "interface",
         "PrivateIpAddress": "10.0.2.20", "PrivateIpAddresses": [{"PrivateIpAddress": "10.0.2.20", "Primary": true}],
         "Groups": [{"GroupId": "sg-db"}]},
        {"NetworkInterfaceId": "eni-3", "SubnetId": "subnet-priv", "VpcId": "vpc-1", "InterfaceType": "interface",
         "PrivateIpAddress": "10.0.2.30", "PrivateIpAddresses": [{"PrivateIpAddress": "10.0.2.30", "Primary": true}],
         "Groups": [{"GroupId": "sg-default"}]},
        {"NetworkInterfaceId": "eni-4", "SubnetId": "subnet-v2", "VpcId": "vpc-2", "InterfaceType": "interface",
         "PrivateIpAddress": "10.1.1.40", "PrivateIpAddresses": [{"PrivateIpAddress": "10.1.1.40", "Primary": true}],
         "Groups": [{"GroupId": "sg-v2"}]}]})"},
    {"flowlogs.json", R"({"FlowLogs": [{"FlowLogId": "fl-1", "ResourceId": "vpc-1", "TrafficType": "REJECT",
        "FlowLogStatus": "ACTIVE", "DeliverLogsStatus": "SUCCESS", "LogDestinationType": "s3"}]})"},
};

// Records of vpc-1's interfaces (vpc-2's eni-4 never logs). 1748764800 is 2025-06-01T08:00Z.
QByteArray records()
{
    QByteArray out = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n";
    const auto line = [&](const char *eni, const char *src, const char *dst, int sport, int dport, qint64 start, const char *action) {
        out += QStringLiteral("2 111122223333 %1 %2 %3 %4 %5 6 3 180 %6 %7 %8 OK\n")
                   .arg(QLatin1String(eni), QLatin1String(src), QLatin1String(dst))
                   .arg(sport)
                   .arg(dport)
                   .arg(start)
                   .arg(start + 30)
                   .arg(QLatin1String(action))
                   .toLatin1();
    };
    // ssh from the internet, accepted through sg-ssh's 0.0.0.0/0 rule, and its replies.
    line("eni-1", "198.51.100.5", "10.0.1.10", 50000, 22, 1748764800, "ACCEPT");
    line("eni-1", "10.0.1.10", "198.51.100.5", 22, 50000, 1748764800, "ACCEPT");
    line("eni-1", "198.51.100.6", "10.0.1.10", 50001, 22, 1748768400, "ACCEPT");
    line("eni-1", "10.0.1.10", "198.51.100.6", 22, 50001, 1748768400, "ACCEPT");
    // A scan: 12 ports of eni-1 refused within one hour.
    for (int i = 0; i < 12; ++i)
        line("eni-1", "198.51.100.66", "10.0.1.10", 40000, 1000 + i, 1748772000 + 60 * i, "REJECT");
    // A ping from outside: the request let in by acl-pub ingress 140, the reply refused on its way out
    // (flow logs carry no ICMP type: "0 0" for the ports).
    out += "2 111122223333 eni-1 198.51.100.7 10.0.1.10 0 0 1 1 84 1748766000 1748766030 ACCEPT OK\n";
    out += "2 111122223333 eni-1 10.0.1.10 198.51.100.7 0 0 1 1 84 1748766000 1748766030 REJECT OK\n";
    // The private subnet talks within itself (eni-2 and eni-3 log).
    line("eni-3", "10.0.2.30", "10.0.2.20", 41000, 3306, 1748764800, "ACCEPT");
    line("eni-2", "10.0.2.30", "10.0.2.20", 41000, 3306, 1748764800, "ACCEPT");
    return out;
}

// The estate's exports in <dir>/topology, then the extra files (which may replace one of them).
bool writeEstate(const QTemporaryDir &dir, const QList<std::pair<QString, QByteArray>> &extra)
{
    QList<std::pair<QString, QByteArray>> files;
    for (const auto &[name, text] : kTopology)
        files.append({QStringLiteral("topology/%1").arg(QLatin1String(name)), QByteArray(text)});
    files += extra;
    QDir().mkpath(dir.filePath(QStringLiteral("topology")));
    for (const auto &[name, text] : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return false;
    }
    return true;
}

const Finding *find(const FindingsReport &r, const QString &check, const QString &about)
{
    for (const Finding &f : r.findings)
        if (f.check == check && (f.rule == about || f.resources.contains(about)))
            return &f;
    return nullptr;
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void adminPortsBySeverityOfPathAndUse();
    void internetAccessNamesTheRule();
    void naclChecks();
    void groupChecks();
    void routesQuotasAndLogs();
    void scanFromTheRecords();
    void noUnusedWithoutCoverage();
    void gapsInTheLogs();
    void cliFailsOnSeverity();
    void intentsFromAChecksFile();
    void generatorGroundTruth();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    FindingsReport m_report;
};

void TestFindings::initTestCase()
{
    QVERIFY(writeEstate(m_dir, {{QStringLiteral("topology/big.json"), bigGroup()}, {QStringLiteral("flows.log"), records()}}));
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("w.vpclens")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    importTopology(*m_ws, {m_dir.filePath(QStringLiteral("topology"))}, QDateTime::fromSecsSinceEpoch(1748700000, Qt::UTC));
    QCOMPARE(importFlowLogs(*m_ws, {m_dir.filePath(QStringLiteral("flows.log"))}).records, 20);
    const ExplainResult r = explainWorkspace(*m_ws);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.classes[std::size_t(ExplainClass::Agree)], 18);
    m_report = reviewEstate(*m_ws, loadEstate(*m_ws));
    QVERIFY(m_report.explained);
}

void TestFindings::adminPortsBySeverityOfPathAndUse()
{
    // ssh: the internet reaches eni-1 (public address, route to igw-1, NACL 100) and two records used it.
    const Finding *ssh = find(m_report, QStringLiteral("admin-port-open"), QStringLiteral("sg-ssh ingress tcp 22 0.0.0.0/0"));
    QVERIFY(ssh);
    QCOMPARE(ssh->severity, Severity::Error);
    QVERIFY(ssh->resources.contains(QStringLiteral("eni-1")));
    QCOMPARE(ssh->evidence.records, 2);
    // rdp: reachable the same way (NACL 110), no record used it.
    const Finding *rdp = find(m_report, QStringLiteral("admin-port-open"), QStringLiteral("sg-ssh ingress tcp 3389 0.0.0.0/0"));
    QVERIFY(rdp);
    QCOMPARE(rdp->severity, Severity::Warning);
    // mysql: open in the group, but eni-2 has no public address and its subnet no route out.
    const Finding *mysql = find(m_report, QStringLiteral("admin-port-open"), QStringLiteral("sg-db ingress tcp 3306 0.0.0.0/0"));
    QVERIFY(mysql);
    QCOMPARE(mysql->severity, Severity::Note);
}

void TestFindings::internetAccessNamesTheRule()
{
    const Finding *f = find(m_report, QStringLiteral("internet-admin-access"), QStringLiteral("10.0.1.10"));
    QVERIFY(f);
    QCOMPARE(f->severity, Severity::Error);
    QCOMPARE(f->rule, QStringLiteral("sg-ssh ingress tcp 22 0.0.0.0/0"));
    QCOMPARE(f->evidence.records, 4); // the two requests and their replies (a conversation sums both ways)
    // The filter lists those four (it listed the two requests only).
    const auto compiled = compileFilter(f->evidence.filter, {m_ws.get(), nullptr});
    QVERIFY(std::holds_alternative<CompiledFilter>(compiled));
    QCOMPARE(countFlows(*m_ws, std::get<CompiledFilter>(compiled)), 4);
    QVERIFY(!find(m_report, QStringLiteral("internet-admin-access"), QStringLiteral("10.0.2.20"))); // internal traffic
}

void TestFindings::naclChecks()
{
    // 120 (ssh from 10/8) lies inside 100 (ssh from anywhere): same action, a note.
    const Finding *same = find(m_report, QStringLiteral("nacl-shadowed-entry"), QStringLiteral("acl-pub ingress 120"));
    QVERIFY(same);
    QCOMPARE(same->severity, Severity::Note);
    // 130 (deny ssh from 192.168/16) never denies: 100 allows it first. A warning.
    const Finding *opposite = find(m_report, QStringLiteral("nacl-shadowed-entry"), QStringLiteral("acl-pub ingress 130"));
    QVERIFY(opposite);
    QCOMPARE(opposite->severity, Severity::Warning);
    QVERIFY(!find(m_report, QStringLiteral("nacl-shadowed-entry"), QStringLiteral("acl-pub ingress 110")));
    // Echo requests let in (140), echo replies out: only tcp 1024-65535 and the default deny.
    const Finding *echo = find(m_report, QStringLiteral("nacl-no-ephemeral-return"), QStringLiteral("acl-pub egress *"));
    QVERIFY(echo);
    QVERIFY(echo->summary.contains(QLatin1String("ingress 140")));
    // Its evidence: the one refused reply, read from the records (no rule decides ICMP records).
    QCOMPARE(echo->evidence.records, 1);
    QCOMPARE(echo->evidence.firstSeen, 1748766000);
    QCOMPARE(echo->evidence.example.value(QStringLiteral("record")).toObject().value(QStringLiteral("dstaddr")).toString(),
             QStringLiteral("198.51.100.7"));
    // The TCP services' replies go out by egress 100: no finding for them.
    for (const Finding &f : m_report.findings)
        QVERIFY2(!(f.check == QLatin1String("nacl-no-ephemeral-return") && f.summary.contains(QLatin1String("ephemeral"))), qPrintable(f.summary));
}

void TestFindings::groupChecks()
{
    const Finding *redundant = find(m_report, QStringLiteral("sg-redundant-rule"), QStringLiteral("sg-ssh ingress tcp 22 10.0.0.0/16"));
    QVERIFY(redundant);
    QVERIFY(redundant->summary.contains(QLatin1String("sg-ssh ingress tcp 22 0.0.0.0/0")));
    QVERIFY(!find(m_report, QStringLiteral("sg-redundant-rule"), QStringLiteral("sg-ssh ingress tcp 22 0.0.0.0/0")));
    const Finding *stale = find(m_report, QStringLiteral("sg-stale-reference"), QStringLiteral("sg-gone"));
    QVERIFY(stale);
    QCOMPARE(stale->rule, QStringLiteral("sg-db ingress tcp 5432 sg-gone"));
    const Finding *def = find(m_report, QStringLiteral("default-sg-in-use"), QStringLiteral("sg-default"));
    QVERIFY(def);
    QVERIFY(def->resources.contains(QStringLiteral("eni-3")));
    QVERIFY(find(m_report, QStringLiteral("sg-unused"), QStringLiteral("sg-big"))); // attached to nothing
    // The rdp rule: eni-1 logged all along and every record there was explained, but vpc-1's flow log
    // records only REJECT: an accepted rdp connection would not be in it. No evidence, never unused.
    QVERIFY(!find(m_report, QStringLiteral("sg-rule-unused"), QStringLiteral("sg-ssh ingress tcp 3389 0.0.0.0/0")));
    QVERIFY(!find(m_report, QStringLiteral("sg-rule-unused"), QStringLiteral("sg-ssh ingress tcp 22 0.0.0.0/0")));
}

void TestFindings::routesQuotasAndLogs()
{
    const Finding *blackhole = find(m_report, QStringLiteral("route-blackhole"), QStringLiteral("rtb-pub 10.9.0.0/16"));
    QVERIFY(blackhole);
    QVERIFY(blackhole->resources.contains(QStringLiteral("pcx-gone")));
    const Finding *quota = find(m_report, QStringLiteral("quota"), QStringLiteral("sg-big"));
    QVERIFY(quota);
    QCOMPARE(quota->severity, Severity::Note); // 49 of 60: past 80 %, not at the quota
    QVERIFY(quota->summary.contains(QLatin1String("49")));
    QVERIFY(!find(m_report, QStringLiteral("quota"), QStringLiteral("sg-ssh")));
    const Finding *rejectOnly = find(m_report, QStringLiteral("flow-logs-missing"), QStringLiteral("fl-1"));
    QVERIFY(rejectOnly);
    QVERIFY(rejectOnly->summary.contains(QLatin1String("REJECT")));
    QVERIFY(find(m_report, QStringLiteral("flow-logs-missing"), QStringLiteral("vpc-2")));
    QVERIFY(!find(m_report, QStringLiteral("flow-logs-missing"), QStringLiteral("vpc-1")) || find(m_report, QStringLiteral("flow-logs-missing"), QStringLiteral("fl-1")));
    const QJsonObject vpc1 = m_report.coverage.value(QStringLiteral("vpcs")).toObject().value(QStringLiteral("vpc-1")).toObject();
    QCOMPARE(vpc1.value(QStringLiteral("interfaces")).toInt(), 3);
    QCOMPARE(vpc1.value(QStringLiteral("interfaces_logging")).toInt(), 3);
}

void TestFindings::scanFromTheRecords()
{
    const Finding *scan = find(m_report, QStringLiteral("port-scan"), QStringLiteral("198.51.100.66"));
    QVERIFY(scan);
    QCOMPARE(scan->evidence.records, 12);
    QCOMPARE(scan->evidence.filter, QStringLiteral("srcaddr == 198.51.100.66 and action == REJECT"));
    QVERIFY(!find(m_report, QStringLiteral("port-scan"), QStringLiteral("198.51.100.5")));
}

// vpc-2's interface never logged: its group's rule is "no evidence", never unused.
void TestFindings::noUnusedWithoutCoverage()
{
    QVERIFY(!find(m_report, QStringLiteral("sg-rule-unused"), QStringLiteral("sg-v2 ingress tcp 443 0.0.0.0/0")));
    QVERIFY(!find(m_report, QStringLiteral("nacl-entry-unused"), QStringLiteral("acl-v2 ingress 100")));
    bool rdpSeen = false;
    for (const RuleUsage &u : ruleUsage(*m_ws, loadEstate(*m_ws))) {
        if (u.resource == QLatin1String("sg-v2") || u.resource == QLatin1String("acl-v2"))
            QCOMPARE(QLatin1String(usageState(u)), QLatin1String("no evidence"));
        // vpc-1's flow log (fl-1) records only REJECT: eni-1 logged, yet is not covered for all traffic.
        if (u.name == QLatin1String("sg-ssh ingress tcp 3389 0.0.0.0/0")) {
            rdpSeen = true;
            QCOMPARE(QLatin1String(usageState(u)), QLatin1String("no evidence"));
            QCOMPARE(u.partlyLogged, QStringList{QStringLiteral("eni-1")});
            QVERIFY(u.notLogging.isEmpty());
        }
    }
    QVERIFY(rdpSeen);
}

// vpc-1 under a flow log of ALL traffic logs at 08:00, 09:00 and 12:00 and not at 10:00 or 11:00:
// 71 records over five hours (14.2 an hour) make the two silent hours a gap (28 records were due,
// at least 20 needed), and eni-2 had records skipped (SKIPDATA) at 12:00. A rule with no records is
// unused over 08:00-09:59, and "no evidence" over a range that holds the gap. The same hours with
// only 11 records (2.2 an hour: 4.4 due) are a quiet VPC, not a gap.
void TestFindings::gapsInTheLogs()
{
    QTemporaryDir dir;
    QByteArray busy; // 20 more records an hour from eni-3
    for (const qint64 hour : {0, 1, 4})
        for (int i = 0; i < 20; ++i)
            busy += QStringLiteral("2 111122223333 eni-3 10.0.2.30 10.0.2.20 %1 3306 6 3 180 %2 %3 ACCEPT OK\n")
                        .arg(42000 + i).arg(1748764800 + hour * 3600 + i).arg(1748764800 + hour * 3600 + i + 30).toLatin1();
    QByteArray log = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n";
    constexpr qint64 k0800 = 1748764800;
    for (const qint64 hour : {0, 1, 4}) {
        const qint64 t = k0800 + hour * 3600;
        for (const char *eni : {"eni-3", "eni-2"})
            log += QStringLiteral("2 111122223333 %1 10.0.2.30 10.0.2.20 41000 3306 6 3 180 %2 %3 ACCEPT OK\n").arg(QLatin1String(eni)).arg(t).arg(t + 30).toLatin1();
        log += QStringLiteral("2 111122223333 eni-1 198.51.100.5 10.0.1.10 50000 22 6 3 180 %1 %2 ACCEPT OK\n").arg(t).arg(t + 30).toLatin1();
    }
    // Logged refused where sg-db and the open NACL accept it: a disagreement, its evidence by verdict.
    log += QStringLiteral("2 111122223333 eni-2 10.0.2.30 10.0.2.20 41001 3306 6 1 60 %1 %2 REJECT OK\n").arg(k0800 + 120).arg(k0800 + 150).toLatin1();
    log += QStringLiteral("2 111122223333 eni-2 - - - - - - - %1 %2 - SKIPDATA\n").arg(k0800 + 4 * 3600 + 60).arg(k0800 + 4 * 3600 + 120).toLatin1();
    QVERIFY(writeEstate(dir, {{QStringLiteral("topology/flowlogs.json"), R"({"FlowLogs": [{"FlowLogId": "fl-1", "ResourceId": "vpc-1",
        "TrafficType": "ALL", "FlowLogStatus": "ACTIVE", "DeliverLogsStatus": "SUCCESS", "LogDestinationType": "s3"}]})"},
                              {QStringLiteral("quiet.log"), log}, {QStringLiteral("flows.log"), log + busy}}));
    const auto explained = [&](const QString &name, const QString &logFile, qint64 records) {
        QString error;
        auto ws = Workspace::open(dir.filePath(name), &error);
        if (!ws)
            return ws;
        importTopology(*ws, {dir.filePath(QStringLiteral("topology"))}, QDateTime::fromSecsSinceEpoch(1748700000, Qt::UTC));
        if (importFlowLogs(*ws, {dir.filePath(logFile)}).records != records || !explainWorkspace(*ws).error.isEmpty())
            ws.reset();
        return ws;
    };
    {
        auto quiet = explained(QStringLiteral("quiet.vpclens"), QStringLiteral("quiet.log"), 11);
        QVERIFY(quiet);
        const Estate estate = loadEstate(*quiet);
        QVERIFY(loggingTimeline(*quiet, estate).vpcs.value(QStringLiteral("vpc-1")).gaps.isEmpty());
    }
    auto ws = explained(QStringLiteral("gap.vpclens"), QStringLiteral("flows.log"), 71);
    QVERIFY(ws);
    const Estate estate = loadEstate(*ws);

    const FindingsReport report = reviewEstate(*ws, estate);
    const Finding *gap = nullptr, *skipped = nullptr;
    for (const Finding &f : report.findings)
        if (f.check == QLatin1String("flow-logs-missing") && f.resources == QStringList{QStringLiteral("vpc-1")}) {
            if (f.summary.contains(QLatin1String("SKIPDATA")))
                skipped = &f;
            else if (f.summary.contains(QLatin1String("logged anything")))
                gap = &f;
        }
    QVERIFY(gap);
    QVERIFY2(gap->summary.contains(QLatin1String("2025-06-01 10:00 to 12:00 UTC (2 h)")), qPrintable(gap->summary));
    QVERIFY2(gap->summary.contains(QLatin1String("14.2 records an hour")), qPrintable(gap->summary));
    QCOMPARE(gap->evidence.firstSeen, k0800 + 2 * 3600);
    QCOMPARE(gap->evidence.lastSeen, k0800 + 4 * 3600);
    QVERIFY(skipped);
    QCOMPARE(skipped->evidence.records, 1);
    QCOMPARE(skipped->evidence.filter, QStringLiteral("vpc == vpc-1 and log-status == SKIPDATA"));
    const QJsonArray gaps = report.coverage.value(QStringLiteral("vpcs")).toObject().value(QStringLiteral("vpc-1")).toObject().value(QStringLiteral("gaps")).toArray();
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps.first().toObject().value(QStringLiteral("hours")).toInt(), 2);
    // eni-2 logged five lines (three 3306, the refused one, SKIPDATA) in three hours, 08:00 to 13:00.
    QJsonObject eni2;
    for (const QJsonValue &v : report.coverage[QStringLiteral("vpcs")][QStringLiteral("vpc-1")][QStringLiteral("interfaces_seen")].toArray())
        if (v[QStringLiteral("interface")] == QStringLiteral("eni-2"))
            eni2 = v.toObject();
    QCOMPARE(eni2.value(QStringLiteral("records")).toInt(), 5);
    QCOMPARE(eni2.value(QStringLiteral("skipped")).toInt(), 1);
    QCOMPARE(eni2.value(QStringLiteral("hours")).toInt(), 3);
    QCOMPARE(eni2.value(QStringLiteral("first_seen")).toString(), QStringLiteral("2025-06-01 08:00:00 UTC"));
    QCOMPARE(eni2.value(QStringLiteral("last_seen")).toString(), QStringLiteral("2025-06-01 13:00:00 UTC"));

    // The disagreement lists its one record, which is also its traced example.
    const Finding *disagreement = nullptr;
    for (const Finding &f : report.findings)
        if (f.check == QLatin1String("log-config-disagreement"))
            disagreement = &f;
    QVERIFY(disagreement);
    QCOMPARE(disagreement->evidence.records, 1);
    QCOMPARE(disagreement->evidence.filter, QStringLiteral("action == REJECT and verdict == ACCEPT and rule == \"sg-db\""));
    const auto compiled = compileFilter(disagreement->evidence.filter, {ws.get(), &estate});
    QVERIFY(std::holds_alternative<CompiledFilter>(compiled));
    QCOMPARE(countFlows(*ws, std::get<CompiledFilter>(compiled)), 1);
    const QJsonObject example = disagreement->evidence.example;
    QCOMPARE(example.value(QStringLiteral("record")).toObject().value(QStringLiteral("srcport")).toInt(), 41001);
    QCOMPARE(example.value(QStringLiteral("trace")).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("ACCEPT"));
    // 70 records the configuration accepts (the SKIPDATA one has no verdict), none it refuses.
    for (const auto &[expression, expected] : {std::pair{"verdict == ACCEPT", 70}, std::pair{"verdict == REJECT", 0}}) {
        const auto f = compileFilter(QLatin1String(expression), {ws.get(), &estate});
        QVERIFY(std::holds_alternative<CompiledFilter>(f));
        QCOMPARE(countFlows(*ws, std::get<CompiledFilter>(f)), expected);
    }

    const auto usageOf = [&](const QString &name, const TimeRange &range) {
        for (const RuleUsage &u : ruleUsage(*ws, estate, range))
            if (u.name == name)
                return u;
        return RuleUsage{};
    };
    const QString rdp = QStringLiteral("sg-ssh ingress tcp 3389 0.0.0.0/0"); // eni-1's, never used
    const TimeRange beforeGap{k0800, k0800 + 2 * 3600 - 1};
    QCOMPARE(QLatin1String(usageState(usageOf(rdp, beforeGap))), QLatin1String("unused"));
    const RuleUsage whole = usageOf(rdp, {});
    QCOMPARE(QLatin1String(usageState(whole)), QLatin1String("no evidence"));
    QCOMPARE(whole.gaps, QStringList{QStringLiteral("vpc-1 silent 2025-06-01 10:00 to 12:00 UTC (2 h)")});
    // eni-2's group: the gap and the skipped records.
    QStringList dbGaps = usageOf(QStringLiteral("sg-db ingress tcp 5432 sg-gone"), {}).gaps;
    QVERIFY2(dbGaps.contains(QStringLiteral("eni-2 skipped records 2025-06-01 12:00 to 13:00 UTC (1 h)")), qPrintable(dbGaps.join(u'|')));
    // A range after the gap that holds the skipped hour: no evidence for eni-2's rules, eni-1's unused.
    const TimeRange afterGap{k0800 + 4 * 3600, k0800 + 5 * 3600 - 1};
    QCOMPARE(QLatin1String(usageState(usageOf(rdp, afterGap))), QLatin1String("unused"));
    QCOMPARE(QLatin1String(usageState(usageOf(QStringLiteral("sg-db ingress tcp 5432 sg-gone"), afterGap))), QLatin1String("no evidence"));
}

void TestFindings::cliFailsOnSeverity()
{
    const auto run = [&](const QStringList &extra) {
        QProcess cli;
        cli.start(QStringLiteral(VPCLENS_CLI), QStringList{QStringLiteral("findings"), QStringLiteral("--workspace"), m_ws->path()} + extra);
        cli.waitForFinished(60000);
        return std::pair(cli.exitCode(), cli.readAllStandardOutput());
    };
    QCOMPARE(run({QStringLiteral("--fail-on"), QStringLiteral("error")}).first, 3);
    QCOMPARE(run({}).first, 0);
    QCOMPARE(run({QStringLiteral("--fail-on"), QStringLiteral("fatal")}).first, 2);
    const auto [code, json] = run({QStringLiteral("--json")});
    QCOMPARE(code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(json).object();
    const QJsonArray findings = doc.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), m_report.findings.size());
    const QJsonObject first = findings.first().toObject();
    for (const char *key : {"check", "severity", "resources", "rule", "summary", "evidence"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QVERIFY(doc.value(QStringLiteral("coverage")).toObject().contains(QStringLiteral("vpcs")));
}

// A checks file: the private subnet must not reach the public one (eni-2's group allows nothing in,
// but eni-1's ssh rule admits 10.0.2.20 from anywhere: a violation no record used), the office may
// reach ssh (the two accepted internet clients are in 198.51.100.0/24), and only the private subnet
// may face the internet (eni-1, public, reachable on 22, is not in it).
void TestFindings::intentsFromAChecksFile()
{
    QFile file(m_dir.filePath(QStringLiteral("checks.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"authorised_sources": {"22": ["198.51.100.0/24"]},
                   "segments": {"public": ["subnet-pub"], "private": ["subnet-priv"]},
                   "must_not_reach": [["private", "public"]],
                   "internet_facing": ["subnet-priv"]})");
    file.close();
    CheckOptions options;
    QString error;
    QVERIFY2(readCheckOptions(file.fileName(), &options, &error), qPrintable(error));
    const FindingsReport r = reviewEstate(*m_ws, loadEstate(*m_ws), options);
    QVERIFY(!find(r, QStringLiteral("internet-admin-access"), QStringLiteral("10.0.1.10")));
    const Finding *reach = find(r, QStringLiteral("intent-segment-reach"), QStringLiteral("eni-2"));
    QVERIFY(reach);
    QCOMPARE(reach->severity, Severity::Error);
    QVERIFY(reach->resources.contains(QStringLiteral("eni-1")));
    QCOMPARE(reach->rule, QStringLiteral("sg-ssh ingress tcp 22 0.0.0.0/0"));
    QCOMPARE(reach->evidence.records, 0);
    // The public subnet reaching the private one is not forbidden.
    for (const Finding &f : r.findings)
        if (f.check == QLatin1String("intent-segment-reach"))
            QVERIFY2(f.resources.first() != QLatin1String("eni-1"), qPrintable(f.summary));
    const Finding *facing = find(r, QStringLiteral("intent-internet-facing"), QStringLiteral("eni-1"));
    QVERIFY(facing);
    QVERIFY(facing->summary.contains(QLatin1String("tcp 22")));
    // Files that are not checks files say what is wrong.
    for (const QByteArray &bad : {QByteArray(R"({"must_not_reach": [["a", "b"]]})"), QByteArray(R"({"authorised_sources": {"ssh": []}})"),
                                  QByteArray(R"({"sensitive_ports": [70000]})"), QByteArray("[1, 2")}) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bad);
        file.close();
        CheckOptions ignored;
        QVERIFY2(!readCheckOptions(file.fileName(), &ignored, &error), bad.constData());
        QVERIFY(error.contains(file.fileName()));
    }
}

// gen-vpc-dataset's manifest: the port scan's source, and the group open to the world on port 22 on
// the interface the ssh brute force got through to.
void TestFindings::generatorGroundTruth()
{
    VPCLENS_REQUIRE_GENERATOR();
    QTemporaryDir out;
    QCOMPARE(test::runGenerator(out.path(), {QStringLiteral("--records"), QStringLiteral("60000"), QStringLiteral("--days"), QStringLiteral("2"),
                                             QStringLiteral("--seed"), QStringLiteral("7")}),
             0);
    QFile manifestFile(out.filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject events = QJsonDocument::fromJson(manifestFile.readAll()).object().value(QStringLiteral("ground_truth")).toObject().value(QStringLiteral("events")).toObject();
    const QString scanner = events.value(QStringLiteral("port_scan")).toObject().value(QStringLiteral("source")).toString();
    const QString bruteForced = events.value(QStringLiteral("ssh_bruteforce")).toObject().value(QStringLiteral("targets")).toObject()
                                    .value(QStringLiteral("accepted_sg_open_to_world")).toString();
    QVERIFY(!scanner.isEmpty() && !bruteForced.isEmpty());
    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("gen.vpclens")), &error);
    importTopology(*ws, {out.filePath(QStringLiteral("topology"))});
    importFlowLogs(*ws, {out.filePath(QStringLiteral("flowlogs"))});
    explainWorkspace(*ws);
    const FindingsReport report = reviewEstate(*ws, loadEstate(*ws));
    QVERIFY(find(report, QStringLiteral("port-scan"), scanner));
    // Every SKIPDATA record the generator wrote, in the findings of the VPCs that logged them.
    qint64 skipped = 0;
    for (const Finding &f : report.findings)
        if (f.check == QLatin1String("flow-logs-missing") && f.evidence.filter.endsWith(QLatin1String("log-status == SKIPDATA")))
            skipped += f.evidence.records;
    QFile again(out.filePath(QStringLiteral("manifest.json")));
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(skipped, QJsonDocument::fromJson(again.readAll()).object().value(QStringLiteral("totals")).toObject().value(QStringLiteral("skipdata")).toInteger());
    bool sshOpen = false;
    for (const Finding &f : report.findings)
        sshOpen = sshOpen || (f.check == QLatin1String("admin-port-open") && f.severity == Severity::Error && f.resources.contains(bruteForced)
                              && f.summary.contains(QLatin1String("ssh (22)")));
    QVERIFY(sshOpen);
    // "ping_reply": echo requests accepted in, the replies refused by the public NACL's egress: the
    // echo finding has the refused replies as its evidence.
    bool pingReplies = false;
    for (const Finding &f : report.findings)
        pingReplies = pingReplies || (f.check == QLatin1String("nacl-no-ephemeral-return") && f.summary.contains(QLatin1String("echo replies"))
                                      && f.evidence.records > 0);
    QVERIFY(pingReplies);
}

QTEST_MAIN(TestFindings)
#include "tst_findings.moc"
