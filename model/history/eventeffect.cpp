// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/eventeffect.h"

#include "history/effectcontext.h"
#include "history/trailshape.h"

#include <QHash>
#include <QJsonArray>

#include <functional>

namespace vpclens {
namespace {

using namespace effects;

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
