// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk explanation: every OK flow-log record is compared with what the configuration decides at the
// interface that logged it, in the direction it was logged. Disagreements are stored with the hop
// that decided, so an analyst can see where the rules and the log part ways.
#pragma once

#include <QList>
#include <QString>

#include <array>
#include <cstdint>

namespace vpclens {

class Estate;
class JobFeedback;
class Workspace;

// The configurations records are judged against: from each time on (milliseconds, ascending), an
// estate. Without one, the workspace's snapshots: each record against the newest snapshot taken at or
// before it started (the oldest for records before every snapshot). history/ gives one with the
// CloudTrail changes between snapshots (trailTimeline).
class ConfigurationTimeline
{
public:
    virtual ~ConfigurationTimeline() = default;
    virtual QList<qint64> times() const = 0;             // ascending; at least one
    virtual Estate estateFrom(qsizetype index) const = 0; // in force from times()[index]
    // What came into force at times()[index]: the change, who made it and when ("DeleteNetworkAclEntry
    // acl-0e... at 2025-06-01T10:02:00Z by arn:..."); empty for a snapshot.
    virtual QString changeAt(qsizetype index) const = 0;
};

enum class ExplainClass : int {
    Agree = 0,
    LoggedRejectConfigAccepts = 1, // the rule changed, or the snapshot does not match the time
    LoggedAcceptConfigRejects = 2,
    Undetermined = 3,              // neither tcp-flags nor ports tell which side initiated
    NotExplainable = 4,            // NODATA/SKIPDATA, no addresses, interface not in the snapshot, ...
    Unfiltered = 5,                // to or from what security groups and NACLs never filter (Amazon DNS, metadata, ...)
    Count = 6
};
const char *explainClassName(ExplainClass c);

// Records that agree with the configuration of their own time only because of a change since the
// snapshot before them: against the snapshot alone they would disagree.
struct ChangeExplains {
    QString change;            // ConfigurationTimeline::changeAt
    std::int64_t records = 0;
    std::int64_t example = 0;  // the first such record's id
};

struct ExplainResult {
    std::int64_t records = 0;
    std::int64_t distinctDecisions = 0; // evaluations actually run (the rest came from the cache)
    std::array<std::int64_t, std::size_t(ExplainClass::Count)> classes{};
    double seconds = 0;
    QString error;
    QList<ChangeExplains> agreeByChange; // most records first
};

// Explains every record and stores the disagreements (table explain_disagreements) and the counts
// (table explain_summary), and the records a change explains (table explain_by_change), replacing an
// earlier run. Runs on the calling thread with its own statements.
ExplainResult explainWorkspace(Workspace &ws, JobFeedback *feedback = nullptr, const ConfigurationTimeline *timeline = nullptr);

// The explanation by change of the last run, as explainWorkspace returns it; most records first.
QList<ChangeExplains> storedAgreeByChange(const Workspace &ws);

} // namespace vpclens
