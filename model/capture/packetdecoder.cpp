// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/packetdecoder.h"

#include <algorithm>
#include <cstring>
#include <optional>

namespace vpclens {
namespace {

// Link types as pcap files and libpcap name them (pcap/dlt.h; LINKTYPE_RAW 101 is DLT_RAW, 12 on
// Linux and 14 on OpenBSD).
enum LinkType : int {
    kNull = 0, kEthernet = 1, kRawLinux = 12, kRawBsd = 14, kRaw = 101, kLoop = 108,
    kSll = 113, kIpv4 = 228, kIpv6 = 229, kSll2 = 276
};
constexpr int kVxlanPort = 4789;
constexpr int kGenevePort = 6081;
constexpr int kMaxTunnels = 4; // VXLAN inside VXLAN inside ...: past this the packet is malformed

inline std::uint16_t be16(const std::uint8_t *p) { return std::uint16_t(p[0] << 8 | p[1]); }
inline std::uint32_t be32(const std::uint8_t *p) { return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3]; }

class Decoder
{
public:
    explicit Decoder(DecodedPacket &out) : m_out(out) {}

    DecodeResult link(int linkType, const std::uint8_t *p, std::size_t n)
    {
        switch (linkType) {
        case kEthernet: return ethernet(p, n);
        case kSll:
            if (n < 16)
                return malformed("Linux cooked header cut short");
            return byEthertype(be16(p + 14), p + 16, n - 16);
        case kSll2:
            if (n < 20)
                return malformed("Linux cooked (v2) header cut short");
            return byEthertype(be16(p), p + 20, n - 20);
        case kRaw: case kRawLinux: case kRawBsd:
            if (n < 1)
                return malformed("empty frame");
            return ipByVersion(p, n);
        case kIpv4: return ipv4(p, n);
        case kIpv6: return ipv6(p, n);
        case kNull: case kLoop: {
            if (n < 4)
                return malformed("loopback header cut short");
            // The address family in the capturing host's byte order (DLT_NULL) or network order (DLT_LOOP).
            const std::uint32_t le = std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
            const std::uint32_t family = (le & 0xffff) ? le : be32(p);
            if (family == 2)
                return ipv4(p + 4, n - 4);
            if (family == 24 || family == 28 || family == 30 || family == 10)
                return ipv6(p + 4, n - 4);
            return {DecodeStatus::NotIp, ""};
        }
        default: return {DecodeStatus::Unsupported, "link type not decoded"};
        }
    }

private:
    static DecodeResult malformed(const char *why) { return {DecodeStatus::Malformed, why}; }
    static DecodeResult truncated(const char *why) { return {DecodeStatus::Truncated, why}; }

    DecodeResult ethernet(const std::uint8_t *p, std::size_t n)
    {
        if (n < 14)
            return malformed("Ethernet header cut short");
        std::size_t at = 12;
        std::uint16_t type = be16(p + at);
        for (int tags = 0; (type == 0x8100 || type == 0x88a8 || type == 0x9100) && tags < 4; ++tags) {
            at += 4;
            if (n < at + 2)
                return malformed("VLAN tag cut short");
            type = be16(p + at);
        }
        at += 2;
        return byEthertype(type, p + at, n - at);
    }

    DecodeResult byEthertype(std::uint16_t type, const std::uint8_t *p, std::size_t n)
    {
        if (type == 0x0800)
            return ipv4(p, n);
        if (type == 0x86dd)
            return ipv6(p, n);
        return {DecodeStatus::NotIp, ""};
    }

    DecodeResult ipByVersion(const std::uint8_t *p, std::size_t n)
    {
        const int version = p[0] >> 4;
        if (version == 4)
            return ipv4(p, n);
        if (version == 6)
            return ipv6(p, n);
        return malformed("IP version neither 4 nor 6");
    }

    DecodeResult ipv4(const std::uint8_t *p, std::size_t n)
    {
        if (n < 20)
            return malformed("IPv4 header cut short");
        if ((p[0] >> 4) != 4)
            return malformed("IPv4 header with another version");
        const std::size_t headerLength = std::size_t(p[0] & 0x0f) * 4;
        const std::uint16_t total = be16(p + 2);
        if (headerLength < 20 || n < headerLength || total < headerLength)
            return malformed("IPv4 header length impossible");
        m_out.src = IpAddress(be32(p + 12));
        m_out.dst = IpAddress(be32(p + 16));
        m_out.protocol = p[9];
        m_out.ipLength = total;
        // A GSO/TSO super-packet says 0 or less than it carries; the captured length stands in.
        if (total == 0)
            m_out.ipLength = std::uint32_t(n);
        const std::uint16_t fragment = be16(p + 6);
        if ((fragment & 0x1fff) != 0)
            return {DecodeStatus::Fragment, ""};
        const std::size_t carried = std::size_t(m_out.ipLength) - headerLength; // by the header
        const std::size_t captured = std::min(n, std::size_t(m_out.ipLength)) - headerLength;
        return transport(p + headerLength, captured, carried);
    }

    DecodeResult ipv6(const std::uint8_t *p, std::size_t n)
    {
        if (n < 40)
            return malformed("IPv6 header cut short");
        if ((p[0] >> 4) != 6)
            return malformed("IPv6 header with another version");
        Ipv6Bytes a, b;
        std::memcpy(a.data(), p + 8, 16);
        std::memcpy(b.data(), p + 24, 16);
        m_out.src = IpAddress::fromBytes(a);
        m_out.dst = IpAddress::fromBytes(b);
        const std::uint16_t payload = be16(p + 4);
        m_out.ipLength = 40u + payload;
        if (payload == 0) // a jumbogram or a GSO super-packet: what was captured
            m_out.ipLength = std::uint32_t(n);
        std::size_t at = 40;
        const std::size_t end = std::min(n, std::size_t(m_out.ipLength));
        int next = p[6];
        for (int headers = 0; headers < 8; ++headers) {
            if (next == 0 || next == 43 || next == 60 || next == 51) { // hop-by-hop, routing, destination, AH
                if (end < at + 8)
                    return truncated("IPv6 extension header cut short");
                const std::size_t length = next == 51 ? (std::size_t(p[at + 1]) + 2) * 4 : (std::size_t(p[at + 1]) + 1) * 8;
                next = p[at];
                at += length;
                continue;
            }
            if (next == 44) { // fragment
                if (end < at + 8)
                    return truncated("IPv6 fragment header cut short");
                const bool first = (be16(p + at + 2) & 0xfff8) == 0;
                next = p[at];
                at += 8;
                if (!first) {
                    m_out.protocol = next;
                    return {DecodeStatus::Fragment, ""};
                }
                continue;
            }
            break;
        }
        m_out.protocol = next;
        if (at > m_out.ipLength)
            return malformed("IPv6 extension headers longer than the packet");
        return transport(p + at, end > at ? end - at : 0, std::size_t(m_out.ipLength) - at);
    }

    // p: the transport header as captured (n bytes); carried: its length by the IP header.
    DecodeResult transport(const std::uint8_t *p, std::size_t n, std::size_t carried)
    {
        switch (m_out.protocol) {
        case 6: {
            if (n < 20)
                return truncated("TCP header cut short");
            const std::size_t offset = std::size_t(p[12] >> 4) * 4;
            if (offset < 20)
                return malformed("TCP data offset below 20");
            m_out.srcPort = be16(p);
            m_out.dstPort = be16(p + 2);
            m_out.seq = be32(p + 4);
            m_out.tcpFlags = p[13];
            m_out.payloadLength = carried > offset ? std::uint32_t(carried - offset) : 0;
            if (n > offset) {
                m_out.payload = p + offset;
                m_out.payloadCaptured = n - offset;
            }
            return {};
        }
        case 17: {
            if (n < 8)
                return truncated("UDP header cut short");
            const int sport = be16(p), dport = be16(p + 2);
            if (dport == kVxlanPort || dport == kGenevePort) {
                if (m_tunnels >= kMaxTunnels)
                    return malformed("tunnels nested deeper than four");
                if (const auto inner = tunnel(dport, p + 8, n - 8))
                    return *inner;
            }
            m_out.srcPort = sport;
            m_out.dstPort = dport;
            m_out.payloadLength = carried > 8 ? std::uint32_t(carried - 8) : 0;
            m_out.payload = p + 8;
            m_out.payloadCaptured = n - 8;
            return {};
        }
        case 132:
            if (n < 12)
                return truncated("SCTP header cut short");
            m_out.srcPort = be16(p);
            m_out.dstPort = be16(p + 2);
            return {};
        case 1:
        case 58:
            if (n < 4)
                return truncated("ICMP header cut short");
            m_out.srcPort = p[0]; // type
            m_out.dstPort = p[1]; // code
            m_out.payload = p + 4;
            m_out.payloadCaptured = n - 4;
            return {};
        default:
            return {};
        }
    }

    // A mirror session's copy: VXLAN (8 bytes, the I flag, a 24-bit VNI, then Ethernet) or GENEVE
    // (variable options; Ethernet or IP inside). nullopt: not a tunnel header (a datagram to 4789 that
    // is not VXLAN stays a datagram). The outermost VNI is kept: it names the mirror session.
    std::optional<DecodeResult> tunnel(int port, const std::uint8_t *p, std::size_t n)
    {
        if (n < 8)
            return std::nullopt;
        const std::int64_t vni = std::int64_t(be32(p + 4) >> 8);
        if (port == kVxlanPort) {
            if (!(p[0] & 0x08))
                return std::nullopt;
            enter(vni);
            return ethernet(p + 8, n - 8);
        }
        if ((p[0] >> 6) != 0) // GENEVE version 0 only
            return std::nullopt;
        const std::size_t options = std::size_t(p[0] & 0x3f) * 4;
        if (n < 8 + options)
            return truncated("GENEVE options cut short");
        enter(vni);
        const std::uint16_t type = be16(p + 2);
        return type == 0x6558 ? ethernet(p + 8 + options, n - 8 - options) : byEthertype(type, p + 8 + options, n - 8 - options);
    }

    void enter(std::int64_t vni)
    {
        if (m_tunnels++ == 0)
            m_out.vni = vni;
        m_out.tunnels = m_tunnels;
    }

    DecodedPacket &m_out;
    int m_tunnels = 0;
};

} // namespace

DecodeResult decodePacket(int linkType, const std::uint8_t *data, std::size_t captured, DecodedPacket &out)
{
    out = DecodedPacket{};
    return Decoder(out).link(linkType, data, captured);
}

bool decodesLinkType(int linkType)
{
    switch (linkType) {
    case kNull: case kEthernet: case kRawLinux: case kRawBsd: case kRaw: case kLoop: case kSll: case kIpv4: case kIpv6: case kSll2:
        return true;
    default:
        return false;
    }
}

} // namespace vpclens
