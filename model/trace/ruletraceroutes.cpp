// SPDX-License-Identifier: GPL-3.0-or-later
// The rule evaluator past the source subnet's route table, one function per kind of route target
// (local and peering, internet gateways, NAT gateways, appliances), and a packet from outside AWS.
// Transit gateways are in ruletracetransit.cpp, load balancers in ruletraceloadbalancer.cpp.
#include "trace/ruletrace.h"
#include "trace/ruletracehelpers.h"

namespace vpclens {
using detail::icmpReplyType;
using detail::makeHop;
using detail::noRoute;

// From outside AWS: through the destination VPC's internet gateway to a public address (flow logs
// show the private one), then the subnet's network ACL and the ENI's security groups. An interface's
// IPv6 addresses are global: the internet gateway delivers to them directly.
void RuleEvaluator::fromInternet(const Packet &p, PathTrace &path, std::optional<PathTrace> &reply, const Eni *dstPrivate,
                                 const Eni *dstPublic, bool hasReply) const
{
    const Eni *dst = dstPublic ? dstPublic : (dstPrivate && (!dstPrivate->publicIps.empty() || !p.dst.isV4()) ? dstPrivate : nullptr);
    const QString nat = natGatewayAt(p.dst);
    if (!dst || !nat.isEmpty() || (dst && dst->type == QLatin1String("nat_gateway"))) {
        noRoute(path, {}, {}, nat, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "no interface answers on this address")));
        return;
    }
    const QString igw = m_estate.vpcs.value(dst->vpcId).igw;
    if (igw.isEmpty()) {
        noRoute(path, {}, {}, dst->id, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the VPC has no internet gateway")));
        return;
    }
    path.hops.push_back(makeHop(HopKind::Route, igw, {}, QStringLiteral("allow"), dst->id));
    if (!deliver(path, p, *dst, p.src, {}))
        return;
    if (hasReply)
        reply = replyPath(p, dst, nullptr, p.src, igw, p.dst, path);
}

// A local route (within the VPC) or a peering (to the peer VPC): to the interface owning the address.
void RuleEvaluator::toVpcAddress(Leg &leg) const
{
    const Packet &p = leg.p;
    if (!leg.nat.isEmpty()) {
        leg.noRoute(leg.nat, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "a NAT gateway answers nothing unsolicited")));
        return;
    }
    const Eni *dst = leg.dstPrivate;
    if (!dst) {
        leg.noRoute({}, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "no interface owns this address")));
        return;
    }
    if (routeTargetOf(leg.target()) == RouteTarget::Peering) {
        const Peering pc = m_estate.peerings.value(leg.target());
        const QString other = pc.requesterVpc == leg.src.vpcId ? pc.accepterVpc : pc.requesterVpc;
        if (!pc.active || dst->vpcId != other) {
            leg.noRoute(leg.target(), QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the peering is not active or does not reach that VPC")));
            return;
        }
    } else if (dst->vpcId != leg.src.vpcId) {
        leg.noRoute({}, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the address is not in this VPC")));
        return;
    }
    if (dst->type == QLatin1String("vpc_endpoint") && !(p.protocol == 6 && p.dstPort == 443)) {
        leg.noRoute(dst->id, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "an interface endpoint answers only HTTPS (tcp 443)")));
        return;
    }
    leg.routeHop();
    if (deliver(leg.path, p, *dst, p.src, leg.subnet.id) && leg.hasReply)
        leg.reply = replyPath(p, dst, &leg.src, p.src, leg.target(), p.dst, leg.path);
}

// An internet gateway (IPv4 from a public address, IPv6) or an egress-only one (IPv6 only); back in
// through the destination's own gateway when the address belongs to the estate.
void RuleEvaluator::toInternetGateway(Leg &leg) const
{
    const Packet &p = leg.p;
    if (routeTargetOf(leg.target()) == RouteTarget::EgressOnlyGateway && p.dst.isV4()) {
        leg.noRoute(leg.target(), QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "an egress-only internet gateway carries only IPv6")));
        return;
    }
    if (p.dst.isV4() && leg.src.publicIps.empty()) {
        leg.noRoute(leg.target(), QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the interface has no public IPv4 address")));
        return;
    }
    if (!leg.nat.isEmpty()) {
        leg.noRoute(leg.nat, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "a NAT gateway answers nothing unsolicited")));
        return;
    }
    leg.routeHop();
    // Another interface's IPv6 address is global too: it is reached through its own VPC's gateway.
    const Eni *dstGlobal = leg.dstPublic ? leg.dstPublic : (!p.dst.isV4() && leg.dstPrivate ? leg.dstPrivate : nullptr);
    if (dstGlobal) { // back in through the destination's internet gateway, from our public address
        const IpAddress seenAs = p.dst.isV4() ? leg.src.publicIps.front() : p.src;
        const QString inbound = m_estate.vpcs.value(dstGlobal->vpcId).igw;
        if (inbound.isEmpty()) {
            noRoute(leg.path, {}, {}, dstGlobal->id, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the destination's VPC has no internet gateway")));
            return;
        }
        if (deliver(leg.path, p, *dstGlobal, seenAs, {}) && leg.hasReply)
            leg.reply = replyPath(p, dstGlobal, &leg.src, seenAs, inbound, p.dst, leg.path);
        return;
    }
    if (leg.hasReply)
        leg.reply = replyPath(p, nullptr, &leg.src, p.src, {}, p.dst, leg.path);
}

// A NAT gateway: its subnet's network ACL in, its route table to an internet gateway, its network ACL
// out, from its public address; the reply comes back the same way.
void RuleEvaluator::toNatGateway(Leg &leg) const
{
    const Packet &p = leg.p;
    PathTrace &path = leg.path;
    if (!p.dst.isV4()) {
        leg.noRoute(leg.target(), QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "a NAT gateway translates IPv4 only (DNS64/NAT64 aside)")));
        return;
    }
    const NatGateway g = m_estate.natGateways.value(leg.target());
    const auto gs = m_estate.subnets.constFind(g.subnetId);
    if (g.id.isEmpty() || !g.available || gs == m_estate.subnets.cend()) {
        leg.noRoute(leg.target(), QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the NAT gateway is gone")));
        return;
    }
    leg.routeHop();
    if (gs->id != leg.subnet.id && !naclHop(path, *gs, false, p.src, p.protocol, p.dstPort, p.icmpType, p.icmpCode))
        return;
    const auto natTable = m_estate.routeTables.constFind(gs->routeTable);
    if (natTable == m_estate.routeTables.cend()) {
        unknownRoute(path, gs->routeTable);
        return;
    }
    const Route *out = lookup(*natTable, p.dst);
    if (!out || out->blackhole || routeTargetOf(out->target) != RouteTarget::InternetGateway) {
        noRoute(path, natTable->id, out ? out->destination : QString(), out ? out->target : QString(),
                QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the NAT gateway's subnet has no route to the internet")));
        return;
    }
    path.hops.push_back(makeHop(HopKind::Route, natTable->id, out->destination, QStringLiteral("allow"), out->target));
    if (!naclHop(path, *gs, true, p.dst, p.protocol, p.dstPort, p.icmpType, p.icmpCode))
        return;
    if (leg.dstPublic) {
        if (deliver(path, p, *leg.dstPublic, g.publicIp, {}) && leg.hasReply)
            leg.reply = replyPath(p, leg.dstPublic, &leg.src, g.publicIp, m_estate.vpcs.value(leg.dstPublic->vpcId).igw, p.dst, path);
        return;
    }
    if (!leg.hasReply)
        return;
    PathTrace back;
    const int type = icmpReplyType(p.protocol, p.icmpType).value_or(-1);
    if (naclHop(back, *gs, false, p.dst, p.protocol, p.srcPort, type, 0) && naclHop(back, *gs, true, p.src, p.protocol, p.srcPort, type, 0)) {
        PathTrace rest = replyPath(p, nullptr, &leg.src, p.src, {}, p.dst, path);
        back.hops.insert(back.hops.end(), rest.hops.begin(), rest.hops.end());
        if (rest.decidingHop >= 0) {
            back.verdict = rest.verdict;
            back.decidingHop = int(back.hops.size() - rest.hops.size()) + rest.decidingHop;
        }
    }
    leg.reply = back;
}

// An interface or instance as the route's target (a firewall, a NAT instance): the packet meets it as
// any destination; what it forwards afterwards is its own configuration.
void RuleEvaluator::toAppliance(Leg &leg) const
{
    const QString &target = leg.target();
    const Eni appliance = m_estate.enis.value(target.startsWith(QLatin1String("i-")) ? m_estate.instanceEni.value(target) : target);
    if (appliance.id.isEmpty() || appliance.sourceDestCheck) {
        leg.noRoute(target, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the appliance is gone or has its source/destination check on")));
        return;
    }
    leg.routeHop();
    if (!deliver(leg.path, leg.p, appliance, leg.p.src, leg.subnet.id))
        return;
    leg.path.hops.push_back(makeHop(HopKind::Appliance, appliance.id, {}, QStringLiteral("allow"), {},
                                    QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "handed to the appliance: what it forwards is its own configuration"))));
}

} // namespace vpclens
