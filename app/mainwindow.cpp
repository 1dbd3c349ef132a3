// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appinfo.h"
#include "bundledsample.h"
#include "detailspane.h"
#include "flowexplainer.h"
#include "flowimporter.h"
#include "flowqueries.h"
#include "graphpane.h"
#include "importprogressdialog.h"
#include "placeholderpane.h"
#include "resourcekind.h"
#include "resourcetreemodel.h"
#include "estate.h"
#include "topologyimporter.h"
#include "tracepanel.h"
#include "trafficchart.h"
#include "workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>
#include <QtConcurrent>

namespace vpclens {
namespace {
constexpr int kMaxRecent = 8;
const char *kRecentKey = "recentWorkspaces";

QString samplePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sample.vpclens");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_resourceModel(new ResourceTreeModel(this))
{
    setWindowTitle(tr("VpcLens"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vpclens.svg")));
    setDockNestingEnabled(true);
    setAcceptDrops(true);
    createDocks();
    createMenus();
    m_statusLabel = new QLabel(tr("No workspace open"), this);
    statusBar()->addWidget(m_statusLabel, 1);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addDock(const QString &objectName, const QString &title, QWidget *content, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_resourceView = new QTreeView;
    m_resourceView->setModel(m_resourceModel);
    m_resourceView->setUniformRowHeights(true);
    m_resourceView->setAlternatingRowColors(true);
    m_resourceView->header()->setSectionResizeMode(ResourceTreeModel::NameColumn, QHeaderView::ResizeToContents);
    connect(m_resourceView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showSelectedResource);

    m_graph = new GraphPane;
    connect(m_graph, &GraphPane::nodeSelected, this, [this](const QString &id) {
        const QModelIndex index = m_resourceModel->indexOfId(id);
        if (index.isValid()) {
            m_resourceView->setCurrentIndex(index);
            m_resourceView->scrollTo(index);
        }
    });
    m_flows = new PlaceholderPane(tr("Flows"), tr("Every flow-log record in a fast, filterable table."));
    m_trace = new TracePanel;
    m_charts = new TrafficChart;
    m_details = new DetailsPane;
    connect(m_trace, &TracePanel::componentActivated, this, [this](const QString &id) {
        const QModelIndex index = m_resourceModel->indexOfId(id);
        if (index.isValid()) {
            m_resourceView->setCurrentIndex(index);
            m_resourceView->scrollTo(index);
        }
    });

    auto *resources = addDock(QStringLiteral("resourcesDock"), tr("Resources"), m_resourceView, Qt::LeftDockWidgetArea);
    auto *graph = addDock(QStringLiteral("graphDock"), tr("Topology"), m_graph, Qt::RightDockWidgetArea);
    auto *flows = addDock(QStringLiteral("flowsDock"), tr("Flows"), m_flows, Qt::RightDockWidgetArea);
    auto *trace = addDock(QStringLiteral("traceDock"), tr("Rule Trace"), m_trace, Qt::RightDockWidgetArea);
    auto *charts = addDock(QStringLiteral("chartsDock"), tr("Charts"), m_charts, Qt::RightDockWidgetArea);
    auto *details = addDock(QStringLiteral("detailsDock"), tr("Details"), m_details, Qt::LeftDockWidgetArea);
    splitDockWidget(resources, details, Qt::Vertical);
    splitDockWidget(graph, flows, Qt::Vertical);
    splitDockWidget(graph, trace, Qt::Horizontal);
    splitDockWidget(flows, charts, Qt::Horizontal);
    resizeDocks({resources, graph}, {380, 900}, Qt::Horizontal);
    resizeDocks({flows, charts}, {450, 450}, Qt::Horizontal);
    resizeDocks({graph, trace}, {640, 300}, Qt::Horizontal);
    resizeDocks({graph, flows}, {470, 300}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Workspace…"), QKeySequence::New, this, &MainWindow::newWorkspace);
    file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Workspace…"), QKeySequence::Open, this, &MainWindow::chooseWorkspace);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Sample Estate"), this, &MainWindow::openSample);
    file->addSeparator();
    file->addAction(tr("Import &Topology…"), QKeySequence(tr("Ctrl+T")), this, &MainWindow::importTopology);
    file->addAction(tr("Import &Flow Logs…"), QKeySequence(tr("Ctrl+L")), this, &MainWindow::importFlowLogs);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&Diagram…"), m_graph, &GraphPane::exportDiagram);
    for (const QString &what : {tr("Chart…"), tr("Flows as CSV…"), tr("Review Report…")})
        exportMenu->addAction(what)->setEnabled(false);
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    rebuildRecentMenu();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About VpcLens"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::openWorkspace(const QString &path)
{
    QString error;
    auto ws = Workspace::open(path, &error, false);
    if (!ws) {
        QMessageBox::warning(this, tr("Open Workspace"), error);
        return false;
    }
    m_workspace = std::move(ws);
    QSettings().setValue(QStringLiteral("lastWorkspace"), path);
    addRecent(path);
    refreshViews();
    emit workspaceOpened(path);
    return true;
}

QString MainWindow::workspacePath() const
{
    return m_workspace ? m_workspace->path() : QString();
}

void MainWindow::openSample()
{
    const QString path = samplePath();
    if (QFileInfo::exists(path)) {
        openWorkspace(path);
        return;
    }
    statusBar()->showMessage(tr("Preparing the sample estate…"));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        statusBar()->clearMessage();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Sample Estate"), error);
        else
            openWorkspace(path);
    });
    watcher->setFuture(QtConcurrent::run([path] {
        QString error;
        return buildSampleWorkspace(QStringLiteral(":/sample"), path, &error) ? QString() : error;
    }));
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QDir::homePath(), tr("VpcLens workspaces (*.vpclens)"));
    if (path.isEmpty())
        return;
    QString error;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("New Workspace"), tr("Cannot replace %1.").arg(path));
        return;
    }
    if (!Workspace::open(path, &error, true)) {
        QMessageBox::warning(this, tr("New Workspace"), error);
        return;
    }
    openWorkspace(path);
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QDir::homePath(),
                                                      tr("VpcLens workspaces (*.vpclens);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::importTopology()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Topology: choose a folder of AWS CLI exports"));
    if (!dir.isEmpty())
        importPaths({dir}, true, false);
}

void MainWindow::importFlowLogs()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Flow Logs: choose a folder (an S3 download or CloudWatch exports)"));
    if (!dir.isEmpty())
        importPaths({dir}, false, true);
}

void MainWindow::importPaths(const QStringList &paths, bool topology, bool flows)
{
    if (!m_workspace) {
        QMessageBox::information(this, tr("Import"), tr("Create or open a workspace first."));
        return;
    }
    struct Outcome {
        TopologyImportResult topology;
        FlowImportResult flows;
        QString error;
    };
    auto *dialog = new ImportProgressDialog(flows ? tr("Importing flow logs") : tr("Importing topology"), this);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    const QString wsPath = m_workspace->path();
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, dialog] {
        const Outcome r = watcher->result();
        watcher->deleteLater();
        dialog->deleteLater();
        refreshViews();
        if (r.flows.filesImported > 0 || r.topology.snapshotId > 0)
            explainInBackground();
        QStringList lines;
        if (!r.error.isEmpty())
            lines << r.error;
        if (r.topology.filesRead > 0 || !r.topology.errors.isEmpty())
            lines << tr("Topology: %n file(s) read, %1 resources stored.", nullptr, r.topology.filesRead).arg(r.topology.resources);
        if (r.flows.filesImported + r.flows.filesSkipped + r.flows.filesFailed > 0)
            lines << tr("Flow logs: %n file(s) imported, %L1 records, %L2 bad lines, %L3 files skipped as duplicates, %L4 failed.", nullptr,
                        r.flows.filesImported).arg(r.flows.records).arg(r.flows.badLines).arg(r.flows.filesSkipped).arg(r.flows.filesFailed);
        if (r.flows.canceled)
            lines << tr("Cancelled: the files finished before cancelling were kept.");
        QMessageBox box(QMessageBox::Information, tr("Import"), lines.join(QLatin1Char('\n')), QMessageBox::Ok, this);
        const QStringList details = r.topology.errors + r.topology.skipped + r.flows.messages;
        if (!details.isEmpty())
            box.setDetailedText(details.mid(0, 500).join(QLatin1Char('\n')));
        box.exec();
    });
    dialog->show();
    watcher->setFuture(QtConcurrent::run([wsPath, paths, topology, flows, dialog] {
        Outcome out;
        QString error;
        auto ws = Workspace::open(wsPath, &error, false); // the worker's own connection
        if (!ws) {
            out.error = error;
            return out;
        }
        try {
            if (topology)
                out.topology = vpclens::importTopology(*ws, paths, {}, dialog);
            if (flows && !dialog->isCanceled())
                out.flows = vpclens::importFlowLogs(*ws, paths, {}, dialog);
        } catch (const sql::Error &e) {
            out.error = QString::fromUtf8(e.what());
        }
        return out;
    }));
}

void MainWindow::explainInBackground()
{
    if (!m_workspace)
        return;
    statusBar()->showMessage(tr("Comparing the flow logs with the configuration…"));
    auto *watcher = new QFutureWatcher<ExplainResult>(this);
    connect(watcher, &QFutureWatcher<ExplainResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        statusBar()->clearMessage();
        refreshViews();
    });
    const QString wsPath = m_workspace->path();
    watcher->setFuture(QtConcurrent::run([wsPath] {
        QString error;
        auto ws = Workspace::open(wsPath, &error, false); // the worker's own connection
        ExplainResult r;
        if (!ws) {
            r.error = error;
            return r;
        }
        try {
            r = explainWorkspace(*ws);
        } catch (const sql::Error &e) {
            r.error = QString::fromUtf8(e.what());
        }
        return r;
    }));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // JSON exports go to the topology, everything else that looks like a flow log to the flows.
    bool anyJson = !collectJsonFiles(paths).isEmpty();
    bool anyLogs = false;
    for (const QString &f : collectFlowLogFiles(paths))
        anyLogs = anyLogs || !f.endsWith(QLatin1String(".json"));
    importPaths(paths, anyJson, anyLogs || !anyJson);
}

void MainWindow::refreshViews()
{
    m_resourceModel->reload(m_workspace.get());
    auto estate = m_workspace ? std::make_shared<const Estate>(Estate::fromWorkspace(*m_workspace)) : nullptr;
    m_trace->setEstate(estate);
    m_graph->setWorkspace(m_workspace ? m_workspace->path() : QString(), estate);
    m_resourceView->expandToDepth(-1);
    m_resourceView->collapseAll();
    m_details->clear();
    if (!m_workspace) {
        m_statusLabel->setText(tr("No workspace open"));
        m_charts->clear();
        return;
    }
    int total = 0;
    for (int row = 0; row < m_resourceModel->rowCount(); ++row) {
        total += m_resourceModel->rowCount(m_resourceModel->index(row, 0));
    }
    const QString title = m_workspace->meta(QStringLiteral("title"));
    setWindowTitle(tr("%1 — VpcLens").arg(title.isEmpty() ? QFileInfo(m_workspace->path()).completeBaseName() : title));
    QString flowText = tr("%L1 flow-log records in this workspace.").arg(m_workspace->flowCount());
    {
        sql::Statement q(m_workspace->handle(), "SELECT class, records FROM explain_summary ORDER BY class");
        std::array<qint64, std::size_t(ExplainClass::Count)> classes{};
        bool any = false;
        while (q.step()) {
            any = true;
            if (q.int64(0) >= 0 && q.int64(0) < qint64(classes.size()))
                classes[std::size_t(q.int64(0))] = q.int64(1);
        }
        if (any)
            flowText += QStringLiteral("\n\n") + tr("Log against configuration: %L1 agree, %L2 logged REJECT but the configuration accepts, "
                                                   "%L3 logged ACCEPT but the configuration rejects, %L4 undetermined, %L5 not explainable.")
                                                    .arg(classes[0]).arg(classes[1]).arg(classes[2]).arg(classes[3]).arg(classes[4]);
    }
    const QList<Talker> top = topRejectedTalkers(*m_workspace, 5);
    if (!top.isEmpty()) { // explain the biggest rejected conversation right away
        const Talker &t = top.first();
        const QString proto = t.protocol == 1 ? QStringLiteral("icmp") : t.protocol == 17 ? QStringLiteral("udp") : QStringLiteral("tcp");
        m_trace->traceFlow(t.src, t.dst, proto, int(t.dstPort));
    }
    if (!top.isEmpty()) {
        flowText += QStringLiteral("\n\n") + tr("Top rejected conversations by bytes:");
        for (const Talker &t : top)
            flowText += QLatin1Char('\n') + tr("  %1 → %2 port %3: %L4 records, %L5 bytes").arg(t.src, t.dst).arg(t.dstPort).arg(t.flows).arg(t.bytes);
    }
    const int errors = int(m_workspace->importErrors(100000).size());
    if (errors > 0)
        flowText += QStringLiteral("\n\n") + tr("%n line(s) or file(s) could not be imported; see File > Import for details.", nullptr, errors);
    m_flows->setSummary(flowText);
    m_charts->setSeries(flowsPerBucket(*m_workspace, FlowAction::Accept, 300), flowsPerBucket(*m_workspace, FlowAction::Reject, 300), 300);
    m_statusLabel->setText(tr("%1 — %n resource(s) in %2 kinds", nullptr, total)
                               .arg(QDir::toNativeSeparators(m_workspace->path()))
                               .arg(m_resourceModel->kindCount()));
}

void MainWindow::showSelectedResource()
{
    const QModelIndex current = m_resourceView->currentIndex();
    const QString id = current.data(ResourceTreeModel::IdRole).toString();
    if (!m_workspace || id.isEmpty()) {
        m_details->clear();
        return;
    }
    const QString kind = current.data(ResourceTreeModel::KindRole).toString();
    m_details->showResource(QStringLiteral("<b>%1</b> %2").arg(kindTitle(kind).toHtmlEscaped(), id.toHtmlEscaped()),
                            m_workspace->rawJson(kind, id));
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kRecentKey)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QLatin1String(kRecentKey), recent.mid(0, kMaxRecent));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openWorkspace(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About VpcLens"),
                       tr("<h3>VpcLens %1</h3><p>Explore AWS VPC topology and VPC Flow Logs offline: import, "
                          "trace, chart and export.</p><p>This program is free software: you can redistribute it "
                          "and/or modify it under the terms of the GNU General Public License as published by the "
                          "Free Software Foundation, either version 3 of the License, or (at your option) any later "
                          "version.</p><p>It is distributed WITHOUT ANY WARRANTY. See the GNU General Public License "
                          "(GPL-3.0-or-later) for details.</p>")
                           .arg(QLatin1String(kVersion)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace vpclens
