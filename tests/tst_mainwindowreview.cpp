// SPDX-License-Identifier: GPL-3.0-or-later
// The review in the main window on the bundled sample: a rule filters the table to the records it
// decided, a finding to its evidence with the first record traced, and the review report's preview.
#include "detailspane.h"
#include "findingspane.h"
#include "flowspane.h"
#include "ingest/bundledsample.h"
#include "mainwindow.h"
#include "models/flowtablemodel.h"
#include "models/ruleusagemodel.h"
#include "rulespane.h"
#include "samplelogs.h"
#include "testpaths.h"
#include "tracepanel.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QTreeWidget>
#include <QFile>
#include <QJsonObject>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

namespace {

// Opens a widget's context menu at a point and triggers "<submenu> > <action>" in it, as a click would.
bool chooseFromContextMenu(QWidget *widget, const QPoint &at, const QString &submenu, const QString &action)
{
    bool chosen = false;
    QTimer::singleShot(0, widget, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions())
            if (a->text() == submenu && a->menu() && a->isEnabled())
                for (QAction *b : a->menu()->actions())
                    if (b->text() == action) {
                        b->trigger();
                        chosen = true;
                    }
        menu->close();
    });
    emit widget->customContextMenuRequested(at);
    return chosen;
}

} // namespace

class TestMainWindowReview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void ruleFiltersTheTableToItsRecords();
    void findingShowsItsEvidence();
    void reviewReportPreviewShowsItsPages();
    void applyAndPrepareAsFilterFromACell();
    void nameAnAddressFromTheTable();

private:
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestMainWindowReview::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VpcLensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowreview"));
    m_sample = m_dir.filePath(QStringLiteral("sample.vpclens"));
    QString error;
    QVERIFY2(buildSampleWorkspace(test::sourcePath(QStringLiteral("resources/sample")), m_sample, &error), qPrintable(error));
}

// The Rules view after the explanation opening runs: activating a rule filters the table to the
// records it decided, as many as its row says (the hourly usage against a scan of the records).
void TestMainWindowReview::ruleFiltersTheTableToItsRecords()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openWorkspace(m_sample));
    auto *rules = w.findChild<RulesPane *>();
    auto *flows = w.findChild<FlowsPane *>();
    QAbstractItemModel *model = rules->table()->model();
    const auto explained = [&] {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, RuleUsageModel::Records).data(RuleUsageModel::SortRole).toLongLong() > 0)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(explained(), test::kWaitMs);
    rules->table()->sortByColumn(RuleUsageModel::Rejected, Qt::DescendingOrder);
    const QModelIndex top = model->index(0, RuleUsageModel::Rule);
    const qint64 records = model->index(0, RuleUsageModel::Records).data(RuleUsageModel::SortRole).toLongLong();
    QVERIFY(model->index(0, RuleUsageModel::Rejected).data(RuleUsageModel::SortRole).toLongLong() > 0);
    rules->table()->setCurrentIndex(top);
    QTest::keyClick(rules->table(), Qt::Key_Return); // activates, as a double-click does
    QTRY_VERIFY(flows->effectiveExpression().contains(QStringLiteral("rule == ")));
    QTRY_VERIFY_WITH_TIMEOUT(!flows->model()->isCounting(), test::kWaitMs);
    QCOMPARE(flows->model()->matchCount(), records);
    for (int row = 0; row < std::min(flows->model()->rowCount(), 50); ++row)
        QCOMPARE(flows->model()->record(row)->decidedBy, top.data(RuleUsageModel::NameRole).toString());
}

// The Findings view: the sample's scan (45.155.205.99 refused on 24 ports, as authored in its logs)
// is a finding; activating it filters the table to the source's refused records.
void TestMainWindowReview::findingShowsItsEvidence()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openWorkspace(m_sample));
    auto *findings = w.findChild<FindingsPane *>();
    auto *flows = w.findChild<FlowsPane *>();
    const auto scan = [&]() -> std::optional<Finding> {
        for (const Finding &f : findings->report().findings)
            if (f.check == QLatin1String("port-scan") && f.resources.contains(QStringLiteral("45.155.205.99")))
                return f;
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(scan().has_value(), test::kWaitMs);
    QVERIFY(!findings->countsText().isEmpty());
    emit findings->findingActivated(*scan());
    QTRY_VERIFY(flows->effectiveExpression().contains(QStringLiteral("srcaddr == 45.155.205.99")));
    QTRY_VERIFY_WITH_TIMEOUT(!flows->model()->isCounting(), test::kWaitMs);
    qint64 expected = 0; // the scanner's refused records, read from the raw logs
    for (const test::SampleRecord &r : test::sampleRecords())
        expected += r.src == QLatin1String("45.155.205.99") && r.action == QLatin1String("REJECT");
    QVERIFY(expected >= 24);
    QCOMPARE(flows->model()->matchCount(), expected);
    // Its first record is current and traced: the example the finding's evidence names.
    QCOMPARE(flows->table()->currentIndex().row(), 0);
    const auto first = flows->model()->record(0);
    QVERIFY(first);
    QCOMPARE(first->src, QStringLiteral("45.155.205.99"));
    QCOMPARE(first->id, scan()->evidence.example.value(QStringLiteral("record")).toObject().value(QStringLiteral("id")).toInteger());
    QTRY_VERIFY(!w.findChild<TracePanel *>()->verdictText().isEmpty());
}

// File > Export > Review Report Preview…: the report gathered on a worker, then its pages in a print
// preview: the first page, the estate's diagram and one per VPC (the sample has two), the findings.
void TestMainWindowReview::reviewReportPreviewShowsItsPages()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openWorkspace(m_sample));
    auto *action = w.findChild<QAction *>(QStringLiteral("reviewReportPreview"));
    QVERIFY(action);
    action->trigger();
    QPrintPreviewDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<QPrintPreviewDialog *>()) && dialog->isVisible(), test::kWaitMs);
    auto *pages = dialog->findChild<QPrintPreviewWidget *>();
    QVERIFY(pages);
    QTRY_VERIFY_WITH_TIMEOUT(pages->pageCount() >= 1 + 3 + 1, test::kWaitMs);
    dialog->close();
}

// Wireshark's habit: right-click a cell, Apply as Filter > ...and Selected joins the cell's value to the
// filter and runs it (the records the raw lines say); Prepare as Filter on a field of the record's
// details puts the joined filter in the bar without running it.
void TestMainWindowReview::applyAndPrepareAsFilterFromACell()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openWorkspace(m_sample));
    auto *flows = w.findChild<FlowsPane *>();
    QVERIFY(flows->setFilterText(QStringLiteral("action == REJECT")));
    QTRY_VERIFY_WITH_TIMEOUT(!flows->model()->isCounting() && flows->model()->rowCount() > 0, test::kWaitMs);
    QTableView *table = flows->table();
    table->setCurrentIndex(flows->model()->index(0, FlowTableModel::DstPort));
    const int port = flows->model()->record(0)->dstPort;
    const QPoint cell = table->visualRect(flows->model()->index(0, FlowTableModel::DstPort)).center();
    QVERIFY(chooseFromContextMenu(table, cell, QStringLiteral("Apply as Filter"), QStringLiteral("…and Selected")));
    QCOMPARE(flows->filterText(), QStringLiteral("action == REJECT and dstport == %1").arg(port));
    qint64 expected = 0;
    for (const test::SampleRecord &r : test::sampleRecords())
        expected += r.action == QLatin1String("REJECT") && r.dstPort == port;
    QTRY_VERIFY_WITH_TIMEOUT(!flows->model()->isCounting(), test::kWaitMs);
    QCOMPARE(flows->model()->matchCount(), expected);
    QVERIFY(flows->effectiveExpression().contains(QStringLiteral("dstport == %1").arg(port)));

    // The record's details: Prepare as Filter on its source address waits in the bar for Enter.
    table->setCurrentIndex(flows->model()->index(0, 0));
    auto *details = w.findChild<DetailsPane *>();
    QTreeWidget *tree = details->recordTree();
    QTRY_VERIFY(tree->isVisible() && tree->topLevelItemCount() > 0);
    const auto source = tree->findItems(QStringLiteral("Source address"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(source.size(), 1);
    const QString before = flows->effectiveExpression();
    const QString address = flows->model()->record(0)->src;
    QVERIFY(chooseFromContextMenu(tree, tree->visualItemRect(source.front()).center(), QStringLiteral("Prepare as Filter"), QStringLiteral("…or not Selected")));
    QCOMPARE(flows->filterText(), QStringLiteral("action == REJECT and dstport == %1 or not srcaddr == %2").arg(port).arg(address));
    QCOMPARE(flows->effectiveExpression(), before);
    // A field with no value of its own (the section "Time" is one) offers both menus disabled.
    const auto time = tree->findItems(QStringLiteral("Time"), Qt::MatchExactly);
    QCOMPARE(time.size(), 1);
    QVERIFY(!chooseFromContextMenu(tree, tree->visualItemRect(time.front()).center(), QStringLiteral("Apply as Filter"), QStringLiteral("Selected")));
}

// Name This Address… on a record's source outside the estate: the block and name typed in the dialog
// are kept in the workspace, and the record's details name the address at once.
void TestMainWindowReview::nameAnAddressFromTheTable()
{
    const QString copy = m_dir.filePath(QStringLiteral("named.vpclens"));
    QVERIFY(QFile::copy(m_sample, copy));
    MainWindow w;
    w.show();
    QVERIFY(w.openWorkspace(copy));
    auto *flows = w.findChild<FlowsPane *>();
    QVERIFY(flows->setFilterText(QStringLiteral("srcaddr in 203.0.113.0/24")));
    QTRY_VERIFY_WITH_TIMEOUT(!flows->model()->isCounting() && flows->model()->rowCount() > 0, test::kWaitMs);
    QTableView *table = flows->table();
    const QModelIndex source = flows->model()->index(0, FlowTableModel::Source);
    table->setCurrentIndex(source);
    QTimer::singleShot(0, table, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QAction *name = nullptr;
        QStringList texts;
        for (QAction *a : menu->actions()) {
            texts << a->text();
            if (a->text() == QStringLiteral("Name This Address…"))
                name = a;
        }
        menu->close();
        QVERIFY2(name, qPrintable(texts.join(QLatin1Char('|'))));
        QTimer::singleShot(0, [] { // the dialog: a wider block, a name
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *dialog = qobject_cast<QDialog *>(top); dialog && dialog->isVisible()) {
                    const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
                    QCOMPARE(edits.size(), 2);
                    edits[0]->setText(QStringLiteral("203.0.113.0/24"));
                    edits[1]->setText(QStringLiteral("office"));
                    dialog->accept();
                }
        });
        name->trigger();
    });
    emit table->customContextMenuRequested(table->visualRect(source).center());
    QTRY_VERIFY(w.findChild<DetailsPane *>()->recordTree()->findItems(QStringLiteral("office"), Qt::MatchExactly | Qt::MatchRecursive, 1).size() == 1);
    QString error;
    auto ws = Workspace::open(copy, &error);
    QVERIFY(ws);
    QVERIFY2(ws->meta(QStringLiteral("names/addresses")).contains(QLatin1String("\"203.0.113.0/24\":\"office\"")), qPrintable(ws->meta(QStringLiteral("names/addresses"))));
}

QTEST_MAIN(TestMainWindowReview)
#include "tst_mainwindowreview.moc"
