// SPDX-License-Identifier: GPL-3.0-or-later
// The estate as a graph to draw: VPCs, AZs and subnets as nested clusters, resources as nodes, and
// the structural edges between them (route table -> target, NACL/route table -> subnet, peering).
// Plain data built from an Estate; no Graphviz here (see graphlayout.h).
#pragma once

#include "topology/estate.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace vpclens {

enum class GraphLevel {
    Vpc,    // one node per VPC, gateways and peering between them
    Subnet, // VPC > AZ clusters holding subnet nodes, route tables, NACLs, gateways
    Eni,    // VPC > AZ > subnet clusters holding ENIs
};
QString graphLevelName(GraphLevel level);                      // "vpc", "subnet", "eni"
std::optional<GraphLevel> graphLevelFromName(const QString &name);

struct GraphOptions {
    GraphLevel level = GraphLevel::Subnet;
    QString vpc;                 // only this VPC (and what it connects to); empty = all
    bool securityGroups = false; // SG nodes linked to what carries them (many edges: off by default)
    bool nacls = true;
    bool routeTables = true;
    QSet<QString> collapsed;     // VPC or subnet ids drawn as one node at this level
    QString key() const;         // identifies the options, for the layout cache
};

struct GraphCluster {
    QString id, kind, label; // kind: vpc, az, subnet; label: one or more lines
    QString parent;          // enclosing cluster id, empty for a VPC
    QStringList badges;      // a subnet's route table and network ACL ("RT app", "ACL default")
};

// Where a subnet sits in its VPC's grid: its Availability Zone's column and its tier's row.
enum class SubnetTier {
    Public,   // a default route (0.0.0.0/0 or ::/0) to an internet gateway
    Private,  // a default route elsewhere (NAT gateway, transit gateway, egress-only gateway, ...)
    Isolated, // no default route
};
QString subnetTierName(SubnetTier tier); // "public", "private", "isolated" (translated)

struct SubnetPlace {
    QString az;
    SubnetTier tier = SubnetTier::Isolated;
};

struct GraphNode {
    QString id, kind; // kind: vpc, subnet, eni, igw, eigw, nat, vgw, tgw, pcx, vpce, internet, sg, nacl, rtb, elb
    QString label;    // one or more lines
    QString tooltip;
    QString cluster;  // innermost enclosing cluster; empty outside every VPC and on a VPC's border
    QString group;    // the VPC whose layout holds the node; empty for shared nodes (Internet, TGWs, peering)
    QString subnet;   // the subnet it lives in (interfaces, NAT gateways): at the subnet level, drawn inside it
    QStringList badges;
};

struct GraphEdge {
    QString from, to;
    QString kind;  // route, applies, peering, attach, mirror (a traffic-mirror session: interface -> target)
    QString label; // route destinations, "pcx-..."
};

// A node on a VPC's border: internet and egress-only gateways at the top, virtual private gateways on
// the left, transit gateway attachments and peering on the right (they belong to a VPC but stand
// outside its box).
enum class BorderSide { None, Top, Left, Right };
BorderSide borderSide(const GraphNode &n);

struct TopologyGraph {
    GraphLevel level = GraphLevel::Subnet;
    QList<GraphCluster> clusters;
    QList<GraphNode> nodes;
    QList<GraphEdge> edges;
    QHash<QString, QString> nodeFor; // any ENI/subnet/VPC id -> the visible node standing for it
    QHash<QString, SubnetPlace> places; // every drawn subnet (node or cluster) -> its AZ and tier

    const GraphNode *node(const QString &id) const;
    QStringList groups() const; // the VPC ids with a layout of their own, sorted
};

inline constexpr const char *kInternetNode = "internet";

TopologyGraph buildTopologyGraph(const Estate &estate, const GraphOptions &options);

} // namespace vpclens
