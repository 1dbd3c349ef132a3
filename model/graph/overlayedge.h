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
    int compared = 0;        // two configurations compared: +1 reachable only in the newer, -1 only in the older
    double rejectedShare() const { return flows > 0 ? double(rejectedFlows) / double(flows) : 0.0; }
    // Its colour in the exports that carry colours as text (DOT, draw.io): configured blue (blocked
    // grey), observed green, orange when partly refused, red when all; compared green (newly
    // reachable) or red (no longer).
    const char *colourName() const
    {
        if (compared != 0)
            return compared > 0 ? "#2E7D32" : "#C62828";
        if (configured)
            return blocked ? "#9E9E9E" : "#1565C0";
        const double rejected = rejectedShare();
        return rejected >= 1.0 ? "#C62828" : rejected > 0 ? "#EF8F00" : "#2E7D32";
    }
};

enum class OverlayMetric {
    Bytes,
    Packets,
    Flows,
};

} // namespace vpclens
