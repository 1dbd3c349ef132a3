// SPDX-License-Identifier: GPL-3.0-or-later
// What the charts show for a filter and a time range, read on a worker thread's own connection.
#pragma once

#include "flowfilter.h"
#include "flowsearch.h"
#include "trafficoverlay.h"

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
