// SPDX-License-Identifier: GPL-3.0-or-later
// Conversation sums per hour (client, server, service port, protocol, action), stored per flow file
// as compressed chunks instead of one SQL row each: upserting millions of sums into a B-tree cost
// the writer a third of a 10-million-record import, while a file's chunk is encoded on the parsing
// thread and written as one row. Readers sum what they need (every view groups the sums anyway).
#pragma once

#include "base/ipaddress.h"
#include "flowlog/flowbits.h"
#include "flowlog/flowrow.h"
#include "workspace/sqlite.h"

#include <sqlite3.h>

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace vpclens {

struct FlowSums {
    std::int64_t flows = 0, packets = 0, bytes = 0;
    void add(const FlowRow &r, std::int64_t sign = 1) // sign -1 takes a record out again
    {
        flows += sign;
        packets += sign * (r.packets > 0 ? r.packets : 0);
        bytes += sign * (r.bytes > 0 ? r.bytes : 0);
    }
};

struct ConversationKey {
    FlowAddress src, dst;
    std::int64_t dstPort, protocol;
    std::int32_t action;
    std::int64_t hour;
    bool operator==(const ConversationKey &o) const
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

struct ConversationKeyHash {
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
    std::size_t operator()(const ConversationKey &k) const
    {
        std::size_t h = 0xcbf29ce484222325ULL;
        h = addr(addr(h, k.src), k.dst);
        return mix(mix(mix(mix(h, std::uint64_t(k.dstPort)), std::uint64_t(k.protocol)), std::uint64_t(k.action)), std::uint64_t(k.hour));
    }
};

// Talkers are conversations: for accepted traffic the side on the lower port is the server, so a
// request and its reply (whose destination port is the client's ephemeral port) sum into one row
// (client, server, service port). Rejected records stay as logged: what was probed.
inline ConversationKey conversationKey(const FlowRow &r)
{
    const std::int32_t action = flowbits::action(r.bits);
    if (action == 1 && r.srcPort >= 0 && r.dstPort >= 0 && r.srcPort < r.dstPort)
        return ConversationKey{r.dst, r.src, r.srcPort, r.protocol, action, r.start / 3600};
    return ConversationKey{r.src, r.dst, r.dstPort, r.protocol, action, r.start / 3600};
}

struct ConversationSum {
    std::int64_t hour = 0;
    std::int32_t action = 0; // 0 '-', 1 ACCEPT, 2 REJECT
    IpAddress src, dst;
    std::int64_t dstPort = -1, protocol = -1; // -1 when the records had none
    std::int64_t flows = 0, packets = 0, bytes = 0;
};

inline void addTo(FlowSums &sums, const ConversationSum &t)
{
    sums.flows += t.flows;
    sums.packets += t.packets;
    sums.bytes += t.bytes;
}

struct ConversationChunk {
    bool rejected = false; // rejected sums apart: the top-rejected views read only these
    std::int64_t minHour = 0, maxHour = 0, entries = 0, rawSize = 0;
    std::string data; // zlib stream of the encoded sums
};

// Encodes sums in primary-key order (hour, action, src, dst, port, protocol) into at most two
// chunks: the rejected sums and the others. Sums whose source or destination is absent are left out.
std::vector<ConversationChunk> encodeConversationChunks(const std::vector<std::pair<ConversationKey, FlowSums>> &sorted);

// Calls f for each sum of one stored chunk (minHour: the chunk's first hour, stored beside it);
// false when the chunk is damaged (f may have seen a part of it).
bool decodeConversationChunk(const void *data, int size, std::int64_t rawSize, std::int64_t minHour,
                       const std::function<void(const ConversationSum &)> &f);

// Stores a flow import's chunks (in the caller's transaction).
void writeConversationChunks(sqlite3 *db, std::int64_t importId, const std::vector<ConversationChunk> &chunks);
// The same through `insert`, prepared once from kInsertConversationChunkSql for many imports.
inline constexpr const char *kInsertConversationChunkSql =
    "INSERT INTO talker_chunks(file, rejected, min_hour, max_hour, entries, raw_size, data) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)";
void writeConversationChunks(sql::Statement &insert, std::int64_t importId, const std::vector<ConversationChunk> &chunks);

enum class ConversationActions { All, RejectedOnly };

// Every stored sum whose hour lies in [fromHour, toHour]. A conversation summed by several files
// comes once per file. Damaged chunks are skipped; the return value counts them.
int forEachConversationSum(sqlite3 *db, std::int64_t fromHour, std::int64_t toHour, ConversationActions which,
                     const std::function<void(const ConversationSum &)> &f);

} // namespace vpclens
