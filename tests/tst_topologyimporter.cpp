// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/topologyimporter.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

namespace {

int countOf(const Workspace &ws, const QString &kind)
{
    for (const KindCount &c : ws.resourceCounts())
        if (c.kind == kind)
            return c.count;
    return 0;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestTopologyImporter : public QObject
{
    Q_OBJECT
private slots:
    void sharedVpcAcrossAccountsStoredOnce();
    void multiAccountPeeringCounts();
    void laterRegionAddsInsteadOfHiding();
    void newerSnapshotReplacesItsScope();
    void snapshotTimeOption();
    void badFilesReportedRestImports();
    void unchangedTopologyAddsNoSnapshot();
    void twoInstancesNamingOneInterface();

private:
    std::unique_ptr<Workspace> freshWorkspace(const QString &name)
    {
        QString error;
        auto ws = Workspace::open(m_dir.filePath(name), &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        return ws;
    }
    QTemporaryDir m_dir;
};

// Expected counts taken independently from the JSON with a separate script (distinct ids per key).
void TestTopologyImporter::sharedVpcAcrossAccountsStoredOnce()
{
    VPCLENS_REQUIRE_SHARED();
    auto ws = freshWorkspace(QStringLiteral("shared.vpclens"));
    const auto r = importTopology(*ws, {test::sharedPath(QStringLiteral("data/real/batfish-lab-validation/snapshots/aws_shared_vpc"))});
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(countOf(*ws, QStringLiteral("vpc")), 4);
    QCOMPARE(countOf(*ws, QStringLiteral("subnet")), 5);
    QCOMPARE(countOf(*ws, QStringLiteral("security-group")), 11);
    QCOMPARE(countOf(*ws, QStringLiteral("network-acl")), 8);
    QCOMPARE(countOf(*ws, QStringLiteral("network-interface")), 7);
}

void TestTopologyImporter::multiAccountPeeringCounts()
{
    VPCLENS_REQUIRE_SHARED();
    auto ws = freshWorkspace(QStringLiteral("peering.vpclens"));
    const auto r = importTopology(*ws, {test::sharedPath(QStringLiteral("data/real/batfish-lab-validation/snapshots/aws_multi_account_vpc_peering_tgw"))});
    QVERIFY(r.errors.isEmpty());
    QCOMPARE(countOf(*ws, QStringLiteral("vpc")), 2);
    QCOMPARE(countOf(*ws, QStringLiteral("subnet")), 4);
    QCOMPARE(countOf(*ws, QStringLiteral("security-group")), 4);
    QCOMPARE(countOf(*ws, QStringLiteral("network-acl")), 6);
    QCOMPARE(countOf(*ws, QStringLiteral("network-interface")), 4);
}

void TestTopologyImporter::laterRegionAddsInsteadOfHiding()
{
    QTemporaryDir in;
    writeFile(in.filePath(QStringLiteral("a/aws_configs/us-east-1/Vpcs.json")), R"({"Vpcs": [{"VpcId": "vpc-east", "OwnerId": "123456789012"}]})");
    writeFile(in.filePath(QStringLiteral("b/aws_configs/eu-west-1/Vpcs.json")), R"({"Vpcs": [{"VpcId": "vpc-west", "OwnerId": "123456789012"}]})");
    auto ws = freshWorkspace(QStringLiteral("regions.vpclens"));
    importTopology(*ws, {in.filePath(QStringLiteral("a"))}, QDateTime::fromSecsSinceEpoch(1000, Qt::UTC));
    importTopology(*ws, {in.filePath(QStringLiteral("b"))}, QDateTime::fromSecsSinceEpoch(2000, Qt::UTC));
    QCOMPARE(ws->snapshotCount(), 2);
    QCOMPARE(countOf(*ws, QStringLiteral("vpc")), 2);
}

void TestTopologyImporter::newerSnapshotReplacesItsScope()
{
    QTemporaryDir in;
    writeFile(in.filePath(QStringLiteral("old/aws_configs/us-east-1/Vpcs.json")),
              R"({"Vpcs": [{"VpcId": "vpc-1", "OwnerId": "123456789012"}, {"VpcId": "vpc-2", "OwnerId": "123456789012"}]})");
    writeFile(in.filePath(QStringLiteral("new/aws_configs/us-east-1/Vpcs.json")),
              R"({"Vpcs": [{"VpcId": "vpc-1", "OwnerId": "123456789012"}]})");
    auto ws = freshWorkspace(QStringLiteral("replace.vpclens"));
    // Imported out of order: the newer snapshot wins whatever the import order.
    importTopology(*ws, {in.filePath(QStringLiteral("new"))}, QDateTime::fromSecsSinceEpoch(2000, Qt::UTC));
    importTopology(*ws, {in.filePath(QStringLiteral("old"))}, QDateTime::fromSecsSinceEpoch(1000, Qt::UTC));
    QCOMPARE(countOf(*ws, QStringLiteral("vpc")), 1);
    QCOMPARE(ws->resources(QStringLiteral("vpc")).first().id, QStringLiteral("vpc-1"));
}

void TestTopologyImporter::snapshotTimeOption()
{
    auto ws = freshWorkspace(QStringLiteral("time.vpclens"));
    const QDateTime when = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const auto r = importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))}, when);
    QCOMPARE(r.snapshotTime, when);
    sql::Statement q(ws->handle(), "SELECT taken_at FROM snapshots");
    QVERIFY(q.step());
    QCOMPARE(q.int64(0), 1700000000);
}

void TestTopologyImporter::badFilesReportedRestImports()
{
    QTemporaryDir in;
    writeFile(in.filePath(QStringLiteral("Vpcs.json")), R"({"Vpcs": [{"VpcId": "vpc-ok"}]})");
    writeFile(in.filePath(QStringLiteral("Subnets.json")), "{\"Subnets\": [ {\"SubnetId\": \"subnet-1\" ");
    writeFile(in.filePath(QStringLiteral("notes.json")), R"(["just", "a", "list"])");
    auto ws = freshWorkspace(QStringLiteral("bad.vpclens"));
    const auto r = importTopology(*ws, {in.path()});
    QCOMPARE(r.filesRead, 1);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors[0].contains(QLatin1String("Subnets.json:1:")));
    QCOMPARE(r.skipped.size(), 1);
    QCOMPARE(countOf(*ws, QStringLiteral("vpc")), 1);
    QCOMPARE(ws->importErrors().size(), 1);
    QCOMPARE(ws->importErrors().first().file, in.filePath(QStringLiteral("Subnets.json")));
}

void TestTopologyImporter::unchangedTopologyAddsNoSnapshot()
{
    auto ws = freshWorkspace(QStringLiteral("again.vpclens"));
    const QString sample = test::sourcePath(QStringLiteral("resources/sample/topology"));
    const auto first = importTopology(*ws, {sample});
    QVERIFY(first.snapshotId > 0 && !first.unchanged);
    const auto again = importTopology(*ws, {sample});
    QVERIFY(again.unchanged);
    QCOMPARE(again.snapshotId, first.snapshotId);
    QVERIFY(again.warnings.join(QLatin1Char(' ')).contains(QLatin1String("unchanged")));
    sql::Statement q(ws->handle(), "SELECT COUNT(*) FROM snapshots");
    QVERIFY(q.step());
    QCOMPARE(q.int64(0), 1);
    // The same content at a time the analyst names is a snapshot of its own.
    QVERIFY(!importTopology(*ws, {sample}, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC)).unchanged);
}

// An anonymised export: two instances (i-a 10.0.1.10, i-b 10.0.2.20) name eni-0same. Both stay, each
// with its address, and the import warns naming the id and both instances.
void TestTopologyImporter::twoInstancesNamingOneInterface()
{
    QTemporaryDir in;
    writeFile(in.filePath(QStringLiteral("instances.json")), R"({"Reservations": [{"OwnerId": "123456789012", "Instances": [
        {"InstanceId": "i-a", "SubnetId": "subnet-1", "VpcId": "vpc-1", "PrivateIpAddress": "10.0.1.10",
         "NetworkInterfaces": [{"NetworkInterfaceId": "eni-0same", "SubnetId": "subnet-1", "VpcId": "vpc-1", "PrivateIpAddress": "10.0.1.10",
                                "Attachment": {"DeviceIndex": 0}}]},
        {"InstanceId": "i-b", "SubnetId": "subnet-2", "VpcId": "vpc-1", "PrivateIpAddress": "10.0.2.20",
         "NetworkInterfaces": [{"NetworkInterfaceId": "eni-0same", "SubnetId": "subnet-2", "VpcId": "vpc-1", "PrivateIpAddress": "10.0.2.20",
                                "Attachment": {"DeviceIndex": 0}}]}]}]})");
    auto ws = freshWorkspace(QStringLiteral("anon.vpclens"));
    const auto r = importTopology(*ws, {in.path()});
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings[0].contains(QLatin1String("eni-0same")) && r.warnings[0].contains(QLatin1String("i-a"))
                 && r.warnings[0].contains(QLatin1String("i-b")), qPrintable(r.warnings[0]));
    const Estate e = loadEstate(*ws);
    QCOMPARE(e.instanceEni.size(), 2);
    QStringList addresses;
    for (const QString &instance : {QStringLiteral("i-a"), QStringLiteral("i-b")}) {
        const Eni n = e.enis.value(e.instanceEni.value(instance));
        QCOMPARE(n.instanceId, instance);
        QCOMPARE(n.privateIps.size(), std::size_t(1));
        addresses << formatIp(n.privateIps.front());
    }
    QCOMPARE(addresses, (QStringList{"10.0.1.10", "10.0.2.20"}));
}

QTEST_GUILESS_MAIN(TestTopologyImporter)
#include "tst_topologyimporter.moc"
