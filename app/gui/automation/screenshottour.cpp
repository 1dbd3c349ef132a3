// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshottour.h"

#include "eventwait.h"
#include "changespane.h"
#include "packetsdialog.h"
#include "replaydialog.h"
#include "diagramdialog.h"
#include "findingspane.h"
#include "flowspane.h"
#include "graphpane.h"
#include "graphview.h"
#include "mainwindow.h"
#include "models/flowtablemodel.h"
#include "models/resourcetreemodel.h"
#include "models/ruleusagemodel.h"
#include "rulespane.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QPrintPreviewDialog>
#include <QTabWidget>
#include <QComboBox>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>
#include <QTextStream>

namespace vpclens {

int runScreenshotTour(const QString &workspace, const QString &dir)
{
    QTextStream err(stderr);
    if (!QDir().mkpath(dir)) {
        err << "cannot create " << dir << '\n';
        return 1;
    }
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    auto *graph = window.findChild<GraphPane *>();
    auto *flows = window.findChild<FlowsPane *>();
    bool opened = false;
    QObject::connect(&window, &MainWindow::workspaceOpened, [&opened] { opened = true; });
    if (workspace.isEmpty())
        window.openSample();
    else if (!window.openWorkspace(workspace))
        return 1;
    waitFor([&] { return opened && !graph->isBusy(); }, 500);
    window.resetLayout(); // the default arrangement, whatever the workspace remembered
    waitFor([] { return true; }, 1000);

    int failures = 0;
    auto shoot = [&](const QString &name) {
        const QString file = QDir(dir).filePath(name);
        if (!window.grab().save(file)) {
            err << "cannot write " << file << '\n';
            ++failures;
        } else {
            err << "wrote " << file << '\n';
        }
    };
    auto settleGraph = [&] {
        waitFor([&] { return !graph->isBusy(); }, 400);
        graph->view()->fitAll();
        waitFor([] { return true; }, 300);
    };
    flows->setFilterText(QString());
    for (GraphLevel level : {GraphLevel::Vpc, GraphLevel::Subnet, GraphLevel::Eni}) {
        graph->setLevel(level);
        settleGraph();
        shoot(QStringLiteral("graph-%1.png").arg(graphLevelName(level)));
    }

    // The analyst's day: rejected flows only, step to one, read its trace; then that interface's traffic.
    graph->setLevel(GraphLevel::Eni);
    settleGraph();
    flows->setFilterText(QStringLiteral("action == REJECT"));
    waitFor([&] { return !flows->model()->isCounting(); }, 400);
    flows->table()->setFocus();
    flows->selectNextRejected(true);
    waitFor([] { return true; }, 800);
    shoot(QStringLiteral("workflow-rejected.png"));

    const QModelIndex current = flows->table()->currentIndex();
    const auto record = current.isValid() ? flows->model()->record(current.row()) : std::nullopt;
    if (record) {
        flows->setFilterText(QStringLiteral("eni == %1").arg(record->eni));
        window.addChartSeries(QStringLiteral("eni == %1 and protocol == icmp").arg(record->eni)); // an I/O-graph line of one's own
        waitFor([&] { return !flows->model()->isCounting(); }, 400);
        flows->selectNextRejected(true);
        waitFor([] { return true; }, 800);
        graph->view()->fitAll(); // the selected interface stays highlighted in the whole estate
        waitFor([] { return true; }, 300);
        shoot(QStringLiteral("workflow-eni.png"));
    } else {
        err << "no rejected flow to select\n";
        ++failures;
    }

    // Conversations: each way apart, the outcome, the names of the ends.
    flows->setFilterText(QString());
    flows->setView(FlowsPane::View::Conversations);
    waitFor([] { return true; }, 200);
    waitFor([&] { return !flows->isGrouping(); }, 400);
    shoot(QStringLiteral("conversations.png"));
    flows->setView(FlowsPane::View::Records);

    // A resource in a readable form: the interface of the record above with the rules in effect on it.
    if (record) {
        for (QTreeView *view : window.findChildren<QTreeView *>())
            if (auto *model = qobject_cast<ResourceTreeModel *>(view->model()))
                if (const QModelIndex index = model->indexOfId(record->eni); index.isValid()) {
                    view->setCurrentIndex({}); // the record made it current already
                    view->setCurrentIndex(index);
                    view->scrollTo(index);
                }
        if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("detailsDock")))
            dock->raise();
        waitFor([] { return true; }, 300);
        shoot(QStringLiteral("resource-details.png"));
    }

    // Rule usage: the Rules view sorted by what each rule refused, and the records of the first.
    auto *rules = window.findChild<RulesPane *>();
    if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("rulesDock")))
        dock->raise();
    flows->setFilterText(QString());
    // The sample is explained on a worker after its import: wait for the counts.
    const auto explained = [&] {
        const QModelIndex first = rules->table()->model()->index(0, RuleUsageModel::State);
        return first.isValid() && !first.data().toString().contains(QLatin1String("not explained"));
    };
    waitFor(explained, 300);
    rules->table()->sortByColumn(RuleUsageModel::Rejected, Qt::DescendingOrder);
    const QModelIndex top = rules->table()->model()->index(0, RuleUsageModel::Rule);
    if (top.isValid()) {
        rules->table()->setCurrentIndex(top);
        emit rules->ruleActivated(top.data(RuleUsageModel::NameRole).toString());
        waitFor([&] { return !flows->model()->isCounting(); }, 800);
        shoot(QStringLiteral("rules.png"));
    } else {
        err << "no rules to show\n";
        ++failures;
    }
    // The review: the Findings view with every check's findings.
    auto *findings = window.findChild<FindingsPane *>();
    if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("findingsDock")))
        dock->raise();
    waitFor([&] { return !findings->report().findings.isEmpty(); }, 300);
    findings->tree()->expandAll();
    waitFor([] { return true; }, 300);
    shoot(QStringLiteral("findings.png"));
    // A finding opened: its evidence in the table, the first record traced.
    for (const Finding &f : findings->report().findings)
        if (f.evidence.example.contains(QStringLiteral("trace"))) {
            emit findings->findingActivated(f);
            waitFor([&] { return !flows->model()->isCounting(); }, 800);
            shoot(QStringLiteral("evidence.png"));
            break;
        }
    // The coverage every "unused" stands on.
    if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("findingsDock")))
        dock->raise();
    if (auto *tabs = findings->findChild<QTabWidget *>())
        tabs->setCurrentIndex(1);
    waitFor([] { return true; }, 300);
    shoot(QStringLiteral("coverage.png"));
    // The estate over time, where the workspace has it: snapshots, what the newest changed, the
    // CloudTrail calls (and their marks on the chart).
    if (auto *changes = window.findChild<ChangesPane *>();
        changes && (changes->snapshotList()->topLevelItemCount() > 1 || changes->eventTable()->model()->rowCount() > 0)) {
        if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("changesDock")))
            dock->raise();
        waitFor([] { return true; }, 300);
        shoot(QStringLiteral("changes.png"));
        // Compare mode: where the two snapshots' reachability differs.
        for (QComboBox *box : graph->findChildren<QComboBox *>())
            if (const int at = box->findData(QStringLiteral("compare")); at >= 0) {
                box->setCurrentIndex(at);
                waitFor([&] { return !graph->isBusy(); }, 800);
                shoot(QStringLiteral("compare.png"));
                box->setCurrentIndex(box->findData(QStringLiteral("observed")));
            }
        // Before a change: the period replayed against the oldest snapshot.
        changes->snapshotList()->setCurrentItem(changes->snapshotList()->topLevelItem(0));
        if (auto *replay = changes->snapshotList()->findChild<QAction *>(QStringLiteral("replaySnapshot")))
            replay->trigger();
        ReplayDialog *dialog = nullptr;
        waitFor([&] { return (dialog = window.findChild<ReplayDialog *>()) != nullptr; }, 800);
        if (dialog) {
            dialog->flipList()->expandAll();
            waitFor([] { return true; }, 200);
            const QString file = QDir(dir).filePath(QStringLiteral("replay.png"));
            if (!dialog->grab().save(file))
                ++failures;
            else
                err << "wrote " << file << '\n';
            dialog->close();
        }
    }
    // Packet captures beside the flow logs, where the workspace holds some: the capture flows, then
    // one connection in both sources, then its packets.
    flows->setContextFilter({}, {});
    flows->setTimeRange({});
    flows->setRejectedOnly(false);
    if (!flows->setFilterText(QStringLiteral("source == capture and state == attempted"))) {
        err << "no capture in this workspace: " << flows->filterText() << '\n';
    } else {
        if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("findingsDock")))
            dock->raise();
        waitFor([&] { return !flows->model()->isCounting() && flows->model()->record(0); }, 2000);
        if (const auto captured = flows->model()->record(0)) {
            flows->setFilterText(FlowsPane::connectionFilter(*captured));
            waitFor([&] { return !flows->model()->isCounting(); }, 800);
            // The capture flow selected (traced like any record), Action, Origin and Handshake in sight.
            const int rows = flows->model()->rowCount();
            flows->table()->setCurrentIndex(flows->model()->index(rows - 1, FlowTableModel::Start));
            flows->table()->scrollTo(flows->model()->index(rows - 1, FlowTableModel::Handshake));
            waitFor([] { return true; }, 500);
            shoot(QStringLiteral("capture.png"));
            flows->showCapturedPackets();
            PacketsDialog *dialog = nullptr;
            waitFor([&] { return (dialog = window.findChild<PacketsDialog *>()) != nullptr; }, 500);
            if (dialog) {
                dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
                waitFor([] { return true; }, 200);
                const QString file = QDir(dir).filePath(QStringLiteral("packets.png"));
                if (!dialog->grab().save(file))
                    ++failures;
                else
                    err << "wrote " << file << '\n';
                dialog->close();
            }
        }
    }
    // The diagram export's questions (a dialog of its own: grabbed alone).
    {
        DiagramRequest asked;
        asked.title = QStringLiteral("Sample estate — subnets");
        asked.path = QDir(dir).filePath(QStringLiteral("sample.pdf"));
        DiagramDialog dialog({{QStringLiteral("vpc-0a1b2c3d4e5f60001"), QStringLiteral("shop-prod")}}, asked, &window);
        dialog.show();
        waitFor([] { return true; }, 200);
        const QString file = QDir(dir).filePath(QStringLiteral("export-dialog.png"));
        if (!dialog.grab().save(file))
            ++failures;
        else
            err << "wrote " << file << '\n';
    }
    // The review report's preview: its pages gathered on a worker, then shown.
    if (auto *preview = window.findChild<QAction *>(QStringLiteral("reviewReportPreview"))) {
        preview->trigger();
        QPrintPreviewDialog *dialog = nullptr;
        waitFor([&] { return (dialog = window.findChild<QPrintPreviewDialog *>()) && dialog->isVisible(); }, 800); // and its pages painted
        const QString file = QDir(dir).filePath(QStringLiteral("report-preview.png"));
        if (!dialog || !dialog->isVisible() || !dialog->grab().save(file))
            ++failures;
        else
            err << "wrote " << file << '\n';
        if (dialog)
            dialog->close();
    }
    return failures == 0 ? 0 : 1;
}

} // namespace vpclens
