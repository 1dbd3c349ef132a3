// SPDX-License-Identifier: GPL-3.0-or-later
// A record's connection in the packet captures: the capture flows of the same connection (both
// directions, on whichever interface a session mirrored it; ports and protocol, ICMP by its addresses, as flow logs carry no ICMP type) whose
// time overlaps the record's, and the first packets each kept, in time order. Serves "Show Captured
// Packets" on a flow-log record or a capture flow alike.
#pragma once

#include "query/flowsearch.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vpclens {

class Workspace;

struct CapturedPacketRow {
    qint64 flowId = 0;
    qint64 timeUs = 0;
    qint64 frame = 0; // 1-based, as Wireshark numbers frames (frame.number == N)
    QString src, dst;
    int srcPort = -1, dstPort = -1, protocol = 0;
    int tcpFlags = 0;
    int length = 0; // the IP length
    QByteArray head; // the first bytes of the payload as captured
    QString file;    // the capture file
};

struct CapturedFlows {
    QList<FlowRecord> flows;       // the capture flows found
    QList<CapturedPacketRow> packets;
    QStringList sessions;          // the mirror sessions that carried them
    qint64 packetsInFlows = 0;     // all their packets (the rows hold the first of each flow only)
};

// Throws sql::Error. Empty without captures.
CapturedFlows capturedFlowsOf(const Workspace &ws, const FlowRecord &record);

// "SYN", "SYN,ACK", "PSH,ACK": the flags of one packet.
QString tcpFlagNames(int flags);

} // namespace vpclens
