// SPDX-License-Identifier: GPL-3.0-or-later
// What the charts show for a filter and a time range, read on a worker thread's own connection.
#pragma once

#include "flowfilter.h"
#include "flowsearch.h"
#include "trafficoverlay.h"

#include <QList>
#include <QPair>
#include <QString>

namespace vpclens {

struct ChartSeries {
    FilteredBuckets buckets;
    int bucketSeconds = 60; // adapted to the range: 1 minute to 1 day
};

// Accepted and rejected records over time (from the rollups where the filter allows). Opens its own
// connection to the workspace file; empty when it cannot be read.
ChartSeries loadChartSeries(const QString &workspacePath, const CompiledFilter &filter, const TimeRange &range);

// Accepted and rejected buckets added together, by bucket start.
QList<TimeBucket> allRecords(const FilteredBuckets &buckets);

// The destination ports rejected most often among the records the filter keeps. A filter on time
// and action alone is answered from the hourly rollup; others scan the matching records.
QList<QPair<QString, qint64>> loadTopRejectedPorts(const QString &workspacePath, const CompiledFilter &filter, const TimeRange &range);

} // namespace vpclens
