// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/eventeffect.h"

#include "history/trailshape.h"

#include <QHash>
#include <QJsonArray>

#include <functional>

namespace vpclens {
namespace {

QLatin1String key(const char *k)
{
    return QLatin1String(k);
}

QString str(const QJsonObject &o, const char *k)
{
    const QJsonValue v = o.value(key(k));
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

bool truth(const QJsonValue &v)
{
    if (v.isObject()) // {"value": true}, shaped {"Value": true}
        return truth(v.toObject().value(key("Value")));
    if (v.isString())
        return v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return v.toBool();
}

// Ids given as one value or a list of them ("FlowLogIds": [...] or "FlowLogId": "fl-1").
QStringList idList(const QJsonObject &o, const char *one, const char *many)
{
    QStringList out;
    for (const char *k : {one, many}) {
        const QJsonValue v = o.value(key(k));
        if (v.isString())
            out << v.toString();
        for (const QJsonValue &e : v.toArray())
            if (e.isString())
                out << e.toString();
    }
    return out;
}

QString nameTag(const QJsonObject &o)
{
    for (const QJsonValue &t : o.value(key("Tags")).toArray())
        if (t[key("Key")].toString() == QLatin1String("Name"))
            return t[key("Value")].toString();
    return {};
}

// describe-security-groups spells protocols tcp, udp, icmp, icmpv6 or -1; calls may give numbers.
QString sgProtocol(const QJsonValue &v)
{
    const QString p = (v.isDouble() ? QString::number(v.toInteger()) : v.toString()).toLower();
    static const QHash<QString, QString> names{{QStringLiteral("6"), QStringLiteral("tcp")}, {QStringLiteral("17"), QStringLiteral("udp")},
                                               {QStringLiteral("1"), QStringLiteral("icmp")}, {QStringLiteral("58"), QStringLiteral("icmpv6")},
                                               {QStringLiteral("all"), QStringLiteral("-1")}};
    return names.value(p, p);
}

// describe-network-acls spells protocols as numbers.
QString aclProtocol(const QJsonValue &v)
{
    const QString p = (v.isDouble() ? QString::number(v.toInteger()) : v.toString()).toLower();
    static const QHash<QString, QString> numbers{{QStringLiteral("tcp"), QStringLiteral("6")}, {QStringLiteral("udp"), QStringLiteral("17")},
                                                 {QStringLiteral("icmp"), QStringLiteral("1")}, {QStringLiteral("icmpv6"), QStringLiteral("58")},
                                                 {QStringLiteral("all"), QStringLiteral("-1")}};
    return numbers.value(p, p);
}

struct Context {
    ResourceSet &set;
    const TrailEvent &event;
    QJsonObject req, resp;
    bool lenient; // no configuration to apply to: only whether the event says enough

    ConfigResource *find(const QString &kind, const QString &id)
    {
        const auto it = set.find({kind, id});
        return it == set.end() ? nullptr : &it->second;
    }
    // Empty (nothing to do) when lenient, else the sentence for a resource the configuration lacks.
    QString missing(const QString &kind, const QString &id) const
    {
        return lenient ? QString() : QStringLiteral("%1 %2 is not in the configuration").arg(kind, id.isEmpty() ? QStringLiteral("(no id)") : id);
    }
    template <typename F>
    void forEach(const QString &kind, F f)
    {
        for (auto &[k, r] : set)
            if (k.first == kind)
                f(r);
    }
    void put(const QString &kind, const QString &id, QJsonObject json)
    {
        ConfigResource r;
        r.summary.kind = kind;
        r.summary.id = id;
        r.summary.name = nameTag(json);
        r.summary.vpcId = str(json, "VpcId");
        r.summary.account = str(json, "OwnerId").isEmpty() ? event.account : str(json, "OwnerId");
        r.summary.region = event.region;
        r.summary.state = str(json, "State");
        r.json = std::move(json);
        set[{kind, id}] = std::move(r);
    }
};

// ---- security groups --------------------------------------------------------------------------

QJsonObject shapedPermission(QJsonObject p)
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
QJsonArray permissionsOf(const QJsonObject &req)
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

bool samePorts(const QJsonObject &a, const QJsonObject &b)
{
    return a.value(key("IpProtocol")).toString() == b.value(key("IpProtocol")).toString()
           && a.value(key("FromPort")).toInteger(-1) == b.value(key("FromPort")).toInteger(-1)
           && a.value(key("ToPort")).toInteger(-1) == b.value(key("ToPort")).toInteger(-1);
}

QString peerOf(const char *list, const QJsonValue &peer)
{
    static const QHash<QString, const char *> field{{QStringLiteral("IpRanges"), "CidrIp"}, {QStringLiteral("Ipv6Ranges"), "CidrIpv6"},
                                                     {QStringLiteral("PrefixListIds"), "PrefixListId"},
                                                     {QStringLiteral("UserIdGroupPairs"), "GroupId"}};
    return peer.toObject().value(key(field.value(QLatin1String(list)))).toString();
}

constexpr const char *kPeerLists[] = {"IpRanges", "Ipv6Ranges", "PrefixListIds", "UserIdGroupPairs"};

ConfigResource *groupOf(Context &c, QString &problem)
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
QJsonArray permissionsOfRuleIds(Context &c, bool egress, QString &problem)
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

// Removes the association with `id` (or every association of `subnet`) from every route table;
// the removed association, or an empty object.
QJsonObject takeRouteAssociation(Context &c, const QString &id, const QString &subnet = {})
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

// ---- created from the response, deleted by id -------------------------------------------------

QString createFrom(Context &c, const char *kind, const char *responseKey, const char *idField,
                   const std::function<void(Context &, QJsonObject &)> &adjust = {})
{
    QJsonObject o = c.resp.value(key(responseKey)).toObject();
    const QString id = str(o, idField);
    if (id.isEmpty())
        return QStringLiteral("no %1 in the response").arg(QLatin1String(idField));
    if (c.lenient)
        return {};
    if (adjust)
        adjust(c, o);
    c.put(QLatin1String(kind), id, o);
    return {};
}

// A new subnet is associated with its VPC's default network ACL.
void defaultAclAssociation(Context &c, QJsonObject &subnet)
{
    const QString vpc = str(subnet, "VpcId"), id = str(subnet, "SubnetId");
    c.forEach(QStringLiteral("network-acl"), [&](ConfigResource &r) {
        if (r.json.value(key("VpcId")).toString() != vpc || !r.json.value(key("IsDefault")).toBool())
            return;
        QJsonArray list = r.json.value(key("Associations")).toArray();
        list.append(QJsonObject{{QStringLiteral("NetworkAclId"), r.summary.id}, {QStringLiteral("SubnetId"), id}});
        r.json.insert(key("Associations"), list);
    });
}

// A new network ACL denies everything until entries are added (rule *, 32767).
void defaultAclEntries(Context &, QJsonObject &acl)
{
    if (!acl.value(key("Entries")).toArray().isEmpty())
        return;
    QJsonArray entries;
    for (const bool egress : {false, true})
        entries.append(QJsonObject{{QStringLiteral("RuleNumber"), 32767}, {QStringLiteral("Egress"), egress}, {QStringLiteral("Protocol"), QStringLiteral("-1")},
                                   {QStringLiteral("RuleAction"), QStringLiteral("deny")}, {QStringLiteral("CidrBlock"), QStringLiteral("0.0.0.0/0")}});
    acl.insert(key("Entries"), entries);
}

QString deleteById(Context &c, const char *kind, const char *idField, const char *idsField = nullptr)
{
    const QStringList ids = idList(c.req, idField, idsField ? idsField : idField);
    if (ids.isEmpty())
        return QStringLiteral("no %1").arg(QLatin1String(idField));
    for (const QString &id : ids)
        if (!c.find(QLatin1String(kind), id))
            return c.missing(QLatin1String(kind), id);
    for (const QString &id : ids)
        c.set.erase({QLatin1String(kind), id});
    return {};
}

QString deleteSubnet(Context &c)
{
    const QString id = str(c.req, "SubnetId");
    QString problem = deleteById(c, "subnet", "SubnetId");
    if (!problem.isEmpty() || c.lenient)
        return problem;
    takeRouteAssociation(c, {}, id);
    c.forEach(QStringLiteral("network-acl"), [&](ConfigResource &r) {
        QJsonArray list = r.json.value(key("Associations")).toArray();
        for (qsizetype i = list.size() - 1; i >= 0; --i)
            if (list[i][key("SubnetId")].toString() == id)
                list.removeAt(i);
        r.json.insert(key("Associations"), list);
    });
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

QString createFlowLogs(Context &c)
{
    const QStringList ids = idList(c.resp, "FlowLogId", "FlowLogIds");
    if (ids.isEmpty())
        return QStringLiteral("no flow log ids in the response");
    const QStringList resources = idList(c.req, "ResourceId", "ResourceIds");
    if (c.lenient)
        return {};
    for (qsizetype i = 0; i < ids.size(); ++i)
        c.put(QStringLiteral("flow-log"), ids[i],
              QJsonObject{{QStringLiteral("FlowLogId"), ids[i]}, {QStringLiteral("ResourceId"), resources.value(i, resources.value(0))},
                          {QStringLiteral("TrafficType"), c.req.value(key("TrafficType"))},
                          {QStringLiteral("LogDestinationType"), c.req.value(key("LogDestinationType"))},
                          {QStringLiteral("LogDestination"), c.req.value(key("LogDestination"))},
                          {QStringLiteral("FlowLogStatus"), QStringLiteral("ACTIVE")}});
    return {};
}

// ---- gateways, interfaces, VPC blocks ---------------------------------------------------------

QString internetGatewayAttachment(Context &c, bool attach)
{
    const QString id = str(c.req, "InternetGatewayId"), vpc = str(c.req, "VpcId");
    if (id.isEmpty() || vpc.isEmpty())
        return QStringLiteral("no internetGatewayId or vpcId");
    ConfigResource *g = c.find(QStringLiteral("internet-gateway"), id);
    if (!g)
        return c.missing(QStringLiteral("internet-gateway"), id);
    g->json.insert(key("Attachments"), attach ? QJsonArray{QJsonObject{{QStringLiteral("State"), QStringLiteral("available")}, {QStringLiteral("VpcId"), vpc}}}
                                              : QJsonArray{});
    g->summary.vpcId = attach ? vpc : QString();
    return {};
}

// The groups or the source/destination check of interfaces.
QString interfaceAttributes(Context &c, const QList<ConfigResource *> &enis)
{
    const QJsonArray groups = c.req.value(key("Groups")).toArray();
    const bool setsGroups = c.req.contains(key("Groups")), setsCheck = c.req.contains(key("SourceDestCheck"));
    if (!setsGroups && !setsCheck && !c.req.contains(key("Description")))
        return QStringLiteral("changes no attribute VpcLens models");
    QJsonArray shaped;
    for (const QJsonValue &g : groups) {
        const QString id = g[key("GroupId")].toString();
        const ConfigResource *sg = c.find(QStringLiteral("security-group"), id);
        shaped.append(QJsonObject{{QStringLiteral("GroupId"), id}, {QStringLiteral("GroupName"), sg ? sg->json.value(key("GroupName")).toString() : QString()}});
    }
    for (ConfigResource *e : enis) {
        if (setsGroups)
            e->json.insert(key("Groups"), shaped);
        if (setsCheck)
            e->json.insert(key("SourceDestCheck"), truth(c.req.value(key("SourceDestCheck"))));
        if (c.req.contains(key("Description")))
            e->json.insert(key("Description"), c.req.value(key("Description"))[key("Value")]);
    }
    return {};
}

QString modifyInterface(Context &c)
{
    const QString id = str(c.req, "NetworkInterfaceId");
    if (id.isEmpty())
        return QStringLiteral("no networkInterfaceId");
    ConfigResource *e = c.find(QStringLiteral("network-interface"), id);
    if (!e)
        return c.lenient ? interfaceAttributes(c, {}) : c.missing(QStringLiteral("network-interface"), id);
    return interfaceAttributes(c, {e});
}

QString modifyInstance(Context &c)
{
    const QString instance = str(c.req, "InstanceId");
    if (instance.isEmpty())
        return QStringLiteral("no instanceId");
    const QString eni = primaryInterfaceOf(c, instance);
    ConfigResource *e = eni.isEmpty() ? nullptr : c.find(QStringLiteral("network-interface"), eni);
    if (!e)
        return c.lenient ? interfaceAttributes(c, {}) : QStringLiteral("instance %1 has no interface in the configuration").arg(instance);
    return interfaceAttributes(c, {e});
}

QString interfaceAttachment(Context &c, bool attach)
{
    if (attach) {
        const QString id = str(c.req, "NetworkInterfaceId"), instance = str(c.req, "InstanceId");
        if (id.isEmpty() || instance.isEmpty())
            return QStringLiteral("no networkInterfaceId or instanceId");
        ConfigResource *e = c.find(QStringLiteral("network-interface"), id);
        if (!e)
            return c.missing(QStringLiteral("network-interface"), id);
        e->json.insert(key("Attachment"), QJsonObject{{QStringLiteral("AttachmentId"), str(c.resp, "AttachmentId")},
                                                      {QStringLiteral("InstanceId"), instance},
                                                      {QStringLiteral("DeviceIndex"), c.req.value(key("DeviceIndex")).toVariant().toInt()},
                                                      {QStringLiteral("Status"), QStringLiteral("attached")}});
        e->json.insert(key("Status"), QStringLiteral("in-use"));
        return {};
    }
    const QString attachment = str(c.req, "AttachmentId");
    if (attachment.isEmpty())
        return QStringLiteral("no attachmentId");
    ConfigResource *found = nullptr;
    c.forEach(QStringLiteral("network-interface"), [&](ConfigResource &r) {
        if (r.json.value(key("Attachment"))[key("AttachmentId")].toString() == attachment)
            found = &r;
    });
    if (!found)
        return c.lenient ? QString() : QStringLiteral("attachment %1 is on no interface of the configuration").arg(attachment);
    found->json.remove(key("Attachment"));
    found->json.insert(key("Status"), QStringLiteral("available"));
    return {};
}

QString vpcCidr(Context &c, bool add)
{
    if (add) {
        const QString vpc = str(c.req, "VpcId");
        const QJsonObject v4 = c.resp.value(key("CidrBlockAssociation")).toObject(), v6 = c.resp.value(key("Ipv6CidrBlockAssociation")).toObject();
        if (vpc.isEmpty() || (v4.isEmpty() && v6.isEmpty()))
            return QStringLiteral("no vpcId or no block in the response");
        ConfigResource *r = c.find(QStringLiteral("vpc"), vpc);
        if (!r)
            return c.missing(QStringLiteral("vpc"), vpc);
        const QLatin1String list = v4.isEmpty() ? key("Ipv6CidrBlockAssociationSet") : key("CidrBlockAssociationSet");
        QJsonArray blocks = r->json.value(list).toArray();
        blocks.append(v4.isEmpty() ? v6 : v4);
        r->json.insert(list, blocks);
        return {};
    }
    const QString association = str(c.req, "AssociationId");
    if (association.isEmpty())
        return QStringLiteral("no associationId");
    bool found = false;
    c.forEach(QStringLiteral("vpc"), [&](ConfigResource &r) {
        for (const char *list : {"CidrBlockAssociationSet", "Ipv6CidrBlockAssociationSet"}) {
            QJsonArray blocks = r.json.value(key(list)).toArray();
            for (qsizetype i = blocks.size() - 1; i >= 0; --i)
                if (blocks[i][key("AssociationId")].toString() == association) {
                    blocks.removeAt(i);
                    found = true;
                }
            r.json.insert(key(list), blocks);
        }
    });
    return found || c.lenient ? QString() : QStringLiteral("association %1 is in no VPC of the configuration").arg(association);
}

// A mirror filter's rules live in the filter, by direction.
QString mirrorFilterRule(Context &c, bool add)
{
    if (add) {
        const QJsonObject rule = c.resp.value(key("TrafficMirrorFilterRule")).toObject();
        const QString filter = str(rule, "TrafficMirrorFilterId"), id = str(rule, "TrafficMirrorFilterRuleId");
        if (filter.isEmpty() || id.isEmpty())
            return QStringLiteral("no trafficMirrorFilterRule in the response");
        ConfigResource *f = c.find(QStringLiteral("traffic-mirror-filter"), filter);
        if (!f)
            return c.missing(QStringLiteral("traffic-mirror-filter"), filter);
        const QLatin1String list = str(rule, "TrafficDirection") == QLatin1String("egress") ? key("EgressFilterRules") : key("IngressFilterRules");
        QJsonArray rules = f->json.value(list).toArray();
        rules.append(rule);
        f->json.insert(list, rules);
        return {};
    }
    const QString id = str(c.req, "TrafficMirrorFilterRuleId");
    if (id.isEmpty())
        return QStringLiteral("no trafficMirrorFilterRuleId");
    bool found = false;
    c.forEach(QStringLiteral("traffic-mirror-filter"), [&](ConfigResource &r) {
        for (const char *list : {"IngressFilterRules", "EgressFilterRules"}) {
            QJsonArray rules = r.json.value(key(list)).toArray();
            for (qsizetype i = rules.size() - 1; i >= 0; --i)
                if (rules[i][key("TrafficMirrorFilterRuleId")].toString() == id) {
                    rules.removeAt(i);
                    found = true;
                }
            r.json.insert(key(list), rules);
        }
    });
    return found || c.lenient ? QString() : QStringLiteral("rule %1 is in no mirror filter of the configuration").arg(id);
}

using Effect = std::function<QString(Context &)>;

const QHash<QString, Effect> &effects()
{
    static const QHash<QString, Effect> table{
        {QStringLiteral("AuthorizeSecurityGroupIngress"), [](Context &c) { return securityGroupRules(c, false, true); }},
        {QStringLiteral("AuthorizeSecurityGroupEgress"), [](Context &c) { return securityGroupRules(c, true, true); }},
        {QStringLiteral("RevokeSecurityGroupIngress"), [](Context &c) { return securityGroupRules(c, false, false); }},
        {QStringLiteral("RevokeSecurityGroupEgress"), [](Context &c) { return securityGroupRules(c, true, false); }},
        {QStringLiteral("CreateSecurityGroup"), createSecurityGroup},
        {QStringLiteral("DeleteSecurityGroup"), deleteSecurityGroup},
        {QStringLiteral("CreateNetworkAclEntry"), [](Context &c) { return aclEntry(c, false); }},
        {QStringLiteral("ReplaceNetworkAclEntry"), [](Context &c) { return aclEntry(c, false); }},
        {QStringLiteral("DeleteNetworkAclEntry"), [](Context &c) { return aclEntry(c, true); }},
        {QStringLiteral("ReplaceNetworkAclAssociation"), replaceAclAssociation},
        {QStringLiteral("CreateNetworkAcl"), [](Context &c) { return createFrom(c, "network-acl", "NetworkAcl", "NetworkAclId", defaultAclEntries); }},
        {QStringLiteral("DeleteNetworkAcl"), [](Context &c) { return deleteById(c, "network-acl", "NetworkAclId"); }},
        {QStringLiteral("CreateRoute"), [](Context &c) { return route(c, false); }},
        {QStringLiteral("ReplaceRoute"), [](Context &c) { return route(c, false); }},
        {QStringLiteral("DeleteRoute"), [](Context &c) { return route(c, true); }},
        {QStringLiteral("AssociateRouteTable"), associateRouteTable},
        {QStringLiteral("DisassociateRouteTable"), disassociateRouteTable},
        {QStringLiteral("ReplaceRouteTableAssociation"), replaceRouteTableAssociation},
        {QStringLiteral("CreateRouteTable"), [](Context &c) { return createFrom(c, "route-table", "RouteTable", "RouteTableId"); }},
        {QStringLiteral("DeleteRouteTable"), [](Context &c) { return deleteById(c, "route-table", "RouteTableId"); }},
        {QStringLiteral("CreateVpc"), [](Context &c) { return createFrom(c, "vpc", "Vpc", "VpcId"); }},
        {QStringLiteral("DeleteVpc"), [](Context &c) { return deleteById(c, "vpc", "VpcId"); }},
        {QStringLiteral("AssociateVpcCidrBlock"), [](Context &c) { return vpcCidr(c, true); }},
        {QStringLiteral("DisassociateVpcCidrBlock"), [](Context &c) { return vpcCidr(c, false); }},
        {QStringLiteral("CreateSubnet"), [](Context &c) { return createFrom(c, "subnet", "Subnet", "SubnetId", defaultAclAssociation); }},
        {QStringLiteral("DeleteSubnet"), deleteSubnet},
        {QStringLiteral("CreateNetworkInterface"), [](Context &c) { return createFrom(c, "network-interface", "NetworkInterface", "NetworkInterfaceId"); }},
        {QStringLiteral("DeleteNetworkInterface"), [](Context &c) { return deleteById(c, "network-interface", "NetworkInterfaceId"); }},
        {QStringLiteral("ModifyNetworkInterfaceAttribute"), modifyInterface},
        {QStringLiteral("ModifyInstanceAttribute"), modifyInstance},
        {QStringLiteral("AttachNetworkInterface"), [](Context &c) { return interfaceAttachment(c, true); }},
        {QStringLiteral("DetachNetworkInterface"), [](Context &c) { return interfaceAttachment(c, false); }},
        {QStringLiteral("CreateInternetGateway"), [](Context &c) { return createFrom(c, "internet-gateway", "InternetGateway", "InternetGatewayId"); }},
        {QStringLiteral("DeleteInternetGateway"), [](Context &c) { return deleteById(c, "internet-gateway", "InternetGatewayId"); }},
        {QStringLiteral("AttachInternetGateway"), [](Context &c) { return internetGatewayAttachment(c, true); }},
        {QStringLiteral("DetachInternetGateway"), [](Context &c) { return internetGatewayAttachment(c, false); }},
        {QStringLiteral("CreateEgressOnlyInternetGateway"),
         [](Context &c) { return createFrom(c, "egress-only-internet-gateway", "EgressOnlyInternetGateway", "EgressOnlyInternetGatewayId"); }},
        {QStringLiteral("DeleteEgressOnlyInternetGateway"),
         [](Context &c) { return deleteById(c, "egress-only-internet-gateway", "EgressOnlyInternetGatewayId"); }},
        {QStringLiteral("CreateNatGateway"), [](Context &c) { return createFrom(c, "nat-gateway", "NatGateway", "NatGatewayId"); }},
        {QStringLiteral("DeleteNatGateway"), [](Context &c) { return deleteById(c, "nat-gateway", "NatGatewayId"); }},
        {QStringLiteral("CreateVpcPeeringConnection"),
         [](Context &c) { return createFrom(c, "vpc-peering-connection", "VpcPeeringConnection", "VpcPeeringConnectionId"); }},
        {QStringLiteral("AcceptVpcPeeringConnection"),
         [](Context &c) { return createFrom(c, "vpc-peering-connection", "VpcPeeringConnection", "VpcPeeringConnectionId"); }},
        {QStringLiteral("RejectVpcPeeringConnection"), [](Context &c) { return deleteById(c, "vpc-peering-connection", "VpcPeeringConnectionId"); }},
        {QStringLiteral("DeleteVpcPeeringConnection"), [](Context &c) { return deleteById(c, "vpc-peering-connection", "VpcPeeringConnectionId"); }},
        {QStringLiteral("CreateVpcEndpoint"), [](Context &c) { return createFrom(c, "vpc-endpoint", "VpcEndpoint", "VpcEndpointId"); }},
        {QStringLiteral("DeleteVpcEndpoints"), [](Context &c) { return deleteById(c, "vpc-endpoint", "VpcEndpointId", "VpcEndpointIds"); }},
        {QStringLiteral("CreateFlowLogs"), createFlowLogs},
        {QStringLiteral("CreateTrafficMirrorSession"),
         [](Context &c) { return createFrom(c, "traffic-mirror-session", "TrafficMirrorSession", "TrafficMirrorSessionId"); }},
        {QStringLiteral("DeleteTrafficMirrorSession"), [](Context &c) { return deleteById(c, "traffic-mirror-session", "TrafficMirrorSessionId"); }},
        {QStringLiteral("CreateTrafficMirrorTarget"),
         [](Context &c) { return createFrom(c, "traffic-mirror-target", "TrafficMirrorTarget", "TrafficMirrorTargetId"); }},
        {QStringLiteral("DeleteTrafficMirrorTarget"), [](Context &c) { return deleteById(c, "traffic-mirror-target", "TrafficMirrorTargetId"); }},
        {QStringLiteral("CreateTrafficMirrorFilter"),
         [](Context &c) { return createFrom(c, "traffic-mirror-filter", "TrafficMirrorFilter", "TrafficMirrorFilterId"); }},
        {QStringLiteral("DeleteTrafficMirrorFilter"), [](Context &c) { return deleteById(c, "traffic-mirror-filter", "TrafficMirrorFilterId"); }},
        {QStringLiteral("CreateTrafficMirrorFilterRule"), [](Context &c) { return mirrorFilterRule(c, true); }},
        {QStringLiteral("DeleteTrafficMirrorFilterRule"), [](Context &c) { return mirrorFilterRule(c, false); }},
        {QStringLiteral("DeleteFlowLogs"), [](Context &c) { return deleteById(c, "flow-log", "FlowLogId", "FlowLogIds"); }},
    };
    return table;
}

QString run(ResourceSet &set, const TrailEvent &event, bool lenient)
{
    const auto it = effects().constFind(event.name);
    if (it == effects().cend())
        return QStringLiteral("VpcLens does not apply %1 to a configuration").arg(event.name);
    Context c{set, event, describeParameters(event.request), describeParameters(event.response), lenient};
    return (*it)(c);
}

} // namespace

QString applyEvent(ResourceSet &set, const TrailEvent &event)
{
    // A failed half-application must leave nothing behind: apply to a copy of what can change.
    ResourceSet copy = set;
    const QString problem = run(copy, event, false);
    if (problem.isEmpty())
        set.swap(copy);
    return problem;
}

QString effectProblem(const TrailEvent &event)
{
    ResourceSet none;
    return run(none, event, true);
}

} // namespace vpclens
