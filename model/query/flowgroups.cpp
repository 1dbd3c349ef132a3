// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/flowgroups.h"

#include "base/hashmix.h"
#include "base/ipaddress.h"
#include "flowlog/flowbits.h"
#include "query/flowscan.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <algorithm>
#include <array>
#include <limits>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace vpclens {
namespace {

namespace fc = flowcolumns;

// An address the same across blocks: absent, IPv4 or IPv6, in SQLite's order (absent, numbers, blobs).
struct Address {
    std::uint8_t kind = 0; // 0 absent, 1 IPv4, 2 IPv6
    std::uint64_t hi = 0, lo = 0;
    friend bool operator==(const Address &, const Address &) = default;
    friend auto operator<=>(const Address &, const Address &) = default;
};

Address addressAt(const BlockView &b, int column, std::size_t i)
{
    const std::int64_t v = b.columns[std::size_t(column)][i];
    Address a;
    if (v == fc::kNull)
        return a;
    if (v >= 0) {
        a.kind = 1;
        a.lo = std::uint64_t(v);
        return a;
    }
    const fc::V6 &bytes = (*b.v6[std::size_t(column - fc::Src)])[std::size_t(-(v + 1))];
    a.kind = 2;
    for (int k = 0; k < 8; ++k) {
        a.hi = a.hi << 8 | bytes[std::size_t(k)];
        a.lo = a.lo << 8 | bytes[std::size_t(k + 8)];
    }
    return a;
}

QString text(const Address &a)
{
    if (a.kind == 0)
        return QStringLiteral("-");
    if (a.kind == 1)
        return formatIpv4(std::uint32_t(a.lo));
    Ipv6Bytes bytes{};
    for (int k = 0; k < 8; ++k) {
        bytes[std::size_t(k)] = std::uint8_t(a.hi >> (56 - 8 * k));
        bytes[std::size_t(k + 8)] = std::uint8_t(a.lo >> (56 - 8 * k));
    }
    return formatIpv6(bytes);
}

struct GroupKey {
    Address a, b;
    std::int64_t port = fc::kNull, protocol = fc::kNull;
    friend bool operator==(const GroupKey &, const GroupKey &) = default;
};

struct GroupKeyHash {
    std::size_t operator()(const GroupKey &k) const noexcept
    {
        std::uint64_t h = mix64(k.a.lo ^ std::uint64_t(k.a.kind) << 62);
        h = mix64(h ^ k.a.hi);
        h = mix64(h ^ k.b.lo ^ std::uint64_t(k.b.kind) << 62);
        h = mix64(h ^ k.b.hi);
        return std::size_t(mix64(h ^ std::uint64_t(k.port) ^ std::uint64_t(k.protocol) << 32));
    }
};

// a + b, held at the largest value rather than wrapping (a crafted workspace's counts near 2^63).
std::int64_t saturated(std::int64_t a, std::int64_t b)
{
    std::int64_t sum = 0;
    return __builtin_add_overflow(a, b, &sum) ? std::numeric_limits<std::int64_t>::max() : sum;
}

// One direction's sums while the records are read (first: the earliest start, kNull before any).
struct WaySums {
    std::int64_t records = 0, rejected = 0, packets = 0, bytes = 0, first = fc::kNull;
};

struct GroupSums {
    WaySums way[2];
    std::int64_t last = fc::kNull;
    std::int16_t flags[2] = {-1, -1}; // TCP flags ORed each way, -1 before any record carried them

    void add(int dir, std::int64_t packets, std::int64_t bytes, bool rejected, std::int64_t start, std::int64_t end, std::int64_t tcpFlags)
    {
        WaySums &w = way[dir];
        ++w.records;
        w.rejected += rejected ? 1 : 0;
        w.packets = saturated(w.packets, packets);
        w.bytes = saturated(w.bytes, bytes);
        w.first = w.first == fc::kNull ? start : std::min(w.first, start);
        last = last == fc::kNull ? end : std::max(last, end);
        if (tcpFlags != fc::kNull)
            flags[dir] = std::int16_t(std::max<std::int16_t>(flags[dir], 0) | (tcpFlags & 0xff));
    }
    std::int64_t bytes() const { return saturated(way[0].bytes, way[1].bytes); }
};

// Sums by a key of two words, open addressing: a conversation between IPv4 addresses (both addresses,
// the port and protocol) or an IPv4 endpoint, at 112 bytes a slot, no allocation per key. What does not
// fit two words (IPv6, absent values) goes to a map beside it.
class FlatSums
{
public:
    static constexpr std::uint64_t kEmpty = ~std::uint64_t(0); // never a second word
    struct Slot {
        std::uint64_t k0 = 0, k1 = kEmpty;
        GroupSums sums;
    };

    GroupSums &at(std::uint64_t k0, std::uint64_t k1)
    {
        if ((m_used + 1) * 10 > m_slots.size() * 7)
            grow();
        std::size_t i = std::size_t(mix64(k0 ^ mix64(k1))) & (m_slots.size() - 1);
        for (;; i = (i + 1) & (m_slots.size() - 1)) {
            Slot &s = m_slots[i];
            if (s.k1 == kEmpty) {
                s.k0 = k0;
                s.k1 = k1;
                ++m_used;
                return s.sums;
            }
            if (s.k0 == k0 && s.k1 == k1)
                return s.sums;
        }
    }
    const std::vector<Slot> &entries() const { return m_slots; }

private:
    void grow()
    {
        std::vector<Slot> old(std::max<std::size_t>(1024, m_slots.size() * 2));
        old.swap(m_slots);
        m_used = 0;
        for (const Slot &s : old)
            if (s.k1 != kEmpty)
                at(s.k0, s.k1) = s.sums;
    }
    std::vector<Slot> m_slots;
    std::size_t m_used = 0;
};

// A conversation's or endpoint's key in two words, when it fits: IPv4 addresses, port and protocol
// present and in range (the second word is never FlatSums::kEmpty).
bool packed(const GroupKey &k, std::uint64_t &k0, std::uint64_t &k1)
{
    const bool second = k.b.kind != 0 || k.port != fc::kNull;
    if (k.a.kind != 1 || (second && k.b.kind != 1))
        return false;
    const std::int64_t port = k.port == fc::kNull ? 0 : k.port + 1, proto = k.protocol == fc::kNull ? 0 : k.protocol + 1;
    if (port < 0 || port > 65536 || proto < 0 || proto > 256)
        return false;
    k0 = k.a.lo << 32 | k.b.lo;
    k1 = std::uint64_t(port) << 9 | std::uint64_t(proto) | (second ? std::uint64_t(1) << 40 : 0);
    return true;
}

GroupKey unpacked(std::uint64_t k0, std::uint64_t k1)
{
    GroupKey k;
    k.a = {1, 0, k0 >> 32};
    const bool second = (k1 >> 40) & 1;
    if (second)
        k.b = {1, 0, k0 & 0xffffffffu};
    const std::int64_t port = std::int64_t((k1 >> 9) & 0x1ffff), proto = std::int64_t(k1 & 0x1ff);
    k.port = port ? port - 1 : fc::kNull;
    k.protocol = proto ? proto - 1 : fc::kNull;
    return k;
}


// An address as the flows table gives it: an integer (IPv4), 16 bytes (IPv6) or NULL.
Address storedAddress(sqlite3_stmt *q, int column)
{
    Address a;
    if (sqlite3_column_type(q, column) == SQLITE_INTEGER) {
        a.kind = 1;
        a.lo = std::uint64_t(sqlite3_column_int64(q, column));
    } else if (sqlite3_column_type(q, column) == SQLITE_BLOB && sqlite3_column_bytes(q, column) == 16) {
        const auto *bytes = static_cast<const std::uint8_t *>(sqlite3_column_blob(q, column));
        a.kind = 2;
        for (int k = 0; k < 8; ++k) {
            a.hi = a.hi << 8 | bytes[k];
            a.lo = a.lo << 8 | bytes[k + 8];
        }
    }
    return a;
}

// One counted record, as either path reads it (kNull for an absent value).
struct Input {
    Address src, dst;
    std::int64_t srcPort, dstPort, protocol, packets, bytes, start, duration, flags, bits;
};

using Row = std::pair<GroupKey, GroupSums>;

// Biggest by bytes, then by key: a stable order.
bool before(const Row &x, const Row &y)
{
    if (x.second.bytes() != y.second.bytes())
        return x.second.bytes() > y.second.bytes();
    return std::tie(x.first.a, x.first.b, x.first.port, x.first.protocol) < std::tie(y.first.a, y.first.b, y.first.port, y.first.protocol);
}

// The best n rows offered: a heap whose front is the least of them.
class Top
{
public:
    explicit Top(int limit) : m_n(std::size_t(std::max(limit, 0))) {}
    void offer(const GroupKey &k, const GroupSums &s)
    {
        if (m_n == 0)
            return;
        if (m_rows.size() < m_n) {
            m_rows.emplace_back(k, s);
            std::push_heap(m_rows.begin(), m_rows.end(), before);
        } else if (before({k, s}, m_rows.front())) {
            std::pop_heap(m_rows.begin(), m_rows.end(), before);
            m_rows.back() = {k, s};
            std::push_heap(m_rows.begin(), m_rows.end(), before);
        }
    }
    std::vector<Row> sorted()
    {
        std::sort_heap(m_rows.begin(), m_rows.end(), before);
        return std::move(m_rows);
    }

private:
    std::size_t m_n;
    std::vector<Row> m_rows;
};

// The sums of one share of the keys (by hash; every key when shares is 1).
class GroupTable
{
public:
    GroupTable(GroupBy by, int share, int shares) : m_by(by), m_share(share), m_shares(shares) {}

    void add(const Input &r)
    {
        if (m_by == GroupBy::Endpoint) {
            add({r.src, {}, fc::kNull, fc::kNull}, 0, r);
            add({r.dst, {}, fc::kNull, fc::kNull}, 1, r);
            return;
        }
        auto plain = [](std::int64_t v) { return v == fc::kNull ? qint64(-1) : qint64(v); };
        const qint64 srcPort = plain(r.srcPort), dstPort = plain(r.dstPort), protocol = plain(r.protocol);
        if (isPortless(protocol, srcPort, dstPort)) { // the pair of addresses, in order; the client decided at the end
            const bool swap = r.dst < r.src;
            add({swap ? r.dst : r.src, swap ? r.src : r.dst, fc::kNull, r.protocol}, swap ? 1 : 0, r);
            return;
        }
        const int flags = r.flags == fc::kNull ? -1 : int(r.flags & 0xff);
        const bool reply = isReply(protocol, srcPort, dstPort, flowbits::action(r.bits) == 2, flags);
        add({reply ? r.dst : r.src, reply ? r.src : r.dst, reply ? r.srcPort : r.dstPort, r.protocol}, reply ? 1 : 0, r);
    }

    void offerTo(Top &top) const
    {
        for (const FlatSums::Slot &slot : m_flat.entries())
            if (slot.k1 != FlatSums::kEmpty)
                top.offer(unpacked(slot.k0, slot.k1), slot.sums);
        for (const auto &[k, s] : m_other)
            top.offer(k, s);
    }

private:
    void add(const GroupKey &k, int dir, const Input &r)
    {
        std::uint64_t k0 = 0, k1 = 0;
        const bool fits = packed(k, k0, k1);
        const std::uint64_t h = fits ? mix64(k0 ^ mix64(k1)) : GroupKeyHash{}(k);
        if (m_shares > 1 && int(std::size_t(h >> 32) % std::size_t(m_shares)) != m_share)
            return; // another share's key
        GroupSums &s = fits ? m_flat.at(k0, k1) : m_other[k];
        const std::int64_t end = r.start + (r.duration == fc::kNull ? 0 : std::max<std::int64_t>(r.duration, 0));
        s.add(dir, summand(r.packets), summand(r.bytes), flowbits::action(r.bits) == 2, r.start, end, r.flags);
    }

    GroupBy m_by;
    int m_share, m_shares;
    FlatSums m_flat;
    std::unordered_map<GroupKey, GroupSums, GroupKeyHash> m_other;
};

Way wayOf(const WaySums &w, std::int16_t flags)
{
    Way out;
    out.records = w.records;
    out.rejected = w.rejected;
    out.packets = w.packets;
    out.bytes = w.bytes;
    out.first = w.first == fc::kNull ? 0 : w.first;
    out.flags = flags;
    return out;
}

// Without ports (ICMP), which side asked: the side whose records were accepted when the other's were all
// rejected (a rejected request has no reply), else the side that spoke first (the echo request
// before its reply), else the pair's order.
bool clientIsB(const Way &ab, const Way &ba)
{
    if (ba.records == 0 || ab.records == 0)
        return ab.records == 0;
    const bool abRefused = ab.accepted() == 0, baRefused = ba.accepted() == 0;
    if (abRefused != baRefused)
        return abRefused;
    return ba.first < ab.first;
}

QList<GroupRow> rowsOf(GroupBy by, std::vector<Row> top)
{
    QList<GroupRow> out;
    out.reserve(qsizetype(top.size()));
    for (const auto &[key, s] : top) {
        GroupRow r;
        r.a = text(key.a);
        r.b = by == GroupBy::Conversation ? text(key.b) : QString();
        r.port = key.port == fc::kNull ? -1 : key.port;
        r.protocol = key.protocol == fc::kNull ? -1 : key.protocol;
        r.ab = wayOf(s.way[0], s.flags[0]);
        r.ba = wayOf(s.way[1], s.flags[1]);
        if (by == GroupBy::Conversation && key.port == fc::kNull && clientIsB(r.ab, r.ba)) {
            std::swap(r.a, r.b);
            std::swap(r.ab, r.ba);
        }
        r.flows = s.way[0].records + s.way[1].records;
        r.packets = saturated(s.way[0].packets, s.way[1].packets);
        r.bytes = s.bytes();
        r.rejected = s.way[0].rejected + s.way[1].rejected;
        r.first = r.ab.records == 0 ? r.ba.first : r.ba.records == 0 ? r.ab.first : std::min(r.ab.first, r.ba.first);
        r.last = s.last == fc::kNull ? 0 : s.last;
        if (by == GroupBy::Conversation)
            r.outcome = outcomeOf(r.ab, r.ba, r.protocol);
        out.append(r);
    }
    return out;
}

} // namespace

QList<GroupRow> scanGroups(const Workspace &ws, const ColumnFilter *filter, GroupBy by, int limit)
{
    // Each worker reads every block and sums the keys of its own share (by hash): no key twice.
    std::vector<GroupTable> tables;
    for (int w = 0; w < kScanWorkers; ++w)
        tables.emplace_back(by, w, kScanWorkers);
    std::uint32_t columns = columnBit(fc::Src) | columnBit(fc::Dst) | columnBit(fc::Bits) | columnBit(fc::Packets) | columnBit(fc::Bytes)
                            | columnBit(fc::Start) | columnBit(fc::Duration) | columnBit(fc::Flags);
    if (by == GroupBy::Conversation)
        columns |= columnBit(fc::SrcPort) | columnBit(fc::DstPort) | columnBit(fc::Protocol);
    ScanRequest request{filter, columns, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), nullptr, true};
    scanFlows(ws, request, [&](int w, const BlockView &b, const std::uint8_t *selected) {
        const std::int64_t *bits = b.columns[fc::Bits];
        auto at = [&](int c, std::size_t i) { return b.columns[std::size_t(c)] ? b.columns[std::size_t(c)][i] : fc::kNull; };
        for (std::size_t i = 0; i < b.size; ++i) {
            if (!selected[i] || !flowbits::countedOk(bits[i]))
                continue;
            tables[std::size_t(w)].add({addressAt(b, fc::Src, i), addressAt(b, fc::Dst, i), at(fc::SrcPort, i), at(fc::DstPort, i),
                                        at(fc::Protocol, i), at(fc::Packets, i), at(fc::Bytes, i), at(fc::Start, i), at(fc::Duration, i),
                                        at(fc::Flags, i), bits[i]});
        }
    });
    Top top(limit);
    for (const GroupTable &t : tables)
        t.offerTo(top);
    return rowsOf(by, top.sorted());
}

QList<GroupRow> groupFlows(const Workspace &ws, const CompiledFilter &filter, GroupBy by, int limit)
{
    if (filter.empty || filter.columns)
        return scanGroups(ws, filter.columns.get(), by, limit);
    // The same sums over the rows SQL selects.
    const QString sql = flowbits::sql(QStringLiteral("SELECT f.src, f.dst, f.sport, f.dport, f.proto, f.packets, f.bytes, f.start, f.dur, "
                                                     "f.flags, f.bits FROM %1 WHERE (%2) AND {counted} AND {ok}"))
                            .arg(filter.from(), filter.sql);
    sql::Statement q(ws.handle(), sql.toStdString());
    filter.bind(q.get());
    GroupTable table(by, 0, 1);
    auto value = [&](int c) { return q.isNull(c) ? fc::kNull : q.int64(c); };
    while (q.step())
        table.add({storedAddress(q.get(), 0), storedAddress(q.get(), 1), value(2), value(3), value(4), value(5), value(6), q.int64(7),
                   value(8), value(9), q.int64(10)});
    Top top(limit);
    table.offerTo(top);
    return rowsOf(by, top.sorted());
}

} // namespace vpclens
