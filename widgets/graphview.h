// SPDX-License-Identifier: GPL-3.0-or-later
// The topology graph on screen: zoom (wheel, +/-), pan (drag, arrow keys), fit (0), find a node,
// a legend in the corner, light and dark palettes. Draws a GraphLayout and its overlay lines.
#pragma once

#include "graph/graphpainter.h"

#include <QGraphicsView>

#include <atomic>
#include <memory>

namespace vpclens {

class LegendWidget;
class NodeItem;
class OverlayItem;

class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    void setLayoutResult(const GraphLayout &layout); // replaces the scene; keeps the selected node
    void setOverlay(const QList<OverlayEdge> &edges, OverlayMetric metric); // keeps the selected line
    void setDark(bool dark);
    const GraphLayout &layoutResult() const { return m_layout; }
    const QList<OverlayEdge> &overlay() const { return m_overlay; }
    OverlayMetric metric() const { return m_metric; }

    // Selects and centres the first node whose id, label or tooltip contains the text (an id or an
    // address, say), or the node standing for a resource id. Returns false when nothing matches.
    bool findNode(const QString &text);
    QString selectedNode() const;
    void fitAll();
    void zoomBy(double factor);
    double zoomLevel() const;
    void paintLegend(QPainter &p) const;
    // What a snapshot changed: each resource's node or box outlined in the change's colour (added
    // green, removed red, changed amber) with its word beside it. Replaces the marks; kept across
    // layouts; an empty hash clears them.
    void setChangeMarks(const QHash<QString, QString> &marks); // id -> "added", "removed", "changed"
    int changeMarkCount() const { return int(m_markItems.size() / 2); } // an outline and a word each

signals:
    void nodeSelected(const QString &id);
    void overlaySelected(const OverlayEdge &edge);
    // Double-click on a VPC or subnet box (collapse it) or on a collapsed one's node (expand it).
    void collapseToggled(const QString &id);

protected:
    using QGraphicsView::metric; // the paint-device one; metric() above is the overlay's
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuildOverlay();
    // Routes the overlay's lines around the labels on a worker; the curves stand in until it is done.
    void routeOverlayLater();
    void onSelectionChanged();
    void selectNeighbour(int dx, int dy);
    void placeLegend();
    void rebuildChangeMarks();

    GraphLayout m_layout;
    QList<OverlayEdge> m_overlay;
    QList<QList<QPointF>> m_routes; // per overlay line, once routed; empty: gentle curves
    int m_routing = 0;              // the latest routing request; older results are dropped
    std::shared_ptr<std::atomic_bool> m_routingCancel; // set when a newer request replaces it
    OverlayMetric m_metric = OverlayMetric::Bytes;
    GraphPainter m_painter;
    QList<OverlayItem *> m_overlayItems; // owned by the scene
    QHash<QString, NodeItem *> m_nodes;  // owned by the scene
    LegendWidget *m_legend = nullptr;    // owned by this
    QHash<QString, QString> m_changeMarks;
    QList<QGraphicsItem *> m_markItems;  // owned by the scene
    bool m_fitted = false; // the whole graph is in view as fitAll left it
};

} // namespace vpclens
