// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the rule evaluator's translation units (not part of its interface).
#pragma once

#include "ruletrace.h"

#include <optional>

namespace vpclens::detail {

// ICMP types answered by a reply: echo, timestamp, information request.
inline std::optional<int> icmpReplyType(int type)
{
    switch (type) {
    case 8: return 0;
    case 13: return 14;
    case 15: return 16;
    default: return std::nullopt;
    }
}

inline Hop makeHop(const QString &kind, const QString &id, const QString &rule, const QString &result,
                   const QString &target = {}, const QString &detail = {})
{
    return Hop{kind, id, rule, result, target, detail};
}

} // namespace vpclens::detail
