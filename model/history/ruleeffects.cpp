// SPDX-License-Identifier: GPL-3.0-or-later
// CloudTrail calls on rules: security-group rules authorised and revoked (one peer at a time, as the
// console shows them), network ACL entries and associations, routes and route-table associations.
#include "history/effectcontext.h"

#include <algorithm>

namespace vpclens::effects {

// ---- security groups --------------------------------------------------------------------------

static QJsonObject shapedPermission(QJsonObject p)
{
    const QString protocol = sgProtocol(p.value(key("IpProtocol")));
    p.insert(key("IpProtocol"), protocol);
    if (protocol == QLatin1String("-1")) {
        p.remove(key("FromPort"));
        p.remove(key("ToPort"));
    }
    for (const char *list : {"IpRanges", "Ipv6Ranges", "PrefixListIds", "UserIdGroupPairs"})
        if (!p.value(key(list)).isArray())
            p.insert(key(list), QJsonArray{});
    return p;
}

// The permissions a call names: ipPermissions, or the legacy flat parameters (cidrIp, fromPort, ...).
static QJsonArray permissionsOf(const QJsonObject &req)
{
    QJsonArray out;
    for (const QJsonValue &p : req.value(key("IpPermissions")).toArray())
        out.append(shapedPermission(p.toObject()));
    if (!out.isEmpty() || !req.contains(key("IpProtocol")))
        return out;
    QJsonObject p{{QStringLiteral("IpProtocol"), req.value(key("IpProtocol"))}};
    if (req.contains(key("FromPort")))
        p.insert(key("FromPort"), req.value(key("FromPort")));
    if (req.contains(key("ToPort")))
        p.insert(key("ToPort"), req.value(key("ToPort")));
    if (const QString cidr = str(req, "CidrIp"); !cidr.isEmpty())
        p.insert(key("IpRanges"), QJsonArray{QJsonObject{{QStringLiteral("CidrIp"), cidr}}});
    if (const QString group = str(req, "SourceSecurityGroupId"); !group.isEmpty())
        p.insert(key("UserIdGroupPairs"), QJsonArray{QJsonObject{{QStringLiteral("GroupId"), group}}});
    out.append(shapedPermission(p));
    return out;
}

static bool samePorts(const QJsonObject &a, const QJsonObject &b)
{
    return a.value(key("IpProtocol")).toString() == b.value(key("IpProtocol")).toString()
           && a.value(key("FromPort")).toInteger(-1) == b.value(key("FromPort")).toInteger(-1)
           && a.value(key("ToPort")).toInteger(-1) == b.value(key("ToPort")).toInteger(-1);
}

static QString peerOf(const char *list, const QJsonValue &peer)
{
    static const QHash<QString, const char *> field{{QStringLiteral("IpRanges"), "CidrIp"}, {QStringLiteral("Ipv6Ranges"), "CidrIpv6"},
                                                     {QStringLiteral("PrefixListIds"), "PrefixListId"},
                                                     {QStringLiteral("UserIdGroupPairs"), "GroupId"}};
    return peer.toObject().value(key(field.value(QLatin1String(list)))).toString();
}

constexpr const char *kPeerLists[] = {"IpRanges", "Ipv6Ranges", "PrefixListIds", "UserIdGroupPairs"};

static ConfigResource *groupOf(Context &c, QString &problem)
{
    QString id = str(c.req, "GroupId");
    if (id.isEmpty()) { // EC2-Classic and default-VPC calls name the group
        const QString name = str(c.req, "GroupName");
        c.forEach(QStringLiteral("security-group"), [&](ConfigResource &r) {
            if (id.isEmpty() && !name.isEmpty() && r.json.value(key("GroupName")).toString() == name && r.summary.region == c.event.region)
                id = r.summary.id;
        });
        if (id.isEmpty() && name.isEmpty()) {
            problem = QStringLiteral("no groupId or groupName");
            return nullptr;
        }
    }
    ConfigResource *g = c.find(QStringLiteral("security-group"), id);
    if (!g)
        problem = c.missing(QStringLiteral("security-group"), id.isEmpty() ? str(c.req, "GroupName") : id);
    return g;
}

// Rules named only by id (sgr-...): resolved through describe-security-group-rules, where imported.
static QJsonArray permissionsOfRuleIds(Context &c, bool egress, QString &problem)
{
    QJsonArray out;
    const QStringList ids = idList(c.req, "SecurityGroupRuleId", "SecurityGroupRuleIds");
    for (const QString &id : ids) {
        const ConfigResource *rule = c.find(QStringLiteral("security-group-rule"), id);
        if (!rule || rule->json.value(key("IsEgress")).toBool() != egress) {
            problem = c.lenient ? QString() : QStringLiteral("rule %1 is named only by id, and no imported describe-security-group-rules holds it").arg(id);
            return {};
        }
        const QJsonObject r = rule->json;
        QJsonObject p{{QStringLiteral("IpProtocol"), r.value(key("IpProtocol"))}, {QStringLiteral("FromPort"), r.value(key("FromPort"))},
                      {QStringLiteral("ToPort"), r.value(key("ToPort"))}};
        if (r.contains(key("CidrIpv4")))
            p.insert(key("IpRanges"), QJsonArray{QJsonObject{{QStringLiteral("CidrIp"), r.value(key("CidrIpv4"))}}});
        if (r.contains(key("CidrIpv6")))
            p.insert(key("Ipv6Ranges"), QJsonArray{QJsonObject{{QStringLiteral("CidrIpv6"), r.value(key("CidrIpv6"))}}});
        if (r.contains(key("PrefixListId")))
            p.insert(key("PrefixListIds"), QJsonArray{QJsonObject{{QStringLiteral("PrefixListId"), r.value(key("PrefixListId"))}}});
        if (const QString g = r.value(key("ReferencedGroupInfo"))[key("GroupId")].toString(); !g.isEmpty())
            p.insert(key("UserIdGroupPairs"), QJsonArray{QJsonObject{{QStringLiteral("GroupId"), g}}});
        out.append(shapedPermission(p));
    }
    if (ids.isEmpty())
        problem = QStringLiteral("no ipPermissions, rule parameters or rule ids");
    return out;
}

QString securityGroupRules(Context &c, bool egress, bool add)
{
    QString problem;
    QJsonArray perms = permissionsOf(c.req);
    if (perms.isEmpty()) {
        if (add)
            return QStringLiteral("no ipPermissions or rule parameters");
        perms = permissionsOfRuleIds(c, egress, problem);
        if (perms.isEmpty())
            return problem;
    }
    ConfigResource *g = groupOf(c, problem);
    if (!g)
        return problem;
    const QLatin1String listKey = egress ? key("IpPermissionsEgress") : key("IpPermissions");
    QJsonArray list = g->json.value(listKey).toArray();
    for (const QJsonValue &pv : std::as_const(perms)) {
        const QJsonObject p = pv.toObject();
        qsizetype at = -1;
        for (qsizetype i = 0; i < list.size(); ++i)
            if (samePorts(list[i].toObject(), p))
                at = i;
        if (add) {
            if (at < 0) {
                list.append(p);
                continue;
            }
            QJsonObject merged = list[at].toObject();
            for (const char *peers : kPeerLists) {
                QJsonArray have = merged.value(key(peers)).toArray();
                for (const QJsonValue &peer : p.value(key(peers)).toArray())
                    if (std::none_of(have.begin(), have.end(), [&](const QJsonValue &h) { return peerOf(peers, h) == peerOf(peers, peer); }))
                        have.append(peer);
                merged.insert(key(peers), have);
            }
            list[at] = merged;
            continue;
        }
        if (at < 0)
            return QStringLiteral("%1 has no %2 rule for %3 %4-%5").arg(g->summary.id, egress ? QStringLiteral("egress") : QStringLiteral("ingress"),
                                                                       p.value(key("IpProtocol")).toString())
                .arg(p.value(key("FromPort")).toInteger(-1)).arg(p.value(key("ToPort")).toInteger(-1));
        QJsonObject kept = list[at].toObject();
        bool anyPeer = false;
        for (const char *peers : kPeerLists) {
            QJsonArray have = kept.value(key(peers)).toArray();
            for (const QJsonValue &peer : p.value(key(peers)).toArray())
                for (qsizetype i = have.size() - 1; i >= 0; --i)
                    if (peerOf(peers, have[i]) == peerOf(peers, peer))
                        have.removeAt(i);
            kept.insert(key(peers), have);
            anyPeer = anyPeer || !have.isEmpty();
        }
        if (anyPeer)
            list[at] = kept;
        else
            list.removeAt(at);
    }
    g->json.insert(listKey, list);
    return {};
}

QString createSecurityGroup(Context &c)
{
    const QString id = str(c.resp, "GroupId");
    if (id.isEmpty())
        return QStringLiteral("no groupId in the response");
    // A new group allows all outbound traffic and no inbound (the VPC default).
    QJsonObject g{{QStringLiteral("GroupId"), id}, {QStringLiteral("GroupName"), c.req.value(key("GroupName"))},
                  {QStringLiteral("Description"), c.req.value(key("GroupDescription"))}, {QStringLiteral("VpcId"), c.req.value(key("VpcId"))},
                  {QStringLiteral("IpPermissions"), QJsonArray{}},
                  {QStringLiteral("IpPermissionsEgress"), QJsonArray{shapedPermission(QJsonObject{
                       {QStringLiteral("IpProtocol"), QStringLiteral("-1")},
                       {QStringLiteral("IpRanges"), QJsonArray{QJsonObject{{QStringLiteral("CidrIp"), QStringLiteral("0.0.0.0/0")}}}}})}}};
    if (!c.lenient)
        c.put(QStringLiteral("security-group"), id, g);
    return {};
}

// ---- network ACLs -----------------------------------------------------------------------------

QString aclEntry(Context &c, bool remove)
{
    const QString id = str(c.req, "NetworkAclId");
    if (id.isEmpty() || !c.req.contains(key("RuleNumber")))
        return QStringLiteral("no networkAclId or ruleNumber");
    const qint64 number = c.req.value(key("RuleNumber")).toVariant().toLongLong();
    const bool egress = truth(c.req.value(key("Egress")));
    QJsonObject entry;
    if (!remove) {
        const QString protocol = aclProtocol(c.req.value(key("Protocol")));
        entry = {{QStringLiteral("RuleNumber"), number}, {QStringLiteral("Egress"), egress}, {QStringLiteral("Protocol"), protocol},
                 {QStringLiteral("RuleAction"), str(c.req, "RuleAction").toLower()}};
        if (c.req.contains(key("Ipv6CidrBlock")))
            entry.insert(key("Ipv6CidrBlock"), c.req.value(key("Ipv6CidrBlock")));
        else
            entry.insert(key("CidrBlock"), c.req.value(key("CidrBlock")));
        const QJsonObject ports = c.req.value(key("PortRange")).toObject();
        if ((protocol == QLatin1String("6") || protocol == QLatin1String("17")) && !ports.isEmpty())
            entry.insert(key("PortRange"), QJsonObject{{QStringLiteral("From"), ports.value(key("From"))}, {QStringLiteral("To"), ports.value(key("To"))}});
        const QJsonObject icmp = c.req.value(key("IcmpTypeCode")).toObject();
        if ((protocol == QLatin1String("1") || protocol == QLatin1String("58")) && !icmp.isEmpty())
            entry.insert(key("IcmpTypeCode"), QJsonObject{{QStringLiteral("Code"), icmp.value(key("Code"))}, {QStringLiteral("Type"), icmp.value(key("Type"))}});
        if (entry.value(key("RuleAction")).toString().isEmpty())
            return QStringLiteral("no ruleAction");
    }
    ConfigResource *acl = c.find(QStringLiteral("network-acl"), id);
    if (!acl)
        return c.missing(QStringLiteral("network-acl"), id);
    QJsonArray entries = acl->json.value(key("Entries")).toArray();
    bool found = false;
    for (qsizetype i = entries.size() - 1; i >= 0; --i)
        if (entries[i][key("RuleNumber")].toVariant().toLongLong() == number && entries[i][key("Egress")].toBool() == egress) {
            entries.removeAt(i);
            found = true;
        }
    if (remove && !found)
        return QStringLiteral("%1 has no %2 entry %3").arg(id, egress ? QStringLiteral("egress") : QStringLiteral("ingress")).arg(number);
    if (!remove)
        entries.append(entry);
    acl->json.insert(key("Entries"), entries);
    return {};
}

QString replaceAclAssociation(Context &c)
{
    const QString association = str(c.req, "AssociationId"), target = str(c.req, "NetworkAclId");
    if (association.isEmpty() || target.isEmpty())
        return QStringLiteral("no associationId or networkAclId");
    ConfigResource *to = c.find(QStringLiteral("network-acl"), target);
    if (!to)
        return c.missing(QStringLiteral("network-acl"), target);
    QString subnet;
    c.forEach(QStringLiteral("network-acl"), [&](ConfigResource &r) {
        QJsonArray list = r.json.value(key("Associations")).toArray();
        for (qsizetype i = list.size() - 1; i >= 0; --i)
            if (list[i][key("NetworkAclAssociationId")].toString() == association) {
                subnet = list[i][key("SubnetId")].toString();
                list.removeAt(i);
                r.json.insert(key("Associations"), list);
            }
    });
    if (subnet.isEmpty())
        return c.lenient ? QString() : QStringLiteral("association %1 is in no network ACL of the configuration").arg(association);
    QJsonArray list = to->json.value(key("Associations")).toArray();
    list.append(QJsonObject{{QStringLiteral("NetworkAclAssociationId"), str(c.resp, "NewAssociationId")},
                            {QStringLiteral("NetworkAclId"), target}, {QStringLiteral("SubnetId"), subnet}});
    to->json.insert(key("Associations"), list);
    return {};
}

// ---- route tables -----------------------------------------------------------------------------

constexpr const char *kDestinations[] = {"DestinationCidrBlock", "DestinationIpv6CidrBlock", "DestinationPrefixListId"};
constexpr const char *kTargets[] = {"GatewayId", "NatGatewayId", "TransitGatewayId", "VpcPeeringConnectionId", "NetworkInterfaceId",
                                    "InstanceId", "EgressOnlyInternetGatewayId", "LocalGatewayId", "CarrierGatewayId", "CoreNetworkArn",
                                    "VpcEndpointId"};

QString primaryInterfaceOf(Context &c, const QString &instance)
{
    QString eni;
    c.forEach(QStringLiteral("network-interface"), [&](ConfigResource &r) {
        const QJsonObject a = r.json.value(key("Attachment")).toObject();
        if (a.value(key("InstanceId")).toString() == instance && a.value(key("DeviceIndex")).toInt(-1) == 0)
            eni = r.summary.id;
    });
    return eni;
}

QString route(Context &c, bool remove)
{
    const QString id = str(c.req, "RouteTableId");
    QString destKey;
    for (const char *d : kDestinations)
        if (destKey.isEmpty() && !str(c.req, d).isEmpty())
            destKey = QLatin1String(d);
    if (id.isEmpty() || destKey.isEmpty())
        return QStringLiteral("no routeTableId or destination");
    const QString destination = c.req.value(destKey).toString();
    QJsonObject r{{destKey, destination}, {QStringLiteral("Origin"), QStringLiteral("CreateRoute")}, {QStringLiteral("State"), QStringLiteral("active")}};
    if (!remove) {
        bool any = false;
        for (const char *t : kTargets) {
            const QString v = str(c.req, t);
            if (v.isEmpty())
                continue;
            any = true;
            // describe-route-tables shows a gateway endpoint's (and a Gateway Load Balancer
            // endpoint's) route under GatewayId, an instance's with its interface.
            r.insert(QLatin1String(t) == QLatin1String("VpcEndpointId") ? key("GatewayId") : key(t), v);
            if (QLatin1String(t) == QLatin1String("InstanceId"))
                if (const QString eni = primaryInterfaceOf(c, v); !eni.isEmpty())
                    r.insert(key("NetworkInterfaceId"), eni);
        }
        if (!any)
            return QStringLiteral("no route target");
    }
    ConfigResource *table = c.find(QStringLiteral("route-table"), id);
    if (!table)
        return c.missing(QStringLiteral("route-table"), id);
    QJsonArray routes = table->json.value(key("Routes")).toArray();
    bool found = false;
    for (qsizetype i = routes.size() - 1; i >= 0; --i)
        if (routes[i][destKey].toString() == destination) {
            routes.removeAt(i);
            found = true;
        }
    if (remove && !found)
        return QStringLiteral("%1 has no route to %2").arg(id, destination);
    if (!remove)
        routes.append(r);
    table->json.insert(key("Routes"), routes);
    return {};
}

QJsonObject takeRouteAssociation(Context &c, const QString &id, const QString &subnet)
{
    QJsonObject taken;
    c.forEach(QStringLiteral("route-table"), [&](ConfigResource &r) {
        QJsonArray list = r.json.value(key("Associations")).toArray();
        bool changed = false;
        for (qsizetype i = list.size() - 1; i >= 0; --i) {
            const QJsonObject a = list[i].toObject();
            if ((!id.isEmpty() && a.value(key("RouteTableAssociationId")).toString() == id)
                || (!subnet.isEmpty() && a.value(key("SubnetId")).toString() == subnet)) {
                taken = a;
                list.removeAt(i);
                changed = true;
            }
        }
        if (changed)
            r.json.insert(key("Associations"), list);
    });
    return taken;
}

QString associateRouteTable(Context &c)
{
    const QString id = str(c.req, "RouteTableId"), subnet = str(c.req, "SubnetId"), gateway = str(c.req, "GatewayId");
    if (id.isEmpty() || (subnet.isEmpty() && gateway.isEmpty()))
        return QStringLiteral("no routeTableId, or neither subnetId nor gatewayId");
    ConfigResource *table = c.find(QStringLiteral("route-table"), id);
    if (!table)
        return c.missing(QStringLiteral("route-table"), id);
    if (!subnet.isEmpty())
        takeRouteAssociation(c, {}, subnet);
    QJsonObject a{{QStringLiteral("Main"), false}, {QStringLiteral("RouteTableAssociationId"), str(c.resp, "AssociationId")},
                  {QStringLiteral("RouteTableId"), id}, {QStringLiteral("AssociationState"), QJsonObject{{QStringLiteral("State"), QStringLiteral("associated")}}}};
    a.insert(subnet.isEmpty() ? key("GatewayId") : key("SubnetId"), subnet.isEmpty() ? gateway : subnet);
    QJsonArray list = table->json.value(key("Associations")).toArray();
    list.append(a);
    table->json.insert(key("Associations"), list);
    return {};
}

QString disassociateRouteTable(Context &c)
{
    const QString id = str(c.req, "AssociationId");
    if (id.isEmpty())
        return QStringLiteral("no associationId");
    if (c.lenient)
        return {};
    return takeRouteAssociation(c, id).isEmpty() ? QStringLiteral("association %1 is in no route table of the configuration").arg(id) : QString();
}

QString replaceRouteTableAssociation(Context &c)
{
    const QString id = str(c.req, "AssociationId"), target = str(c.req, "RouteTableId");
    if (id.isEmpty() || target.isEmpty())
        return QStringLiteral("no associationId or routeTableId");
    ConfigResource *table = c.find(QStringLiteral("route-table"), target);
    if (!table)
        return c.missing(QStringLiteral("route-table"), target);
    QJsonObject a = takeRouteAssociation(c, id);
    if (a.isEmpty())
        return c.lenient ? QString() : QStringLiteral("association %1 is in no route table of the configuration").arg(id);
    a.insert(key("RouteTableAssociationId"), str(c.resp, "NewAssociationId"));
    a.insert(key("RouteTableId"), target);
    QJsonArray list = table->json.value(key("Associations")).toArray();
    list.append(a);
    table->json.insert(key("Associations"), list);
    return {};
}

QString deleteSecurityGroup(Context &c)
{
    QString problem;
    ConfigResource *g = groupOf(c, problem);
    if (!g)
        return problem;
    c.set.erase({QStringLiteral("security-group"), g->summary.id});
    return {};
}

} // namespace vpclens::effects
