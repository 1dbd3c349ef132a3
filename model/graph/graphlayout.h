// SPDX-License-Identifier: GPL-3.0-or-later
// Lays out a TopologyGraph with Graphviz `dot`, one VPC at a time, and packs the VPCs into a page
// with the shared nodes (Internet, transit gateways, peering) in a row above them. The result is plain
// data in Qt's coordinates (y down, 1 unit = 1 pt), so views and exports never touch Graphviz.
#pragma once

#include "graph/overlayedge.h"

#include "graph/topologygraph.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <atomic>
#include <optional>

namespace vpclens {

// Node text size in scene units: the layout sizes nodes for it, the painter draws with it.
inline constexpr double kNodeTextPx = 9.0;

struct LayoutNode {
    QString id, kind, label, tooltip;
    QRectF rect;
};

struct LayoutCluster {
    QString id, kind, label;
    QRectF rect;
    int depth = 0; // 0 for a VPC
};

struct LayoutEdge {
    QString from, to, kind, label;
    QList<QPointF> points; // a cubic Bézier path: start, then (control, control, end) per segment
};

struct GraphLayout {
    GraphLevel level = GraphLevel::Subnet;
    QList<LayoutCluster> clusters; // outer before inner
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
    QRectF bounds;
    QHash<QString, QString> nodeFor; // any ENI/subnet/VPC id -> the node or cluster standing for it

    int indexOfNode(const QString &id) const;
    // The box of a node or cluster; null when the id is not drawn.
    QRectF rectOf(const QString &id) const;
    // The innermost cluster whose box holds the box (clusters are stored outer first), or -1; a
    // cluster's own box finds the clusters before it (`before`: search only those).
    int innermostClusterOf(const QRectF &box, int before = -1) const;
    QByteArray serialize() const;
    static std::optional<GraphLayout> deserialize(const QByteArray &data);

private:
    mutable QHash<QString, int> m_nodeIndex; // built on first use
};

// Estimated size of a node for its label (the painter draws with the same font sizes).
QSizeF nodeSizeFor(const QString &kind, const QString &label);

// Runs Graphviz. Serialised internally (cgraph is not thread-safe); call it off the GUI thread.
// Returns an empty layout when cancelled.
GraphLayout layoutGraph(const TopologyGraph &graph, const std::atomic_bool *cancel = nullptr);

// The graph in Graphviz's DOT language, with the computed positions (pos, bb), for other tools; the
// overlay as edges of class "traffic" (with flows, packets, bytes, rejected_flows, rejected_bytes)
// or "reachability".
QByteArray layoutToDot(const GraphLayout &layout, const QString &title, const QList<OverlayEdge> &overlay = {});

} // namespace vpclens
