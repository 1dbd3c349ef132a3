// SPDX-License-Identifier: GPL-3.0-or-later
// What the graph draws over its nodes: a line between two visible nodes, and the measure its width shows.
#pragma once

#include <QString>

namespace vpclens {

// A line drawn over the graph between two visible nodes: observed traffic, or configured reachability.
struct OverlayEdge {
    QString from, to;
    qint64 flows = 0, packets = 0, bytes = 0;
    qint64 rejectedFlows = 0, rejectedBytes = 0;
    QString ports;           // "tcp/443, udp/53, …" (top ports) or the rule's ports
    bool configured = false; // from security groups and NACLs rather than the flow logs
    bool blocked = false;    // configured: a security group allows it but the path does not
    double rejectedShare() const { return flows > 0 ? double(rejectedFlows) / double(flows) : 0.0; }
};

enum class OverlayMetric {
    Bytes,
    Packets,
    Flows,
};

} // namespace vpclens
