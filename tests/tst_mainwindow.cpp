// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/logging.h"
#include "base/translations.h"
#include "detailspane.h"
#include "flowspane.h"
#include "graphpane.h"
#include "graphview.h"
#include "importlogdialog.h"
#include "ingest/bundledsample.h"
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "legacyworkspace.h"
#include "mainwindow.h"
#include "models/flowtablemodel.h"
#include "samplelogs.h"
#include "testpaths.h"
#include "tracepanel.h"
#include "trafficchart.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QTabWidget>
#include <QPushButton>
#include <QJsonObject>
#include <QJsonDocument>
#include <QJsonArray>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QSettings>
#include <QMessageBox>
#include <QTimer>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTableView>
#include <QTreeView>
#include <QtConcurrent>

using namespace vpclens;

// The letters after '&' in a menu's entries: each reachable with one key, so no two alike.
QStringList duplicateMnemonics(const QMenu *menu)
{
    QHash<QChar, QStringList> byKey;
    for (const QAction *a : menu->actions()) {
        const QString t = a->text();
        for (qsizetype i = 0; i + 1 < t.size(); ++i)
            if (t[i] == QLatin1Char('&') && t[i + 1] != QLatin1Char('&')) {
                byKey[t[i + 1].toLower()].append(t);
                break;
            }
    }
    QStringList out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            out.append(it.value().join(QStringLiteral(" / ")));
    return out;
}

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void hasTheProductDocks();
    void opensWorkspaceAndListsResources();
    void restoresWindowState();
    void viewControlsAreRememberedPerWorkspace();
    void importedFoldersShowUp();
    void importsChosenFiles();
    void badLinesLeadToTheImportLog();
    void rejectedFlowWorkflow();
    void graphNodeFiltersTheTable();
    void chartSeriesOfTheAnalystsOwnFilter();
    void conversationsGroupOnAWorker();
    void recordsTraceAgainstTheirSnapshot();
    void opensAnOlderWorkspaceByUpgradingIt();
    void warningsReachTheStatusBar();
    void germanTranslationIsUsed(); // last: it installs a translator for the process

private:
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VpcLensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    m_sample = m_dir.filePath(QStringLiteral("sample.vpclens"));
    QString error;
    QVERIFY2(buildSampleWorkspace(test::sourcePath(QStringLiteral("resources/sample")), m_sample, &error), qPrintable(error));
}

void TestMainWindow::hasTheProductDocks()
{
    MainWindow w;
    QStringList names;
    for (const QDockWidget *d : w.findChildren<QDockWidget *>())
        names << d->objectName();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("changesDock"), QStringLiteral("chartsDock"), QStringLiteral("detailsDock"), QStringLiteral("findingsDock"), QStringLiteral("flowsDock"),
                                 QStringLiteral("graphDock"), QStringLiteral("resourcesDock"), QStringLiteral("rulesDock"),
                                 QStringLiteral("traceDock")}));
    QCOMPARE(w.menuBar()->actions().size(), 3); // File, View, Help
    QCOMPARE(duplicateMnemonics(w.menuBar()->actions().at(0)->menu()), QStringList());
}

void TestMainWindow::opensWorkspaceAndListsResources()
{
    MainWindow w;
    QSignalSpy opened(&w, &MainWindow::workspaceOpened);
    QVERIFY(w.openWorkspace(m_sample));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(w.workspacePath(), m_sample);
    auto *tree = w.findChild<QTreeView *>();
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 14);
    QVERIFY(w.windowTitle().contains(QLatin1String("Sample estate")));
    // Selecting a resource shows its raw JSON in the details dock.
    const QModelIndex vpcs = tree->model()->index(0, 0);
    tree->setCurrentIndex(tree->model()->index(0, 0, vpcs));
    auto *details = w.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    QVERIFY(details->widget()->findChild<QWidget *>());
    const auto edits = details->findChildren<QPlainTextEdit *>();
    QCOMPARE(edits.size(), 1);
    QVERIFY(edits.first()->toPlainText().contains(QLatin1String("\"VpcId\"")));
}

void TestMainWindow::restoresWindowState()
{
    {
        MainWindow w;
        w.show();
        w.findChild<QDockWidget *>(QStringLiteral("traceDock"))->hide();
        w.close();
    }
    MainWindow again;
    again.show();
    QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("traceDock"))->isVisible());
    again.findChild<QDockWidget *>(QStringLiteral("traceDock"))->show();
    again.close();
}

// A workspace of topology only opens on configured reachability (there is no traffic to overlay);
// the graph's level and overlay, the chart's counting and the flows view come back as it was left.
void TestMainWindow::viewControlsAreRememberedPerWorkspace()
{
    const QString path = m_dir.filePath(QStringLiteral("topology-only.vpclens"));
    {
        QString error;
        auto ws = Workspace::open(path, &error, true);
        QVERIFY2(ws, qPrintable(error));
        importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
        QCOMPARE(ws->flowCount(), 0);
    }
    auto state = [](const MainWindow &w) { return QJsonDocument::fromJson(w.findChild<GraphPane *>()->viewState().toUtf8()).object(); };
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkspace(path));
        QCOMPARE(state(w).value(QStringLiteral("overlay")).toString(), QStringLiteral("configured"));
        w.findChild<GraphPane *>()->setLevel(GraphLevel::Eni);
        w.findChild<TrafficChart *>()->setCounting(Counting::Records);
        w.findChild<FlowsPane *>()->setView(FlowsPane::View::Endpoints);
        // The vpc-id column switched on from the header's menu, as a user does.
        QHeaderView *header = w.findChild<FlowsPane *>()->table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(FlowTableModel::VpcId));
        const QString title = header->model()->headerData(FlowTableModel::VpcId, Qt::Horizontal).toString();
        QTimer::singleShot(0, header, [title] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *a : menu->actions())
                if (a->text() == title)
                    a->trigger();
            menu->close();
        });
        emit header->customContextMenuRequested(QPoint(10, 5));
        QVERIFY(!header->isSectionHidden(FlowTableModel::VpcId));
        w.close();
    }
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openWorkspace(m_sample)); // another workspace keeps its own (traffic: observed)
        QCOMPARE(state(w).value(QStringLiteral("overlay")).toString(), QStringLiteral("observed"));
        QCOMPARE(w.findChild<FlowsPane *>()->view(), FlowsPane::View::Records);
        QVERIFY(w.findChild<FlowsPane *>()->table()->horizontalHeader()->isSectionHidden(FlowTableModel::VpcId));
        QVERIFY(w.openWorkspace(path));
        QVERIFY(!w.findChild<FlowsPane *>()->table()->horizontalHeader()->isSectionHidden(FlowTableModel::VpcId));
        QCOMPARE(state(w).value(QStringLiteral("level")).toInt(), int(GraphLevel::Eni));
        QCOMPARE(w.findChild<TrafficChart *>()->counting(), Counting::Records);
        QCOMPARE(w.findChild<FlowsPane *>()->view(), FlowsPane::View::Endpoints);
        // Its flow logs arrive: the overlay it had by default gives way to the traffic.
        QCOMPARE(state(w).value(QStringLiteral("overlay")).toString(), QStringLiteral("configured"));
        w.close();
    }
}

void TestMainWindow::importedFoldersShowUp()
{
    // A user imports the sample's topology and flow-log folders into a new, empty workspace.
    const QString path = m_dir.filePath(QStringLiteral("dropped.vpclens"));
    QString error;
    QVERIFY2(Workspace::open(path, &error, true), qPrintable(error));
    MainWindow w;
    w.show();
    QVERIFY(w.openWorkspace(path));
    auto *tree = w.findChild<QTreeView *>();
    QCOMPARE(tree->model()->rowCount(), 0);
    auto *chart = w.findChild<TrafficChart *>();
    QTRY_VERIFY(chart->showsEmptyNote()); // no flows yet: a note, not axes of nothing

    QString summary; // the result box is modal: read it and close it like a user would
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&summary] {
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(top); box && box->isVisible()) {
                summary = box->text();
                box->accept();
            }
    });
    closer.start(50);
    w.importPaths({test::sourcePath(QStringLiteral("resources/sample/topology")), test::sourcePath(QStringLiteral("resources/sample/flowlogs"))},
                  true, true);
    QTRY_VERIFY_WITH_TIMEOUT(!summary.isEmpty(), test::kWaitMs);
    QVERIFY2(summary.contains(QLatin1String("5,184")) || summary.contains(QLatin1String("5184")), qPrintable(summary));
    QCOMPARE(tree->model()->rowCount(), 14); // the views were refreshed
    QTRY_VERIFY(!chart->showsEmptyNote());
    auto ws = Workspace::open(path, &error, false);
    QCOMPARE(ws->flowCount(), 5184);
    // File > Import Log lists the one snapshot, from the folder imported; the files' times (the
    // checkout's) are after every record (2025-06-01), and it says so.
    ImportLogDialog log(*ws);
    QCOMPARE(log.snapshotsView()->topLevelItemCount(), 1);
    QCOMPARE(log.snapshotsView()->topLevelItem(0)->text(4), test::sourcePath(QStringLiteral("resources/sample/topology")));
    QVERIFY(log.findChild<QLabel *>()->text().contains(QLatin1String("--snapshot-time")));
}

void TestMainWindow::importsChosenFiles()
{
    // File > Import Flow Log Files (Ctrl+Shift+L): the user picks two of the sample's hourly files in
    // the file dialog; exactly those are imported, and the next dialog opens in their folder.
    const QString path = m_dir.filePath(QStringLiteral("chosen.vpclens"));
    QString error;
    QVERIFY2(Workspace::open(path, &error, true), qPrintable(error));
    const QStringList all = collectFlowLogFiles({test::sourcePath(QStringLiteral("resources/sample/flowlogs"))});
    QVERIFY(all.size() >= 2);
    const QString folder = QFileInfo(all[0]).absolutePath();
    QCOMPARE(QFileInfo(all[1]).absolutePath(), folder);
    auto records = [](const QString &file) { // gzip -dc, less the header line
        QProcess gz;
        gz.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), file});
        gz.waitForFinished();
        return qint64(gz.readAllStandardOutput().count('\n')) - 1;
    };
    const qint64 expected = records(all[0]) + records(all[1]);
    QVERIFY(expected > 0);

    MainWindow w;
    w.show();
    QVERIFY(w.openWorkspace(path));
    QFileDialog::FileMode mode = QFileDialog::Directory;
    QString summary;
    QTimer driver; // plays the user in the modal file dialog, then reads the summary
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            mode = dialog->fileMode();
            dialog->setDirectory(folder);
            dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))
                ->setText(QStringLiteral("\"%1\" \"%2\"").arg(QFileInfo(all[0]).fileName(), QFileInfo(all[1]).fileName()));
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Open button does
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            summary = box->text();
            box->accept();
        }
    });
    driver.start(50);
    QAction *importFiles = nullptr;
    for (QAction *a : w.menuBar()->actions().at(0)->menu()->actions())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L))
            importFiles = a;
    QVERIFY(importFiles);
    importFiles->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!summary.isEmpty(), test::kWaitMs);
    QCOMPARE(mode, QFileDialog::ExistingFiles);
    QVERIFY2(summary.contains(QLatin1String("Flow logs: 2 file")), qPrintable(summary)); // no translator here: "file(s)"
    auto ws = Workspace::open(path, &error, false);
    QCOMPARE(ws->flowCount(), expected);
    QCOMPARE(QSettings().value(QStringLiteral("importDirectory")).toString(), folder);
}

void TestMainWindow::badLinesLeadToTheImportLog()
{
    // Flow logs with bad lines: the summary warns and offers the problems; the Import Log lists each
    // bad line with its file and line, and its filter finds the ones the manifest says are bad addresses.
    VPCLENS_REQUIRE_GENERATOR();
    QTemporaryDir out;
    QCOMPARE(test::runGenerator(out.path(), {QStringLiteral("--records"), QStringLiteral("6000"), QStringLiteral("--vpcs"), QStringLiteral("1"),
                                             QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--malformed-rate"), QStringLiteral("0.01")}),
             0);
    const int badAddresses = test::generatedMalformed(out.path()).value(QStringLiteral("bad-ip"));
    QVERIFY(badAddresses > 0);

    const QString path = m_dir.filePath(QStringLiteral("badlines.vpclens"));
    QString error;
    QVERIFY2(Workspace::open(path, &error, true), qPrintable(error));
    MainWindow w;
    w.show();
    QVERIFY(w.openWorkspace(path));
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    bool clicked = false;
    int summariesClosed = 0;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (!clicked) {
            icon = box->icon();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == QStringLiteral("Show Problems…")) {
                    clicked = true;
                    b->click();
                    return;
                }
        }
        ++summariesClosed;
        box->accept();
    });
    closer.start(50);
    w.importPaths({out.filePath(QStringLiteral("flowlogs"))}, false, true);
    QTRY_VERIFY_WITH_TIMEOUT(w.findChild<ImportLogDialog *>() != nullptr, test::kWaitMs);
    QVERIFY(clicked);
    QCOMPARE(icon, QMessageBox::Warning);
    auto *log = w.findChild<ImportLogDialog *>();
    QCOMPARE(log->findChild<QTabWidget *>()->currentIndex(), int(ImportLogDialog::ProblemsTab));
    QVERIFY(log->problemsView()->model()->rowCount() > badAddresses);
    log->problemsFilter()->setText(QStringLiteral("not an IP address"));
    QCOMPARE(log->problemsView()->model()->rowCount(), badAddresses);

    // Left open, it follows the next import: one more file with one more bad address.
    QFile more(out.filePath(QStringLiteral("more.log")));
    QVERIFY(more.open(QIODevice::WriteOnly));
    more.write("2 1 eni-1 10.0.0.1 10.0.0.999 40000 443 6 10 1000 1748762400 1748762460 ACCEPT OK\n");
    more.close();
    w.importPaths({more.fileName()}, false, true);
    QTRY_COMPARE_WITH_TIMEOUT(summariesClosed, 1, test::kWaitMs);
    QCOMPARE(w.findChildren<ImportLogDialog *>().size(), 1);
    QCOMPARE(log->problemsView()->model()->rowCount(), badAddresses + 1);
    log->close();
}

// The analyst's loop: filter to rejected flows, step to the next one, read its trace.
void TestMainWindow::rejectedFlowWorkflow()
{
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(w.openWorkspace(m_sample));
    auto *flows = w.findChild<FlowsPane *>();
    auto *trace = w.findChild<TracePanel *>();
    QVERIFY(flows && trace);
    QVERIFY(flows->setFilterText(QStringLiteral("action == REJECT and dstport == 3389")));
    QTRY_VERIFY_WITH_TIMEOUT(!flows->model()->isCounting(), test::kWaitMs);
    QVERIFY(flows->model()->rowCount() > 0);
    QVERIFY(flows->selectNextRejected(true));
    const auto record = flows->model()->record(flows->table()->currentIndex().row());
    QVERIFY(record);
    QCOMPARE(record->action, 2);
    QCOMPARE(record->dstPort, 3389);
    // The trace follows the current row: the same endpoints, and a verdict that names the blocker.
    QTRY_VERIFY(trace->verdictText().contains(QStringLiteral("Rejected")) || trace->verdictText().contains(QStringLiteral("REJECT")));
    // The Details view shows the record as a tree of its decoded fields (not the interface's JSON).
    auto *details = w.findChild<DetailsPane *>();
    QVERIFY(details && details->recordTree()->isVisible());
    const QTreeWidget *tree = details->recordTree();
    QStringList sections;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        sections << tree->topLevelItem(i)->text(0);
    QVERIFY2(sections.contains(QStringLiteral("Connection")) && sections.contains(QStringLiteral("Interface")) && sections.contains(QStringLiteral("File")),
             qPrintable(sections.join(QLatin1Char(','))));
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("#%1").arg(record->id));
    // A filter that does not compile is refused; the one applied before stays in effect (as the table shows).
    QVERIFY(!flows->setFilterText(QStringLiteral("dstport ==")));
    QCOMPARE(flows->effectiveExpression(), QStringLiteral("(action == REJECT and dstport == 3389)"));
}

// Selecting a subnet in the graph filters the table to the records its interfaces logged.
void TestMainWindow::graphNodeFiltersTheTable()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openWorkspace(m_sample));
    auto *graph = w.findChild<GraphPane *>();
    auto *flows = w.findChild<FlowsPane *>();
    QTRY_VERIFY_WITH_TIMEOUT(!graph->view()->layoutResult().nodes.isEmpty() && !graph->isBusy(), test::kWaitMs);
    QVERIFY(graph->view()->findNode(QStringLiteral("subnet-0aa0000000000a020")));
    QVERIFY(flows->effectiveExpression().contains(QStringLiteral("subnet == subnet-0aa0000000000a020")));
    QTRY_VERIFY_WITH_TIMEOUT(!flows->model()->isCounting(), test::kWaitMs);
    for (int row = 0; row < flows->model()->rowCount(); ++row)
        QVERIFY(flows->model()->record(row)->eni == QStringLiteral("eni-01000000000000006"));
}

// "+ Series…": a line for a filter of one's own; its records summed over the buckets equal the
// bastion's records read straight from the sample logs (each connection once, status OK).
void TestMainWindow::chartSeriesOfTheAnalystsOwnFilter()
{
    qint64 expected = 0;
    for (const test::SampleRecord &r : test::sampleRecords())
        expected += r.counted && r.status == QLatin1String("OK") && r.eni == QLatin1String("eni-01000000000000003");
    QVERIFY(expected > 0);
    MainWindow w;
    w.show();
    QVERIFY(w.openWorkspace(m_sample));
    auto *chart = w.findChild<TrafficChart *>();
    QVERIFY(w.findChild<FlowsPane *>()->setFilterText(QString())); // an earlier test left its filter in the workspace
    QVERIFY(!w.addChartSeries(QStringLiteral("dstport ==")));
    QCOMPARE(chart->userSeriesCount(), 0);
    QVERIFY(w.addChartSeries(QStringLiteral("eni == eni-01000000000000003")));
    QTRY_VERIFY_WITH_TIMEOUT(chart->userSeriesCount() == 1 && chart->graphPointCount(2) > 0, test::kWaitMs);
    QCOMPARE(qint64(chart->graphValueSum(2)), expected);
    // The main series keep the table's filter (none): accepted plus rejected is more than the bastion's share.
    QTRY_VERIFY_WITH_TIMEOUT(chart->graphValueSum(0) + chart->graphValueSum(1) > double(expected), test::kWaitMs);

    // An exported chart says what it shows (title, filter) and leaves out the screen's hints.
    QVERIFY(w.findChild<FlowsPane *>()->setFilterText(QStringLiteral("action == REJECT")));
    QTRY_VERIFY_WITH_TIMEOUT(chart->graphValueSum(0) == 0 && chart->graphValueSum(1) > 0, test::kWaitMs);
    const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
    QVERIFY(chart->exportTo(pdf, QStringLiteral("Refused records, sample")));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed to read the exported chart");
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(words.contains(QLatin1String("Refused records, sample")) && words.contains(QLatin1String("Filter: (action == REJECT)")), qPrintable(words));
    QVERIFY2(words.contains(QLatin1String("Time (UTC)")) && !words.contains(QLatin1String("drag")), qPrintable(words));
    QVERIFY(w.findChild<FlowsPane *>()->setFilterText(QString()));
}

// Conversations are grouped on a worker (seconds on tens of millions of records, so never on the GUI
// thread); their records add up to the rejected records of the raw logs, each connection once.
void TestMainWindow::conversationsGroupOnAWorker()
{
    qint64 expected = 0;
    for (const test::SampleRecord &r : test::sampleRecords())
        expected += r.counted && r.status == QLatin1String("OK") && r.action == QLatin1String("REJECT");
    QVERIFY(expected > 0);
    MainWindow w;
    w.show();
    QVERIFY(w.openWorkspace(m_sample));
    auto *flows = w.findChild<FlowsPane *>();
    QVERIFY(flows->setFilterText(QStringLiteral("action == REJECT")));
    QComboBox *view = nullptr;
    for (QComboBox *c : flows->findChildren<QComboBox *>())
        if (c->findText(QStringLiteral("Conversations")) >= 0)
            view = c;
    QVERIFY(view);
    view->setCurrentIndex(view->findText(QStringLiteral("Conversations")));
    QTableView *groups = nullptr;
    for (QTableView *t : flows->findChildren<QTableView *>())
        if (t != flows->table())
            groups = t;
    QVERIFY(groups);
    QTRY_VERIFY_WITH_TIMEOUT(groups->model()->rowCount() > 0, test::kWaitMs);
    const int outcomeColumn = 4, flowsColumn = 5; // Client, Server, Port, Protocol, Outcome, Records, ...
    QCOMPARE(groups->model()->headerData(flowsColumn, Qt::Horizontal).toString(), QStringLiteral("Records"));
    qint64 sum = 0;
    for (int row = 0; row < groups->model()->rowCount(); ++row) {
        sum += groups->model()->index(row, flowsColumn).data(Qt::UserRole).toLongLong();
        QCOMPARE(groups->model()->index(row, outcomeColumn).data().toString(), QStringLiteral("rejected")); // nothing but rejected records
    }
    QCOMPARE(sum, expected);
    // Enter on a row: the records of that conversation, in the Records view.
    groups->setFocus();
    groups->setCurrentIndex(groups->model()->index(0, 0));
    const qint64 rowRecords = groups->model()->index(0, flowsColumn).data(Qt::UserRole).toLongLong();
    QTest::keyClick(groups, Qt::Key_Return);
    QCOMPARE(view->currentIndex(), 0);
    QVERIFY2(flows->filterText().startsWith(QLatin1String("addr == ")), qPrintable(flows->filterText()));
    flows->setFilterText(flows->filterText() + QStringLiteral(" and action == REJECT"));
    // The row counts each connection once; the table lists every sighting of it (each interface's record).
    const auto *table = qobject_cast<const FlowTableModel *>(flows->table()->model());
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(!table->isCounting() && table->matchCount() >= rowRecords && rowRecords > 0, test::kWaitMs);
    flows->setFilterText(QStringLiteral("action == REJECT"));
    view->setCurrentIndex(view->findText(QStringLiteral("Conversations")));
    // The same view for Athena: the conversations of the organisation's flow-log table, on the clipboard.
    QGuiApplication::clipboard()->clear();
    QAction *athena = w.findChild<QAction *>(QStringLiteral("copyAthenaSql"));
    QVERIFY(athena);
    athena->trigger();
    const QString sql = QGuiApplication::clipboard()->text();
    QVERIFY2(sql.contains(QLatin1String("FROM \"vpc_flow_logs\"")) && sql.contains(QLatin1String("action = 'REJECT'"))
                 && sql.contains(QLatin1String("GROUP BY 1, 2, 3, 4")),
             qPrintable(sql));
    view->setCurrentIndex(0);
}

// With a second snapshot taken amid the records, a record from before it is traced against the
// first snapshot (and the panel says so); a record after it against the current topology.
void TestMainWindow::recordsTraceAgainstTheirSnapshot()
{
    const QString path = m_dir.filePath(QStringLiteral("two-snapshots.vpclens"));
    const QString topology = test::sourcePath(QStringLiteral("resources/sample/topology"));
    qint64 middle = 0;
    {
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        importTopology(*ws, {topology}, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC)); // before every record
        importFlowLogs(*ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))});
        sql::Statement span(ws->handle(), "SELECT (MIN(start) + MAX(start)) / 2 FROM flows");
        QVERIFY(span.step());
        middle = span.int64(0);
        importTopology(*ws, {topology}, QDateTime::fromSecsSinceEpoch(middle, Qt::UTC));
        QCOMPARE(ws->snapshotTimes(), (QList<qint64>{1700000000, middle}));
    }
    MainWindow w;
    w.show();
    QVERIFY(w.openWorkspace(path));
    auto *flows = w.findChild<FlowsPane *>();
    auto *trace = w.findChild<TracePanel *>();
    QVERIFY(flows->setFilterText(QString()));
    QTRY_VERIFY_WITH_TIMEOUT(!flows->model()->isCounting(), test::kWaitMs);
    const int last = flows->model()->rowCount() - 1;
    QVERIFY(flows->model()->record(0)->start < middle && flows->model()->record(last)->start >= middle);
    flows->table()->setCurrentIndex(flows->model()->index(0, 0));
    QVERIFY(trace->snapshotNote().contains(QStringLiteral("2023-11-14"))); // 1700000000
    QVERIFY(!trace->verdictText().isEmpty());
    flows->table()->setCurrentIndex(flows->model()->index(last, 0));
    QCOMPARE(trace->snapshotNote(), QString());
}

// A workspace written by an older VpcLens (schema 1) opens: upgraded on a worker behind a dialog,
// every flow import gets its conversation chunks back, and the charts have their top talkers.
void TestMainWindow::opensAnOlderWorkspaceByUpgradingIt()
{
    const QString path = m_dir.filePath(QStringLiteral("older.vpclens"));
    QVERIFY(QFile::copy(m_sample, path));
    std::int64_t importsWithSums = 0;
    {
        QString error;
        auto ws = Workspace::open(path, &error, false);
        QVERIFY2(ws, qPrintable(error));
        sql::Statement q(ws->handle(), "SELECT COUNT(DISTINCT file) FROM talker_chunks");
        QVERIFY(q.step());
        importsWithSums = q.int64(0);
        QVERIFY(importsWithSums > 0);
        q.reset();
        test::downgradeToSchema1(ws->handle());
    }
    QCOMPARE(Workspace::schemaVersionOf(path), 1);
    MainWindow w;
    QVERIFY(w.openWorkspace(path));
    QCOMPARE(w.workspacePath(), path);
    QCOMPARE(Workspace::schemaVersionOf(path), Workspace::SchemaVersion);
    QString error;
    auto ws = Workspace::open(path, &error, false);
    QVERIFY2(ws, qPrintable(error));
    sql::Statement q(ws->handle(), "SELECT COUNT(DISTINCT file) FROM talker_chunks");
    QVERIFY(q.step());
    QCOMPARE(q.int64(0), importsWithSums);
}

void TestMainWindow::germanTranslationIsUsed()
{
    QVERIFY(installTranslations(QStringLiteral("de")));
    MainWindow w;
    QCOMPARE(w.menuBar()->actions().at(0)->text(), QStringLiteral("&Datei"));
    QCOMPARE(w.menuBar()->actions().at(1)->text(), QStringLiteral("&Ansicht"));
    QCOMPARE(w.findChild<QDockWidget *>(QStringLiteral("traceDock"))->windowTitle(), QStringLiteral("Regelverfolgung"));
    QCOMPARE(duplicateMnemonics(w.menuBar()->actions().at(0)->menu()), QStringList());
}

QTEST_MAIN(TestMainWindow)
// A view that stays empty says why: what the core logs as a warning, on any thread, shows in the
// status bar; other programs' categories and mere information do not.
void TestMainWindow::warningsReachTheStatusBar()
{
    MainWindow w;
    QtConcurrent::run([] { qCWarning(lcQuery) << "chart not read: database is locked"; }).waitForFinished();
    QTRY_VERIFY(w.statusBar()->currentMessage().contains(QLatin1String("chart not read: database is locked")));
    w.statusBar()->clearMessage();
    qCInfo(lcViews) << "filter not remembered";
    QLoggingCategory other("elsewhere");
    qCWarning(other) << "not ours";
    QCoreApplication::processEvents();
    QCOMPARE(w.statusBar()->currentMessage(), QString());
}

#include "tst_mainwindow.moc"
