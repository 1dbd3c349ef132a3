// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/flowqueries.h"

#include "workspace/addresscolumn.h"
#include "workspace/conversationchunk.h"
#include "workspace/derivedcache.h"
#include "workspace/workspace.h"

#include <algorithm>
#include <limits>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace vpclens {
namespace {

constexpr const char *kRejectedTotalsKey = "rejected_totals_import";
// The cache keeps the biggest rejected conversations only: views ask for a top few, and on 10
// million records all of them (270,000) took half a second to store and 1 byte a record to keep.
constexpr std::size_t kRejectedTotalsKept = 1000;
constexpr std::int64_t kEntriesPerPass = 250000; // rejected conversation sums read per pass, at most

// A rejected conversation summed over every hour and file.
struct RejectedTotal {
    IpAddress src, dst;
    std::int64_t dstPort, protocol;
    FlowSums sums;
};

// The `limit` biggest rejected conversations by bytes (ties: more records first, then by addresses,
// port and protocol, so the cached and the computed lists agree), in order.
void keepBiggest(std::vector<RejectedTotal> &out, std::size_t limit)
{
    const auto n = std::min(out.size(), limit);
    std::partial_sort(out.begin(), out.begin() + std::ptrdiff_t(n), out.end(), [](const RejectedTotal &a, const RejectedTotal &b) {
        if (a.sums.bytes != b.sums.bytes || a.sums.flows != b.sums.flows)
            return a.sums.bytes != b.sums.bytes ? a.sums.bytes > b.sums.bytes : a.sums.flows > b.sums.flows;
        if (!(a.src == b.src))
            return storedAddressLess(a.src, b.src);
        if (!(a.dst == b.dst))
            return storedAddressLess(a.dst, b.dst);
        return std::tie(a.dstPort, a.protocol) < std::tie(b.dstPort, b.protocol);
    });
    out.resize(n);
}

// The `limit` biggest rejected conversations, in keepBiggest's order.
std::vector<RejectedTotal> topRejectedTotals(const Workspace &ws, std::size_t limit)
{
    struct Key {
        IpAddress src, dst;
        std::int64_t dstPort, protocol;
        bool operator==(const Key &o) const { return src == o.src && dst == o.dst && dstPort == o.dstPort && protocol == o.protocol; }
    };
    struct KeyHash {
        std::size_t operator()(const Key &k) const
        {
            return qHash(k.src, qHash(k.dst, std::size_t(k.dstPort) * 0x9E3779B97F4A7C15ULL ^ std::size_t(k.protocol)));
        }
    };
    // In passes, each summing the conversations of its share of the hash, so that memory stays bounded
    // by the entries a pass may meet, not by every rejected conversation there is (at 100 million
    // records: 2.7 million of them, 430 MB in one hash at the end of the import).
    std::int64_t entries = 0;
    {
        sql::Statement q(ws.handle(), "SELECT COALESCE(SUM(entries), 0) FROM talker_chunks WHERE rejected = 1");
        if (q.step())
            entries = q.int64(0);
    }
    const std::size_t passes = std::size_t(std::clamp<std::int64_t>((entries + kEntriesPerPass - 1) / kEntriesPerPass, 1, 64));
    std::vector<RejectedTotal> out;
    std::unordered_map<Key, FlowSums, KeyHash> sums;
    for (std::size_t pass = 0; pass < passes; ++pass) {
        sums.clear();
        forEachConversationSum(ws.handle(), 0, std::numeric_limits<std::int64_t>::max(), ConversationActions::RejectedOnly,
                               [&](const ConversationSum &t) {
                                   const Key k{t.src, t.dst, t.dstPort, t.protocol};
                                   if (passes == 1 || KeyHash{}(k) % passes == pass)
                                       addTo(sums[k], t);
                               });
        for (const auto &[k, s] : sums)
            out.push_back({k.src, k.dst, k.dstPort, k.protocol, s});
        keepBiggest(out, limit);
    }
    return out;
}

} // namespace

QList<TimeBucket> flowsPerBucket(const Workspace &ws, FlowAction action, int bucketSeconds, std::int64_t from, std::int64_t to)
{
    const int minutes = std::max(1, bucketSeconds / 60);
    sql::Statement q(ws.handle(), "SELECT minute / ?1 * ?1, SUM(flows), SUM(packets), SUM(bytes) FROM rollup_time "
                                  "WHERE action = ?2 AND (?3 = 0 OR minute >= ?3 / 60) AND (?4 = 0 OR minute < ?4 / 60) "
                                  "GROUP BY 1 ORDER BY 1");
    q.bind(1, minutes).bind(2, int(action)).bind(3, from).bind(4, to);
    QList<TimeBucket> out;
    while (q.step())
        out.append({q.int64(0) * 60, q.int64(1), q.int64(2), q.int64(3)});
    return out;
}

QList<ConversationTotal> topRejectedConversations(const Workspace &ws, int limit)
{
    QList<ConversationTotal> out;
    if (limit <= 0)
        return out;
    if (std::size_t(limit) <= kRejectedTotalsKept && derivedCacheCurrent(ws, kRejectedTotalsKey)) {
        sql::Statement q(ws.handle(), "SELECT src, dst, dport, proto, flows, packets, bytes FROM rejected_totals ORDER BY bytes DESC, rowid LIMIT ?1");
        q.bind(1, limit);
        while (q.step())
            out.append({formatStoredAddress(q.get(), 0), formatStoredAddress(q.get(), 1), q.int64(2), q.int64(3), q.int64(4),
                        q.int64(5), q.int64(6)});
        return out;
    }
    for (const RejectedTotal &t : topRejectedTotals(ws, std::size_t(limit)))
        out.append({formatIp(t.src), formatIp(t.dst), t.dstPort, t.protocol, t.sums.flows, t.sums.packets, t.sums.bytes});
    return out;
}

void rebuildRejectedTotals(Workspace &ws)
{
    const std::vector<RejectedTotal> totals = topRejectedTotals(ws, kRejectedTotalsKept); // in order: rowid keeps the tie order
    sql::Transaction tx(ws.handle());
    sql::exec(ws.handle(), "DELETE FROM rejected_totals");
    sql::Statement add(ws.handle(), "INSERT INTO rejected_totals(src, dst, dport, proto, flows, packets, bytes) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const RejectedTotal &t : totals) {
        bindAddress(add.get(), 1, t.src);
        bindAddress(add.get(), 2, t.dst);
        add.bind(3, t.dstPort).bind(4, t.protocol).bind(5, t.sums.flows).bind(6, t.sums.packets).bind(7, t.sums.bytes).run();
    }
    sql::exec(ws.handle(), derivedCacheStampSql(kRejectedTotalsKey).constData());
    tx.commit();
}

} // namespace vpclens
