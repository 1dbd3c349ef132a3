// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/estate.h"

#include "base/protocols.h"
#include "topology/estatejson.h"
#include "topology/rulenames.h"
#include "topology/rulereaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace vpclens {

using json::arr;
using json::cidr;
using json::cidr4;
using json::ip;
using json::str;

RouteTarget routeTargetOf(const QString &target)
{
    if (target == QLatin1String("local"))
        return RouteTarget::Local;
    static constexpr std::pair<const char *, RouteTarget> kPrefixes[] = {
        {"igw-", RouteTarget::InternetGateway}, {"eigw-", RouteTarget::EgressOnlyGateway}, {"nat-", RouteTarget::NatGateway},
        {"pcx-", RouteTarget::Peering}, {"tgw-", RouteTarget::TransitGateway}, {"eni-", RouteTarget::Interface},
        {"i-", RouteTarget::Interface}, {"vpce-", RouteTarget::Endpoint}, {"vgw-", RouteTarget::VirtualPrivateGateway},
    };
    for (const auto &[prefix, kind] : kPrefixes)
        if (target.startsWith(QLatin1String(prefix)))
            return kind;
    return RouteTarget::Other;
}

namespace {

// Compiles an estate one resource kind at a time: one reader per kind, in the order of kReaders
// (a kind reads what the kinds before it left: subnets find their VPC, interfaces their subnet).
struct EstateCompiler {
    Estate e;
    QHash<QString, QString> defaultNacl, mainTable; // VPC -> its default NACL, its main route table
    QHash<QString, QString> sgrIds;                 // security-group rule name -> its sgr- id

    void vpc(const ResourceSummary &r, const QJsonObject &o)
    {
        Vpc v;
        v.id = r.id;
        v.name = r.name;
        QStringList blocks{str(o, "CidrBlock")};
        for (const auto &a : arr(o, "CidrBlockAssociationSet"))
            blocks << str(a.toObject(), "CidrBlock");
        blocks.removeDuplicates();
        for (const QString &b : blocks)
            if (auto c = cidr4(b))
                v.cidrs.push_back(*c);
        for (const auto &a : arr(o, "Ipv6CidrBlockAssociationSet"))
            if (auto c = cidr(str(a.toObject(), "Ipv6CidrBlock")); c && !c->isV4())
                v.ipv6Cidrs.push_back(*c);
        e.vpcs.insert(v.id, v);
    }

    void dnsSupport(const ResourceSummary &r, const QJsonObject &o)
    {
        if (auto it = e.vpcs.find(r.id); it != e.vpcs.end())
            if (const QJsonValue v = o.value(QLatin1String("EnableDnsSupport")).toObject().value(QLatin1String("Value")); v.isBool())
                it->dnsSupport = v.toBool();
    }

    void dnsHostnames(const ResourceSummary &r, const QJsonObject &o)
    {
        if (auto it = e.vpcs.find(r.id); it != e.vpcs.end())
            if (const QJsonValue v = o.value(QLatin1String("EnableDnsHostnames")).toObject().value(QLatin1String("Value")); v.isBool())
                it->dnsHostnames = v.toBool();
    }

    void internetGateway(const ResourceSummary &r, const QJsonObject &o)
    {
        for (const auto &a : arr(o, "Attachments"))
            if (auto it = e.vpcs.find(str(a.toObject(), "VpcId")); it != e.vpcs.end())
                it->igw = r.id;
    }

    void subnet(const ResourceSummary &r, const QJsonObject &o)
    {
        Subnet s;
        s.id = r.id;
        s.name = r.name;
        s.vpcId = str(o, "VpcId");
        s.az = str(o, "AvailabilityZone");
        s.cidr = cidr4(str(o, "CidrBlock")).value_or(Ipv4Cidr{});
        e.subnets.insert(s.id, s);
    }

    void securityGroup(const ResourceSummary &r, const QJsonObject &o)
    {
        e.securityGroups.insert(r.id, SecurityGroup{r.id, str(o, "GroupName"), str(o, "VpcId"), sgRules(r.id, arr(o, "IpPermissions"), false, sgrIds),
                                                    sgRules(r.id, arr(o, "IpPermissionsEgress"), true, sgrIds)});
    }

    // describe-security-group-rules: one rule per peer with its own id, kept to name the rules.
    void securityGroupRule(const ResourceSummary &r, const QJsonObject &o)
    {
        const QJsonValue from = o.value(QLatin1String("FromPort")), to = o.value(QLatin1String("ToPort"));
        const PortRange ports{from.toInt(-1), to.toInt(-1)};
        QString peer = str(o, "CidrIpv4");
        for (const char *key : {"CidrIpv6", "PrefixListId"})
            if (peer.isEmpty())
                peer = str(o, key);
        if (peer.isEmpty())
            peer = str(o.value(QLatin1String("ReferencedGroupInfo")).toObject(), "GroupId");
        const QString group = str(o, "GroupId");
        if (!peer.isEmpty() && !group.isEmpty())
            sgrIds.insert(securityGroupRuleName(group, o.value(QLatin1String("IsEgress")).toBool(),
                                                protocolNumber(o.value(QLatin1String("IpProtocol")).toVariant().toString()), ports, peer),
                          r.id);
    }

    void networkAcl(const ResourceSummary &r, const QJsonObject &o)
    {
        NetworkAcl acl{r.id, r.name, str(o, "VpcId"), o.value(QLatin1String("IsDefault")).toBool(), {}, {}};
        for (const auto &en : arr(o, "Entries"))
            addNaclEntry(acl, en.toObject());
        auto byNumber = [](const NaclEntry &a, const NaclEntry &b) { return a.ruleNumber < b.ruleNumber; };
        std::stable_sort(acl.ingress.begin(), acl.ingress.end(), byNumber);
        std::stable_sort(acl.egress.begin(), acl.egress.end(), byNumber);
        if (acl.isDefault)
            defaultNacl.insert(acl.vpcId, acl.id);
        for (const auto &a : arr(o, "Associations"))
            if (auto it = e.subnets.find(str(a.toObject(), "SubnetId")); it != e.subnets.end())
                it->nacl = acl.id;
        e.nacls.insert(acl.id, std::move(acl));
    }

    void routeTable(const ResourceSummary &r, const QJsonObject &o)
    {
        RouteTable t{r.id, r.name, str(o, "VpcId"), false, {}};
        for (const auto &a : arr(o, "Associations")) {
            const QJsonObject assoc = a.toObject();
            if (assoc.value(QLatin1String("Main")).toBool())
                t.main = true;
            else if (auto it = e.subnets.find(str(assoc, "SubnetId")); it != e.subnets.end())
                it->routeTable = t.id;
        }
        for (const auto &rv : arr(o, "Routes")) {
            const QJsonObject ro = rv.toObject();
            Route route;
            route.destination = str(ro, "DestinationCidrBlock");
            if (route.destination.isEmpty())
                route.destination = str(ro, "DestinationIpv6CidrBlock");
            if (route.destination.isEmpty())
                route.destination = str(ro, "DestinationPrefixListId");
            if (route.destination.isEmpty())
                continue;
            route.cidr = cidr(route.destination);
            if (route.destination.startsWith(QLatin1String("pl-")))
                route.prefixList = route.destination;
            for (const char *key : {"GatewayId", "NatGatewayId", "VpcPeeringConnectionId", "TransitGatewayId", "NetworkInterfaceId",
                                    "InstanceId", "EgressOnlyInternetGatewayId", "LocalGatewayId", "CarrierGatewayId"})
                if (route.target.isEmpty())
                    route.target = str(ro, key);
            route.blackhole = str(ro, "State") == QLatin1String("blackhole");
            route.name = routeName(t.id, route.destination);
            t.routes.push_back(std::move(route));
        }
        if (t.main)
            mainTable.insert(t.vpcId, t.id);
        e.routeTables.insert(t.id, std::move(t));
    }

    void mirrorSession(const ResourceSummary &r, const QJsonObject &o)
    {
        MirrorSession m;
        m.id = r.id;
        m.eni = o.value(QLatin1String("NetworkInterfaceId")).toString();
        m.target = o.value(QLatin1String("TrafficMirrorTargetId")).toString();
        m.filter = o.value(QLatin1String("TrafficMirrorFilterId")).toString();
        m.vni = o.value(QLatin1String("VirtualNetworkId")).toInteger(-1);
        m.packetLength = o.value(QLatin1String("PacketLength")).toInt(0);
        m.number = o.value(QLatin1String("SessionNumber")).toInt(0);
        if (!m.eni.isEmpty())
            e.mirrorSessions[m.eni].append(m);
    }

    void mirrorFilter(const ResourceSummary &r, const QJsonObject &o)
    {
        MirrorFilter f;
        f.id = r.id;
        auto rules = [&](const char *key) {
            std::vector<MirrorFilterRule> out;
            for (const QJsonValue &v : arr(o, key)) {
                const QJsonObject j = v.toObject();
                MirrorFilterRule rule;
                rule.number = j.value(QLatin1String("RuleNumber")).toInt();
                rule.accept = j.value(QLatin1String("RuleAction")).toString() != QLatin1String("reject");
                rule.protocol = j.contains(QLatin1String("Protocol")) ? j.value(QLatin1String("Protocol")).toInt(-1) : -1;
                auto range = [&](const char *name, int &from, int &to) {
                    const QJsonObject p = j.value(QLatin1String(name)).toObject();
                    if (p.contains(QLatin1String("FromPort"))) {
                        from = p.value(QLatin1String("FromPort")).toInt();
                        to = p.value(QLatin1String("ToPort")).toInt(from);
                    }
                };
                range("SourcePortRange", rule.srcFrom, rule.srcTo);
                range("DestinationPortRange", rule.dstFrom, rule.dstTo);
                rule.src = parseIpCidr(j.value(QLatin1String("SourceCidrBlock")).toString().toStdString());
                rule.dst = parseIpCidr(j.value(QLatin1String("DestinationCidrBlock")).toString().toStdString());
                out.push_back(rule);
            }
            std::sort(out.begin(), out.end(), [](const MirrorFilterRule &a, const MirrorFilterRule &b) { return a.number < b.number; });
            return out;
        };
        f.ingress = rules("IngressFilterRules");
        f.egress = rules("EgressFilterRules");
        for (const QJsonValue &v : arr(o, "NetworkServices"))
            f.services << v.toString();
        e.mirrorFilters.insert(f.id, std::move(f));
    }

    void mirrorTarget(const ResourceSummary &r, const QJsonObject &o)
    {
        QString what = o.value(QLatin1String("NetworkInterfaceId")).toString();
        if (what.isEmpty())
            what = o.value(QLatin1String("NetworkLoadBalancerArn")).toString();
        if (what.isEmpty())
            what = o.value(QLatin1String("GatewayLoadBalancerEndpointId")).toString();
        e.mirrorTargets.insert(r.id, what);
    }

    void instance(const ResourceSummary &r, const QJsonObject &o)
    {
        if (r.deleted)
            return;
        if (!r.name.isEmpty() && r.name != r.id)
            e.instanceNames.insert(r.id, r.name);
        const QJsonArray nics = arr(o, "NetworkInterfaces");
        for (const auto &nic : nics) {
            const QJsonObject n = nic.toObject();
            const QString kept = addInterface(n, r.id);
            if (n.value(QLatin1String("Attachment")).toObject().value(QLatin1String("DeviceIndex")).toInt(-1) == 0 || nics.size() == 1)
                e.instanceEni.insert(r.id, kept);
        }
        if (auto it = e.enis.find(e.instanceEni.value(r.id)); it != e.enis.end() && o.contains(QLatin1String("SourceDestCheck")))
            it->sourceDestCheck = o.value(QLatin1String("SourceDestCheck")).toBool(true);
    }

    void address(const ResourceSummary &, const QJsonObject &o)
    {
        if (auto it = e.enis.find(str(o, "NetworkInterfaceId")); it != e.enis.end())
            if (auto p = ip(str(o, "PublicIp")); p && std::find(it->publicIps.begin(), it->publicIps.end(), *p) == it->publicIps.end())
                it->publicIps.push_back(*p);
    }

    void natGateway(const ResourceSummary &r, const QJsonObject &o)
    {
        NatGateway g;
        g.id = r.id;
        g.subnetId = str(o, "SubnetId");
        g.available = !r.deleted && str(o, "State") != QLatin1String("pending");
        const QJsonObject a = arr(o, "NatGatewayAddresses").first().toObject();
        g.eniId = str(a, "NetworkInterfaceId");
        g.privateIp = ip(str(a, "PrivateIp")).value_or(IpAddress());
        g.publicIp = ip(str(a, "PublicIp")).value_or(IpAddress());
        e.natGateways.insert(g.id, g);
    }

    void peering(const ResourceSummary &r, const QJsonObject &o)
    {
        e.peerings.insert(r.id, Peering{r.id, str(o.value(QLatin1String("RequesterVpcInfo")).toObject(), "VpcId"),
                                        str(o.value(QLatin1String("AccepterVpcInfo")).toObject(), "VpcId"),
                                        str(o.value(QLatin1String("Status")).toObject(), "Code") == QLatin1String("active")});
    }

    void prefixList(const ResourceSummary &r, const QJsonObject &o)
    {
        for (const auto &c : arr(o, "Cidrs"))
            if (auto block = cidr(c.toString())) {
                e.prefixLists[r.id].push_back(*block);
                e.awsServiceCidrs.push_back(*block);
            }
    }

    void prefixListEntries(const ResourceSummary &r, const QJsonObject &o)
    {
        for (const auto &c : arr(o, "Entries"))
            if (auto block = cidr(str(c.toObject(), "Cidr")))
                e.prefixLists[r.id].push_back(*block);
    }

    void transitGatewayAttachment(const ResourceSummary &r, const QJsonObject &o)
    {
        TgwAttachment a;
        a.id = r.id;
        a.tgwId = str(o, "TransitGatewayId");
        a.type = str(o, "ResourceType");
        a.resourceId = str(o, "ResourceId");
        a.routeTable = str(o.value(QLatin1String("Association")).toObject(), "TransitGatewayRouteTableId");
        a.available = !r.deleted && str(o, "State") != QLatin1String("pendingAcceptance");
        e.tgwAttachments.insert(a.id, a);
    }

    void transitGatewayVpcAttachment(const ResourceSummary &r, const QJsonObject &o)
    {
        TgwAttachment &a = e.tgwAttachments[r.id];
        a.id = r.id;
        if (a.tgwId.isEmpty())
            a.tgwId = str(o, "TransitGatewayId");
        a.type = QStringLiteral("vpc");
        a.resourceId = str(o, "VpcId");
        a.available = a.available && !r.deleted;
        for (const auto &sn : arr(o, "SubnetIds"))
            a.subnetIds << sn.toString();
    }

    void transitGatewayRouteTable(const ResourceSummary &r, const QJsonObject &o)
    {
        e.tgwRouteTables[r.id].id = r.id;
        e.tgwRouteTables[r.id].tgwId = str(o, "TransitGatewayId");
    }

    void addTgwRoute(const QString &table, const QJsonObject &ro)
    {
        TgwRoute t;
        t.destination = str(ro, "DestinationCidrBlock");
        const auto c = cidr(t.destination);
        if (!c)
            return;
        t.cidr = *c;
        t.blackhole = str(ro, "State") == QLatin1String("blackhole") || str(ro, "Type") == QLatin1String("blackhole");
        const QJsonArray atts = arr(ro, "TransitGatewayAttachments");
        if (!atts.isEmpty())
            t.attachment = str(atts.first().toObject(), "TransitGatewayAttachmentId");
        e.tgwRouteTables[table].id = table;
        e.tgwRouteTables[table].routes.push_back(t);
    }

    void transitGatewayRoutes(const ResourceSummary &r, const QJsonObject &o)
    {
        for (const auto &ro : arr(o, "Routes"))
            addTgwRoute(r.id, ro.toObject());
    }

    void transitGatewayPropagations(const ResourceSummary &r, const QJsonObject &o)
    {
        for (const auto &pv : arr(o, "TransitGatewayRouteTablePropagations")) {
            const QJsonObject p = pv.toObject();
            if (str(p, "State") != QLatin1String("enabled") || str(p, "ResourceType") != QLatin1String("vpc"))
                continue;
            const Vpc vpc = e.vpcs.value(str(p, "ResourceId"));
            std::vector<IpCidr> blocks(vpc.cidrs.begin(), vpc.cidrs.end());
            blocks.insert(blocks.end(), vpc.ipv6Cidrs.begin(), vpc.ipv6Cidrs.end());
            for (const IpCidr &c : blocks) {
                e.tgwRouteTables[r.id].id = r.id;
                e.tgwRouteTables[r.id].routes.push_back(TgwRoute{c, formatCidr(c), str(p, "TransitGatewayAttachmentId"), false});
            }
        }
    }

    void listener(const ResourceSummary &, const QJsonObject &o)
    {
        const QString arn = str(o, "LoadBalancerArn");
        const int at = arn.indexOf(QLatin1String(":loadbalancer/"));
        if (at < 0)
            return;
        const QString key = arn.mid(at + 14);
        const QString proto = str(o, "Protocol");
        const int port = o.value(QLatin1String("Port")).toInt();
        QStringList groups;
        for (const auto &av : arr(o, "DefaultActions")) {
            const QJsonObject a = av.toObject();
            if (str(a, "Type") != QLatin1String("forward"))
                continue;
            groups << str(a, "TargetGroupArn");
            for (const auto &g : arr(a.value(QLatin1String("ForwardConfig")).toObject(), "TargetGroups"))
                groups << str(g.toObject(), "TargetGroupArn");
        }
        groups.removeAll(QString());
        groups.removeDuplicates();
        if (proto != QLatin1String("UDP"))
            e.lbListeners[key].append({6, port, groups});
        if (proto == QLatin1String("UDP") || proto == QLatin1String("TCP_UDP"))
            e.lbListeners[key].append({17, port, groups});
    }

    void targetGroup(const ResourceSummary &r, const QJsonObject &o)
    {
        TargetGroup &g = e.targetGroups[r.id];
        g.arn = r.id;
        g.name = str(o, "TargetGroupName");
        g.type = str(o, "TargetType");
    }

    void targetHealth(const ResourceSummary &r, const QJsonObject &o)
    {
        if (!r.id.startsWith(QLatin1String("arn:")))
            return; // describe-target-health for one group does not say which: nothing to attach it to
        TargetGroup &g = e.targetGroups[r.id];
        g.arn = r.id;
        g.healthKnown = true;
        for (const auto &dv : arr(o, "TargetHealthDescriptions")) {
            const QJsonObject d = dv.toObject();
            const QJsonObject t = d.value(QLatin1String("Target")).toObject();
            g.targets.push_back(LbTarget{str(t, "Id"), t.value(QLatin1String("Port")).toInt(),
                                         str(d.value(QLatin1String("TargetHealth")).toObject(), "State")});
        }
    }

    void networkInterface(const ResourceSummary &, const QJsonObject &o) { addInterface(o, {}); }

    // Returns the id the interface is kept under: its own, or "eni-.../i-..." when another instance
    // already named that id (anonymised exports do this; the import warns).
    QString addInterface(const QJsonObject &o, const QString &instanceId)
    {
        Eni n;
        n.id = str(o, "NetworkInterfaceId");
        if (n.id.isEmpty())
            return {};
        if (const auto it = e.enis.constFind(n.id); it != e.enis.cend()) {
            if (instanceId.isEmpty() || it->instanceId.isEmpty() || it->instanceId == instanceId)
                return n.id;
            n.id = QStringLiteral("%1/%2").arg(n.id, instanceId);
            if (e.enis.contains(n.id))
                return n.id;
        }
        n.subnetId = str(o, "SubnetId");
        n.vpcId = str(o, "VpcId");
        n.type = str(o, "InterfaceType");
        n.description = str(o, "Description");
        n.instanceId = instanceId.isEmpty() ? str(o.value(QLatin1String("Attachment")).toObject(), "InstanceId") : instanceId;
        n.sourceDestCheck = o.value(QLatin1String("SourceDestCheck")).toBool(true);
        for (const auto &g : arr(o, "Groups"))
            n.groups << str(g.toObject(), "GroupId");
        auto addPublic = [&](const QJsonObject &assoc) {
            if (auto p = ip(str(assoc, "PublicIp")); p && std::find(n.publicIps.begin(), n.publicIps.end(), *p) == n.publicIps.end())
                n.publicIps.push_back(*p);
        };
        if (auto p = ip(str(o, "PrivateIpAddress")))
            n.privateIps.push_back(*p);
        addPublic(o.value(QLatin1String("Association")).toObject());
        for (const auto &pv : arr(o, "PrivateIpAddresses")) {
            const QJsonObject po = pv.toObject();
            if (auto p = ip(str(po, "PrivateIpAddress")); p && std::find(n.privateIps.begin(), n.privateIps.end(), *p) == n.privateIps.end())
                n.privateIps.push_back(*p);
            addPublic(po.value(QLatin1String("Association")).toObject());
        }
        for (const auto &v6 : arr(o, "Ipv6Addresses"))
            if (auto p = ip(str(v6.toObject(), "Ipv6Address")); p && !p->isV4())
                n.privateIps.push_back(*p);
        const QString id = n.id;
        e.enis.insert(id, std::move(n));
        return id;
    }

    // What no single resource says: the default NACL and main route table of subnets without their
    // own, and the owners of addresses and members of groups, resolved once.
    void finish()
    {
        for (Subnet &s : e.subnets) {
            if (s.nacl.isEmpty())
                s.nacl = defaultNacl.value(s.vpcId);
            if (s.routeTable.isEmpty())
                s.routeTable = mainTable.value(s.vpcId);
        }
        for (Eni &n : e.enis) {
            n.noRuleIngress = noSecurityGroupRuleName(n.groups, false);
            n.noRuleEgress = noSecurityGroupRuleName(n.groups, true);
        }
        for (const Eni &n : std::as_const(e.enis)) {
            for (const IpAddress &a : n.privateIps)
                e.privateOwner.insert(a, n.id);
            for (const IpAddress &a : n.publicIps)
                e.publicOwner.insert(a, n.id);
            for (const QString &g : n.groups)
                e.groupMembers[g].insert(e.groupMembers[g].end(), n.privateIps.begin(), n.privateIps.end());
        }
    }
};

struct KindReader {
    const char *kind;
    void (EstateCompiler::*read)(const ResourceSummary &, const QJsonObject &);
};

constexpr KindReader kReaders[] = {
    {"vpc", &EstateCompiler::vpc},
    {"vpc-dns-support", &EstateCompiler::dnsSupport},
    {"vpc-dns-hostnames", &EstateCompiler::dnsHostnames},
    {"internet-gateway", &EstateCompiler::internetGateway},
    {"subnet", &EstateCompiler::subnet},
    {"security-group-rule", &EstateCompiler::securityGroupRule},
    {"security-group", &EstateCompiler::securityGroup},
    {"network-acl", &EstateCompiler::networkAcl},
    {"route-table", &EstateCompiler::routeTable},
    {"network-interface", &EstateCompiler::networkInterface},
    {"instance", &EstateCompiler::instance},
    {"address", &EstateCompiler::address},
    {"nat-gateway", &EstateCompiler::natGateway},
    {"vpc-peering-connection", &EstateCompiler::peering},
    {"prefix-list", &EstateCompiler::prefixList},
    {"prefix-list-entries", &EstateCompiler::prefixListEntries},
    {"transit-gateway-attachment", &EstateCompiler::transitGatewayAttachment},
    {"transit-gateway-vpc-attachment", &EstateCompiler::transitGatewayVpcAttachment},
    {"transit-gateway-route-table", &EstateCompiler::transitGatewayRouteTable},
    {"transit-gateway-routes", &EstateCompiler::transitGatewayRoutes},
    {"transit-gateway-propagations", &EstateCompiler::transitGatewayPropagations},
    {"listener", &EstateCompiler::listener},
    {"target-group", &EstateCompiler::targetGroup},
    {"target-health", &EstateCompiler::targetHealth},
    {"traffic-mirror-session", &EstateCompiler::mirrorSession},
    {"traffic-mirror-filter", &EstateCompiler::mirrorFilter},
    {"traffic-mirror-target", &EstateCompiler::mirrorTarget},
};

} // namespace

bool MirrorFilter::copies(bool arriving, int protocol, const IpAddress &src, const IpAddress &dst, int srcPort, int dstPort) const
{
    auto inRange = [](int from, int to, int port) { return from < 0 || (port >= from && port <= to); };
    for (const MirrorFilterRule &r : arriving ? ingress : egress) {
        if (r.protocol >= 0 && r.protocol != protocol)
            continue;
        if ((r.src && !r.src->contains(src)) || (r.dst && !r.dst->contains(dst)))
            continue;
        const bool ports = protocol == 6 || protocol == 17;
        if (ports && (!inRange(r.srcFrom, r.srcTo, srcPort) || !inRange(r.dstFrom, r.dstTo, dstPort)))
            continue;
        return r.accept;
    }
    return false;
}

QString MirrorFilter::shortText() const
{
    auto side = [](const std::vector<MirrorFilterRule> &rules) {
        QStringList parts;
        for (const MirrorFilterRule &r : rules) {
            if (!r.accept)
                continue;
            QString p = r.protocol < 0 ? QStringLiteral("all") : protocolShortName(r.protocol);
            if (r.dstFrom >= 0)
                p += r.dstFrom == r.dstTo ? QStringLiteral("/%1").arg(r.dstFrom) : QStringLiteral("/%1-%2").arg(r.dstFrom).arg(r.dstTo);
            parts << p;
        }
        parts.removeDuplicates();
        return parts.isEmpty() ? QStringLiteral("-") : parts.join(QLatin1Char(','));
    };
    return QStringLiteral("in: %1; out: %2").arg(side(ingress), side(egress));
}

Estate Estate::build(const ResourceSource &source)
{
    EstateCompiler compiler;
    for (const KindReader &reader : kReaders)
        source.forEach(reader.kind, [&](const ResourceSummary &r, const QJsonObject &o) { (compiler.*reader.read)(r, o); });
    compiler.finish();
    return std::move(compiler.e);
}
} // namespace vpclens
