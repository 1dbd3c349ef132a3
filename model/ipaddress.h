// SPDX-License-Identifier: GPL-3.0-or-later
// Strict IPv4/IPv6 parsing and CIDR math on integers. Strict on purpose: flow-log import must find
// bad lines exactly, so "172.31.16", "0x0a.0.0.1" and "010.0.0.1" are not addresses here.
#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace vpclens {

using Ipv6Bytes = std::array<std::uint8_t, 16>;

// Four decimal parts 0-255, no leading zeros, nothing else.
std::optional<std::uint32_t> parseIpv4(std::string_view text);
// RFC 4291 text forms: eight groups of 1-4 hex digits, one "::" for a run of zero groups, and an
// optional dotted IPv4 tail. No zone ids, no brackets.
std::optional<Ipv6Bytes> parseIpv6(std::string_view text);

// An IP protocol as written by the AWS CLI or an analyst: tcp, udp, icmp, icmpv6, or a number 0-255.
std::optional<int> parseIpProtocol(const QString &text);

QString formatIpv4(std::uint32_t address);
// Addresses the Internet does not route: RFC 1918, shared address space, link-local, loopback.
constexpr bool isPrivateIpv4(std::uint32_t a)
{
    return (a >> 24) == 10 || (a >> 20) == 0xAC1 || (a >> 16) == 0xC0A8 || (a >> 22) == (0x64400000u >> 22)
           || (a >> 16) == 0xA9FE || (a >> 24) == 127;
}
QString formatIpv6(const Ipv6Bytes &address); // RFC 5952 canonical form

struct Ipv4Cidr {
    std::uint32_t network = 0;
    int prefix = 0;
    bool contains(std::uint32_t a) const { return prefix == 0 || (a >> (32 - prefix)) == (network >> (32 - prefix)); }
};
std::optional<Ipv4Cidr> parseIpv4Cidr(std::string_view text);

} // namespace vpclens
