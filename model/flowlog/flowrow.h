// SPDX-License-Identifier: GPL-3.0-or-later
// One parsed flow-log record, ready to bind, and its fields of versions 3 to 8.
#pragma once

#include "flowlog/flowlineparser.h"

#include <cstdint>
#include <string>

namespace vpclens {

struct FlowRow {
    std::int64_t start, end, eni; // eni: interned string id, 0 when absent
    std::int64_t srcPort, dstPort, protocol, packets, bytes; // ParsedFlow::Absent when '-'
    FlowAddress src, dst;
    std::int32_t bits;  // action, log status, counted once, version: see flowbits.h
    std::int32_t extra; // index into FlowBatch::extras, -1 when the file has only v2 fields
    std::int64_t tcpFlags = -1; // the record's tcp-flags (versions 3 on), also in its extra row; -1 when absent
};

struct FlowExtraRow {
    std::int64_t vpc, subnet, instance, region, az, rejectReason; // interned ids, 0 when absent
    std::int64_t tcpFlags, type, direction, trafficPath;           // -1 when absent
    FlowAddress pktSrc, pktDst;
    std::string rest; // the other non-'-' fields as "name=value" pairs
};

} // namespace vpclens
