// SPDX-License-Identifier: GPL-3.0-or-later
// Explains one packet hop by hop with AWS's documented semantics: security groups (stateful, allow
// only, union of groups), network ACLs (stateless, first match by rule number), route tables (longest
// prefix match) and the reply path. Widget-free and allocation-light; the Estate is compiled once.
#pragma once

#include "topology/estate.h"

#include <QJsonObject>

#include <optional>
#include <unordered_map>
#include <vector>

namespace vpclens {

struct Packet {
    IpAddress src, dst; // one family: IPv4 rules never match an IPv6 packet
    int protocol = 6;
    int srcPort = 40000, dstPort = 0;
    int icmpType = -1, icmpCode = -1;
};

// Unknown: the snapshot lacks what decides (a subnet's route table was not exported), so nothing is
// claimed either way.
enum class Verdict { Accept, Reject, NoRoute, Unknown };
const char *verdictName(Verdict v); // "ACCEPT", "REJECT", "NO_ROUTE", "UNKNOWN"

// What a hop checked. Written (JSON, the CLI, the panel) by hopKindName: "sg-egress", "nacl-egress",
// "route", "nacl-ingress", "sg-ingress", "lb-listener", "lb-target", "appliance", "unfiltered".
enum class HopKind { SgEgress, NaclEgress, Route, NaclIngress, SgIngress, LbListener, LbTarget, Appliance, Unfiltered };
const char *hopKindName(HopKind kind);
QString hopKindText(HopKind kind); // hopKindName as a QString
inline bool isSecurityGroupHop(HopKind k) { return k == HopKind::SgEgress || k == HopKind::SgIngress; }
inline bool isNetworkAclHop(HopKind k) { return k == HopKind::NaclEgress || k == HopKind::NaclIngress; }

struct Hop {
    HopKind kind;
    QString id;     // sg-... (comma-separated when several groups denied), acl-..., rtb-..., igw-...
    QString rule;   // "100", "*", "no matching rule", a route destination, a SG rule, "stateful"; empty = null
    QString result; // allow, deny, no_route
    QString target; // for route hops: local, igw-..., nat-..., pcx-..., eni-...; empty = null
    QString detail; // the matched rule in words, for the panel and the sentence
    QString ruleName; // the rule as named everywhere (rulenames.h): SG rule, "no rule allows", NACL entry, route
};

struct PathTrace {
    Verdict verdict = Verdict::Accept;
    std::vector<Hop> hops;
    int decidingHop = -1; // index into hops of the hop that did not allow; -1 for ACCEPT
    // Where a load balancer handed the packet on: the target's interface and the source address it
    // saw (the client's for instance targets, the balancer's for IP targets). The reply starts there.
    QString lbTargetEni;
    IpAddress lbTargetSaw;
};

struct Trace {
    PathTrace forward;
    std::optional<PathTrace> reply;
    QString sentence; // "Rejected by network ACL acl-... (data-nacl) rule 90: DENY tcp 0-65535 from 10.10.0.0/24"
    QJsonObject toJson() const;
};

// The entry of a NACL direction that decides a packet (the lowest-numbered that matches), or null when
// none does (the implicit default deny). `port` is the destination port for TCP and UDP.
const NaclEntry *decidingNaclEntry(const NetworkAcl &acl, bool egress, const IpAddress &peer, int protocol, int port, int icmpType,
                                   int icmpCode);

class RuleEvaluator
{
public:
    explicit RuleEvaluator(const Estate &estate);
    Trace trace(const Packet &packet) const;

    // The decision at one interface for a packet it logged, in the direction it was logged: egress
    // checks its security groups then its subnet's NACL, ingress the NACL then the groups. A reply
    // meets only the NACL (security groups are stateful). `peer` is the other end as logged.
    PathTrace decideAtInterface(const Eni &eni, bool ingress, bool reply, const IpAddress &peer, bool peerInSameSubnet, int protocol,
                                int dstPort, int icmpType = -1, int icmpCode = -1) const;

    // The service behind a destination that security groups and network ACLs never filter (and flow
    // logs never record), untranslated (context vpclens::RuleEvaluator); null for any other.
    const char *unfilteredService(const Packet &p) const;

    // The route a packet to dst leaves the interface's subnet by (longest prefix match), or null.
    const Route *routeFrom(const Eni &eni, const IpAddress &dst) const;

private:
    struct Side; // one end of a packet as the network sees it
    struct Leg;  // the packet on its way out of the source's subnet by one route
    void forwardPath(const Packet &p, PathTrace &out, std::optional<PathTrace> &reply) const;
    // One function per kind of route target (and for a source outside AWS).
    void fromInternet(const Packet &p, PathTrace &path, std::optional<PathTrace> &reply, const Eni *dstPrivate, const Eni *dstPublic,
                      bool hasReply) const;
    void toVpcAddress(Leg &leg) const;      // local and peering routes
    void toInternetGateway(Leg &leg) const; // internet and egress-only internet gateways
    void toNatGateway(Leg &leg) const;
    void toAppliance(Leg &leg) const;       // an interface or instance
    QString natGatewayAt(const IpAddress &a) const;
    bool sgHop(PathTrace &path, const Eni &eni, bool ingress, const IpAddress &peer, int protocol, int port, int icmpType, int icmpCode) const;
    void unknownRoute(PathTrace &path, const QString &routeTable) const; // the table is not in the snapshot
    bool fromOutsideHops(PathTrace &path, std::optional<PathTrace> &reply, const Packet &p, const Eni &dst, bool hasReply) const;
    bool naclHop(PathTrace &path, const Subnet &subnet, bool egress, const IpAddress &peer, int protocol, int port, int icmpType, int icmpCode) const;
    const Route *lookup(const RouteTable &table, const IpAddress &dst) const;
    const TgwAttachment *vpcAttachment(const QString &tgwId, const QString &vpcId) const;
    const Subnet *attachmentSubnet(const TgwAttachment &a, const QString &az) const;
    const TgwRoute *tgwLookup(const QString &tableId, const IpAddress &dst) const;
    void transitGatewayPath(const Packet &p, PathTrace &path, std::optional<PathTrace> &reply, const Eni &src, const Subnet &ss,
                            const RouteTable &table, const Route &r, const TgwAttachment *srcAtt, const Subnet *srcAttSubnet,
                            const Eni *dst, bool hasReply) const;
    bool deliver(PathTrace &path, const Packet &p, const Eni &dst, const IpAddress &seenSource, const QString &fromSubnet) const;
    bool loadBalancerHops(PathTrace &path, const Packet &p, const Eni &balancer, const IpAddress &seenSource) const;
    bool forwardToTarget(PathTrace &path, const Packet &p, const Eni &balancer, const IpAddress &seenSource, const LbListener &listener,
                         const QString &balancerKey) const;
    void targetReplyHops(PathTrace &reply, const Packet &p, const PathTrace &forward, const Subnet *balancerSubnet) const;
    PathTrace replyPath(const Packet &p, const Eni *server, const Eni *client, const IpAddress &clientSeenAs, const QString &via,
                        const IpAddress &serverSeenAs, const PathTrace &forward) const;

    const Estate &m_estate; // not owned
    // The reserved IPv4 addresses of the estate's VPCs and subnets (the DNS server at base + 2, the
    // router at a subnet's base + 1) and what serves there (ruletraceunfiltered.cpp).
    std::unordered_map<std::uint32_t, const char *> m_reservedV4;
};

} // namespace vpclens
