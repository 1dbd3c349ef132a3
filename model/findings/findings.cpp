// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/findings.h"

#include "base/logging.h"
#include "base/timetext.h"
#include "base/protocols.h"
#include "query/flowsearch.h"
#include "query/logcoverage.h"
#include "topology/estate.h"
#include "trace/ruletrace.h"
#include "workspace/decisioncolumn.h"
#include "workspace/ownconnection.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace vpclens {
namespace {

// Which flow log covers what (describe-flow-logs), and what each VPC's interfaces were seen doing:
// the findings of missing logs and gaps, and the coverage every "unused" stands on.
QJsonObject coverageOf(CheckContext &c)
{
    const QList<FlowLogConfig> logs = flowLogConfigs(c.ws);
    const LoggingTimeline timeline = loggingTimeline(c.ws, c.estate, c.options.range);
    const QSet<QString> logging = loggingInterfaces(c.ws, c.options.range); // the rollup's too, before any explain
    const auto add = [&](Severity severity, const QStringList &resources, const QString &summary, const Evidence &evidence = {}) {
        Finding f;
        f.check = QStringLiteral("flow-logs-missing");
        f.severity = severity;
        f.resources = resources;
        f.summary = summary;
        f.evidence = evidence;
        c.findings.append(f);
    };
    const auto hourText = [](qint64 hour) { return hour < 0 ? QJsonValue() : QJsonValue(formatTime(hour * 3600, true)); };
    QJsonObject vpcs;
    for (const QString &vpc : sortedIds(c.estate.vpcs)) {
        QJsonArray own;
        bool vpcLogged = false;
        for (const FlowLogConfig &l : logs) {
            bool concerns = l.resource == vpc;
            if (const auto s = c.estate.subnets.constFind(l.resource); s != c.estate.subnets.cend())
                concerns = s->vpcId == vpc;
            if (const auto e = c.estate.enis.constFind(l.resource); e != c.estate.enis.cend())
                concerns = e->vpcId == vpc;
            if (!concerns)
                continue;
            vpcLogged = vpcLogged || l.resource == vpc;
            own.append(QJsonObject{{QStringLiteral("id"), l.id}, {QStringLiteral("resource"), l.resource}, {QStringLiteral("traffic_type"), l.trafficType},
                                   {QStringLiteral("status"), l.status}, {QStringLiteral("delivery"), l.delivery},
                                   {QStringLiteral("destination"), l.destination}, {QStringLiteral("aggregation_seconds"), l.aggregationSeconds},
                                   {QStringLiteral("format"), l.format}});
            if (!l.trafficType.isEmpty() && l.trafficType != QLatin1String("ALL"))
                add(Severity::Warning, {l.id, l.resource},
                    QStringLiteral("Flow log %1 on %2 records only %3 traffic: what it does not record can never prove a rule unused.")
                        .arg(l.id, l.resource, l.trafficType));
            if (l.delivery == QLatin1String("FAILED") || (!l.status.isEmpty() && l.status != QLatin1String("ACTIVE")))
                add(Severity::Warning, {l.id, l.resource},
                    QStringLiteral("Flow log %1 on %2 is not delivering (status %3, delivery %4).").arg(l.id, l.resource, l.status, l.delivery));
        }
        if (!vpcLogged && !logs.isEmpty())
            add(Severity::Warning, {vpc},
                own.isEmpty() ? QStringLiteral("%1 has no flow log: its traffic is not recorded.").arg(c.estate.displayName(vpc))
                              : QStringLiteral("%1 has no flow log of its own; only some of its subnets or interfaces are logged.")
                                    .arg(c.estate.displayName(vpc)));
        const VpcLogging &seen = timeline.vpcs.value(vpc);
        QJsonArray gaps;
        for (const HourRun &gap : seen.gaps) {
            gaps.append(QJsonObject{{QStringLiteral("from"), formatTime(gap.first * 3600, true)},
                                    {QStringLiteral("to"), formatTime((gap.last + 1) * 3600, true)}, {QStringLiteral("hours"), gap.hours()}});
            Evidence e;
            e.firstSeen = gap.first * 3600;
            e.lastSeen = (gap.last + 1) * 3600;
            add(Severity::Warning, {vpc},
                QStringLiteral("No interface of %1 logged anything %2, though they logged before and after (%3 records an hour on "
                               "average): flow-log files are missing or delivery stopped, and no rule can be proved unused over that time.")
                    .arg(c.estate.displayName(vpc), hourRunText(gap), QString::number(seen.recordsPerHour, 'f', 1)),
                e);
        }
        QJsonArray skipping;
        Evidence skipped;
        for (const QString &eni : sortedIds(c.estate.enis)) {
            const auto logged = timeline.interfaces.constFind(eni);
            if (c.estate.enis[eni].vpcId != vpc || logged == timeline.interfaces.cend() || logged->skipped == 0)
                continue;
            skipping.append(eni);
            const qint64 first = logged->skippedHours.front().first * 3600, last = (logged->skippedHours.back().last + 1) * 3600;
            skipped.firstSeen = skipped.records ? std::min(skipped.firstSeen, first) : first;
            skipped.lastSeen = skipped.records ? std::max(skipped.lastSeen, last) : last;
            skipped.records += logged->skipped;
        }
        if (skipped.records) {
            skipped.filter = QStringLiteral("vpc == %1 and log-status == SKIPDATA").arg(vpc);
            add(Severity::Warning, {vpc},
                QStringLiteral("%1 interface(s) of %2 logged %3 SKIPDATA record(s) between %4 and %5: AWS skipped some of their records, "
                               "so their counts are short there and no rule of theirs can be proved unused over those hours.")
                    .arg(skipping.size()).arg(c.estate.displayName(vpc)).arg(skipped.records)
                    .arg(formatTime(skipped.firstSeen, true), formatTime(skipped.lastSeen, true)),
                skipped);
        }
        int interfacesLogging = 0;
        QJsonArray seenLogging; // each interface's span, from the hours explain kept
        for (const QString &eni : sortedIds(c.estate.enis)) {
            if (c.estate.enis[eni].vpcId != vpc)
                continue;
            interfacesLogging += logging.contains(eni);
            if (const auto i = timeline.interfaces.constFind(eni); i != timeline.interfaces.cend())
                seenLogging.append(QJsonObject{{QStringLiteral("interface"), eni},
                                               {QStringLiteral("first_seen"), hourText(i->firstHour)},
                                               {QStringLiteral("last_seen"), hourText(i->lastHour + 1)},
                                               {QStringLiteral("hours"), i->hours},
                                               {QStringLiteral("records"), i->records},
                                               {QStringLiteral("skipped"), i->skipped}});
        }
        vpcs.insert(vpc, QJsonObject{{QStringLiteral("name"), c.estate.displayName(vpc)},
                                     {QStringLiteral("flow_logs"), own}, {QStringLiteral("interfaces"), seen.interfaces},
                                     {QStringLiteral("interfaces_logging"), interfacesLogging},
                                     {QStringLiteral("first_seen"), hourText(seen.firstHour)},
                                     {QStringLiteral("last_seen"), seen.lastHour < 0 ? QJsonValue() : hourText(seen.lastHour + 1)},
                                     {QStringLiteral("gaps"), gaps}, {QStringLiteral("skipping"), skipping},
                                     {QStringLiteral("interfaces_seen"), seenLogging}});
    }
    if (logs.isEmpty())
        add(Severity::Note, {},
            QStringLiteral("describe-flow-logs was not imported: coverage comes from the records alone (an interface is covered where it logged)."));
    return QJsonObject{{QStringLiteral("vpcs"), vpcs}, {QStringLiteral("flow_logs_imported"), !logs.isEmpty()},
                       {QStringLiteral("hours_kept"), timeline.available}};
}

// The first record of a finding's evidence (at its first-seen time, so the search reads only the
// blocks of that time) and its trace against the estate the review is of.
QJsonObject exampleOf(const CheckContext &c, const Evidence &e)
{
    if (e.filter.isEmpty() || e.records <= 0 || e.firstSeen <= 0)
        return {};
    const auto compiled = compileFilter(e.filter, {&c.ws, &c.estate});
    const auto *filter = std::get_if<CompiledFilter>(&compiled);
    if (!filter)
        return {};
    const QList<FlowRecord> first = fetchFlows(c.ws, *filter, {e.firstSeen, std::numeric_limits<qint64>::min()}, 1);
    if (first.isEmpty())
        return {};
    const FlowRecord &r = first.first();
    if (r.status != 0) // NODATA, SKIPDATA: no packet to show or trace
        return {};
    const QJsonObject record{{QStringLiteral("id"), r.id},
                             {QStringLiteral("start"), formatTime(r.start, true)},
                             {QStringLiteral("interface"), r.eni},
                             {QStringLiteral("srcaddr"), r.src},
                             {QStringLiteral("dstaddr"), r.dst},
                             {QStringLiteral("srcport"), r.srcPort},
                             {QStringLiteral("dstport"), r.dstPort},
                             {QStringLiteral("protocol"), protocolShortName(r.protocol)},
                             {QStringLiteral("action"), r.action == 1 ? QStringLiteral("ACCEPT") : r.action == 2 ? QStringLiteral("REJECT") : QStringLiteral("-")},
                             {QStringLiteral("decided_by"), r.decidedBy}};
    QJsonObject out{{QStringLiteral("record"), record}};
    const auto src = parseIp(r.src.toStdString()), dst = parseIp(r.dst.toStdString());
    if (src && dst && src->isV4() == dst->isV4()) {
        Packet p;
        p.src = *src;
        p.dst = *dst;
        p.protocol = r.protocol;
        p.srcPort = std::max(r.srcPort, 0);
        p.dstPort = std::max(r.dstPort, 0);
        if (p.protocol == 1 || p.protocol == 58) // flow logs carry no ICMP type: traced as an echo request
            p.icmpType = p.protocol == 1 ? 8 : 128;
        out.insert(QStringLiteral("trace"), c.evaluator.trace(p).toJson());
    }
    return out;
}

} // namespace

const char *severityName(Severity s)
{
    switch (s) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
    }
    return "?";
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (const Severity s : {Severity::Note, Severity::Warning, Severity::Error})
        if (name == QLatin1String(severityName(s)))
            return s;
    return std::nullopt;
}

FindingsReport reviewEstate(const Workspace &ws, const Estate &estate, const CheckOptions &options)
{
    const RuleEvaluator evaluator(estate);
    CheckContext c{ws, estate, evaluator, options, ruleUsage(ws, estate, options.range), {}, {}, {}};
    for (const RuleUsage &u : std::as_const(c.usage))
        c.usageByName.insert(u.name, &u);
    for (const SecurityGroup &g : estate.securityGroups)
        for (const auto *rules : {&g.ingress, &g.egress})
            for (const SgRule &r : *rules)
                for (std::size_t i = 0; i < r.cidrs.size(); ++i)
                    if (r.cidrs[i].isEverything())
                        c.worldRules.insert(r.names.value(qsizetype(i)));
    FindingsReport report;
    report.coverage = coverageOf(c);
    for (void (*check)(CheckContext &) : {checkAdminPorts, checkInternetAdminAccess, checkEphemeralReturn, checkShadowedEntries,
                                          checkRedundantRules, checkUnused, checkStaleReferences, checkDefaultGroups, checkQuotas, checkEndpointDns,
                                          checkDisagreements, checkScans, checkCaptures, checkSegments, checkInternetFacing})
        check(c);
    for (Finding &f : c.findings)
        f.evidence.example = exampleOf(c, f.evidence);
    report.explained = decisionsCurrent(ws);
    report.findings = std::move(c.findings);
    std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.check < b.check;
    });
    return report;
}

FindingsReport loadFindings(const QString &workspacePath, const Estate &estate, const CheckOptions &options)
{
    return onOwnConnection(workspacePath, "findings", nullptr, [&](Workspace &ws) { return reviewEstate(ws, estate, options); });
}

QString findingSubject(const Finding &f)
{
    return QStringLiteral("finding %1 %2").arg(f.check, f.rule.isEmpty() ? f.resources.join(QLatin1Char(' ')) : f.rule).trimmed();
}

QJsonObject findingsJson(const FindingsReport &report)
{
    QJsonArray items;
    for (const Finding &f : report.findings) {
        const auto time = [](qint64 t) { return t > 0 ? QJsonValue(formatTime(t, true)) : QJsonValue(); };
        items.append(QJsonObject{{QStringLiteral("check"), f.check},
                                 {QStringLiteral("severity"), QLatin1String(severityName(f.severity))},
                                 {QStringLiteral("resources"), QJsonArray::fromStringList(f.resources)},
                                 {QStringLiteral("rule"), f.rule.isEmpty() ? QJsonValue() : QJsonValue(f.rule)},
                                 {QStringLiteral("summary"), f.summary},
                                 {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("records"), f.evidence.records},
                                                                          {QStringLiteral("connections"), f.evidence.connections},
                                                                          {QStringLiteral("first_seen"), time(f.evidence.firstSeen)},
                                                                          {QStringLiteral("last_seen"), time(f.evidence.lastSeen)},
                                                                          {QStringLiteral("filter"), f.evidence.filter},
                                                                          {QStringLiteral("example"), f.evidence.example}}}});
    }
    QJsonObject coverage = report.coverage;
    coverage.insert(QStringLiteral("explained"), report.explained);
    return QJsonObject{{QStringLiteral("findings"), items}, {QStringLiteral("coverage"), coverage}};
}

bool readCheckOptions(const QString &path, CheckOptions *options, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > 4 * 1024 * 1024) {
        *error = QStringLiteral("%1: larger than a checks file can be (4 MiB)").arg(path);
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: not a JSON object (%2 at offset %3)").arg(path, parse.errorString()).arg(parse.offset);
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.contains(QLatin1String("sensitive_ports"))) {
        QList<int> ports;
        for (const QJsonValue v : o.value(QLatin1String("sensitive_ports")).toArray()) {
            const int p = v.toInt(-1);
            if (p < 0 || p > 65535) {
                *error = QStringLiteral("%1: sensitive_ports holds something that is not a port (0-65535)").arg(path);
                return false;
            }
            ports << p;
        }
        options->sensitivePorts = ports;
    }
    if (o.contains(QLatin1String("authorised_sources"))) {
        const QJsonObject sources = o.value(QLatin1String("authorised_sources")).toObject();
        for (auto it = sources.begin(); it != sources.end(); ++it) {
            bool ok = false;
            const int port = it.key().toInt(&ok);
            if (!ok || port < 0 || port > 65535) {
                *error = QStringLiteral("%1: authorised_sources: '%2' is not a port").arg(path, it.key());
                return false;
            }
            for (const QJsonValue v : it.value().toArray()) {
                const QByteArray text = v.toString().toLatin1();
                const auto cidr = parseIpCidr(std::string_view(text.constData(), std::size_t(text.size())));
                if (!cidr) {
                    *error = QStringLiteral("%1: authorised_sources for port %2: '%3' is not a CIDR block").arg(path).arg(port).arg(v.toString());
                    return false;
                }
                options->authorisedSources[port] << *cidr;
            }
        }
    }
    const QJsonObject segments = o.value(QLatin1String("segments")).toObject();
    for (auto it = segments.begin(); it != segments.end(); ++it) {
        QStringList members;
        for (const QJsonValue v : it.value().toArray())
            members << v.toString();
        options->segments.insert(it.key(), members);
    }
    for (const QJsonValue v : o.value(QLatin1String("must_not_reach")).toArray()) {
        const QJsonArray pair = v.toArray();
        const QString from = pair.at(0).toString(), to = pair.at(1).toString();
        if (pair.size() != 2 || !options->segments.contains(from) || !options->segments.contains(to)) {
            *error = QStringLiteral("%1: must_not_reach holds something that is not a pair of segment names").arg(path);
            return false;
        }
        options->mustNotReach.append({from, to});
    }
    if (o.contains(QLatin1String("internet_facing"))) {
        QStringList subnets;
        for (const QJsonValue v : o.value(QLatin1String("internet_facing")).toArray())
            subnets << v.toString();
        options->internetFacing = subnets;
    }
    if (o.contains(QLatin1String("scan_ports"))) {
        const int n = o.value(QLatin1String("scan_ports")).toInt(0);
        if (n < 2) {
            *error = QStringLiteral("%1: scan_ports must be a whole number of at least 2").arg(path);
            return false;
        }
        options->scanPorts = n;
    }
    return true;
}

} // namespace vpclens
