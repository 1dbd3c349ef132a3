// SPDX-License-Identifier: GPL-3.0-or-later
// Traffic that security groups and network ACLs never filter, and flow logs never record (AWS
// documentation: "Network ACL basics", "Security group rules", "Flow log limitations"): the Amazon
// DNS server (the Route 53 Resolver at the VPC base + 2, 169.254.169.253, fd00:ec2::253), instance
// metadata (169.254.169.254, fd00:ec2::254), the ECS task metadata endpoint (169.254.170.2), the
// Amazon Time Sync Service (169.254.169.123, fd00:ec2::123), Windows license activation
// (169.254.169.250 and .251), DHCP, and the reserved address of the default VPC router (a subnet's
// base + 1).
#include "trace/ruletrace.h"

#include <QCoreApplication>

#include <array>

namespace vpclens {
namespace {

struct LinkLocal {
    const char *address;
    const char *service;
};

constexpr LinkLocal kLinkLocal[] = {
    {"169.254.169.254", QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the instance metadata service")},
    {"fd00:ec2::254", QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the instance metadata service")},
    {"169.254.169.123", QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the Amazon Time Sync Service")},
    {"fd00:ec2::123", QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the Amazon Time Sync Service")},
    {"169.254.169.253", QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the Amazon DNS server (Route 53 Resolver)")},
    {"fd00:ec2::253", QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the Amazon DNS server (Route 53 Resolver)")},
    {"169.254.170.2", QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the ECS task metadata endpoint")},
    {"169.254.169.250", QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "Windows license activation")},
    {"169.254.169.251", QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "Windows license activation")},
};

// The addresses above, parsed once (this runs for every distinct decision of a bulk explain).
const std::array<IpAddress, std::size(kLinkLocal)> &linkLocalAddresses()
{
    static const auto parsed = [] {
        std::array<IpAddress, std::size(kLinkLocal)> a;
        for (std::size_t i = 0; i < a.size(); ++i)
            a[i] = *parseIp(kLinkLocal[i].address);
        return a;
    }();
    return parsed;
}

} // namespace

const char *RuleEvaluator::unfilteredService(const Packet &p) const
{
    const auto &addresses = linkLocalAddresses();
    for (std::size_t i = 0; i < addresses.size(); ++i)
        if (addresses[i] == p.dst)
            return kLinkLocal[i].service;
    if (p.protocol == 17 && (p.dstPort == 67 || p.dstPort == 68))
        return QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "DHCP");
    if (!p.dst.isV4())
        return nullptr;
    const auto reserved = m_reservedV4.find(p.dst.v4());
    return reserved == m_reservedV4.end() ? nullptr : reserved->second;
}

RuleEvaluator::RuleEvaluator(const Estate &estate)
    : m_estate(estate)
{
    const char *dns = QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the Amazon DNS server (Route 53 Resolver, the VPC base + 2)");
    for (const Vpc &v : estate.vpcs)
        for (const Ipv4Cidr &c : v.cidrs)
            m_reservedV4.emplace(c.network + 2, dns);
    for (const Subnet &s : estate.subnets) {
        m_reservedV4.emplace(s.cidr.network + 1, QT_TRANSLATE_NOOP("vpclens::RuleEvaluator", "the default VPC router (the subnet base + 1)"));
        m_reservedV4.emplace(s.cidr.network + 2, dns);
    }
}

} // namespace vpclens
