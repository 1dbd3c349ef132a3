// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/backgroundjob.h"
#include "history/trailevent.h"
#include "overlay/trafficoverlay.h"

#include <QMainWindow>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QLabel;
class QMenu;
class QPrintPreviewDialog;
class QTreeView;

namespace vpclens {

class ChangesPane;
class DetailsPane;
class FindingsPane;
struct Finding;
class Estate;
class FlowsPane;
struct CompiledFilter;
struct FlowRecord;
class GraphPane;
class ImportLogDialog;
class TracePanel;
class TrafficChart;
class ResourceTreeModel;
class RulesPane;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace file; shows the reason in a message box and returns false on failure.
    bool openWorkspace(const QString &path);
    // Opens the bundled sample, building it first (off the GUI thread) when it does not exist yet.
    void openSample();
    QString workspacePath() const;
    // Imports topology exports (JSON), flow logs and CloudTrail found under the paths, off the GUI
    // thread, with a progress dialog; shows the summary, then refreshes the views. Used by the menus
    // and by drops.
    struct ImportRequest {
        QStringList topology, flows, cloudtrail, captures;
    };
    void importPaths(const ImportRequest &request);
    void importPaths(const QStringList &paths, bool topology, bool flows)
    {
        importPaths(ImportRequest{topology ? paths : QStringList(), flows ? paths : QStringList(), {}, {}});
    }

signals:
    void workspaceOpened(const QString &path);
    void chartsUpdated(); // the charts show the current filter and time range

public slots:
    void setTimeRangeForBench(qint64 from, qint64 to) { setTimeRange({from, to}); }
    void resetLayout(); // the docks where they start, sized for the window
    // One more line on the chart: the records of this filter over the current time range. False
    // (and the reason in the status bar) when the filter does not compile.
    bool addChartSeries(const QString &expression);
    // File > Import Log: the workspace's imports and the problems they met (ImportLogDialog::Tab).
    void showImportLog(int tab = 0);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    std::unique_ptr<Workspace> openOrUpgrade(const QString &path, QString *error);
    void createDocks();
    void createMenus();
    void newWorkspace();
    void chooseWorkspace();
    void importTopology();      // a folder
    void importTopologyFiles(); // chosen files
    void importFlowLogs();      // a folder
    void importFlowLogFiles();  // chosen files
    void importCloudTrail();      // a folder
    void importCloudTrailFiles(); // chosen files
    void importCaptures();        // pcap and pcapng files
    void refreshChanges();        // the Changes view and the chart's change marks
    void showSnapshotChanges(qint64 snapshot); // what it changed since the snapshot before
    void showChangeTime(qint64 ms);            // the traffic around a CloudTrail call
    void replayAgainstSnapshot(qint64 snapshot); // the period's connections against it, on a worker
    void about();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void refreshViews();
    void explainInBackground(); // compares the log with the configuration after an import
    void showSelectedResource();
    void refreshCharts(const CompiledFilter &filter);
    void stopCharts(); // stops the chart work under way; what is drawn stays
    void refreshUserSeries();
    void showFlow(const FlowRecord &record);
    void showGraphNode(const QString &id);
    void showOverlayEdge(const OverlayEdge &edge);
    QString filterFor(const QString &nodeId) const;
    void setTimeRange(const TimeRange &range);
    void refreshRules();    // the Rules view, for the workspace and time range, on a worker (clears both views without one)
    void refreshFindings(); // the Findings view, the same
    void showFinding(const Finding &finding);
    void exportReviewReport(); // File > Export > Review Report…: PDF or HTML, on a worker (mainwindowreport.cpp)
    // File > Export > Review Report Preview…: gathered on a worker, shown in a print preview when ready.
    QPrintPreviewDialog *previewReviewReport();
    void addNoteAbout(const QString &subject); // asks for the text, keeps it in the workspace for the report
    void saveWorkspaceView();
    void restoreWorkspaceView();
    void restoreWorkspaceControls();
    static QString explainSummary(const Workspace &ws);
    QDockWidget *addDock(const QString &objectName, const QString &title, QWidget *content, Qt::DockWidgetArea area);

    std::unique_ptr<Workspace> m_workspace; // owned; GUI-thread connection
    ResourceTreeModel *m_resourceModel;     // owned by this
    QTreeView *m_resourceView = nullptr;    // owned by its dock
    DetailsPane *m_details = nullptr;       // owned by its dock
    GraphPane *m_graph = nullptr;           // owned by its dock
    FlowsPane *m_flows = nullptr;           // owned by its dock
    TracePanel *m_trace = nullptr;          // owned by its dock
    TrafficChart *m_charts = nullptr;       // owned by its dock
    RulesPane *m_rules = nullptr;           // owned by its dock
    FindingsPane *m_findings = nullptr;     // owned by its dock
    ChangesPane *m_changes = nullptr;       // owned by its dock
    QString m_viewsOf;                      // the workspace whose controls the views show (restored when it opens)
    bool m_layoutOnShow = false;            // no layout remembered: resetLayout once the window has its size
    bool m_changesInSight = false;          // its dock's tab is the one shown: the graph marks its changes
    QLabel *m_findingsLabel = nullptr;      // owned by the status bar
    QMenu *m_viewMenu = nullptr;            // owned by the menu bar
    QMenu *m_recentMenu = nullptr;          // owned by the File menu
    QLabel *m_statusLabel = nullptr;        // owned by the status bar
    QLabel *m_explainLabel = nullptr;       // owned by the status bar
    QPointer<ImportLogDialog> m_importLog;  // owned by this (deletes itself on close)
    std::shared_ptr<const Estate> m_estate; // the compiled current topology, shared with the views
    // Records are traced against the snapshot in force when they started: the snapshot times, and
    // the estates of earlier snapshots built so far.
    QList<qint64> m_snapshotTimes;
    QHash<qint64, std::shared_ptr<const Estate>> m_earlierEstates;
    // With CloudTrail: the times (ms) the configuration changed (snapshots and applied calls), the
    // calls, and the configurations built so far, by time.
    QList<qint64> m_configurationTimes;
    QList<TrailEvent> m_trailEvents;
    QHash<qint64, std::shared_ptr<const Estate>> m_configurations;
    void useEstateAt(qint64 start);
    // The estate at a record's time from the snapshot before it plus the CloudTrail calls since,
    // with the note for the trace panel (which calls since the snapshot touched the record's path).
    bool useConfigurationAt(const FlowRecord &record);
    TimeRange m_range;
    JobGenerations m_chartJobs; // drops chart results of superseded filters
    QStringList m_seriesFilters; // the analyst's own chart lines
    JobGenerations m_seriesJobs;
    JobGenerations m_ruleJobs; // the Rules view's usage for the time range
    JobGenerations m_findingJobs; // the review's findings for the time range
    JobGenerations m_reportJobs;  // the review report being written
    JobGenerations m_replayJobs;  // a replay against a snapshot
    // Top-port and top-talker scans run one at a time on their own thread, so a slow one never queues
    // the time series (or the table's count) behind it. A new filter (or Stop) sets the flag of the
    // chart work before it: a scan not started is skipped, one running stops.
    QThreadPool m_portsPool;
    QThreadPool m_findingsPool; // one at a time, behind the views: a review of 100 million records takes seconds
    std::shared_ptr<std::atomic_bool> m_chartCancel = std::make_shared<std::atomic_bool>(false);
    bool m_syncing = false;    // set while one view updates another, so selections do not echo
};

} // namespace vpclens
