// SPDX-License-Identifier: GPL-3.0-or-later
// Flow-log coverage: which flow log covers which VPC, subnet and interface (describe-flow-logs), and
// what the records say the logs did: the hours each interface logged, the hours a VPC's logs fell
// silent between hours with records (files missing, delivery stopped), and the hours with SKIPDATA
// records (AWS: "some flow log records were skipped during the aggregation interval"). Every
// "unused" stands on it (query/ruleusage.h); the findings report it (flow-logs-missing).
//
// A gap is a run of hours in which no interface of a VPC logged anything, NODATA included, while
// they logged before and after it, and long enough that the VPC's own rate says records were due:
// at its mean records per hour, at least kRecordsDueInGap of them. A quiet VPC (a few records an
// hour) has empty hours without missing files; one quiet interface is never a gap.
#pragma once

#include "base/timerange.h"

#include <QHash>
#include <QList>
#include <QString>

namespace vpclens {

class Estate;
class Workspace;

struct FlowLogConfig {
    QString id, resource;         // the VPC, subnet or interface it is on
    QString trafficType;          // ALL, ACCEPT or REJECT
    QString status, delivery;     // FlowLogStatus, DeliverLogsStatus
    QString destination, format;  // where it delivers (s3, cloud-watch-logs, ...), LogFormat
    int aggregationSeconds = 0;   // MaxAggregationInterval
};

// The flow logs of the imported describe-flow-logs, by id.
QList<FlowLogConfig> flowLogConfigs(const Workspace &ws);

struct HourRun {
    qint64 first = 0, last = 0; // whole hours since the epoch, inclusive
    qint64 hours() const { return last - first + 1; }
};
QString hourRunText(const HourRun &run); // "2026-11-03 02:00 to 05:00 UTC (3 h)"

struct InterfaceLogging {
    qint64 records = 0, skipped = 0; // in the range; skipped: SKIPDATA records
    qint64 firstHour = -1, lastHour = -1;
    int hours = 0;                   // hours with a record
    QList<HourRun> skippedHours;
};

inline constexpr double kRecordsDueInGap = 20.0;

struct VpcLogging {
    qint64 firstHour = -1, lastHour = -1; // over all time
    double recordsPerHour = 0;            // its interfaces' records from the first hour to the last
    QList<HourRun> gaps;                  // those that touch the range
    int interfaces = 0; // of the estate
};

struct LoggingTimeline {
    bool available = false; // explain kept the hours (since the last import or not)
    QHash<QString, InterfaceLogging> interfaces; // those that logged in the range
    QHash<QString, VpcLogging> vpcs;             // every VPC of the estate
};

// From the last explanation's hours (empty, not available, before one ran).
LoggingTimeline loggingTimeline(const Workspace &ws, const Estate &estate, const TimeRange &range = {});

} // namespace vpclens
