// SPDX-License-Identifier: GPL-3.0-or-later
// Times as analysts type them: epoch seconds, or ISO 8601 dates and times (UTC unless an offset is given).
#pragma once

#include <QString>

#include <limits>
#include <optional>

namespace vpclens {

// "1717236000", "2024-06-01", "2024-06-01T10:00", "2024-06-01 10:00:30", "2024-06-01T10:00:00Z",
// "2024-06-01T12:00:00+02:00" -> seconds since the epoch.
std::optional<qint64> parseTimeText(const QString &text);
// "2024-06-01 10:00:00 UTC", or local time when utc is false.
QString formatTime(qint64 epochSeconds, bool utc = true);

// t + seconds, held at the ends of qint64 (windows around "all time" reach them).
constexpr qint64 addSeconds(qint64 t, qint64 seconds)
{
    if (seconds > 0 && t > std::numeric_limits<qint64>::max() - seconds)
        return std::numeric_limits<qint64>::max();
    if (seconds < 0 && t < std::numeric_limits<qint64>::min() - seconds)
        return std::numeric_limits<qint64>::min();
    return t + seconds;
}

} // namespace vpclens
