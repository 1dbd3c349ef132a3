// SPDX-License-Identifier: GPL-3.0-or-later
// The current topology compiled for rule evaluation: addresses and CIDRs as integers, rules in the
// order AWS evaluates them, every reference resolved once. Built from a workspace, never per flow.
#pragma once

#include "base/ipaddress.h"
#include "topology/addressbook.h"
#include "topology/topologyresource.h"

#include <QHash>
#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
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
    std::vector<IpCidr> cidrs; // IPv4 and IPv6 ranges
    QStringList prefixLists;
    QStringList groups;
    QString description; // the first description found on the rule
    QString text;        // "tcp 443 from 0.0.0.0/0", for explanations
    QStringList names;   // one per peer, cidrs then prefix lists then groups: its sgr- id or name (rulenames.h)
};

struct SecurityGroup {
    QString id, name, vpcId;
    std::vector<SgRule> ingress, egress;
};

struct NaclEntry {
    int ruleNumber = 0;
    bool allow = false;
    int protocol = -1;
    std::optional<IpCidr> cidr; // CidrBlock or Ipv6CidrBlock
    bool ipv6 = false;
    PortRange ports;              // TCP/UDP, inclusive
    int icmpType = -1, icmpCode = -1;
    QString text;
    QString name; // "acl-0abc ingress 90" (rulenames.h)
};

struct NetworkAcl {
    QString id, name, vpcId;
    bool isDefault = false;
    std::vector<NaclEntry> ingress, egress; // ascending rule number; "*" last
};

struct Route {
    std::optional<IpCidr> cidr; // DestinationCidrBlock or DestinationIpv6CidrBlock
    QString prefixList; // DestinationPrefixListId
    QString destination; // as written: "10.0.0.0/16" or "pl-..."
    QString target;      // "local", "igw-...", "nat-...", "pcx-...", "vpce-...", "eni-...", "i-...", "tgw-...", "vgw-...", "eigw-..."
    bool blackhole = false;
    QString name; // "rtb-0abc 0.0.0.0/0" (rulenames.h)
};

// What a route sends its packets to, by the target's id.
enum class RouteTarget {
    Local,                 // local
    InternetGateway,       // igw-
    EgressOnlyGateway,     // eigw- (IPv6 only)
    NatGateway,            // nat-
    Peering,               // pcx-
    TransitGateway,        // tgw-
    Interface,             // eni- or i-: an appliance
    Endpoint,              // vpce-: a gateway endpoint
    VirtualPrivateGateway, // vgw-: VPN, Direct Connect
    Other,                 // anything else (a local or carrier gateway): carries nothing here
};
RouteTarget routeTargetOf(const QString &target);

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
    std::vector<IpAddress> privateIps; // private IPv4 first, then the interface's IPv6 addresses
    std::vector<IpAddress> publicIps;  // public IPv4 (auto-assigned or Elastic IP)
    QStringList groups;
    bool sourceDestCheck = true;
    QString noRuleIngress, noRuleEgress; // "sg-a,sg-b ingress: no rule allows" (rulenames.h), made once
};

struct Vpc {
    QString id, name;
    std::vector<Ipv4Cidr> cidrs;
    std::vector<IpCidr> ipv6Cidrs;
    QString igw; // attached internet gateway, empty when none
    // describe-vpc-attribute enableDnsSupport / enableDnsHostnames; nullopt when not exported
    std::optional<bool> dnsSupport, dnsHostnames;
};

struct NatGateway {
    QString id, subnetId, eniId;
    IpAddress privateIp, publicIp;
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
    IpCidr cidr;
    QString destination, attachment;
    bool blackhole = false;
};

struct TgwRouteTable {
    QString id, tgwId;
    std::vector<TgwRoute> routes; // static and propagated
};

// Network load balancers: listeners forward to target groups, whose targets are instances (they
// see the client's address) or IP addresses (they see the balancer's).
struct LbListener {
    int protocol = 6, port = 0;
    QStringList targetGroups; // ARNs the default action forwards to
};

struct LbTarget {
    QString id;  // i-... for instance targets, an address for IP targets
    int port = 0;
    QString state; // healthy, unhealthy, initial, unused, draining, unavailable; empty when not exported
};

struct TargetGroup {
    QString arn, name, type; // type: instance, ip, alb, lambda
    std::vector<LbTarget> targets;
    bool healthKnown = false; // describe-target-health was imported for it
};

// Traffic mirroring: a session copies a source interface's packets (those its filter selects, cut
// to PacketLength when set) inside VXLAN with its VNI to a target.
struct MirrorSession {
    QString id, eni, target, filter;
    qint64 vni = -1;
    int packetLength = 0; // 0: whole packets
    int number = 0;       // the session number: its priority on the interface
};

// A traffic-mirror filter's rule (describe-traffic-mirror-filters): the lowest number that matches
// decides, accept (copy) or reject; traffic no rule matches is not copied.
struct MirrorFilterRule {
    int number = 0;
    bool accept = true;
    int protocol = -1; // -1: every protocol
    int srcFrom = -1, srcTo = -1, dstFrom = -1, dstTo = -1; // -1: every port
    std::optional<IpCidr> src, dst;                          // nullopt: 0.0.0.0/0 (and only IPv4, as AWS's default)
};

struct MirrorFilter {
    QString id;
    std::vector<MirrorFilterRule> ingress, egress; // by rule number
    QStringList services;                           // NetworkServices: "amazon-dns"
    // Whether a packet (arriving at the mirrored interface, or leaving it) is copied.
    bool copies(bool arriving, int protocol, const IpAddress &src, const IpAddress &dst, int srcPort, int dstPort) const;
    // "in: tcp 10.0.0.0/24; out: -" for a graph label: the accepted rules, short.
    QString shortText() const;
};

// The ids of a kind (estate.enis, estate.securityGroups, ...) in order, for output that is the same
// from run to run.
template <typename Hash>
QStringList sortedIds(const Hash &byId)
{
    QStringList ids = byId.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

// What an estate is compiled from: each kind's resources with their JSON as exported.
class ResourceSource
{
public:
    virtual ~ResourceSource() = default;
    virtual void forEach(const char *kind, const std::function<void(const ResourceSummary &, const QJsonObject &)> &f) const = 0;
};

class Estate
{
public:
    // Compiles the resources a source gives (the workspace's topology: see storedestate.h).
    static Estate build(const ResourceSource &source);

    QHash<QString, Vpc> vpcs;
    QHash<QString, Subnet> subnets;
    QHash<QString, Eni> enis;
    QHash<QString, SecurityGroup> securityGroups;
    QHash<QString, NetworkAcl> nacls;
    QHash<QString, RouteTable> routeTables;
    QHash<QString, NatGateway> natGateways;
    QHash<QString, Peering> peerings;
    QHash<QString, std::vector<IpCidr>> prefixLists;
    QHash<QString, TgwAttachment> tgwAttachments;
    QHash<QString, TgwRouteTable> tgwRouteTables;
    QHash<QString, QList<LbListener>> lbListeners;  // "net/<name>/<id>" -> its listeners
    QHash<QString, QList<MirrorSession>> mirrorSessions; // source interface -> the sessions mirroring it
    QHash<QString, MirrorFilter> mirrorFilters;         // by id
    QHash<QString, QString> mirrorTargets;              // target id -> what it is: "eni-...", an NLB or GWLB endpoint
    QHash<QString, TargetGroup> targetGroups;       // by ARN
    std::vector<IpCidr> awsServiceCidrs; // AWS-managed service prefix lists (S3, DynamoDB): HTTP(S) only
    QHash<QString, QString> instanceEni;         // instance id -> primary ENI
    QHash<QString, QString> instanceNames;       // instance id -> its Name tag, where it has one
    QHash<IpAddress, QString> privateOwner;       // private IPv4 or IPv6 -> ENI
    QHash<IpAddress, QString> publicOwner;        // public IPv4 (EIP or auto-assigned) -> ENI
    QHash<QString, std::vector<IpAddress>> groupMembers; // SG -> private IPs of ENIs carrying it
    // Names for addresses outside the estate (the workspace's: loadEstate sets it); null: AWS's shipped ranges.
    std::shared_ptr<const AddressBook> addressBook;

    const Subnet *subnetOf(const Eni &eni) const;
    // An endpoint as an analyst types it: an IPv4 or IPv6 address, an eni-..., an i-... or an instance's
    // Name tag that one instance carries (its primary address; with `v6` its first IPv6 address).
    std::optional<IpAddress> resolveEndpoint(const QString &text, bool v6 = false) const;
    // Both ends of a trace: an id resolves in the family of the address typed for the other end
    // (IPv4 when neither is an address). Empty when either is unknown or the families differ.
    std::optional<std::pair<IpAddress, IpAddress>> resolveEndpoints(const QString &src, const QString &dst) const;
    QString displayName(const QString &id) const; // "name (id)" or the id
    // Who holds an address of the estate (private or public): its instance's Name tag, else the
    // instance id, else the interface's description ("Interface for NAT Gateway nat-..."), else the
    // interface id; empty for an address the estate does not hold.
    QString nameOf(const IpAddress &address) const;
    // An address outside the estate by its name: the analyst's ("office"), else AWS's ("AWS S3
    // eu-west-1"); empty when neither names it.
    QString outsideName(const IpAddress &address) const;
    // What to call an address beside it: nameOf, else outsideName.
    QString labelOf(const IpAddress &address) const;
};

} // namespace vpclens
