// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphitems.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace vpclens {

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString overlayTooltip(const OverlayEdge &e)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("GraphView", s); };
    if (e.configured)
        return tr("%1 → %2\n%3: %4").arg(e.from, e.to, e.blocked ? tr("allowed by a security group, blocked on the path") : tr("allowed"),
                                          e.ports);
    return tr("%1 → %2\n%L3 flows, %L4 packets, %5\nrejected: %L6 flows (%7 %)\nports: %8")
        .arg(e.from, e.to)
        .arg(e.flows)
        .arg(e.packets)
        .arg(formatBytes(e.bytes))
        .arg(e.rejectedFlows)
        .arg(QString::number(e.rejectedShare() * 100, 'f', 1))
        .arg(e.ports);
}

ClusterItem::ClusterItem(const LayoutCluster &cluster, const GraphPainter *painter) : m_cluster(cluster), m_painter(painter)
{
    setZValue(cluster.depth);
    setToolTip(cluster.label);
}

QRectF ClusterItem::boundingRect() const
{
    return m_cluster.rect.adjusted(-2, -2, 2, 2);
}

void ClusterItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    m_painter->paintCluster(*p, m_cluster);
}

BandItem::BandItem(const LayoutBand &band, const GraphPainter *painter) : m_band(band), m_painter(painter)
{
    setZValue(1.5); // above the AZ boxes (1), under the subnets (2) and nodes
}

void BandItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    m_painter->paintBand(*p, m_band);
}

NodeItem::NodeItem(const LayoutNode &node, const GraphPainter *painter) : m_node(node), m_painter(painter)
{
    setZValue(20);
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setToolTip(node.tooltip.isEmpty() ? node.label : node.tooltip);
    setCacheMode(DeviceCoordinateCache);
}

QRectF NodeItem::boundingRect() const
{
    return m_node.rect.adjusted(-3, -3, 3, 3);
}

void NodeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    m_painter->paintNode(*p, m_node, isSelected());
}

EdgeItem::EdgeItem(const LayoutEdge &edge, const GraphPainter *painter)
    : m_edge(edge), m_bounds(GraphPainter::edgePath(edge).boundingRect().adjusted(-90, -12, 90, 12)), m_painter(painter)
{
    setZValue(10);
    if (!edge.label.isEmpty())
        setToolTip(edge.label);
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

void EdgeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    m_painter->paintEdge(*p, m_edge);
}

OverlayItem::OverlayItem(const OverlayEdge &edge, const QPainterPath &path, double width, const GraphPainter *painter)
    : m_edge(edge), m_path(path), m_width(width), m_painter(painter)
{
    setZValue(15);
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setToolTip(overlayTooltip(edge));
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(8.0, width + 4));
    m_shape = stroker.createStroke(path);
    // Stroking a long, wide, antialiased curve whole for every panning frame cost more than the rest
    // of the scene: paint() strokes only the runs in the exposed area.
    setFlag(ItemUsesExtendedStyleOption);
    constexpr qsizetype kRun = 8; // points per run
    const double margin = width + 2;
    for (const QPolygonF &line : path.toSubpathPolygons()) {
        for (qsizetype i = 0; i + 1 < line.size(); i += kRun) {
            const QPolygonF run = line.mid(i, kRun + 1); // each run starts where the last one ended
            m_pieces.append(run);
            m_pieceBounds.append(run.boundingRect().adjusted(-margin, -margin, margin, margin));
        }
    }
}

QRectF OverlayItem::boundingRect() const
{
    return m_path.boundingRect().adjusted(-m_width - 12, -m_width - 16, m_width + 140, m_width + 12);
}

QPainterPath OverlayItem::shape() const
{
    return m_shape;
}

void OverlayItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    const bool emphasised = isSelected() || m_hovered;
    if (emphasised || m_edge.blocked) { // whole: a dash pattern must run on across the pieces
        m_painter->paintOverlay(*p, m_edge, m_path, m_width, emphasised, emphasised);
        return;
    }
    QPen pen = m_painter->overlayPen(m_edge, m_width, false);
    pen.setCapStyle(Qt::FlatCap); // pieces meet end to end; round caps would overlap and darken the joins
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    for (qsizetype i = 0; i < m_pieces.size(); ++i)
        if (m_pieceBounds[i].intersects(option->exposedRect))
            p->drawPolyline(m_pieces[i]);
    m_painter->paintOverlayMarks(*p, m_edge, m_path, m_width, false, false);
}

void OverlayItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    setZValue(16);
    update();
}

void OverlayItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    setZValue(15);
    update();
}

} // namespace vpclens
