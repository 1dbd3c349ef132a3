// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/ruleusage.h"

#include "base/logging.h"
#include "query/logcoverage.h"
#include "topology/estate.h"
#include "workspace/decisioncolumn.h"
#include "workspace/ownconnection.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace vpclens {
namespace {

constexpr int kNotLoggingListed = 10; // interfaces named per rule; the count says how many more

// Every rule of the estate, in its order, with the interfaces it applies to.
struct Catalogue {
    QList<RuleUsage> rules;
    QHash<QString, qsizetype> index; // name -> position
    QList<QStringList> enis;         // per position: the interfaces it applies to

    void add(const QString &name, RuleKind kind, const QString &resource, const QString &text, const QStringList &appliesTo)
    {
        if (name.isEmpty() || index.contains(name))
            return;
        index.insert(name, rules.size());
        RuleUsage u;
        u.name = name;
        u.kind = kind;
        u.resource = resource;
        u.text = text;
        u.configured = true;
        rules.append(u);
        enis.append(appliesTo);
    }
};

Catalogue catalogue(const Estate &e)
{
    QHash<QString, QStringList> byGroup, byAcl, byTable;
    for (const QString &id : sortedIds(e.enis)) {
        const Eni &n = e.enis[id];
        for (const QString &g : n.groups)
            byGroup[g] << id;
        if (const Subnet *s = e.subnetOf(n)) {
            byAcl[s->nacl] << id;
            byTable[s->routeTable] << id;
        }
    }
    Catalogue c;
    for (const QString &gid : sortedIds(e.securityGroups)) {
        const SecurityGroup &g = e.securityGroups[gid];
        for (const auto *rules : {&g.ingress, &g.egress})
            for (const SgRule &r : *rules) {
                const QString text = r.description.isEmpty() ? r.text : QStringLiteral("%1 (%2)").arg(r.text, r.description);
                for (const QString &name : r.names)
                    c.add(name, RuleKind::SecurityGroupRule, gid, text, byGroup.value(gid));
            }
    }
    for (const QString &aid : sortedIds(e.nacls)) {
        const NetworkAcl &acl = e.nacls[aid];
        for (const bool egress : {false, true}) {
            for (const NaclEntry &entry : egress ? acl.egress : acl.ingress)
                c.add(entry.name, RuleKind::NaclEntry, aid, entry.text, byAcl.value(aid));
            c.add(naclEntryName(aid, egress, 32767), RuleKind::NaclEntry, aid, QStringLiteral("DENY all"), byAcl.value(aid));
        }
    }
    for (const QString &tid : sortedIds(e.routeTables))
        for (const Route &r : e.routeTables[tid].routes)
            c.add(r.name, RuleKind::Route, tid, QStringLiteral("%1 -> %2").arg(r.destination, r.target), byTable.value(tid));
    return c;
}

// The interfaces a flow log of the imported describe-flow-logs records only ACCEPT or only REJECT
// for, with no log recording ALL over them (on the interface, its subnet or its VPC): what they
// were not told can never prove a rule unused. Empty when no flow log was imported (coverage then
// comes from the records alone).
QSet<QString> partlyLogged(const Workspace &ws, const Estate &e)
{
    QSet<QString> all, partial; // resource ids (VPC, subnet, interface) by the traffic their logs record
    for (const FlowLogConfig &log : flowLogConfigs(ws))
        (log.trafficType == QLatin1String("ALL") ? all : partial).insert(log.resource);
    QSet<QString> out;
    if (partial.isEmpty())
        return out;
    for (const Eni &n : e.enis) {
        const auto logs = [&](const QSet<QString> &set) { return set.contains(n.id) || set.contains(n.subnetId) || set.contains(n.vpcId); };
        if (logs(partial) && !logs(all))
            out.insert(n.id);
    }
    return out;
}

} // namespace

QSet<QString> loggingInterfaces(const Workspace &ws, const TimeRange &range)
{
    const auto [firstHour, lastHour] = range.hours();
    sql::Statement q(ws.handle(), "SELECT DISTINCT s.s FROM rollup_eni r JOIN strings s ON s.id = r.eni "
                                  "WHERE r.minute >= ?1 * 60 AND r.minute < (?2 + 1) * 60");
    q.bind(1, firstHour).bind(2, std::min<qint64>(lastHour, std::numeric_limits<qint64>::max() / 60 - 1));
    QSet<QString> out;
    while (q.step())
        out.insert(q.text(0));
    // The rollup keeps the records counted once; the explanation saw every record (the sender's
    // sighting of a connection the receiver's record stands for, NODATA).
    if (ws.hasTable("logging_hours")) {
        sql::Statement all(ws.handle(), "SELECT DISTINCT eni FROM logging_hours WHERE hour BETWEEN ?1 AND ?2");
        all.bind(1, firstHour).bind(2, lastHour);
        while (all.step())
            out.insert(all.text(0));
    }
    return out;
}

QList<RuleUsage> ruleUsage(const Workspace &ws, const Estate &estate, const TimeRange &range)
{
    Catalogue c = catalogue(estate);
    if (ws.keepsDecisions()) {
        const auto [firstHour, lastHour] = range.hours();
        sql::Statement q(ws.handle(),
                         "SELECT r.name, r.kind, r.resources, SUM(u.records), SUM(CASE WHEN d.outcome = 1 AND d.decided = r.id THEN u.records ELSE 0 END), "
                         "SUM(u.requests), SUM(u.packets), SUM(u.bytes), MIN(u.first), MAX(u.last) "
                         "FROM rules r JOIN decisions d ON r.id IN (d.sg, d.nacl, d.route) JOIN rule_usage u ON u.decision = d.id "
                         "WHERE u.hour BETWEEN ?1 AND ?2 GROUP BY r.id ORDER BY r.name");
        q.bind(1, firstHour).bind(2, lastHour);
        while (q.step()) {
            const QString name = q.text(0);
            if (!c.index.contains(name)) { // a rule of an earlier snapshot, or "no rule allows"
                RuleUsage u;
                u.name = name;
                u.kind = RuleKind(q.int64(1));
                u.resource = q.text(2);
                c.index.insert(name, c.rules.size());
                c.rules.append(u);
                c.enis.append(QStringList());
            }
            RuleUsage &u = c.rules[c.index.value(name)];
            u.records = q.int64(3);
            u.rejected = q.int64(4);
            u.connections = q.int64(5);
            u.packets = q.int64(6);
            u.bytes = q.int64(7);
            u.firstSeen = q.int64(8);
            u.lastSeen = q.int64(9);
        }
    }
    const QSet<QString> logging = loggingInterfaces(ws, range);
    const QStringList undeterminedList = ws.meta(QString::fromLatin1(kUndeterminedInterfacesKey)).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QSet<QString> undetermined(undeterminedList.cbegin(), undeterminedList.cend());
    const bool explained = decisionsCurrent(ws);
    const QSet<QString> partly = partlyLogged(ws, estate);
    // The gaps of the logs over the range: a VPC's silent hours, an interface's SKIPDATA.
    const LoggingTimeline timeline = loggingTimeline(ws, estate, range);
    QHash<QString, QStringList> gapsOf; // interface -> what its records miss
    for (const Eni &e : estate.enis) {
        QStringList &g = gapsOf[e.id];
        for (const HourRun &run : timeline.vpcs.value(e.vpcId).gaps)
            g << QStringLiteral("%1 silent %2").arg(e.vpcId, hourRunText(run));
        for (const HourRun &run : timeline.interfaces.value(e.id).skippedHours)
            g << QStringLiteral("%1 skipped records %2").arg(e.id, hourRunText(run));
    }
    for (qsizetype i = 0; i < c.rules.size(); ++i) {
        RuleUsage &u = c.rules[i];
        u.explained = explained;
        u.interfaces = int(c.enis[i].size());
        int missing = 0;
        for (const QString &eni : std::as_const(c.enis[i]))
            if (!logging.contains(eni) && ++missing <= kNotLoggingListed)
                u.notLogging << eni;
        if (missing > kNotLoggingListed)
            u.notLogging << QStringLiteral("+%1").arg(missing - kNotLoggingListed);
        for (const QString &eni : std::as_const(c.enis[i])) {
            if (undetermined.contains(eni) && u.undetermined.size() < kNotLoggingListed)
                u.undetermined << eni;
            if (partly.contains(eni) && u.partlyLogged.size() < kNotLoggingListed)
                u.partlyLogged << eni;
            for (const QString &gap : gapsOf.value(eni))
                if (u.gaps.size() < kNotLoggingListed && !u.gaps.contains(gap))
                    u.gaps << gap;
        }
    }
    return c.rules;
}

QList<RuleUsage> loadRuleUsage(const QString &workspacePath, const Estate &estate, const TimeRange &range)
{
    return onOwnConnection(workspacePath, "rule usage", nullptr, [&](Workspace &ws) { return ruleUsage(ws, estate, range); });
}

const char *usageState(const RuleUsage &u)
{
    if (u.records > 0)
        return "used";
    return u.explained && u.configured && u.interfaces > 0 && u.notLogging.isEmpty() && u.undetermined.isEmpty() && u.partlyLogged.isEmpty()
                   && u.gaps.isEmpty()
               ? "unused"
               : "no evidence";
}

} // namespace vpclens
