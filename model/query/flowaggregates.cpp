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

using flowbits::countedOk;

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
    ScanRequest r{filter, columnBit(fc::Start) | columnBit(fc::Bits) | columnBit(fc::Packets) | columnBit(fc::Bytes), from, end, nullptr};
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

QList<QPair<QString, qint64>> scanRejectedPorts(const Workspace &ws, const ColumnFilter *filter, int limit)
{
    using Counts = std::map<std::pair<qint64, qint64>, qint64>; // (protocol, port) -> records; kNull for absent
    std::array<Counts, kScanWorkers> counts;
    const std::uint32_t columns = columnBit(fc::Bits) | columnBit(fc::Protocol) | columnBit(fc::DstPort);
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
    scanFlows(ws, {filter, columnBit(fc::Start), std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), nullptr},
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
    const std::uint32_t columns = columnBit(fc::Start) | (filter ? filter->columns() : 0);
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
    const std::uint32_t columns = columnBit(fc::Start) | (rejectedOnly ? columnBit(fc::Bits) : 0);
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
