// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/resourcekind.h"

#include <QCoreApplication>

#include <array>

namespace vpclens {
namespace {

using enum IdSource;
constexpr std::array kKinds = {
    ResourceKindInfo{"vpc", "Vpcs", "VpcId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "VPCs")},
    // describe-vpc-attribute: one attribute of one VPC per document, {"VpcId": ..., "EnableDnsSupport": {"Value": true}}
    ResourceKindInfo{"vpc-dns-support", "EnableDnsSupport", "VpcId", nullptr, WholeField, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "VPC DNS support")},
    ResourceKindInfo{"vpc-dns-hostnames", "EnableDnsHostnames", "VpcId", nullptr, WholeField, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "VPC DNS hostnames")},
    ResourceKindInfo{"subnet", "Subnets", "SubnetId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Subnets")},
    ResourceKindInfo{"instance", "Reservations", "InstanceId", "Instances", Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Instances")},
    ResourceKindInfo{"network-interface", "NetworkInterfaces", "NetworkInterfaceId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Network interfaces")},
    ResourceKindInfo{"security-group", "SecurityGroups", "GroupId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Security groups")},
    ResourceKindInfo{"security-group-rule", "SecurityGroupRules", "SecurityGroupRuleId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Security group rules")},
    ResourceKindInfo{"network-acl", "NetworkAcls", "NetworkAclId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Network ACLs")},
    ResourceKindInfo{"route-table", "RouteTables", "RouteTableId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Route tables")},
    ResourceKindInfo{"internet-gateway", "InternetGateways", "InternetGatewayId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Internet gateways")},
    ResourceKindInfo{"egress-only-internet-gateway", "EgressOnlyInternetGateways", "EgressOnlyInternetGatewayId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Egress-only internet gateways")},
    ResourceKindInfo{"nat-gateway", "NatGateways", "NatGatewayId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "NAT gateways")},
    ResourceKindInfo{"vpc-peering-connection", "VpcPeeringConnections", "VpcPeeringConnectionId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "VPC peering connections")},
    ResourceKindInfo{"vpc-endpoint", "VpcEndpoints", "VpcEndpointId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "VPC endpoints")},
    ResourceKindInfo{"transit-gateway", "TransitGateways", "TransitGatewayId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Transit gateways")},
    ResourceKindInfo{"transit-gateway-attachment", "TransitGatewayAttachments", "TransitGatewayAttachmentId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Transit gateway attachments")},
    ResourceKindInfo{"transit-gateway-vpc-attachment", "TransitGatewayVpcAttachments", "TransitGatewayAttachmentId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Transit gateway VPC attachments")},
    ResourceKindInfo{"transit-gateway-route-table", "TransitGatewayRouteTables", "TransitGatewayRouteTableId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Transit gateway route tables")},
    ResourceKindInfo{"transit-gateway-routes", "TransitGatewayStaticRoutes", "TransitGatewayRouteTableId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Transit gateway routes")},
    ResourceKindInfo{"transit-gateway-routes", "Routes", nullptr, nullptr, Whole, "tgw-rtb-", QT_TRANSLATE_NOOP("ResourceKind", "Transit gateway routes")},
    ResourceKindInfo{"transit-gateway-propagations", "TransitGatewayPropagations", "TransitGatewayRouteTableId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Transit gateway propagations")},
    ResourceKindInfo{"transit-gateway-propagations", "TransitGatewayRouteTablePropagations", nullptr, nullptr, Whole, "tgw-rtb-", QT_TRANSLATE_NOOP("ResourceKind", "Transit gateway propagations")},
    ResourceKindInfo{"managed-prefix-list", "ManagedPrefixLists", "PrefixListId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Managed prefix lists")},
    ResourceKindInfo{"prefix-list-entries", "Entries", nullptr, nullptr, FileName, "pl-", QT_TRANSLATE_NOOP("ResourceKind", "Prefix list entries")},
    ResourceKindInfo{"prefix-list", "PrefixLists", "PrefixListId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "AWS prefix lists")},
    ResourceKindInfo{"vpn-gateway", "VpnGateways", "VpnGatewayId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "VPN gateways")},
    ResourceKindInfo{"vpn-connection", "VpnConnections", "VpnConnectionId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "VPN connections")},
    ResourceKindInfo{"customer-gateway", "CustomerGateways", "CustomerGatewayId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Customer gateways")},
    ResourceKindInfo{"address", "Addresses", "AllocationId|PublicIp", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Elastic IP addresses")},
    ResourceKindInfo{"load-balancer", "LoadBalancers", "LoadBalancerArn", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Load balancers")},
    ResourceKindInfo{"target-group", "TargetGroups", "TargetGroupArn", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Target groups")},
    ResourceKindInfo{"listener", "Listeners", "ListenerArn", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Listeners")},
    ResourceKindInfo{"listener", "LoadBalancerListeners", "ListenerArn", "Listeners", Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Listeners")},
    ResourceKindInfo{"target-health", "LoadBalancerTargetHealth", "TargetGroupArn", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Target health")},
    ResourceKindInfo{"target-health", "TargetHealthDescriptions", nullptr, nullptr, Whole, "", QT_TRANSLATE_NOOP("ResourceKind", "Target health")},
    ResourceKindInfo{"flow-log", "FlowLogs", "FlowLogId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Flow logs")},
    ResourceKindInfo{"traffic-mirror-session", "TrafficMirrorSessions", "TrafficMirrorSessionId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Traffic mirror sessions")},
    ResourceKindInfo{"traffic-mirror-target", "TrafficMirrorTargets", "TrafficMirrorTargetId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Traffic mirror targets")},
    ResourceKindInfo{"traffic-mirror-filter", "TrafficMirrorFilters", "TrafficMirrorFilterId", nullptr, Field, nullptr, QT_TRANSLATE_NOOP("ResourceKind", "Traffic mirror filters")},
};

} // namespace

std::span<const ResourceKindInfo> resourceKinds()
{
    return kKinds;
}

const ResourceKindInfo *kindForJsonKey(const QString &key)
{
    for (const auto &k : kKinds)
        if (key == QLatin1String(k.jsonKey))
            return &k;
    return nullptr;
}

QString kindTitle(const QString &kind)
{
    for (const auto &k : kKinds)
        if (kind == QLatin1String(k.kind))
            return QCoreApplication::translate("ResourceKind", k.title);
    return kind;
}

int kindOrder(const QString &kind)
{
    for (std::size_t i = 0; i < kKinds.size(); ++i)
        if (kind == QLatin1String(kKinds[i].kind))
            return int(i);
    return int(kKinds.size());
}

} // namespace vpclens
