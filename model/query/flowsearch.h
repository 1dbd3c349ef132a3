// SPDX-License-Identifier: GPL-3.0-or-later
// Queries behind the flow table, the group-by views, the charts and `vpclens-cli query`, all taking
// a compiled filter. Records are read in id order, a window at a time (keyset paging: never all rows).
#pragma once

#include "query/flowfilter.h"
#include "query/flowgroups.h"
#include "query/flowqueries.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <limits>
#include <optional>

namespace vpclens {

class Workspace;

struct FlowRecord {
    qint64 id = 0, start = 0, duration = 0;
    QString eni, src, dst;
    int srcPort = -1, dstPort = -1, protocol = -1;
    qint64 packets = -1, bytes = -1;
    int action = 0, status = 0, version = 2, tcpFlags = -1;
    bool counted = true;
    // The fields of versions 3-8 where the record's format has them (empty, -1 otherwise).
    QString vpcId, subnetId, instanceId, region, azId, rejectReason, pktSrc, pktDst;
    int type = -1, direction = -1, trafficPath = -1; // type: 4 IPv4, 6 IPv6, 0 EFA; direction: 0 ingress, 1 egress
    QString otherFields; // the rest as "name=value" pairs (pkt-src-aws-service, sublocation-id, ...)
    bool captured = false; // a flow summed from a packet capture (flowbits::kCapture), not a flow-log record
    int handshake = -1;    // a capture flow's capture/handshake.h state; -1 for a flow-log record
    QString decidedBy; // the rule that decided it (topology/rulenames.h), "never-filtered"; empty before explain
};

// "IPv4", "IPv6", "EFA"; "ingress", "egress": as flow logs spell them; empty when absent.
QString trafficTypeName(int type);
QString directionName(int direction);

// "flow-log" or "capture": the record's source, as query and the filter's `source` field spell it.
inline QString sourceName(const FlowRecord &r) { return r.captured ? QStringLiteral("capture") : QStringLiteral("flow-log"); }

// The Community ID v1 of the record's connection (base/communityid.h); empty without both addresses.
// Flow logs carry no ICMP type: their ICMP records hash with the ports as logged.
QString communityIdOf(const FlowRecord &r);

// A record's place in start-time order: its start, then its id (the order records arrived in).
struct FlowKey {
    qint64 start = 0, id = 0;
    static constexpr FlowKey first() { return {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::min()}; }
    static constexpr FlowKey last() { return {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()}; }
    friend constexpr bool operator<(const FlowKey &a, const FlowKey &b) { return a.start != b.start ? a.start < b.start : a.id < b.id; }
    friend constexpr bool operator==(const FlowKey &a, const FlowKey &b) { return a.start == b.start && a.id == b.id; }
};
inline FlowKey keyOf(const FlowRecord &r) { return {r.start, r.id}; }

// Up to `limit` records matching the filter in start-time order: after `after` (oldest first), or
// before `before` (newest first). No index on start: flow_blocks knows each block's span of start
// times (records arrive nearly in time order), so a page reads only the blocks that overlap a window
// of time, widened until it holds the page.
QList<FlowRecord> fetchFlows(const Workspace &ws, const CompiledFilter &filter, FlowKey after, int limit);
QList<FlowRecord> fetchFlowsBefore(const Workspace &ws, const CompiledFilter &filter, FlowKey before, int limit);
// Only the keys, for a scan of every match in order.
QList<FlowKey> fetchFlowKeys(const Workspace &ws, const CompiledFilter &filter, FlowKey from, int limit, bool forward);
// The first record after (or before) a key, in start-time order, that matches the filter and is
// rejected: next/previous rejected.
std::optional<FlowRecord> nextRejected(const Workspace &ws, const CompiledFilter &filter, FlowKey from, bool forward);
// Every matching key after (forward) or before `from`, in start-time order, one pass: visit returns
// false to stop. Blocks are read in the order of their first (last) start and their matches held
// until no later block can hold an earlier start: memory bounded by the records whose times overlap.
void forEachFlowKey(const Workspace &ws, const CompiledFilter &filter, FlowKey from, bool forward,
                    const std::function<bool(const FlowKey &)> &visit);
// Records matching the filter. Interruptible: set cancel to stop (returns -1).
qint64 countFlows(const Workspace &ws, const CompiledFilter &filter, const std::atomic_bool *cancel = nullptr);
// The records matching the filter with the first and last start among them (0s for none).
struct MatchSpan {
    qint64 records = 0, first = 0, last = 0;
};
MatchSpan matchSpan(const Workspace &ws, const CompiledFilter &filter);


// Records per bucket for the filter, split by action (accepted, rejected), counted once.
struct FilteredBuckets {
    QList<TimeBucket> accepted, rejected;
};
// Every record instead: each logging ENI's sighting counts, as the flow log holds them (a scan).
enum class Counting { Connections, Records };
FilteredBuckets bucketsForFilter(const Workspace &ws, const CompiledFilter &filter, int bucketSeconds, qint64 from = 0, qint64 to = 0,
                                 Counting counting = Counting::Connections);
// The destination ports rejected most often in [from, to] (hours, from the conversation rollup).
QList<QPair<QString, qint64>> topRejectedPorts(const Workspace &ws, qint64 from, qint64 to, int limit = 6);
// The same for the records a filter keeps (a scan of the matching records, each connection once).
QList<QPair<QString, qint64>> topRejectedPorts(const Workspace &ws, const CompiledFilter &filter, int limit = 6);
// The addresses that moved the most bytes (sent and received) in [from, to] (hours, from the
// conversation rollup), biggest first: the top talkers.
QList<QPair<QString, qint64>> topTalkers(const Workspace &ws, qint64 from, qint64 to, int limit = 6);
// A bucket size between one minute and one day that gives at most ~maxBuckets buckets over the span.
int bucketSecondsFor(qint64 spanSeconds, int maxBuckets = 400);
// The first and last start time in the workspace (0, 0 when it holds no flows).
QPair<qint64, qint64> flowTimeSpan(const Workspace &ws);

QString tcpFlagsText(int flags); // "SYN,ACK"; empty for -1
QString serviceName(int protocol, int port); // "https" for tcp/443, empty when unknown

} // namespace vpclens
