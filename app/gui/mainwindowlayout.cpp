// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's layout: the docks in proportion on a first start, and what each workspace keeps
// of its views (the dock layout, the graph's controls, the chart's counting, the flows view, the
// time range).
#include "mainwindow.h"

#include "base/logging.h"
#include "flowspane.h"
#include "graphpane.h"
#include "trafficchart.h"
#include "workspace/workspace.h"

#include <QDockWidget>
#include <QShowEvent>

namespace vpclens {

// Resources and details on the left, the graph in the middle with the trace beside it, the flow
// table and the charts below; sizes in proportion to the window.
void MainWindow::resetLayout()
{
    const auto dock = [this](const char *name) { return findChild<QDockWidget *>(QLatin1String(name)); };
    QDockWidget *resources = dock("resourcesDock"), *graph = dock("graphDock"), *flows = dock("flowsDock"),
                *trace = dock("traceDock"), *charts = dock("chartsDock"), *details = dock("detailsDock"), *rules = dock("rulesDock"),
                *findings = dock("findingsDock"), *changes = dock("changesDock");
    for (QDockWidget *d : {resources, graph, flows, trace, charts, details, rules, findings, changes}) {
        d->setFloating(false);
        d->show();
    }
    addDockWidget(Qt::LeftDockWidgetArea, resources);
    addDockWidget(Qt::RightDockWidgetArea, graph);
    splitDockWidget(resources, details, Qt::Vertical);
    splitDockWidget(graph, flows, Qt::Vertical);
    splitDockWidget(graph, trace, Qt::Horizontal);
    splitDockWidget(flows, charts, Qt::Horizontal);
    tabifyDockWidget(charts, rules); // the Rules and Findings views behind the charts
    tabifyDockWidget(rules, findings);
    tabifyDockWidget(findings, changes);
    charts->raise();
    const int w = std::max(width(), 1000), h = std::max(height(), 700);
    resizeDocks({resources, graph}, {w * 21 / 100, w * 79 / 100}, Qt::Horizontal);
    resizeDocks({graph, trace}, {w * 54 / 100, w * 25 / 100}, Qt::Horizontal);
    resizeDocks({flows, charts}, {w * 44 / 100, w * 35 / 100}, Qt::Horizontal);
    resizeDocks({graph, flows}, {h * 55 / 100, h * 45 / 100}, Qt::Vertical);
    resizeDocks({resources, details}, {h * 55 / 100, h * 45 / 100}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_layoutOnShow) { // sizes in proportion to the window as shown, not as constructed
        m_layoutOnShow = false;
        resetLayout();
    }
}

// The window layout and time range live in the workspace: reopening it restores how it was left.
void MainWindow::saveWorkspaceView()
{
    if (!m_workspace)
        return;
    try {
        const Workspace::BriefWait brief(*m_workspace);
        m_workspace->setMeta(QStringLiteral("view/state"), QString::fromLatin1(saveState().toBase64()));
        m_workspace->setMeta(QStringLiteral("view/graph"), m_graph->viewState());
        m_workspace->setMeta(QStringLiteral("view/counting"), m_charts->counting() == Counting::Records ? QStringLiteral("records")
                                                                                                       : QStringLiteral("connections"));
        m_workspace->setMeta(QStringLiteral("view/flows"), QString::number(int(m_flows->view())));
    } catch (const sql::Error &e) {
        qCInfo(lcViews) << "window layout not remembered:" << e.what();
    }
}

// The graph's level and overlay and the chart's counting as the workspace left them
// (a workspace without traffic opens on configured reachability).
void MainWindow::restoreWorkspaceControls()
{
    try {
        m_graph->setViewState(m_workspace->meta(QStringLiteral("view/graph")), m_workspace->flowCount() > 0);
        m_charts->setCounting(m_workspace->meta(QStringLiteral("view/counting")) == QLatin1String("records") ? Counting::Records
                                                                                                           : Counting::Connections);
    } catch (const sql::Error &e) {
        qCInfo(lcViews) << "view controls not restored:" << e.what();
    }
}

void MainWindow::restoreWorkspaceView()
{
    const QByteArray state = QByteArray::fromBase64(m_workspace->meta(QStringLiteral("view/state")).toLatin1());
    if (!state.isEmpty())
        restoreState(state);
    const TimeRange range{m_workspace->meta(QStringLiteral("view/from")).toLongLong(), m_workspace->meta(QStringLiteral("view/to")).toLongLong()};
    if (!range.isAll())
        setTimeRange(range);
}

} // namespace vpclens
