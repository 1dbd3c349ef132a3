// SPDX-License-Identifier: GPL-3.0-or-later
// Scene items for the topology graph. Each draws itself with the core's GraphPainter, so the screen
// and the exports share one renderer.
#pragma once

#include "graph/graphpainter.h"

#include <QGraphicsItem>

namespace vpclens {

class ClusterItem : public QGraphicsItem
{
public:
    ClusterItem(const LayoutCluster &cluster, const GraphPainter *painter);
    QRectF boundingRect() const override;
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override;
    const LayoutCluster &cluster() const { return m_cluster; }

private:
    LayoutCluster m_cluster;
    const GraphPainter *m_painter; // not owned
};

// A tier's row, drawn between the AZ columns and the subnets.
class BandItem : public QGraphicsItem
{
public:
    BandItem(const LayoutBand &band, const GraphPainter *painter);
    QRectF boundingRect() const override { return m_band.rect; }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    LayoutBand m_band;
    const GraphPainter *m_painter; // not owned
};

class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    NodeItem(const LayoutNode &node, const GraphPainter *painter);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override;
    const LayoutNode &node() const { return m_node; }

private:
    LayoutNode m_node;
    const GraphPainter *m_painter; // not owned
};

class EdgeItem : public QGraphicsItem
{
public:
    EdgeItem(const LayoutEdge &edge, const GraphPainter *painter);
    QRectF boundingRect() const override;
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    LayoutEdge m_edge;
    QRectF m_bounds;
    const GraphPainter *m_painter; // not owned
};

class OverlayItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    OverlayItem(const OverlayEdge &edge, const QPainterPath &path, double width, const GraphPainter *painter);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override;
    const OverlayEdge &edge() const { return m_edge; }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override;

private:
    OverlayEdge m_edge;
    QPainterPath m_path, m_shape;
    QList<QPolygonF> m_pieces;     // the line flattened and cut into short runs
    QList<QRectF> m_pieceBounds;   // each run's bounds with the pen's width
    double m_width;
    bool m_hovered = false;
    const GraphPainter *m_painter; // not owned
};

QString overlayTooltip(const OverlayEdge &e);
QString formatBytes(qint64 bytes); // "1.5 MiB"

} // namespace vpclens
