// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/timetext.h"

#include <QDateTime>
#include <QRegularExpression>


namespace vpclens {

std::optional<qint64> parseTimeText(const QString &text)
{
    const QString t = text.trimmed();
    bool ok = false;
    const qint64 seconds = t.toLongLong(&ok);
    if (ok && seconds >= 0)
        return seconds;
    static const QRegularExpression iso(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch m = iso.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offset = 0;
    const QString zone = m.captured(7);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        const QString digits = QString(zone).remove(QLatin1Char(':'));
        offset = (digits.mid(1, 2).toInt() * 3600 + digits.mid(3, 2).toInt() * 60) * (digits.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return QDateTime(date, time, Qt::UTC).toSecsSinceEpoch() - offset;
}

QString formatTime(qint64 epochSeconds, bool utc)
{
    const QDateTime d = QDateTime::fromSecsSinceEpoch(epochSeconds, utc ? Qt::UTC : Qt::LocalTime);
    return d.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + (utc ? QStringLiteral(" UTC") : QString());
}

} // namespace vpclens
