// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/rulereaders.h"

#include "base/protocols.h"
#include "topology/estatejson.h"
#include "topology/rulenames.h"

namespace vpclens {

using json::arr;
using json::cidr;
using json::str;

namespace {

QString portText(int protocol, const PortRange &r)
{
    if (protocol == -1)
        return {};
    if (protocol == 1 || protocol == 58)
        return r.from < 0 ? QStringLiteral(" any type") : QStringLiteral(" type %1").arg(r.from);
    if (r.from == 0 && r.to == 65535)
        return QStringLiteral(" 0-65535");
    return r.from == r.to ? QStringLiteral(" %1").arg(r.from) : QStringLiteral(" %1-%2").arg(r.from).arg(r.to);
}

} // namespace

int protocolNumber(const QString &p)
{
    if (p == QLatin1String("-1") || p.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return -1;
    return parseIpProtocol(p).value_or(-2); // -2: a protocol nothing matches
}

std::vector<SgRule> sgRules(const QString &group, const QJsonArray &perms, bool egress, const QHash<QString, QString> &ids)
{
    std::vector<SgRule> out;
    for (const auto &v : perms) {
        const QJsonObject p = v.toObject();
        SgRule r;
        r.protocol = protocolNumber(p.value(QLatin1String("IpProtocol")).toVariant().toString());
        if (p.contains(QLatin1String("FromPort")))
            r.ports = {p.value(QLatin1String("FromPort")).toInt(), p.value(QLatin1String("ToPort")).toInt()};
        else if (r.protocol == 1 || r.protocol == 58)
            r.ports = {-1, -1};
        QStringList peers;
        for (const auto &[list, key] : {std::pair{"IpRanges", "CidrIp"}, std::pair{"Ipv6Ranges", "CidrIpv6"}})
            for (const auto &c : arr(p, list)) {
                if (auto block = cidr(str(c.toObject(), key))) {
                    r.cidrs.push_back(*block);
                    peers << str(c.toObject(), key);
                }
                if (r.description.isEmpty())
                    r.description = str(c.toObject(), "Description");
            }
        for (const auto &c : arr(p, "PrefixListIds")) {
            r.prefixLists << str(c.toObject(), "PrefixListId");
            peers << str(c.toObject(), "PrefixListId");
        }
        for (const auto &g : arr(p, "UserIdGroupPairs")) {
            r.groups << str(g.toObject(), "GroupId");
            peers << str(g.toObject(), "GroupId");
            if (r.description.isEmpty())
                r.description = str(g.toObject(), "Description");
        }
        if (r.cidrs.empty() && r.prefixLists.isEmpty() && r.groups.isEmpty())
            continue;
        r.text = QStringLiteral("%1%2 %3 %4").arg(protocolShortName(r.protocol), portText(r.protocol, r.ports),
                                                   egress ? QStringLiteral("to") : QStringLiteral("from"), peers.join(QStringLiteral(", ")));
        for (const QString &peer : std::as_const(peers)) {
            const QString name = securityGroupRuleName(group, egress, r.protocol, r.ports, peer);
            r.names << ids.value(name, name);
        }
        out.push_back(std::move(r));
    }
    return out;
}

void addNaclEntry(NetworkAcl &acl, const QJsonObject &e)
{
    NaclEntry n;
    n.ruleNumber = e.value(QLatin1String("RuleNumber")).toInt();
    n.allow = str(e, "RuleAction") == QLatin1String("allow");
    n.protocol = protocolNumber(e.value(QLatin1String("Protocol")).toVariant().toString());
    n.ipv6 = e.contains(QLatin1String("Ipv6CidrBlock"));
    n.cidr = cidr(n.ipv6 ? str(e, "Ipv6CidrBlock") : str(e, "CidrBlock"));
    const QJsonObject range = e.value(QLatin1String("PortRange")).toObject();
    if (!range.isEmpty())
        n.ports = {range.value(QLatin1String("From")).toInt(), range.value(QLatin1String("To")).toInt()};
    const QJsonObject icmp = e.value(QLatin1String("IcmpTypeCode")).toObject();
    if (!icmp.isEmpty()) {
        n.icmpType = icmp.value(QLatin1String("Type")).toInt(-1);
        n.icmpCode = icmp.value(QLatin1String("Code")).toInt(-1);
    }
    const bool egress = e.value(QLatin1String("Egress")).toBool();
    n.name = naclEntryName(acl.id, egress, n.ruleNumber);
    PortRange shown = n.ports;
    if (n.protocol == 1 || n.protocol == 58)
        shown = {n.icmpType, n.icmpCode};
    n.text = QStringLiteral("%1 %2%3 %4 %5").arg(n.allow ? QStringLiteral("ALLOW") : QStringLiteral("DENY"), protocolShortName(n.protocol),
                                                 (n.protocol == 6 || n.protocol == 17 || n.protocol == 1 || n.protocol == 58) ? portText(n.protocol, shown) : QString(),
                                                 egress ? QStringLiteral("to") : QStringLiteral("from"),
                                                 n.ipv6 ? str(e, "Ipv6CidrBlock") : str(e, "CidrBlock"));
    (egress ? acl.egress : acl.ingress).push_back(std::move(n));
}

} // namespace vpclens
