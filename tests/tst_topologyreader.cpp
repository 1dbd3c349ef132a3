// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/topologyimporter.h"
#include "testpaths.h"
#include "topology/resourcekind.h"
#include "topology/topologyresource.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

class TestTopologyReader : public QObject
{
    Q_OBJECT
private slots:
    void timestamps_data();
    void timestamps();
    void scopeFromPaths_data();
    void scopeFromPaths();
    void readsSampleSecurityGroups();
    void instancesComeFromReservations();
    void prefixListEntriesTakeIdFromFileName();
    void malformedJsonNamesFileAndLine();
    void nonExportIsSkippedWithReason();
    void everyRealExportReads();
    void trafficMirroringReads();
};

void TestTopologyReader::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("epoch");
    // Epoch values worked out by hand: 2019-12-09T11:38:05Z = 1575891485.
    QTest::newRow("cli wire") << QStringLiteral("2019-12-09T11:38:05.000Z") << qint64(1575891485);
    QTest::newRow("iso offset") << QStringLiteral("2022-11-15T10:48:59+00:00") << qint64(1668509339);
    QTest::newRow("boto3 space") << QStringLiteral("2020-06-21 03:33:52+00:00") << qint64(1592710432);
    QTest::newRow("other offset") << QStringLiteral("2020-06-21T05:33:52+02:00") << qint64(1592710432);
}

void TestTopologyReader::timestamps()
{
    QFETCH(QString, text);
    QFETCH(qint64, epoch);
    const QDateTime t = parseAwsTimestamp(text);
    QVERIFY(t.isValid());
    QCOMPARE(t.toSecsSinceEpoch(), epoch);
    QVERIFY(!parseAwsTimestamp(QStringLiteral("yesterday")).isValid());
}

void TestTopologyReader::scopeFromPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("region");
    QTest::newRow("batfish") << "/x/aws_configs/us-east-1/Vpcs.json" << "" << "us-east-1";
    QTest::newRow("multi-account") << "/x/aws_configs/accounts/028403472736/us-east-1/Vpcs.json" << "028403472736" << "us-east-1";
    QTest::newRow("cloudmapper") << "/x/account-data/demo/eu-west-2/ec2-describe-vpcs.json" << "demo" << "eu-west-2";
    QTest::newRow("govcloud") << "/x/aws_configs/us-gov-west-1/Vpcs.json" << "" << "us-gov-west-1";
    QTest::newRow("nothing") << "/tmp/vpcs.json" << "" << "";
}

void TestTopologyReader::scopeFromPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, account);
    QFETCH(QString, region);
    const PathScope s = scopeFromPath(path);
    QCOMPARE(s.account, account);
    QCOMPARE(s.region, region);
}

void TestTopologyReader::readsSampleSecurityGroups()
{
    const TopologyFile f = readTopologyFile(test::sourcePath(QStringLiteral("resources/sample/topology/describe-security-groups.json")));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(f.jsonKey, QStringLiteral("SecurityGroups"));
    QCOMPARE(f.resources.size(), 7);
    const auto web = std::find_if(f.resources.cbegin(), f.resources.cend(), [](const auto &r) { return r.id == QLatin1String("sg-0d00000000000web1"); });
    QVERIFY(web != f.resources.cend());
    QCOMPARE(web->name, QStringLiteral("web-sg"));
    QCOMPARE(web->kind, QStringLiteral("security-group"));
    QCOMPARE(web->account, QStringLiteral("111122223333"));
    QCOMPARE(web->vpcId, QStringLiteral("vpc-0a1b2c3d4e5f60001"));
    const QJsonObject raw = QJsonDocument::fromJson(web->raw).object();
    QCOMPARE(raw.value(QLatin1String("GroupId")).toString(), web->id);
}

void TestTopologyReader::instancesComeFromReservations()
{
    const TopologyFile f = readTopologyFile(test::sourcePath(QStringLiteral("resources/sample/topology/describe-instances.json")));
    QCOMPARE(f.resources.size(), 8);
    for (const auto &r : f.resources) {
        QCOMPARE(r.kind, QStringLiteral("instance"));
        QVERIFY(r.id.startsWith(QLatin1String("i-")));
        QCOMPARE(r.region, QStringLiteral("eu-central-1")); // from Placement.AvailabilityZone
        QCOMPARE(r.state, QStringLiteral("running"));
    }
}

void TestTopologyReader::prefixListEntriesTakeIdFromFileName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("get-managed-prefix-list-entries.pl-0123456789abcdef0.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"Entries": [{"Cidr": "10.0.0.0/16", "Description": "corp"}]})");
    f.close();
    const TopologyFile t = readTopologyFile(path);
    QCOMPARE(t.resources.size(), 1);
    QCOMPARE(t.resources[0].kind, QStringLiteral("prefix-list-entries"));
    QCOMPARE(t.resources[0].id, QStringLiteral("pl-0123456789abcdef0"));
}

void TestTopologyReader::malformedJsonNamesFileAndLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"Vpcs\": [\n    {\"VpcId\": \"vpc-1\",}\n  ]\n}\n"); // the trailing comma is on line 3
    f.close();
    const TopologyFile t = readTopologyFile(path);
    QVERIFY(t.resources.isEmpty());
    QVERIFY2(t.error.startsWith(path + QStringLiteral(":3:")), qPrintable(t.error));
}

void TestTopologyReader::nonExportIsSkippedWithReason()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("package.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"name": "left-pad", "version": "1.3.0"})");
    f.close();
    const TopologyFile t = readTopologyFile(path);
    QVERIFY(t.error.isEmpty());
    QVERIFY(t.skippedReason.contains(path));
    QVERIFY(t.skippedReason.contains(QLatin1String("not a supported AWS export")));
}

void TestTopologyReader::everyRealExportReads()
{
    VPCLENS_REQUIRE_SHARED();
    int recognised = 0;
    for (const QString &path : collectJsonFiles({test::sharedPath(QStringLiteral("data/real"))})) {
        const TopologyFile t = readTopologyFile(path);
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        if (!t.jsonKey.isEmpty())
            ++recognised;
    }
    QVERIFY2(recognised > 1000, qPrintable(QString::number(recognised)));
}

// describe-traffic-mirror-sessions, -targets and -filters (the AWS CLI's examples), and a boto3
// response recorded as it came ({"status_code", "data"}: cloud-custodian's placebo files).
void TestTopologyReader::trafficMirroringReads()
{
    VPCLENS_REQUIRE_SHARED();
    auto read = [](const QString &relative) { return readTopologyFile(test::sharedPath(QStringLiteral("data/real/") + relative)); };
    const TopologyFile sessions = read(QStringLiteral("aws-cli-examples/ec2/describe-traffic-mirror-sessions.example-1.json"));
    QCOMPARE(sessions.resources.size(), 2);
    QCOMPARE(sessions.resources[0].kind, QStringLiteral("traffic-mirror-session"));
    QCOMPARE(sessions.resources[0].id, QStringLiteral("tms-0567a4c684EXAMPLE"));
    QCOMPARE(sessions.resources[1].name, QStringLiteral("tag test"));
    const TopologyFile filters = read(QStringLiteral("aws-cli-examples/ec2/describe-traffic-mirror-filters.example-1.json"));
    QCOMPARE(filters.resources.size(), 1);
    QCOMPARE(filters.resources[0].kind, QStringLiteral("traffic-mirror-filter"));
    const TopologyFile targets = read(QStringLiteral("aws-cli-examples/ec2/describe-traffic-mirror-targets.example-1.json"));
    QCOMPARE(targets.resources.size(), 1);
    QCOMPARE(targets.resources[0].kind, QStringLiteral("traffic-mirror-target"));
    const TopologyFile recorded = read(QStringLiteral("cloud-custodian/tests/data/placebo/test_traffic_mirror_target/ec2.DescribeTrafficMirrorTargets_1.json"));
    QCOMPARE(recorded.resources.size(), 1);
    QCOMPARE(recorded.resources[0].id, QStringLiteral("tmt-02cc3955d41358894"));
}

QTEST_GUILESS_MAIN(TestTopologyReader)
#include "tst_topologyreader.moc"
