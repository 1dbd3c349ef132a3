// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "base/appinfo.h"
#include "base/logging.h"
#include "base/protocols.h"
#include "base/timetext.h"
#include "changespane.h"
#include "detailspane.h"
#include "findings/findings.h"
#include "findingspane.h"
#include "flowspane.h"
#include "graphpane.h"
#include "graphview.h"
#include "importlogdialog.h"
#include "ingest/bundledsample.h"
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "models/flowtablemodel.h"
#include "models/resourcetreemodel.h"
#include "overlay/trafficoverlay.h"
#include "query/flowqueries.h"
#include "query/flowsearch.h"
#include "query/resourcedetails.h"
#include "query/ruleusage.h"
#include "rulespane.h"
#include "topology/estate.h"
#include "topology/resourcekind.h"
#include "trace/flowexplainer.h"
#include "tracepanel.h"
#include "trafficchart.h"
#include "warningnotices.h"
#include "workspace/decisioncolumn.h"
#include "workspace/storedestate.h"
#include "workspace/storednames.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QScreen>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QTreeWidget>
#include <QEventLoop>
#include <QProgressDialog>
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
#include <QTableView>
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
    m_portsPool.setMaxThreadCount(1);
    m_portsPool.setThreadPriority(QThread::IdlePriority); // the time series and the graph's traffic get the cores first
    m_findingsPool.setMaxThreadCount(1);
    m_findingsPool.setThreadPriority(QThread::IdlePriority);
    createDocks();
    createMenus();
    m_statusLabel = new QLabel(tr("No workspace open"), this);
    statusBar()->addWidget(m_statusLabel, 1);
    new WarningNotices(statusBar()); // owned by the status bar
    m_explainLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_explainLabel);
    m_findingsLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_findingsLabel);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first window: most of the screen, its docks in proportion once it has its size.
        const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry() : QRect();
        resize(screen.isValid() ? QSize(std::max(1000, screen.width() * 9 / 10), std::max(700, screen.height() * 9 / 10)) : QSize(1280, 800));
        m_layoutOnShow = true;
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        m_layoutOnShow = true;
}

MainWindow::~MainWindow()
{
    // Closing hides the docks: no slot of a half-destroyed window may run for it.
    if (auto *changes = findChild<QDockWidget *>(QStringLiteral("changesDock")))
        changes->disconnect(this);
}

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
    // A click on the resource already current (a record made it so) shows it again in place of the record.
    connect(m_resourceView, &QAbstractItemView::clicked, this, &MainWindow::showSelectedResource);

    m_graph = new GraphPane;
    connect(m_graph, &GraphPane::nodeSelected, this, &MainWindow::showGraphNode);
    m_flows = new FlowsPane;
    connect(m_flows, &FlowsPane::filterApplied, this, &MainWindow::refreshCharts);
    connect(m_flows, &FlowsPane::currentFlowChanged, this, &MainWindow::showFlow);
    connect(m_flows, &FlowsPane::noteRequested, this, &MainWindow::addNoteAbout);
    connect(m_flows, &FlowsPane::addressNamed, this, [this] { // the same estate, its outside names anew
        if (!m_workspace || !m_estate)
            return;
        auto renamed = std::make_shared<Estate>(*m_estate);
        renamed->addressBook = loadAddressBook(*m_workspace);
        m_estate = renamed;
        m_trace->setEstate(m_estate);
        m_flows->setEstate(m_estate);
    });
    connect(m_graph, &GraphPane::overlaySelected, this, &MainWindow::showOverlayEdge);
    m_trace = new TracePanel;
    m_charts = new TrafficChart;
    connect(m_charts, &TrafficChart::rangeSelected, this, [this](qint64 from, qint64 to) { setTimeRange({from, to}); });
    connect(m_charts, &TrafficChart::rangeCleared, this, [this] { setTimeRange({}); });
    connect(m_charts, &TrafficChart::seriesRequested, this, &MainWindow::addChartSeries);
    connect(m_charts, &TrafficChart::countingChanged, this, [this] { refreshCharts(m_flows->effectiveFilter()); });
    connect(m_flows, &FlowsPane::stopRequested, this, &MainWindow::stopCharts);
    connect(m_charts, &TrafficChart::seriesCleared, this, [this] {
        m_seriesFilters.clear();
        refreshUserSeries();
    });
    connect(m_charts, &TrafficChart::bucketClicked, this, [this](qint64 from, qint64 to) { m_flows->setTimeRange({from, to}); });
    m_details = new DetailsPane;
    connect(m_details, &DetailsPane::clauseChosen, m_flows, &FlowsPane::useClause);
    connect(m_trace, &TracePanel::componentActivated, this, [this](const QString &id) {
        const QModelIndex index = m_resourceModel->indexOfId(id);
        if (index.isValid()) {
            m_resourceView->setCurrentIndex(index);
            m_resourceView->scrollTo(index);
        }
    });

    addDock(QStringLiteral("resourcesDock"), tr("Resources"), m_resourceView, Qt::LeftDockWidgetArea);
    addDock(QStringLiteral("graphDock"), tr("Topology"), m_graph, Qt::RightDockWidgetArea);
    addDock(QStringLiteral("flowsDock"), tr("Flows"), m_flows, Qt::RightDockWidgetArea);
    addDock(QStringLiteral("traceDock"), tr("Rule Trace"), m_trace, Qt::RightDockWidgetArea);
    addDock(QStringLiteral("chartsDock"), tr("Charts"), m_charts, Qt::RightDockWidgetArea);
    addDock(QStringLiteral("detailsDock"), tr("Details"), m_details, Qt::LeftDockWidgetArea);
    m_rules = new RulesPane;
    connect(m_rules, &RulesPane::ruleActivated, this, [this](const QString &name) {
        QString quoted = name;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        m_flows->setContextFilter(QStringLiteral("rule == \"%1\"").arg(quoted), tr("decided by %1").arg(name));
        if (auto *flows = findChild<QDockWidget *>(QStringLiteral("flowsDock")))
            flows->raise();
    });
    addDock(QStringLiteral("rulesDock"), tr("Rules"), m_rules, Qt::RightDockWidgetArea);
    m_findings = new FindingsPane;
    connect(m_findings, &FindingsPane::findingActivated, this, &MainWindow::showFinding);
    connect(m_findings, &FindingsPane::noteRequested, this, &MainWindow::addNoteAbout);
    connect(m_trace, &TracePanel::noteRequested, this, &MainWindow::addNoteAbout);
    addDock(QStringLiteral("findingsDock"), tr("Findings"), m_findings, Qt::RightDockWidgetArea);
    m_changes = new ChangesPane;
    connect(m_changes, &ChangesPane::snapshotSelected, this, &MainWindow::showSnapshotChanges);
    connect(m_changes, &ChangesPane::eventActivated, this, &MainWindow::showChangeTime);
    connect(m_changes, &ChangesPane::replayRequested, this, &MainWindow::replayAgainstSnapshot);
    connect(m_changes, &ChangesPane::resourceActivated, m_trace, &TracePanel::componentActivated);
    QDockWidget *changesDock = addDock(QStringLiteral("changesDock"), tr("Changes"), m_changes, Qt::RightDockWidgetArea);
    // The graph marks what the selected snapshot changed while the Changes view is in sight.
    connect(changesDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_changesInSight = visible; // the signal knows before the pane's isVisible() does
        if (!visible)
            m_graph->view()->setChangeMarks({});
        else if (auto *current = m_changes->snapshotList()->currentItem())
            showSnapshotChanges(current->data(0, Qt::UserRole).toLongLong());
    });
    resetLayout();
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
    file->addAction(tr("Import Topology F&iles…"), QKeySequence(tr("Ctrl+Shift+T")), this, &MainWindow::importTopologyFiles);
    file->addAction(tr("Import &Flow Logs…"), QKeySequence(tr("Ctrl+L")), this, &MainWindow::importFlowLogs);
    file->addAction(tr("Import Flow &Log Files…"), QKeySequence(tr("Ctrl+Shift+L")), this, &MainWindow::importFlowLogFiles);
    file->addAction(tr("Import &CloudTrail…"), this, &MainWindow::importCloudTrail);
    file->addAction(tr("Import CloudTr&ail Files…"), this, &MainWindow::importCloudTrailFiles);
    file->addAction(tr("Import Packet Ca&ptures…"), this, &MainWindow::importCaptures);
    file->addAction(tr("Import Lo&g…"), this, [this] { showImportLog(); });
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&Diagram…"), m_graph, &GraphPane::exportDiagram);
    exportMenu->addAction(tr("Chart…"), m_charts, &TrafficChart::chooseExport);
    exportMenu->addAction(tr("Flows as CSV…"), m_flows, &FlowsPane::chooseCsvExport);
    exportMenu->addAction(tr("Filter as Athena SQL (to the Clipboard)"), m_flows, &FlowsPane::copyAthenaSql)->setObjectName(QStringLiteral("copyAthenaSql"));
    exportMenu->addAction(tr("&Review Report…"), QKeySequence(tr("Ctrl+Shift+R")), this, &MainWindow::exportReviewReport);
    exportMenu->addAction(tr("Review Report &Preview…"), this, [this] { previewReviewReport(); })
        ->setObjectName(QStringLiteral("reviewReportPreview"));
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    rebuildRecentMenu();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About VpcLens"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::openWorkspace(const QString &path)
{
    saveWorkspaceView();
    QString error;
    auto ws = openOrUpgrade(path, &error);
    if (!ws) {
        QMessageBox::warning(this, tr("Open Workspace"), error);
        return false;
    }
    m_workspace = std::move(ws);
    QSettings().setValue(QStringLiteral("lastWorkspace"), path);
    addRecent(path);
    refreshViews();
    // Records imported since the last explanation (or by a VpcLens that kept no decisions) have no
    // deciding rule yet: explain them now, as after an import.
    try {
        if (!m_workspace->isReadOnly() && m_workspace->flowCount() > 0 && !decisionsCurrent(*m_workspace))
            explainInBackground();
    } catch (const sql::Error &e) {
        qCInfo(lcViews) << "explanation state not read:" << e.what();
    }
    emit workspaceOpened(path);
    return true;
}

// A workspace from an older VpcLens is upgraded as it opens, which can take seconds on millions of
// records: that runs on a worker while a dialog says so (the upgrade is one transaction; it is not
// cancelled half-way).
std::unique_ptr<Workspace> MainWindow::openOrUpgrade(const QString &path, QString *error)
{
    const int version = Workspace::schemaVersionOf(path);
    if (version <= 0 || version >= Workspace::SchemaVersion)
        return Workspace::open(path, error, false);
    QProgressDialog progress(tr("Upgrading %1 to this version of VpcLens…").arg(QFileInfo(path).fileName()), QString(), 0, 0, this);
    progress.setWindowTitle(tr("Open Workspace"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setCancelButton(nullptr);
    progress.show();
    QFutureWatcher<Workspace *> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<Workspace *>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, error] { return Workspace::open(path, error, false).release(); }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return std::unique_ptr<Workspace>(watcher.result());
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

void MainWindow::refreshViews()
{
    if (m_importLog) {
        if (m_workspace)
            m_importLog->reload(*m_workspace);
        else
            m_importLog->close();
    }
    m_resourceModel->reload(m_workspace.get());
    auto estate = m_workspace ? std::make_shared<const Estate>(loadEstate(*m_workspace)) : nullptr;
    m_estate = estate;
    m_trace->setEstate(estate);
    m_snapshotTimes = m_workspace ? m_workspace->snapshotTimes() : QList<qint64>{};
    m_earlierEstates.clear();
    const bool opened = m_workspace && m_workspace->path() != m_viewsOf;
    if (opened) { // just opened: the views as this workspace left them
        m_viewsOf = m_workspace->path();
        restoreWorkspaceControls();
    } else if (!m_workspace) {
        m_viewsOf.clear();
    } else if (m_workspace->flowCount() > 0) {
        m_graph->trafficArrived();
    }
    m_graph->setWorkspace(m_workspace ? m_workspace->path() : QString(), estate);
    m_resourceView->expandToDepth(-1);
    m_resourceView->collapseAll();
    m_details->clear();
    if (!m_workspace) {
        m_statusLabel->setText(tr("No workspace open"));
        m_explainLabel->clear();
        m_flows->setWorkspace(nullptr, nullptr);
        m_charts->clear();
        m_rules->clear();
        m_findings->clear();
        m_findingsLabel->clear();
        refreshChanges();
        return;
    }
    int total = 0;
    for (int row = 0; row < m_resourceModel->rowCount(); ++row) {
        total += m_resourceModel->rowCount(m_resourceModel->index(row, 0));
    }
    const QString title = m_workspace->meta(QStringLiteral("title"));
    const QString name = title.isEmpty() ? QFileInfo(m_workspace->path()).completeBaseName() : title;
    setWindowTitle(m_workspace->isReadOnly() ? tr("%1 (read-only) — VpcLens").arg(name) : tr("%1 — VpcLens").arg(name));
    m_explainLabel->setText(explainSummary(*m_workspace));
    m_flows->setWorkspace(m_workspace.get(), estate);
    if (opened) { // the flows view as this workspace left it (once the pane reads this workspace)
        const int view = m_workspace->meta(QStringLiteral("view/flows")).toInt();
        m_flows->setView(view >= 0 && view <= int(FlowsPane::View::Endpoints) ? FlowsPane::View(view) : FlowsPane::View::Records);
    }
    const QList<ConversationTotal> top = topRejectedConversations(*m_workspace, 1);
    if (!top.isEmpty()) { // explain the biggest rejected conversation right away
        const ConversationTotal &t = top.first();
        m_trace->traceFlow(t.src, t.dst, protocolShortName(int(t.protocol)), int(t.dstPort));
    }
    restoreWorkspaceView();
    refreshRules();
    refreshFindings();
    refreshChanges();
    m_statusLabel->setText(tr("%1 — %n resource(s) in %2 kinds", nullptr, total)
                               .arg(QDir::toNativeSeparators(m_workspace->path()))
                               .arg(m_resourceModel->kindCount()));
}

void MainWindow::refreshRules()
{
    if (!m_workspace || !m_estate) {
        m_ruleJobs.next();
        m_findingJobs.next();
        m_rules->clear();
        m_findings->clear();
        return;
    }
    runInBackground(
        this, QThreadPool::globalInstance(), m_ruleJobs.next(),
        [path = m_workspace->path(), estate = m_estate, range = m_range] { return loadRuleUsage(path, *estate, range); },
        [this](const QList<RuleUsage> &rules) { m_rules->setRules(rules); });
}

void MainWindow::refreshFindings()
{
    if (!m_workspace || !m_estate)
        return; // refreshRules cleared them
    CheckOptions options;
    options.range = m_range;
    // On a pool of its own: the findings of the last range must not hold a core the charts and the
    // graph of the new one wait for; one asked for before a newer one is skipped.
    const JobGenerations::Ticket ticket = m_findingJobs.next();
    runInBackground(
        this, &m_findingsPool, ticket,
        [path = m_workspace->path(), estate = m_estate, options, ticket] {
            return ticket.stale() ? FindingsReport{} : loadFindings(path, *estate, options);
        },
        [this](const FindingsReport &report) {
            m_findings->setReport(report);
            // The most severe finding present, in the status bar (as Wireshark's Expert Info button).
            const auto highest = m_findings->highest();
            const char *colour = !highest ? "" : *highest == Severity::Error ? "#c62828" : *highest == Severity::Warning ? "#b26a00" : "#1565c0";
            m_findingsLabel->setText(highest ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                                                   .arg(QLatin1String(colour), tr("Findings: %1").arg(m_findings->countsText()).toHtmlEscaped())
                                             : QString());
        });
}

void MainWindow::showFinding(const Finding &finding)
{
    for (const QString &id : finding.resources) { // the first resource the tree knows
        const QModelIndex index = m_resourceModel->indexOfId(id);
        if (index.isValid()) {
            m_resourceView->setCurrentIndex(index);
            m_resourceView->scrollTo(index);
            break;
        }
    }
    // The graph shows the first resource it draws, without filtering the table again.
    m_syncing = true;
    for (const QString &id : finding.resources)
        if (m_graph->view()->findNode(id))
            break;
    m_syncing = false;
    // The evidence in the table, its first record traced (the example the CLI's JSON gives).
    if (!finding.evidence.filter.isEmpty()) {
        m_flows->setContextFilter(finding.evidence.filter, tr("evidence of %1").arg(finding.check));
        if (auto *flows = findChild<QDockWidget *>(QStringLiteral("flowsDock")))
            flows->raise();
        m_flows->selectFirstRecord();
    }
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
    const auto json = [this](const QString &k, const QString &i) { return QJsonDocument::fromJson(m_workspace->rawJson(k, i)).object(); };
    m_details->showResource(QStringLiteral("<b>%1</b> %2").arg(kindTitle(kind).toHtmlEscaped(), id.toHtmlEscaped()), m_workspace->rawJson(kind, id),
                            m_estate ? resourceDetails(*m_estate, kind, id, json) : QList<DetailItem>());
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
    saveWorkspaceView();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace vpclens

namespace vpclens {

void MainWindow::setTimeRange(const TimeRange &range)
{
    m_range = range;
    // The rule usage first: quick (sums per hour), it should not queue behind the charts and the
    // overlay; the findings, which read more, last.
    refreshRules();
    m_flows->setTimeRange(range);
    m_graph->setTimeRange(range);
    refreshFindings();
    if (m_workspace) {
        try {
            const Workspace::BriefWait brief(*m_workspace);
            m_workspace->setMeta(QStringLiteral("view/from"), QString::number(range.from));
            m_workspace->setMeta(QStringLiteral("view/to"), QString::number(range.to));
        } catch (const sql::Error &e) { // busy: the range applies, it is only not remembered
            qCInfo(lcViews) << "time range not remembered:" << e.what();
        }
    }
}

} // namespace vpclens
