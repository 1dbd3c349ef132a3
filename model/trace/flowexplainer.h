// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk explanation: every OK flow-log record is compared with what the configuration decides at the
// interface that logged it, in the direction it was logged. Disagreements are stored with the hop
// that decided, so an analyst can see where the rules and the log part ways.
#pragma once

#include <QString>

#include <array>
#include <cstdint>

namespace vpclens {

class JobFeedback;
class Workspace;

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

struct ExplainResult {
    std::int64_t records = 0;
    std::int64_t distinctDecisions = 0; // evaluations actually run (the rest came from the cache)
    std::array<std::int64_t, std::size_t(ExplainClass::Count)> classes{};
    double seconds = 0;
    QString error;
};

// Explains every record and stores the disagreements (table explain_disagreements) and the counts
// (table explain_summary), replacing an earlier run. Runs on the calling thread with its own statements.
ExplainResult explainWorkspace(Workspace &ws, JobFeedback *feedback = nullptr);

} // namespace vpclens
