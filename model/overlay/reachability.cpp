// SPDX-License-Identifier: GPL-3.0-or-later
// Configured reachability for the graph: what each security group's inbound rules allow, between
// visible nodes, with one representative packet per pair traced through NACLs and routes.
#include "base/protocols.h"
#include "graph/topologygraph.h"
#include "overlay/trafficoverlay.h"
#include "topology/estate.h"
#include "trace/ruletrace.h"

#include <QCoreApplication>
#include <QSet>

#include <map>
#include <tuple>
#include <set>

namespace vpclens {
namespace {

constexpr std::uint32_t kInternetProbe = 0xC6336419; // 198.51.100.25 (TEST-NET-2), a stand-in Internet client

struct Candidate {
    IpAddress src, dst;
    int protocol = 6, port = 0;
};

} // namespace

QList<OverlayEdge> configuredReachability(const Estate &estate, const QHash<QString, QString> &nodeFor, int limit)
{
    RuleEvaluator evaluator(estate);
    // Visible node -> one ENI standing for it, with its address, per security group it carries.
    std::map<std::pair<QString, QString>, std::map<QString, Candidate>> pairs; // (from, to) -> ports text -> probe
    QHash<QString, QList<const Eni *>> membersOf;
    for (const Eni &n : estate.enis)
        for (const QString &g : n.groups)
            membersOf[g].append(&n);
    int count = 0;
    for (const SecurityGroup &sg : estate.securityGroups) {
        const QList<const Eni *> targets = membersOf.value(sg.id);
        if (targets.isEmpty())
            continue;
        for (const SgRule &rule : sg.ingress) {
            const int protocol = rule.protocol == -1 ? 6 : rule.protocol;
            const int port = rule.protocol == -1 ? 443 : (protocol == 1 || protocol == 58) ? 0 : rule.ports.from;
            QString ports = rule.protocol == -1 ? QStringLiteral("all") : protocolShortName(rule.protocol);
            if (rule.protocol == 6 || rule.protocol == 17)
                ports += rule.ports.from == rule.ports.to ? QStringLiteral("/%1").arg(rule.ports.from)
                                                          : QStringLiteral("/%1-%2").arg(rule.ports.from).arg(rule.ports.to);
            // Sources: members of referenced groups, subnets inside the CIDRs, the Internet for public CIDRs.
            // A CIDR opens the estate's own interfaces inside it too (0.0.0.0/0 all of them), not only
            // the Internet. One interface per visible node stands for it.
            QList<QPair<QString, IpAddress>> sources; // IPv4 probes: one representative packet per pair
            QSet<QString> sourceNodes;
            auto addSource = [&](const QString &node, const IpAddress &address) {
                if (!node.isEmpty() && !sourceNodes.contains(node)) {
                    sourceNodes.insert(node);
                    sources.append({node, address});
                }
            };
            for (const QString &g : rule.groups)
                for (const Eni *n : membersOf.value(g))
                    if (!n->privateIps.empty() && n->privateIps.front().isV4())
                        addSource(nodeFor.value(n->id), n->privateIps.front());
            for (const IpCidr &c : rule.cidrs) {
                if (!c.isV4())
                    continue;
                if (c.familyPrefix() == 0 || !isPrivateIp(c.network))
                    addSource(QLatin1String(kInternetNode), kInternetProbe);
                for (const Eni &n : estate.enis)
                    if (!n.privateIps.empty() && n.privateIps.front().isV4() && c.contains(n.privateIps.front()))
                        addSource(nodeFor.value(n.id), n.privateIps.front());
            }
            for (const Eni *t : targets) {
                if (t->privateIps.empty() || !t->privateIps.front().isV4())
                    continue;
                const QString to = nodeFor.value(t->id);
                for (const auto &[from, address] : sources) {
                    if (from.isEmpty() || to.isEmpty() || from == to)
                        continue;
                    const bool internet = from == QLatin1String(kInternetNode);
                    if (internet && t->publicIps.empty())
                        continue; // nothing on the Internet can address it
                    auto &byPorts = pairs[{from, to}];
                    if (byPorts.size() >= 4 || byPorts.count(ports))
                        continue;
                    if (++count > limit)
                        break;
                    byPorts[ports] = Candidate{address, internet ? t->publicIps.front() : t->privateIps.front(), protocol, port};
                }
            }
        }
    }
    QList<OverlayEdge> out;
    for (const auto &[key, byPorts] : pairs) {
        OverlayEdge e;
        e.from = key.first;
        e.to = key.second;
        e.configured = true;
        QStringList allowed, blocked;
        for (const auto &[ports, c] : byPorts) {
            Packet p;
            p.src = c.src;
            p.dst = c.dst;
            p.protocol = c.protocol;
            p.dstPort = c.port;
            if (c.protocol == 1)
                p.icmpType = 8, p.icmpCode = 0;
            const Trace t = evaluator.trace(p);
            // UNKNOWN (a route table not exported) is no proof of a block: never drawn as one.
            const auto passes = [](Verdict v) { return v == Verdict::Accept || v == Verdict::Unknown; };
            const bool ok = passes(t.forward.verdict) && (!t.reply || passes(t.reply->verdict));
            (ok ? allowed : blocked).append(ports);
        }
        // Allowed by a group but blocked on the path (a NACL, a route): dashed red when nothing passes;
        // beside what passes otherwise, never left out.
        e.blocked = allowed.isEmpty();
        e.ports = (allowed.isEmpty() ? blocked : allowed).join(QStringLiteral(", "));
        if (!allowed.isEmpty() && !blocked.isEmpty())
            e.ports += QCoreApplication::translate("vpclens::Reachability", "; blocked on the path: %1").arg(blocked.join(QStringLiteral(", ")));
        out.append(e);
    }
    return out;
}

QList<OverlayEdge> comparedReachability(const Estate &older, const Estate &newer, const QHash<QString, QString> &nodeFor)
{
    using Key = std::tuple<QString, QString, QString>; // from, to, ports
    auto reachable = [&nodeFor](const Estate &estate) {
        std::map<Key, OverlayEdge> out;
        for (const OverlayEdge &e : configuredReachability(estate, nodeFor))
            if (!e.blocked)
                out.emplace(Key{e.from, e.to, e.ports}, e);
        return out;
    };
    const auto before = reachable(older), after = reachable(newer);
    QList<OverlayEdge> out;
    for (const auto &[key, e] : after)
        if (!before.count(key)) {
            out.append(e);
            out.last().compared = 1;
        }
    for (const auto &[key, e] : before)
        if (!after.count(key)) {
            out.append(e);
            out.last().compared = -1;
        }
    return out;
}

} // namespace vpclens
