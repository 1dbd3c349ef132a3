// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/timerange.h"

#include <QStringList>

namespace vpclens {

QString TimeRange::filterExpression() const
{
    QStringList parts;
    if (from > 0)
        parts << QStringLiteral("start >= %1").arg(from);
    if (to > 0)
        parts << QStringLiteral("start <= %1").arg(to);
    return parts.join(QLatin1String(" and "));
}

} // namespace vpclens
