// SPDX-License-Identifier: GPL-3.0-or-later
// Lays out a TopologyGraph, one VPC at a time, and packs the VPCs into a page with the shared nodes
// (Internet, transit gateways, peering) in a row above them. At the subnet and interface levels a VPC
// is a grid the way AWS architecture diagrams draw it (gridlayout.h), and Graphviz only routes the
// lines around the fixed boxes (edgerouter.h); at the VPC level `dot` places the nodes. The result is
// plain data in Qt's coordinates (y down, 1 unit = 1 pt), so views and exports never touch Graphviz.
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
    QStringList badges; // drawn in a row under the label (a subnet's route table and NACL)
};

struct LayoutCluster {
    QString id, kind, label; // label: one or more lines at the top
    QRectF rect;
    int depth = 0; // 0 for a VPC
    QStringList badges;
};

// A tier's row across a VPC's Availability Zone columns, with its name in the VPC's left gutter.
struct LayoutBand {
    QString vpc;
    int tier = 0; // SubnetTier
    QString label;
    QRectF rect, labelRect;
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
    QList<LayoutBand> bands;
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

// Estimated size of a node for its label and badges (the painter draws with the same font sizes).
QSizeF nodeSizeFor(const QString &kind, const QString &label, const QStringList &badges = {});
// The text a cluster draws at its top: a line of 13 pt per label line, and the badges' row.
double clusterHeaderHeight(const QString &kind, const QString &label, const QStringList &badges);
double labelWidth(const QString &line, double px, bool bold = false);
inline constexpr double kBadgePx = 7.5;
inline constexpr double kBadgeHeight = 13.0;
double badgeWidth(const QString &text);

// Runs Graphviz. Serialised internally (cgraph is not thread-safe); call it off the GUI thread.
// Returns an empty layout when cancelled.
GraphLayout layoutGraph(const TopologyGraph &graph, const std::atomic_bool *cancel = nullptr);

// What lines drawn over a finished layout go around, and labels keep clear of: every node (a node
// holding others, such as a subnet with its NAT gateway, by its text part only), a subnet box's
// header, the VPC and AZ names and the tiers' names.
QList<QRectF> overlayObstacles(const GraphLayout &layout);

// The overlay's lines routed around the layout's nodes and labels, one cubic Bézier path per line
// (empty where an end is not drawn; a loop where both ends are one node is left to the caller).
// Line by line among the boxes each one meets, so it costs milliseconds a line, not a new layout.
// Returns nothing when cancelled.
QList<QList<QPointF>> routeOverlay(const GraphLayout &layout, const QList<OverlayEdge> &overlay, const std::atomic_bool *cancel = nullptr);

// The graph in Graphviz's DOT language, with the computed positions (pos, bb), for other tools; the
// overlay as edges of class "traffic" (with flows, packets, bytes, rejected_flows, rejected_bytes)
// or "reachability".
QByteArray layoutToDot(const GraphLayout &layout, const QString &title, const QList<OverlayEdge> &overlay = {});

} // namespace vpclens
