// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlineparser.h"

namespace vpclens {
namespace {

bool parseUnsigned(std::string_view s, std::int64_t &out)
{
    if (s.empty() || s.size() > 19)
        return false;
    std::int64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0'); // 19 digits cannot overflow int64 except past 9.2e18
        if (v < 0)
            return false;
    }
    out = v;
    return true;
}

bool parseAddress(std::string_view s, FlowAddress &out)
{
    if (s.find(':') != std::string_view::npos) {
        const auto v6 = parseIpv6(s);
        if (!v6)
            return false;
        out.kind = FlowAddress::V6;
        out.v6 = *v6;
        return true;
    }
    const auto v4 = parseIpv4(s);
    if (!v4)
        return false;
    out.kind = FlowAddress::V4;
    out.v4 = *v4;
    return true;
}

bool dashAllowed(FlowField f)
{
    return f != FlowField::Version && f != FlowField::Start && f != FlowField::End && f != FlowField::LogStatus;
}

} // namespace

const char *badLineReason(BadLine reason)
{
    switch (reason) {
    case BadLine::None: return "ok";
    case BadLine::FieldCount: return "field-count";
    case BadLine::Separator: return "separator";
    case BadLine::Number: return "number";
    case BadLine::Port: return "port";
    case BadLine::Address: return "address";
    case BadLine::Action: return "action";
    case BadLine::LogStatus: return "log-status";
    case BadLine::Truncated: return "truncated";
    }
    return "unknown";
}

BadLine parseFlowLine(std::string_view line, const FlowLogFormat &format, ParsedFlow &out)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    const auto &fields = format.fields();
    const std::size_t n = fields.size();
    // Split on single spaces; a tab or an empty field is a separator error.
    std::size_t count = 0;
    std::size_t i = 0;
    const char *p = line.data();
    const std::size_t len = line.size();
    std::array<std::string_view, std::size_t(FlowField::Count) + 1> parts;
    while (true) {
        std::size_t j = i;
        while (j < len && p[j] != ' ') {
            if (p[j] == '\t')
                return BadLine::Separator;
            ++j;
        }
        if (j == i)
            return BadLine::Separator; // empty field: two spaces, or a leading/trailing space
        if (count >= n)
            return BadLine::FieldCount;
        parts[count++] = std::string_view(p + i, j - i);
        if (j == len)
            break;
        i = j + 1;
    }
    if (count != n)
        return BadLine::FieldCount;

    // Reset the values only: the text views of fields outside the format stay empty, as long as the
    // caller uses one ParsedFlow per format (the views of this format's fields are all overwritten).
    out.version = out.srcPort = out.dstPort = out.protocol = ParsedFlow::Absent;
    out.packets = out.bytes = out.start = out.end = out.tcpFlags = out.trafficPath = ParsedFlow::Absent;
    out.src.kind = out.dst.kind = out.pktSrc.kind = out.pktDst.kind = FlowAddress::None;
    out.action = FlowAction::None;
    out.status = LogStatus::Ok;
    for (std::size_t k = 0; k < n; ++k) {
        const FlowField f = fields[k];
        const std::string_view s = parts[k];
        out.text[std::size_t(f)] = s;
        const bool dash = s.size() == 1 && s[0] == '-';
        if (dash) {
            if (!dashAllowed(f))
                return f == FlowField::LogStatus ? BadLine::LogStatus : BadLine::Number;
            continue;
        }
        switch (f) {
        case FlowField::Version: if (!parseUnsigned(s, out.version)) return BadLine::Number; break;
        case FlowField::SrcPort:
            if (!parseUnsigned(s, out.srcPort) || out.srcPort > 65535) return BadLine::Port;
            break;
        case FlowField::DstPort:
            if (!parseUnsigned(s, out.dstPort) || out.dstPort > 65535) return BadLine::Port;
            break;
        case FlowField::Protocol:
            if (!parseUnsigned(s, out.protocol) || out.protocol > 255) return BadLine::Number;
            break;
        case FlowField::Packets: if (!parseUnsigned(s, out.packets)) return BadLine::Number; break;
        case FlowField::Bytes: if (!parseUnsigned(s, out.bytes)) return BadLine::Number; break;
        case FlowField::Start: if (!parseUnsigned(s, out.start)) return BadLine::Number; break;
        case FlowField::End: if (!parseUnsigned(s, out.end)) return BadLine::Number; break;
        case FlowField::TcpFlags: if (!parseUnsigned(s, out.tcpFlags)) return BadLine::Number; break;
        case FlowField::TrafficPath: if (!parseUnsigned(s, out.trafficPath)) return BadLine::Number; break;
        case FlowField::SrcAddr: if (!parseAddress(s, out.src)) return BadLine::Address; break;
        case FlowField::DstAddr: if (!parseAddress(s, out.dst)) return BadLine::Address; break;
        case FlowField::PktSrcAddr: if (!parseAddress(s, out.pktSrc)) return BadLine::Address; break;
        case FlowField::PktDstAddr: if (!parseAddress(s, out.pktDst)) return BadLine::Address; break;
        case FlowField::Action:
            if (s == "ACCEPT") out.action = FlowAction::Accept;
            else if (s == "REJECT") out.action = FlowAction::Reject;
            else return BadLine::Action;
            break;
        case FlowField::LogStatus:
            if (s == "OK") out.status = LogStatus::Ok;
            else if (s == "NODATA") out.status = LogStatus::NoData;
            else if (s == "SKIPDATA") out.status = LogStatus::SkipData;
            else return BadLine::LogStatus;
            break;
        default:
            if (fieldType(f) == FieldType::Number) {
                std::int64_t ignored = 0;
                if (!parseUnsigned(s, ignored)) return BadLine::Number;
            }
            break;
        }
    }
    return BadLine::None;
}

} // namespace vpclens
