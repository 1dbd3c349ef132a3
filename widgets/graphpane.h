// SPDX-License-Identifier: GPL-3.0-or-later
// The Topology dock: level, overlay and visibility controls, a search box, export, and the graph.
// Layouts come from the workspace cache or from Graphviz on the layout worker, never the GUI thread.
#pragma once

#include "base/backgroundjob.h"
#include "graph/topologygraph.h"
#include "overlay/trafficoverlay.h"

#include <QSet>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace vpclens {

class GraphView;
struct DiagramRequest;

class GraphPane : public QWidget
{
    Q_OBJECT
public:
    explicit GraphPane(QWidget *parent = nullptr);
    ~GraphPane() override;

    // The workspace to draw (empty path clears). Lays out (or loads the cached layout) in the background.
    void setWorkspace(const QString &path, std::shared_ptr<const Estate> estate);
    void setTimeRange(const TimeRange &range);
    void setLevel(GraphLevel level);
    // Draws a VPC or subnet as one node (or, when it is one, opens it again) and lays out anew.
    void toggleCollapsed(const QString &id);
    GraphOptions options() const;
    // What the controls show (level, overlay, metric, SGs, NACLs, routes) as text a workspace keeps,
    // and back: set before setWorkspace, it lays out once. Empty: the defaults, the overlay observed
    // traffic where there is traffic and configured reachability where there is none.
    QString viewState() const;
    void setViewState(const QString &state, bool hasTraffic);
    // Traffic imported into a workspace that had none: the overlay it opened on by default (configured
    // reachability) gives way to the observed traffic, unless the analyst chose it.
    void trafficArrived();
    GraphView *view() const { return m_view; }
    bool isBusy() const { return m_awaited > 0; } // a layout or overlay of the current graph still to come
    // Writes the current view (graph, overlay, legend, title) to a file; the format follows the suffix.
    bool exportTo(const QString &path, QString *error, int pngWidth = 0);
    // Writes what the export dialog asked for: another level or scope is laid out for the export.
    bool exportRequest(const DiagramRequest &request, QString *error);
    // Compare mode: the overlay "Reachability: <label>" draws where two snapshots' configured
    // reachability differs (the estates as of their times, read on a worker). Without, it goes.
    void setComparison(qint64 olderTakenAt, qint64 newerTakenAt, const QString &label);
    void clearComparison();

signals:
    void nodeSelected(const QString &id);
    void overlaySelected(const OverlayEdge &edge);
    void layoutReady(); // a layout and its overlay are on screen

public slots:
    void exportDiagram(); // asks for a file name

private:
    void relayout();
    DiagramRequest viewRequest() const;
    void refreshOverlay();
    void find();

    QString m_path;
    std::shared_ptr<const Estate> m_estate;
    qint64 m_compareOlder = -1, m_compareNewer = -1; // snapshot times for compare mode; -1: none
    TimeRange m_range;
    JobGenerations m_jobs; // a new layout makes everything asked for before it stale
    int m_awaited = 0;     // jobs of the current generation not delivered yet
    // The traffic per hour between this layout's nodes, read once in the background: a new time
    // range then sums hours instead of reading the workspace (valid while the generation is current).
    std::shared_ptr<const HourlyTraffic> m_hourly;
    int m_hourlyGeneration = -1;
    void readHourlyTraffic();
    QComboBox *m_level;    // owned by the layout
    QComboBox *m_overlay;  // owned by the layout
    bool m_overlayByDefault = false; // configured reachability because the workspace had no traffic
    QComboBox *m_metric;   // owned by the layout
    QCheckBox *m_groups;   // owned by the layout
    QCheckBox *m_nacls;    // owned by the layout
    QCheckBox *m_tables;   // owned by the layout
    QSet<QString> m_collapsed; // VPCs and subnets drawn as one node
    QCheckBox *m_dark;     // owned by the layout
    QLineEdit *m_search;   // owned by the layout
    QLabel *m_status;      // owned by the layout
    GraphView *m_view;     // owned by the layout
};

} // namespace vpclens
