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
    qint64 packets = 0, bytes = 0, start = 0, end = 0;
    // Each connection once: of the records with the same addresses, ports, protocol and start (the
    // sightings of one connection by the interfaces it crossed), the one logged by the owner of the
    // destination stands for it, else the one logged by the owner of the source, else the first.
    bool counted = true;
    bool connectionRejected = false; // any sighting of its connection is REJECT
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

// Sets `counted` and `connectionRejected` (see SampleRecord) over all records.
inline void markConnections(QList<SampleRecord> &records, const QHash<QString, QString> &owner)
{
    QHash<QString, QList<qsizetype>> sightings;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const SampleRecord &r = records[i];
        if (r.status != QLatin1String("OK"))
            continue;
        sightings[QStringLiteral("%1 %2 %3 %4 %5 %6").arg(r.src, r.dst).arg(r.srcPort).arg(r.dstPort).arg(r.protocol).arg(r.start)].append(i);
    }
    for (const QList<qsizetype> &same : std::as_const(sightings)) {
        qsizetype standing = same.first();
        int rank = 0; // 2: the destination's owner logged it, 1: the source's owner
        bool rejected = false;
        for (qsizetype i : same) {
            const SampleRecord &r = records[i];
            rejected = rejected || r.action == QLatin1String("REJECT");
            const int k = owner.value(r.dst) == r.eni ? 2 : owner.value(r.src) == r.eni ? 1 : 0;
            if (k > rank) {
                rank = k;
                standing = i;
            }
        }
        for (qsizetype i : same) {
            records[i].counted = i == standing;
            records[i].connectionRejected = rejected;
        }
    }
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
            r.end = f[11].toLongLong();
            r.action = QString::fromLatin1(f[12]);
            r.status = QString::fromLatin1(f[13]);
            out.append(r);
        }
    }
    markConnections(out, owner);
    return out;
}

} // namespace vpclens::test
