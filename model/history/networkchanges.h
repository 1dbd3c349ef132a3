// SPDX-License-Identifier: GPL-3.0-or-later
// Which CloudTrail events change the network: EC2 calls that create, delete or modify VPCs, subnets,
// route tables and routes, network ACLs and their entries, security groups and their rules, network
// interfaces (and an instance's groups), gateways, peering, endpoints, flow logs, traffic mirroring,
// transit gateways, VPN gateways and prefix lists. Read-only calls (Describe*, Get*) never do.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace vpclens {

bool isNetworkChange(const QString &source, const QString &name, const QJsonObject &request);

// The resource ids a call names (vpc-, subnet-, rtb-, acl-, sg-, eni-, igw-, nat-, pcx-, vpce-, fl-,
// tmf-, tms-, tmt-, tgw-, pl-, i- ... and their association ids), in the order found, request first.
QStringList resourceIdsOf(const QJsonObject &request, const QJsonObject &response);

} // namespace vpclens
