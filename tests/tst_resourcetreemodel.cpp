// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/topologyimporter.h"
#include "models/resourcetreemodel.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

class TestResourceTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void listsKindsWithCounts();
};

void TestResourceTreeModel::listsKindsWithCounts()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("m.vpclens")), &error);
    QVERIFY(ws);
    ResourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
    model.reload(ws.get());
    // The sample has 14 kinds; VPCs come first (display order), with 2 children.
    QCOMPARE(model.rowCount(), 14);
    const QModelIndex vpcs = model.index(0, 0);
    QCOMPARE(vpcs.data(ResourceTreeModel::KindRole).toString(), QStringLiteral("vpc"));
    QCOMPARE(vpcs.data().toString(), QStringLiteral("VPCs (2)"));
    QCOMPARE(model.rowCount(vpcs), 2);
    QStringList names;
    for (int i = 0; i < 2; ++i)
        names << model.index(i, ResourceTreeModel::NameColumn, vpcs).data().toString();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("shared-services"), QStringLiteral("shop-prod")}));
    QCOMPARE(model.parent(model.index(0, 0, vpcs)), vpcs);
    const QModelIndex nacl = model.indexOfId(QStringLiteral("acl-0e000000000000a03,sg-x"));
    QVERIFY(nacl.isValid());
    QCOMPARE(nacl.data(ResourceTreeModel::IdRole).toString(), QStringLiteral("acl-0e000000000000a03"));
    QCOMPARE(nacl.data().toString(), QStringLiteral("data-nacl"));
    QVERIFY(!model.indexOfId(QStringLiteral("vpc-nope")).isValid());
    model.reload(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestResourceTreeModel)
#include "tst_resourcetreemodel.moc"
