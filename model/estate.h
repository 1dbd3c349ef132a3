// SPDX-License-Identifier: GPL-3.0-or-later
// The current topology compiled for rule evaluation: addresses and CIDRs as integers, rules in the
// order AWS evaluates them, every reference resolved once. Built from a workspace, never per flow.
#pragma once

#include "ipaddress.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace vpclens {

class Workspace;

struct PortRange {
    int from = 0, to = 65535; // inclusive; for ICMP: type and code (-1 = any)
};

struct SgRule {
    int protocol = -1; // -1 all, else the IP protocol number
    PortRange ports;
    std::vector<Ipv4Cidr> cidrs;
    QStringList prefixLists;
    QStringList groups;
    QString description; // the first description found on the rule
    QString text;        // "tcp 443 from 0.0.0.0/0", for explanations
};

struct SecurityGroup {
    QString id, name, vpcId;
    std::vector<SgRule> ingress, egress;
};

struct NaclEntry {
    int ruleNumber = 0;
    bool allow = false;
    int protocol = -1;
    std::optional<Ipv4Cidr> cidr; // IPv4 entries only here; IPv6 entries are kept apart
    bool ipv6 = false;
    PortRange ports;              // TCP/UDP, inclusive
    int icmpType = -1, icmpCode = -1;
    QString text;
};

struct NetworkAcl {
    QString id, name, vpcId;
    bool isDefault = false;
    std::vector<NaclEntry> ingress, egress; // ascending rule number; "*" last
};

struct Route {
    std::optional<Ipv4Cidr> cidr;
    QString prefixList; // DestinationPrefixListId
    QString destination; // as written: "10.0.0.0/16" or "pl-..."
    QString target;      // "local", "igw-...", "nat-...", "pcx-...", "vpce-...", "eni-...", "i-...", "tgw-...", "vgw-...", "eigw-..."
    bool blackhole = false;
};

struct RouteTable {
    QString id, name, vpcId;
    bool main = false;
    std::vector<Route> routes;
};

struct Subnet {
    QString id, name, vpcId, az;
    Ipv4Cidr cidr;
    QString routeTable, nacl; // resolved: explicit association, else the VPC's main table / default NACL
};

struct Eni {
    QString id, subnetId, vpcId, type, instanceId, description;
    std::vector<std::uint32_t> privateIps, publicIps;
    QStringList groups;
    bool sourceDestCheck = true;
};

struct Vpc {
    QString id, name;
    std::vector<Ipv4Cidr> cidrs;
    QString igw; // attached internet gateway, empty when none
};

struct NatGateway {
    QString id, subnetId, eniId;
    std::uint32_t privateIp = 0, publicIp = 0;
    bool available = true;
};

struct Peering {
    QString id, requesterVpc, accepterVpc;
    bool active = false;
};

struct TgwAttachment {
    QString id, tgwId, type, resourceId; // type: vpc, peering, vpn, direct-connect-gateway, connect
    QString routeTable;                  // the associated transit gateway route table
    QStringList subnetIds;               // VPC attachments: one subnet per AZ
    bool available = true;
};

struct TgwRoute {
    Ipv4Cidr cidr;
    QString destination, attachment;
    bool blackhole = false;
};

struct TgwRouteTable {
    QString id, tgwId;
    std::vector<TgwRoute> routes; // static and propagated
};

class Estate
{
public:
    // Compiles the workspace's current topology.
    static Estate fromWorkspace(const Workspace &ws);
    // The estate as it was at a time (see Workspace::resourcesAsOf): flows are explained against
    // the newest snapshot taken at or before they started.
    static Estate fromWorkspace(const Workspace &ws, qint64 asOf);

    QHash<QString, Vpc> vpcs;
    QHash<QString, Subnet> subnets;
    QHash<QString, Eni> enis;
    QHash<QString, SecurityGroup> securityGroups;
    QHash<QString, NetworkAcl> nacls;
    QHash<QString, RouteTable> routeTables;
    QHash<QString, NatGateway> natGateways;
    QHash<QString, Peering> peerings;
    QHash<QString, std::vector<Ipv4Cidr>> prefixLists;
    QHash<QString, TgwAttachment> tgwAttachments;
    QHash<QString, TgwRouteTable> tgwRouteTables;
    QHash<QString, QList<QPair<int, int>>> lbListeners; // "net/<name>/<id>" -> (protocol, port) listeners
    std::vector<Ipv4Cidr> awsServiceCidrs; // AWS-managed service prefix lists (S3, DynamoDB): HTTP(S) only
    QHash<QString, QString> instanceEni;         // instance id -> primary ENI
    QHash<std::uint32_t, QString> privateOwner;   // private IPv4 -> ENI
    QHash<std::uint32_t, QString> publicOwner;    // public IPv4 (EIP or auto-assigned) -> ENI
    QHash<QString, std::vector<std::uint32_t>> groupMembers; // SG -> private IPs of ENIs carrying it

    const Subnet *subnetOf(const Eni &eni) const;
    // An endpoint as an analyst types it: an IPv4 address, an eni-... or an i-... (its primary address).
    std::optional<std::uint32_t> resolveEndpoint(const QString &text) const;
    QString displayName(const QString &id) const; // "name (id)" or the id
};

} // namespace vpclens
