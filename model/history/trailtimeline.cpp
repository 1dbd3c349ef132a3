// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/trailtimeline.h"

#include "history/configuration.h"
#include "history/trailimporter.h"
#include "topology/estate.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QMap>
#include <QSet>

namespace vpclens {
namespace {

class TrailTimeline final : public ConfigurationTimeline
{
public:
    TrailTimeline(const Workspace &ws, const QList<TrailEvent> &events) : m_ws(ws), m_times(configurationTimes(ws))
    {
        QSet<qint64> snapshotTimes;
        for (const qint64 t : ws.snapshotTimes())
            snapshotTimes.insert(t * 1000);
        QMap<qint64, QStringList> said; // time -> the changes at it
        for (const TrailEvent &e : events)
            if (e.status == TrailEvent::Status::Applied)
                said[e.time].append(QStringLiteral("%1 %2 at %3 by %4")
                                        .arg(e.name, e.resources.join(QLatin1Char(' ')),
                                             QDateTime::fromMSecsSinceEpoch(e.time, Qt::UTC).toString(Qt::ISODateWithMs),
                                             e.actor.isEmpty() ? QStringLiteral("?") : e.actor));
        for (const qint64 t : std::as_const(m_times))
            m_changes.append(snapshotTimes.contains(t) ? QString() : said.value(t).join(QStringLiteral("; ")));
    }
    QList<qint64> times() const override { return m_times; }
    Estate estateFrom(qsizetype index) const override { return estateOf(configurationAt(m_ws, m_times[index]).resources); }
    QString changeAt(qsizetype index) const override { return m_changes.value(index); }

private:
    const Workspace &m_ws;
    QList<qint64> m_times;
    QStringList m_changes;
};

} // namespace

std::unique_ptr<ConfigurationTimeline> trailTimeline(const Workspace &ws)
{
    const QList<TrailEvent> events = trailEvents(ws);
    const bool any = std::any_of(events.cbegin(), events.cend(), [](const TrailEvent &e) { return e.status == TrailEvent::Status::Applied; });
    if (!any || ws.snapshotCount() == 0)
        return nullptr;
    return std::make_unique<TrailTimeline>(ws, events);
}

} // namespace vpclens
