// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpaths.h"
#include "topologyimporter.h"
#include "workspace.h"

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

QTEST_GUILESS_MAIN(TestTopologyImporter)
#include "tst_topologyimporter.moc"
