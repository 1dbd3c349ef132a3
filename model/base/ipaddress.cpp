// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/ipaddress.h"

#include "base/hashmix.h"

namespace vpclens {

std::optional<std::uint32_t> parseIpv4(std::string_view s)
{
    std::uint32_t out = 0;
    int parts = 0;
    std::size_t i = 0;
    while (true) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9')
            return std::nullopt;
        const std::size_t start = i;
        unsigned v = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - start < 4)
            v = v * 10 + unsigned(s[i++] - '0');
        const std::size_t len = i - start;
        if (len > 3 || v > 255 || (len > 1 && s[start] == '0'))
            return std::nullopt;
        out = (out << 8) | v;
        if (++parts == 4)
            return i == s.size() ? std::optional<std::uint32_t>(out) : std::nullopt;
        if (i >= s.size() || s[i] != '.')
            return std::nullopt;
        ++i;
    }
}

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
} // namespace

std::optional<Ipv6Bytes> parseIpv6(std::string_view s)
{
    if (s.size() < 2 || s.size() > 45)
        return std::nullopt;
    std::array<std::uint16_t, 8> groups{};
    int count = 0;
    int gap = -1; // index where "::" stands
    std::size_t i = 0;
    if (s[0] == ':') {
        if (s[1] != ':')
            return std::nullopt;
        gap = 0;
        i = 2;
        if (i == s.size())
            return Ipv6Bytes{};
    }
    while (i < s.size()) {
        if (count == 8)
            return std::nullopt;
        // An embedded IPv4 tail takes the last two groups.
        const std::size_t nextColon = s.find(':', i);
        const std::string_view token = s.substr(i, nextColon == std::string_view::npos ? std::string_view::npos : nextColon - i);
        if (nextColon == std::string_view::npos && token.find('.') != std::string_view::npos) {
            const auto v4 = parseIpv4(token);
            if (!v4 || count > 6)
                return std::nullopt;
            groups[count++] = std::uint16_t(*v4 >> 16);
            groups[count++] = std::uint16_t(*v4 & 0xffff);
            i = s.size();
            break;
        }
        if (token.empty() || token.size() > 4)
            return std::nullopt;
        unsigned v = 0;
        for (char c : token) {
            const int h = hexValue(c);
            if (h < 0)
                return std::nullopt;
            v = v * 16 + unsigned(h);
        }
        groups[count++] = std::uint16_t(v);
        i += token.size();
        if (i == s.size())
            break;
        ++i; // the ':'
        if (i < s.size() && s[i] == ':') {
            if (gap >= 0)
                return std::nullopt; // a second "::"
            gap = count;
            ++i;
        } else if (i == s.size()) {
            return std::nullopt; // a trailing single ':'
        }
    }
    if (gap < 0 && count != 8)
        return std::nullopt;
    if (gap >= 0 && count > 7)
        return std::nullopt;
    Ipv6Bytes out{};
    std::array<std::uint16_t, 8> full{};
    if (gap >= 0) {
        const int tail = count - gap;
        for (int k = 0; k < gap; ++k)
            full[k] = groups[k];
        for (int k = 0; k < tail; ++k)
            full[8 - tail + k] = groups[gap + k];
    } else {
        full = groups;
    }
    for (int k = 0; k < 8; ++k) {
        out[2 * k] = std::uint8_t(full[k] >> 8);
        out[2 * k + 1] = std::uint8_t(full[k] & 0xff);
    }
    return out;
}

std::optional<int> parseIpProtocol(const QString &p)
{
    if (p == QLatin1String("tcp")) return 6;
    if (p == QLatin1String("udp")) return 17;
    if (p == QLatin1String("icmp")) return 1;
    if (p == QLatin1String("icmpv6")) return 58;
    bool ok = false;
    const int n = p.toInt(&ok);
    return ok && n >= 0 && n <= 255 ? std::optional<int>(n) : std::nullopt;
}

QString formatIpv4(std::uint32_t a)
{
    return QStringLiteral("%1.%2.%3.%4").arg(a >> 24).arg((a >> 16) & 0xff).arg((a >> 8) & 0xff).arg(a & 0xff);
}

QString formatIpv6(const Ipv6Bytes &a)
{
    std::array<unsigned, 8> g{};
    for (int k = 0; k < 8; ++k)
        g[k] = (unsigned(a[2 * k]) << 8) | a[2 * k + 1];
    int bestStart = -1, bestLen = 0;
    for (int k = 0; k < 8;) {
        if (g[k] != 0) { ++k; continue; }
        int e = k;
        while (e < 8 && g[e] == 0)
            ++e;
        if (e - k > bestLen && e - k >= 2) { bestStart = k; bestLen = e - k; }
        k = e;
    }
    QString out;
    for (int k = 0; k < 8; ++k) {
        if (k == bestStart) {
            out += QStringLiteral("::");
            k += bestLen - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(QLatin1Char(':')))
            out += QLatin1Char(':');
        out += QString::number(g[k], 16);
    }
    return out;
}

namespace {

// The decimal digits after a CIDR's '/', at most `max`.
std::optional<int> parsePrefixLength(std::string_view digits, int max)
{
    if (digits.empty())
        return std::nullopt;
    int value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value <= max ? std::optional<int>(value) : std::nullopt;
}

} // namespace

std::optional<Ipv4Cidr> parseIpv4Cidr(std::string_view text)
{
    const auto slash = text.find('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    const auto addr = parseIpv4(text.substr(0, slash));
    const std::string_view p = text.substr(slash + 1);
    const auto length = p.size() <= 2 ? parsePrefixLength(p, 32) : std::nullopt;
    if (!addr || !length)
        return std::nullopt;
    const int prefix = *length;
    const std::uint32_t mask = prefix == 0 ? 0 : ~std::uint32_t(0) << (32 - prefix);
    return Ipv4Cidr{*addr & mask, prefix};
}

IpAddress IpAddress::fromBytes(const Ipv6Bytes &b)
{
    IpAddress a;
    for (int k = 0; k < 8; ++k) {
        a.hi = (a.hi << 8) | b[std::size_t(k)];
        a.lo = (a.lo << 8) | b[std::size_t(k + 8)];
    }
    return a;
}

Ipv6Bytes IpAddress::bytes() const
{
    Ipv6Bytes b{};
    for (int k = 0; k < 8; ++k) {
        b[std::size_t(k)] = std::uint8_t(hi >> (56 - 8 * k));
        b[std::size_t(k + 8)] = std::uint8_t(lo >> (56 - 8 * k));
    }
    return b;
}

std::size_t qHash(const IpAddress &a, std::size_t seed) noexcept
{
    return std::size_t(mix64(a.hi * 0x9e3779b97f4a7c15ULL ^ a.lo)) ^ seed;
}

std::optional<IpAddress> parseIp(std::string_view text)
{
    if (const auto v4 = parseIpv4(text))
        return IpAddress(*v4);
    if (const auto v6 = parseIpv6(text))
        return IpAddress::fromBytes(*v6);
    return std::nullopt;
}

QString formatIp(const IpAddress &a)
{
    return a.isV4() ? formatIpv4(a.v4()) : formatIpv6(a.bytes());
}

bool isPrivateIp(const IpAddress &a)
{
    if (a.isV4())
        return isPrivateIpv4(a.v4());
    return (a.hi >> 57) == (0xfc00ULL >> 9) || (a.hi >> 54) == (0xfe80ULL >> 6) || (a.hi == 0 && a.lo == 1);
}

std::optional<IpCidr> parseIpCidr(std::string_view text)
{
    if (const auto c4 = parseIpv4Cidr(text))
        return IpCidr(*c4);
    const auto slash = text.find('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    const auto addr = parseIpv6(text.substr(0, slash));
    const std::string_view p = text.substr(slash + 1);
    const auto length = p.size() <= 3 && !(p.size() > 1 && p[0] == '0') ? parsePrefixLength(p, 128) : std::nullopt;
    if (!addr || !length)
        return std::nullopt;
    const int prefix = *length;
    IpAddress n = IpAddress::fromBytes(*addr);
    if (prefix <= 64) {
        n.hi = prefix == 0 ? 0 : n.hi & (~0ULL << (64 - prefix));
        n.lo = 0;
    } else if (prefix < 128) {
        n.lo &= ~0ULL << (128 - prefix);
    }
    return IpCidr(n, prefix);
}

QString formatCidr(const IpCidr &c)
{
    return QStringLiteral("%1/%2").arg(formatIp(c.network)).arg(c.familyPrefix());
}

} // namespace vpclens
