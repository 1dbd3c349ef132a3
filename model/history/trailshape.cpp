// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/trailshape.h"

#include <QHash>
#include <QJsonArray>

namespace vpclens {
namespace {

// Keys whose describe-* spelling is not the logged one with its first letter raised.
QString describeKey(const QString &key)
{
    static const QHash<QString, QString> named{
        {QStringLiteral("groups"), QStringLiteral("UserIdGroupPairs")},
        {QStringLiteral("entrySet"), QStringLiteral("Entries")},
        {QStringLiteral("aclProtocol"), QStringLiteral("Protocol")},
        {QStringLiteral("cidrBlockAssociationSet"), QStringLiteral("CidrBlockAssociationSet")},
        {QStringLiteral("ipv6CidrBlockAssociationSet"), QStringLiteral("Ipv6CidrBlockAssociationSet")},
        {QStringLiteral("natGatewayAddressSet"), QStringLiteral("NatGatewayAddresses")},
        {QStringLiteral("tagSpecificationSet"), QStringLiteral("TagSpecifications")},
        {QStringLiteral("ipv6AddressesSet"), QStringLiteral("Ipv6Addresses")},
        {QStringLiteral("flowLogIdSet"), QStringLiteral("FlowLogIds")},
        {QStringLiteral("vpcEndpointId"), QStringLiteral("VpcEndpointId")},
        {QStringLiteral("Tag"), QStringLiteral("Tags")},
    };
    if (const auto it = named.constFind(key); it != named.cend())
        return *it;
    QString out = key;
    if (out.endsWith(QLatin1String("Set")) && out.size() > 3) {
        out.chop(3);
        if (!out.endsWith(QLatin1Char('s')))
            out += QLatin1Char('s');
    }
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

bool dropped(const QString &key, const QJsonValue &v)
{
    return key == QLatin1String("xmlns") || key == QLatin1String("requestId") || key == QLatin1String("_return")
           || (key == QLatin1String("tag") && v.isDouble());
}

} // namespace

QJsonValue describeShape(const QJsonValue &v)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(describeShape(e));
        return out;
    }
    if (!v.isObject())
        return v;
    const QJsonObject o = v.toObject();
    // {"items": [...]}, {"item": [...]} and {"item": {...}}: a list.
    if (o.size() == 1 && (o.contains(QLatin1String("items")) || o.contains(QLatin1String("item")))) {
        const QJsonValue inner = o.begin().value();
        return describeShape(inner.isArray() ? inner : QJsonValue(QJsonArray{inner}));
    }
    // An XML echo's value with its ordinal: {"content": "vpc-1", "tag": 1}.
    if (o.contains(QLatin1String("content")) && (o.size() == 1 || (o.size() == 2 && o.contains(QLatin1String("tag")))))
        return describeShape(o.value(QLatin1String("content")));
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (dropped(it.key(), it.value()))
            continue;
        QJsonValue value = describeShape(it.value());
        // An empty set is logged as {}: an empty list in describe-* terms.
        if (it.key().endsWith(QLatin1String("Set")) && value.isObject() && value.toObject().isEmpty())
            value = QJsonArray{};
        out.insert(describeKey(it.key()), value);
    }
    return out;
}

QJsonObject describeParameters(const QJsonObject &logged)
{
    QJsonObject o = logged;
    if (o.size() <= 2) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString k = it.key();
            if (it.value().isObject() && (k.endsWith(QLatin1String("Request")) || k.endsWith(QLatin1String("Response"))
                                          || k.endsWith(QLatin1String("Req")) || k.endsWith(QLatin1String("Resp")))) {
                o = it.value().toObject();
                break;
            }
        }
    }
    return describeShape(o).toObject();
}

} // namespace vpclens
