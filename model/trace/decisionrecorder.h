// SPDX-License-Identifier: GPL-3.0-or-later
// What the bulk explanation keeps of each record's decision: the rules that decided it (named as
// everywhere, topology/rulenames.h), the combination as a decision id in the record's column
// (workspace/decisioncolumn.h), and the usage of each decision per hour. Replaces an earlier run's
// within the caller's transaction.
#pragma once

#include "topology/rulenames.h"
#include "trace/ruletrace.h"
#include "workspace/decisioncolumn.h"

#include <QHash>
#include <QString>

#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace vpclens {

enum class DecisionOutcome { Accept = 0, Reject = 1, NeverFiltered = 2 };

class DecisionRecorder
{
public:
    explicit DecisionRecorder(sqlite3 *db); // empties the tables of the last run
    // The decision id for what the hops at the interface decided (and the route the record left its
    // subnet by, for records it sent; null otherwise).
    std::uint32_t decision(const PathTrace &atInterface, const Route *route, const QString &routeTable);

    std::uint32_t neverFiltered();
    // One record the decision covers.
    void record(std::int64_t flowId, std::uint32_t decision, std::int64_t start, bool request, std::int64_t packets, std::int64_t bytes);
    // An interface logged a record (of any status: a NODATA record says the log was on; a SKIPDATA
    // one that records were lost). Kept per hour: the gaps in the logs (query/logcoverage.h).
    void logged(std::int64_t interned, std::int64_t start, int status);
    void finish(); // writes the last block, the usage and the logging interfaces

private:
    std::uint32_t decisionByName(const PathTrace &atInterface, const Route *route, const QString &routeTable);
    std::uint32_t rule(const QString &name, RuleKind kind, const QString &resources);
    std::uint32_t combination(DecisionOutcome outcome, std::uint32_t decided, std::uint32_t sg, std::uint32_t nacl, std::uint32_t route);

    struct Usage {
        std::int64_t records = 0, requests = 0, packets = 0, bytes = 0, first = 0, last = 0;
    };
    sqlite3 *m_db;
    sql::Statement m_insertRule, m_insertDecision;
    DecisionWriter m_column;
    QHash<QString, std::uint32_t> m_rules;
    struct KeyHash {
        std::size_t operator()(const std::array<std::uint32_t, 5> &k) const noexcept;
    };
    std::unordered_map<std::array<std::uint32_t, 5>, std::uint32_t, KeyHash> m_decisions; // outcome, decided, sg, nacl, route
    // The decisions again, by the identity of the names the hops carry (the estates' own strings, which
    // live as long as the explanation) and the route: most distinct packets meet rules met before, and
    // this finds them without hashing a name. A name made on the fly (a rule of an interface the estate
    // compiled without one) never enters it.
    struct Seen {
        const void *sg, *nacl, *route;
        int outcome;
        bool operator==(const Seen &) const = default;
    };
    struct SeenHash {
        std::size_t operator()(const Seen &k) const noexcept;
    };
    std::unordered_map<Seen, std::uint32_t, SeenHash> m_seen;
    std::unordered_map<std::uint64_t, Usage> m_usage; // decision << 32 | hour
    // Per decision, the hour it was last counted in and its sums (nodes of m_usage never move): most
    // records of a decision fall in the hour of the one before, so most records skip the hash.
    struct Recent {
        std::int64_t hour = -1;
        Usage *usage = nullptr;
    };
    std::vector<Recent> m_recent; // by decision id
    struct Hour {
        std::int64_t records = 0, skipped = 0;
    };
    struct Span {
        std::int64_t first = 0, last = 0, records = 0;
        std::int64_t hour = -1; // the hour counted last, and its counts (as m_recent)
        Hour *counts = nullptr;
    };
    Span &span(std::int64_t interned);
    std::unordered_map<std::uint64_t, Hour> m_hours; // interned interface << 32 | hour
    // By interned interface id (the strings table's small dense ids); an id past the vector's end
    // that is implausibly large goes to the map.
    std::vector<Span> m_logged;
    std::unordered_map<std::int64_t, Span> m_loggedSparse;
};

} // namespace vpclens
