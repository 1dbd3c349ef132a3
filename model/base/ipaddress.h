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

// An IPv4 or IPv6 address as one 128-bit value. IPv4 is held as the IPv4-mapped IPv6 address
// ::ffff:a.b.c.d (RFC 4291 2.5.5.2), so one CIDR match serves both families and an IPv4 rule can
// never match an IPv6 packet (nor the reverse), as in AWS's security groups and network ACLs.
struct IpAddress {
    std::uint64_t hi = 0, lo = 0;
    constexpr IpAddress() = default;
    constexpr IpAddress(std::uint32_t v4) : lo(0x0000ffff00000000ULL | v4) {} // implicit: IPv4 is the common case
    static IpAddress fromBytes(const Ipv6Bytes &b);
    constexpr bool isV4() const { return hi == 0 && (lo >> 32) == 0xffff; }
    constexpr std::uint32_t v4() const { return std::uint32_t(lo); }
    Ipv6Bytes bytes() const;
    friend constexpr bool operator==(const IpAddress &a, const IpAddress &b) { return a.hi == b.hi && a.lo == b.lo; }
    friend constexpr bool operator<(const IpAddress &a, const IpAddress &b) { return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo; }
};
std::size_t qHash(const IpAddress &a, std::size_t seed = 0) noexcept;
std::optional<IpAddress> parseIp(std::string_view text); // strict IPv4, else strict IPv6
QString formatIp(const IpAddress &a);                     // dotted IPv4, RFC 5952 IPv6
// Addresses the Internet does not route: the IPv4 ranges above; IPv6 unique-local (fc00::/7),
// link-local (fe80::/10) and loopback.
bool isPrivateIp(const IpAddress &a);

// A CIDR block of either family; the prefix counts bits of the 128-bit value (an IPv4 /n is /96+n).
// A block only holds addresses of its own family: ::/0 holds no IPv4 address.
struct IpCidr {
    IpAddress network;
    int prefix = 0;
    bool v4 = false;
    constexpr IpCidr() = default;
    constexpr IpCidr(const Ipv4Cidr &c) : network(c.network), prefix(96 + c.prefix), v4(true) {} // implicit
    constexpr IpCidr(const IpAddress &n, int p) : network(n), prefix(p), v4(p >= 96 && n.isV4()) {}
    constexpr bool contains(const IpAddress &a) const
    {
        if (!v4 && a.isV4())
            return false;
        if (prefix <= 64)
            return prefix == 0 || ((a.hi ^ network.hi) >> (64 - prefix)) == 0;
        return a.hi == network.hi && ((a.lo ^ network.lo) >> (128 - prefix)) == 0;
    }
    constexpr bool isV4() const { return v4; }
    constexpr bool isEverything() const { return v4 ? prefix == 96 : prefix == 0; } // 0.0.0.0/0 or ::/0
    constexpr int familyPrefix() const { return isV4() ? prefix - 96 : prefix; } // the /n as written
};
std::optional<IpCidr> parseIpCidr(std::string_view text); // "10.0.0.0/16" or "2001:db8::/56"
QString formatCidr(const IpCidr &c);

} // namespace vpclens
