// SPDX-License-Identifier: GPL-3.0-or-later
// What the charts show for a filter and a time range, read on a worker thread's own connection.
#pragma once

#include "base/timerange.h"
#include "query/flowfilter.h"
#include "query/flowsearch.h"

#include <QList>
#include <QPair>
#include <QString>

#include <atomic>

namespace vpclens {

struct ChartSeries {
    FilteredBuckets buckets;
    int bucketSeconds = 60; // adapted to the range: 1 minute to 1 day
};

// Accepted and rejected records over time (from the rollups where the filter allows; counting every
// record scans). Opens its own connection to the workspace file; empty when it cannot be read or
// when `cancel` was set.
ChartSeries loadChartSeries(const QString &workspacePath, const CompiledFilter &filter, const TimeRange &range,
                            Counting counting = Counting::Connections, const std::atomic_bool *cancel = nullptr);

// The buckets whose starts lie in [from, to] (aligned down to bucketSeconds), the ones without
// records as zero, then one more point a bucket after the last with its value: a step line then
// draws a gap as zero (not as a line across it) and the last bucket as wide as the others (a series
// of one bucket is visible). Empty when `sparse` is; at most kMaxDenseBuckets buckets.
inline constexpr qint64 kMaxDenseBuckets = 200'000;
QList<TimeBucket> denseBuckets(const QList<TimeBucket> &sparse, qint64 from, qint64 to, int bucketSeconds);

// Accepted and rejected buckets added together, by bucket start.
QList<TimeBucket> allRecords(const FilteredBuckets &buckets);

// The destination ports rejected most often among the records the filter keeps. A filter on time
// and action alone is answered from the conversation chunks; others scan the matching records.
QList<QPair<QString, qint64>> loadTopRejectedPorts(const QString &workspacePath, const CompiledFilter &filter, const TimeRange &range,
                                                   const std::atomic_bool *cancel = nullptr);

// The addresses that sent and received the most bytes among the records the filter keeps (address,
// bytes). A filter on time alone is answered from the conversation chunks; others scan.
QList<QPair<QString, qint64>> loadTopTalkers(const QString &workspacePath, const CompiledFilter &filter, const TimeRange &range,
                                             const std::atomic_bool *cancel = nullptr);

// Conversations or endpoints (see groupFlows) read on a connection of its own; empty when stopped.
QList<GroupRow> loadGroups(const QString &workspacePath, const CompiledFilter &filter, GroupBy by, int limit, const std::atomic_bool *cancel = nullptr);

} // namespace vpclens
