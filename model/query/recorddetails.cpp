// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/recorddetails.h"

#include "query/filterclause.h"

#include "base/ipaddress.h"
#include "base/protocols.h"
#include "base/timetext.h"
#include "capture/handshake.h"
#include "topology/estate.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace vpclens {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RecordDetails", text);
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString number(qint64 v)
{
    return v < 0 ? QStringLiteral("-") : QLocale().toString(v);
}

QString portText(int protocol, int port)
{
    if (port < 0)
        return QStringLiteral("-");
    const QString service = serviceName(protocol, port);
    return service.isEmpty() ? QString::number(port) : QStringLiteral("%1 (%2)").arg(port).arg(service);
}

QString both(qint64 t)
{
    return QStringLiteral("%1  ·  %2 %3").arg(formatTime(t, true), formatTime(t, false), tr("local"));
}

// Who holds an address: an interface of the estate with what it belongs to, else the VPC or subnet
// whose block holds it, else outside the estate.
DetailItem where(const QString &field, const QString &text, int port, int protocol, const Estate *e, const QString &clause)
{
    DetailItem item{field, text + (port >= 0 && protocol != 1 && protocol != 58 ? QStringLiteral(":%1").arg(portText(protocol, port)) : QString()), {}, clause};
    const auto ip = parseIp(text.toStdString());
    if (!ip)
        return item;
    if (!e) {
        item.children.append({tr("Estate"), tr("no topology imported"), {}});
        return item;
    }
    const QString owner = e->privateOwner.value(*ip, e->publicOwner.value(*ip));
    if (!owner.isEmpty()) {
        item.children.append({tr("Held by"), e->nameOf(*ip) == owner ? owner : QStringLiteral("%1 (%2)").arg(e->nameOf(*ip), owner), {}});
        if (e->publicOwner.contains(*ip) && !e->privateOwner.contains(*ip))
            item.children.append({tr("Address"), tr("public (Elastic IP or auto-assigned): seen inside the VPC only as the private one"), {}});
        return item;
    }
    for (const Subnet &s : e->subnets)
        if (ip->isV4() && s.cidr.contains(ip->v4())) {
            item.children.append({tr("Inside"), tr("subnet %1 of %2, no interface known").arg(e->displayName(s.id), e->displayName(s.vpcId)), {}});
            return item;
        }
    for (const Vpc &v : e->vpcs)
        for (const Ipv4Cidr &c : v.cidrs)
            if (ip->isV4() && c.contains(ip->v4())) {
                item.children.append({tr("Inside"), tr("VPC %1, no subnet known").arg(e->displayName(v.id)), {}});
                return item;
            }
    item.children.append({tr("Outside the estate"), isPrivateIp(*ip) ? tr("a private address (a peered network, VPN, on-premises)")
                                                                       : tr("a public address (the internet or an AWS service)"),
                          {}});
    if (const QString name = e->outsideName(*ip); !name.isEmpty())
        item.children.append({tr("Name"), name, {{tr("From"), e->addressBook ? e->addressBook->sourceOf(*ip) : tr("AWS ip-ranges.json shipped with VpcLens")}}});
    return item;
}

DetailItem interfaceItem(const QString &eniId, const Estate *e)
{
    DetailItem item{tr("Interface"), orDash(eniId), {}, eniId.isEmpty() ? QString() : filterClause(QStringLiteral("eni"), eniId)};
    const auto eni = e ? e->enis.constFind(eniId) : QHash<QString, Eni>::const_iterator();
    if (!e || eni == e->enis.cend()) {
        if (!eniId.isEmpty())
            item.children.append({tr("Estate"), tr("not in the topology imported"), {}});
        return item;
    }
    if (!eni->instanceId.isEmpty()) {
        const QString name = e->instanceNames.value(eni->instanceId);
        item.children.append({tr("Instance"), name.isEmpty() ? eni->instanceId : QStringLiteral("%1 (%2)").arg(name, eni->instanceId), {},
                              filterClause(QStringLiteral("instance"), eni->instanceId)});
    } else if (!eni->description.isEmpty()) {
        item.children.append({tr("Description"), eni->description, {}});
    }
    if (!eni->type.isEmpty())
        item.children.append({tr("Type"), eni->type, {}});
    const Subnet subnet = e->subnets.value(eni->subnetId);
    item.children.append({tr("Subnet"), QStringLiteral("%1 %2").arg(e->displayName(eni->subnetId), subnet.id.isEmpty() ? QString() : formatCidr(subnet.cidr)).trimmed(), {},
                          eni->subnetId.isEmpty() ? QString() : filterClause(QStringLiteral("subnet"), eni->subnetId)});
    item.children.append({tr("VPC"), e->displayName(eni->vpcId), {}, eni->vpcId.isEmpty() ? QString() : filterClause(QStringLiteral("vpc"), eni->vpcId)});
    if (!subnet.nacl.isEmpty())
        item.children.append({tr("Network ACL"), e->displayName(subnet.nacl), {}});
    if (!subnet.routeTable.isEmpty())
        item.children.append({tr("Route table"), e->displayName(subnet.routeTable), {}});
    DetailItem groups{tr("Security groups"), QString::number(eni->groups.size()), {}};
    for (const QString &g : eni->groups)
        groups.children.append({QString(), e->displayName(g), {}, filterClause(QStringLiteral("sg"), g)});
    item.children.append(groups);
    QStringList addresses;
    for (const IpAddress &a : eni->privateIps)
        addresses << formatIp(a);
    for (const IpAddress &a : eni->publicIps)
        addresses << formatIp(a) + QLatin1Char('*');
    item.children.append({tr("Addresses"), addresses.join(QStringLiteral(", ")) + (eni->publicIps.empty() ? QString() : tr("  (* public)")), {}});
    if (!eni->sourceDestCheck)
        item.children.append({tr("Source/destination check"), tr("off: it forwards traffic for others"), {}});
    return item;
}

} // namespace

QList<DetailItem> recordDetails(const Workspace &ws, const Estate *estate, const FlowRecord &r)
{
    QList<DetailItem> out;
    const QString actions[] = {QStringLiteral("-"), QStringLiteral("ACCEPT"), QStringLiteral("REJECT")};
    const QString statuses[] = {QStringLiteral("OK"), QStringLiteral("NODATA"), QStringLiteral("SKIPDATA")};
    DetailItem record{tr("Record"), QStringLiteral("#%1").arg(r.id), {}};
    record.children.append({tr("Source"), r.captured ? tr("a packet capture (flow summed from its packets)") : tr("a VPC Flow Log"), {},
                            recordClause(r, QStringLiteral("source"))});
    if (!r.captured) {
        record.children.append({tr("Version"), QString::number(r.version), {}, recordClause(r, QStringLiteral("version"))});
        record.children.append({tr("Log status"), r.status >= 0 && r.status < 3 ? statuses[r.status] : QString::number(r.status), {},
                                recordClause(r, QStringLiteral("log-status"))});
        DetailItem action{tr("Action"), r.action >= 0 && r.action < 3 ? actions[r.action] : QString::number(r.action), {},
                          recordClause(r, QStringLiteral("action"))};
        if (!r.rejectReason.isEmpty())
            action.children.append({tr("Reject reason"), r.rejectReason, {}, recordClause(r, QStringLiteral("reject-reason"))});
        record.children.append(action);
        record.children.append({tr("Counted"), r.counted ? tr("yes: this record stands for its connection")
                                                          : tr("no: another interface's record of the same connection stands for it"),
                                {}});
    } else if (r.handshake >= 0) {
        record.children.append({tr("Handshake"), handshakeName(Handshake(r.handshake)), {}, recordClause(r, QStringLiteral("state"))});
    }
    record.children.append({tr("Decided by"), r.decidedBy.isEmpty() ? tr("not explained yet (run explain)") : r.decidedBy, {},
                            recordClause(r, QStringLiteral("rule"))});
    out.append(record);

    DetailItem time{tr("Time"), formatTime(r.start, true), {}};
    time.children.append({tr("Start"), both(r.start), {}, recordClause(r, QStringLiteral("start"))});
    time.children.append({tr("End"), both(r.start + r.duration), {}, recordClause(r, QStringLiteral("end"))});
    time.children.append({tr("Duration"), tr("%1 s").arg(r.duration), {}, recordClause(r, QStringLiteral("duration"))});
    out.append(time);

    DetailItem connection{tr("Connection"), QStringLiteral("%1 %2 → %3").arg(protocolShortName(r.protocol), orDash(r.src), orDash(r.dst)), {}};
    connection.children.append({tr("Protocol"), r.protocol < 0 ? QStringLiteral("-") : QStringLiteral("%1 (%2)").arg(protocolShortName(r.protocol)).arg(r.protocol), {},
                                recordClause(r, QStringLiteral("protocol"))});
    connection.children.append(where(tr("Source address"), r.src, r.srcPort, r.protocol, estate, recordClause(r, QStringLiteral("srcaddr"))));
    connection.children.append(where(tr("Destination address"), r.dst, r.dstPort, r.protocol, estate, recordClause(r, QStringLiteral("dstaddr"))));
    if (r.srcPort >= 0)
        connection.children.append({tr("Source port"), portText(r.protocol, r.srcPort), {}, recordClause(r, QStringLiteral("srcport"))});
    if (r.dstPort >= 0)
        connection.children.append({tr("Destination port"), portText(r.protocol, r.dstPort), {}, recordClause(r, QStringLiteral("dstport"))});
    connection.children.append({tr("Packets"), number(r.packets), {}, recordClause(r, QStringLiteral("packets"))});
    connection.children.append({tr("Bytes"), number(r.bytes), {}, recordClause(r, QStringLiteral("bytes"))});
    if (r.tcpFlags >= 0)
        connection.children.append({tr("TCP flags"), QStringLiteral("%1 (%2)").arg(orDash(tcpFlagsText(r.tcpFlags))).arg(r.tcpFlags), {},
                                    recordClause(r, QStringLiteral("tcp-flags"))});
    if (const QString id = communityIdOf(r); !id.isEmpty())
        connection.children.append({tr("Community ID"), id, {}, recordClause(r, QStringLiteral("community-id"))});
    out.append(connection);

    // The fields of versions 3 on, where the record's format has them.
    DetailItem fields{tr("Fields of versions 3-8"), QString(), {}};
    auto add = [&fields, &r](const QString &name, const QString &value) {
        if (!value.isEmpty())
            fields.children.append({name, value, {}, recordClause(r, name)});
    };
    add(QStringLiteral("vpc-id"), r.vpcId);
    add(QStringLiteral("subnet-id"), r.subnetId);
    add(QStringLiteral("instance-id"), r.instanceId);
    add(QStringLiteral("type"), trafficTypeName(r.type));
    add(QStringLiteral("pkt-srcaddr"), r.pktSrc + (!r.pktSrc.isEmpty() && r.pktSrc != r.src ? tr("  (rewritten: the packet's, not the record's)") : QString()));
    add(QStringLiteral("pkt-dstaddr"), r.pktDst + (!r.pktDst.isEmpty() && r.pktDst != r.dst ? tr("  (rewritten: the packet's, not the record's)") : QString()));
    add(QStringLiteral("region"), r.region);
    add(QStringLiteral("az-id"), r.azId);
    add(QStringLiteral("flow-direction"), directionName(r.direction));
    add(QStringLiteral("traffic-path"), r.trafficPath < 0 ? QString() : QString::number(r.trafficPath));
    for (const QString &pair : r.otherFields.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        add(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    if (!fields.children.isEmpty()) {
        fields.value = QString::number(fields.children.size());
        out.append(fields);
    }

    out.append(interfaceItem(r.eni, estate));

    // The file: the import whose block holds the record, and its place among the file's records.
    DetailItem origin{tr("File"), QString(), {}};
    sql::Statement q(ws.handle(), "SELECT i.path, i.imported_at, i.format, r.id - (SELECT MIN(b2.first_id) FROM flow_blocks b2 WHERE b2.file = b.file) "
                                  "FROM flow_blocks b JOIN imports i ON i.id = b.file, (SELECT ?1 AS id) r "
                                  "WHERE b.first_id <= ?1 AND b.last_id >= ?1 LIMIT 1");
    q.bind(1, r.id);
    if (q.step()) {
        origin.value = q.text(0);
        origin.children.append({tr("Record of the file"), tr("number %1 (bad lines not counted)").arg(QLocale().toString(q.int64(3) + 1)), {}});
        origin.children.append({tr("Imported"), formatTime(q.int64(1), true), {}});
        if (!q.isNull(2))
            origin.children.append({tr("Format"), q.text(2), {}});
    } else {
        origin.value = tr("not known");
    }
    out.append(origin);
    return out;
}

} // namespace vpclens
