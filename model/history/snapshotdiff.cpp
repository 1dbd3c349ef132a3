// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/snapshotdiff.h"

#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>

namespace vpclens {
namespace {

// A resource as the items a change is told in: key -> value. A key in one snapshot only is an item
// added or removed; the same key with another value is an item changed.
using Items = std::map<QString, QString>;

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull() || v.isUndefined())
        return {};
    return QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject())).toJson(QJsonDocument::Compact));
}

QString protocolText(const QJsonValue &v)
{
    const QString p = text(v).toLower();
    if (p == QLatin1String("-1") || p == QLatin1String("all"))
        return QStringLiteral("all");
    if (p == QLatin1String("6"))
        return QStringLiteral("tcp");
    if (p == QLatin1String("17"))
        return QStringLiteral("udp");
    if (p == QLatin1String("1"))
        return QStringLiteral("icmp");
    if (p == QLatin1String("58"))
        return QStringLiteral("icmpv6");
    return p;
}

// "22", "1024-65535", "all ports"; ICMP: "type 8 code -1".
QString portsText(const QString &protocol, const QJsonValue &from, const QJsonValue &to)
{
    if (protocol == QLatin1String("all"))
        return {};
    if (protocol.startsWith(QLatin1String("icmp")))
        return from.isUndefined() ? QString() : QStringLiteral(" type %1 code %2").arg(text(from), text(to));
    if (from.isUndefined() || text(from) == QLatin1String("-1"))
        return QStringLiteral(" all ports");
    const QString a = text(from), b = text(to);
    return a == b || b.isEmpty() ? QStringLiteral(" %1").arg(a) : QStringLiteral(" %1-%2").arg(a, b);
}

void addTags(const QJsonObject &o, Items &items)
{
    for (const QJsonValue &t : o.value(QLatin1String("Tags")).toArray())
        items[QStringLiteral("tag %1").arg(t[QLatin1String("Key")].toString())] = t[QLatin1String("Value")].toString();
}

// One item per rule a permission grants: protocol, ports and one peer each (the console's rows).
void addPermissions(const QJsonArray &permissions, bool egress, Items &items)
{
    const QString direction = egress ? QStringLiteral("egress") : QStringLiteral("ingress");
    const QString toward = egress ? QStringLiteral("to") : QStringLiteral("from");
    for (const QJsonValue &p : permissions) {
        const QString protocol = protocolText(p[QLatin1String("IpProtocol")]);
        const QString rule = direction + QLatin1Char(' ') + protocol + portsText(protocol, p[QLatin1String("FromPort")], p[QLatin1String("ToPort")]);
        auto peer = [&](const QString &who, const QJsonValue &description) {
            items[QStringLiteral("%1 %2 %3").arg(rule, toward, who)] = description.toString();
        };
        for (const QJsonValue &r : p[QLatin1String("IpRanges")].toArray())
            peer(r[QLatin1String("CidrIp")].toString(), r[QLatin1String("Description")]);
        for (const QJsonValue &r : p[QLatin1String("Ipv6Ranges")].toArray())
            peer(r[QLatin1String("CidrIpv6")].toString(), r[QLatin1String("Description")]);
        for (const QJsonValue &r : p[QLatin1String("PrefixListIds")].toArray())
            peer(r[QLatin1String("PrefixListId")].toString(), r[QLatin1String("Description")]);
        for (const QJsonValue &r : p[QLatin1String("UserIdGroupPairs")].toArray())
            peer(r[QLatin1String("GroupId")].toString(), r[QLatin1String("Description")]);
    }
}

void addAclEntries(const QJsonObject &o, Items &items)
{
    for (const QJsonValue &e : o.value(QLatin1String("Entries")).toArray()) {
        const QString protocol = protocolText(e[QLatin1String("Protocol")]);
        const QJsonObject ports = e[QLatin1String("PortRange")].toObject(), icmp = e[QLatin1String("IcmpTypeCode")].toObject();
        const QString cidr = e[QLatin1String("CidrBlock")].isString() ? e[QLatin1String("CidrBlock")].toString() : e[QLatin1String("Ipv6CidrBlock")].toString();
        QString what = QStringLiteral("%1 %2 %3").arg(e[QLatin1String("RuleAction")].toString(), protocol, cidr);
        if (protocol.startsWith(QLatin1String("icmp")))
            what += icmp.isEmpty() ? QString() : QStringLiteral(" type %1 code %2").arg(text(icmp[QLatin1String("Type")]), text(icmp[QLatin1String("Code")]));
        else if (protocol != QLatin1String("all"))
            what += ports.isEmpty() ? QStringLiteral(" all ports") : portsText(protocol, ports[QLatin1String("From")], ports[QLatin1String("To")]);
        items[QStringLiteral("entry %1 %2").arg(text(e[QLatin1String("RuleNumber")]), e[QLatin1String("Egress")].toBool() ? QStringLiteral("egress") : QStringLiteral("ingress"))] = what;
    }
    for (const QJsonValue &a : o.value(QLatin1String("Associations")).toArray())
        items[QStringLiteral("associated with %1").arg(a[QLatin1String("SubnetId")].toString())] = QString();
}

void addRoutes(const QJsonObject &o, Items &items)
{
    static const char *const targets[] = {"GatewayId", "NatGatewayId", "TransitGatewayId", "VpcPeeringConnectionId", "NetworkInterfaceId",
                                          "InstanceId", "EgressOnlyInternetGatewayId", "LocalGatewayId", "CarrierGatewayId",
                                          "CoreNetworkArn", "VpcEndpointId"};
    for (const QJsonValue &r : o.value(QLatin1String("Routes")).toArray()) {
        QString destination = r[QLatin1String("DestinationCidrBlock")].toString();
        if (destination.isEmpty())
            destination = r[QLatin1String("DestinationIpv6CidrBlock")].toString();
        if (destination.isEmpty())
            destination = r[QLatin1String("DestinationPrefixListId")].toString();
        QString target;
        for (const char *t : targets)
            if (const QString v = r[QLatin1String(t)].toString(); !v.isEmpty() && target.isEmpty())
                target = v;
        const QString state = r[QLatin1String("State")].toString();
        items[QStringLiteral("route %1").arg(destination)] = state.isEmpty() || state == QLatin1String("active") ? target : QStringLiteral("%1 (%2)").arg(target, state);
    }
    for (const QJsonValue &a : o.value(QLatin1String("Associations")).toArray()) {
        QString what = a[QLatin1String("SubnetId")].toString();
        if (what.isEmpty())
            what = a[QLatin1String("GatewayId")].toString();
        if (a[QLatin1String("Main")].toBool())
            what = what.isEmpty() ? QStringLiteral("the VPC (main)") : what + QStringLiteral(" (main)");
        items[QStringLiteral("associated with %1").arg(what)] = QString();
    }
}

void addInterface(const QJsonObject &o, Items &items)
{
    for (const QJsonValue &g : o.value(QLatin1String("Groups")).toArray())
        items[QStringLiteral("group %1").arg(g[QLatin1String("GroupId")].toString())] = QString();
    const QJsonObject attachment = o.value(QLatin1String("Attachment")).toObject();
    if (!attachment.isEmpty())
        items[QStringLiteral("attached to")] = attachment.value(QLatin1String("InstanceId")).toString();
    for (const QJsonValue &a : o.value(QLatin1String("PrivateIpAddresses")).toArray())
        items[QStringLiteral("address %1").arg(a[QLatin1String("PrivateIpAddress")].toString())] =
            a[QLatin1String("Association")][QLatin1String("PublicIp")].toString();
    for (const QJsonValue &a : o.value(QLatin1String("Ipv6Addresses")).toArray())
        items[QStringLiteral("address %1").arg(a[QLatin1String("Ipv6Address")].toString())] = QString();
    if (o.contains(QLatin1String("SourceDestCheck")))
        items[QStringLiteral("source/destination check")] = text(o.value(QLatin1String("SourceDestCheck")));
    items[QStringLiteral("subnet")] = o.value(QLatin1String("SubnetId")).toString();
}

// Every other kind: its attributes (nested ones as compact JSON), its tags one by one.
void addAttributes(const QJsonObject &o, Items &items)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("Tags"))
            items[QStringLiteral("attribute %1").arg(it.key())] = text(it.value());
}

Items itemsOf(const QString &kind, const QJsonObject &o)
{
    Items items;
    addTags(o, items);
    if (kind == QLatin1String("security-group")) {
        addPermissions(o.value(QLatin1String("IpPermissions")).toArray(), false, items);
        addPermissions(o.value(QLatin1String("IpPermissionsEgress")).toArray(), true, items);
    } else if (kind == QLatin1String("network-acl")) {
        addAclEntries(o, items);
    } else if (kind == QLatin1String("route-table")) {
        addRoutes(o, items);
    } else if (kind == QLatin1String("network-interface")) {
        addInterface(o, items);
    } else {
        addAttributes(o, items);
    }
    return items;
}

QSet<QString> scopesOf(const Workspace &ws, qint64 snapshot)
{
    QSet<QString> out;
    sql::Statement q(ws.handle(), "SELECT account, region FROM snapshot_scopes WHERE snapshot_id = ?1");
    q.bind(1, snapshot);
    while (q.step())
        out.insert(q.text(0) + QLatin1Char('/') + q.text(1));
    return out;
}

bool gone(const ConfigResource &r)
{
    static const QSet<QString> states{QStringLiteral("deleted"), QStringLiteral("deleting"), QStringLiteral("failed"),
                                      QStringLiteral("rejected"), QStringLiteral("expired")};
    return r.summary.deleted || states.contains(r.summary.state.toLower())
           || states.contains(r.json.value(QLatin1String("State")).toString().toLower())
           || states.contains(r.json.value(QLatin1String("Status"))[QLatin1String("Code")].toString().toLower());
}

// What a configuration built from events can be held to: the rules, entries, routes, associations
// and interface attributes the events change, and for every other kind whether it exists. Tags
// and the attributes only an export knows (states, owners, dates) are left out.
const QSet<QString> &ruleKinds()
{
    static const QSet<QString> kinds{QStringLiteral("security-group"), QStringLiteral("network-acl"), QStringLiteral("route-table"),
                                     QStringLiteral("network-interface")};
    return kinds;
}

Items comparedItems(const QString &kind, const QJsonObject &o, DiffMode mode)
{
    if (mode == DiffMode::Everything)
        return itemsOf(kind, o);
    if (!ruleKinds().contains(kind))
        return {};
    Items items = itemsOf(kind, o);
    for (auto it = items.begin(); it != items.end();)
        it = it->first.startsWith(QLatin1String("tag ")) ? items.erase(it) : std::next(it);
    return items;
}

} // namespace

QList<SnapshotChange> diffResources(const ResourceSet &before, const ResourceSet &after, DiffMode mode)
{
    QList<SnapshotChange> changes;
    auto change = [&changes](SnapshotChange::Kind k, const std::pair<QString, QString> &key, const QString &name, const QString &detail) {
        changes.append({k, key.first, key.second, name, detail});
    };
    auto present = [mode](const ResourceSet &set, const std::pair<QString, QString> &key) {
        const auto it = set.find(key);
        return it != set.end() && (mode == DiffMode::Everything || !gone(it->second));
    };
    for (const auto &[key, old] : before)
        if (present(before, key) && !present(after, key))
            change(SnapshotChange::Kind::Removed, key, old.summary.name, QStringLiteral("%1 removed").arg(key.first));
    for (const auto &[key, now] : after) {
        if (!present(after, key))
            continue;
        if (!present(before, key)) {
            change(SnapshotChange::Kind::Added, key, now.summary.name, QStringLiteral("%1 added").arg(key.first));
            continue;
        }
        const Items old = comparedItems(key.first, before.at(key).json, mode), current = comparedItems(key.first, now.json, mode);
        for (const auto &[item, value] : old) {
            const auto it = current.find(item);
            if (it == current.end())
                change(SnapshotChange::Kind::Removed, key, now.summary.name, value.isEmpty() ? item : QStringLiteral("%1: %2").arg(item, value));
            else if (it->second != value)
                change(SnapshotChange::Kind::Changed, key, now.summary.name, QStringLiteral("%1: %2 -> %3").arg(item, value, it->second));
        }
        for (const auto &[item, value] : current)
            if (!old.count(item))
                change(SnapshotChange::Kind::Added, key, now.summary.name, value.isEmpty() ? item : QStringLiteral("%1: %2").arg(item, value));
    }
    std::stable_sort(changes.begin(), changes.end(), [](const SnapshotChange &x, const SnapshotChange &y) {
        return std::tie(x.resourceKind, x.resource, x.detail) < std::tie(y.resourceKind, y.resource, y.detail);
    });
    return changes;
}

const char *changeKindName(SnapshotChange::Kind kind)
{
    switch (kind) {
    case SnapshotChange::Kind::Added: return "added";
    case SnapshotChange::Kind::Removed: return "removed";
    case SnapshotChange::Kind::Changed: return "changed";
    }
    return "changed";
}

SnapshotDiff diffSnapshots(const Workspace &ws, qint64 from, qint64 to)
{
    SnapshotDiff diff;
    diff.from = from;
    diff.to = to;
    const sql::ReadTransaction snapshot(ws.handle());
    const QSet<QString> a = scopesOf(ws, from), b = scopesOf(ws, to);
    QSet<QString> common = a;
    common.intersect(b);
    diff.scopes = QStringList(common.cbegin(), common.cend());
    diff.scopes.sort();
    for (const QString &s : a + b)
        if (!common.contains(s))
            diff.notCompared << s;
    diff.notCompared.sort();
    diff.changes = diffResources(snapshotResources(ws, from, &diff.scopes), snapshotResources(ws, to, &diff.scopes), DiffMode::Everything);
    return diff;
}

} // namespace vpclens
