// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/networkchanges.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace vpclens {
namespace {

const QSet<QString> &changeNames()
{
    static const QSet<QString> names{
        // VPCs and subnets
        QStringLiteral("CreateVpc"), QStringLiteral("DeleteVpc"), QStringLiteral("CreateDefaultVpc"),
        QStringLiteral("AssociateVpcCidrBlock"), QStringLiteral("DisassociateVpcCidrBlock"), QStringLiteral("ModifyVpcAttribute"),
        QStringLiteral("CreateSubnet"), QStringLiteral("DeleteSubnet"), QStringLiteral("CreateDefaultSubnet"),
        QStringLiteral("AssociateSubnetCidrBlock"), QStringLiteral("DisassociateSubnetCidrBlock"), QStringLiteral("ModifySubnetAttribute"),
        // route tables and routes
        QStringLiteral("CreateRouteTable"), QStringLiteral("DeleteRouteTable"), QStringLiteral("CreateRoute"),
        QStringLiteral("ReplaceRoute"), QStringLiteral("DeleteRoute"), QStringLiteral("AssociateRouteTable"),
        QStringLiteral("DisassociateRouteTable"), QStringLiteral("ReplaceRouteTableAssociation"),
        QStringLiteral("EnableVgwRoutePropagation"), QStringLiteral("DisableVgwRoutePropagation"),
        // network ACLs
        QStringLiteral("CreateNetworkAcl"), QStringLiteral("DeleteNetworkAcl"), QStringLiteral("CreateNetworkAclEntry"),
        QStringLiteral("ReplaceNetworkAclEntry"), QStringLiteral("DeleteNetworkAclEntry"), QStringLiteral("ReplaceNetworkAclAssociation"),
        // security groups
        QStringLiteral("CreateSecurityGroup"), QStringLiteral("DeleteSecurityGroup"),
        QStringLiteral("AuthorizeSecurityGroupIngress"), QStringLiteral("AuthorizeSecurityGroupEgress"),
        QStringLiteral("RevokeSecurityGroupIngress"), QStringLiteral("RevokeSecurityGroupEgress"),
        QStringLiteral("ModifySecurityGroupRules"), QStringLiteral("UpdateSecurityGroupRuleDescriptionsIngress"),
        QStringLiteral("UpdateSecurityGroupRuleDescriptionsEgress"),
        // interfaces and their addresses
        QStringLiteral("CreateNetworkInterface"), QStringLiteral("DeleteNetworkInterface"), QStringLiteral("AttachNetworkInterface"),
        QStringLiteral("DetachNetworkInterface"), QStringLiteral("ModifyNetworkInterfaceAttribute"),
        QStringLiteral("AssignPrivateIpAddresses"), QStringLiteral("UnassignPrivateIpAddresses"),
        QStringLiteral("AssignIpv6Addresses"), QStringLiteral("UnassignIpv6Addresses"),
        QStringLiteral("AssociateAddress"), QStringLiteral("DisassociateAddress"),
        // gateways
        QStringLiteral("CreateInternetGateway"), QStringLiteral("DeleteInternetGateway"), QStringLiteral("AttachInternetGateway"),
        QStringLiteral("DetachInternetGateway"), QStringLiteral("CreateEgressOnlyInternetGateway"),
        QStringLiteral("DeleteEgressOnlyInternetGateway"), QStringLiteral("CreateNatGateway"), QStringLiteral("DeleteNatGateway"),
        QStringLiteral("CreateVpnGateway"), QStringLiteral("DeleteVpnGateway"), QStringLiteral("AttachVpnGateway"),
        QStringLiteral("DetachVpnGateway"), QStringLiteral("CreateVpnConnection"), QStringLiteral("DeleteVpnConnection"),
        QStringLiteral("CreateCarrierGateway"), QStringLiteral("DeleteCarrierGateway"),
        // peering and endpoints
        QStringLiteral("CreateVpcPeeringConnection"), QStringLiteral("AcceptVpcPeeringConnection"),
        QStringLiteral("RejectVpcPeeringConnection"), QStringLiteral("DeleteVpcPeeringConnection"),
        QStringLiteral("ModifyVpcPeeringConnectionOptions"), QStringLiteral("CreateVpcEndpoint"),
        QStringLiteral("DeleteVpcEndpoints"), QStringLiteral("ModifyVpcEndpoint"),
        // flow logs and prefix lists
        QStringLiteral("CreateFlowLogs"), QStringLiteral("DeleteFlowLogs"), QStringLiteral("CreateManagedPrefixList"),
        QStringLiteral("ModifyManagedPrefixList"), QStringLiteral("DeleteManagedPrefixList"),
    };
    return names;
}

// Families named by a part of the call: traffic mirroring and transit gateways, whatever the verb.
bool inFamily(const QString &name)
{
    static const QStringList verbs{QStringLiteral("Create"), QStringLiteral("Delete"), QStringLiteral("Modify"),
                                   QStringLiteral("Accept"), QStringLiteral("Reject"), QStringLiteral("Associate"),
                                   QStringLiteral("Disassociate"), QStringLiteral("Enable"), QStringLiteral("Disable"),
                                   QStringLiteral("Replace")};
    const bool mutating = std::any_of(verbs.cbegin(), verbs.cend(), [&](const QString &v) { return name.startsWith(v); });
    return mutating && (name.contains(QLatin1String("TrafficMirror")) || name.contains(QLatin1String("TransitGateway")));
}

// ModifyInstanceAttribute changes the network only when it sets the groups or the source/destination
// check; the other attributes (termination protection, type, user data) do not.
bool instanceNetworkAttribute(const QJsonObject &request)
{
    for (const char *key : {"groupSet", "GroupSet", "GroupId", "sourceDestCheck", "SourceDestCheck"})
        if (request.contains(QLatin1String(key)))
            return true;
    const QString attribute = request.value(QLatin1String("attribute")).toString();
    return attribute == QLatin1String("groupSet") || attribute == QLatin1String("sourceDestCheck");
}

void collectIds(const QJsonValue &v, QStringList &out)
{
    static const QRegularExpression id(QStringLiteral(
        "^(?:vpc-cidr-assoc|subnet-cidr-assoc|eni-attach|tgw-attach|tgw-rtb|rtbassoc|aclassoc|eipassoc|eipalloc|vpc|subnet|rtb|acl|"
        "sgr|sg|eni|eigw|igw|nat|pcx|vpce|fl|tmfr|tmf|tms|tmt|tgw|pl|vgw|cgw|vpn|cagw|i)-[0-9a-zA-Z]+$"));
    if (v.isString()) {
        const QString s = v.toString();
        if (s.size() < 64 && id.match(s).hasMatch() && !out.contains(s))
            out.append(s);
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectIds(e, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != QLatin1String("clientToken") && it.key() != QLatin1String("requestId"))
                collectIds(it.value(), out);
    }
}

} // namespace

bool isNetworkChange(const QString &source, const QString &name, const QJsonObject &request)
{
    // Another service's call is not one, whatever its name; a source that is no service's (redacted,
    // "...") leaves the name to decide.
    if (source.endsWith(QLatin1String(".amazonaws.com")) && source != QLatin1String("ec2.amazonaws.com"))
        return false;
    if (name == QLatin1String("ModifyInstanceAttribute"))
        return instanceNetworkAttribute(request);
    return changeNames().contains(name) || inFamily(name);
}

QStringList resourceIdsOf(const QJsonObject &request, const QJsonObject &response)
{
    QStringList out;
    collectIds(request, out);
    collectIds(response, out);
    return out;
}

} // namespace vpclens
