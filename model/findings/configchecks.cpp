// SPDX-License-Identifier: GPL-3.0-or-later
// The checks that read the configuration (with the rule usage as their evidence).
#include "findings/checks.h"

#include "base/protocols.h"
#include "query/flowfilter.h"
#include "query/flowsearch.h"
#include "topology/estate.h"
#include "topology/quotas.h"
#include "topology/rulenames.h"
#include "trace/ruletrace.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QJsonDocument>

#include <algorithm>

namespace vpclens {
namespace {

// a holds every address b holds.
bool covers(const IpCidr &a, const IpCidr &b)
{
    return a.isV4() == b.isV4() && a.prefix <= b.prefix && a.contains(b.network);
}

Evidence evidenceOf(const CheckContext &c, const QString &rule, bool rejectedOnly = false)
{
    Evidence e;
    if (const RuleUsage *u = c.usageByName.value(rule)) {
        e.records = rejectedOnly ? u->rejected : u->records;
        e.connections = rejectedOnly ? u->rejected : u->connections;
        e.firstSeen = u->firstSeen;
        e.lastSeen = u->lastSeen;
    }
    QString quoted = rule;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    if (e.records > 0)
        e.filter = QStringLiteral("rule == \"%1\"%2").arg(quoted, rejectedOnly ? QStringLiteral(" and action == REJECT") : QString());
    return e;
}

// Evidence read from the records themselves, for what no decision names: ICMP, whose records carry no
// type, so explain cannot tell a request from a reply. One read of the records in the range.
Evidence evidenceOfRecords(const CheckContext &c, const QString &filter)
{
    Evidence e;
    const QString expression = c.options.range.isAll() ? filter : QStringLiteral("(%1) and %2").arg(filter, c.options.range.filterExpression());
    const auto compiled = compileFilter(expression, {&c.ws, &c.estate});
    const auto *f = std::get_if<CompiledFilter>(&compiled);
    if (!f)
        return e;
    if (const MatchSpan s = matchSpan(c.ws, *f); s.records > 0) {
        e.records = e.connections = s.records;
        e.firstSeen = s.first;
        e.lastSeen = s.last;
        e.filter = filter;
    }
    return e;
}

// The interfaces of each group, NACL and route table, by id.
struct Members {
    QHash<QString, QStringList> byGroup, byAcl;
};
Members membersOf(const Estate &e)
{
    Members m;
    for (const QString &id : sortedIds(e.enis)) {
        const Eni &n = e.enis[id];
        for (const QString &g : n.groups)
            m.byGroup[g] << id;
        if (const Subnet *s = e.subnetOf(n))
            m.byAcl[s->nacl] << id;
    }
    return m;
}

// Which sensitive ports a rule opens: all of them for "all protocols", those in range for TCP and UDP.
QList<int> sensitiveIn(const SgRule &r, const QList<int> &sensitive)
{
    QList<int> out;
    for (const int p : sensitive)
        if (r.protocol == -1 || ((r.protocol == 6 || r.protocol == 17) && p >= r.ports.from && p <= r.ports.to))
            out << p;
    return out;
}

QString portsText(const QList<int> &ports)
{
    QStringList names;
    for (const int p : ports)
        names << QStringLiteral("%1 (%2)").arg(portName(p)).arg(p);
    return names.join(QStringLiteral(", "));
}

// An interface of the group the internet reaches on one of the ports (through its public address or,
// for ::/0, its IPv6 one), by the evaluator: route, NACLs and groups as AWS applies them.
QString reachableFromInternet(const CheckContext &c, const QStringList &enis, int protocol, const QList<int> &ports, bool v6)
{
    const IpAddress outside = *(v6 ? parseIp("2001:db8::1") : parseIp("198.51.100.1"));
    for (const QString &id : enis) {
        const Eni &n = c.estate.enis[id];
        std::vector<IpAddress> targets;
        for (const IpAddress &a : v6 ? n.privateIps : n.publicIps)
            if (a.isV4() != v6)
                targets.push_back(a);
        for (const IpAddress &dst : targets)
            for (const int port : ports) {
                Packet p;
                p.src = outside;
                p.dst = dst;
                p.protocol = protocol == -1 ? 6 : protocol;
                p.dstPort = port;
                if (c.evaluator.trace(p).forward.verdict == Verdict::Accept)
                    return id;
            }
    }
    return {};
}

} // namespace

void checkAdminPorts(CheckContext &c)
{
    const Members m = membersOf(c.estate);
    for (const QString &gid : sortedIds(c.estate.securityGroups)) {
        const SecurityGroup &g = c.estate.securityGroups[gid];
        for (const SgRule &r : g.ingress) {
            const QList<int> ports = sensitiveIn(r, c.options.sensitivePorts);
            if (ports.isEmpty())
                continue;
            for (std::size_t i = 0; i < r.cidrs.size(); ++i) {
                if (!r.cidrs[i].isEverything())
                    continue;
                const QString name = r.names.value(qsizetype(i));
                const QString world = r.cidrs[i].isV4() ? QStringLiteral("0.0.0.0/0") : QStringLiteral("::/0");
                const QString reached = reachableFromInternet(c, m.byGroup.value(gid), r.protocol, ports, !r.cidrs[i].isV4());
                Finding f;
                f.check = QStringLiteral("admin-port-open");
                f.resources = {gid};
                f.rule = name;
                f.evidence = evidenceOf(c, name);
                const qint64 accepted = f.evidence.records - (c.usageByName.value(name) ? c.usageByName.value(name)->rejected : 0);
                const QString opens = QStringLiteral("%1 allows %2 from %3").arg(c.estate.displayName(gid), portsText(ports), world);
                if (!reached.isEmpty() && accepted > 0) {
                    f.severity = Severity::Error;
                    f.resources << reached;
                    f.summary = QStringLiteral("%1, the internet reaches %2 through it, and %3 records were accepted by it.").arg(opens, reached).arg(accepted);
                } else if (!reached.isEmpty()) {
                    f.severity = Severity::Warning;
                    f.resources << reached;
                    f.summary = QStringLiteral("%1 and the internet reaches %2 through it; no record used it.").arg(opens, reached);
                } else {
                    f.severity = Severity::Note;
                    f.summary = QStringLiteral("%1, but no interface of the group is reachable from the internet on those ports (route, NACL or no public address).").arg(opens);
                }
                c.findings.append(f);
            }
        }
    }
}

void checkShadowedEntries(CheckContext &c)
{
    const auto portsCover = [](const NaclEntry &a, const NaclEntry &b) {
        if (a.protocol == -1)
            return true;
        if (b.protocol == -1 || a.protocol != b.protocol)
            return false;
        if (a.protocol == 6 || a.protocol == 17)
            return a.ports.from <= b.ports.from && a.ports.to >= b.ports.to;
        if (a.protocol == 1 || a.protocol == 58)
            return (a.icmpType == -1 || a.icmpType == b.icmpType) && (a.icmpCode == -1 || a.icmpCode == b.icmpCode);
        return true;
    };
    for (const QString &aid : sortedIds(c.estate.nacls)) {
        const NetworkAcl &acl = c.estate.nacls[aid];
        for (const auto *entries : {&acl.ingress, &acl.egress})
            for (std::size_t j = 0; j < entries->size(); ++j) {
                const NaclEntry &later = (*entries)[j];
                if (later.ruleNumber >= 32767 || !later.cidr)
                    continue;
                for (std::size_t i = 0; i < j; ++i) {
                    const NaclEntry &earlier = (*entries)[i];
                    if (!earlier.cidr || !covers(*earlier.cidr, *later.cidr) || !portsCover(earlier, later))
                        continue;
                    Finding f;
                    f.check = QStringLiteral("nacl-shadowed-entry");
                    f.severity = earlier.allow != later.allow ? Severity::Warning : Severity::Note;
                    f.resources = {aid};
                    f.rule = later.name;
                    f.summary = QStringLiteral("%1 (%2) never decides: %3 (%4) matches everything it matches%5.")
                                    .arg(later.name, later.text, earlier.name, earlier.text,
                                         earlier.allow != later.allow ? QStringLiteral(" and does the opposite") : QString());
                    c.findings.append(f);
                    break;
                }
            }
    }
}

void checkRedundantRules(CheckContext &c)
{
    // One peer of one rule: what it matches.
    struct Peer {
        const SgRule *rule;
        QString name, prefixList, group;
        std::optional<IpCidr> cidr;
    };
    const auto matchesAll = [](const Peer &a, const Peer &b) { // a matches every packet b matches
        const SgRule &x = *a.rule, &y = *b.rule;
        if (x.protocol != -1) {
            if (y.protocol != x.protocol)
                return false;
            if ((x.protocol == 6 || x.protocol == 17) && (x.ports.from > y.ports.from || x.ports.to < y.ports.to))
                return false;
            if ((x.protocol == 1 || x.protocol == 58) && x.ports.from != -1 && (x.ports.from != y.ports.from || (x.ports.to != -1 && x.ports.to != y.ports.to)))
                return false;
        }
        if (a.cidr && b.cidr)
            return covers(*a.cidr, *b.cidr);
        return (!a.prefixList.isEmpty() && a.prefixList == b.prefixList) || (!a.group.isEmpty() && a.group == b.group);
    };
    for (const QString &gid : sortedIds(c.estate.securityGroups)) {
        const SecurityGroup &g = c.estate.securityGroups[gid];
        for (const auto *rules : {&g.ingress, &g.egress}) {
            std::vector<Peer> peers;
            for (const SgRule &r : *rules) {
                qsizetype k = 0;
                for (const IpCidr &cidr : r.cidrs)
                    peers.push_back({&r, r.names.value(k++), {}, {}, cidr});
                for (const QString &pl : r.prefixLists)
                    peers.push_back({&r, r.names.value(k++), pl, {}, {}});
                for (const QString &ref : r.groups)
                    peers.push_back({&r, r.names.value(k++), {}, ref, {}});
            }
            for (std::size_t j = 0; j < peers.size(); ++j)
                for (std::size_t i = 0; i < peers.size(); ++i) {
                    // The later of two identical peers is the redundant one, never both.
                    if (i == j || !matchesAll(peers[i], peers[j]) || (matchesAll(peers[j], peers[i]) && i > j))
                        continue;
                    Finding f;
                    f.check = QStringLiteral("sg-redundant-rule");
                    f.severity = Severity::Note;
                    f.resources = {gid};
                    f.rule = peers[j].name;
                    f.summary = QStringLiteral("%1 adds nothing to %2: %3 allows all it allows.").arg(peers[j].name, c.estate.displayName(gid), peers[i].name);
                    f.evidence = evidenceOf(c, peers[j].name);
                    c.findings.append(f);
                    break;
                }
        }
    }
}

void checkUnused(CheckContext &c)
{
    QHash<QString, int> used, listed; // group -> rules with records, rules
    for (const RuleUsage &u : std::as_const(c.usage)) {
        if (u.kind == RuleKind::SecurityGroupRule) {
            ++listed[u.resource];
            used[u.resource] += u.records > 0;
        }
        if (!u.configured || QLatin1String(usageState(u)) != QLatin1String("unused"))
            continue;
        if (u.kind == RuleKind::NaclEntry && u.name.endsWith(QLatin1String(" *")))
            continue; // the default deny refusing nothing is how it should be
        if (u.kind != RuleKind::SecurityGroupRule && u.kind != RuleKind::NaclEntry)
            continue;
        Finding f;
        f.check = u.kind == RuleKind::SecurityGroupRule ? QStringLiteral("sg-rule-unused") : QStringLiteral("nacl-entry-unused");
        f.severity = Severity::Note;
        f.resources = {u.resource};
        f.rule = u.name;
        f.summary = QStringLiteral("%1 decided no record, and all %2 interface(s) it applies to were logging all traffic and fully explained.")
                        .arg(u.name)
                        .arg(u.interfaces);
        c.findings.append(f);
    }
    const Members m = membersOf(c.estate);
    for (const QString &gid : sortedIds(c.estate.securityGroups)) {
        const SecurityGroup &g = c.estate.securityGroups[gid];
        if (m.byGroup.value(gid).isEmpty()) {
            Finding f;
            f.check = QStringLiteral("sg-unused");
            f.severity = Severity::Note;
            f.resources = {gid};
            f.summary = QStringLiteral("%1 is attached to no interface.").arg(c.estate.displayName(gid));
            c.findings.append(f);
            continue;
        }
        // Used by nothing: every rule unused (which already says each interface was logging).
        bool allUnused = listed.value(gid) > 0;
        for (const RuleUsage &u : std::as_const(c.usage))
            if (u.kind == RuleKind::SecurityGroupRule && u.resource == gid && QLatin1String(usageState(u)) != QLatin1String("unused"))
                allUnused = false;
        if (allUnused && !g.ingress.empty()) {
            Finding f;
            f.check = QStringLiteral("sg-unused");
            f.severity = Severity::Note;
            f.resources = {gid};
            f.summary = QStringLiteral("No rule of %1 decided a record on its %2 interface(s), all of them logging.")
                            .arg(c.estate.displayName(gid))
                            .arg(m.byGroup.value(gid).size());
            c.findings.append(f);
        }
    }
}

void checkStaleReferences(CheckContext &c)
{
    for (const QString &gid : sortedIds(c.estate.securityGroups)) {
        const SecurityGroup &g = c.estate.securityGroups[gid];
        for (const auto *rules : {&g.ingress, &g.egress})
            for (const SgRule &r : *rules)
                for (qsizetype k = 0; k < r.groups.size(); ++k) {
                    if (c.estate.securityGroups.contains(r.groups[k]))
                        continue;
                    Finding f;
                    f.check = QStringLiteral("sg-stale-reference");
                    f.severity = Severity::Warning;
                    f.resources = {gid, r.groups[k]};
                    f.rule = r.names.value(qsizetype(r.cidrs.size()) + r.prefixLists.size() + k);
                    f.summary = QStringLiteral("%1 refers to %2, which is not in the snapshot (deleted, or in an account not exported).")
                                    .arg(c.estate.displayName(gid), r.groups[k]);
                    c.findings.append(f);
                }
    }
    for (const QString &tid : sortedIds(c.estate.routeTables))
        for (const Route &r : c.estate.routeTables[tid].routes) {
            QString why;
            const RouteTarget target = routeTargetOf(r.target);
            if (r.blackhole)
                why = QStringLiteral("its target %1 is gone (blackhole)").arg(r.target);
            else if (target == RouteTarget::NatGateway && !c.estate.natGateways.contains(r.target))
                why = QStringLiteral("NAT gateway %1 is not in the snapshot").arg(r.target);
            else if (target == RouteTarget::NatGateway && !c.estate.natGateways.value(r.target).available)
                why = QStringLiteral("NAT gateway %1 is not available").arg(r.target);
            else if (target == RouteTarget::Peering && !c.estate.peerings.value(r.target).active)
                why = QStringLiteral("peering %1 is not active or not in the snapshot").arg(r.target);
            if (why.isEmpty())
                continue;
            Finding f;
            f.check = QStringLiteral("route-blackhole");
            f.severity = Severity::Warning;
            f.resources = {tid, r.target};
            f.rule = r.name;
            f.summary = QStringLiteral("%1 drops what it carries: %2.").arg(r.name, why);
            f.evidence = evidenceOf(c, r.name);
            c.findings.append(f);
        }
}

void checkDefaultGroups(CheckContext &c)
{
    const Members m = membersOf(c.estate);
    for (const QString &gid : sortedIds(c.estate.securityGroups)) {
        const SecurityGroup &g = c.estate.securityGroups[gid];
        if (g.name != QLatin1String("default") || (g.ingress.empty() && g.egress.empty()) || m.byGroup.value(gid).isEmpty())
            continue;
        Finding f;
        f.check = QStringLiteral("default-sg-in-use");
        f.severity = Severity::Warning;
        f.resources = QStringList{gid} + m.byGroup.value(gid);
        f.summary = QStringLiteral("The default group %1 of %2 has rules and %3 interface(s) use it; the default group should allow nothing "
                                   "(AWS Config vpc-default-security-group-closed).")
                        .arg(gid, g.vpcId)
                        .arg(m.byGroup.value(gid).size());
        c.findings.append(f);
    }
}

// The quotas are AWS's defaults (topology/quotas.h).
void checkQuotas(CheckContext &c)
{
    const auto measure = [&](const QString &what, qsizetype used, int limit, const QStringList &resources) {
        if (used * 5 < qsizetype(limit) * 4) // below 80 %
            return;
        Finding f;
        f.check = QStringLiteral("quota");
        f.severity = used >= limit ? Severity::Warning : Severity::Note;
        f.resources = resources;
        f.summary = QStringLiteral("%1: %2 of the default quota of %3.").arg(what).arg(used).arg(limit);
        c.findings.append(f);
    };
    for (const QString &gid : sortedIds(c.estate.securityGroups)) {
        const SecurityGroup &g = c.estate.securityGroups[gid];
        for (const bool egress : {false, true}) {
            qsizetype n = 0;
            for (const SgRule &r : egress ? g.egress : g.ingress)
                n += r.names.size();
            measure(QStringLiteral("%1 rules of %2").arg(egress ? QStringLiteral("Outbound") : QStringLiteral("Inbound"), c.estate.displayName(gid)), n, quota::kRulesPerGroup, {gid});
        }
    }
    for (const QString &id : sortedIds(c.estate.enis))
        measure(QStringLiteral("Security groups on %1").arg(id), c.estate.enis[id].groups.size(), quota::kGroupsPerInterface, {id});
    for (const QString &aid : sortedIds(c.estate.nacls)) {
        const NetworkAcl &acl = c.estate.nacls[aid];
        for (const bool egress : {false, true}) {
            const auto &entries = egress ? acl.egress : acl.ingress;
            const qsizetype n = std::count_if(entries.begin(), entries.end(), [](const NaclEntry &e) { return e.ruleNumber < 32767; });
            measure(QStringLiteral("%1 entries of %2").arg(egress ? QStringLiteral("Outbound") : QStringLiteral("Inbound"), c.estate.displayName(aid)), n, quota::kNaclEntries, {aid});
        }
    }
    QHash<QString, QStringList> vpcsPerRegion;
    for (const ResourceSummary &v : c.ws.resources(QStringLiteral("vpc")))
        vpcsPerRegion[v.account + QLatin1Char(' ') + v.region] << v.id;
    for (const QString &id : sortedIds(c.estate.vpcs))
        measure(QStringLiteral("IPv4 CIDR blocks of %1").arg(c.estate.displayName(id)), qsizetype(c.estate.vpcs[id].cidrs.size()), quota::kIpv4BlocksPerVpc, {id});
    for (const QString &scope : sortedIds(vpcsPerRegion))
        measure(QStringLiteral("VPCs in account and region %1").arg(scope), vpcsPerRegion[scope].size(), quota::kVpcsPerRegion, vpcsPerRegion[scope]);
}

// An interface endpoint with private DNS answers the service's public name with its own private
// addresses only when its VPC has both enableDnsSupport and enableDnsHostnames (describe-vpc-attribute);
// with either off, clients resolve the public name and leave through the internet or NAT path, or
// fail. A VPC whose attributes were not exported is not judged.
void checkEndpointDns(CheckContext &c)
{
    for (const ResourceSummary &r : c.ws.resources(QStringLiteral("vpc-endpoint"))) {
        const QJsonObject o = QJsonDocument::fromJson(c.ws.rawJson(QStringLiteral("vpc-endpoint"), r.id)).object();
        if (o.value(QLatin1String("VpcEndpointType")).toString() != QLatin1String("Interface") || !o.value(QLatin1String("PrivateDnsEnabled")).toBool())
            continue;
        const QString vpcId = o.value(QLatin1String("VpcId")).toString();
        const auto vpc = c.estate.vpcs.constFind(vpcId);
        if (vpc == c.estate.vpcs.cend())
            continue;
        QStringList off;
        if (vpc->dnsSupport == false)
            off << QStringLiteral("enableDnsSupport");
        if (vpc->dnsHostnames == false)
            off << QStringLiteral("enableDnsHostnames");
        if (off.isEmpty())
            continue;
        Finding f;
        f.check = QStringLiteral("endpoint-private-dns");
        f.severity = Severity::Warning;
        f.resources = {r.id, vpcId};
        f.summary = QStringLiteral("The interface endpoint %1 (%2) has private DNS enabled, but %3 has %4 off: private DNS needs both "
                                   "enableDnsSupport and enableDnsHostnames, so clients resolve the service's public addresses instead.")
                        .arg(r.id, o.value(QLatin1String("ServiceName")).toString(), c.estate.displayName(vpcId), off.join(QStringLiteral(" and ")));
        c.findings.append(f);
    }
}

// A NACL is stateless: a request it lets in needs its reply let out (to the client's ephemeral port,
// 1024-65535; for an echo request, an echo reply), and the other way round.
void checkEphemeralReturn(CheckContext &c)
{
    QSet<QString> associated;
    for (const Subnet &s : c.estate.subnets)
        associated.insert(s.nacl);
    for (const QString &aid : sortedIds(c.estate.nacls)) {
        if (!associated.contains(aid))
            continue;
        const NetworkAcl &acl = c.estate.nacls[aid];
        QSet<QString> reported; // one finding per refusing entry and direction
        for (const bool egress : {false, true})
            for (const NaclEntry &e : egress ? acl.egress : acl.ingress) {
                if (!e.allow || !e.cidr || e.ruleNumber >= 32767)
                    continue;
                const bool service = e.protocol == 6 && e.ports.to < 1024;
                const bool echo = (e.protocol == 1 && (e.icmpType == 8 || e.icmpType == -1));
                if (!service && !echo)
                    continue;
                const IpAddress client = e.cidr->network;
                const NaclEntry *back = echo ? decidingNaclEntry(acl, !egress, client, 1, -1, 0, 0)
                                             : decidingNaclEntry(acl, !egress, client, 6, 49152, -1, -1);
                if (back && back->allow)
                    continue;
                const QString refusing = back ? back->name : naclEntryName(aid, !egress, 32767);
                if (reported.contains(refusing + e.name))
                    continue;
                reported.insert(refusing + e.name);
                Finding f;
                f.check = QStringLiteral("nacl-no-ephemeral-return");
                f.severity = Severity::Warning;
                f.resources = {aid};
                f.rule = refusing;
                f.summary = echo ? QStringLiteral("%1 lets echo requests %2, but %3 refuses the echo replies.").arg(e.name, egress ? QStringLiteral("out") : QStringLiteral("in"), refusing)
                                 : QStringLiteral("%1 lets %2 requests %3, but %4 refuses their replies to the clients' ephemeral ports (1024-65535).")
                                       .arg(e.name, e.text, egress ? QStringLiteral("out") : QStringLiteral("in"), refusing);
                if (echo) {
                    // The echo replies refused on their way back: ICMP the subnets' interfaces logged
                    // refused, sent by them (requests let in) or to them (requests let out).
                    QStringList sides;
                    for (const Subnet &s : c.estate.subnets)
                        if (s.nacl == aid && s.cidr.prefix > 0)
                            sides << QStringLiteral("(subnet == %1 and %2 in %3)")
                                         .arg(s.id, egress ? QStringLiteral("dstaddr") : QStringLiteral("srcaddr"), QStringLiteral("%1/%2").arg(formatIpv4(s.cidr.network)).arg(s.cidr.prefix));
                    sides.sort(); // the estate's subnets are a hash: the same filter on every run
                    if (!sides.isEmpty())
                        f.evidence = evidenceOfRecords(c, QStringLiteral("protocol == icmp and action == REJECT and (%1)").arg(sides.join(QStringLiteral(" or "))));
                } else {
                    f.evidence = evidenceOf(c, refusing, true);
                }
                c.findings.append(f);
            }
    }
}

QList<int> defaultSensitivePorts()
{
    return {20, 21, 22, 23, 135, 139, 445, 1433, 1521, 2375, 2376, 3306, 3389, 5432, 5601, 5900, 6379, 9200, 9300, 11211, 27017};
}

QString portName(int port)
{
    static const QHash<int, const char *> names{{20, "ftp-data"}, {21, "ftp"}, {22, "ssh"}, {23, "telnet"}, {135, "msrpc"}, {139, "netbios"},
                                                {445, "smb"}, {1433, "mssql"}, {1521, "oracle"}, {2375, "docker"}, {2376, "docker-tls"},
                                                {3306, "mysql"}, {3389, "rdp"}, {5432, "postgresql"}, {5601, "kibana"}, {5900, "vnc"},
                                                {6379, "redis"}, {9200, "elasticsearch"}, {9300, "elasticsearch"}, {11211, "memcached"},
                                                {27017, "mongodb"}};
    const char *name = names.value(port);
    return name ? QLatin1String(name) : QString::number(port);
}

} // namespace vpclens
