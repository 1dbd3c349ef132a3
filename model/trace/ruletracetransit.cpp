// SPDX-License-Identifier: GPL-3.0-or-later
// The rule evaluator through transit gateways: VPC attachments with one subnet per Availability Zone,
// transit gateway route tables (static, propagated, blackhole routes), the attachment subnets'
// network ACLs on the way in and out, and the reply back through the same transit gateway.
#include "trace/ruletrace.h"
#include "trace/ruletracehelpers.h"

namespace vpclens {
using detail::icmpReplyType;
using detail::makeHop;

const TgwAttachment *RuleEvaluator::vpcAttachment(const QString &tgwId, const QString &vpcId) const
{
    for (const TgwAttachment &a : m_estate.tgwAttachments)
        if (a.tgwId == tgwId && a.type == QLatin1String("vpc") && a.resourceId == vpcId && a.available)
            return &a;
    return nullptr;
}

const Subnet *RuleEvaluator::attachmentSubnet(const TgwAttachment &a, const QString &az) const
{
    for (const QString &id : a.subnetIds)
        if (auto it = m_estate.subnets.constFind(id); it != m_estate.subnets.cend() && it->az == az)
            return &*it;
    return nullptr;
}

const TgwRoute *RuleEvaluator::tgwLookup(const QString &tableId, const IpAddress &dst) const
{
    const auto table = m_estate.tgwRouteTables.constFind(tableId);
    if (table == m_estate.tgwRouteTables.cend())
        return nullptr;
    const TgwRoute *best = nullptr;
    for (const TgwRoute &r : table->routes)
        if (r.cidr.contains(dst) && (!best || r.cidr.prefix > best->cidr.prefix))
            best = &r;
    return best;
}

void RuleEvaluator::transitGatewayPath(const Packet &p, PathTrace &path, std::optional<PathTrace> &reply, const Eni &src, const Subnet &ss,
                                       const RouteTable &table, const Route &r, const TgwAttachment *srcAtt, const Subnet *srcAttSubnet,
                                       const Eni *dst, bool hasReply) const
{
    auto stop = [&](Verdict v, const QString &tableId, const QString &rule, const QString &target, const QString &why) {
        path.hops.push_back(makeHop(HopKind::Route, tableId, rule, QStringLiteral("no_route"), target, why));
        path.verdict = v;
        path.decidingHop = int(path.hops.size()) - 1;
    };
    if (!srcAtt) {
        stop(Verdict::NoRoute, table.id, r.destination, r.target, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "this VPC has no attachment to the transit gateway")));
        return;
    }
    if (!srcAttSubnet) {
        stop(Verdict::NoRoute, table.id, r.destination, r.target, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "no attachment subnet in the source's Availability Zone")));
        return;
    }
    path.hops.push_back(makeHop(HopKind::Route, table.id, r.destination, QStringLiteral("allow"), r.target));
    if (srcAttSubnet->id != ss.id && !naclHop(path, *srcAttSubnet, false, p.src, p.protocol, p.dstPort, p.icmpType, p.icmpCode))
        return;
    const TgwRoute *tr = tgwLookup(srcAtt->routeTable, p.dst);
    if (!tr || tr->blackhole) {
        stop(Verdict::NoRoute, srcAtt->routeTable, tr ? tr->destination : QString(), {},
             tr ? QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "blackhole route in the transit gateway route table")) : QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "no route in the transit gateway route table")));
        return;
    }
    const TgwAttachment dstAtt = m_estate.tgwAttachments.value(tr->attachment);
    path.hops.push_back(makeHop(HopKind::Route, srcAtt->routeTable, tr->destination, QStringLiteral("allow"), tr->attachment));
    if (dstAtt.type != QLatin1String("vpc"))
        return; // to a VPN, Direct Connect or a peered transit gateway: leaves what the snapshot describes
    if (!dst || dst->vpcId != dstAtt.resourceId || !dstAtt.available) {
        stop(Verdict::NoRoute, srcAtt->routeTable, tr->destination, {}, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "no interface owns this address in the attached VPC")));
        return;
    }
    if (dst->type == QLatin1String("nat_gateway") || dst->type == QLatin1String("transit_gateway")) {
        QString owner = dst->id;
        for (const NatGateway &n : m_estate.natGateways)
            if (n.eniId == dst->id)
                owner = n.id;
        stop(Verdict::NoRoute, srcAtt->routeTable, tr->destination, owner, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "a gateway's own address answers nothing unsolicited")));
        return;
    }
    const Subnet *ds = m_estate.subnetOf(*dst);
    const Subnet *dstAttSubnet = attachmentSubnet(dstAtt, ss.az);
    if (!dstAttSubnet && ds)
        dstAttSubnet = attachmentSubnet(dstAtt, ds->az);
    if (!dstAttSubnet || !ds) {
        stop(Verdict::NoRoute, srcAtt->routeTable, tr->destination, tr->attachment, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the attachment has no usable subnet")));
        return;
    }
    if (dstAttSubnet->id != ds->id && !naclHop(path, *dstAttSubnet, true, p.dst, p.protocol, p.dstPort, p.icmpType, p.icmpCode))
        return;
    if (!deliver(path, p, *dst, p.src, dstAttSubnet->id) || !hasReply)
        return;

    // The reply: the server's subnet must route back to the same transit gateway, whose route table
    // for the server's attachment must lead back to the client's.
    PathTrace back;
    const int type = icmpReplyType(p.protocol, p.icmpType).value_or(-1);
    const int code = detail::isIcmp(p.protocol) ? 0 : -1;
    auto backStop = [&](const QString &tableId, const QString &rule, const QString &target, const QString &why) {
        back.hops.push_back(makeHop(HopKind::Route, tableId, rule, QStringLiteral("no_route"), target, why));
        back.verdict = Verdict::NoRoute;
        back.decidingHop = int(back.hops.size()) - 1;
        reply = back;
    };
    if (!path.lbTargetEni.isEmpty()) { // a load balancer's target answers first, back to the balancer
        targetReplyHops(back, p, path, ds);
        if (back.decidingHop >= 0) {
            reply = back;
            return;
        }
    }
    back.hops.push_back(makeHop(HopKind::SgEgress, dst->groups.join(QLatin1Char(',')), QStringLiteral("stateful"), QStringLiteral("allow")));
    if (ds->id != dstAttSubnet->id && !naclHop(back, *ds, true, p.src, p.protocol, p.srcPort, type, code)) { // the server's own subnet NACL
        reply = back;
        return;
    }
    // The server's subnet may send the reply through another transit gateway than the request took
    // (an asymmetric path): security groups track the connection at each interface, so it returns
    // as long as that gateway routes it back into the client's VPC.
    const auto serverTable = m_estate.routeTables.constFind(ds->routeTable);
    const Route *rb = serverTable == m_estate.routeTables.cend() ? nullptr : lookup(*serverTable, p.src);
    const bool viaTgw = rb && !rb->blackhole && rb->target.startsWith(QLatin1String("tgw-"));
    const TgwAttachment *serverAtt = !viaTgw ? nullptr : rb->target == r.target ? &dstAtt : vpcAttachment(rb->target, ds->vpcId);
    if (!serverAtt) {
        backStop(ds->routeTable, rb ? rb->destination : QString(), rb ? rb->target : QString(), QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "no route back through a transit gateway")));
        return;
    }
    const Subnet *replyAttSubnet = attachmentSubnet(*serverAtt, ds->az);
    if (!replyAttSubnet) {
        backStop(serverTable->id, rb->destination, rb->target, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "no attachment subnet in the server's Availability Zone")));
        return;
    }
    back.hops.push_back(makeHop(HopKind::Route, serverTable->id, rb->destination, QStringLiteral("allow"), rb->target));
    // Into the attachment subnet: the reply's source is the server.
    if (ds->id != replyAttSubnet->id && !naclHop(back, *replyAttSubnet, false, p.dst, p.protocol, p.srcPort, type, code)) {
        reply = back;
        return;
    }
    const TgwRoute *tb = tgwLookup(serverAtt->routeTable, p.src);
    const auto clientAtt = tb ? m_estate.tgwAttachments.constFind(tb->attachment) : m_estate.tgwAttachments.cend();
    if (!tb || tb->blackhole || clientAtt == m_estate.tgwAttachments.cend() || clientAtt->resourceId != src.vpcId || !clientAtt->available) {
        backStop(serverAtt->routeTable, tb ? tb->destination : QString(), tb ? tb->attachment : QString(),
                 QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the transit gateway has no route back to the source's VPC")));
        return;
    }
    back.hops.push_back(makeHop(HopKind::Route, serverAtt->routeTable, tb->destination, QStringLiteral("allow"), tb->attachment));
    const Subnet *clientAttSubnet = &*clientAtt == srcAtt ? srcAttSubnet : attachmentSubnet(*clientAtt, ss.az);
    if (!clientAttSubnet) {
        backStop(serverAtt->routeTable, tb->destination, tb->attachment, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "no attachment subnet in the client's Availability Zone")));
        return;
    }
    if (clientAttSubnet->id != ss.id && (!naclHop(back, *clientAttSubnet, true, p.src, p.protocol, p.srcPort, type, code)
                                         || !naclHop(back, ss, false, p.dst, p.protocol, p.srcPort, type, code))) {
        reply = back;
        return;
    }
    back.hops.push_back(makeHop(HopKind::SgIngress, src.groups.join(QLatin1Char(',')), QStringLiteral("stateful"), QStringLiteral("allow")));
    reply = back;
}

} // namespace vpclens
