// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/flowcolumns.h"

#include "base/hashmix.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace vpclens::flowcolumns {
namespace {

static_assert(std::endian::native == std::endian::little, "columns are stored little-endian, as they are in memory");

// The first byte of a column: the width of its values in bytes (1-8), or one of these.
constexpr std::uint8_t kAllAbsent = 0;   // no value present; nothing follows
constexpr std::uint8_t kAllSame = 0x10;  // every value present and equal: the minimum follows
constexpr std::uint8_t kPlain = 0x20;    // 8-byte values as they are (a range wider than 64 bits)
constexpr std::size_t kHeader = 1 + 8;   // tag, minimum

int bytesFor(std::uint64_t v)
{
    return v == 0 ? 1 : (64 - std::countl_zero(v) + 7) / 8;
}

void put64(std::string &out, std::int64_t v)
{
    char b[8];
    std::memcpy(b, &v, 8);
    out.append(b, 8);
}

// Whole 8-byte loads masked to W bytes while 8 bytes remain in the blob, then byte copies.
template <int W>
void decodeWidth(const std::uint8_t *p, std::size_t n, std::int64_t base, std::int64_t *out)
{
    constexpr std::uint64_t mask = W == 8 ? ~std::uint64_t(0) : (std::uint64_t(1) << (8 * W)) - 1;
    const std::uint64_t offset = std::uint64_t(base) - 1;
    const std::size_t wide = n * W >= 8 ? (n * W - 8) / W + 1 : 0; // values whose 8-byte load stays inside
    std::size_t i = 0;
    for (; i < wide; ++i) {
        std::uint64_t u;
        std::memcpy(&u, p + i * W, 8);
        u &= mask;
        out[i] = u == 0 ? kNull : std::int64_t(offset + u);
    }
    for (; i < n; ++i) {
        std::uint64_t u = 0;
        std::memcpy(&u, p + i * W, W);
        out[i] = u == 0 ? kNull : std::int64_t(offset + u);
    }
}

} // namespace

Encoded encode(const std::int64_t *values, std::size_t n, const std::vector<V6> *v6)
{
    Encoded e;
    bool absent = false;
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t v = values[i];
        if (v == kNull) {
            absent = true;
            continue;
        }
        if (e.low == kNull || v < e.low)
            e.low = v;
        if (e.high == kNull || v > e.high)
            e.high = v;
    }
    if (e.low == kNull) {
        e.data.push_back(char(kAllAbsent));
    } else if (!absent && e.low == e.high) {
        e.data.push_back(char(kAllSame));
        put64(e.data, e.low);
    } else {
        const std::uint64_t span = std::uint64_t(e.high) - std::uint64_t(e.low);
        if (span == std::numeric_limits<std::uint64_t>::max()) {
            e.data.push_back(char(kPlain));
            put64(e.data, e.low);
            for (std::size_t i = 0; i < n; ++i)
                put64(e.data, values[i]);
        } else {
            const int w = bytesFor(span + 1);
            e.data.push_back(char(w));
            put64(e.data, e.low);
            const std::size_t at = e.data.size();
            e.data.resize(at + n * std::size_t(w));
            char *p = e.data.data() + at;
            for (std::size_t i = 0; i < n; ++i, p += w) {
                const std::uint64_t u = values[i] == kNull ? 0 : std::uint64_t(values[i]) - std::uint64_t(e.low) + 1;
                std::memcpy(p, &u, std::size_t(w));
            }
        }
    }
    if (v6) {
        const std::uint32_t count = std::uint32_t(v6->size());
        char b[4];
        std::memcpy(b, &count, 4);
        e.data.append(b, 4);
        for (const V6 &a : *v6)
            e.data.append(reinterpret_cast<const char *>(a.data()), a.size());
    }
    return e;
}

bool decode(const void *data, std::size_t size, std::size_t n, std::vector<std::int64_t> &out, std::vector<V6> *v6)
{
    const auto *p = static_cast<const std::uint8_t *>(data);
    out.resize(n);
    if (size < 1)
        return false;
    const std::uint8_t tag = p[0];
    std::size_t used = 1;
    std::int64_t base = 0;
    if (tag != kAllAbsent) {
        if (size < kHeader)
            return false;
        std::memcpy(&base, p + 1, 8);
        used = kHeader;
    }
    const std::uint8_t *values = p + used;
    if (tag == kAllAbsent) {
        std::fill(out.begin(), out.end(), kNull);
    } else if (tag == kAllSame) {
        std::fill(out.begin(), out.end(), base);
    } else if (tag == kPlain) {
        if (size - used < n * 8)
            return false;
        if (n > 0)
            std::memcpy(out.data(), values, n * 8);
        used += n * 8;
    } else if (tag >= 1 && tag <= 8) {
        const std::size_t w = tag;
        if (size - used < n * w)
            return false;
        switch (w) {
        case 1: decodeWidth<1>(values, n, base, out.data()); break;
        case 2: decodeWidth<2>(values, n, base, out.data()); break;
        case 3: decodeWidth<3>(values, n, base, out.data()); break;
        case 4: decodeWidth<4>(values, n, base, out.data()); break;
        case 5: decodeWidth<5>(values, n, base, out.data()); break;
        case 6: decodeWidth<6>(values, n, base, out.data()); break;
        case 7: decodeWidth<7>(values, n, base, out.data()); break;
        default: decodeWidth<8>(values, n, base, out.data()); break;
        }
        used += n * w;
    } else {
        return false;
    }
    if (!v6)
        return used == size;
    std::uint32_t count = 0;
    if (size - used < 4)
        return false;
    std::memcpy(&count, p + used, 4);
    used += 4;
    if ((size - used) / 16 < count || size - used != std::size_t(count) * 16)
        return false;
    v6->resize(count);
    for (std::uint32_t k = 0; k < count; ++k)
        std::memcpy((*v6)[k].data(), p + used + std::size_t(k) * 16, 16);
    // Every IPv6 reference must name an address that is there.
    for (const std::int64_t v : out)
        if (v < 0 && v != kNull && -(v + 1) >= std::int64_t(count))
            return false;
    return true;
}

FlowAddress addressOf(std::int64_t value, const std::vector<V6> &v6)
{
    FlowAddress a;
    if (value == kNull)
        return a;
    if (value >= 0) {
        a.kind = FlowAddress::V4;
        a.v4 = std::uint32_t(value);
    } else {
        a.kind = FlowAddress::V6;
        std::memcpy(a.v6.data(), v6[std::size_t(-(value + 1))].data(), 16);
    }
    return a;
}

std::size_t BlockBuilder::V6Hash::operator()(const V6 &a) const noexcept
{
    std::uint64_t hi, lo;
    std::memcpy(&hi, a.data(), 8);
    std::memcpy(&lo, a.data() + 8, 8);
    return std::size_t(mix64(hi ^ mix64(lo)));
}

void BlockBuilder::add(const FlowRow &r)
{
    auto optional = [](std::int64_t v) { return v < 0 ? kNull : v; };
    auto address = [this](const FlowAddress &a, int side) -> std::int64_t {
        if (a.kind == FlowAddress::None)
            return kNull;
        if (a.kind == FlowAddress::V4)
            return std::int64_t(a.v4);
        V6 bytes;
        std::memcpy(bytes.data(), a.v6.data(), 16);
        std::vector<V6> &list = m_v6[side];
        // A hash of the block's addresses: a block of distinct IPv6 addresses is 4,096 of them.
        const auto [it, added] = m_v6Index[side].try_emplace(bytes, std::int64_t(list.size()));
        if (added)
            list.push_back(bytes);
        return -1 - it->second;
    };
    m_columns[Start].push_back(r.start);
    m_columns[Duration].push_back(r.end - r.start);
    m_columns[Eni].push_back(r.eni ? r.eni : kNull);
    m_columns[Src].push_back(address(r.src, 0));
    m_columns[Dst].push_back(address(r.dst, 1));
    m_columns[SrcPort].push_back(optional(r.srcPort));
    m_columns[DstPort].push_back(optional(r.dstPort));
    m_columns[Protocol].push_back(optional(r.protocol));
    m_columns[Packets].push_back(optional(r.packets));
    m_columns[Bytes].push_back(optional(r.bytes));
    m_columns[Bits].push_back(r.bits);
    m_columns[Flags].push_back(optional(r.tcpFlags));
}

void BlockBuilder::clear() noexcept
{
    for (auto &c : m_columns)
        c.clear();
    for (int side = 0; side < 2; ++side) {
        m_v6[side].clear();
        m_v6Index[side].clear();
    }
}

void BlockBuilder::write(sql::Statement &insert, std::int64_t firstId)
{
    const std::size_t n = size();
    for (int c = 0; c < Count; ++c) {
        const bool isAddress = c == Src || c == Dst;
        const Encoded e = encode(m_columns[std::size_t(c)].data(), n, isAddress ? &m_v6[c - Src] : nullptr);
        insert.bind(1, key(c, firstId));
        e.low == kNull ? insert.bindNull(2) : insert.bind(2, e.low);
        e.high == kNull ? insert.bindNull(3) : insert.bind(3, e.high);
        insert.bindBlob(4, e.data.data(), int(e.data.size())).run();
    }
    clear();
}

BlockWriter::BlockWriter(sqlite3 *db)
    : m_insertColumn(db, "INSERT INTO flow_columns(id, low, high, data) VALUES(?1, ?2, ?3, ?4)")
    , m_addBlock(db, "INSERT INTO flow_blocks(file, first_id, last_id, min_start, max_start) VALUES(?1, ?2, ?3, ?4, ?5)")
{
}

void BlockWriter::add(std::int64_t importId, std::int64_t id, const FlowRow &row)
{
    if (m_block.size() == 0) {
        m_importId = importId;
        m_first = id;
        m_minStart = m_maxStart = row.start;
    }
    m_last = id;
    m_minStart = std::min(m_minStart, row.start);
    m_maxStart = std::max(m_maxStart, row.start);
    m_block.add(row);
    if (m_block.full())
        flush();
}

void BlockWriter::flush()
{
    if (m_block.size() == 0)
        return;
    if (m_last > kMaxId)
        throw sql::Error("the workspace holds as many records as it can number");
    m_block.write(m_insertColumn, m_first);
    m_addBlock.bind(1, m_importId).bind(2, m_first).bind(3, m_last).bind(4, m_minStart).bind(5, m_maxStart).run();
}

void BlockWriter::clear() noexcept
{
    m_block.clear();
}

BlockReader::BlockReader(sqlite3 *db)
    : m_read(db, "SELECT data FROM flow_columns WHERE id = ?1")
    , m_write(db, "UPDATE flow_columns SET low = ?2, high = ?3, data = ?4 WHERE id = ?1")
{
}

void BlockReader::moveTo(std::int64_t firstId, std::int64_t lastId)
{
    if (firstId == m_first && lastId == m_last)
        return;
    if (lastId < firstId || lastId - firstId >= kMaxBlockRows)
        throw sql::Error("flow_blocks: a block of " + std::to_string(lastId - firstId + 1) + " records at id " + std::to_string(firstId)
                         + " (damaged)");
    m_first = firstId;
    m_last = lastId;
    m_loaded.fill(false);
}

const std::vector<std::int64_t> &BlockReader::column(int c)
{
    if (m_loaded[std::size_t(c)])
        return m_values[std::size_t(c)];
    m_read.bind(1, key(c, m_first));
    const bool found = m_read.step();
    const bool isAddress = c == Src || c == Dst;
    const bool ok = found
        && decode(sqlite3_column_blob(m_read.get(), 0), std::size_t(sqlite3_column_bytes(m_read.get(), 0)), size(),
                  m_values[std::size_t(c)], isAddress ? &m_v6[c - Src] : nullptr);
    m_read.reset();
    if (!found && c == Flags) { // written before the column existed: no flags known
        m_values[std::size_t(c)].assign(size(), kNull);
        m_loaded[std::size_t(c)] = true;
        return m_values[std::size_t(c)];
    }
    if (!ok)
        throw sql::Error("flow_columns: column " + std::to_string(c) + " of the block at id " + std::to_string(m_first)
                         + (found ? " is damaged" : " is missing"));
    m_loaded[std::size_t(c)] = true;
    return m_values[std::size_t(c)];
}

const std::vector<V6> &BlockReader::v6(int c)
{
    return m_v6[c - Src];
}

FlowRow BlockReader::row(std::size_t i)
{
    auto optional = [](std::int64_t v) { return v == kNull ? std::int64_t(-1) : v; };
    FlowRow r{};
    r.start = column(Start)[i];
    r.end = r.start + optional(column(Duration)[i]);
    r.eni = column(Eni)[i] == kNull ? 0 : column(Eni)[i];
    r.src = addressOf(column(Src)[i], v6(Src));
    r.dst = addressOf(column(Dst)[i], v6(Dst));
    r.srcPort = optional(column(SrcPort)[i]);
    r.dstPort = optional(column(DstPort)[i]);
    r.protocol = optional(column(Protocol)[i]);
    r.packets = optional(column(Packets)[i]);
    r.bytes = optional(column(Bytes)[i]);
    r.bits = std::int32_t(column(Bits)[i]);
    r.tcpFlags = optional(column(Flags)[i]);
    r.extra = -1;
    return r;
}

void BlockReader::rewrite(int c, const std::vector<std::int64_t> &values)
{
    const bool isAddress = c == Src || c == Dst;
    const Encoded e = encode(values.data(), values.size(), isAddress ? &m_v6[c - Src] : nullptr);
    m_write.bind(1, key(c, m_first));
    e.low == kNull ? m_write.bindNull(2) : m_write.bind(2, e.low);
    e.high == kNull ? m_write.bindNull(3) : m_write.bind(3, e.high);
    m_write.bindBlob(4, e.data.data(), int(e.data.size())).run();
    m_values[std::size_t(c)] = values;
    m_loaded[std::size_t(c)] = true;
}

} // namespace vpclens::flowcolumns
