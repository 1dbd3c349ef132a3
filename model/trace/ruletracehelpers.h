// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the rule evaluator's translation units (not part of its interface).
#pragma once

#include "trace/ruletrace.h"

#include <optional>

namespace vpclens::detail {

// ICMP types answered by a reply: echo, timestamp, information request; for ICMPv6 (protocol 58)
// echo request 128 (RFC 4443). Other protocols always have a reply; there the type is -1.
inline std::optional<int> icmpReplyType(int protocol, int type)
{
    if (protocol == 58)
        return type == 128 ? std::optional<int>(129) : std::nullopt;
    if (protocol != 1)
        return -1;
    switch (type) {
    case 8: return 0;
    case 13: return 14;
    case 15: return 16;
    default: return std::nullopt;
    }
}

inline bool isIcmp(int protocol)
{
    return protocol == 1 || protocol == 58;
}

inline Hop makeHop(HopKind kind, const QString &id, const QString &rule, const QString &result,
                   const QString &target = {}, const QString &detail = {})
{
    return Hop{kind, id, rule, result, target, detail, {}};
}

// A hop that ends the path: no route carries the packet on (a table and its route, when one was met).
inline void noRoute(PathTrace &path, const QString &tableId, const QString &rule, const QString &target, const QString &why)
{
    path.hops.push_back(makeHop(HopKind::Route, tableId, rule, QStringLiteral("no_route"), target, why));
    path.verdict = Verdict::NoRoute;
    path.decidingHop = int(path.hops.size()) - 1;
}

} // namespace vpclens::detail

namespace vpclens {

// The packet on its way out of the source's subnet by one route: what every kind of route target needs.
struct RuleEvaluator::Leg {
    const Packet &p;
    PathTrace &path;
    std::optional<PathTrace> &reply;
    const Eni &src;
    const Subnet &subnet;     // the source's
    const RouteTable &table;  // the subnet's
    const Route &route;       // the one that matched
    const Eni *dstPrivate;    // the interface owning the destination as a private address, or null
    const Eni *dstPublic;     // ... as a public address, or null
    QString nat;              // a NAT gateway holding the destination address, or empty
    bool hasReply;

    const QString &target() const { return route.target; }
    void noRoute(const QString &target, const QString &why) const { detail::noRoute(path, table.id, route.destination, target, why); }
    void routeHop() const { path.hops.push_back(detail::makeHop(HopKind::Route, table.id, route.destination, QStringLiteral("allow"), route.target)); }
};

} // namespace vpclens
