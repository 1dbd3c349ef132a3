// SPDX-License-Identifier: GPL-3.0-or-later
// Inside eventeffect: what every effect of a CloudTrail call shares (the call in describe-* shape,
// the configuration it changes, the lookups) and the effects on rules (ruleeffects.cpp: security
// groups, network ACLs, route tables). Not for use outside history/eventeffect*.
#pragma once

#include "history/resourceset.h"
#include "history/trailevent.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace vpclens::effects {

inline QLatin1String key(const char *k)
{
    return QLatin1String(k);
}

inline QString str(const QJsonObject &o, const char *k)
{
    const QJsonValue v = o.value(key(k));
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

inline bool truth(const QJsonValue &v)
{
    if (v.isObject()) // {"value": true}, shaped {"Value": true}
        return truth(v.toObject().value(key("Value")));
    if (v.isString())
        return v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return v.toBool();
}

// Ids given as one value or a list of them ("FlowLogIds": [...] or "FlowLogId": "fl-1").
inline QStringList idList(const QJsonObject &o, const char *one, const char *many)
{
    QStringList out;
    for (const char *k : {one, many}) {
        const QJsonValue v = o.value(key(k));
        if (v.isString())
            out << v.toString();
        for (const QJsonValue &e : v.toArray())
            if (e.isString())
                out << e.toString();
    }
    return out;
}

inline QString nameTag(const QJsonObject &o)
{
    for (const QJsonValue &t : o.value(key("Tags")).toArray())
        if (t[key("Key")].toString() == QLatin1String("Name"))
            return t[key("Value")].toString();
    return {};
}

// describe-security-groups spells protocols tcp, udp, icmp, icmpv6 or -1; calls may give numbers.
inline QString sgProtocol(const QJsonValue &v)
{
    const QString p = (v.isDouble() ? QString::number(v.toInteger()) : v.toString()).toLower();
    static const QHash<QString, QString> names{{QStringLiteral("6"), QStringLiteral("tcp")}, {QStringLiteral("17"), QStringLiteral("udp")},
                                               {QStringLiteral("1"), QStringLiteral("icmp")}, {QStringLiteral("58"), QStringLiteral("icmpv6")},
                                               {QStringLiteral("all"), QStringLiteral("-1")}};
    return names.value(p, p);
}

// describe-network-acls spells protocols as numbers.
inline QString aclProtocol(const QJsonValue &v)
{
    const QString p = (v.isDouble() ? QString::number(v.toInteger()) : v.toString()).toLower();
    static const QHash<QString, QString> numbers{{QStringLiteral("tcp"), QStringLiteral("6")}, {QStringLiteral("udp"), QStringLiteral("17")},
                                                 {QStringLiteral("icmp"), QStringLiteral("1")}, {QStringLiteral("icmpv6"), QStringLiteral("58")},
                                                 {QStringLiteral("all"), QStringLiteral("-1")}};
    return numbers.value(p, p);
}

struct Context {
    ResourceSet &set;
    const TrailEvent &event;
    QJsonObject req, resp;
    bool lenient; // no configuration to apply to: only whether the event says enough

    ConfigResource *find(const QString &kind, const QString &id)
    {
        const auto it = set.find({kind, id});
        return it == set.end() ? nullptr : &it->second;
    }
    // Empty (nothing to do) when lenient, else the sentence for a resource the configuration lacks.
    QString missing(const QString &kind, const QString &id) const
    {
        return lenient ? QString() : QStringLiteral("%1 %2 is not in the configuration").arg(kind, id.isEmpty() ? QStringLiteral("(no id)") : id);
    }
    template <typename F>
    void forEach(const QString &kind, F f)
    {
        for (auto &[k, r] : set)
            if (k.first == kind)
                f(r);
    }
    void put(const QString &kind, const QString &id, QJsonObject json)
    {
        ConfigResource r;
        r.summary.kind = kind;
        r.summary.id = id;
        r.summary.name = nameTag(json);
        r.summary.vpcId = str(json, "VpcId");
        r.summary.account = str(json, "OwnerId").isEmpty() ? event.account : str(json, "OwnerId");
        r.summary.region = event.region;
        r.summary.state = str(json, "State");
        r.json = std::move(json);
        set[{kind, id}] = std::move(r);
    }
};

// Security groups, network ACLs and route tables (ruleeffects.cpp).
QString securityGroupRules(Context &c, bool egress, bool add);
QString createSecurityGroup(Context &c);
QString deleteSecurityGroup(Context &c);
QString aclEntry(Context &c, bool remove);
QString replaceAclAssociation(Context &c);
QString route(Context &c, bool remove);
QString associateRouteTable(Context &c);
QString disassociateRouteTable(Context &c);
QString replaceRouteTableAssociation(Context &c);
QString primaryInterfaceOf(Context &c, const QString &instance); // the interface at device index 0
// Removes the association with `id` (or every association of `subnet`) from every route table;
// the removed association, or an empty object.
QJsonObject takeRouteAssociation(Context &c, const QString &id, const QString &subnet = {});

} // namespace vpclens::effects
