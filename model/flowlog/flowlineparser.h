// SPDX-License-Identifier: GPL-3.0-or-later
// The strict, allocation-free parser for one flow-log text record.
#pragma once

#include "base/ipaddress.h"
#include "flowlog/flowlogformat.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace vpclens {

enum class BadLine : std::uint8_t {
    None,
    FieldCount,
    Separator,
    Number,
    Port,
    Address,
    Action,
    LogStatus,
    Truncated,
    TooLong, // longer than any record (FlowLineReader::kMaxLine)
};
const char *badLineReason(BadLine reason); // "field-count", "separator", ...

enum class FlowAction : std::uint8_t { None = 0, Accept = 1, Reject = 2 };
enum class LogStatus : std::uint8_t { Ok = 0, NoData = 1, SkipData = 2 };

// An address field: absent ('-' or not in the format), IPv4 or IPv6.
struct FlowAddress {
    enum Kind : std::uint8_t { None, V4, V6 } kind = None;
    std::uint32_t v4 = 0;
    Ipv6Bytes v6{};
};

// One parsed record. Text views point into the line and live only as long as it.
struct ParsedFlow {
    static constexpr std::int64_t Absent = -1;
    std::array<std::string_view, std::size_t(FlowField::Count)> text{}; // raw field text; empty when not in the format
    std::int64_t version = Absent;
    std::int64_t srcPort = Absent, dstPort = Absent, protocol = Absent;
    std::int64_t packets = Absent, bytes = Absent, start = Absent, end = Absent;
    std::int64_t tcpFlags = Absent, trafficPath = Absent;
    FlowAddress src, dst, pktSrc, pktDst;
    FlowAction action = FlowAction::None;
    LogStatus status = LogStatus::Ok;

    std::string_view field(FlowField f) const { return text[std::size_t(f)]; }
};

// Parses one line (without its newline) in the given format. Use one ParsedFlow per format. Returns BadLine::None on success.
// Fields are separated by exactly one space; '-' means not applicable except for version, start, end
// and log-status.
BadLine parseFlowLine(std::string_view line, const FlowLogFormat &format, ParsedFlow &out);
// The same in two passes (split, then read each field) on a line whose '\r' is already removed: what
// parseFlowLine falls back on to name the reason when its one pass finds anything irregular. Public
// so that tests can hold the two together.
BadLine parseFlowLineTwoPass(std::string_view line, const FlowLogFormat &format, ParsedFlow &out);

} // namespace vpclens
