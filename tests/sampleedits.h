// SPDX-License-Identifier: GPL-3.0-or-later
// Copies of the bundled sample's export with edits made to its JSON: the second snapshot of an
// estate with known changes (snapshot diff, replay, CloudTrail reproduction).
#pragma once

#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <map>

namespace vpclens::test {

using JsonEdits = std::map<QString, std::function<void(QJsonObject &)>>; // file name -> edit

// The sample's topology files written to `target` (created), each file in `edits` edited first.
// Written compact: a re-encoded export is not a change. Empty when a file cannot be copied.
inline QString editedSampleCopy(const QString &target, const JsonEdits &edits)
{
    const QDir source(sourcePath(QStringLiteral("resources/sample/topology")));
    QDir().mkpath(target);
    for (const QString &file : source.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile in(source.filePath(file));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
        if (const auto e = edits.find(file); e != edits.end())
            e->second(json);
        QFile out(QDir(target).filePath(file));
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    return target;
}

// Applies `f` to each element of array `key` of `o` whose `idKey` is `id`.
inline void forItem(QJsonObject &o, const QString &key, const QString &idKey, const QString &id, const std::function<void(QJsonObject &)> &f)
{
    QJsonArray items = o.value(key).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items[i].toObject();
        if (item.value(idKey).toString() == id) {
            f(item);
            items[i] = item;
        }
    }
    o.insert(key, items);
}

// The sample's data NACL (acl-0e000000000000a03) without its ingress entry 90 (deny tcp from the
// bastion's subnet 10.10.0.0/24), as an edit of describe-network-acls.json.
inline void withoutDataEntry90(QJsonObject &acls)
{
    forItem(acls, QStringLiteral("NetworkAcls"), QStringLiteral("NetworkAclId"), QStringLiteral("acl-0e000000000000a03"), [](QJsonObject &acl) {
        QJsonArray kept;
        for (const QJsonValue &e : acl.value(QStringLiteral("Entries")).toArray())
            if (e[QStringLiteral("RuleNumber")].toInt() != 90)
                kept.append(e);
        acl.insert(QStringLiteral("Entries"), kept);
    });
}

// Five edits of the sample's export, as a second snapshot of the estate might hold them: the data
// NACL without entry 90; web-sg (sg-0d00000000000web1) allowing tcp 8443 from 203.0.113.0/24 too;
// tools-sg (sg-0d000000000tools1) removed; private-rt's (rtb-0f000000000000a02) default route to
// nat-0ffffffffffffffff; web-1's interface (eni-01000000000000001) in app-sg instead of web-sg.
inline JsonEdits fiveEdits()
{
    return {
        {QStringLiteral("describe-network-acls.json"), withoutDataEntry90},
        {QStringLiteral("describe-security-groups.json"), [](QJsonObject &o) {
             forItem(o, QStringLiteral("SecurityGroups"), QStringLiteral("GroupId"), QStringLiteral("sg-0d00000000000web1"), [](QJsonObject &g) {
                 QJsonArray in = g.value(QStringLiteral("IpPermissions")).toArray();
                 in.append(QJsonObject{{QStringLiteral("IpProtocol"), QStringLiteral("tcp")}, {QStringLiteral("FromPort"), 8443}, {QStringLiteral("ToPort"), 8443},
                                       {QStringLiteral("IpRanges"), QJsonArray{QJsonObject{{QStringLiteral("CidrIp"), QStringLiteral("203.0.113.0/24")}}}}});
                 g.insert(QStringLiteral("IpPermissions"), in);
             });
             QJsonArray kept;
             for (const QJsonValue &g : o.value(QStringLiteral("SecurityGroups")).toArray())
                 if (g[QStringLiteral("GroupId")].toString() != QLatin1String("sg-0d000000000tools1"))
                     kept.append(g);
             o.insert(QStringLiteral("SecurityGroups"), kept);
         }},
        {QStringLiteral("describe-route-tables.json"), [](QJsonObject &o) {
             forItem(o, QStringLiteral("RouteTables"), QStringLiteral("RouteTableId"), QStringLiteral("rtb-0f000000000000a02"), [](QJsonObject &t) {
                 QJsonArray routes = t.value(QStringLiteral("Routes")).toArray();
                 for (qsizetype i = 0; i < routes.size(); ++i) {
                     QJsonObject r = routes[i].toObject();
                     if (r.value(QStringLiteral("DestinationCidrBlock")).toString() == QLatin1String("0.0.0.0/0"))
                         r.insert(QStringLiteral("NatGatewayId"), QStringLiteral("nat-0ffffffffffffffff"));
                     routes[i] = r;
                 }
                 t.insert(QStringLiteral("Routes"), routes);
             });
         }},
        {QStringLiteral("describe-network-interfaces.json"), [](QJsonObject &o) {
             forItem(o, QStringLiteral("NetworkInterfaces"), QStringLiteral("NetworkInterfaceId"), QStringLiteral("eni-01000000000000001"), [](QJsonObject &n) {
                 n.insert(QStringLiteral("Groups"), QJsonArray{QJsonObject{{QStringLiteral("GroupId"), QStringLiteral("sg-0d00000000000app1")}}});
             });
         }},
    };
}

} // namespace vpclens::test
