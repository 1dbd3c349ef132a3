// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata.h"

#include "workspace.h"

#include <QSet>

#include <map>

namespace vpclens {

ChartSeries loadChartSeries(const QString &workspacePath, const CompiledFilter &filter, const TimeRange &range)
{
    ChartSeries out;
    QString error;
    auto ws = Workspace::open(workspacePath, &error, false);
    if (!ws)
        return out;
    try {
        const auto span = flowTimeSpan(*ws);
        const qint64 from = range.from > 0 ? range.from : span.first, to = range.to > 0 ? range.to : span.second;
        out.bucketSeconds = bucketSecondsFor(to - from);
        out.buckets = bucketsForFilter(*ws, filter, out.bucketSeconds);
    } catch (const sql::Error &) {
        return {};
    }
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

QList<QPair<QString, qint64>> loadTopRejectedPorts(const QString &workspacePath, const CompiledFilter &filter, const TimeRange &range)
{
    static const QSet<QString> timeAndAction{QStringLiteral("action"), QStringLiteral("start"), QStringLiteral("end"),
                                             QStringLiteral("log-status")};
    QString error;
    auto ws = Workspace::open(workspacePath, &error, false);
    if (!ws)
        return {};
    try {
        if (!(filter.fields - timeAndAction).isEmpty())
            return topRejectedPorts(*ws, filter);
        return topRejectedPorts(*ws, range.from, range.to);
    } catch (const sql::Error &) {
        return {};
    }
}

} // namespace vpclens
