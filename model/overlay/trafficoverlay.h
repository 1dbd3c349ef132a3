// SPDX-License-Identifier: GPL-3.0-or-later
// The lines drawn over the graph: observed traffic from the workspace's conversation rollups, and
// configured reachability from security groups checked against NACLs and routes. Both are summed
// between the nodes visible at the graph's level (an ENI, a subnet, a VPC, the Internet).
#pragma once

#include "base/ipaddress.h"
#include "base/timerange.h"
#include "graph/overlayedge.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <map>

namespace vpclens {

class Estate;
class Workspace;

// Maps an IPv4 address to the visible node that stands for it: the ENI owning it (or its subnet or
// VPC when collapsed), else the subnet or VPC whose CIDR holds it, else the Internet for a public
// address. Empty for private addresses outside every imported VPC.
class AddressMapper
{
public:
    AddressMapper(const Estate &estate, const QHash<QString, QString> &nodeFor);
    QString nodeOf(const IpAddress &address);

private:
    QString nodeOfIpv6(const IpAddress &address) const;
    const Estate &m_estate;                   // not owned
    const QHash<QString, QString> &m_nodeFor; // not owned
    QHash<IpAddress, QString> m_cache;
};

// The conversations of a graph's visible nodes per hour (read once from the conversation chunks): any
// time range then sums its hours without reading the workspace again.
class HourlyTraffic
{
public:
    static HourlyTraffic read(const Workspace &ws, const Estate &estate, const QHash<QString, QString> &nodeFor, const TimeRange &range = {});
    // The lines for the hours the range touches (see observedTraffic).
    QList<OverlayEdge> edges(const TimeRange &range, int maxEdges = 250) const;

private:
    static constexpr qsizetype kPortsPerHour = 8;
    struct PairSums {
        qint64 flows = 0, packets = 0, bytes = 0, rejectedFlows = 0, rejectedBytes = 0;
        QHash<qint64, qint64> ports; // (protocol << 32 | port) -> bytes
    };
    QStringList m_nodes;                                 // node numbers -> node ids
    std::map<qint64, QHash<quint64, PairSums>> m_hours; // hour -> (from << 32 | to) -> sums
};

// Conversations in the range, summed per pair of visible nodes. Each connection counts once (the
// rollups hold only records counted once), whichever ENIs logged it. Past maxEdges pairs, the ones
// with the most rejected records (up to a fifth) and then the biggest by bytes are kept.
QList<OverlayEdge> observedTraffic(const Workspace &ws, const Estate &estate, const QHash<QString, QString> &nodeFor,
                                   const TimeRange &range, int maxEdges = 250);

// What the security groups allow, between visible nodes, each pair traced once through NACLs and
// routes; `blocked` when the path rejects what a group allows. At most `limit` edges.
QList<OverlayEdge> configuredReachability(const Estate &estate, const QHash<QString, QString> &nodeFor, int limit = 4000);

// Where two configurations' reachability differs (two snapshots, or a snapshot and a proposal): the
// lines reachable only in the newer (compared = +1) and only in the older (-1), by nodes and ports.
QList<OverlayEdge> comparedReachability(const Estate &older, const Estate &newer, const QHash<QString, QString> &nodeFor);

} // namespace vpclens
