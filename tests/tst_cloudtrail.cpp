// SPDX-License-Identifier: GPL-3.0-or-later
// CloudTrail (history/trail*.h, configuration.h): real trails read in every shape they come in, with
// the counts their SOURCES.md gives; bad records named and the rest kept; and the events applied: the
// configuration at a moment, a second snapshot reproduced from the first plus the events between them
// (and exactly the edit an event is missing from, when one is), explain judging each record against
// the configuration of its own time and naming the change that explains it.
#include "history/configuration.h"
#include "history/trailimporter.h"
#include "history/trailreader.h"
#include "history/trailtimeline.h"
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "sampleedits.h"
#include "samplelogs.h"
#include "testfiles.h"
#include "testpaths.h"
#include "trace/flowexplainer.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace vpclens;

namespace {

const QString kAccount = QStringLiteral("111122223333");
const QString kDataAcl = QStringLiteral("acl-0e000000000000a03");

QString realPath(const QString &relative)
{
    return test::sharedPath(QStringLiteral("data/real/") + relative);
}

// A CloudTrail record as EC2 logs it (lower camel parameters, lists as {"items": [...]}).
QJsonObject trailRecord(const QString &name, const QString &time, const QJsonObject &request, const QJsonObject &response = {},
                        const QString &errorCode = {})
{
    QJsonObject r{{QStringLiteral("eventVersion"), QStringLiteral("1.08")},
                  {QStringLiteral("userIdentity"), QJsonObject{{QStringLiteral("type"), QStringLiteral("IAMUser")},
                                                               {QStringLiteral("arn"), QStringLiteral("arn:aws:iam::111122223333:user/alice")},
                                                               {QStringLiteral("accountId"), kAccount}}},
                  {QStringLiteral("eventTime"), time},
                  {QStringLiteral("eventSource"), QStringLiteral("ec2.amazonaws.com")},
                  {QStringLiteral("eventName"), name},
                  {QStringLiteral("awsRegion"), QStringLiteral("eu-central-1")},
                  {QStringLiteral("requestParameters"), request},
                  {QStringLiteral("responseElements"), response.isEmpty() ? QJsonValue() : QJsonValue(response)},
                  {QStringLiteral("eventID"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                  {QStringLiteral("recipientAccountId"), kAccount}};
    if (!errorCode.isEmpty()) {
        r.insert(QStringLiteral("errorCode"), errorCode);
        r.insert(QStringLiteral("errorMessage"), QStringLiteral("You are not authorized to perform this operation."));
    }
    return r;
}

QJsonObject items(const QJsonArray &a)
{
    return QJsonObject{{QStringLiteral("items"), a}};
}

QJsonObject entry90Request()
{
    return QJsonObject{{QStringLiteral("networkAclId"), kDataAcl}, {QStringLiteral("ruleNumber"), 90}, {QStringLiteral("egress"), false},
                       {QStringLiteral("ruleAction"), QStringLiteral("deny")}, {QStringLiteral("aclProtocol"), QStringLiteral("6")},
                       {QStringLiteral("cidrBlock"), QStringLiteral("10.10.0.0/24")},
                       {QStringLiteral("portRange"), QJsonObject{{QStringLiteral("from"), 0}, {QStringLiteral("to"), 65535}}}};
}

QByteArray trailFile(const QJsonArray &records)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("Records"), records}}).toJson(QJsonDocument::Compact);
}

QMap<QString, int> countByName(const QList<TrailEvent> &events)
{
    QMap<QString, int> out;
    for (const TrailEvent &e : events)
        ++out[e.name];
    return out;
}

bool hasEntry(const ResourceSet &set, const QString &acl, int number, bool egress)
{
    const auto it = set.find({QStringLiteral("network-acl"), acl});
    if (it == set.end())
        return false;
    const QJsonArray entries = it->second.json.value(QStringLiteral("Entries")).toArray();
    return std::any_of(entries.begin(), entries.end(), [&](const QJsonValue &e) {
        return e[QStringLiteral("RuleNumber")].toInt() == number && e[QStringLiteral("Egress")].toBool() == egress;
    });
}

} // namespace

class TestCloudTrail : public QObject
{
    Q_OBJECT
private slots:
    void realTrailAsDelivered();
    void everyShapeRead();
    void badRecordsNamedTheRestKept();
    void configurationAtAMoment();
    void eventsReproduceTheNextSnapshot();
    void eventsReproduceARealLabsNextExport();
    void mirroringCallsApplied();
    void explainJudgesEachRecordAgainstItsOwnTime();

private:
    std::unique_ptr<Workspace> open(const QString &name);
    QTemporaryDir m_dir;
};

std::unique_ptr<Workspace> TestCloudTrail::open(const QString &name)
{
    QString error;
    auto ws = Workspace::open(m_dir.filePath(name), &error);
    if (!ws)
        qWarning() << error;
    return ws;
}

void TestCloudTrail::realTrailAsDelivered()
{
    VPCLENS_REQUIRE_SHARED();
    // invictus-ir: 20 S3 objects of a real trail; SOURCES.md counts 1,815 records and 83 network
    // changes among them, by name as below, one of them a failed CreateVpc (VpcLimitExceeded).
    auto ws = open(QStringLiteral("invictus.vpclens"));
    QVERIFY(ws);
    const TrailImportResult r = importCloudTrail(*ws, {realPath(QStringLiteral("invictus-ir-aws-dataset/CloudTrail"))});
    QCOMPARE(r.errors, QStringList());
    QCOMPARE(r.problems, QStringList());
    QCOMPARE(r.filesRead, 20);
    QCOMPARE(r.records, 1815);
    QCOMPARE(r.changes, 83);
    QCOMPARE(r.failed, 1);
    qint64 others = 0;
    for (const qint64 n : r.otherEvents)
        others += n;
    QCOMPARE(others, 1815 - 83);
    const QList<TrailEvent> events = trailEvents(*ws);
    const QMap<QString, int> expected{
        {QStringLiteral("AssociateRouteTable"), 8}, {QStringLiteral("DisassociateRouteTable"), 8}, {QStringLiteral("CreateRouteTable"), 8},
        {QStringLiteral("DeleteRouteTable"), 8}, {QStringLiteral("CreateVpc"), 7}, {QStringLiteral("CreateRoute"), 5},
        {QStringLiteral("CreateSubnet"), 5}, {QStringLiteral("DeleteSubnet"), 5}, {QStringLiteral("DeleteRoute"), 3},
        {QStringLiteral("DeleteVpc"), 3}, {QStringLiteral("AttachInternetGateway"), 3}, {QStringLiteral("DeleteInternetGateway"), 3},
        {QStringLiteral("CreateNetworkInterface"), 3}, {QStringLiteral("CreateInternetGateway"), 2}, {QStringLiteral("DetachInternetGateway"), 2},
        {QStringLiteral("CreateNatGateway"), 2}, {QStringLiteral("DeleteNatGateway"), 2}, {QStringLiteral("DeleteNetworkInterface"), 2},
        {QStringLiteral("AuthorizeSecurityGroupEgress"), 1}, {QStringLiteral("RevokeSecurityGroupIngress"), 1},
        {QStringLiteral("RevokeSecurityGroupEgress"), 1}, {QStringLiteral("CreateFlowLogs"), 1}};
    QCOMPARE(countByName(events), expected);
    const auto failed = std::find_if(events.cbegin(), events.cend(), [](const TrailEvent &e) { return e.status == TrailEvent::Status::Failed; });
    QVERIFY(failed != events.cend());
    QCOMPARE(failed->name, QStringLiteral("CreateVpc"));
    QVERIFY2(failed->error.startsWith(QStringLiteral("Client.VpcLimitExceeded")), qPrintable(failed->error));
    // The legacy flat form (ipProtocol, fromPort, cidrIp under requestParameters) is understood.
    const auto revoke = std::find_if(events.cbegin(), events.cend(), [](const TrailEvent &e) { return e.name == QLatin1String("RevokeSecurityGroupIngress"); });
    QCOMPARE(revoke->status, TrailEvent::Status::Applied);
    QVERIFY(revoke->resources.contains(QStringLiteral("sg-04cfb7a4712d75b00")));
    // Delivered again (overlapping files, a second download): nothing new.
    const TrailImportResult again = importCloudTrail(*ws, {realPath(QStringLiteral("invictus-ir-aws-dataset/CloudTrail"))});
    QCOMPARE(again.changes, 83);
    QCOMPARE(again.added, 0);
    QCOMPARE(trailEvents(*ws).size(), 83);
}

void TestCloudTrail::everyShapeRead()
{
    VPCLENS_REQUIRE_SHARED();
    // A bare array in the newer XML-echo shape (stratus-red-team): DeleteFlowLogs names its flow log.
    TrailFile f = readTrailFile(realPath(QStringLiteral("stratus-red-team/detonation-logs/aws.defense-evasion.vpc-remove-flow-logs.json")));
    QCOMPARE(f.error, QString());
    QCOMPARE(f.changes.size(), 1);
    QCOMPARE(f.changes[0].name, QStringLiteral("DeleteFlowLogs"));
    QCOMPARE(f.changes[0].resources, QStringList{QStringLiteral("fl-0e17aa62a21d4bbfe")});
    // lookup-events: the record is a JSON string; a ConsoleLogin, counted apart under its service.
    f = readTrailFile(realPath(QStringLiteral("aws-cli-examples/cloudtrail/lookup-events.example-1.json")));
    QCOMPARE(f.error, QString());
    QCOMPARE(f.records, 1);
    QCOMPARE(f.changes.size(), 0);
    QCOMPARE(f.otherEvents.value(QStringLiteral("signin.amazonaws.com")), 1);
    // gzip, as S3 delivers it.
    f = readTrailFile(realPath(QStringLiteral("trailscraper/tests/cloudtrail/data/111111111111_CloudTrail_eu-central-1_20171211T1505Z_A6kvhMoVeCsc7v8U.json.gz")));
    QCOMPARE(f.error, QString());
    QCOMPARE(f.records, 2);
    // An EventBridge event (cloud-custodian): a transit-gateway call, recognised, named as not applied.
    auto ws = open(QStringLiteral("shapes.vpclens"));
    QVERIFY(ws);
    const TrailImportResult r = importCloudTrail(*ws, {realPath(QStringLiteral("cloud-custodian/tests/data/cwe"))});
    QCOMPARE(r.changes, 1);
    QCOMPARE(r.notApplied, 1);
    // JSON Lines: a line that is not JSON is named by its line, the others read.
    const QByteArray good = QJsonDocument(trailRecord(QStringLiteral("DeleteNetworkAclEntry"), QStringLiteral("2025-06-01T10:00:00Z"),
                                                      QJsonObject{{QStringLiteral("networkAclId"), kDataAcl}, {QStringLiteral("ruleNumber"), 90},
                                                                  {QStringLiteral("egress"), false}}))
                                .toJson(QJsonDocument::Compact);
    f = readTrailText(good + "\n{\"eventName\": \"Broken\",\n" + good + "\n", QStringLiteral("lines.jsonl"));
    QCOMPARE(f.error, QString());
    QCOMPARE(f.changes.size(), 2);
    QCOMPARE(f.problems.size(), 1);
    QVERIFY2(f.problems[0].contains(QStringLiteral("line 2")), qPrintable(f.problems[0]));
    // A YAML rule file (panther-analysis) is refused with the reason, naming the file.
    f = readTrailFile(realPath(QStringLiteral("panther-analysis/rules/aws_cloudtrail_rules/aws_ec2_network_acl_modified.yml")));
    QVERIFY2(f.error.contains(QStringLiteral("aws_ec2_network_acl_modified.yml")) && f.error.contains(QStringLiteral("not JSON")), qPrintable(f.error));
    // A gzip file cut short is refused whole, never read in part.
    const QTemporaryDir dir;
    const QByteArray gz = test::gzipMember(trailFile({trailRecord(QStringLiteral("CreateRoute"), QStringLiteral("2025-06-01T10:00:00Z"), {})}));
    f = readTrailFile(test::writeFile(QDir(dir.path()), QStringLiteral("cut.json.gz"), gz.left(gz.size() / 2)));
    QVERIFY2(f.error.contains(QStringLiteral("cut.json.gz")), qPrintable(f.error));
    QCOMPARE(f.changes.size(), 0);
    // Past the size a trail file is read whole up to (a gzip bomb): refused, naming the limit.
    const QByteArray padded = trailFile({trailRecord(QStringLiteral("CreateRoute"), QStringLiteral("2025-06-01T10:00:00Z"), {})}) + QByteArray(4096, ' ');
    f = readTrailFile(test::writeFile(QDir(dir.path()), QStringLiteral("big.json.gz"), test::gzipMember(padded)), 2048);
    QVERIFY2(f.error.contains(QStringLiteral("big.json.gz")) && f.error.contains(QStringLiteral("2048")), qPrintable(f.error));
    QCOMPARE(f.changes.size(), 0);
}

void TestCloudTrail::badRecordsNamedTheRestKept()
{
    QJsonObject noTime = trailRecord(QStringLiteral("DeleteRoute"), QStringLiteral("yesterday"), {});
    QJsonObject noName = trailRecord(QStringLiteral("x"), QStringLiteral("2025-06-01T10:00:00Z"), {});
    noName.remove(QStringLiteral("eventName"));
    QJsonObject otherBadTime = trailRecord(QStringLiteral("GetObject"), QStringLiteral("soon"), {});
    otherBadTime.insert(QStringLiteral("eventSource"), QStringLiteral("s3.amazonaws.com"));
    const QJsonArray records{trailRecord(QStringLiteral("AuthorizeSecurityGroupIngress"), QStringLiteral("2025-06-01T10:00:00Z"),
                                         QJsonObject{{QStringLiteral("groupId"), QStringLiteral("sg-0d00000000000web1")},
                                                     {QStringLiteral("ipProtocol"), QStringLiteral("tcp")}, {QStringLiteral("fromPort"), 8443},
                                                     {QStringLiteral("toPort"), 8443}, {QStringLiteral("cidrIp"), QStringLiteral("203.0.113.0/24")}}),
                             noTime, 5, noName, otherBadTime};
    const TrailFile f = readTrailText(trailFile(records), QStringLiteral("bad.json"));
    QCOMPARE(f.error, QString());
    QCOMPARE(f.problems.size(), 4);
    QVERIFY2(f.problems[0].startsWith(QStringLiteral("bad.json: record 2")) && f.problems[0].contains(QStringLiteral("'yesterday'")), qPrintable(f.problems[0]));
    QVERIFY2(f.problems[1].contains(QStringLiteral("record 3")) && f.problems[1].contains(QStringLiteral("not a JSON object")), qPrintable(f.problems[1]));
    QVERIFY2(f.problems[2].contains(QStringLiteral("record 4")) && f.problems[2].contains(QStringLiteral("no eventName")), qPrintable(f.problems[2]));
    QVERIFY2(f.problems[3].contains(QStringLiteral("record 5")), qPrintable(f.problems[3]));
    // The good change is kept; the change without a time is kept too, never to be applied.
    QCOMPARE(f.changes.size(), 2);
    QCOMPARE(f.changes[0].status, TrailEvent::Status::Applied);
    QCOMPARE(f.changes[1].name, QStringLiteral("DeleteRoute"));
    QCOMPARE(f.changes[1].status, TrailEvent::Status::NotApplied);
    // Valid JSON that is no trail at all is refused, naming the file.
    const TrailFile other = readTrailText(R"({"SecurityGroups": []})", QStringLiteral("groups.json"));
    QVERIFY2(other.error.startsWith(QStringLiteral("groups.json: JSON, but not CloudTrail")), qPrintable(other.error));
}

void TestCloudTrail::configurationAtAMoment()
{
    auto ws = open(QStringLiteral("moment.vpclens"));
    QVERIFY(ws);
    importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))}, QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC));
    const QTemporaryDir dir;
    // 10:02 entry 90 deleted; 10:05 a failed call would have put it back; 11:00 a legacy-style rule.
    QJsonObject put = entry90Request();
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("trail.json"), trailFile({
        trailRecord(QStringLiteral("DeleteNetworkAclEntry"), QStringLiteral("2025-06-01T10:02:00Z"),
                    QJsonObject{{QStringLiteral("networkAclId"), kDataAcl}, {QStringLiteral("ruleNumber"), 90}, {QStringLiteral("egress"), false}},
                    QJsonObject{{QStringLiteral("_return"), true}}),
        trailRecord(QStringLiteral("CreateNetworkAclEntry"), QStringLiteral("2025-06-01T10:05:00Z"), put, {}, QStringLiteral("Client.UnauthorizedOperation")),
        trailRecord(QStringLiteral("AuthorizeSecurityGroupIngress"), QStringLiteral("2025-06-01T11:00:00Z"),
                    QJsonObject{{QStringLiteral("groupId"), QStringLiteral("sg-0d00000000000web1")}, {QStringLiteral("ipPermissions"), QJsonObject{}},
                                {QStringLiteral("ipProtocol"), QStringLiteral("tcp")}, {QStringLiteral("fromPort"), 8443},
                                {QStringLiteral("toPort"), 8443}, {QStringLiteral("cidrIp"), QStringLiteral("203.0.113.0/24")}}),
    }));
    const TrailImportResult r = importCloudTrail(*ws, {path});
    QCOMPARE(r.changes, 3);
    QCOMPARE(r.failed, 1);
    const qint64 at1001 = QDateTime(QDate(2025, 6, 1), QTime(10, 1), Qt::UTC).toMSecsSinceEpoch();
    const qint64 at1003 = at1001 + 2 * 60 * 1000, at1200 = at1001 + 119 * 60 * 1000;
    QVERIFY(hasEntry(configurationAt(*ws, at1001).resources, kDataAcl, 90, false));
    const Configuration after = configurationAt(*ws, at1003);
    QVERIFY(!hasEntry(after.resources, kDataAcl, 90, false));
    QCOMPARE(after.applied.size(), 1);
    const Configuration noon = configurationAt(*ws, at1200);
    QVERIFY(!hasEntry(noon.resources, kDataAcl, 90, false)); // the failed call never applied
    QCOMPARE(noon.applied.size(), 2);
    QCOMPARE(noon.notes, QStringList());
    const QJsonArray in = noon.resources.at({QStringLiteral("security-group"), QStringLiteral("sg-0d00000000000web1")}).json.value(QStringLiteral("IpPermissions")).toArray();
    const bool has8443 = std::any_of(in.begin(), in.end(), [](const QJsonValue &p) {
        return p[QStringLiteral("FromPort")].toInt() == 8443 && p[QStringLiteral("IpRanges")].toArray().first()[QStringLiteral("CidrIp")].toString() == QLatin1String("203.0.113.0/24");
    });
    QVERIFY(has8443);
    // Deleting what the configuration does not hold is named, never silently ignored.
    const QString again = test::writeFile(QDir(dir.path()), QStringLiteral("again.json"), trailFile({trailRecord(
        QStringLiteral("DeleteNetworkAclEntry"), QStringLiteral("2025-06-01T11:30:00Z"),
        QJsonObject{{QStringLiteral("networkAclId"), kDataAcl}, {QStringLiteral("ruleNumber"), 90}, {QStringLiteral("egress"), false}})}));
    importCloudTrail(*ws, {again});
    const Configuration later = configurationAt(*ws, at1200);
    QCOMPARE(later.notes.size(), 1);
    QVERIFY2(later.notes[0].contains(QStringLiteral("has no ingress entry 90")), qPrintable(later.notes[0]));
}

void TestCloudTrail::eventsReproduceTheNextSnapshot()
{
    // The second export: the sample with five edits. The trail between the two exports makes those
    // edits, plus a failed call and a change of another service.
    const QString edited = test::editedSampleCopy(m_dir.filePath(QStringLiteral("edited")), test::fiveEdits());
    const QJsonArray events{
        trailRecord(QStringLiteral("DeleteNetworkAclEntry"), QStringLiteral("2025-06-01T10:02:00Z"),
                    QJsonObject{{QStringLiteral("networkAclId"), kDataAcl}, {QStringLiteral("ruleNumber"), 90}, {QStringLiteral("egress"), false}}),
        trailRecord(QStringLiteral("AuthorizeSecurityGroupIngress"), QStringLiteral("2025-06-01T10:10:00Z"),
                    QJsonObject{{QStringLiteral("groupId"), QStringLiteral("sg-0d00000000000web1")},
                                {QStringLiteral("ipPermissions"), items({QJsonObject{
                                     {QStringLiteral("ipProtocol"), QStringLiteral("tcp")}, {QStringLiteral("fromPort"), 8443}, {QStringLiteral("toPort"), 8443},
                                     {QStringLiteral("groups"), QJsonObject{}}, {QStringLiteral("ipv6Ranges"), QJsonObject{}},
                                     {QStringLiteral("prefixListIds"), QJsonObject{}},
                                     {QStringLiteral("ipRanges"), items({QJsonObject{{QStringLiteral("cidrIp"), QStringLiteral("203.0.113.0/24")}}})}}})}}),
        trailRecord(QStringLiteral("DeleteSecurityGroup"), QStringLiteral("2025-06-01T10:20:00Z"),
                    QJsonObject{{QStringLiteral("groupId"), QStringLiteral("sg-0d000000000tools1")}}),
        trailRecord(QStringLiteral("ReplaceRoute"), QStringLiteral("2025-06-01T10:30:00Z"),
                    QJsonObject{{QStringLiteral("routeTableId"), QStringLiteral("rtb-0f000000000000a02")},
                                {QStringLiteral("destinationCidrBlock"), QStringLiteral("0.0.0.0/0")},
                                {QStringLiteral("natGatewayId"), QStringLiteral("nat-0ffffffffffffffff")}}),
        trailRecord(QStringLiteral("ModifyNetworkInterfaceAttribute"), QStringLiteral("2025-06-01T10:40:00Z"),
                    QJsonObject{{QStringLiteral("networkInterfaceId"), QStringLiteral("eni-01000000000000001")},
                                {QStringLiteral("groupSet"), items({QJsonObject{{QStringLiteral("groupId"), QStringLiteral("sg-0d00000000000app1")}}})}}),
        trailRecord(QStringLiteral("DeleteRoute"), QStringLiteral("2025-06-01T10:50:00Z"),
                    QJsonObject{{QStringLiteral("routeTableId"), QStringLiteral("rtb-0f000000000000a02")},
                                {QStringLiteral("destinationCidrBlock"), QStringLiteral("0.0.0.0/0")}},
                    {}, QStringLiteral("Client.UnauthorizedOperation")),
    };
    const QDateTime first(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC), second(QDate(2025, 6, 2), QTime(0, 0), Qt::UTC);
    for (const bool complete : {true, false}) {
        auto ws = open(complete ? QStringLiteral("reproduced.vpclens") : QStringLiteral("short.vpclens"));
        QVERIFY(ws);
        importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))}, first);
        importTopology(*ws, {edited}, second);
        QJsonArray trail = events;
        if (!complete)
            trail.removeAt(4); // the interface's groups were changed by a call the trail lacks
        const QTemporaryDir dir;
        importCloudTrail(*ws, {test::writeFile(QDir(dir.path()), QStringLiteral("t.json"), trailFile(trail))});
        const QList<ReproductionCheck> checks = checkSnapshots(*ws);
        QCOMPARE(checks.size(), 1);
        const ReproductionCheck &c = checks.first();
        QCOMPARE(c.events, complete ? 5 : 4);
        QCOMPARE(c.notes, QStringList());
        QStringList differences;
        for (const SnapshotChange &d : c.differences)
            differences << QStringLiteral("%1 %2: %3").arg(QLatin1String(changeKindName(d.kind)), d.resource, d.detail);
        const QStringList expected = complete ? QStringList()
                                              : QStringList{QStringLiteral("added eni-01000000000000001: group sg-0d00000000000app1"),
                                                            QStringLiteral("removed eni-01000000000000001: group sg-0d00000000000web1")};
        QCOMPARE(differences, expected);
    }
}

void TestCloudTrail::eventsReproduceARealLabsNextExport()
{
    VPCLENS_REQUIRE_SHARED();
    // A Batfish lab's export (aws_traffic_in_igw_out_ngw), and a copy in which sg-hr-west no longer
    // allows tcp 80 from anywhere and rtb-ngw-hr-west has one more route: the two calls that made
    // those edits reproduce the copy.
    const QString lab = realPath(QStringLiteral("batfish-lab-validation/snapshots/aws_traffic_in_igw_out_ngw"));
    const QString copy = m_dir.filePath(QStringLiteral("lab-edited"));
    QVERIFY(QDir().mkpath(copy + QStringLiteral("/aws_configs/us-west-1")));
    QVERIFY(QDir().mkpath(copy + QStringLiteral("/aws_configs/us-east-1")));
    for (const QString &region : {QStringLiteral("us-west-1"), QStringLiteral("us-east-1")}) {
        const QDir from(lab + QStringLiteral("/aws_configs/") + region), to(copy + QStringLiteral("/aws_configs/") + region);
        for (const QString &file : from.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile in(from.filePath(file));
            QVERIFY(in.open(QIODevice::ReadOnly));
            QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
            if (region == QLatin1String("us-west-1") && file == QLatin1String("SecurityGroups.json"))
                test::forItem(json, QStringLiteral("SecurityGroups"), QStringLiteral("GroupId"), QStringLiteral("sg-023b0824dd46fb2d2"), [](QJsonObject &g) {
                    QJsonArray in = g.value(QStringLiteral("IpPermissions")).toArray();
                    for (qsizetype i = in.size() - 1; i >= 0; --i)
                        if (in[i][QStringLiteral("FromPort")].toInt() == 80)
                            in.removeAt(i);
                    g.insert(QStringLiteral("IpPermissions"), in);
                });
            if (region == QLatin1String("us-west-1") && file == QLatin1String("RouteTables.json"))
                test::forItem(json, QStringLiteral("RouteTables"), QStringLiteral("RouteTableId"), QStringLiteral("rtb-0c3e71d8e50c9ffc1"), [](QJsonObject &t) {
                    QJsonArray routes = t.value(QStringLiteral("Routes")).toArray();
                    routes.append(QJsonObject{{QStringLiteral("DestinationCidrBlock"), QStringLiteral("192.0.2.0/24")}, {QStringLiteral("GatewayId"), QStringLiteral("local")},
                                              {QStringLiteral("State"), QStringLiteral("active")}});
                    t.insert(QStringLiteral("Routes"), routes);
                });
            test::writeFile(to, file, QJsonDocument(json).toJson(QJsonDocument::Compact));
        }
    }
    auto ws = open(QStringLiteral("lab.vpclens"));
    QVERIFY(ws);
    importTopology(*ws, {lab}, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
    importTopology(*ws, {copy}, QDateTime(QDate(2025, 1, 2), QTime(0, 0), Qt::UTC));
    auto call = [](const QString &name, const QString &time, const QJsonObject &request) {
        QJsonObject r = trailRecord(name, time, request);
        r.insert(QStringLiteral("awsRegion"), QStringLiteral("us-west-1"));
        r.insert(QStringLiteral("recipientAccountId"), QStringLiteral("028403472736"));
        return r;
    };
    const QTemporaryDir dir;
    importCloudTrail(*ws, {test::writeFile(QDir(dir.path()), QStringLiteral("lab.json"), trailFile({
        call(QStringLiteral("RevokeSecurityGroupIngress"), QStringLiteral("2025-01-01T10:00:00Z"),
             QJsonObject{{QStringLiteral("groupId"), QStringLiteral("sg-023b0824dd46fb2d2")},
                         {QStringLiteral("ipPermissions"), items({QJsonObject{{QStringLiteral("ipProtocol"), QStringLiteral("tcp")}, {QStringLiteral("fromPort"), 80},
                                                                              {QStringLiteral("toPort"), 80},
                                                                              {QStringLiteral("ipRanges"), items({QJsonObject{{QStringLiteral("cidrIp"), QStringLiteral("0.0.0.0/0")}}})}}})}}),
        call(QStringLiteral("CreateRoute"), QStringLiteral("2025-01-01T11:00:00Z"),
             QJsonObject{{QStringLiteral("routeTableId"), QStringLiteral("rtb-0c3e71d8e50c9ffc1")}, {QStringLiteral("destinationCidrBlock"), QStringLiteral("192.0.2.0/24")},
                         {QStringLiteral("gatewayId"), QStringLiteral("local")}}),
    }))});
    const QList<ReproductionCheck> checks = checkSnapshots(*ws);
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks[0].events, 2);
    QCOMPARE(checks[0].notes, QStringList());
    QCOMPARE(checks[0].differences.size(), 0);
    // Without the trail the same two snapshots differ by exactly those edits.
    const SnapshotDiff d = diffSnapshots(*ws, checks[0].from, checks[0].to);
    QCOMPARE(d.changes.size(), 2);
}

void TestCloudTrail::mirroringCallsApplied()
{
    // A mirror session created (the newer XML-echo shape CloudTrail logs it in) and deleted again.
    auto ws = open(QStringLiteral("mirror.vpclens"));
    QVERIFY(ws);
    importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))}, QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC));
    const QJsonObject session{{QStringLiteral("trafficMirrorSessionId"), QStringLiteral("tms-0123456789abcdef0")},
                              {QStringLiteral("networkInterfaceId"), QStringLiteral("eni-01000000000000003")},
                              {QStringLiteral("trafficMirrorTargetId"), QStringLiteral("tmt-0123456789abcdef0")},
                              {QStringLiteral("trafficMirrorFilterId"), QStringLiteral("tmf-0123456789abcdef0")},
                              {QStringLiteral("sessionNumber"), 1}, {QStringLiteral("virtualNetworkId"), 2317549}};
    const QTemporaryDir dir;
    const TrailImportResult r = importCloudTrail(*ws, {test::writeFile(QDir(dir.path()), QStringLiteral("m.json"), trailFile({
        trailRecord(QStringLiteral("CreateTrafficMirrorSession"), QStringLiteral("2025-06-01T10:00:00Z"),
                    QJsonObject{{QStringLiteral("CreateTrafficMirrorSessionRequest"), QJsonObject{{QStringLiteral("NetworkInterfaceId"),
                                                                                                  QJsonObject{{QStringLiteral("content"), QStringLiteral("eni-01000000000000003")}, {QStringLiteral("tag"), 1}}}}}},
                    QJsonObject{{QStringLiteral("CreateTrafficMirrorSessionResponse"), QJsonObject{{QStringLiteral("trafficMirrorSession"), session},
                                                                                                   {QStringLiteral("xmlns"), QStringLiteral("http://ec2.amazonaws.com/doc/2016-11-15/")}}}}),
        trailRecord(QStringLiteral("DeleteTrafficMirrorSession"), QStringLiteral("2025-06-01T11:00:00Z"),
                    QJsonObject{{QStringLiteral("DeleteTrafficMirrorSessionRequest"), QJsonObject{{QStringLiteral("TrafficMirrorSessionId"),
                                                                                                  QJsonObject{{QStringLiteral("content"), QStringLiteral("tms-0123456789abcdef0")}, {QStringLiteral("tag"), 1}}}}}}),
    }))});
    QCOMPARE(r.changes, 2);
    QCOMPARE(r.notApplied, 0);
    const qint64 t1030 = QDateTime(QDate(2025, 6, 1), QTime(10, 30), Qt::UTC).toMSecsSinceEpoch();
    const ResourceSet during = configurationAt(*ws, t1030).resources;
    const auto it = during.find({QStringLiteral("traffic-mirror-session"), QStringLiteral("tms-0123456789abcdef0")});
    QVERIFY(it != during.end());
    QCOMPARE(it->second.json.value(QStringLiteral("VirtualNetworkId")).toInt(), 2317549);
    QCOMPARE(it->second.json.value(QStringLiteral("NetworkInterfaceId")).toString(), QStringLiteral("eni-01000000000000003"));
    QVERIFY(!configurationAt(*ws, t1030 + 3600 * 1000).resources.count({QStringLiteral("traffic-mirror-session"), QStringLiteral("tms-0123456789abcdef0")}));
}

void TestCloudTrail::explainJudgesEachRecordAgainstItsOwnTime()
{
    // The snapshot (taken before the logs) lacks the data NACL's entry 90; CloudTrail says it was
    // created at T. Records the data interfaces logged as REJECT from the bastion's subnet: before T
    // the configuration accepts them (a disagreement); from T on they agree, because of that change.
    const QHash<QString, QString> owners = test::sampleOwners();
    QList<qint64> starts;
    for (const test::SampleRecord &s : test::sampleRecords())
        if (s.action == QLatin1String("REJECT") && s.status == QLatin1String("OK") && s.protocol == 6 && s.src.startsWith(QLatin1String("10.10.0."))
            && (s.dst.startsWith(QLatin1String("10.10.20.")) || s.dst.startsWith(QLatin1String("10.10.21."))) && s.eni == owners.value(s.dst))
            starts.append(s.start);
    std::sort(starts.begin(), starts.end());
    QVERIFY(starts.size() >= 4);
    const qint64 t = starts[starts.size() / 2]; // a record starting at T is judged by the new entry
    const qint64 after = std::count_if(starts.cbegin(), starts.cend(), [t](qint64 s) { return s >= t; });

    const QString without = test::editedSampleCopy(m_dir.filePath(QStringLiteral("no90")), {{QStringLiteral("describe-network-acls.json"), test::withoutDataEntry90}});
    auto plain = open(QStringLiteral("explain-plain.vpclens"));
    auto traced = open(QStringLiteral("explain-trail.vpclens"));
    QVERIFY(plain && traced);
    for (Workspace *ws : {plain.get(), traced.get()}) {
        importTopology(*ws, {without}, QDateTime::fromSecsSinceEpoch(starts.first() - 86400, Qt::UTC));
        QVERIFY(importFlowLogs(*ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))}).records > 0);
    }
    const QTemporaryDir dir;
    const QString when = QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
    importCloudTrail(*traced, {test::writeFile(QDir(dir.path()), QStringLiteral("t.json"),
                                               trailFile({trailRecord(QStringLiteral("CreateNetworkAclEntry"), when, entry90Request())}))});
    QVERIFY(trailTimeline(*plain) == nullptr);
    const ExplainResult before = explainWorkspace(*plain);
    const auto timeline = trailTimeline(*traced);
    QVERIFY(timeline);
    const ExplainResult withTrail = explainWorkspace(*traced, nullptr, timeline.get());
    QCOMPARE(withTrail.records, before.records);
    const auto cls = [](const ExplainResult &r, ExplainClass c) { return r.classes[std::size_t(c)]; };
    QCOMPARE(cls(before, ExplainClass::LoggedRejectConfigAccepts) - cls(withTrail, ExplainClass::LoggedRejectConfigAccepts), after);
    QCOMPARE(cls(withTrail, ExplainClass::Agree) - cls(before, ExplainClass::Agree), after);
    QCOMPARE(withTrail.agreeByChange.size(), 1);
    QCOMPARE(withTrail.agreeByChange[0].records, after);
    const QString change = withTrail.agreeByChange[0].change;
    QVERIFY2(change.startsWith(QStringLiteral("CreateNetworkAclEntry ") + kDataAcl) && change.contains(when.left(16))
                 && change.contains(QStringLiteral("arn:aws:iam::111122223333:user/alice")),
             qPrintable(change));
    QCOMPARE(storedAgreeByChange(*traced).size(), 1);
}

QTEST_GUILESS_MAIN(TestCloudTrail)
#include "tst_cloudtrail.moc"
