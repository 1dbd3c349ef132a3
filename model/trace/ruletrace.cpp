// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/ruletrace.h"

#include "topology/rulenames.h"
#include "trace/ruletracehelpers.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vpclens {
using detail::icmpReplyType;
using detail::isIcmp;
using detail::makeHop;
using detail::noRoute;

namespace {

bool portMatches(int protocol, const PortRange &r, int port, int icmpType, int icmpCode)
{
    if (protocol == 6 || protocol == 17)
        return port >= r.from && port <= r.to;
    if (isIcmp(protocol)) // SG: FromPort = type, ToPort = code; -1 = any
        return (r.from == -1 || r.from == icmpType) && (r.to == -1 || r.to == icmpCode);
    return true;
}

bool inCidrs(const std::vector<IpCidr> &cidrs, const IpAddress &a)
{
    for (const IpCidr &c : cidrs)
        if (c.contains(a))
            return true;
    return false;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// The hop's rule as named everywhere (rulenames.h): a group's rule or its refusal, a NACL entry, a route.
QString ruleNameOf(const Hop &h)
{
    if (!h.ruleName.isEmpty())
        return h.ruleName;
    return h.kind == HopKind::Route && !h.id.isEmpty() && !h.rule.isEmpty() ? routeName(h.id, h.rule) : QString();
}

QJsonObject pathJson(const PathTrace &p)
{
    QJsonArray hops;
    for (const Hop &h : p.hops)
        hops.append(QJsonObject{{QStringLiteral("kind"), hopKindText(h.kind)}, {QStringLiteral("id"), orNull(h.id)}, {QStringLiteral("rule"), orNull(h.rule)},
                                {QStringLiteral("rule_name"), orNull(ruleNameOf(h))}, {QStringLiteral("result"), h.result},
                                {QStringLiteral("target"), orNull(h.target)}});
    QJsonValue decided(QJsonValue::Null);
    if (p.decidingHop >= 0) {
        const Hop &h = p.hops[std::size_t(p.decidingHop)];
        decided = QJsonObject{{QStringLiteral("kind"), hopKindText(h.kind)}, {QStringLiteral("id"), orNull(h.id)}, {QStringLiteral("rule"), orNull(h.rule)},
                              {QStringLiteral("rule_name"), orNull(ruleNameOf(h))}};
    }
    return QJsonObject{{QStringLiteral("verdict"), QLatin1String(verdictName(p.verdict))}, {QStringLiteral("decided_by"), decided},
                       {QStringLiteral("hops"), hops}};
}

} // namespace

const char *verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Accept: return "ACCEPT";
    case Verdict::Reject: return "REJECT";
    case Verdict::NoRoute: return "NO_ROUTE";
    case Verdict::Unknown: return "UNKNOWN";
    }
    return "?";
}

const char *hopKindName(HopKind kind)
{
    switch (kind) {
    case HopKind::SgEgress: return "sg-egress";
    case HopKind::NaclEgress: return "nacl-egress";
    case HopKind::Route: return "route";
    case HopKind::NaclIngress: return "nacl-ingress";
    case HopKind::SgIngress: return "sg-ingress";
    case HopKind::LbListener: return "lb-listener";
    case HopKind::LbTarget: return "lb-target";
    case HopKind::Appliance: return "appliance";
    case HopKind::Unfiltered: return "unfiltered";
    }
    return "?";
}

QString hopKindText(HopKind kind)
{
    return QString::fromLatin1(hopKindName(kind));
}

QJsonObject Trace::toJson() const
{
    QJsonObject o = pathJson(forward);
    o.insert(QStringLiteral("return"), reply ? QJsonValue(pathJson(*reply)) : QJsonValue(QJsonValue::Null));
    return o;
}

bool RuleEvaluator::sgHop(PathTrace &path, const Eni &eni, bool ingress, const IpAddress &peer, int protocol, int port, int icmpType,
                          int icmpCode) const
{
    const HopKind kind = ingress ? HopKind::SgIngress : HopKind::SgEgress;
    // Managed interfaces without security groups filter nothing here: a network load balancer (its
    // listeners decide), a NAT gateway, a transit gateway attachment, a gateway load balancer.
    static const QStringList sgLess = {QStringLiteral("network_load_balancer"), QStringLiteral("nat_gateway"),
                                       QStringLiteral("transit_gateway"), QStringLiteral("gateway_load_balancer"),
                                       QStringLiteral("gateway_load_balancer_endpoint")};
    if (eni.groups.isEmpty() && sgLess.contains(eni.type))
        return true;
    for (const QString &gid : eni.groups) {
        const auto g = m_estate.securityGroups.constFind(gid);
        if (g == m_estate.securityGroups.cend())
            continue;
        for (const SgRule &r : ingress ? g->ingress : g->egress) {
            if (r.protocol != -1 && r.protocol != protocol)
                continue;
            if (r.protocol != -1 && !portMatches(protocol, r.ports, port, icmpType, icmpCode))
                continue;
            // Which peer matched (cidrs, then prefix lists, then groups: the order of r.names).
            qsizetype matched = -1, index = 0;
            for (const IpCidr &c : r.cidrs) {
                if (matched < 0 && c.contains(peer))
                    matched = index;
                ++index;
            }
            for (const QString &pl : r.prefixLists) {
                if (matched < 0 && inCidrs(m_estate.prefixLists.value(pl), peer))
                    matched = index;
                ++index;
            }
            for (const QString &ref : r.groups) {
                const auto members = m_estate.groupMembers.constFind(ref);
                if (matched < 0 && members != m_estate.groupMembers.cend() && std::find(members->begin(), members->end(), peer) != members->end())
                    matched = index;
                ++index;
            }
            if (matched >= 0) {
                path.hops.push_back(makeHop(kind, gid, r.text, QStringLiteral("allow"), {},
                                            r.description.isEmpty() ? r.text : QStringLiteral("%1 (%2)").arg(r.text, r.description)));
                path.hops.back().ruleName = r.names.value(matched);
                return true;
            }
        }
    }
    path.hops.push_back(makeHop(kind, eni.groups.join(QLatin1Char(',')), QStringLiteral("no matching rule"), QStringLiteral("deny")));
    const QString &noRule = ingress ? eni.noRuleIngress : eni.noRuleEgress;
    path.hops.back().ruleName = noRule.isEmpty() ? noSecurityGroupRuleName(eni.groups, !ingress) : noRule;
    path.verdict = Verdict::Reject;
    path.decidingHop = int(path.hops.size()) - 1;
    return false;
}

void RuleEvaluator::unknownRoute(PathTrace &path, const QString &routeTable) const
{
    path.hops.push_back(makeHop(HopKind::Route, routeTable, {}, QStringLiteral("unknown"), {},
                                QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "unknown: the route table is not in the snapshot (not exported)"))));
    path.verdict = Verdict::Unknown;
    path.decidingHop = int(path.hops.size()) - 1;
}

const NaclEntry *decidingNaclEntry(const NetworkAcl &acl, bool egress, const IpAddress &peer, int protocol, int port, int icmpType,
                                   int icmpCode)
{
    for (const NaclEntry &e : egress ? acl.egress : acl.ingress) {
        if (!e.cidr || !e.cidr->contains(peer))
            continue;
        if (e.protocol != -1 && e.protocol != protocol)
            continue;
        if ((protocol == 6 || protocol == 17) && e.protocol != -1 && (port < e.ports.from || port > e.ports.to))
            continue;
        if (isIcmp(protocol) && e.protocol == protocol && ((e.icmpType != -1 && e.icmpType != icmpType) || (e.icmpCode != -1 && e.icmpCode != icmpCode)))
            continue;
        return &e;
    }
    return nullptr;
}

bool RuleEvaluator::naclHop(PathTrace &path, const Subnet &subnet, bool egress, const IpAddress &peer, int protocol, int port, int icmpType,
                            int icmpCode) const
{
    const HopKind kind = egress ? HopKind::NaclEgress : HopKind::NaclIngress;
    const auto acl = m_estate.nacls.constFind(subnet.nacl);
    if (acl == m_estate.nacls.cend()) { // not exported: nothing to say, let it pass
        path.hops.push_back(makeHop(kind, subnet.nacl, {}, QStringLiteral("allow"), {}, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "network ACL not in the snapshot"))));
        return true;
    }
    if (const NaclEntry *found = decidingNaclEntry(*acl, egress, peer, protocol, port, icmpType, icmpCode)) {
        const NaclEntry &e = *found;
        const QString rule = e.ruleNumber >= 32767 ? QStringLiteral("*") : QString::number(e.ruleNumber);
        path.hops.push_back(makeHop(kind, acl->id, rule, e.allow ? QStringLiteral("allow") : QStringLiteral("deny"), {}, e.text));
        path.hops.back().ruleName = e.name;
        if (!e.allow) {
            path.verdict = Verdict::Reject;
            path.decidingHop = int(path.hops.size()) - 1;
        }
        return e.allow;
    }
    path.hops.push_back(makeHop(kind, acl->id, QStringLiteral("*"), QStringLiteral("deny"), {}, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "DENY all (default rule)"))));
    path.hops.back().ruleName = naclEntryName(acl->id, egress, 32767);
    path.verdict = Verdict::Reject;
    path.decidingHop = int(path.hops.size()) - 1;
    return false;
}

const Route *RuleEvaluator::lookup(const RouteTable &table, const IpAddress &dst) const
{
    const Route *best = nullptr;
    int bestLen = -1;
    for (const Route &r : table.routes) {
        int len = -1;
        if (r.cidr && r.cidr->contains(dst)) {
            len = r.cidr->prefix;
        } else if (!r.prefixList.isEmpty()) {
            for (const IpCidr &c : m_estate.prefixLists.value(r.prefixList))
                if (c.contains(dst))
                    len = std::max(len, c.prefix);
        }
        if (len > bestLen) {
            best = &r;
            bestLen = len;
        }
    }
    return best;
}

bool RuleEvaluator::deliver(PathTrace &path, const Packet &p, const Eni &dst, const IpAddress &seenSource, const QString &fromSubnet) const
{
    const Subnet *ds = m_estate.subnetOf(dst);
    if (ds && ds->id != fromSubnet && !naclHop(path, *ds, false, seenSource, p.protocol, p.dstPort, p.icmpType, p.icmpCode))
        return false;
    if (dst.type == QLatin1String("network_load_balancer"))
        return loadBalancerHops(path, p, dst, seenSource);
    return sgHop(path, dst, true, seenSource, p.protocol, p.dstPort, p.icmpType, p.icmpCode);
}

PathTrace RuleEvaluator::replyPath(const Packet &p, const Eni *server, const Eni *client, const IpAddress &clientSeenAs, const QString &via,
                                   const IpAddress &serverSeenAs, const PathTrace &forward) const
{
    PathTrace path;
    const int type = icmpReplyType(p.protocol, p.icmpType).value_or(-1);
    const int code = isIcmp(p.protocol) ? 0 : -1;
    const Subnet *serverSubnet = server ? m_estate.subnetOf(*server) : nullptr;
    const Subnet *clientSubnet = client ? m_estate.subnetOf(*client) : nullptr;
    const bool sameSubnet = serverSubnet && clientSubnet && serverSubnet->id == clientSubnet->id;
    if (server && !forward.lbTargetEni.isEmpty()) {
        targetReplyHops(path, p, forward, serverSubnet);
        if (path.decidingHop >= 0)
            return path;
    }
    if (server) {
        path.hops.push_back(makeHop(HopKind::SgEgress, server->groups.join(QLatin1Char(',')), QStringLiteral("stateful"),
                                    QStringLiteral("allow")));
        if (serverSubnet && !sameSubnet
            && !naclHop(path, *serverSubnet, true, clientSeenAs, p.protocol, p.srcPort, type, code))
            return path;
        if (serverSubnet && !via.isEmpty()) {
            const auto table = m_estate.routeTables.constFind(serverSubnet->routeTable);
            if (table == m_estate.routeTables.cend()) {
                unknownRoute(path, serverSubnet->routeTable);
                return path;
            }
            const Route *r = lookup(*table, clientSeenAs);
            const QString tableId = table->id;
            if (!r || r->blackhole || r->target != via) {
                path.hops.push_back(makeHop(HopKind::Route, tableId, r ? r->destination : QString(), QStringLiteral("no_route"),
                                            r ? r->target : QString(), QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "no route back to the client"))));
                path.verdict = Verdict::NoRoute;
                path.decidingHop = int(path.hops.size()) - 1;
                return path;
            }
            path.hops.push_back(makeHop(HopKind::Route, tableId, r->destination, QStringLiteral("allow"), r->target));
        }
    }
    if (client) {
        if (clientSubnet && !sameSubnet && !naclHop(path, *clientSubnet, false, serverSeenAs, p.protocol, p.srcPort, type, code))
            return path;
        path.hops.push_back(makeHop(HopKind::SgIngress, client->groups.join(QLatin1Char(',')), QStringLiteral("stateful"),
                                    QStringLiteral("allow")));
    }
    return path;
}

QString RuleEvaluator::natGatewayAt(const IpAddress &a) const
{
    for (const NatGateway &n : m_estate.natGateways)
        if (n.privateIp == a || n.publicIp == a)
            return n.id;
    return {};
}

void RuleEvaluator::forwardPath(const Packet &p, PathTrace &path, std::optional<PathTrace> &reply) const
{
    const bool hasReply = icmpReplyType(p.protocol, p.icmpType).has_value();
    if (const char *service = unfilteredService(p)) {
        path.hops.push_back(makeHop(HopKind::Unfiltered, {}, {}, QStringLiteral("allow"), {}, QString::fromLatin1(service)));
        if (hasReply)
            reply = PathTrace{};
        return;
    }
    const Eni *src = nullptr;
    if (auto it = m_estate.privateOwner.constFind(p.src); it != m_estate.privateOwner.cend())
        src = &*m_estate.enis.constFind(*it);
    const Eni *dstPrivate = nullptr, *dstPublic = nullptr;
    if (auto it = m_estate.privateOwner.constFind(p.dst); it != m_estate.privateOwner.cend())
        dstPrivate = &*m_estate.enis.constFind(*it);
    if (auto it = m_estate.publicOwner.constFind(p.dst); it != m_estate.publicOwner.cend())
        dstPublic = &*m_estate.enis.constFind(*it);

    if (!src && dstPrivate && !dstPublic && fromOutsideHops(path, reply, p, *dstPrivate, hasReply))
        return;
    if (!src) {
        fromInternet(p, path, reply, dstPrivate, dstPublic, hasReply);
        return;
    }

    // Between addresses of one instance: never leaves it.
    if (dstPrivate && (dstPrivate == src || (!src->instanceId.isEmpty() && dstPrivate->instanceId == src->instanceId))) {
        if (hasReply)
            reply = PathTrace{};
        return;
    }
    if (!sgHop(path, *src, false, p.dst, p.protocol, p.dstPort, p.icmpType, p.icmpCode))
        return;
    const Subnet *ss = m_estate.subnetOf(*src);
    if (!ss) {
        noRoute(path, {}, {}, {}, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the source subnet is not in the snapshot")));
        return;
    }
    const bool sameSubnet = dstPrivate && dstPrivate->subnetId == src->subnetId;
    const auto table = m_estate.routeTables.constFind(ss->routeTable);
    const Route *r = table == m_estate.routeTables.cend() ? nullptr : lookup(*table, p.dst);
    const RouteTarget kind = r ? routeTargetOf(r->target) : RouteTarget::Other;
    // A route to a transit gateway enters it through the attachment subnet of the source's AZ; no
    // network ACL applies between an instance and an attachment in the same subnet.
    const TgwAttachment *srcAtt = nullptr;
    const Subnet *srcAttSubnet = nullptr;
    if (r && !r->blackhole && kind == RouteTarget::TransitGateway) {
        srcAtt = vpcAttachment(r->target, src->vpcId);
        srcAttSubnet = srcAtt ? attachmentSubnet(*srcAtt, ss->az) : nullptr;
    }
    const bool skipEgressNacl = sameSubnet || (srcAttSubnet && srcAttSubnet->id == ss->id);
    if (!skipEgressNacl && !naclHop(path, *ss, true, p.dst, p.protocol, p.dstPort, p.icmpType, p.icmpCode))
        return;
    if (table == m_estate.routeTables.cend()) {
        unknownRoute(path, ss->routeTable);
        return;
    }
    if (!r) {
        noRoute(path, table->id, {}, {}, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "no route matches")));
        return;
    }
    Leg leg{p, path, reply, *src, *ss, *table, *r, dstPrivate, dstPublic, natGatewayAt(p.dst), hasReply};
    if (r->blackhole) {
        leg.noRoute(r->target, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "blackhole route")));
        return;
    }
    // What no route to the internet (or to an AWS service through it) delivers, whatever its gateway.
    const bool toInternet = kind == RouteTarget::InternetGateway || kind == RouteTarget::NatGateway;
    if (toInternet && !leg.nat.isEmpty()) {
        leg.noRoute(leg.nat, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "a NAT gateway's address answers nothing unsolicited (or was released)")));
        return;
    }
    if ((toInternet || kind == RouteTarget::Endpoint) && inCidrs(m_estate.awsServiceCidrs, p.dst) && !(p.protocol == 6 && (p.dstPort == 443 || p.dstPort == 80))) {
        leg.noRoute(kind == RouteTarget::Endpoint ? r->target : QString(),
                    QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the AWS service at this address answers only tcp 80 and 443")));
        return;
    }
    if (toInternet && isPrivateIp(p.dst) && !dstPublic) {
        leg.noRoute({}, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "a private address is not routed on the internet")));
        return;
    }
    switch (kind) {
    case RouteTarget::Local:
    case RouteTarget::Peering: toVpcAddress(leg); return;
    case RouteTarget::InternetGateway:
    case RouteTarget::EgressOnlyGateway: toInternetGateway(leg); return;
    case RouteTarget::NatGateway: toNatGateway(leg); return;
    case RouteTarget::Interface: toAppliance(leg); return;
    case RouteTarget::TransitGateway:
        transitGatewayPath(p, path, reply, *src, *ss, *table, *r, srcAtt, srcAttSubnet, dstPrivate, hasReply);
        return;
    case RouteTarget::Endpoint:
    case RouteTarget::VirtualPrivateGateway:
        leg.routeHop(); // leaves the VPC: to the AWS service, to on-premises
        if (hasReply)
            reply = replyPath(p, nullptr, src, p.src, {}, p.dst, path);
        return;
    case RouteTarget::Other: break;
    }
    leg.noRoute(r->target, QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "this route target cannot carry the packet")));
}

// A source that is no interface of the estate, to the private address of one: from on-premises
// through a virtual private gateway (VPN, Direct Connect), from another VPC through a transit gateway
// or a peering; the way in is the destination subnet's route back to the source. From the internet,
// a private IPv4 address is never reached (only a public IPv4 address or an Elastic IP is). False
// when none of these applies (the caller goes on as for the internet).
bool RuleEvaluator::fromOutsideHops(PathTrace &path, std::optional<PathTrace> &reply, const Packet &p, const Eni &dst, bool hasReply) const
{
    auto stop = [&](Verdict v, const QString &id, const QString &rule, const QString &target, const QString &why) {
        path.hops.push_back(makeHop(HopKind::Route, id, rule, v == Verdict::NoRoute ? QStringLiteral("no_route") : QStringLiteral("unknown"), target, why));
        path.verdict = v;
        path.decidingHop = int(path.hops.size()) - 1;
        return true;
    };
    if (!p.dst.isV4() || !p.src.isV4())
        return false; // IPv6 addresses are global: the internet gateway delivers to them
    if (!isPrivateIp(p.src)) {
        if (!dst.publicIps.empty())
            return false; // flow logs show the private address of traffic to the public one
        const QString igw = m_estate.vpcs.value(dst.vpcId).igw;
        return stop(Verdict::NoRoute, igw, {}, dst.id,
                    QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator",
                                                     "the internet reaches an interface only through its public IPv4 address or an Elastic IP, "
                                                     "never through its private address")));
    }
    const Subnet *ds = m_estate.subnetOf(dst);
    if (!ds)
        return false;
    const auto table = m_estate.routeTables.constFind(ds->routeTable);
    if (table == m_estate.routeTables.cend()) {
        unknownRoute(path, ds->routeTable);
        return true;
    }
    const Route *back = lookup(*table, p.src);
    if (!back || back->blackhole)
        return stop(Verdict::NoRoute, table->id, back ? back->destination : QString(), back ? back->target : QString(),
                    QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the destination's subnet has no route back to the source")));
    const QString &via = back->target;
    if (via == QLatin1String("local"))
        return stop(Verdict::NoRoute, table->id, back->destination, {},
                    QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "no interface owns the source address in this VPC")));
    if (!via.startsWith(QLatin1String("vgw-")) && !via.startsWith(QLatin1String("tgw-")) && !via.startsWith(QLatin1String("pcx-")))
        return stop(Verdict::NoRoute, table->id, back->destination, via,
                    QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator",
                                                     "a private address outside the VPC arrives only through a virtual private gateway, "
                                                     "a transit gateway or a peering, and the subnet routes this one elsewhere")));
    path.hops.push_back(makeHop(HopKind::Route, table->id, back->destination, QStringLiteral("allow"), via,
                                QStringLiteral(QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "arrives from outside the VPC through the gateway the subnet routes the source to"))));
    if (deliver(path, p, dst, p.src, {}) && hasReply)
        reply = replyPath(p, &dst, nullptr, p.src, via, p.dst, path);
    return true;
}

PathTrace RuleEvaluator::decideAtInterface(const Eni &eni, bool ingress, bool reply, const IpAddress &peer, bool peerInSameSubnet,
                                           int protocol, int dstPort, int icmpType, int icmpCode) const
{
    PathTrace path;
    const Subnet *subnet = m_estate.subnetOf(eni);
    auto nacl = [&] { return peerInSameSubnet || !subnet || naclHop(path, *subnet, !ingress, peer, protocol, dstPort, icmpType, icmpCode); };
    auto groups = [&] { return reply || sgHop(path, eni, ingress, peer, protocol, dstPort, icmpType, icmpCode); };
    if (ingress) {
        if (nacl())
            groups();
    } else if (groups()) {
        nacl();
    }
    return path;
}

const Route *RuleEvaluator::routeFrom(const Eni &eni, const IpAddress &dst) const
{
    const Subnet *subnet = m_estate.subnetOf(eni);
    if (!subnet)
        return nullptr;
    const auto table = m_estate.routeTables.constFind(subnet->routeTable);
    return table == m_estate.routeTables.cend() ? nullptr : lookup(*table, dst);
}

Trace RuleEvaluator::trace(const Packet &p) const
{
    Trace t;
    forwardPath(p, t.forward, t.reply);
    if (t.forward.verdict != Verdict::Accept)
        t.reply.reset();
    const PathTrace &decisive = t.forward.decidingHop >= 0 || !t.reply ? t.forward : *t.reply;
    // The context lupdate gives these strings (the class), so the .ts file has them.
    auto tr = [](const char *text) { return QCoreApplication::translate("vpclens::RuleEvaluator", text); };
    const Hop *last = t.forward.hops.empty() ? nullptr : &t.forward.hops.back();
    if (decisive.decidingHop < 0) {
        if (last && last->kind == HopKind::Unfiltered)
            t.sentence = tr("Not filtered: traffic to %1 never meets security groups or network ACLs, and flow logs do not record it.")
                             .arg(tr(last->detail.toUtf8().constData()));
        else if (last && last->kind == HopKind::Appliance)
            t.sentence = tr("Accepted up to the appliance %1; what it forwards is its own configuration.").arg(m_estate.displayName(last->id));
        else
            t.sentence = t.reply ? tr("Accepted, and the reply is allowed back.") : tr("Accepted.");
        return t;
    }
    const Hop &h = decisive.hops[std::size_t(decisive.decidingHop)];
    const QString detail = tr(h.detail.toUtf8().constData());
    const QString who = isNetworkAclHop(h.kind) ? tr("network ACL %1 rule %2: %3").arg(m_estate.displayName(h.id), h.rule, detail)
                        : isSecurityGroupHop(h.kind) ? tr("security groups %1: no rule allows it").arg(h.id)
                        : h.kind == HopKind::LbListener ? tr("load balancer %1: no listener on this port").arg(h.id)
                        : h.kind == HopKind::LbTarget ? tr("load balancer target %1: %2").arg(h.id, detail)
                        : h.id.startsWith(QLatin1String("igw-")) ? tr("internet gateway %1 to %2: %3").arg(m_estate.displayName(h.id), m_estate.displayName(h.target), detail)
                        : h.id.isEmpty() ? detail
                                         : tr("route table %1: %2").arg(m_estate.displayName(h.id), detail);
    const bool inReply = &decisive != &t.forward;
    if (decisive.verdict == Verdict::Reject)
        t.sentence = (inReply ? tr("Request accepted, but the reply is rejected by %1") : tr("Rejected by %1")).arg(who);
    else if (decisive.verdict == Verdict::Unknown)
        t.sentence = (inReply ? tr("Request accepted; the reply is unknown: %1") : tr("Unknown: %1")).arg(who);
    else
        t.sentence = (inReply ? tr("Request accepted, but the reply is not routed: %1") : tr("No route: %1")).arg(who);
    return t;
}

} // namespace vpclens
