// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlog/flowbits.h"

#include <utility>

namespace vpclens::flowbits {

QString sql(QString text)
{
    // Built on each call (a few microseconds): no static for a worker to read while the program exits.
    const std::pair<QLatin1String, QString> names[] = {
        {QLatin1String("{action}"), QString::fromLatin1(kSqlAction)},
        {QLatin1String("{status}"), QString::fromLatin1(kSqlStatus)},
        {QLatin1String("{version}"), QString::fromLatin1(kSqlVersion)},
        {QLatin1String("{counted}"), QString::fromLatin1(kSqlCounted)},
        {QLatin1String("{accepted}"), QStringLiteral("(%1 = 1)").arg(QLatin1String(kSqlAction))},
        {QLatin1String("{rejected}"), QStringLiteral("(%1 = 2)").arg(QLatin1String(kSqlAction))},
        {QLatin1String("{ok}"), QStringLiteral("(%1 = 0)").arg(QLatin1String(kSqlStatus))},
        {QLatin1String("{flowLog}"), QStringLiteral("((f.bits & %1) = 0)").arg(kCapture)},
        {QLatin1String("{captured}"), QStringLiteral("((f.bits & %1) <> 0)").arg(kCapture)},
        {QLatin1String("{countedOk}"), QStringLiteral("((f.bits & %1) = %2)").arg(kCounted | kStatusMask << kStatusShift).arg(kCounted)},
    };
    for (const auto &[name, expression] : names)
        text.replace(name, expression);
    return text;
}

} // namespace vpclens::flowbits
