// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/flowaggregates.h"

#include "base/hashmix.h"
#include "base/ipaddress.h"
#include "base/protocols.h"
#include "flowlog/flowbits.h"
#include "query/flowscan.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <tuple>
#include <unordered_map>

namespace vpclens {
namespace {

namespace fc = flowcolumns;

constexpr std::uint32_t bit(int c)
{
    return 1u << c;
}

// Counted once and log status OK: what the sums hold.
bool countedOk(std::int64_t bits)
{
    return flowbits::counted(bits) && flowbits::isOk(bits);
}

// MAX(x, 0) as SUM adds it in SQL: absent adds nothing.
std::int64_t summand(std::int64_t v)
{
    return v == fc::kNull ? 0 : std::max<std::int64_t>(v, 0);
}

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

struct GroupSums {
    std::int64_t flows = 0, packets = 0, bytes = 0, rejected = 0;
    void add(std::int64_t p, std::int64_t b, bool r)
    {
        ++flows;
        packets += p;
        bytes += b;
        rejected += r ? 1 : 0;
    }
};

// Sums by a key of two words, open addressing: a conversation between IPv4 addresses (both addresses,
// the port and protocol) or an IPv4 endpoint, at 48 bytes a slot, no allocation per key. What does not
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

} // namespace

qint64 scanCount(const Workspace &ws, const ColumnFilter *filter, const std::atomic_bool *cancel)
{
    if (!filter)
        return storedRecords(ws);
    std::array<qint64, kScanWorkers> counts{};
    scanFlows(ws, {filter, 0, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), cancel},
                                [&](int w, const BlockView &b, const std::uint8_t *selected) {
                                    qint64 n = 0;
                                    for (std::size_t i = 0; i < b.size; ++i)
                                        n += selected[i];
                                    counts[std::size_t(w)] += n;
                                });
    qint64 total = 0;
    for (const qint64 n : counts)
        total += n;
    return total;
}

FilteredBuckets scanBuckets(const Workspace &ws, const ColumnFilter *filter, qint64 bucketSeconds, qint64 from, qint64 to, Counting counting)
{
    const bool everyRecord = counting == Counting::Records;
    const qint64 end = to > 0 ? to : std::numeric_limits<qint64>::max();
    // The buckets the records can fall in: the span of the blocks' start times, cut to the range. An
    // array per worker and action where it is not too wide (and after 1970: SQLite divides toward zero,
    // the bucket of a start is start / b * b); a map otherwise.
    qint64 lo = from, hi = end - 1;
    {
        sql::Statement q(ws.handle(), "SELECT MIN(min_start), MAX(max_start) FROM flow_blocks");
        if (q.step() && !q.isNull(0)) {
            lo = std::max<qint64>(lo, q.int64(0));
            hi = std::min<qint64>(hi, q.int64(1));
        }
    }
    const qint64 first = lo / bucketSeconds, count = hi >= lo ? hi / bucketSeconds - first + 1 : 0;
    const bool dense = lo >= 0 && count <= 4'000'000;
    std::array<std::array<std::vector<TimeBucket>, 2>, kScanWorkers> arrays; // [worker][accepted, rejected][bucket]
    std::array<std::map<std::pair<qint64, int>, TimeBucket>, kScanWorkers> maps; // (bucket, action)
    if (dense)
        for (auto &w : arrays)
            for (auto &a : w)
                a.resize(std::size_t(count));
    ScanRequest r{filter, bit(fc::Start) | bit(fc::Bits) | bit(fc::Packets) | bit(fc::Bytes), from, end, nullptr};
    scanFlows(ws, r, [&](int w, const BlockView &b, const std::uint8_t *selected) {
        const std::int64_t *start = b.columns[fc::Start], *bits = b.columns[fc::Bits];
        const std::int64_t *packets = b.columns[fc::Packets], *bytes = b.columns[fc::Bytes];
        for (std::size_t i = 0; i < b.size; ++i) {
            if (!selected[i] || !flowbits::isOk(bits[i]) || (!everyRecord && !flowbits::counted(bits[i])))
                continue;
            const int action = flowbits::action(bits[i]);
            if (action != 1 && action != 2)
                continue;
            TimeBucket *t = nullptr;
            if (dense) {
                const qint64 k = start[i] / bucketSeconds - first;
                if (k < 0 || k >= count)
                    continue; // a start outside its block's recorded span: a damaged workspace
                t = &arrays[std::size_t(w)][std::size_t(action - 1)][std::size_t(k)];
            } else {
                t = &maps[std::size_t(w)][{start[i] / bucketSeconds * bucketSeconds, action}];
            }
            ++t->flows;
            t->packets += summand(packets[i]);
            t->bytes += summand(bytes[i]);
        }
    });
    FilteredBuckets out;
    auto append = [&out](int action, qint64 bucket, const TimeBucket &sums) {
        if (sums.flows > 0)
            (action == 1 ? out.accepted : out.rejected).append({bucket, sums.flows, sums.packets, sums.bytes});
    };
    if (dense) {
        for (int action = 1; action <= 2; ++action)
            for (qint64 k = 0; k < count; ++k) {
                TimeBucket t;
                for (const auto &w : arrays) {
                    const TimeBucket &x = w[std::size_t(action - 1)][std::size_t(k)];
                    t.flows += x.flows;
                    t.packets += x.packets;
                    t.bytes += x.bytes;
                }
                append(action, (first + k) * bucketSeconds, t);
            }
        return out;
    }
    for (std::size_t w = 1; w < maps.size(); ++w)
        for (const auto &[key, t] : maps[w]) {
            TimeBucket &into = maps[0][key];
            into.flows += t.flows;
            into.packets += t.packets;
            into.bytes += t.bytes;
        }
    for (const auto &[key, t] : maps[0])
        append(key.second, key.first, t);
    return out;
}

QList<GroupRow> scanGroups(const Workspace &ws, const ColumnFilter *filter, GroupBy by, int limit)
{
    // Each worker reads every block and sums the keys of its own share (by hash): no key twice.
    std::array<FlatSums, kScanWorkers> flat;
    std::array<std::unordered_map<GroupKey, GroupSums, GroupKeyHash>, kScanWorkers> other;
    const std::uint32_t columns = bit(fc::Src) | bit(fc::Dst) | bit(fc::Bits) | bit(fc::Packets) | bit(fc::Bytes)
        | (by == GroupBy::Conversation ? bit(fc::SrcPort) | bit(fc::DstPort) | bit(fc::Protocol) : 0);
    ScanRequest request{filter, columns, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), nullptr, true};
    scanFlows(ws, request, [&](int w, const BlockView &b, const std::uint8_t *selected) {
        const std::int64_t *bits = b.columns[fc::Bits], *packets = b.columns[fc::Packets], *bytes = b.columns[fc::Bytes];
        auto add = [&](const GroupKey &k, std::size_t i) {
            std::uint64_t k0 = 0, k1 = 0;
            const bool fits = packed(k, k0, k1);
            const std::uint64_t h = fits ? mix64(k0 ^ mix64(k1)) : GroupKeyHash{}(k);
            if (std::size_t(h >> 32) % kScanWorkers != std::size_t(w))
                return; // the other worker's key
            GroupSums &s = fits ? flat[std::size_t(w)].at(k0, k1) : other[std::size_t(w)][k];
            s.add(summand(packets[i]), summand(bytes[i]), flowbits::action(bits[i]) == 2);
        };
        for (std::size_t i = 0; i < b.size; ++i) {
            if (!selected[i] || !countedOk(bits[i]))
                continue;
            if (by == GroupBy::Endpoint) {
                add({addressAt(b, fc::Src, i), {}, fc::kNull, fc::kNull}, i);
                add({addressAt(b, fc::Dst, i), {}, fc::kNull, fc::kNull}, i);
                continue;
            }
            // Accepted records from the lower port's side are replies: their server is the source.
            const std::int64_t sport = b.columns[fc::SrcPort][i], dport = b.columns[fc::DstPort][i];
            const bool reply = flowbits::action(bits[i]) == 1 && sport != fc::kNull && dport != fc::kNull && sport < dport;
            const Address src = addressAt(b, fc::Src, i), dst = addressAt(b, fc::Dst, i);
            add({reply ? dst : src, reply ? src : dst, reply ? sport : dport, b.columns[fc::Protocol][i]}, i);
        }
    });
    // The biggest by bytes (then by key, for a stable order): a bounded heap over both kinds of sums.
    const std::size_t n = std::size_t(std::max(limit, 0));
    using Row = std::pair<GroupKey, GroupSums>;
    auto before = [](const Row &x, const Row &y) {
        if (x.second.bytes != y.second.bytes)
            return x.second.bytes > y.second.bytes;
        return std::tie(x.first.a, x.first.b, x.first.port, x.first.protocol) < std::tie(y.first.a, y.first.b, y.first.port, y.first.protocol);
    };
    std::vector<Row> top; // a heap whose front is the least of the best n
    auto offer = [&](const GroupKey &k, const GroupSums &s) {
        if (n == 0)
            return;
        if (top.size() < n) {
            top.emplace_back(k, s);
            std::push_heap(top.begin(), top.end(), before);
        } else if (before({k, s}, top.front())) {
            std::pop_heap(top.begin(), top.end(), before);
            top.back() = {k, s};
            std::push_heap(top.begin(), top.end(), before);
        }
    };
    for (std::size_t w = 0; w < kScanWorkers; ++w) {
        for (const FlatSums::Slot &slot : flat[w].entries())
            if (slot.k1 != FlatSums::kEmpty)
                offer(unpacked(slot.k0, slot.k1), slot.sums);
        for (const auto &[k, s] : other[w])
            offer(k, s);
    }
    std::sort_heap(top.begin(), top.end(), before);
    QList<GroupRow> out;
    out.reserve(qsizetype(top.size()));
    for (const auto &[key, s] : top) {
        GroupRow r;
        r.a = text(key.a);
        r.b = by == GroupBy::Conversation ? text(key.b) : QString();
        r.port = key.port == fc::kNull ? -1 : key.port;
        r.protocol = key.protocol == fc::kNull ? -1 : key.protocol;
        r.flows = s.flows;
        r.packets = s.packets;
        r.bytes = s.bytes;
        r.rejected = s.rejected;
        out.append(r);
    }
    return out;
}

QList<QPair<QString, qint64>> scanRejectedPorts(const Workspace &ws, const ColumnFilter *filter, int limit)
{
    using Counts = std::map<std::pair<qint64, qint64>, qint64>; // (protocol, port) -> records; kNull for absent
    std::array<Counts, kScanWorkers> counts;
    const std::uint32_t columns = bit(fc::Bits) | bit(fc::Protocol) | bit(fc::DstPort);
    scanFlows(ws, {filter, columns, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), nullptr},
                                [&](int w, const BlockView &b, const std::uint8_t *selected) {
        const std::int64_t *bits = b.columns[fc::Bits], *proto = b.columns[fc::Protocol], *dport = b.columns[fc::DstPort];
        for (std::size_t i = 0; i < b.size; ++i) {
            if (!selected[i] || !countedOk(bits[i]) || flowbits::action(bits[i]) != 2)
                continue;
            // ICMP's "port" is its type and code, not a service: it counts under 0.
            const bool icmp = proto[i] == 1 || proto[i] == 58;
            const qint64 port = icmp ? 0 : dport[i] == fc::kNull ? fc::kNull : std::max<qint64>(dport[i], 0);
            ++counts[std::size_t(w)][{proto[i], port}];
        }
    });
    for (std::size_t w = 1; w < counts.size(); ++w)
        for (const auto &[key, n] : counts[w])
            counts[0][key] += n;
    std::vector<std::pair<std::pair<qint64, qint64>, qint64>> rows(counts[0].begin(), counts[0].end());
    std::stable_sort(rows.begin(), rows.end(), [](const auto &x, const auto &y) { return x.second > y.second; });
    QList<QPair<QString, qint64>> out;
    for (const auto &[key, n] : rows) {
        if (out.size() >= limit)
            break;
        out.append({protocolPortLabel(key.first == fc::kNull ? 0 : int(key.first), key.second == fc::kNull ? 0 : key.second), n});
    }
    return out;
}

MatchSpan scanSpan(const Workspace &ws, const ColumnFilter *filter)
{
    std::array<MatchSpan, kScanWorkers> spans;
    scanFlows(ws, {filter, bit(fc::Start), std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), nullptr},
              [&](int w, const BlockView &b, const std::uint8_t *selected) {
                  MatchSpan &s = spans[std::size_t(w)];
                  const std::int64_t *start = b.columns[fc::Start];
                  for (std::size_t i = 0; i < b.size; ++i) {
                      if (!selected[i])
                          continue;
                      s.first = s.records == 0 ? start[i] : std::min<qint64>(s.first, start[i]);
                      s.last = s.records == 0 ? start[i] : std::max<qint64>(s.last, start[i]);
                      ++s.records;
                  }
              });
    MatchSpan out;
    for (const MatchSpan &s : spans) {
        if (s.records == 0)
            continue;
        out.first = out.records == 0 ? s.first : std::min(out.first, s.first);
        out.last = out.records == 0 ? s.last : std::max(out.last, s.last);
        out.records += s.records;
    }
    return out;
}

void scanKeysInOrder(const Workspace &ws, const ColumnFilter *filter, FlowKey from, bool forward,
                     const std::function<bool(const FlowKey &)> &visit)
{
    struct Span {
        qint64 first, last, minStart, maxStart;
    };
    std::vector<Span> blocks;
    {
        sql::Statement q(ws.handle(), forward ? "SELECT first_id, last_id, min_start, max_start FROM flow_blocks ORDER BY min_start, first_id"
                                              : "SELECT first_id, last_id, min_start, max_start FROM flow_blocks ORDER BY max_start DESC, first_id DESC");
        while (q.step())
            blocks.push_back({q.int64(0), q.int64(1), q.int64(2), q.int64(3)});
    }
    // Nearest first: a min-heap by key going forward, a max-heap going back.
    auto later = [forward](const FlowKey &a, const FlowKey &b) { return forward ? b < a : a < b; };
    std::vector<FlowKey> heap;
    auto emitUpTo = [&](bool all, qint64 bound) {
        while (!heap.empty() && (all || (forward ? heap.front().start < bound : heap.front().start > bound))) {
            std::pop_heap(heap.begin(), heap.end(), later);
            const FlowKey k = heap.back();
            heap.pop_back();
            if (!visit(k))
                return false;
        }
        return true;
    };
    fc::BlockReader reader(ws.handle());
    const std::uint32_t columns = bit(fc::Start) | (filter ? filter->columns() : 0);
    std::vector<std::uint8_t> selected;
    const sql::ReadTransaction snapshot(ws.handle());
    for (const Span &b : blocks) {
        // No key of this block or any after it comes before the block's first start (last, going back).
        if (!emitUpTo(false, forward ? b.minStart : b.maxStart))
            return;
        if (forward ? b.maxStart < from.start : b.minStart > from.start)
            continue;
        if (filter && (b.maxStart < filter->startFrom() || b.minStart >= filter->startTo()))
            continue; // outside the filter's time range: none of it can match
        const BlockView view = loadBlock(reader, b.first, b.last, columns);
        selected.assign(view.size, 1);
        if (filter)
            filter->evaluate(view, selected.data());
        const std::int64_t *start = view.columns[fc::Start];
        for (std::size_t i = 0; i < view.size; ++i) {
            const FlowKey k{start[i], b.first + qint64(i)};
            if (selected[i] && (forward ? from < k : k < from)) {
                heap.push_back(k);
                std::push_heap(heap.begin(), heap.end(), later);
            }
        }
    }
    emitUpTo(true, 0);
}

QList<FlowKey> scanKeys(const Workspace &ws, const ColumnFilter *filter, qint64 from, qint64 to, FlowKey key, bool forward, int limit,
                        bool rejectedOnly)
{
    std::array<std::vector<FlowKey>, kScanWorkers> found;
    const std::uint32_t columns = bit(fc::Start) | (rejectedOnly ? bit(fc::Bits) : 0);
    const qint64 end = to == std::numeric_limits<qint64>::max() ? to : to + 1;
    auto nearer = [forward](const FlowKey &a, const FlowKey &b) { return forward ? a < b : b < a; };
    scanFlows(ws, {filter, columns, from, end, nullptr}, [&](int w, const BlockView &b, const std::uint8_t *selected) {
        std::vector<FlowKey> &keys = found[std::size_t(w)];
        const std::int64_t *start = b.columns[fc::Start], *bits = b.columns[fc::Bits];
        for (std::size_t i = 0; i < b.size; ++i) {
            if (!selected[i] || (rejectedOnly && flowbits::action(bits[i]) != 2))
                continue;
            const FlowKey k{start[i], b.firstId + qint64(i)};
            if (nearer(key, k))
                keys.push_back(k);
        }
        // Only the nearest `limit` can make the page: keep the list short.
        if (keys.size() > std::size_t(limit) * 4) {
            std::nth_element(keys.begin(), keys.begin() + limit, keys.end(), nearer);
            keys.resize(std::size_t(limit));
        }
    });
    std::vector<FlowKey> all;
    for (auto &keys : found)
        all.insert(all.end(), keys.begin(), keys.end());
    const std::size_t n = std::min(all.size(), std::size_t(std::max(limit, 0)));
    std::partial_sort(all.begin(), all.begin() + std::ptrdiff_t(n), all.end(), nearer);
    all.resize(n);
    return {all.begin(), all.end()};
}

} // namespace vpclens
