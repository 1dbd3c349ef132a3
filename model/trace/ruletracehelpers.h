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
    return Hop{kind, id, rule, result, target, detail};
}

} // namespace vpclens::detail
