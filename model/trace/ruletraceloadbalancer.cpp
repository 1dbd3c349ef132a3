// SPDX-License-Identifier: GPL-3.0-or-later
// The rule evaluator through network load balancers: only listener ports answer (never ICMP); the
// listener forwards to its target groups' targets in the balancer node's own Availability Zone
// (cross-zone load balancing is off by default), healthy ones first and all of them when none is
// healthy (the balancer fails open). Instance targets see the client's address, IP targets the
// balancer's (over TCP); a target that is its own client through the balancer times out; the packet crosses the balancer subnet's and the target subnet's network ACLs and
// meets the target's security groups, and the reply goes back through the balancer.
#include "base/protocols.h"
#include "trace/ruletrace.h"
#include "trace/ruletracehelpers.h"

namespace vpclens {
using detail::icmpReplyType;
using detail::isIcmp;
using detail::makeHop;

namespace {

void deny(PathTrace &path)
{
    path.verdict = Verdict::Reject;
    path.decidingHop = int(path.hops.size()) - 1;
}

} // namespace

bool RuleEvaluator::loadBalancerHops(PathTrace &path, const Packet &p, const Eni &balancer, const IpAddress &seenSource) const
{
    // The balancer's interfaces are described "ELB net/<name>/<id>", the key its listeners are kept under.
    const QString key = balancer.description.startsWith(QLatin1String("ELB ")) ? balancer.description.mid(4) : QString();
    const QList<LbListener> listeners = m_estate.lbListeners.value(key);
    const auto listener = std::find_if(listeners.begin(), listeners.end(), [&](const LbListener &l) {
        return l.protocol == p.protocol && l.port == p.dstPort;
    });
    const bool open = listener != listeners.end();
    path.hops.push_back(makeHop(HopKind::LbListener, key, open ? QStringLiteral("%1/%2").arg(protocolShortName(p.protocol)).arg(p.dstPort) : QStringLiteral("no listener"),
                                open ? QStringLiteral("allow") : QStringLiteral("deny")));
    if (!open) {
        deny(path);
        return false;
    }
    // Balancers created with security groups filter like an interface; older ones have none.
    if (!sgHop(path, balancer, true, seenSource, p.protocol, p.dstPort, p.icmpType, p.icmpCode))
        return false;
    return forwardToTarget(path, p, balancer, seenSource, *listener, key);
}

bool RuleEvaluator::forwardToTarget(PathTrace &path, const Packet &p, const Eni &balancer, const IpAddress &seenSource,
                                    const LbListener &listener, const QString &balancerKey) const
{
    struct Candidate {
        const TargetGroup *group;
        const LbTarget *target;
        const Eni *eni;
        IpAddress address;
    };
    const Subnet *balancerSubnet = m_estate.subnetOf(balancer);
    std::vector<Candidate> all;
    bool healthKnown = false;
    for (const QString &arn : listener.targetGroups) {
        const auto g = m_estate.targetGroups.constFind(arn);
        if (g == m_estate.targetGroups.cend() || !g->healthKnown)
            continue;
        healthKnown = true;
        for (const LbTarget &t : g->targets) {
            const Eni *eni = nullptr;
            IpAddress address;
            if (g->type == QLatin1String("ip")) {
                const QByteArray text = t.id.toLatin1();
                const auto a = parseIp(std::string_view(text.constData(), std::size_t(text.size())));
                if (auto it = a ? m_estate.privateOwner.constFind(*a) : m_estate.privateOwner.cend(); it != m_estate.privateOwner.cend()) {
                    eni = &*m_estate.enis.constFind(*it);
                    address = *a;
                }
            } else if (auto it = m_estate.enis.constFind(m_estate.instanceEni.value(t.id)); it != m_estate.enis.cend() && !it->privateIps.empty()) {
                eni = &*it;
                address = it->privateIps.front();
            }
            const Subnet *ts = eni ? m_estate.subnetOf(*eni) : nullptr;
            if (!ts || (balancerSubnet && ts->az != balancerSubnet->az))
                continue;
            all.push_back({&*g, &t, eni, address});
        }
    }
    if (!healthKnown)
        return true; // targets not exported: the listener is as far as the snapshot tells
    std::vector<Candidate> picked;
    for (const Candidate &c : all)
        if (c.target->state == QLatin1String("healthy"))
            picked.push_back(c);
    if (picked.empty())
        for (const Candidate &c : all)
            if (c.target->state != QLatin1String("unused"))
                picked.push_back(c);
    if (picked.empty()) {
        path.hops.push_back(makeHop(HopKind::LbTarget, balancerKey, QStringLiteral("no target"), QStringLiteral("deny"), {},
                                    QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "no registered target in the balancer's Availability Zone"))));
        deny(path);
        return false;
    }
    PathTrace firstRefusal;
    for (const Candidate &c : picked) {
        PathTrace leg;
        // Client IP preservation: on for instance targets, and for IP targets only over UDP.
        const bool preserved = c.group->type != QLatin1String("ip") || p.protocol == 17;
        const IpAddress saw = !preserved && !balancer.privateIps.empty() ? balancer.privateIps.front() : seenSource;
        const int port = c.target->port;
        const QString rule = QStringLiteral("%1/%2").arg(protocolShortName(p.protocol)).arg(port);
        const QString state = c.target->state.isEmpty() ? QStringLiteral("?") : c.target->state;
        if (saw == c.address) {
            // A target reaching itself through its own balancer: the packet arrives from its own
            // address, the host drops it, and the connection times out (no hairpinning).
            leg.hops.push_back(makeHop(HopKind::LbTarget, c.target->id, rule, QStringLiteral("no_route"), c.eni->id,
                                       QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the client is this target: with its address preserved the packet comes back to itself"))));
            leg.verdict = Verdict::NoRoute;
            leg.decidingHop = 0;
            if (firstRefusal.hops.empty())
                firstRefusal = leg;
            continue;
        }
        leg.hops.push_back(makeHop(HopKind::LbTarget, c.target->id, rule, QStringLiteral("allow"), c.eni->id,
                                   QStringLiteral("target group %1 (%2)").arg(c.group->name, state)));
        const Subnet *ts = m_estate.subnetOf(*c.eni);
        const bool crosses = balancerSubnet && ts->id != balancerSubnet->id;
        const bool ok = (!crosses
                         || (naclHop(leg, *balancerSubnet, true, c.address, p.protocol, port, p.icmpType, p.icmpCode)
                             && naclHop(leg, *ts, false, saw, p.protocol, port, p.icmpType, p.icmpCode)))
                        && sgHop(leg, *c.eni, true, saw, p.protocol, port, p.icmpType, p.icmpCode);
        if (ok) {
            path.hops.insert(path.hops.end(), leg.hops.begin(), leg.hops.end());
            path.lbTargetEni = c.eni->id;
            path.lbTargetSaw = saw;
            return true;
        }
        if (firstRefusal.hops.empty())
            firstRefusal = leg;
    }
    const int offset = int(path.hops.size());
    path.hops.insert(path.hops.end(), firstRefusal.hops.begin(), firstRefusal.hops.end());
    path.verdict = firstRefusal.verdict;
    path.decidingHop = offset + firstRefusal.decidingHop;
    return false;
}

void RuleEvaluator::targetReplyHops(PathTrace &reply, const Packet &p, const PathTrace &forward, const Subnet *balancerSubnet) const
{
    const auto target = m_estate.enis.constFind(forward.lbTargetEni);
    if (target == m_estate.enis.cend())
        return;
    const int type = icmpReplyType(p.protocol, p.icmpType).value_or(-1);
    const int code = isIcmp(p.protocol) ? 0 : -1;
    reply.hops.push_back(makeHop(HopKind::SgEgress, target->groups.join(QLatin1Char(',')), QStringLiteral("stateful"), QStringLiteral("allow")));
    const Subnet *ts = m_estate.subnetOf(*target);
    if (ts && balancerSubnet && ts->id != balancerSubnet->id && !target->privateIps.empty()) {
        if (naclHop(reply, *ts, true, forward.lbTargetSaw, p.protocol, p.srcPort, type, code))
            naclHop(reply, *balancerSubnet, false, target->privateIps.front(), p.protocol, p.srcPort, type, code);
    }
}

} // namespace vpclens
