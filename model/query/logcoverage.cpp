// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/logcoverage.h"

#include "base/timetext.h"
#include "topology/estate.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <set>

namespace vpclens {
namespace {

constexpr qint64 kLastHour = 253402300799LL / 3600; // 9999-12-31T23:59:59Z

// Runs of consecutive hours in a sorted set.
QList<HourRun> runsOf(const std::set<qint64> &hours)
{
    QList<HourRun> out;
    for (const qint64 h : hours) {
        if (!out.isEmpty() && out.back().last + 1 == h)
            out.back().last = h;
        else
            out.append({h, h});
    }
    return out;
}

bool touches(const HourRun &run, qint64 firstHour, qint64 lastHour)
{
    return run.last >= firstHour && run.first <= lastHour;
}

} // namespace

QList<FlowLogConfig> flowLogConfigs(const Workspace &ws)
{
    QList<FlowLogConfig> out;
    for (const ResourceSummary &r : ws.resources(QStringLiteral("flow-log"))) {
        const QJsonObject o = QJsonDocument::fromJson(ws.rawJson(QStringLiteral("flow-log"), r.id)).object();
        FlowLogConfig c;
        c.id = r.id;
        c.resource = o.value(QLatin1String("ResourceId")).toString();
        c.trafficType = o.value(QLatin1String("TrafficType")).toString();
        c.status = o.value(QLatin1String("FlowLogStatus")).toString();
        c.delivery = o.value(QLatin1String("DeliverLogsStatus")).toString();
        c.destination = o.value(QLatin1String("LogDestinationType")).toString();
        c.format = o.value(QLatin1String("LogFormat")).toString();
        c.aggregationSeconds = o.value(QLatin1String("MaxAggregationInterval")).toInt();
        out.append(c);
    }
    return out;
}

QString hourRunText(const HourRun &run)
{
    const QString from = formatTime(run.first * 3600, true);
    const QString to = formatTime((run.last + 1) * 3600, true);
    // "yyyy-MM-dd HH:mm", both in UTC; the end's date only when it differs.
    const QString end = to.left(10) == from.left(10) ? to.mid(11, 5) : to.left(16);
    return QStringLiteral("%1 to %2 UTC (%3 h)").arg(from.left(16), end).arg(run.hours());
}

LoggingTimeline loggingTimeline(const Workspace &ws, const Estate &estate, const TimeRange &range)
{
    LoggingTimeline t;
    for (const Vpc &v : estate.vpcs)
        t.vpcs.insert(v.id, {});
    for (const Eni &e : estate.enis)
        if (const auto v = t.vpcs.find(e.vpcId); v != t.vpcs.end())
            ++v->interfaces;
    if (!ws.hasTable("logging_hours"))
        return t;
    const auto [firstHour, lastHour] = range.hours();
    std::map<QString, std::set<qint64>> vpcHours;            // over all time: gaps need the hours around the range
    std::map<QString, qint64> vpcRecords;                    // the same, its records
    std::map<QString, std::set<qint64>> skipped;             // interface -> hours with SKIPDATA, in the range
    // Hours from 1970 to the year 9999 (a crafted workspace may hold any integer: never multiplied
    // into seconds beyond that); counts never negative.
    sql::Statement q(ws.handle(), "SELECT eni, hour, min(max(records, 0), 1000000000000), min(max(skipped, 0), 1000000000000) FROM logging_hours "
                                  "WHERE hour BETWEEN 0 AND ?1");
    q.bind(1, kLastHour);
    while (q.step()) {
        t.available = true;
        const QString eni = q.text(0);
        const qint64 hour = q.int64(1);
        const auto e = estate.enis.constFind(eni);
        if (e != estate.enis.cend() && t.vpcs.contains(e->vpcId)) {
            vpcHours[e->vpcId].insert(hour);
            vpcRecords[e->vpcId] += q.int64(2);
        }
        if (hour < firstHour || hour > lastHour)
            continue;
        InterfaceLogging &i = t.interfaces[eni];
        i.records += q.int64(2);
        i.skipped += q.int64(3);
        i.firstHour = i.hours ? std::min(i.firstHour, hour) : hour;
        i.lastHour = i.hours ? std::max(i.lastHour, hour) : hour;
        ++i.hours;
        if (q.int64(3) > 0)
            skipped[eni].insert(hour);
    }
    for (auto &[eni, hours] : skipped)
        t.interfaces[eni].skippedHours = runsOf(hours);
    for (auto &[vpc, hours] : vpcHours) {
        VpcLogging &v = t.vpcs[vpc];
        v.firstHour = *hours.begin();
        v.lastHour = *hours.rbegin();
        v.recordsPerHour = double(vpcRecords[vpc]) / double(v.lastHour - v.firstHour + 1);
        // Between two hours with records (the set is sorted), the ones without, when records were due.
        qint64 previous = v.firstHour;
        for (const qint64 h : hours) {
            const HourRun run{previous + 1, h - 1};
            if (h > previous + 1 && touches(run, firstHour, lastHour) && v.recordsPerHour * double(run.hours()) >= kRecordsDueInGap)
                v.gaps.append(run);
            previous = h;
        }
    }
    return t;
}

} // namespace vpclens
