// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/recordcolumns.h"

#include "base/communityid.h"
#include "base/ipaddress.h"
#include "flowlog/flowbits.h"
#include "workspace/addresscolumn.h"
#include "workspace/decisioncolumn.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace vpclens {

QString trafficTypeName(int type)
{
    return type == 4 ? QStringLiteral("IPv4") : type == 6 ? QStringLiteral("IPv6") : type == 0 ? QStringLiteral("EFA") : QString();
}

QString directionName(int direction)
{
    return direction == 0 ? QStringLiteral("ingress") : direction == 1 ? QStringLiteral("egress") : QString();
}

QString communityIdOf(const FlowRecord &r)
{
    const auto a = parseIp(r.src.toStdString()), b = parseIp(r.dst.toStdString());
    return a && b ? communityId(r.protocol, *a, *b, r.srcPort, r.dstPort) : QString();
}

namespace {

// The fields of versions 3-8 in one value (a JSON array; addresses as stored, IPv6 in hex), NULL for
// a record whose format has none: one lookup per record, not one per field.
QString extraColumns()
{
    static const QString interned = QStringLiteral("(SELECT s FROM strings WHERE id = x.%1)");
    static const QString address = QStringLiteral("CASE typeof(x.%1) WHEN 'blob' THEN hex(x.%1) ELSE x.%1 END");
    return QStringLiteral("(SELECT json_array(%1, %2, %3, %4, %5, %6, x.type, x.direction, x.traffic_path, %7, %8, x.rest) "
                          "FROM flow_extra x WHERE x.id = f.id)")
        .arg(interned.arg(QLatin1String("vpc")), interned.arg(QLatin1String("subnet")), interned.arg(QLatin1String("instance")),
             interned.arg(QLatin1String("region")), interned.arg(QLatin1String("az")), interned.arg(QLatin1String("reject_reason")),
             address.arg(QLatin1String("pkt_src")), address.arg(QLatin1String("pkt_dst")));
}

QString jsonAddress(const QJsonValue &v)
{
    if (v.isDouble())
        return formatIpv4(std::uint32_t(v.toInteger()));
    const QByteArray hex = QByteArray::fromHex(v.toString().toLatin1());
    if (hex.size() != 16)
        return {};
    Ipv6Bytes b;
    std::copy(hex.cbegin(), hex.cend(), b.begin());
    return formatIpv6(b);
}

void readExtra(FlowRecord &r, const QString &json)
{
    if (json.isEmpty())
        return;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    r.vpcId = a.at(0).toString();
    r.subnetId = a.at(1).toString();
    r.instanceId = a.at(2).toString();
    r.region = a.at(3).toString();
    r.azId = a.at(4).toString();
    r.rejectReason = a.at(5).toString();
    r.type = a.at(6).isDouble() ? int(a.at(6).toInteger()) : -1;
    r.direction = a.at(7).isDouble() ? int(a.at(7).toInteger()) : -1;
    r.trafficPath = a.at(8).isDouble() ? int(a.at(8).toInteger()) : -1;
    r.pktSrc = a.at(9).isNull() ? QString() : jsonAddress(a.at(9));
    r.pktDst = a.at(10).isNull() ? QString() : jsonAddress(a.at(10));
    r.otherFields = a.at(11).toString();
}

} // namespace

// The rule that decided it where the workspace keeps decisions (workspace/decisioncolumn.h).
QString recordColumns(const Workspace &ws)
{
    static const QString decidedBy = QStringLiteral(
        "(SELECT COALESCE(r.name, CASE d.outcome WHEN 2 THEN 'never-filtered' END) FROM decisions d LEFT JOIN rules r ON r.id = d.decided "
        "WHERE d.id = %1)").arg(decisionSql("f.id"));
    return QStringLiteral("f.id, f.start, f.dur, (SELECT s FROM strings WHERE id = f.eni), f.src, f.dst, f.sport, f.dport, f.proto, "
                          "f.packets, f.bytes, f.bits, (SELECT tcp_flags FROM flow_extra WHERE id = f.id), %1, %2, %3")
        .arg(ws.keepsDecisions() ? decidedBy : QStringLiteral("NULL"),
             ws.hasTable("capture_flows") ? flowbits::sql(QStringLiteral("CASE WHEN {captured} THEN (SELECT state FROM capture_flows WHERE id = f.id) END"))
                                          : QStringLiteral("NULL"),
             extraColumns());
}

FlowRecord readRecord(const sql::Statement &q)
{
    FlowRecord r;
    r.id = q.int64(0);
    r.start = q.int64(1);
    r.duration = q.int64(2);
    r.eni = q.text(3);
    r.src = formatStoredAddress(q.get(), 4);
    r.dst = formatStoredAddress(q.get(), 5);
    r.srcPort = q.isNull(6) ? -1 : int(q.int64(6));
    r.dstPort = q.isNull(7) ? -1 : int(q.int64(7));
    r.protocol = q.isNull(8) ? -1 : int(q.int64(8));
    r.packets = q.isNull(9) ? -1 : q.int64(9);
    r.bytes = q.isNull(10) ? -1 : q.int64(10);
    const qint64 bits = q.int64(11);
    r.action = flowbits::action(bits);
    r.status = flowbits::status(bits);
    r.counted = flowbits::counted(bits);
    r.version = flowbits::version(bits);
    r.tcpFlags = q.isNull(12) ? -1 : int(q.int64(12));
    r.decidedBy = q.text(13);
    r.captured = flowbits::captured(bits);
    r.handshake = q.isNull(14) ? -1 : int(q.int64(14));
    readExtra(r, q.text(15));
    return r;
}

} // namespace vpclens
