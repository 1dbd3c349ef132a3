// SPDX-License-Identifier: GPL-3.0-or-later
// The one spelling of a rule, wherever VpcLens names one (the flow table's "decided by" column, CSV,
// JSON, the filter's `rule` field, the Rules view, findings): the sgr- id where
// describe-security-group-rules was imported, else the group, direction, protocol, ports and peer
// ("sg-0abc ingress tcp 22 0.0.0.0/0"); NACL entries by number ("acl-0abc ingress 90", "* " for the
// default); routes by table and destination ("rtb-0abc 0.0.0.0/0").
#pragma once

#include <QString>
#include <QStringList>

namespace vpclens {

struct PortRange;

// What a named rule is; stored as the number in the workspace's `rules` table.
enum class RuleKind { SecurityGroupRule = 1, NoSecurityGroupRule = 2, NaclEntry = 3, Route = 4 };

// One peer of a security-group rule (a CIDR block, a prefix list or a group), as AWS lists it with its
// own sgr- id: "sg-0abc ingress tcp 22 0.0.0.0/0", "sg-0abc egress all 0.0.0.0/0",
// "sg-0abc ingress icmp type 8 10.0.0.0/8", "sg-0abc ingress tcp 1024-65535 sg-0def".
QString securityGroupRuleName(const QString &group, bool egress, int protocol, const PortRange &ports, const QString &peer);
// None of the interface's groups allows it: "sg-0abc,sg-0def ingress: no rule allows".
QString noSecurityGroupRuleName(const QStringList &groups, bool egress);
// "acl-0abc ingress 90"; the default entry (32767) is "*".
QString naclEntryName(const QString &acl, bool egress, int ruleNumber);
// "rtb-0abc 0.0.0.0/0"
QString routeName(const QString &table, const QString &destination);

} // namespace vpclens
