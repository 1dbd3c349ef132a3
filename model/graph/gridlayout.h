// SPDX-License-Identifier: GPL-3.0-or-later
// One VPC placed the way AWS architecture diagrams draw it: its Availability Zones as columns, its
// subnets in rows by tier (public, private, isolated), interfaces and NAT gateways inside their
// subnet, internet gateways on the top border, virtual private gateways on the left, transit
// gateway attachments and peering on the right, gateway endpoints and security groups in a row at
// the bottom. Pure geometry, deterministic, no Graphviz: the lines are routed afterwards.
#pragma once

#include "graph/graphlayout.h"

namespace vpclens {

struct PlacedGroup {
    QList<LayoutCluster> clusters; // outer before inner
    QList<LayoutNode> nodes;
    QList<LayoutBand> bands;
    QRectF bounds;
    // What the lines inside the group are routed between and around: every node box that is not
    // inside another one, a subnet box's header (its own lines start there), and the text of the
    // cluster and tier labels. `shapeOf` maps a node or cluster id to its shape.
    QList<QRectF> shapes;
    QHash<QString, int> shapeOf;
};

// The group's VPC must be a cluster of `graph` (subnet and interface levels).
PlacedGroup placeVpc(const TopologyGraph &graph, const QString &vpc);

} // namespace vpclens
