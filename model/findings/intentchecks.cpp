// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst's intents (a checks file): segments that must not reach each other, and the only
// subnets the internet may reach, checked over every pair of interfaces with the rule evaluator;
// each violation with the trace that lets it through and whether records used the path.
#include "findings/checks.h"

#include "query/flowfilter.h"
#include "query/flowsearch.h"
#include "topology/estate.h"
#include "trace/ruletrace.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace vpclens {
namespace {

constexpr int kMaxPairs = 20000; // interface pairs checked per intent; more are named as not checked

// The interfaces a segment holds: listed by id (VPC, subnet, interface, group) or by address block.
QStringList members(const Estate &e, const QStringList &spec)
{
    QList<IpCidr> blocks;
    for (const QString &s : spec) {
        const QByteArray b = s.toLatin1();
        if (const auto c = parseIpCidr(std::string_view(b.constData(), std::size_t(b.size()))))
            blocks << *c;
    }
    QStringList out;
    for (auto it = e.enis.cbegin(); it != e.enis.cend(); ++it) {
        const Eni &n = *it;
        bool in = spec.contains(n.id) || spec.contains(n.subnetId) || spec.contains(n.vpcId);
        for (const QString &g : n.groups)
            in = in || spec.contains(g);
        for (const IpCidr &c : blocks)
            for (const IpAddress &a : n.privateIps)
                in = in || c.contains(a);
        if (in)
            out << n.id;
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The ports a packet to the interface could use: the first port of each range its groups open
// inbound (TCP and UDP), or 443 for a group open to every protocol.
QList<QPair<int, int>> openPorts(const Estate &e, const Eni &n)
{
    QList<QPair<int, int>> out; // protocol, port
    for (const QString &gid : n.groups) {
        const auto g = e.securityGroups.constFind(gid);
        if (g == e.securityGroups.cend())
            continue;
        for (const SgRule &r : g->ingress) {
            const QPair<int, int> p = r.protocol == -1 ? qMakePair(6, 443) : qMakePair(r.protocol, std::max(r.ports.from, 0));
            if ((p.first == 6 || p.first == 17) && !out.contains(p))
                out << p;
        }
    }
    return out;
}

Evidence usedPath(const CheckContext &c, const QString &from, const QString &to, int port)
{
    Evidence e;
    e.filter = QStringLiteral("srcaddr == %1 and dstaddr == %2 and dstport == %3 and action == ACCEPT").arg(from, to).arg(port);
    const auto compiled = compileFilter(e.filter, {&c.ws, &c.estate});
    if (const auto *f = std::get_if<CompiledFilter>(&compiled)) {
        e.records = e.connections = countFlows(c.ws, *f);
        const QList<FlowRecord> first = fetchFlows(c.ws, *f, FlowKey::first(), 1);
        const QList<FlowRecord> last = fetchFlowsBefore(c.ws, *f, FlowKey::last(), 1);
        e.firstSeen = first.isEmpty() ? 0 : first.first().start;
        e.lastSeen = last.isEmpty() ? 0 : last.first().start;
    }
    return e;
}

} // namespace

void checkSegments(CheckContext &c)
{
    for (const auto &[fromName, toName] : c.options.mustNotReach) {
        const QStringList from = members(c.estate, c.options.segments.value(fromName));
        const QStringList to = members(c.estate, c.options.segments.value(toName));
        qsizetype pairs = 0;
        for (const QString &a : from)
            for (const QString &b : to) {
                if (a == b || ++pairs > kMaxPairs)
                    continue;
                const Eni &src = c.estate.enis[a];
                const Eni &dst = c.estate.enis[b];
                if (src.privateIps.empty() || dst.privateIps.empty())
                    continue;
                for (const auto &[protocol, port] : openPorts(c.estate, dst)) {
                    Packet p;
                    p.src = src.privateIps.front();
                    p.dst = dst.privateIps.front();
                    p.protocol = protocol;
                    p.dstPort = port;
                    const Trace t = c.evaluator.trace(p);
                    if (t.forward.verdict != Verdict::Accept)
                        continue;
                    Finding f;
                    f.check = QStringLiteral("intent-segment-reach");
                    f.severity = Severity::Error;
                    f.resources = {a, b};
                    const QString fromAddress = formatIp(p.src), toAddress = formatIp(p.dst);
                    f.evidence = usedPath(c, fromAddress, toAddress, port);
                    for (const Hop &h : t.forward.hops)
                        if (h.kind == HopKind::SgIngress && !h.ruleName.isEmpty())
                            f.rule = h.ruleName;
                    f.summary = QStringLiteral("%1 (%2, segment %3) reaches %4 (%5, segment %6) on %7 %8, which the intent forbids%9.")
                                    .arg(a, fromAddress, fromName, b, toAddress, toName, protocol == 17 ? QStringLiteral("udp") : QStringLiteral("tcp"))
                                    .arg(port)
                                    .arg(f.evidence.records ? QStringLiteral("; %1 records used the path").arg(f.evidence.records)
                                                            : QStringLiteral("; no record used the path"));
                    c.findings.append(f);
                    break; // one port proves it
                }
            }
        if (pairs > kMaxPairs) {
            Finding f;
            f.check = QStringLiteral("intent-segment-reach");
            f.severity = Severity::Note;
            f.summary = QStringLiteral("Only the first %1 of %2 interface pairs from %3 to %4 were checked.").arg(kMaxPairs).arg(pairs).arg(fromName, toName);
            c.findings.append(f);
        }
    }
}

void checkInternetFacing(CheckContext &c)
{
    if (!c.options.internetFacing)
        return;
    const IpAddress outside = *parseIp("198.51.100.1");
    for (const QString &id : sortedIds(c.estate.enis)) {
        const Eni &n = c.estate.enis[id];
        if (c.options.internetFacing->contains(n.subnetId) || n.publicIps.empty())
            continue;
        for (const auto &[protocol, port] : openPorts(c.estate, n)) {
            Packet p;
            p.src = outside;
            p.dst = n.publicIps.front();
            p.protocol = protocol;
            p.dstPort = port;
            if (c.evaluator.trace(p).forward.verdict != Verdict::Accept)
                continue;
            Finding f;
            f.check = QStringLiteral("intent-internet-facing");
            f.severity = Severity::Error;
            f.resources = {id, n.subnetId};
            f.summary = QStringLiteral("The internet reaches %1 (%2) in %3 on %4 %5, a subnet the intent does not list as internet-facing.")
                            .arg(id, formatIp(p.dst), c.estate.displayName(n.subnetId), protocol == 17 ? QStringLiteral("udp") : QStringLiteral("tcp"))
                            .arg(port);
            f.evidence.filter = QStringLiteral("eni == %1 and dstport == %2 and action == ACCEPT and not srcaddr in {10.0.0.0/8, 172.16.0.0/12, "
                                               "192.168.0.0/16, 100.64.0.0/10}")
                                    .arg(id)
                                    .arg(port);
            c.findings.append(f);
            break;
        }
    }
}

} // namespace vpclens
