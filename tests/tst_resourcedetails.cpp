// SPDX-License-Identifier: GPL-3.0-or-later
// A resource's readable details against the sample's describe-* exports read the plain way (the JSON,
// not the estate): a group's rule lines, a NACL's entries in order, an interface's rules in effect, a
// VPC's blocks and how full they are; describe-vpc-attribute imported, and the private-DNS finding.
#include "findings/findings.h"
#include "ingest/topologyimporter.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "query/resourcedetails.h"
#include "workspace/storedestate.h"
#include "workspace/storednames.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

namespace {

QJsonObject fileObject(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

QJsonArray sampleArray(const QString &file, const QString &key)
{
    return fileObject(test::sourcePath(QStringLiteral("resources/sample/topology/") + file)).value(key).toArray();
}

// Into `items`: keep the list alive while the item is used.
const DetailItem *child(const QList<DetailItem> &items, const QString &field)
{
    for (const DetailItem &d : items)
        if (d.field == field)
            return &d;
    return nullptr;
}

// A peer of a rule is a line: its CIDRs (IPv4 and IPv6), prefix lists and groups.
int peersOf(const QJsonArray &permissions)
{
    int n = 0;
    for (const QJsonValue p : permissions)
        for (const char *key : {"IpRanges", "Ipv6Ranges", "PrefixListIds", "UserIdGroupPairs"})
            n += p.toObject().value(QLatin1String(key)).toArray().size();
    return n;
}

void write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestResourceDetails : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void securityGroupsAsRuleTables();
    void naclEntriesInOrder();
    void interfaceWithItsRulesInEffect();
    void vpcBlocksAndQuotas();
    void vpcAttributesAndPrivateDns();
    void outsideAddressesByName();

private:
    QJsonObject json(const QString &kind, const QString &id) const
    {
        return QJsonDocument::fromJson(m_ws->rawJson(kind, id)).object();
    }
    QList<DetailItem> details(const QString &kind, const QString &id) const
    {
        return resourceDetails(m_estate, kind, id, [this](const QString &k, const QString &i) { return json(k, i); });
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Estate m_estate;
};

void TestResourceDetails::initTestCase()
{
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("s.vpclens")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    importTopology(*m_ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
    m_estate = loadEstate(*m_ws);
}

void TestResourceDetails::securityGroupsAsRuleTables()
{
    const QJsonArray groups = sampleArray(QStringLiteral("describe-security-groups.json"), QStringLiteral("SecurityGroups"));
    QVERIFY(groups.size() >= 5);
    for (const QJsonValue v : groups) {
        const QJsonObject g = v.toObject();
        const QString id = g.value(QLatin1String("GroupId")).toString();
        const QList<DetailItem> d = details(QStringLiteral("security-group"), id);
        const DetailItem *in = child(d, QStringLiteral("Inbound rules"));
        const DetailItem *out = child(d, QStringLiteral("Outbound rules"));
        QVERIFY(in && out);
        const int inbound = peersOf(g.value(QLatin1String("IpPermissions")).toArray());
        const int outbound = peersOf(g.value(QLatin1String("IpPermissionsEgress")).toArray());
        QCOMPARE(in->value, QStringLiteral("%1 of 60 (default quota)").arg(inbound));
        QCOMPARE(out->value, QStringLiteral("%1 of 60 (default quota)").arg(outbound));
        if (inbound > 0) {
            QCOMPARE(in->children.size(), inbound);
            for (const DetailItem &line : in->children) // each line lists the records its rule decided
                QVERIFY2(line.filter.startsWith(QLatin1String("rule == ")), qPrintable(line.filter));
        }
    }
    // bastion-sg by the export: ssh from 203.0.113.0/24 (the line reads so, with the filter on its rule).
    const QList<DetailItem> bastion = details(QStringLiteral("security-group"), QStringLiteral("sg-0d0000000000bast1"));
    const DetailItem *in = child(bastion, QStringLiteral("Inbound rules"));
    QVERIFY(in);
    bool ssh = false;
    for (const DetailItem &line : in->children)
        ssh |= line.field == QLatin1String("tcp 22") && line.value.startsWith(QLatin1String("from 203.0.113."));
    QVERIFY(ssh);
}

void TestResourceDetails::naclEntriesInOrder()
{
    for (const QJsonValue v : sampleArray(QStringLiteral("describe-network-acls.json"), QStringLiteral("NetworkAcls"))) {
        const QJsonObject acl = v.toObject();
        QList<int> inbound;
        for (const QJsonValue e : acl.value(QLatin1String("Entries")).toArray())
            if (!e.toObject().value(QLatin1String("Egress")).toBool())
                inbound << e.toObject().value(QLatin1String("RuleNumber")).toInt();
        std::sort(inbound.begin(), inbound.end()); // AWS evaluates the lowest number first, "*" (32767) last
        const QList<DetailItem> d = details(QStringLiteral("network-acl"), acl.value(QLatin1String("NetworkAclId")).toString());
        const DetailItem *in = child(d, QStringLiteral("Inbound entries"));
        QVERIFY(in);
        QCOMPARE(in->children.size(), inbound.size());
        for (qsizetype i = 0; i < inbound.size(); ++i)
            QCOMPARE(in->children[i].field, inbound[i] == 32767 ? QStringLiteral("*") : QString::number(inbound[i]));
    }
}

// The bastion's interface: its group's inbound lines, then its subnet's NACL's inbound entries.
void TestResourceDetails::interfaceWithItsRulesInEffect()
{
    const QList<DetailItem> d = details(QStringLiteral("network-interface"), QStringLiteral("eni-01000000000000003"));
    QVERIFY(child(d, QStringLiteral("Instance")) && child(d, QStringLiteral("Instance"))->value.startsWith(QLatin1String("bastion (i-")));
    const DetailItem *in = child(d, QStringLiteral("Effective inbound rules"));
    QVERIFY(in);
    const DetailItem *groups = child(in->children, QStringLiteral("Security groups"));
    const DetailItem *acl = child(in->children, QStringLiteral("Network ACL"));
    QVERIFY(groups && acl);
    QCOMPARE(groups->children.size(), 1);
    QVERIFY(groups->children.front().value.startsWith(QLatin1String("bastion-sg (sg-0d0000000000bast1)")));
    QJsonArray permissions;
    for (const QJsonValue v : sampleArray(QStringLiteral("describe-security-groups.json"), QStringLiteral("SecurityGroups")))
        if (v.toObject().value(QLatin1String("GroupId")).toString() == QLatin1String("sg-0d0000000000bast1"))
            permissions = v.toObject().value(QLatin1String("IpPermissions")).toArray();
    QCOMPARE(groups->children.front().children.size(), peersOf(permissions));
    // The subnet's NACL by describe-network-acls' associations.
    QString subnetOfEni, aclId;
    for (const QJsonValue v : sampleArray(QStringLiteral("describe-network-interfaces.json"), QStringLiteral("NetworkInterfaces")))
        if (v.toObject().value(QLatin1String("NetworkInterfaceId")).toString() == QLatin1String("eni-01000000000000003"))
            subnetOfEni = v.toObject().value(QLatin1String("SubnetId")).toString();
    for (const QJsonValue v : sampleArray(QStringLiteral("describe-network-acls.json"), QStringLiteral("NetworkAcls")))
        for (const QJsonValue a : v.toObject().value(QLatin1String("Associations")).toArray())
            if (a.toObject().value(QLatin1String("SubnetId")).toString() == subnetOfEni)
                aclId = v.toObject().value(QLatin1String("NetworkAclId")).toString();
    QVERIFY(!aclId.isEmpty());
    QVERIFY2(acl->value.contains(aclId), qPrintable(acl->value));
}

void TestResourceDetails::vpcBlocksAndQuotas()
{
    const QJsonObject vpc = sampleArray(QStringLiteral("describe-vpcs.json"), QStringLiteral("Vpcs")).first().toObject();
    const QString id = vpc.value(QLatin1String("VpcId")).toString();
    const QString block = vpc.value(QLatin1String("CidrBlock")).toString();
    const int prefix = block.section(QLatin1Char('/'), 1).toInt();
    int subnets = 0, inSubnets = 0, held = 0;
    for (const QJsonValue v : sampleArray(QStringLiteral("describe-subnets.json"), QStringLiteral("Subnets")))
        if (v.toObject().value(QLatin1String("VpcId")).toString() == id) {
            ++subnets;
            inSubnets += 1 << (32 - v.toObject().value(QLatin1String("CidrBlock")).toString().section(QLatin1Char('/'), 1).toInt());
        }
    for (const QJsonValue v : sampleArray(QStringLiteral("describe-network-interfaces.json"), QStringLiteral("NetworkInterfaces")))
        if (v.toObject().value(QLatin1String("VpcId")).toString() == id)
            held += int(v.toObject().value(QLatin1String("PrivateIpAddresses")).toArray().size());
    const QList<DetailItem> d = details(QStringLiteral("vpc"), id);
    const DetailItem *blocks = child(d, QStringLiteral("CIDR blocks"));
    QVERIFY(blocks);
    const DetailItem *first = child(blocks->children, block);
    QVERIFY(first);
    QCOMPARE(first->value, QStringLiteral("%1 addresses").arg(QLocale().toString(1 << (32 - prefix))));
    QVERIFY2(child(first->children, QStringLiteral("In subnets"))->value.startsWith(QLocale().toString(inSubnets) + QStringLiteral(" (")),
             qPrintable(child(first->children, QStringLiteral("In subnets"))->value));
    QVERIFY2(child(first->children, QStringLiteral("Held by interfaces"))->value.startsWith(QString::number(held) + QStringLiteral(" (")),
             qPrintable(child(first->children, QStringLiteral("Held by interfaces"))->value));
    const DetailItem *quotas = child(d, QStringLiteral("Quotas in use"));
    QVERIFY(quotas);
    QCOMPARE(child(quotas->children, QStringLiteral("Subnets"))->value, QStringLiteral("%1 of 200").arg(subnets));
    QCOMPARE(child(child(d, QStringLiteral("DNS"))->children, QStringLiteral("enableDnsSupport"))->value,
             QStringLiteral("not exported (aws ec2 describe-vpc-attribute)"));
}

// describe-vpc-attribute as the AWS CLI writes it (and as boto3 recorded it) is imported; an
// interface endpoint with private DNS in a VPC with either attribute off is a finding, with both on
// or not exported it is not.
void TestResourceDetails::vpcAttributesAndPrivateDns()
{
    if (test::haveShared()) { // the CLI reference's examples and cloud-custodian's recorded responses
        QString error;
        auto real = Workspace::open(m_dir.filePath(QStringLiteral("real.vpclens")), &error);
        QVERIFY(real);
        const auto r = importTopology(*real, {test::sharedPath(QStringLiteral("data/real/aws-cli-examples/ec2/describe-vpc-attribute.example-1.json")),
                                              test::sharedPath(QStringLiteral("data/real/cloud-custodian/tests/data/placebo/test_vpc_attributes_hostnames/ec2.DescribeVpcAttribute_1.json"))});
        QCOMPARE(r.resources, 2);
        QCOMPARE(real->resources(QStringLiteral("vpc-dns-support")).value(0).id, QStringLiteral("vpc-a01106c2"));
        QCOMPARE(real->resources(QStringLiteral("vpc-dns-hostnames")).value(0).id, QStringLiteral("vpc-02d5867a"));
    }
    const QByteArray vpcs = R"({"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16"}, {"VpcId": "vpc-2", "CidrBlock": "10.1.0.0/16"},
                                          {"VpcId": "vpc-3", "CidrBlock": "10.2.0.0/16"}]})";
    const QByteArray endpoints = R"({"VpcEndpoints": [
        {"VpcEndpointId": "vpce-1", "VpcEndpointType": "Interface", "VpcId": "vpc-1", "ServiceName": "com.amazonaws.eu-west-1.ssm", "PrivateDnsEnabled": true},
        {"VpcEndpointId": "vpce-2", "VpcEndpointType": "Interface", "VpcId": "vpc-2", "ServiceName": "com.amazonaws.eu-west-1.ssm", "PrivateDnsEnabled": true},
        {"VpcEndpointId": "vpce-3", "VpcEndpointType": "Interface", "VpcId": "vpc-3", "ServiceName": "com.amazonaws.eu-west-1.ssm", "PrivateDnsEnabled": true},
        {"VpcEndpointId": "vpce-4", "VpcEndpointType": "Interface", "VpcId": "vpc-1", "ServiceName": "com.amazonaws.eu-west-1.kms", "PrivateDnsEnabled": false},
        {"VpcEndpointId": "vpce-5", "VpcEndpointType": "Gateway", "VpcId": "vpc-1", "ServiceName": "com.amazonaws.eu-west-1.s3"}]})";
    QTemporaryDir in;
    write(in.filePath(QStringLiteral("vpcs.json")), vpcs);
    write(in.filePath(QStringLiteral("endpoints.json")), endpoints);
    // vpc-1: hostnames off; vpc-2: both on; vpc-3: not exported.
    write(in.filePath(QStringLiteral("a1.json")), R"({"VpcId": "vpc-1", "EnableDnsSupport": {"Value": true}})");
    write(in.filePath(QStringLiteral("a2.json")), R"({"VpcId": "vpc-1", "EnableDnsHostnames": {"Value": false}})");
    write(in.filePath(QStringLiteral("a3.json")), R"({"VpcId": "vpc-2", "EnableDnsSupport": {"Value": true}})");
    write(in.filePath(QStringLiteral("a4.json")), R"({"VpcId": "vpc-2", "EnableDnsHostnames": {"Value": true}})");
    write(in.filePath(QStringLiteral("a5.json")), R"({"EnableDnsHostnames": {"Value": true}})"); // no VpcId: refused, named
    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("dns.vpclens")), &error);
    QVERIFY(ws);
    const auto imported = importTopology(*ws, {in.path()});
    const QString said = (imported.errors + imported.warnings + imported.skipped).join(QLatin1Char('\n'));
    QVERIFY2(said.contains(QLatin1String("a5.json: EnableDnsHostnames without VpcId")), qPrintable(said));
    const Estate estate = loadEstate(*ws);
    QCOMPARE(estate.vpcs.value(QStringLiteral("vpc-1")).dnsSupport, std::optional<bool>(true));
    QCOMPARE(estate.vpcs.value(QStringLiteral("vpc-1")).dnsHostnames, std::optional<bool>(false));
    QVERIFY(!estate.vpcs.value(QStringLiteral("vpc-3")).dnsSupport.has_value());
    const FindingsReport report = reviewEstate(*ws, estate);
    QStringList flagged;
    for (const Finding &f : report.findings)
        if (f.check == QLatin1String("endpoint-private-dns"))
            flagged << f.resources.value(0);
    QCOMPARE(flagged, QStringList{QStringLiteral("vpce-1")});
    const QList<DetailItem> d = resourceDetails(estate, QStringLiteral("vpc"), QStringLiteral("vpc-1"), [](const QString &, const QString &) { return QJsonObject(); });
    QCOMPARE(child(d, QStringLiteral("DNS"))->value, QStringLiteral("private DNS of interface endpoints does not work (needs both)"));
}

// Addresses outside the estate by name: AWS's ranges (the longest IPv4 prefix holding the address,
// its service before AMAZON), found by brute force over the shipped file with the dotted quads read
// by hand; the analyst's blocks before AWS's, the most specific first; a file that is not
// ip-ranges.json refused.
void TestResourceDetails::outsideAddressesByName()
{
    QFile file(test::sourcePath(QStringLiteral("resources/data/aws-ip-ranges.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject ranges = QJsonDocument::fromJson(file.readAll()).object();
    struct Prefix {
        quint32 network = 0;
        int length = 0;
        QString label;
    };
    const auto quad = [](const QString &dotted) {
        quint32 v = 0;
        for (const QString &part : dotted.split(QLatin1Char('.')))
            v = (v << 8) | part.toUInt();
        return v;
    };
    QList<Prefix> all;
    for (const QJsonValue v : ranges.value(QLatin1String("prefixes")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString block = p.value(QLatin1String("ip_prefix")).toString();
        all.append({quad(block.section(QLatin1Char('/'), 0, 0)), block.section(QLatin1Char('/'), 1).toInt(),
                    QStringLiteral("AWS %1 %2").arg(p.value(QLatin1String("service")).toString(), p.value(QLatin1String("region")).toString())});
    }
    QVERIFY(all.size() > 5000);
    const AddressBook &shipped = shippedAwsRanges();
    int checked = 0;
    for (qsizetype i = 0; i < all.size(); i += 37) {
        // The block's last address: inside it, and often inside no longer prefix.
        const quint32 probe = all[i].network | (all[i].length == 32 ? 0u : (0xffffffffu >> all[i].length));
        int longest = -1;
        QString expected;
        for (const Prefix &p : std::as_const(all)) {
            const quint32 mask = p.length == 0 ? 0u : 0xffffffffu << (32 - p.length);
            if ((probe & mask) == (p.network & mask) && (p.length > longest || (p.length == longest && expected.startsWith(QLatin1String("AWS AMAZON "))))) {
                longest = p.length;
                expected = p.label;
            }
        }
        const QString text = QStringLiteral("%1.%2.%3.%4").arg(probe >> 24).arg((probe >> 16) & 255).arg((probe >> 8) & 255).arg(probe & 255);
        const auto ip = parseIp(text.toStdString());
        QVERIFY(ip);
        QVERIFY2(shipped.nameOf(*ip) == expected, qPrintable(QStringLiteral("%1: %2, expected %3").arg(text, shipped.nameOf(*ip), expected)));
        ++checked;
    }
    QVERIFY(checked > 150);
    // IPv6: the file lists 2a05:d034:8000::/40 under AMAZON and S3, eu-west-1 (and no longer prefix holds ::1).
    QCOMPARE(shipped.nameOf(*parseIp("2a05:d034:8000::1")), QStringLiteral("AWS S3 eu-west-1"));
    QVERIFY(shipped.nameOf(*parseIp("192.0.2.1")).isEmpty()); // documentation range: nobody's

    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("names.vpclens")), &error);
    QVERIFY(ws);
    setAddressName(*ws, *parseIpCidr("203.0.113.0/24"), QStringLiteral("office"));
    setAddressName(*ws, *parseIpCidr("203.0.113.128/25"), QStringLiteral("lab"));
    setAddressName(*ws, *parseIpCidr("52.219.72.0/24"), QStringLiteral("our bucket path"));
    setAddressName(*ws, *parseIpCidr("198.51.100.0/24"), QStringLiteral("gone"));
    setAddressName(*ws, *parseIpCidr("198.51.100.0/24"), QString()); // removed
    Estate estate = loadEstate(*ws);
    QCOMPARE(estate.outsideName(*parseIp("203.0.113.5")), QStringLiteral("office"));
    QCOMPARE(estate.outsideName(*parseIp("203.0.113.200")), QStringLiteral("lab"));
    QCOMPARE(estate.outsideName(*parseIp("52.219.72.9")), QStringLiteral("our bucket path"));
    QCOMPARE(estate.outsideName(*parseIp("52.219.73.9")), shipped.nameOf(*parseIp("52.219.73.9")));
    QVERIFY(estate.outsideName(*parseIp("198.51.100.7")).isEmpty());
    QCOMPARE(estate.addressBook->sourceOf(*parseIp("203.0.113.5")), QStringLiteral("named in the workspace"));
    QVERIFY(!storeAwsRanges(*ws, R"({"Vpcs": []})", &error));
    QCOMPARE(error, QStringLiteral("not AWS's ip-ranges.json (no \"prefixes\" list)"));
    // A newer copy replaces the shipped one: here one prefix of its own.
    QVERIFY(storeAwsRanges(*ws, R"({"createDate": "2026-11-30-10-00-00", "prefixes": [{"ip_prefix": "192.0.2.0/24", "region": "eu-west-1", "service": "EC2"}], "ipv6_prefixes": []})", &error));
    estate = loadEstate(*ws);
    QCOMPARE(estate.outsideName(*parseIp("192.0.2.10")), QStringLiteral("AWS EC2 eu-west-1"));
    QCOMPARE(estate.addressBook->awsDate(), QStringLiteral("2026-11-30"));
    QVERIFY(estate.outsideName(*parseIp("52.219.73.9")).isEmpty());
}

QTEST_GUILESS_MAIN(TestResourceDetails)
#include "tst_resourcedetails.moc"
