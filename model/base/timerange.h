// SPDX-License-Identifier: GPL-3.0-or-later
// A span of time the views and queries are limited to, in seconds since the epoch.
#pragma once

#include <QPair>
#include <QString>

#include <algorithm>
#include <limits>

namespace vpclens {

struct TimeRange {
    qint64 from = 0, to = 0; // seconds since the epoch, inclusive; to == 0: no end
    bool isAll() const { return from == 0 && to == 0; }
    // The hours it touches, first and last inclusive (hour = seconds / 3600): what the hourly
    // conversation sums are read by.
    QPair<qint64, qint64> hours() const
    {
        return {std::max<qint64>(from, 0) / 3600, to > 0 ? to / 3600 : std::numeric_limits<qint64>::max()};
    }
    // The range in the filter language ("start >= F and start <= T"); empty for all time.
    QString filterExpression() const;
};

} // namespace vpclens
