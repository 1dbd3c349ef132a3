// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/resourcedetails.h"

#include "base/protocols.h"
#include "query/filterclause.h"
#include "topology/estate.h"
#include "topology/quotas.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace vpclens {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResourceDetails", text);
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString ports(int protocol, const PortRange &r)
{
    if (protocol == 1 || protocol == 58)
        return r.from < 0 ? tr("any type") : r.to < 0 ? tr("type %1").arg(r.from) : tr("type %1 code %2").arg(r.from).arg(r.to);
    if (protocol != 6 && protocol != 17)
        return {};
    if (r.from == 0 && r.to == 65535)
        return tr("all ports");
    return r.from == r.to ? QString::number(r.from) : QStringLiteral("%1-%2").arg(r.from).arg(r.to);
}

QString protocolAndPorts(int protocol, const PortRange &r)
{
    if (protocol == -1)
        return tr("all traffic");
    return QStringLiteral("%1 %2").arg(protocolShortName(protocol), ports(protocol, r)).trimmed();
}

QString ruleFilter(const QString &name)
{
    return name.isEmpty() ? QString() : filterClause(QStringLiteral("rule"), name);
}

// A group's rules one way: a line per peer (the unit AWS counts against the quota), "tcp 22" then
// "from 10.0.0.0/16 (office ssh)".
DetailItem groupRules(const Estate &e, const SecurityGroup &g, bool egress)
{
    const auto &rules = egress ? g.egress : g.ingress;
    DetailItem item{egress ? tr("Outbound rules") : tr("Inbound rules"), QString()};
    for (const SgRule &r : rules) {
        QStringList peers;
        for (const IpCidr &c : r.cidrs)
            peers << formatCidr(c);
        peers << r.prefixLists;
        for (const QString &p : r.groups)
            peers << e.displayName(p);
        for (qsizetype i = 0; i < peers.size(); ++i) {
            QString value = (egress ? tr("to %1") : tr("from %1")).arg(peers[i]);
            if (!r.description.isEmpty())
                value += QStringLiteral("  (%1)").arg(r.description);
            item.children.append({protocolAndPorts(r.protocol, r.ports), value, {}, ruleFilter(r.names.value(i))});
        }
    }
    item.value = tr("%1 of %2 (default quota)").arg(item.children.size()).arg(quota::kRulesPerGroup);
    if (item.children.isEmpty())
        item.children.append({QString(), egress ? tr("none: nothing leaves") : tr("none: nothing gets in")});
    return item;
}

DetailItem naclEntries(const NetworkAcl &acl, bool egress)
{
    const auto &entries = egress ? acl.egress : acl.ingress;
    const auto numbered = std::count_if(entries.begin(), entries.end(), [](const NaclEntry &n) { return n.ruleNumber < 32767; });
    DetailItem item{egress ? tr("Outbound entries") : tr("Inbound entries"),
                    tr("%1 of %2 (default quota), lowest number first").arg(numbered).arg(quota::kNaclEntries)};
    for (const NaclEntry &n : entries)
        item.children.append({n.ruleNumber >= 32767 ? QStringLiteral("*") : QString::number(n.ruleNumber), n.text, {}, ruleFilter(n.name)});
    return item;
}

DetailItem routes(const RouteTable &t)
{
    DetailItem item{tr("Routes"), tr("%1, the longest prefix wins").arg(t.routes.size())};
    for (const Route &r : t.routes)
        item.children.append({r.destination, r.blackhole ? tr("%1 (blackhole: the target is gone)").arg(r.target) : r.target, {}, ruleFilter(r.name)});
    return item;
}

QStringList subnetsWhere(const Estate &e, const std::function<bool(const Subnet &)> &pred)
{
    QStringList out;
    for (const QString &id : sortedIds(e.subnets))
        if (pred(e.subnets[id]))
            out << QStringLiteral("%1 %2").arg(e.displayName(id), formatCidr(e.subnets[id].cidr));
    return out;
}

DetailItem list(const QString &field, const QStringList &values, const QString &none = QString())
{
    DetailItem item{field, values.isEmpty() ? none : QString::number(values.size())};
    for (const QString &v : values)
        item.children.append({QString(), v});
    return item;
}

qint64 interfacesIn(const Estate &e, const std::function<bool(const Eni &)> &pred)
{
    return std::count_if(e.enis.cbegin(), e.enis.cend(), pred);
}

void securityGroup(QList<DetailItem> &out, const Estate &e, const SecurityGroup &g)
{
    out.append({tr("VPC"), e.displayName(g.vpcId), {}, filterClause(QStringLiteral("vpc"), g.vpcId)});
    out.append(groupRules(e, g, false));
    out.append(groupRules(e, g, true));
    QStringList users;
    for (const QString &id : sortedIds(e.enis))
        if (e.enis[id].groups.contains(g.id))
            users << id;
    out.append(list(tr("Interfaces"), users, tr("none: the group is attached to nothing")));
}

void networkAcl(QList<DetailItem> &out, const Estate &e, const NetworkAcl &acl)
{
    out.append({tr("VPC"), e.displayName(acl.vpcId), {}, filterClause(QStringLiteral("vpc"), acl.vpcId)});
    out.append({tr("Default"), acl.isDefault ? tr("yes: subnets without an association of their own use it") : tr("no")});
    out.append({tr("Stateless"), tr("a reply is a packet of its own: it needs an entry the other way (ephemeral ports 1024-65535)")});
    out.append(naclEntries(acl, false));
    out.append(naclEntries(acl, true));
    out.append(list(tr("Subnets"), subnetsWhere(e, [&](const Subnet &s) { return s.nacl == acl.id; }), tr("none")));
}

void routeTable(QList<DetailItem> &out, const Estate &e, const RouteTable &t)
{
    out.append({tr("VPC"), e.displayName(t.vpcId), {}, filterClause(QStringLiteral("vpc"), t.vpcId)});
    out.append({tr("Main"), t.main ? tr("yes: subnets without an association of their own use it") : tr("no")});
    out.append(routes(t));
    out.append(list(tr("Subnets"), subnetsWhere(e, [&](const Subnet &s) { return s.routeTable == t.id; }), tr("none")));
}

// What decides the interface's traffic each way: any of its groups' rules allows (stateful: the
// reply goes back), then its subnet's NACL in order (stateless: each way on its own).
void networkInterface(QList<DetailItem> &out, const Estate &e, const Eni &n)
{
    if (!n.instanceId.isEmpty())
        out.append({tr("Instance"), e.instanceNames.contains(n.instanceId) ? QStringLiteral("%1 (%2)").arg(e.instanceNames.value(n.instanceId), n.instanceId) : n.instanceId,
                    {}, filterClause(QStringLiteral("instance"), n.instanceId)});
    else if (!n.description.isEmpty())
        out.append({tr("Description"), n.description});
    if (!n.type.isEmpty())
        out.append({tr("Type"), n.type});
    const Subnet *subnet = e.subnetOf(n);
    out.append({tr("Subnet"), subnet ? QStringLiteral("%1 %2").arg(e.displayName(n.subnetId), formatCidr(subnet->cidr)) : n.subnetId, {},
                filterClause(QStringLiteral("subnet"), n.subnetId)});
    out.append({tr("VPC"), e.displayName(n.vpcId), {}, filterClause(QStringLiteral("vpc"), n.vpcId)});
    QStringList addresses;
    for (const IpAddress &a : n.privateIps)
        addresses << formatIp(a);
    for (const IpAddress &a : n.publicIps)
        addresses << tr("%1 (public)").arg(formatIp(a));
    out.append(list(tr("Addresses"), addresses, tr("none")));
    if (!n.sourceDestCheck)
        out.append({tr("Source/destination check"), tr("off: it forwards traffic for others")});
    const auto found = subnet ? e.nacls.constFind(subnet->nacl) : e.nacls.cend();
    const NetworkAcl *acl = found != e.nacls.cend() ? &*found : nullptr;
    for (const bool egress : {false, true}) {
        DetailItem way{egress ? tr("Effective outbound rules") : tr("Effective inbound rules"),
                       QCoreApplication::translate("ResourceDetails", "%n group(s), then %1", nullptr, int(n.groups.size()))
                           .arg(acl ? e.displayName(acl->id) : tr("no NACL known"))};
        DetailItem groups{tr("Security groups"), tr("stateful: any rule allows, and the reply goes back")};
        for (const QString &gid : n.groups) {
            const auto g = e.securityGroups.constFind(gid);
            if (g == e.securityGroups.cend()) {
                groups.children.append({tr("Group"), tr("%1: not in the export, its rules are unknown").arg(e.displayName(gid))});
                continue;
            }
            DetailItem rules = groupRules(e, *g, egress);
            rules.field = tr("Group");
            rules.value = QStringLiteral("%1: %2").arg(e.displayName(gid), rules.value);
            rules.filter = filterClause(QStringLiteral("sg"), gid);
            groups.children.append(rules);
        }
        way.children.append(groups);
        if (acl) {
            DetailItem entries = naclEntries(*acl, egress);
            entries.field = tr("Network ACL");
            entries.value = QStringLiteral("%1: %2").arg(e.displayName(acl->id), entries.value);
            way.children.append(entries);
        }
        out.append(way);
    }
}

QString share(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + QStringLiteral(" %") : QStringLiteral("-");
}

QString dnsText(const std::optional<bool> &on)
{
    if (!on)
        return tr("not exported (aws ec2 describe-vpc-attribute)");
    return *on ? tr("on") : tr("off");
}

void vpc(QList<DetailItem> &out, const Estate &e, const Vpc &v)
{
    QList<const Subnet *> subnets;
    for (const Subnet &s : e.subnets)
        if (s.vpcId == v.id)
            subnets << &s;
    DetailItem blocks{tr("CIDR blocks"), tr("%1 IPv4 of %2, %3 IPv6 of %4 (default quotas)")
                                             .arg(v.cidrs.size()).arg(quota::kIpv4BlocksPerVpc).arg(v.ipv6Cidrs.size()).arg(quota::kIpv6BlocksPerVpc)};
    for (const Ipv4Cidr &c : v.cidrs) {
        const qint64 size = qint64(1) << (32 - c.prefix);
        qint64 inSubnets = 0, held = 0;
        for (const Subnet *s : std::as_const(subnets))
            if (c.contains(s->cidr.network))
                inSubnets += qint64(1) << (32 - s->cidr.prefix);
        for (const Eni &n : e.enis)
            if (n.vpcId == v.id)
                held += std::count_if(n.privateIps.begin(), n.privateIps.end(), [&](const IpAddress &a) { return a.isV4() && c.contains(a.v4()); });
        DetailItem block{formatCidr(c), tr("%1 addresses").arg(count(size))};
        block.children.append({tr("In subnets"), tr("%1 (%2)").arg(count(inSubnets), share(inSubnets, size))});
        block.children.append({tr("Held by interfaces"), tr("%1 (%2)").arg(count(held), share(held, size))});
        block.filter = filterClause(QStringLiteral("addr"), formatCidr(c));
        blocks.children.append(block);
    }
    for (const IpCidr &c : v.ipv6Cidrs)
        blocks.children.append({formatCidr(c), tr("IPv6"), {}, filterClause(QStringLiteral("addr"), formatCidr(c))});
    out.append(blocks);
    out.append({tr("Internet gateway"), v.igw.isEmpty() ? tr("none attached") : v.igw});
    DetailItem dns{tr("DNS"), QString()};
    dns.children.append({QStringLiteral("enableDnsSupport"), dnsText(v.dnsSupport)});
    dns.children.append({QStringLiteral("enableDnsHostnames"), dnsText(v.dnsHostnames)});
    dns.value = v.dnsSupport == true && v.dnsHostnames == true ? tr("private DNS of interface endpoints works")
                : (v.dnsSupport == false || v.dnsHostnames == false) ? tr("private DNS of interface endpoints does not work (needs both)")
                                                                   : tr("not known");
    out.append(dns);
    qint64 tables = 0, acls = 0, groups = 0;
    for (const RouteTable &t : e.routeTables)
        tables += t.vpcId == v.id;
    for (const NetworkAcl &a : e.nacls)
        acls += a.vpcId == v.id;
    for (const SecurityGroup &g : e.securityGroups)
        groups += g.vpcId == v.id;
    DetailItem quotas{tr("Quotas in use"), tr("of AWS's defaults")};
    quotas.children.append({tr("Subnets"), tr("%1 of %2").arg(subnets.size()).arg(quota::kSubnetsPerVpc)});
    quotas.children.append({tr("Route tables"), tr("%1 of %2").arg(tables).arg(quota::kRouteTablesPerVpc)});
    quotas.children.append({tr("Network ACLs"), tr("%1 of %2").arg(acls).arg(quota::kNaclsPerVpc)});
    quotas.children.append({tr("IPv4 CIDR blocks"), tr("%1 of %2").arg(v.cidrs.size()).arg(quota::kIpv4BlocksPerVpc)});
    quotas.children.append({tr("Security groups"), QString::number(groups)});
    out.append(quotas);
    QStringList names;
    for (const Subnet *s : std::as_const(subnets))
        names << QStringLiteral("%1 %2 %3").arg(e.displayName(s->id), formatCidr(s->cidr), s->az).trimmed();
    names.sort();
    out.append(list(tr("Subnets"), names, tr("none")));
}

void subnet(QList<DetailItem> &out, const Estate &e, const Subnet &s)
{
    const qint64 size = qint64(1) << (32 - s.cidr.prefix);
    qint64 held = 0;
    for (const Eni &n : e.enis)
        if (n.subnetId == s.id)
            held += std::count_if(n.privateIps.begin(), n.privateIps.end(), [](const IpAddress &a) { return a.isV4(); });
    DetailItem block{tr("CIDR block"), formatCidr(s.cidr), {}, filterClause(QStringLiteral("addr"), formatCidr(s.cidr))};
    const qint64 usable = std::max<qint64>(0, size - 5); // AWS keeps the first four and the last
    block.children.append({tr("Usable"), tr("%1 (AWS reserves 5 of %2)").arg(count(usable), count(size))});
    block.children.append({tr("Held by interfaces"), tr("%1 (%2 of the usable)").arg(count(held), share(held, usable))});
    out.append(block);
    if (!s.az.isEmpty())
        out.append({tr("Availability Zone"), s.az});
    out.append({tr("VPC"), e.displayName(s.vpcId), {}, filterClause(QStringLiteral("vpc"), s.vpcId)});
    if (const auto t = e.routeTables.constFind(s.routeTable); t != e.routeTables.cend()) {
        DetailItem table = routes(*t);
        table.field = tr("Route table");
        table.value = QStringLiteral("%1: %2").arg(e.displayName(t->id), table.value);
        out.append(table);
    }
    if (const auto a = e.nacls.constFind(s.nacl); a != e.nacls.cend())
        out.append({tr("Network ACL"), e.displayName(a->id)});
    out.append({tr("Interfaces"), count(interfacesIn(e, [&](const Eni &n) { return n.subnetId == s.id; }))});
}

} // namespace

QList<DetailItem> resourceDetails(const Estate &e, const QString &kind, const QString &id, const JsonLookup &json)
{
    QList<DetailItem> out;
    if (kind == QLatin1String("security-group")) {
        if (const auto g = e.securityGroups.constFind(id); g != e.securityGroups.cend()) {
            out.append({tr("Security group"), e.displayName(id), {}, filterClause(QStringLiteral("sg"), id)});
            securityGroup(out, e, *g);
        }
    } else if (kind == QLatin1String("network-acl")) {
        if (const auto a = e.nacls.constFind(id); a != e.nacls.cend()) {
            out.append({tr("Network ACL"), e.displayName(id)});
            networkAcl(out, e, *a);
        }
    } else if (kind == QLatin1String("route-table")) {
        if (const auto t = e.routeTables.constFind(id); t != e.routeTables.cend()) {
            out.append({tr("Route table"), e.displayName(id)});
            routeTable(out, e, *t);
        }
    } else if (kind == QLatin1String("network-interface")) {
        if (const auto n = e.enis.constFind(id); n != e.enis.cend()) {
            out.append({tr("Interface"), id, {}, filterClause(QStringLiteral("eni"), id)});
            networkInterface(out, e, *n);
        }
    } else if (kind == QLatin1String("instance")) {
        if (const QString eni = e.instanceEni.value(id); e.enis.contains(eni)) {
            out.append({tr("Instance"), e.instanceNames.contains(id) ? QStringLiteral("%1 (%2)").arg(e.instanceNames.value(id), id) : id, {},
                        filterClause(QStringLiteral("instance"), id)});
            const QJsonObject o = json(kind, id);
            if (!o.isEmpty()) {
                out.append({tr("Type"), o.value(QLatin1String("InstanceType")).toString()});
                out.append({tr("State"), o.value(QLatin1String("State")).toObject().value(QLatin1String("Name")).toString()});
            }
            DetailItem primary{tr("Primary interface"), eni, {}, filterClause(QStringLiteral("eni"), eni)};
            networkInterface(primary.children, e, e.enis[eni]);
            out.append(primary);
        }
    } else if (kind == QLatin1String("vpc")) {
        if (const auto v = e.vpcs.constFind(id); v != e.vpcs.cend()) {
            out.append({tr("VPC"), e.displayName(id), {}, filterClause(QStringLiteral("vpc"), id)});
            vpc(out, e, *v);
        }
    } else if (kind == QLatin1String("subnet")) {
        if (const auto s = e.subnets.constFind(id); s != e.subnets.cend()) {
            out.append({tr("Subnet"), e.displayName(id), {}, filterClause(QStringLiteral("subnet"), id)});
            subnet(out, e, *s);
        }
    }
    if (!out.isEmpty()) { // the tags, as the console shows them
        const QJsonArray tags = json(kind, id).value(QLatin1String("Tags")).toArray();
        DetailItem item{tr("Tags"), QString::number(tags.size())};
        for (const QJsonValue t : tags)
            item.children.append({t.toObject().value(QLatin1String("Key")).toString(), t.toObject().value(QLatin1String("Value")).toString()});
        if (!tags.isEmpty())
            out.append(item);
    }
    return out;
}

} // namespace vpclens
