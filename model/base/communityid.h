// SPDX-License-Identifier: GPL-3.0-or-later
// Community ID v1: the flow hash Zeek, Suricata, Elastic and Wireshark compute for a connection
// ("1:" and the base64 of a SHA-1), so a flow-log record and the same connection in those tools find
// each other. Written from the published specification (corelight/community-id-spec): the two ends
// ordered (unless the ICMP message is one-way), ICMP type and code standing in for the ports.
#pragma once

#include "base/ipaddress.h"

#include <QString>

#include <cstdint>

namespace vpclens {

// For TCP, UDP and SCTP the ports; for ICMP and ICMPv6 the type (in srcPort) and code (in dstPort).
// Other protocols carry no ports. Addresses of different families give an empty string.
QString communityId(int protocol, const IpAddress &src, const IpAddress &dst, int srcPort, int dstPort, std::uint16_t seed = 0);

} // namespace vpclens
