// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/topologygraph.h"

#include "base/translations.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace vpclens {
namespace {

// The contexts lupdate files this file's tr() calls under (see translateFrom).
QString tr(const char *text)
{
    return translateFrom({"vpclens::Builder", "vpclens"}, text);
}

QString cidrText(const Ipv4Cidr &c)
{
    return QStringLiteral("%1/%2").arg(formatIpv4(c.network)).arg(c.prefix);
}

QString nameOr(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : name;
}

const RouteTable *routeTableOf(const Estate &e, const Subnet &s)
{
    const auto t = e.routeTables.constFind(s.routeTable);
    return t == e.routeTables.cend() ? nullptr : &*t;
}

// Public: a default route to an internet gateway; private: a default route elsewhere; else isolated.
SubnetTier tierOf(const Estate &e, const Subnet &s)
{
    const RouteTable *t = routeTableOf(e, s);
    SubnetTier tier = SubnetTier::Isolated;
    if (!t)
        return tier;
    for (const Route &r : t->routes) {
        if (r.blackhole || !r.cidr || r.cidr->familyPrefix() != 0)
            continue;
        if (r.target.startsWith(QLatin1String("igw-")))
            return SubnetTier::Public;
        tier = SubnetTier::Private;
    }
    return tier;
}

QString gatewayKind(const QString &target)
{
    for (const char *k : {"igw", "eigw", "nat", "vgw", "tgw", "pcx", "vpce"})
        if (target.startsWith(QLatin1String(k) + QLatin1Char('-')))
            return QLatin1String(k);
    return {};
}

QString gatewayTitle(const QString &kind)
{
    if (kind == QLatin1String("igw")) return tr("Internet gateway");
    if (kind == QLatin1String("eigw")) return tr("Egress-only internet gateway");
    if (kind == QLatin1String("nat")) return tr("NAT gateway");
    if (kind == QLatin1String("vgw")) return tr("Virtual private gateway");
    if (kind == QLatin1String("tgw")) return tr("Transit gateway");
    if (kind == QLatin1String("pcx")) return tr("Peering connection");
    if (kind == QLatin1String("vpce")) return tr("Gateway endpoint");
    return kind;
}

// A route target as a subnet's route line names it: "NAT", "TGW", "i-0abc".
QString targetShort(const QString &target)
{
    const QString kind = gatewayKind(target);
    if (kind == QLatin1String("pcx"))
        return tr("peering");
    if (kind == QLatin1String("vpce"))
        return tr("endpoint");
    return kind.isEmpty() ? target : kind.toUpper();
}

// An interface as the diagram names it: its instance's Name tag, else what it is for; the ids are in
// the tooltip and the details.
QString eniTitle(const Estate &e, const Eni &eni)
{
    if (!eni.instanceId.isEmpty())
        return e.instanceNames.value(eni.instanceId, eni.instanceId);
    if (eni.type == QLatin1String("vpc_endpoint") || eni.description.startsWith(QLatin1String("VPC Endpoint Interface ")))
        return eni.description.section(QLatin1Char(' '), -1);
    if (eni.type == QLatin1String("network_load_balancer") || eni.description.startsWith(QLatin1String("ELB ")))
        return eni.description.section(QLatin1Char('/'), 1, 1).left(32);
    if (eni.type == QLatin1String("transit_gateway"))
        return tr("TGW attachment");
    if (!eni.description.isEmpty())
        return eni.description.left(32);
    return eni.id;
}

class Builder
{
public:
    Builder(const Estate &e, const GraphOptions &o) : m_e(e), m_o(o) { m_g.level = o.level; }

    TopologyGraph build()
    {
        QStringList vpcIds = m_e.vpcs.keys();
        std::sort(vpcIds.begin(), vpcIds.end());
        for (const QString &vpc : vpcIds) {
            if (!m_o.vpc.isEmpty() && vpc != m_o.vpc)
                continue;
            if (m_o.level == GraphLevel::Vpc || m_o.collapsed.contains(vpc))
                addVpcNode(vpc, vpc);
            else
                addVpcContents(vpc);
        }
        addPeeringAndTransit();
        addMirroring();
        finish();
        return std::move(m_g);
    }

private:
    void addNode(const QString &id, const QString &kind, const QString &label, const QString &tooltip, const QString &cluster,
                 const QString &group)
    {
        if (m_nodeIds.contains(id))
            return;
        m_nodeIds.insert(id);
        m_g.nodes.append({id, kind, label, tooltip, cluster, group, {}, {}});
        m_g.nodeFor.insert(id, id);
    }

    GraphNode *nodeById(const QString &id)
    {
        for (GraphNode &n : m_g.nodes)
            if (n.id == id)
                return &n;
        return nullptr;
    }

    void addEdge(const QString &from, const QString &to, const QString &kind, const QString &label = {})
    {
        m_edges[{from, to, kind}].append(label);
    }

    // A VPC as one node (the VPC level, a collapsed VPC, or a peer outside the chosen VPC).
    void addVpcNode(const QString &vpcId, const QString &group)
    {
        const Vpc &vpc = m_e.vpcs[vpcId];
        int subnets = 0, enis = 0;
        for (const Subnet &s : m_e.subnets)
            if (s.vpcId == vpcId) {
                ++subnets;
                m_g.nodeFor.insert(s.id, vpcId);
            }
        for (const Eni &n : m_e.enis)
            if (n.vpcId == vpcId) {
                ++enis;
                m_g.nodeFor.insert(n.id, vpcId);
            }
        QStringList cidrs;
        for (const Ipv4Cidr &c : vpc.cidrs)
            cidrs << cidrText(c);
        addNode(vpcId, QStringLiteral("vpc"),
                QStringLiteral("%1\n%2\n%3").arg(nameOr(vpc.name, vpcId), cidrs.join(QStringLiteral(", ")),
                                                 tr("%1 subnets · %2 ENIs").arg(subnets).arg(enis)),
                QStringLiteral("%1 %2").arg(tr("VPC"), m_e.displayName(vpcId)), {}, group);
        // The internet gateway as a badge: at this level a node and a line per VPC only hide the links
        // between the VPCs (64 VPCs drew 64 gateways and 64 lines to one Internet node).
        if (!vpc.igw.isEmpty() && !group.isEmpty()) {
            m_g.nodes.last().badges << tr("IGW %1").arg(vpc.igw);
            m_g.nodeFor.insert(vpc.igw, vpcId);
            addInternet();
        }
    }

    void addInternet()
    {
        addNode(QLatin1String(kInternetNode), QStringLiteral("internet"), tr("Internet"), tr("Addresses outside every imported VPC"), {},
                {});
    }

    void addVpcContents(const QString &vpcId)
    {
        const Vpc &vpc = m_e.vpcs[vpcId];
        QStringList cidrs;
        for (const Ipv4Cidr &c : vpc.cidrs)
            cidrs << cidrText(c);
        m_g.clusters.append({vpcId, QStringLiteral("vpc"),
                             QStringLiteral("%1  %2  %3").arg(nameOr(vpc.name, vpcId), vpcId, cidrs.join(QStringLiteral(", "))), {}, {}});
        m_g.nodeFor.insert(vpcId, vpcId);

        QList<const Subnet *> subnets;
        for (const Subnet &s : m_e.subnets)
            if (s.vpcId == vpcId)
                subnets.append(&s);
        std::sort(subnets.begin(), subnets.end(), [](const Subnet *a, const Subnet *b) {
            return std::tie(a->az, a->cidr.network, a->id) < std::tie(b->az, b->cidr.network, b->id);
        });
        QSet<QString> azs;
        for (const Subnet *s : subnets) {
            const QString az = vpcId + QLatin1Char('/') + (s->az.isEmpty() ? tr("unknown AZ") : s->az);
            if (!azs.contains(az)) {
                azs.insert(az);
                m_g.clusters.append({az, QStringLiteral("az"), s->az.isEmpty() ? tr("unknown AZ") : s->az, vpcId, {}});
            }
            addSubnet(*s, az);
        }
        // Gateways on the border: outside every cluster, in the VPC's group.
        if (!vpc.igw.isEmpty()) {
            addNode(vpc.igw, QStringLiteral("igw"), QStringLiteral("%1\n%2").arg(tr("Internet gateway"), vpc.igw), vpc.igw, {}, vpcId);
            addInternet();
            addEdge(vpc.igw, QLatin1String(kInternetNode), QStringLiteral("attach"));
        }
        if (m_o.routeTables)
            for (const Subnet *s : subnets)
                addRoutes(*s);
        if (m_o.securityGroups)
            addSecurityGroups(vpcId);
        // A VPC whose subnets were not exported (describe-vpcs alone) still gets its box.
        if (std::none_of(m_g.nodes.cbegin(), m_g.nodes.cend(), [&](const GraphNode &n) { return n.group == vpcId; }))
            addNode(vpcId + QStringLiteral("/empty"), QStringLiteral("empty"), tr("no subnets imported"), {}, vpcId, vpcId);
    }

    // The subnet's routes other than local, grouped by target: target -> destinations.
    std::map<QString, QStringList> routesByTarget(const Subnet &s) const
    {
        std::map<QString, QStringList> byTarget;
        if (const RouteTable *table = routeTableOf(m_e, s))
            for (const Route &r : table->routes)
                if (r.target != QLatin1String("local"))
                    byTarget[r.target].append(r.blackhole ? r.destination + tr(" (blackhole)") : r.destination);
        return byTarget;
    }

    // A subnet's route lines, as its label lists them: "0.0.0.0/0 → NAT", at most three and a count.
    QStringList routeLines(const Subnet &s) const
    {
        if (!m_o.routeTables)
            return {};
        QStringList lines;
        for (const auto &[target, destinations] : routesByTarget(s)) {
            const QString to = destinations.size() > 2 ? tr("%1 and %2 more").arg(destinations.first()).arg(destinations.size() - 1)
                                                       : destinations.join(QStringLiteral(", "));
            lines << QStringLiteral("%1 → %2").arg(to, targetShort(target));
        }
        if (lines.size() > 3) {
            const qsizetype more = lines.size() - 2;
            lines = lines.mid(0, 2);
            lines << tr("+%1 more routes").arg(more);
        }
        return lines;
    }

    QStringList badgesOf(const Subnet &s) const
    {
        QStringList badges;
        if (m_o.routeTables && !s.routeTable.isEmpty())
            badges << tr("RT %1").arg(nameOr(m_e.routeTables.value(s.routeTable).name, s.routeTable));
        if (m_o.nacls && !s.nacl.isEmpty())
            badges << tr("ACL %1").arg(nameOr(m_e.nacls.value(s.nacl).name, s.nacl));
        return badges;
    }

    void addSubnet(const Subnet &s, const QString &azCluster)
    {
        const SubnetTier tier = tierOf(m_e, s);
        m_g.places.insert(s.id, {s.az.isEmpty() ? tr("unknown AZ") : s.az, tier});
        const QStringList routes = routeLines(s);
        const QString tooltip = QStringLiteral("%1 %2\n%3 · %4 · %5").arg(tr("Subnet"), m_e.displayName(s.id), cidrText(s.cidr), s.az,
                                                                      subnetTierName(tier));
        const bool asNode = m_o.level == GraphLevel::Subnet || m_o.collapsed.contains(s.id);
        if (asNode) {
            QStringList lines{nameOr(s.name, s.id), QStringLiteral("%1 · %2").arg(cidrText(s.cidr), subnetTierName(tier))};
            addNode(s.id, QStringLiteral("subnet"), (lines + routes).join(QLatin1Char('\n')), tooltip, azCluster, s.vpcId);
            m_g.nodes.last().badges = badgesOf(s);
        } else {
            const QString title = QStringLiteral("%1  %2  %3").arg(nameOr(s.name, s.id), cidrText(s.cidr), subnetTierName(tier));
            m_g.clusters.append({s.id, QStringLiteral("subnet"), (QStringList{title} + routes).join(QLatin1Char('\n')), azCluster, badgesOf(s)});
            m_g.nodeFor.insert(s.id, s.id);
        }
        bool anyEni = false;
        QList<const Eni *> enis;
        QSet<QString> natEnis; // drawn as their NAT gateway
        for (const NatGateway &nat : m_e.natGateways)
            natEnis.insert(nat.eniId);
        for (const Eni &n : m_e.enis)
            if (n.subnetId == s.id && !natEnis.contains(n.id))
                enis.append(&n);
        std::sort(enis.begin(), enis.end(), [](const Eni *a, const Eni *b) { return a->id < b->id; });
        for (const Eni *n : enis) {
            if (asNode) {
                m_g.nodeFor.insert(n->id, s.id);
                continue;
            }
            anyEni = true;
            QStringList ips;
            for (const IpAddress &ip : n->privateIps)
                ips << formatIp(ip);
            QString second = ips.value(0);
            if (!n->publicIps.empty())
                second += QStringLiteral(" · ") + formatIp(n->publicIps.front());
            addNode(n->id, QStringLiteral("eni"), QStringLiteral("%1\n%2").arg(eniTitle(m_e, *n), second),
                    QStringLiteral("%1 %2\n%3\n%4\n%5").arg(n->id, n->instanceId, n->description, ips.join(QStringLiteral(", ")), n->groups.join(QStringLiteral(", "))),
                    s.id, s.vpcId);
            m_g.nodes.last().subnet = s.id;
        }
        for (const NatGateway &nat : m_e.natGateways) {
            if (nat.subnetId != s.id)
                continue;
            addNode(nat.id, QStringLiteral("nat"), QStringLiteral("%1\n%2").arg(tr("NAT gateway"), nat.id),
                    QStringLiteral("%1\n%2 · %3").arg(nat.id, formatIp(nat.privateIp), formatIp(nat.publicIp)),
                    asNode ? azCluster : s.id, s.vpcId);
            m_g.nodes.last().subnet = s.id; // at the subnet level drawn inside the subnet's box
            if (!nat.eniId.isEmpty())
                m_g.nodeFor.insert(nat.eniId, nat.id);
            anyEni = true;
        }
        if (!asNode && !anyEni)
            addNode(s.id + QStringLiteral("/empty"), QStringLiteral("empty"), tr("no interfaces"), {}, s.id, s.vpcId);
    }

    // One line per route target of the subnet's table, from the subnet to the target; shared targets
    // (transit gateways, peering) through the VPC's attachment on its border.
    void addRoutes(const Subnet &s)
    {
        for (const auto &[target, destinations] : routesByTarget(s)) {
            const QString kind = gatewayKind(target);
            QString to = target;
            if (target.startsWith(QLatin1String("i-")))
                to = m_e.instanceEni.value(target, target);
            if (kind == QLatin1String("vpce"))
                addNode(target, kind, QStringLiteral("%1\n%2").arg(gatewayTitle(kind), target), target, s.vpcId, s.vpcId);
            else if (kind == QLatin1String("eigw") || kind == QLatin1String("vgw"))
                addNode(target, kind, QStringLiteral("%1\n%2").arg(gatewayTitle(kind), target), target, {}, s.vpcId);
            else if (kind == QLatin1String("tgw") || kind == QLatin1String("pcx"))
                to = attachment(target, s.vpcId);
            addEdge(s.id, to, QStringLiteral("route"), destinations.join(QStringLiteral(", ")));
        }
    }

    // A VPC's side of a transit gateway or peering connection: a node on its right border, linked to
    // the shared node. Returns its id (the attachment's when imported).
    QString attachment(const QString &target, const QString &vpcId)
    {
        const QString kind = gatewayKind(target);
        QString id = target + QLatin1Char('@') + vpcId;
        QString label = QStringLiteral("%1\n%2").arg(tr("Peering"), target);
        if (kind == QLatin1String("tgw")) {
            label = QStringLiteral("%1\n%2").arg(tr("TGW attachment"), target);
            for (const TgwAttachment &a : m_e.tgwAttachments)
                if (a.tgwId == target && a.resourceId == vpcId) {
                    id = a.id;
                    label = QStringLiteral("%1\n%2").arg(tr("TGW attachment"), a.id);
                }
        }
        if (!m_nodeIds.contains(id)) {
            const bool hub = kind == QLatin1String("tgw") && isHub(target);
            if (hub) // no line to the hub: the attachment names it
                label = QStringLiteral("%1\n%2").arg(tr("TGW attachment"), m_e.displayName(target));
            addNode(id, kind, label, QStringLiteral("%1 · %2").arg(m_e.displayName(target), m_e.displayName(vpcId)), {}, vpcId);
            addSharedGateway(target, kind);
            if (!hub)
                addEdge(id, target, QStringLiteral("attach"));
        }
        return id;
    }

    // Traffic-mirror sessions: a dashed line from the mirrored interface to its target where both are
    // drawn apart (the VNI and the filter in short on it), else a badge on the interface's node.
    void addMirroring()
    {
        QStringList enis = m_e.mirrorSessions.keys();
        std::sort(enis.begin(), enis.end());
        for (const QString &eni : std::as_const(enis)) {
            const QString from = m_g.nodeFor.value(eni);
            if (from.isEmpty())
                continue;
            for (const MirrorSession &s : m_e.mirrorSessions.value(eni)) {
                const QString filter = m_e.mirrorFilters.contains(s.filter) ? m_e.mirrorFilters.value(s.filter).shortText() : s.filter;
                const QString target = m_e.mirrorTargets.value(s.target);
                const QString to = m_g.nodeFor.value(target);
                const QString label = tr("mirror VNI %1 · %2").arg(s.vni).arg(filter);
                if (!to.isEmpty() && to != from) {
                    addEdge(from, to, QStringLiteral("mirror"), label);
                } else if (GraphNode *node = nodeById(from)) {
                    const QString badge = tr("mirrored → %1").arg(target.isEmpty() ? s.target : m_e.displayName(target));
                    if (!node->badges.contains(badge))
                        node->badges << badge;
                }
            }
        }
    }

    void addSecurityGroups(const QString &vpcId)
    {
        for (const SecurityGroup &sg : m_e.securityGroups) {
            if (sg.vpcId != vpcId)
                continue;
            bool used = false;
            for (const Eni &n : m_e.enis)
                if (n.vpcId == vpcId && n.groups.contains(sg.id)) {
                    used = true;
                    addEdge(sg.id, n.id, QStringLiteral("applies"));
                }
            if (used)
                addNode(sg.id, QStringLiteral("sg"), QStringLiteral("%1\n%2").arg(tr("Security group"), nameOr(sg.name, sg.id)),
                        QStringLiteral("%1\n%2 inbound, %3 outbound rules").arg(m_e.displayName(sg.id)).arg(sg.ingress.size()).arg(sg.egress.size()),
                        vpcId, vpcId);
        }
    }

    void addSharedGateway(const QString &id, const QString &kind)
    {
        QString label = QStringLiteral("%1\n%2").arg(gatewayTitle(kind), id);
        if (kind == QLatin1String("pcx")) {
            const Peering p = m_e.peerings.value(id);
            label += QStringLiteral("\n%1 ↔ %2").arg(p.requesterVpc, p.accepterVpc);
        }
        else if (const int attached = vpcsAttachedTo(id); kind == QLatin1String("tgw") && attached > 0)
            label += QLatin1Char('\n') + tr("%1 VPCs attached").arg(attached);
        addNode(id, kind, label, id, {}, {});
    }

    // A transit gateway is a hub: past a few VPCs, a line to each says nothing a badge on the VPC
    // does not, and hides the links that differ (peering). The 64-VPC estate drew 64 lines to one node.
    static constexpr int kHubLines = 8;
    int vpcsAttachedTo(const QString &tgw) const
    {
        QSet<QString> vpcs;
        for (const TgwAttachment &a : m_e.tgwAttachments)
            if (a.tgwId == tgw && a.type == QLatin1String("vpc"))
                vpcs.insert(a.resourceId);
        return int(vpcs.size());
    }
    bool isHub(const QString &tgw) const { return vpcsAttachedTo(tgw) > kHubLines; }

    void addPeeringAndTransit()
    {
        QSet<QString> expanded; // VPCs drawn as clusters
        for (const GraphCluster &c : m_g.clusters)
            if (c.kind == QLatin1String("vpc"))
                expanded.insert(c.id);
        QStringList ids = m_e.peerings.keys();
        std::sort(ids.begin(), ids.end());
        for (const QString &id : ids) {
            const Peering &p = m_e.peerings[id];
            if (!m_g.nodeFor.contains(p.requesterVpc) && !m_g.nodeFor.contains(p.accepterVpc))
                continue;
            for (const QString &other : {p.requesterVpc, p.accepterVpc}) // a peer outside the chosen VPC, as one node
                if (!m_g.nodeFor.contains(other) && m_e.vpcs.contains(other))
                    addVpcNode(other, {});
            const QString label = p.id + (p.active ? QString() : tr(" (inactive)"));
            if (!expanded.contains(p.requesterVpc) && !expanded.contains(p.accepterVpc)) {
                addEdge(p.requesterVpc, p.accepterVpc, QStringLiteral("peering"), label);
                continue;
            }
            // An expanded VPC meets the peering at its end on its border; a VPC drawn as one node, by a line.
            for (const QString &side : {p.requesterVpc, p.accepterVpc}) {
                if (expanded.contains(side))
                    attachment(p.id, side);
                else
                    addEdge(p.id, side, QStringLiteral("peering"), label);
            }
        }
        for (const TgwAttachment &a : m_e.tgwAttachments) {
            if (a.type != QLatin1String("vpc") || !m_g.nodeFor.contains(a.resourceId))
                continue;
            if (expanded.contains(a.resourceId)) {
                attachment(a.tgwId, a.resourceId);
                continue;
            }
            addSharedGateway(a.tgwId, QStringLiteral("tgw"));
            if (!isHub(a.tgwId)) {
                addEdge(a.resourceId, a.tgwId, QStringLiteral("attach"), a.id);
            } else if (GraphNode *vpcNode = nodeById(a.resourceId)) {
                const QString badge = tr("TGW %1").arg(m_e.displayName(a.tgwId));
                if (!vpcNode->badges.contains(badge))
                    vpcNode->badges << badge;
            }
        }
    }

    // Maps edge ends to visible nodes (collapsed parts), drops self-loops and edges to nothing.
    void finish()
    {
        std::map<std::tuple<QString, QString, QString>, QStringList> merged;
        QSet<QString> clusters;
        for (const GraphCluster &c : m_g.clusters)
            clusters.insert(c.id);
        for (const auto &[key, labels] : m_edges) {
            auto [from, to, kind] = key;
            from = m_g.nodeFor.value(from, from);
            to = m_g.nodeFor.value(to, to);
            const bool fromOk = m_nodeIds.contains(from) || clusters.contains(from);
            const bool toOk = m_nodeIds.contains(to) || clusters.contains(to);
            if (from == to || !fromOk || !toOk)
                continue;
            QStringList &all = merged[{from, to, kind}];
            for (const QString &l : labels)
                if (!l.isEmpty() && !all.contains(l))
                    all.append(l);
        }
        for (const auto &[key, labels] : merged)
            m_g.edges.append({std::get<0>(key), std::get<1>(key), std::get<2>(key), labels.join(QStringLiteral(", "))});
    }

    const Estate &m_e;
    const GraphOptions &m_o;
    TopologyGraph m_g;
    QSet<QString> m_nodeIds;
    std::map<std::tuple<QString, QString, QString>, QStringList> m_edges;
};

} // namespace

QString subnetTierName(SubnetTier tier)
{
    switch (tier) {
    case SubnetTier::Public: return tr("public");
    case SubnetTier::Private: return tr("private");
    case SubnetTier::Isolated: return tr("isolated");
    }
    return {};
}

BorderSide borderSide(const GraphNode &n)
{
    if (n.group.isEmpty() || !n.cluster.isEmpty())
        return BorderSide::None;
    if (n.kind == QLatin1String("igw") || n.kind == QLatin1String("eigw"))
        return BorderSide::Top;
    if (n.kind == QLatin1String("vgw"))
        return BorderSide::Left;
    if (n.kind == QLatin1String("tgw") || n.kind == QLatin1String("pcx"))
        return BorderSide::Right;
    return BorderSide::None;
}

QString graphLevelName(GraphLevel level)
{
    switch (level) {
    case GraphLevel::Vpc: return QStringLiteral("vpc");
    case GraphLevel::Subnet: return QStringLiteral("subnet");
    case GraphLevel::Eni: return QStringLiteral("eni");
    }
    return {};
}

std::optional<GraphLevel> graphLevelFromName(const QString &name)
{
    for (GraphLevel l : {GraphLevel::Vpc, GraphLevel::Subnet, GraphLevel::Eni})
        if (graphLevelName(l) == name)
            return l;
    return std::nullopt;
}

QString GraphOptions::key() const
{
    QStringList c(collapsed.begin(), collapsed.end());
    std::sort(c.begin(), c.end());
    return QStringLiteral("%1|%2|%3%4%5|%6").arg(graphLevelName(level), vpc).arg(int(securityGroups)).arg(int(nacls)).arg(int(routeTables))
        .arg(c.join(QLatin1Char(',')));
}

const GraphNode *TopologyGraph::node(const QString &id) const
{
    for (const GraphNode &n : nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

QStringList TopologyGraph::groups() const
{
    QSet<QString> g;
    for (const GraphNode &n : nodes)
        if (!n.group.isEmpty())
            g.insert(n.group);
    QStringList out(g.begin(), g.end());
    std::sort(out.begin(), out.end());
    return out;
}

TopologyGraph buildTopologyGraph(const Estate &estate, const GraphOptions &options)
{
    return Builder(estate, options).build();
}

} // namespace vpclens
