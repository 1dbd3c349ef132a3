// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/flowaggregates.h"

#include "base/hashmix.h"
#include "base/ipaddress.h"
#include "base/protocols.h"
#include "flowlog/flowbits.h"
#include "query/flowscan.h"

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
};

using GroupMap = std::unordered_map<GroupKey, GroupSums, GroupKeyHash>;

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
    using Sums = std::map<std::pair<qint64, int>, TimeBucket>; // (bucket, action)
    std::array<Sums, kScanWorkers> sums;
    ScanRequest r{filter, bit(fc::Start) | bit(fc::Bits) | bit(fc::Packets) | bit(fc::Bytes), from,
                  to > 0 ? to : std::numeric_limits<qint64>::max(), nullptr};
    scanFlows(ws, r, [&](int w, const BlockView &b, const std::uint8_t *selected) {
        Sums &s = sums[std::size_t(w)];
        const std::int64_t *start = b.columns[fc::Start], *bits = b.columns[fc::Bits];
        const std::int64_t *packets = b.columns[fc::Packets], *bytes = b.columns[fc::Bytes];
        for (std::size_t i = 0; i < b.size; ++i) {
            if (!selected[i] || !flowbits::isOk(bits[i]) || (!everyRecord && !flowbits::counted(bits[i])))
                continue;
            const int action = flowbits::action(bits[i]);
            if (action != 1 && action != 2)
                continue;
            const qint64 bucket = start[i] / bucketSeconds * bucketSeconds; // as SQLite divides: toward zero
            TimeBucket &t = s[{bucket, action}];
            t.start = bucket;
            ++t.flows;
            t.packets += summand(packets[i]);
            t.bytes += summand(bytes[i]);
        }
    });
    for (std::size_t w = 1; w < sums.size(); ++w)
        for (const auto &[key, t] : sums[w]) {
            TimeBucket &into = sums[0][key];
            into.start = t.start;
            into.flows += t.flows;
            into.packets += t.packets;
            into.bytes += t.bytes;
        }
    FilteredBuckets out;
    for (const auto &[key, t] : sums[0])
        (key.second == 1 ? out.accepted : out.rejected).append(t);
    return out;
}

QList<GroupRow> scanGroups(const Workspace &ws, const ColumnFilter *filter, GroupBy by, int limit)
{
    std::array<GroupMap, kScanWorkers> maps;
    const std::uint32_t columns = bit(fc::Src) | bit(fc::Dst) | bit(fc::Bits) | bit(fc::Packets) | bit(fc::Bytes)
        | (by == GroupBy::Conversation ? bit(fc::SrcPort) | bit(fc::DstPort) | bit(fc::Protocol) : 0);
    scanFlows(ws, {filter, columns, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), nullptr},
                                [&](int w, const BlockView &b, const std::uint8_t *selected) {
        GroupMap &m = maps[std::size_t(w)];
        const std::int64_t *bits = b.columns[fc::Bits], *packets = b.columns[fc::Packets], *bytes = b.columns[fc::Bytes];
        for (std::size_t i = 0; i < b.size; ++i) {
            if (!selected[i] || !countedOk(bits[i]))
                continue;
            const bool rejected = flowbits::action(bits[i]) == 2;
            auto add = [&](const GroupKey &k) {
                GroupSums &s = m[k];
                ++s.flows;
                s.packets += summand(packets[i]);
                s.bytes += summand(bytes[i]);
                s.rejected += rejected ? 1 : 0;
            };
            if (by == GroupBy::Endpoint) {
                add({addressAt(b, fc::Src, i), {}, fc::kNull, fc::kNull});
                add({addressAt(b, fc::Dst, i), {}, fc::kNull, fc::kNull});
                continue;
            }
            // Accepted records from the lower port's side are replies: their server is the source.
            const std::int64_t sport = b.columns[fc::SrcPort][i], dport = b.columns[fc::DstPort][i];
            const bool reply = flowbits::action(bits[i]) == 1 && sport != fc::kNull && dport != fc::kNull && sport < dport;
            const Address src = addressAt(b, fc::Src, i), dst = addressAt(b, fc::Dst, i);
            add({reply ? dst : src, reply ? src : dst, reply ? sport : dport, b.columns[fc::Protocol][i]});
        }
    });
    for (std::size_t w = 1; w < maps.size(); ++w)
        for (const auto &[key, s] : maps[w]) {
            GroupSums &into = maps[0][key];
            into.flows += s.flows;
            into.packets += s.packets;
            into.bytes += s.bytes;
            into.rejected += s.rejected;
        }
    std::vector<std::pair<GroupKey, GroupSums>> rows(maps[0].begin(), maps[0].end());
    const std::size_t n = std::min(rows.size(), std::size_t(std::max(limit, 0)));
    auto before = [](const auto &x, const auto &y) {
        if (x.second.bytes != y.second.bytes)
            return x.second.bytes > y.second.bytes;
        return std::tie(x.first.a, x.first.b, x.first.port, x.first.protocol) < std::tie(y.first.a, y.first.b, y.first.port, y.first.protocol);
    };
    std::partial_sort(rows.begin(), rows.begin() + std::ptrdiff_t(n), rows.end(), before);
    QList<GroupRow> out;
    out.reserve(qsizetype(n));
    for (std::size_t k = 0; k < n; ++k) {
        const auto &[key, s] = rows[k];
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
