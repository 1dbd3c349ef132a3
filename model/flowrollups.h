// SPDX-License-Identifier: GPL-3.0-or-later
// Per-file sums for the rollup tables, merged into the workspace in the file's own transaction.
#pragma once

#include "flowrow.h"

#include <sqlite3.h>

#include <cstring>
#include <unordered_map>
#include <utility>
#include <vector>

namespace vpclens {

struct FlowSums {
    std::int64_t flows = 0, packets = 0, bytes = 0;
    void add(const FlowRow &r)
    {
        ++flows;
        packets += r.packets > 0 ? r.packets : 0;
        bytes += r.bytes > 0 ? r.bytes : 0;
    }
};

struct TalkerKey {
    FlowAddress src, dst;
    std::int64_t dstPort, protocol;
    std::int32_t action;
    std::int64_t hour;
    bool operator==(const TalkerKey &o) const
    {
        return hour == o.hour && action == o.action && dstPort == o.dstPort && protocol == o.protocol && sameAddress(src, o.src)
               && sameAddress(dst, o.dst);
    }
    static bool sameAddress(const FlowAddress &a, const FlowAddress &b)
    {
        return a.kind == b.kind && (a.kind != FlowAddress::V4 || a.v4 == b.v4)
               && (a.kind != FlowAddress::V6 || a.v6 == b.v6);
    }
};

struct TalkerKeyHash {
    static std::size_t mix(std::size_t h, std::uint64_t v) { return (h ^ v) * 0x100000001b3ULL; }
    static std::size_t addr(std::size_t h, const FlowAddress &a)
    {
        h = mix(h, a.kind);
        if (a.kind == FlowAddress::V4)
            return mix(h, a.v4);
        if (a.kind == FlowAddress::V6) {
            std::uint64_t w[2];
            std::memcpy(w, a.v6.data(), 16);
            return mix(mix(h, w[0]), w[1]);
        }
        return h;
    }
    std::size_t operator()(const TalkerKey &k) const
    {
        std::size_t h = 0xcbf29ce484222325ULL;
        h = addr(addr(h, k.src), k.dst);
        return mix(mix(mix(mix(h, std::uint64_t(k.dstPort)), std::uint64_t(k.protocol)), std::uint64_t(k.action)), std::uint64_t(k.hour));
    }
};

// Talkers are conversations: for accepted traffic the side on the lower port is the server, so a
// request and its reply (whose destination port is the client's ephemeral port) sum into one row
// (client, server, service port). Rejected records stay as logged: what was probed.
inline TalkerKey talkerKey(const FlowRow &r)
{
    const std::int32_t action = r.bits & 3;
    if (action == 1 && r.srcPort >= 0 && r.dstPort >= 0 && r.srcPort < r.dstPort)
        return TalkerKey{r.dst, r.src, r.srcPort, r.protocol, action, r.start / 3600};
    return TalkerKey{r.src, r.dst, r.dstPort, r.protocol, action, r.start / 3600};
}

class FlowRollups
{
public:
    // Adds an OK record that counts (not the second sighting of a connection).
    void add(const FlowRow &r)
    {
        const std::int64_t minute = r.start / 60;
        const std::int32_t action = r.bits & 3;
        m_time[(minute << 2) | action].add(r);
        m_eni[EniKey{minute, r.eni, action}].add(r);
        m_talkers[talkerKey(r)].add(r);
    }
    void clear()
    {
        m_time.clear();
        m_eni.clear();
        m_talkers.clear();
    }
    // Puts the sums in the order of each table's primary key (on the parsing thread, once the file is
    // read): the writer then walks every B-tree forwards instead of hopping across it.
    void seal();
    // Adds the sums to the rollup tables (UPSERT).
    void write(sqlite3 *db) const;

private:
    struct EniKey {
        std::int64_t minute, eni;
        std::int32_t action;
        bool operator==(const EniKey &o) const { return minute == o.minute && eni == o.eni && action == o.action; }
    };
    struct EniKeyHash {
        std::size_t operator()(const EniKey &k) const
        {
            return std::size_t((k.minute * 0x9E3779B97F4A7C15ULL) ^ (k.eni * 0xC2B2AE3D27D4EB4FULL) ^ std::uint64_t(k.action));
        }
    };
    std::unordered_map<std::int64_t, FlowSums> m_time;
    std::unordered_map<EniKey, FlowSums, EniKeyHash> m_eni;
    std::unordered_map<TalkerKey, FlowSums, TalkerKeyHash> m_talkers;
    std::vector<std::pair<std::int64_t, FlowSums>> m_timeSorted;
    std::vector<std::pair<EniKey, FlowSums>> m_eniSorted;
    std::vector<std::pair<TalkerKey, FlowSums>> m_talkersSorted;
};

// Binds an address column: IPv4 as an integer, IPv6 as a 16-byte blob, absent as NULL.
inline void bindAddress(sqlite3_stmt *s, int column, const FlowAddress &a)
{
    if (a.kind == FlowAddress::V4)
        sqlite3_bind_int64(s, column, a.v4);
    else if (a.kind == FlowAddress::V6)
        sqlite3_bind_blob(s, column, a.v6.data(), 16, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, column);
}

} // namespace vpclens
