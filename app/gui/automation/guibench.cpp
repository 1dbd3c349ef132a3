// SPDX-License-Identifier: GPL-3.0-or-later
#include "guibench.h"

#include "base/processstats.h"
#include "eventwait.h"
#include "flowspane.h"
#include "graphpane.h"
#include "graphview.h"
#include "mainwindow.h"
#include "models/flowtablemodel.h"
#include "rulespane.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

#include <algorithm>

namespace vpclens {

int runGuiBench(const QString &workspace, const QElapsedTimer &sinceStart)
{
    QTextStream out(stdout);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    auto *graph = window.findChild<GraphPane *>();
    auto *flows = window.findChild<FlowsPane *>();
    struct Flag { // set by a signal, cleared before each measurement
        bool raised = false;
        bool isEmpty() const { return !raised; }
        void clear() { raised = false; }
    } charts, graphReady, rulesReady;
    QObject::connect(&window, &MainWindow::chartsUpdated, [&charts] { charts.raised = true; });
    QObject::connect(graph, &GraphPane::layoutReady, [&graphReady] { graphReady.raised = true; });
    auto *rules = window.findChild<RulesPane *>();
    // When the Rules view got its rows (the GUI thread may stay busy with the charts after that).
    QElapsedTimer clock;
    clock.start();
    qint64 rulesAt = -1;
    QObject::connect(rules->table()->model(), &QAbstractItemModel::modelReset, [&] {
        rulesReady.raised = true;
        rulesAt = clock.elapsed();
    });
    { // measure from the workspace's default view: all records, no filter (a previous run saved its own)
        QString error;
        if (auto ws = Workspace::open(workspace, &error, false)) {
            ws->setMeta(QStringLiteral("view/from"), QStringLiteral("0"));
            ws->setMeta(QStringLiteral("view/to"), QStringLiteral("0"));
            ws->setMeta(QStringLiteral("view/filter"), QString());
        }
    }
    if (!window.openWorkspace(workspace))
        return 1;
    qint64 chartsAt = -1, graphAt = -1;
    waitFor([&] {
        if (chartsAt < 0 && !charts.isEmpty())
            chartsAt = sinceStart.elapsed();
        if (graphAt < 0 && !graphReady.isEmpty() && !graph->isBusy())
            graphAt = sinceStart.elapsed();
        return chartsAt >= 0 && graphAt >= 0;
    });
    window.repaint();
    out << QStringLiteral("open to drawn window:        %1 ms (charts at %2 ms, graph with traffic at %3 ms; peak RSS %4 MiB)\n")
               .arg(sinceStart.elapsed()).arg(chartsAt).arg(graphAt).arg(peakRssMiB(), 0, 'f', 0);
    out.flush();
    waitFor([&] { return !flows->model()->isCounting(); });
    out << QStringLiteral("records in the workspace:    %L1\n").arg(flows->model()->matchCount());

    auto filter = [&](const QString &text) {
        charts.clear();
        QElapsedTimer t;
        t.start();
        flows->setFilterText(text);
        flows->table()->viewport()->repaint();
        const qint64 table = t.elapsed();
        waitFor([&] { return !charts.isEmpty(); });
        const qint64 drawn = t.elapsed();
        waitFor([&] { return !flows->model()->isCounting(); });
        out << QStringLiteral("filter %1\n    table %2 ms, charts %3 ms; all %L4 matches counted after %5 ms; peak RSS %6 MiB\n")
                   .arg(text, -44).arg(table).arg(drawn).arg(flows->model()->matchCount()).arg(t.elapsed()).arg(peakRssMiB(), 0, 'f', 0);
        out.flush();
    };
    filter(QStringLiteral("action == REJECT"));
    const auto first = flows->model()->record(0);
    if (first)
        filter(QStringLiteral("eni == %1").arg(first->eni));
    filter(QStringLiteral("action == REJECT and start >= %1").arg(first ? first->start + 3600 : 0));
    filter(QStringLiteral("dstport in {22, 3389}"));
    filter(QString());

    // A time range: the charts and the graph's traffic redraw.
    if (first) {
        charts.clear();
        graphReady.clear();
        rulesReady.clear();
        QElapsedTimer t;
        t.start();
        const qint64 changedAt = clock.elapsed();
        QMetaObject::invokeMethod(&window, "setTimeRangeForBench", Q_ARG(qint64, first->start), Q_ARG(qint64, first->start + 6 * 3600));
        const qint64 blocked = t.elapsed();
        qint64 chartsAt = -1, graphAt = -1;
        waitFor([&] {
            if (chartsAt < 0 && !charts.isEmpty())
                chartsAt = t.elapsed();
            if (graphAt < 0 && !graphReady.isEmpty())
                graphAt = t.elapsed();
            return chartsAt >= 0 && graphAt >= 0 && !rulesReady.isEmpty();
        });
        out << QStringLiteral("time range change:           %1 ms (charts at %3 ms, graph overlay at %4 ms; %2 ms of it on the GUI thread)\n")
                   .arg(t.elapsed()).arg(blocked).arg(chartsAt).arg(graphAt);
        out << QStringLiteral("  the Rules view:            %1 ms (usage of every rule in the range); peak RSS %2 MiB\n").arg(rulesAt - changedAt).arg(peakRssMiB(), 0, 'f', 0);
        out.flush();
    }

    // Panning: scroll the graph a step at a time; each frame is the scroll plus the paint it causes
    // (Qt moves the pixels it has and paints the uncovered strip), and for the worst case a full repaint.
    GraphView *view = graph->view();
    view->resetTransform();
    auto pan = [&](bool fullRepaint) {
        QList<double> frames;
        for (int i = 0; i < 120; ++i) {
            QElapsedTimer t;
            t.start();
            view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + (i < 60 ? 15 : -15));
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + (i % 40 < 20 ? 8 : -8));
            if (fullRepaint)
                view->viewport()->repaint();
            else
                QApplication::processEvents();
            frames.append(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(frames.begin(), frames.end());
        double sum = 0;
        for (double f : frames)
            sum += f;
        out << QStringLiteral("pan frame, %1 mean %2 ms, 95th %3 ms, max %4 ms (%5 frames, %6 nodes, %7 traffic lines)\n")
                   .arg(fullRepaint ? QStringLiteral("full repaint:") : QStringLiteral("scrolling:   "))
                   .arg(sum / double(frames.size()), 0, 'f', 1).arg(frames[qsizetype(double(frames.size()) * 0.95)], 0, 'f', 1)
                   .arg(frames.last(), 0, 'f', 1).arg(frames.size()).arg(view->layoutResult().nodes.size()).arg(view->overlay().size());
    };
    for (GraphLevel level : {GraphLevel::Subnet, GraphLevel::Eni}) {
        graphReady.clear();
        graph->setLevel(level);
        waitFor([&] { return !graphReady.isEmpty() && !graph->isBusy(); });
        view->resetTransform();
        view->centerOn(view->layoutResult().bounds.center());
        QApplication::processEvents();
        out << QStringLiteral("%1 level:\n").arg(graphLevelName(level));
        pan(false);
        pan(true);
        const QList<OverlayEdge> lines = view->overlay();
        view->setOverlay({}, view->metric());
        out << QStringLiteral("  without traffic lines:\n");
        pan(false);
        view->setOverlay(lines, view->metric());
    }
    out << QStringLiteral("peak RSS:                    %1 MiB\n").arg(peakRssMiB(), 0, 'f', 1);
    return 0;
}

} // namespace vpclens
