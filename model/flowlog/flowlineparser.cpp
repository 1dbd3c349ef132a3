// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlog/flowlineparser.h"

#include <cstring>
#include <limits>

namespace vpclens {
namespace {

bool parseUnsigned(std::string_view s, std::int64_t &out)
{
    if (s.empty() || s.size() > 19)
        return false;
    std::uint64_t v = 0; // 19 digits fit in 64 unsigned bits; past 9.2e18 they do not fit in int64
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + std::uint64_t(c - '0');
    }
    if (v > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
        return false;
    out = std::int64_t(v);
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

void resetValues(ParsedFlow &out)
{
    // The values only: the text views of fields outside the format stay empty, as long as the
    // caller uses one ParsedFlow per format (the views of this format's fields are all overwritten).
    out.version = out.srcPort = out.dstPort = out.protocol = ParsedFlow::Absent;
    out.packets = out.bytes = out.start = out.end = out.tcpFlags = out.trafficPath = ParsedFlow::Absent;
    out.src.kind = out.dst.kind = out.pktSrc.kind = out.pktDst.kind = FlowAddress::None;
    out.action = FlowAction::None;
    out.status = LogStatus::Ok;
}

// The one-pass parse reads each field where it stands, up to the space after it. It only says yes
// or no: any irregularity sends the line to the two-pass parse, which names the reason.

// 1 to 18 decimal digits (longer numbers are left to the two-pass parse, which checks the range).
inline bool readNumber(const char *&p, const char *end, std::int64_t &out)
{
    const char *start = p;
    std::int64_t v = 0;
    while (p < end && unsigned(*p - '0') <= 9) {
        if (p - start == 18)
            return false; // cannot overflow: at most 18 digits reach the multiplication
        v = v * 10 + (*p++ - '0');
    }
    if (p == start)
        return false;
    out = v;
    return true;
}

inline bool readBounded(const char *&p, const char *end, std::int64_t &out, std::int64_t max)
{
    return readNumber(p, end, out) && out <= max;
}

// Four decimal parts 0-255 without leading zeros, as parseIpv4 demands.
inline bool readIpv4(const char *&p, const char *end, std::uint32_t &out)
{
    std::uint32_t a = 0;
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (p == end || *p != '.')
                return false;
            ++p;
        }
        const char *start = p;
        unsigned v = 0;
        while (p < end && unsigned(*p - '0') <= 9 && p - start < 3)
            v = v * 10 + unsigned(*p++ - '0');
        if (p == start || v > 255 || (p - start > 1 && *start == '0'))
            return false;
        a = (a << 8) | v;
    }
    out = a;
    return true;
}

// Text up to the next space or the end; a tab or nothing at all is left to the two-pass parse.
inline bool readText(const char *&p, const char *end)
{
    const char *start = p;
    while (p < end && *p != ' ') {
        if (*p == '\t')
            return false;
        ++p;
    }
    return p != start;
}

inline bool readAddress(const char *&p, const char *end, FlowAddress &out)
{
    const char *start = p;
    if (readIpv4(p, end, out.v4) && (p == end || *p == ' ')) {
        out.kind = FlowAddress::V4;
        return true;
    }
    p = start;
    return readText(p, end) && parseAddress(std::string_view(start, std::size_t(p - start)), out);
}

inline bool readWord(const char *&p, const char *end, std::string_view word)
{
    if (std::size_t(end - p) < word.size() || std::memcmp(p, word.data(), word.size()) != 0)
        return false;
    p += word.size();
    return true;
}

bool parseOnePass(std::string_view line, const FlowLogFormat &format, ParsedFlow &out)
{
    resetValues(out);
    const char *p = line.data();
    const char *const end = p + line.size();
    const auto &fields = format.fields();
    for (std::size_t k = 0; k < fields.size(); ++k) {
        if (k > 0) {
            if (p == end || *p != ' ')
                return false;
            ++p;
        }
        const FlowField f = fields[k];
        const char *start = p;
        bool ok = true;
        if (p < end && *p == '-' && (p + 1 == end || p[1] == ' ')) {
            ok = dashAllowed(f);
            ++p;
        } else {
            switch (f) {
            case FlowField::Version: ok = readNumber(p, end, out.version); break;
            case FlowField::SrcPort: ok = readBounded(p, end, out.srcPort, 65535); break;
            case FlowField::DstPort: ok = readBounded(p, end, out.dstPort, 65535); break;
            case FlowField::Protocol: ok = readBounded(p, end, out.protocol, 255); break;
            case FlowField::Packets: ok = readNumber(p, end, out.packets); break;
            case FlowField::Bytes: ok = readNumber(p, end, out.bytes); break;
            case FlowField::Start: ok = readNumber(p, end, out.start); break;
            case FlowField::End: ok = readNumber(p, end, out.end); break;
            case FlowField::TcpFlags: ok = readNumber(p, end, out.tcpFlags); break;
            case FlowField::TrafficPath: ok = readNumber(p, end, out.trafficPath); break;
            case FlowField::SrcAddr: ok = readAddress(p, end, out.src); break;
            case FlowField::DstAddr: ok = readAddress(p, end, out.dst); break;
            case FlowField::PktSrcAddr: ok = readAddress(p, end, out.pktSrc); break;
            case FlowField::PktDstAddr: ok = readAddress(p, end, out.pktDst); break;
            case FlowField::Action:
                if (readWord(p, end, "ACCEPT")) out.action = FlowAction::Accept;
                else if (readWord(p, end, "REJECT")) out.action = FlowAction::Reject;
                else ok = false;
                break;
            case FlowField::LogStatus:
                if (readWord(p, end, "OK")) out.status = LogStatus::Ok;
                else if (readWord(p, end, "NODATA")) out.status = LogStatus::NoData;
                else if (readWord(p, end, "SKIPDATA")) out.status = LogStatus::SkipData;
                else ok = false;
                break;
            default:
                if (fieldType(f) == FieldType::Number) {
                    std::int64_t ignored = 0;
                    ok = readNumber(p, end, ignored);
                } else {
                    ok = readText(p, end);
                }
                break;
            }
        }
        if (!ok)
            return false;
        out.text[std::size_t(f)] = std::string_view(start, std::size_t(p - start));
    }
    return p == end;
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
    case BadLine::TooLong: return "too-long";
    }
    return "unknown";
}

BadLine parseFlowLineTwoPass(std::string_view line, const FlowLogFormat &format, ParsedFlow &out)
{
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

    resetValues(out);
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

BadLine parseFlowLine(std::string_view line, const FlowLogFormat &format, ParsedFlow &out)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return parseOnePass(line, format, out) ? BadLine::None : parseFlowLineTwoPass(line, format, out);
}

} // namespace vpclens
