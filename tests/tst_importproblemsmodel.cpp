// SPDX-License-Identifier: GPL-3.0-or-later
// The Import Log's problems: every bad line the generator's manifest says it wrote, with its file
// and line, under QAbstractItemModelTester.
#include "ingest/flowimporter.h"
#include "models/importproblemsmodel.h"
#include "testpaths.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

class TestImportProblemsModel : public QObject
{
    Q_OBJECT
private slots:
    void listsEveryBadLineOfTheManifest();
    void emptyWithoutWorkspace();
};

void TestImportProblemsModel::listsEveryBadLineOfTheManifest()
{
    VPCLENS_REQUIRE_GENERATOR();
    QTemporaryDir out;
    QCOMPARE(test::runGenerator(out.path(), {QStringLiteral("--records"), QStringLiteral("8000"), QStringLiteral("--vpcs"), QStringLiteral("1"),
                                             QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--malformed-rate"), QStringLiteral("0.01")}),
             0);
    const QHash<QString, int> kinds = test::generatedMalformed(out.path());
    QFile mf(out.filePath(QStringLiteral("manifest.json")));
    QVERIFY(mf.open(QIODevice::ReadOnly));
    QString damaged; // the file whose gzip stream the generator cut short
    for (const QJsonValue v : QJsonDocument::fromJson(mf.readAll()).object().value(QLatin1String("files")).toArray())
        if (v.toObject().contains(QLatin1String("damage")))
            damaged = QDir(out.path()).filePath(v.toObject().value(QLatin1String("path")).toString());
    QVERIFY(kinds.value(QStringLiteral("bad-ip")) > 0 && !damaged.isEmpty());

    QString error;
    auto ws = Workspace::open(out.filePath(QStringLiteral("w.vpclens")), &error);
    QVERIFY2(ws, qPrintable(error));
    const auto r = importFlowLogs(*ws, {out.filePath(QStringLiteral("flowlogs"))});
    QVERIFY(r.badLines > 0);

    ImportProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(ws.get());
    QCOMPARE(model.totalCount(), qint64(model.rowCount()));
    QHash<QString, int> byReason;
    int truncatedFile = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString reason = model.data(model.index(row, ImportProblemsModel::Reason), ImportProblemsModel::SortRole).toString();
        const QString file = model.data(model.index(row, ImportProblemsModel::File), ImportProblemsModel::SortRole).toString();
        const qint64 line = model.data(model.index(row, ImportProblemsModel::Line), ImportProblemsModel::SortRole).toLongLong();
        ++byReason[reason];
        QVERIFY2(QFile::exists(file), qPrintable(file));
        if (reason == QLatin1String("truncated") && line == 0) {
            ++truncatedFile;
            QCOMPARE(file, damaged);
            continue;
        }
        QVERIFY(line > 1); // line 1 is the header
        // The row copies as the CLI prints it.
        QVERIFY(model.lineText(row).startsWith(QStringLiteral("%1:%2: %3: ").arg(file).arg(line).arg(reason)));
    }
    // Kinds the manifest counts one to one with the importer's reasons (as in tst_flowimporter).
    QCOMPARE(byReason.value(QStringLiteral("address")), kinds.value(QStringLiteral("bad-ip")));
    QCOMPARE(byReason.value(QStringLiteral("action")), kinds.value(QStringLiteral("bad-action")));
    QCOMPARE(byReason.value(QStringLiteral("port")), kinds.value(QStringLiteral("bad-port")));
    QCOMPARE(byReason.value(QStringLiteral("number")), kinds.value(QStringLiteral("bad-number")));
    QCOMPARE(truncatedFile, 1);
    // Shown in words, the stored code as its tooltip.
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row, ImportProblemsModel::Reason), ImportProblemsModel::SortRole) == QLatin1String("address")) {
            QCOMPARE(model.data(model.index(row, ImportProblemsModel::Reason)).toString(), QStringLiteral("not an IP address"));
            QCOMPARE(model.data(model.index(row, ImportProblemsModel::Reason), Qt::ToolTipRole).toString(), QStringLiteral("address"));
            break;
        }
    }
}

void TestImportProblemsModel::emptyWithoutWorkspace()
{
    ImportProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
}

QTEST_GUILESS_MAIN(TestImportProblemsModel)
#include "tst_importproblemsmodel.moc"
