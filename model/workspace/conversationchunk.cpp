// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/conversationchunk.h"

#include "workspace/sqlite.h"

#include <zlib.h>

#include <cstring>

namespace vpclens {
namespace {

// One encoded sum: a tag byte, the hour as a difference to the previous sum's (absent when equal),
// the source (absent when equal to the previous one), the destination, then unsigned LEB128 numbers:
// port + 1, protocol + 1, flows, packets, bytes. Addresses are 4 big-endian bytes, or 16 for IPv6.
enum Tag : std::uint8_t {
    ActionMask = 3,
    SrcV6 = 1 << 2,
    DstV6 = 1 << 3,
    SameHour = 1 << 4,
    SameSrc = 1 << 5,
};

void putVarint(std::string &out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(char(std::uint8_t(v) | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
}

void putAddress(std::string &out, const FlowAddress &a)
{
    if (a.kind == FlowAddress::V6) {
        out.append(reinterpret_cast<const char *>(a.v6.data()), 16);
        return;
    }
    const char b[4] = {char(a.v4 >> 24), char(a.v4 >> 16), char(a.v4 >> 8), char(a.v4)};
    out.append(b, 4);
}

class Reader
{
public:
    Reader(const std::uint8_t *p, const std::uint8_t *end) : m_p(p), m_end(end) {}
    bool atEnd() const { return m_p == m_end; }
    bool byte(std::uint8_t &v)
    {
        if (m_p == m_end)
            return false;
        v = *m_p++;
        return true;
    }
    bool varint(std::uint64_t &v)
    {
        v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            std::uint8_t b;
            if (!byte(b))
                return false;
            v |= std::uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80))
                return true;
        }
        return false;
    }
    bool address(bool v6, IpAddress &a)
    {
        const std::ptrdiff_t n = v6 ? 16 : 4;
        if (m_end - m_p < n)
            return false;
        if (v6) {
            Ipv6Bytes b;
            std::memcpy(b.data(), m_p, 16);
            a = IpAddress::fromBytes(b);
        } else {
            a = IpAddress(std::uint32_t(m_p[0]) << 24 | std::uint32_t(m_p[1]) << 16 | std::uint32_t(m_p[2]) << 8 | m_p[3]);
        }
        m_p += n;
        return true;
    }

private:
    const std::uint8_t *m_p, *m_end;
};

ConversationChunk compressChunk(bool rejected, const std::string &raw, std::int64_t entries, std::int64_t minHour, std::int64_t maxHour)
{
    ConversationChunk chunk;
    chunk.rejected = rejected;
    chunk.entries = entries;
    chunk.minHour = minHour;
    chunk.maxHour = maxHour;
    chunk.rawSize = std::int64_t(raw.size());
    uLongf size = compressBound(uLong(raw.size()));
    chunk.data.resize(size);
    // Level 1: the sums are sorted, so the fastest level already halves them.
    if (compress2(reinterpret_cast<Bytef *>(chunk.data.data()), &size, reinterpret_cast<const Bytef *>(raw.data()), uLong(raw.size()), 1) != Z_OK)
        return ConversationChunk{}; // cannot happen with compressBound's room; an empty chunk is skipped by the writer
    chunk.data.resize(size);
    return chunk;
}

} // namespace

std::vector<ConversationChunk> encodeConversationChunks(const std::vector<std::pair<ConversationKey, FlowSums>> &sorted)
{
    std::vector<ConversationChunk> out;
    for (const bool rejected : {false, true}) {
        std::string raw;
        std::int64_t entries = 0, minHour = 0, maxHour = 0, prevHour = 0;
        FlowAddress prevSrc;
        for (const auto &[key, sums] : sorted) {
            if ((key.action == 2) != rejected || key.src.kind == FlowAddress::None || key.dst.kind == FlowAddress::None)
                continue;
            if (entries == 0)
                minHour = prevHour = key.hour;
            maxHour = key.hour;
            const bool sameHour = key.hour == prevHour;
            const bool sameSrc = entries > 0 && ConversationKey::sameAddress(key.src, prevSrc);
            raw.push_back(char(std::uint8_t(key.action & ActionMask) | (key.src.kind == FlowAddress::V6 ? SrcV6 : 0)
                               | (key.dst.kind == FlowAddress::V6 ? DstV6 : 0) | (sameHour ? SameHour : 0) | (sameSrc ? SameSrc : 0)));
            if (!sameHour)
                putVarint(raw, std::uint64_t(key.hour - prevHour));
            if (!sameSrc)
                putAddress(raw, key.src);
            putAddress(raw, key.dst);
            putVarint(raw, std::uint64_t(key.dstPort + 1));
            putVarint(raw, std::uint64_t(key.protocol + 1));
            putVarint(raw, std::uint64_t(sums.flows));
            putVarint(raw, std::uint64_t(sums.packets));
            putVarint(raw, std::uint64_t(sums.bytes));
            prevHour = key.hour;
            prevSrc = key.src;
            ++entries;
        }
        if (entries > 0)
            out.push_back(compressChunk(rejected, raw, entries, minHour, maxHour));
    }
    return out;
}

bool decodeConversationChunk(const void *data, int size, std::int64_t rawSize, std::int64_t minHour,
                       const std::function<void(const ConversationSum &)> &f)
{
    if (rawSize <= 0 || size <= 0)
        return rawSize == 0;
    // Deflate expands at most 1032 to 1: a stored size past that (or past 1 GiB) is not this chunk's,
    // and must not size a buffer (a crafted raw_size asked for 5.75 GiB).
    if (rawSize > std::int64_t(size) * 1032 || rawSize > (std::int64_t(1) << 30))
        return false;
    thread_local std::string raw;
    raw.resize(std::size_t(rawSize));
    uLongf got = uLongf(rawSize);
    if (uncompress(reinterpret_cast<Bytef *>(raw.data()), &got, static_cast<const Bytef *>(data), uLong(size)) != Z_OK
        || got != uLongf(rawSize))
        return false;
    const auto *p = reinterpret_cast<const std::uint8_t *>(raw.data());
    Reader in(p, p + got);
    ConversationSum s;
    s.hour = minHour;
    bool first = true;
    while (!in.atEnd()) {
        std::uint8_t tag;
        std::uint64_t hourDelta = 0, port, protocol, flows, packets, bytes;
        if (!in.byte(tag) || (!(tag & SameHour) && !in.varint(hourDelta)))
            return false;
        if ((tag & SameSrc) && first)
            return false;
        if (!(tag & SameSrc) && !in.address(tag & SrcV6, s.src))
            return false;
        if (!in.address(tag & DstV6, s.dst) || !in.varint(port) || !in.varint(protocol) || !in.varint(flows) || !in.varint(packets)
            || !in.varint(bytes))
            return false;
        s.hour += std::int64_t(hourDelta);
        s.action = tag & ActionMask;
        s.dstPort = std::int64_t(port) - 1;
        s.protocol = std::int64_t(protocol) - 1;
        s.flows = std::int64_t(flows);
        s.packets = std::int64_t(packets);
        s.bytes = std::int64_t(bytes);
        f(s);
        first = false;
    }
    return true;
}

void writeConversationChunks(sqlite3 *db, std::int64_t importId, const std::vector<ConversationChunk> &chunks)
{
    sql::Statement add(db, kInsertConversationChunkSql);
    writeConversationChunks(add, importId, chunks);
}

void writeConversationChunks(sql::Statement &add, std::int64_t importId, const std::vector<ConversationChunk> &chunks)
{
    for (const ConversationChunk &c : chunks) {
        if (c.data.empty())
            continue;
        add.bind(1, importId).bind(2, c.rejected ? 1 : 0).bind(3, c.minHour).bind(4, c.maxHour).bind(5, c.entries).bind(6, c.rawSize);
        sqlite3_bind_blob(add.get(), 7, c.data.data(), int(c.data.size()), SQLITE_STATIC);
        add.run();
    }
}

int forEachConversationSum(sqlite3 *db, std::int64_t fromHour, std::int64_t toHour, ConversationActions which,
                     const std::function<void(const ConversationSum &)> &f)
{
    // In hour order, but the sort over row ids only: sorting the rows themselves (min_hour has no
    // index) had SQLite's sorter hold every chunk's blob, 140 MB at 100 million records.
    const sql::ReadTransaction snapshot(db);
    std::vector<std::int64_t> chunks;
    {
        sql::Statement q(db, "SELECT rowid FROM talker_chunks WHERE max_hour >= ?1 AND min_hour <= ?2 "
                             "AND (?3 = 0 OR rejected = 1) ORDER BY min_hour, rowid");
        q.bind(1, fromHour).bind(2, toHour).bind(3, which == ConversationActions::RejectedOnly ? 1 : 0);
        while (q.step())
            chunks.push_back(q.int64(0));
    }
    sql::Statement q(db, "SELECT min_hour, raw_size, data FROM talker_chunks WHERE rowid = ?1");
    int damaged = 0;
    for (const std::int64_t chunk : chunks) {
        q.bind(1, chunk);
        if (!q.step())
            continue;
        const bool ok = decodeConversationChunk(sqlite3_column_blob(q.get(), 2), sqlite3_column_bytes(q.get(), 2), q.int64(1), q.int64(0),
                                          [&](const ConversationSum &s) {
                                              if (s.hour >= fromHour && s.hour <= toHour)
                                                  f(s);
                                          });
        damaged += ok ? 0 : 1;
        q.reset();
    }
    return damaged;
}

} // namespace vpclens
