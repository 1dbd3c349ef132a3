// SPDX-License-Identifier: GPL-3.0-or-later
// Draws a laid-out graph with QPainter: clusters, nodes with their icons, structural edges, traffic
// edges and the legend. The on-screen items and every export call these same functions, so an
// exported diagram looks like the screen.
#pragma once

#include "graph/graphlayout.h"
#include "graph/overlayedge.h"

#include <QColor>
#include <QPainterPath>

class QPainter;

namespace vpclens {

struct GraphPalette {
    QColor background, text, mutedText;
    QColor vpcFill, vpcBorder, azFill, azBorder, subnetFill, subnetBorder;
    QColor nodeFill, nodeBorder, edge, routeEdge, selection, highlight;
    bool dark = false;
    static GraphPalette light();
    static GraphPalette darkPalette();
};

class GraphPainter
{
public:
    explicit GraphPainter(GraphPalette palette = GraphPalette::light());
    const GraphPalette &palette() const { return m_palette; }
    // Icons as vectors (for SVG and PDF) instead of cached images (for the screen).
    void setVectorIcons(bool on) { m_vectorIcons = on; }
    // On screen, structural edges are one-device-pixel hairlines whatever the zoom: a wider or
    // scaled pen sends every long spline through the full stroker and cost ~90 ms a panning frame
    // on 2,300 edges (Qt's fast path takes cosmetic pens of width <= 1 only). Exports keep real widths.
    void setHairlineEdges(bool on) { m_hairlineEdges = on; }
    // The configured legend for two configurations compared (comparedReachability).
    void setComparedLegend(bool on) { m_comparedLegend = on; }

    void paintCluster(QPainter &p, const LayoutCluster &c) const;
    // A tier's row: a faint tint over the AZ columns (between the AZ boxes and the subnets) and its name.
    void paintBand(QPainter &p, const LayoutBand &b) const;
    void paintNode(QPainter &p, const LayoutNode &n, bool selected = false, bool dimmed = false) const;
    void paintEdge(QPainter &p, const LayoutEdge &e) const;
    // `taken`: boxes and labels the port label must not cover (it goes elsewhere along the line, or
    // is left out); its box is added. Null: at 45 % of the way, wherever that is.
    void paintOverlay(QPainter &p, const OverlayEdge &e, const QPainterPath &path, double width, bool selected = false,
                      bool labelled = true, QList<QRectF> *taken = nullptr) const;
    // The two halves of paintOverlay, for views that stroke only the visible part of a line: the
    // line's pen (colour by rejected share, width by metric, dashed where blocked), and the
    // arrowhead with, when labelled, the ports.
    QPen overlayPen(const OverlayEdge &e, double width, bool selected) const;
    void paintOverlayMarks(QPainter &p, const OverlayEdge &e, const QPainterPath &path, double width, bool selected, bool labelled,
                           QList<QRectF> *taken = nullptr) const;

    static QPainterPath edgePath(const LayoutEdge &e);
    // A gentle curve between two boxes; `lane` separates the two directions of a pair.
    static QPainterPath overlayPath(const QRectF &from, const QRectF &to, int lane);
    // A line routed by routeOverlay; `lane` sets the second and later lines of a pair aside.
    static QPainterPath routedPath(const QList<QPointF> &points, int lane);
    static double overlayWidth(const OverlayEdge &e, OverlayMetric metric, qint64 max);
    static qint64 metricValue(const OverlayEdge &e, OverlayMetric metric);
    static QColor rejectedColour(double share); // green (all accepted) to red (all rejected)

    // mirror: the layout draws traffic-mirror sessions (hasMirrorEdges), which the legend then explains.
    QSizeF legendSize(bool observed, bool mirror = false) const;
    void paintLegend(QPainter &p, const QPointF &topLeft, bool observed, bool mirror = false) const;
    static bool hasMirrorEdges(const GraphLayout &layout);

    // The whole diagram, with a title block and the legend, into `target` (an export page).
    void paintDiagram(QPainter &p, const GraphLayout &layout, const QList<OverlayEdge> &overlay, OverlayMetric metric,
                      const QString &title, const QString &subtitle, const QRectF &target) const;
    // The page size paintDiagram wants for a layout (graph, title block, legend).
    QSizeF diagramSize(const GraphLayout &layout, bool observed) const;

private:
    void paintIcon(QPainter &p, const QString &kind, const QRectF &rect) const;
    void paintBadges(QPainter &p, const QStringList &badges, QPointF at, double right) const;
    QColor tierTint(int tier) const;
    GraphPalette m_palette;
    bool m_vectorIcons = false;
    bool m_hairlineEdges = false;
    bool m_comparedLegend = false;
};

} // namespace vpclens
