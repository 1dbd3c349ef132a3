// SPDX-License-Identifier: GPL-3.0-or-later
// One captured frame decoded down to what a flow needs: the link layer (Ethernet with VLAN tags,
// Linux cooked SLL and SLL2, raw IP, BSD loopback), IPv4 and IPv6 (extension headers), the tunnels a
// traffic-mirror target receives (VXLAN on UDP 4789, GENEVE on 6081, nested up to a limit, the
// outermost VNI kept: it names the mirror session), then TCP, UDP, SCTP, ICMP and ICMPv6. Every
// length is checked against what was captured; nothing is read past it.
#pragma once

#include "base/ipaddress.h"

#include <cstddef>
#include <cstdint>

namespace vpclens {

struct DecodedPacket {
    IpAddress src, dst;
    int protocol = -1;
    int srcPort = -1, dstPort = -1; // TCP/UDP/SCTP ports; ICMP type (src) and code (dst); -1 absent
    std::uint8_t tcpFlags = 0;
    std::uint32_t seq = 0;          // TCP sequence number
    std::uint32_t ipLength = 0;     // the IP packet's length as its header gives it (what flow logs count)
    std::uint32_t payloadLength = 0; // transport payload by the headers (TCP: what the sequence numbers advance)
    std::int64_t vni = -1;          // the outermost VXLAN/GENEVE network identifier, -1 for none
    int tunnels = 0;                // how many VXLAN/GENEVE headers were taken off
    const std::uint8_t *payload = nullptr; // the transport payload as captured
    std::size_t payloadCaptured = 0;
};

enum class DecodeStatus : std::uint8_t {
    Ok,
    NotIp,      // ARP, LLDP, ...: not an error, not a flow
    Fragment,   // a non-first IP fragment: no transport header to read
    Truncated,  // the IP header is whole but the transport header is cut short (snap length, mirror PacketLength)
    Malformed,  // a header that contradicts itself or the capture
    Unsupported // a link type this reader does not decode
};

struct DecodeResult {
    DecodeStatus status = DecodeStatus::Ok;
    const char *why = ""; // for Truncated/Malformed/Unsupported: what was wrong, a static string
};

// linkType: the pcap LINKTYPE_/DLT_ value of the capture (or of the pcapng interface).
DecodeResult decodePacket(int linkType, const std::uint8_t *data, std::size_t captured, DecodedPacket &out);

// Whether the decoder reads this link type.
bool decodesLinkType(int linkType);

} // namespace vpclens
