// SPDX-License-Identifier: GPL-3.0-or-later
// The Import Log's files: one row per input file with how it ended, under QAbstractItemModelTester.
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "models/importfilesmodel.h"
#include "testpaths.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

class TestImportFilesModel : public QObject
{
    Q_OBJECT
private slots:
    void everyFileWithItsResult();
};

void TestImportFilesModel::everyFileWithItsResult()
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &data) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    };
    const QString notAws = write(QStringLiteral("package.json"), R"({"name": "not-an-export", "version": "1.0.0"})");
    const QString broken = write(QStringLiteral("describe-vpcs-broken.json"), R"({"Vpcs": [ {"VpcId": "vpc-1", )");
    const QString parquet = write(QStringLiteral("flows.parquet"), QByteArray("PAR1") + QByteArray(64, '\0'));
    const QString topology = test::sourcePath(QStringLiteral("resources/sample/topology"));
    const int sampleJson = int(QDir(topology).entryList({QStringLiteral("*.json")}, QDir::Files).size());
    QVERIFY(sampleJson > 5);

    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.vpclens")), &error);
    QVERIFY2(ws, qPrintable(error));
    importTopology(*ws, {topology, notAws, broken});
    importFlowLogs(*ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs")), parquet});

    ImportFilesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(ws.get());
    // The sample's exports, the two odd JSON files, its 12 hourly flow logs and the Parquet file.
    QCOMPARE(model.rowCount(), sampleJson + 2 + 12 + 1);
    QHash<QString, QString> result; // path -> Result column
    qint64 flowRecords = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        result.insert(model.data(model.index(row, ImportFilesModel::Path), ImportFilesModel::SortRole).toString(),
                      model.data(model.index(row, ImportFilesModel::Status)).toString());
        if (model.data(model.index(row, ImportFilesModel::Kind)).toString() == QLatin1String("flow log"))
            flowRecords += model.data(model.index(row, ImportFilesModel::Records), ImportFilesModel::SortRole).toLongLong();
    }
    QCOMPARE(flowRecords, 5184); // as resources/sample/generate-sample.py wrote them
    QCOMPARE(result.value(notAws), QStringLiteral("skipped: nothing VpcLens reads"));
    QCOMPARE(result.value(broken), QStringLiteral("not readable"));
    QCOMPARE(result.value(parquet), QStringLiteral("failed"));
    QCOMPARE(result.value(QDir(topology).filePath(QStringLiteral("describe-vpcs.json"))), QStringLiteral("imported"));

    // Sorted on raw numbers, not on the locale's text ("1,234" < "987" as text).
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ImportFilesModel::SortRole);
    proxy.sort(ImportFilesModel::Records, Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const qint64 n = proxy.data(proxy.index(row, ImportFilesModel::Records), ImportFilesModel::SortRole).toLongLong();
        QVERIFY(n <= previous);
        previous = n;
    }
}

QTEST_GUILESS_MAIN(TestImportFilesModel)
#include "tst_importfilesmodel.moc"
