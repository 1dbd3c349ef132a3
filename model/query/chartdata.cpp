// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/chartdata.h"

#include "base/logging.h"
#include "workspace/ownconnection.h"
#include "workspace/workspace.h"

#include <QSet>

#include <algorithm>
#include <map>
#include <utility>

namespace vpclens {

ChartSeries loadChartSeries(const QString &workspacePath, const CompiledFilter &filter, const TimeRange &range, Counting counting,
                            const std::atomic_bool *cancel)
{
    return onOwnConnection(workspacePath, "chart query", cancel, [&](Workspace &ws) {
        ChartSeries out;
        const auto span = flowTimeSpan(ws);
        const qint64 from = range.from > 0 ? range.from : span.first, to = range.to > 0 ? range.to : span.second;
        out.bucketSeconds = bucketSecondsFor(to - from);
        out.buckets = bucketsForFilter(ws, filter, out.bucketSeconds, 0, 0, counting);
        return out;
    });
}

QList<TimeBucket> denseBuckets(const QList<TimeBucket> &sparse, qint64 from, qint64 to, int bucketSeconds)
{
    if (sparse.isEmpty() || bucketSeconds <= 0)
        return {};
    const auto align = [&](qint64 t) { return t - ((t % bucketSeconds) + bucketSeconds) % bucketSeconds; };
    std::map<qint64, TimeBucket> byStart;
    for (const TimeBucket &b : sparse) {
        TimeBucket &sum = byStart.try_emplace(align(b.start), TimeBucket{align(b.start), 0, 0, 0}).first->second;
        sum.flows += b.flows;
        sum.packets += b.packets;
        sum.bytes += b.bytes;
    }
    from = std::min(align(from), byStart.begin()->first);
    to = std::max(align(to), byStart.rbegin()->first);
    if ((to - from) / bucketSeconds >= kMaxDenseBuckets) { // never a wall of zeros: the buckets as they are
        QList<TimeBucket> out;
        for (const auto &[start, b] : byStart)
            out.append(b);
        out.append(TimeBucket{out.last().start + bucketSeconds, out.last().flows, out.last().packets, out.last().bytes});
        return out;
    }
    QList<TimeBucket> out;
    out.reserve(qsizetype((to - from) / bucketSeconds + 2));
    for (qint64 t = from; t <= to; t += bucketSeconds) {
        const auto it = byStart.find(t);
        out.append(it == byStart.end() ? TimeBucket{t, 0, 0, 0} : it->second);
    }
    out.append(TimeBucket{to + bucketSeconds, out.last().flows, out.last().packets, out.last().bytes});
    return out;
}

QList<TimeBucket> allRecords(const FilteredBuckets &buckets)
{
    std::map<qint64, TimeBucket> byStart;
    for (const QList<TimeBucket> *part : {&buckets.accepted, &buckets.rejected})
        for (const TimeBucket &b : *part) {
            TimeBucket &sum = byStart.try_emplace(b.start, TimeBucket{b.start, 0, 0, 0}).first->second;
            sum.flows += b.flows;
            sum.packets += b.packets;
            sum.bytes += b.bytes;
        }
    QList<TimeBucket> out;
    out.reserve(qsizetype(byStart.size()));
    for (const auto &[start, b] : byStart)
        out.append(b);
    return out;
}

QList<QPair<QString, qint64>> loadTopRejectedPorts(const QString &workspacePath, const CompiledFilter &filter, const TimeRange &range,
                                                   const std::atomic_bool *cancel)
{
    static const QSet<QString> timeAndAction{QStringLiteral("action"), QStringLiteral("start"), QStringLiteral("end"),
                                             QStringLiteral("log-status")};
    return onOwnConnection(workspacePath, "chart query", cancel, [&](Workspace &ws) {
        if (!(filter.fields - timeAndAction).isEmpty())
            return topRejectedPorts(ws, filter);
        return topRejectedPorts(ws, range.from, range.to);
    });
}

QList<QPair<QString, qint64>> loadTopTalkers(const QString &workspacePath, const CompiledFilter &filter, const TimeRange &range,
                                             const std::atomic_bool *cancel)
{
    return onOwnConnection(workspacePath, "chart query", cancel, [&](Workspace &ws) {
        // Nothing but the time range: the rollup answers (by the hour).
        const auto rangeOnly = compileFilter(range.filterExpression(), {&ws, nullptr});
        if (const auto *r = std::get_if<CompiledFilter>(&rangeOnly); r && r->sql == filter.sql)
            return topTalkers(ws, range.from, range.to);
        QList<QPair<QString, qint64>> out;
        for (const GroupRow &g : groupFlows(ws, filter, GroupBy::Endpoint, 6))
            out.append({g.a, g.bytes});
        return out;
    });
}

QList<GroupRow> loadGroups(const QString &workspacePath, const CompiledFilter &filter, GroupBy by, int limit, const std::atomic_bool *cancel)
{
    return onOwnConnection(workspacePath, "chart query", cancel, [&](Workspace &ws) { return groupFlows(ws, filter, by, limit); });
}

} // namespace vpclens
