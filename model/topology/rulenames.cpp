// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/rulenames.h"

#include "base/protocols.h"
#include "topology/estate.h"

namespace vpclens {
namespace {

QString direction(bool egress)
{
    return egress ? QStringLiteral("egress") : QStringLiteral("ingress");
}

// " 22", " 1024-65535", " type 8", " type 3 code 4", "" for all protocols or any ICMP type.
QString portsText(int protocol, const PortRange &ports)
{
    if (protocol == 1 || protocol == 58) {
        if (ports.from < 0)
            return {};
        return ports.to < 0 ? QStringLiteral(" type %1").arg(ports.from) : QStringLiteral(" type %1 code %2").arg(ports.from).arg(ports.to);
    }
    if (protocol != 6 && protocol != 17)
        return {};
    return ports.from == ports.to ? QStringLiteral(" %1").arg(ports.from) : QStringLiteral(" %1-%2").arg(ports.from).arg(ports.to);
}

} // namespace

QString securityGroupRuleName(const QString &group, bool egress, int protocol, const PortRange &ports, const QString &peer)
{
    return QStringLiteral("%1 %2 %3%4 %5").arg(group, direction(egress), protocolShortName(protocol), portsText(protocol, ports), peer);
}

QString noSecurityGroupRuleName(const QStringList &groups, bool egress)
{
    return QStringLiteral("%1 %2: no rule allows").arg(groups.join(QLatin1Char(',')), direction(egress));
}

QString naclEntryName(const QString &acl, bool egress, int ruleNumber)
{
    return QStringLiteral("%1 %2 %3").arg(acl, direction(egress), ruleNumber >= 32767 ? QStringLiteral("*") : QString::number(ruleNumber));
}

QString routeName(const QString &table, const QString &destination)
{
    return QStringLiteral("%1 %2").arg(table, destination);
}

} // namespace vpclens
