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

} // namespace vpclens::test
