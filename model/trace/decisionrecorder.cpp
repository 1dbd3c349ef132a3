// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/decisionrecorder.h"

#include "base/hashmix.h"

#include <algorithm>

namespace vpclens {

DecisionRecorder::DecisionRecorder(sqlite3 *db)
    : m_db(db)
    , m_insertRule((sql::exec(db, "DELETE FROM rules; DELETE FROM decisions; DELETE FROM flow_decisions; DELETE FROM rule_usage; "
                                  "DELETE FROM logging_interfaces; DELETE FROM logging_hours;"), db),
                   "INSERT INTO rules(id, name, kind, resources) VALUES(?1, ?2, ?3, ?4)")
    , m_insertDecision(db, "INSERT INTO decisions(id, outcome, decided, sg, nacl, route) VALUES(?1, ?2, ?3, ?4, ?5, ?6)")
    , m_column(db)
{
}

std::uint32_t DecisionRecorder::rule(const QString &name, RuleKind kind, const QString &resources)
{
    if (name.isEmpty())
        return 0;
    if (const auto it = m_rules.constFind(name); it != m_rules.cend())
        return *it;
    const auto id = std::uint32_t(m_rules.size() + 1);
    m_insertRule.bind(1, id).bind(2, name).bind(3, int(kind)).bind(4, resources).run();
    m_rules.insert(name, id);
    return id;
}

std::uint32_t DecisionRecorder::combination(DecisionOutcome outcome, std::uint32_t decided, std::uint32_t sg, std::uint32_t nacl, std::uint32_t route)
{
    const std::array<std::uint32_t, 5> key{std::uint32_t(outcome), decided, sg, nacl, route};
    if (const auto it = m_decisions.find(key); it != m_decisions.end())
        return it->second;
    const auto id = std::uint32_t(m_decisions.size() + 1);
    m_insertDecision.bind(1, id).bind(2, int(outcome)).bind(3, decided).bind(4, sg).bind(5, nacl).bind(6, route).run();
    m_decisions.emplace(key, id);
    return id;
}

std::size_t DecisionRecorder::KeyHash::operator()(const std::array<std::uint32_t, 5> &k) const noexcept
{
    return std::size_t(mix64((std::uint64_t(k[0]) << 32 | k[1]) * 0x9e3779b97f4a7c15ULL ^ (std::uint64_t(k[2]) << 32 | k[3]) * 0xc2b2ae3d27d4eb4fULL ^ k[4]));
}

std::size_t DecisionRecorder::SeenHash::operator()(const Seen &k) const noexcept
{
    return std::size_t(mix64(std::uint64_t(quintptr(k.sg)) * 0x9e3779b97f4a7c15ULL ^ std::uint64_t(quintptr(k.nacl)) * 0xc2b2ae3d27d4eb4fULL
                             ^ std::uint64_t(quintptr(k.route)) * 0x165667b19e3779f9ULL ^ std::uint64_t(k.outcome)));
}

std::uint32_t DecisionRecorder::decision(const PathTrace &atInterface, const Route *route, const QString &routeTable)
{
    // The names' shared data: the estate's own strings (an empty one has none to share).
    const void *sgName = nullptr, *naclName = nullptr;
    bool known = true;
    for (const Hop &h : atInterface.hops) {
        const void *data = h.ruleName.isEmpty() ? nullptr : h.ruleName.constData();
        if (isSecurityGroupHop(h.kind))
            sgName = data;
        else if (isNetworkAclHop(h.kind))
            naclName = data;
        known = known && h.ruleName.isDetached() == false; // shared with the estate, not made here
    }
    const Seen seen{sgName, naclName, route, int(atInterface.verdict)};
    if (known)
        if (const auto it = m_seen.find(seen); it != m_seen.end())
            return it->second;
    const std::uint32_t id = decisionByName(atInterface, route, routeTable);
    if (known)
        m_seen.emplace(seen, id);
    return id;
}

std::uint32_t DecisionRecorder::decisionByName(const PathTrace &atInterface, const Route *route, const QString &routeTable)
{
    std::uint32_t sg = 0, nacl = 0, denied = 0;
    for (std::size_t i = 0; i < atInterface.hops.size(); ++i) {
        const Hop &h = atInterface.hops[i];
        std::uint32_t id = 0;
        if (isSecurityGroupHop(h.kind))
            id = sg = rule(h.ruleName, h.result == QLatin1String("deny") ? RuleKind::NoSecurityGroupRule : RuleKind::SecurityGroupRule, h.id);
        else if (isNetworkAclHop(h.kind))
            id = nacl = rule(h.ruleName, RuleKind::NaclEntry, h.id);
        if (int(i) == atInterface.decidingHop)
            denied = id;
    }
    const std::uint32_t routeId = route ? rule(route->name, RuleKind::Route, routeTable) : 0;
    const bool rejected = atInterface.verdict == Verdict::Reject;
    // Shown as "decided by": the entry that refused it; for an accepted record the security-group
    // rule that let it through (the more specific), else (a reply, which groups let through as
    // state) the NACL entry.
    const std::uint32_t decided = rejected ? denied : sg ? sg : nacl;
    return combination(rejected ? DecisionOutcome::Reject : DecisionOutcome::Accept, decided, sg, nacl, routeId);
}

std::uint32_t DecisionRecorder::neverFiltered()
{
    return combination(DecisionOutcome::NeverFiltered, 0, 0, 0, 0);
}

void DecisionRecorder::record(std::int64_t flowId, std::uint32_t decision, std::int64_t start, bool request, std::int64_t packets,
                              std::int64_t bytes)
{
    m_column.add(flowId, decision);
    const std::int64_t hour = std::max<std::int64_t>(start, 0) / 3600;
    if (decision >= m_recent.size())
        m_recent.resize(std::size_t(decision) + 1);
    Recent &recent = m_recent[decision];
    if (recent.hour != hour) {
        recent.hour = hour;
        recent.usage = &m_usage[(std::uint64_t(decision) << 32) | std::uint64_t(hour & 0xffffffff)];
    }
    Usage &u = *recent.usage;
    u.first = u.records ? std::min(u.first, start) : start;
    u.last = u.records ? std::max(u.last, start) : start;
    ++u.records;
    u.requests += request;
    u.packets += std::max<std::int64_t>(packets, 0);
    u.bytes += std::max<std::int64_t>(bytes, 0);
}

DecisionRecorder::Span &DecisionRecorder::span(std::int64_t interned)
{
    constexpr std::int64_t kDense = std::int64_t(1) << 20;
    if (interned >= 0 && interned < kDense && interned >= std::int64_t(m_logged.size()))
        m_logged.resize(std::size_t(interned) + 1);
    return interned >= 0 && interned < kDense ? m_logged[std::size_t(interned)] : m_loggedSparse[interned];
}

void DecisionRecorder::logged(std::int64_t interned, std::int64_t start, int status)
{
    Span &s = span(interned);
    s.first = s.records ? std::min(s.first, start) : start;
    s.last = s.records ? std::max(s.last, start) : start;
    ++s.records;
    const std::int64_t hour = std::max<std::int64_t>(start, 0) / 3600;
    if (s.hour != hour) {
        s.hour = hour;
        s.counts = &m_hours[std::uint64_t(interned) << 32 | std::uint64_t(hour & 0xffffffff)];
    }
    ++s.counts->records;
    s.counts->skipped += status == 2; // SKIPDATA
}

void DecisionRecorder::finish()
{
    sql::Statement interfaces(m_db, "INSERT OR REPLACE INTO logging_interfaces(eni, first, last, records) SELECT s, ?2, ?3, ?4 FROM strings WHERE id = ?1");
    for (std::size_t id = 0; id < m_logged.size(); ++id)
        if (const Span &s = m_logged[id]; s.records)
            interfaces.bind(1, std::int64_t(id)).bind(2, s.first).bind(3, s.last).bind(4, s.records).run();
    for (const auto &[id, s] : m_loggedSparse)
        interfaces.bind(1, id).bind(2, s.first).bind(3, s.last).bind(4, s.records).run();
    sql::Statement hours(m_db, "INSERT OR REPLACE INTO logging_hours(eni, hour, records, skipped) SELECT s, ?2, ?3, ?4 FROM strings WHERE id = ?1");
    for (const auto &[key, h] : m_hours)
        hours.bind(1, std::int64_t(key >> 32)).bind(2, std::int64_t(key & 0xffffffff)).bind(3, h.records).bind(4, h.skipped).run();
    m_column.finish();
    sql::Statement insert(m_db, "INSERT INTO rule_usage(decision, hour, records, requests, packets, bytes, first, last) "
                                "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (const auto &[key, u] : m_usage)
        insert.bind(1, std::int64_t(key >> 32)).bind(2, std::int64_t(key & 0xffffffff)).bind(3, u.records).bind(4, u.requests)
            .bind(5, u.packets).bind(6, u.bytes).bind(7, u.first).bind(8, u.last).run();
}

} // namespace vpclens
