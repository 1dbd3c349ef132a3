// SPDX-License-Identifier: GPL-3.0-or-later
// The sample estate's flow logs read the plain way (gzip -dc, split on spaces), with the owner of
// each address from describe-network-interfaces.json: an independent source for expected counts.
#pragma once

#include "testpaths.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace vpclens::test {

struct SampleRecord {
    QString eni, src, dst, action, status;
    int srcPort = -1, dstPort = -1, protocol = -1;
    qint64 packets = 0, bytes = 0, start = 0;
    bool counted = true; // logged by the owner of the source address, or the source has no owner
};

inline QHash<QString, QString> sampleOwners()
{
    QHash<QString, QString> owner;
    QFile enis(sourcePath(QStringLiteral("resources/sample/topology/describe-network-interfaces.json")));
    if (!enis.open(QIODevice::ReadOnly))
        return owner;
    for (const QJsonValue v : QJsonDocument::fromJson(enis.readAll()).object().value(QStringLiteral("NetworkInterfaces")).toArray()) {
        const QJsonObject eni = v.toObject();
        const QString id = eni.value(QStringLiteral("NetworkInterfaceId")).toString();
        for (const QJsonValue a : eni.value(QStringLiteral("PrivateIpAddresses")).toArray()) {
            owner.insert(a.toObject().value(QStringLiteral("PrivateIpAddress")).toString(), id);
            const QString pub = a.toObject().value(QStringLiteral("Association")).toObject().value(QStringLiteral("PublicIp")).toString();
            if (!pub.isEmpty())
                owner.insert(pub, id);
        }
    }
    return owner;
}

// Every record of the sample (version 2 fields, in the default order).
inline QList<SampleRecord> sampleRecords()
{
    const QHash<QString, QString> owner = sampleOwners();
    QList<SampleRecord> out;
    QDirIterator it(sourcePath(QStringLiteral("resources/sample/flowlogs")), {QStringLiteral("*.gz")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QProcess gz;
        gz.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), it.next()});
        gz.waitForFinished();
        for (const QByteArray &line : gz.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            // version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status
            if (f.size() < 14 || f[0] == "version")
                continue;
            SampleRecord r;
            r.eni = QString::fromLatin1(f[2]);
            r.src = QString::fromLatin1(f[3]);
            r.dst = QString::fromLatin1(f[4]);
            r.srcPort = f[5] == "-" ? -1 : f[5].toInt();
            r.dstPort = f[6] == "-" ? -1 : f[6].toInt();
            r.protocol = f[7] == "-" ? -1 : f[7].toInt();
            r.packets = f[8].toLongLong();
            r.bytes = f[9].toLongLong();
            r.start = f[10].toLongLong();
            r.action = QString::fromLatin1(f[12]);
            r.status = QString::fromLatin1(f[13]);
            r.counted = !owner.contains(r.src) || owner.value(r.src) == r.eni;
            out.append(r);
        }
    }
    return out;
}

} // namespace vpclens::test
