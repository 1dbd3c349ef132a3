// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli query: the flow filter language, headless, as CSV or JSON.
#include "base/communityid.h"
#include "base/printable.h"
#include "base/protocols.h"
#include "commands.h"
#include "workspace/storedestate.h"

#include "base/timetext.h"
#include "capture/handshake.h"
#include "overlay/trafficoverlay.h"
#include "query/flowsearch.h"
#include "topology/estate.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <functional>

namespace vpclens::cli {
namespace {

const char *actionName(int a)
{
    return a == 1 ? "ACCEPT" : a == 2 ? "REJECT" : "-";
}

const char *statusName(int s)
{
    return s == 1 ? "NODATA" : s == 2 ? "SKIPDATA" : "OK";
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// A group's columns by name: the older ones first (scripts read them by position), then each way,
// the times and the names of the ends the estate holds.
QList<QPair<QString, QJsonValue>> groupCells(GroupBy by, const GroupRow &g, const std::function<QString(const QString &)> &nameOf)
{
    QList<QPair<QString, QJsonValue>> cells;
    auto cell = [&cells](const char *name, const QJsonValue &v) { cells.append({QString::fromLatin1(name), v}); };
    const bool conversation = by == GroupBy::Conversation;
    if (conversation) {
        cell("client", g.a);
        cell("server", g.b);
        cell("port", g.port < 0 ? QJsonValue() : QJsonValue(g.port));
        cell("protocol", protocolShortName(int(g.protocol)));
    } else {
        cell("address", g.a);
    }
    cell("flows", g.flows);
    cell("packets", g.packets);
    cell("bytes", g.bytes);
    cell("rejected", g.rejected);
    if (conversation)
        cell("outcome", outcomeKey(g.outcome));
    cell(conversation ? "packets-a-b" : "packets-sent", g.ab.packets);
    cell(conversation ? "bytes-a-b" : "bytes-sent", g.ab.bytes);
    cell(conversation ? "packets-b-a" : "packets-received", g.ba.packets);
    cell(conversation ? "bytes-b-a" : "bytes-received", g.ba.bytes);
    if (conversation) {
        cell("rejected-a-b", g.ab.rejected);
        cell("rejected-b-a", g.ba.rejected);
    }
    cell("first", g.first);
    cell("last", g.last);
    cell(conversation ? "client-name" : "name", g.a.isEmpty() ? QString() : nameOf(g.a));
    if (conversation)
        cell("server-name", g.b.isEmpty() ? QString() : nameOf(g.b));
    return cells;
}

} // namespace

int runQuery(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run a flow filter on a workspace and print the matching records or their groups.\n"
                                        "Example: --filter 'action == REJECT and dstport in {22, 3389} and not srcaddr in 10.0.0.0/8'"));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption filter(QStringLiteral("filter"), tr("The filter expression (empty: every record)."), QStringLiteral("expression"));
    const QCommandLineOption groupBy(QStringLiteral("group-by"), tr("conversation or endpoint (each connection counted once)."), QStringLiteral("kind"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv (default) or json."), QStringLiteral("format"), QStringLiteral("csv"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many rows (default 1000; 0: all records)."), QStringLiteral("n"),
                                   QStringLiteral("1000"));
    const QCommandLineOption count(QStringLiteral("count"), tr("Print only the number of matching records."));
    const QCommandLineOption newestFirst(QStringLiteral("newest-first"), tr("Records newest first (the default is oldest first, by start time)."));
    parser.addOptions({workspace, filter, groupBy, format, limit, count, newestFirst});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    if (!parser.isSet(workspace)) {
        err << tr("query: --workspace is required") << '\n';
        return BadArguments;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("json")) {
        err << tr("query: unknown format '%1'; use csv or json").arg(fmt) << '\n';
        return BadArguments;
    }
    const QString group = parser.value(groupBy);
    if (!group.isEmpty() && group != QLatin1String("conversation") && group != QLatin1String("endpoint")) {
        err << tr("query: unknown grouping '%1'; use conversation or endpoint").arg(group) << '\n';
        return BadArguments;
    }
    auto ws = openWorkspaceOrSay(parser.value(workspace), Access::Read);
    if (!ws)
        return Failure;
    const Estate estate = loadEstate(*ws);
    const auto compiled = compileFilter(parser.value(filter), {ws.get(), &estate});
    if (const auto *e = std::get_if<FilterError>(&compiled)) {
        err << tr("query: %1\n  %2\n  %3^\n").arg(e->message, parser.value(filter), QString(e->position, QLatin1Char(' ')));
        return BadArguments;
    }
    const CompiledFilter &f = std::get<CompiledFilter>(compiled);
    if (parser.isSet(count)) {
        out << countFlows(*ws, f) << '\n';
        return Success;
    }
    const qint64 max = parser.value(limit).toLongLong();
    const bool json = fmt == QLatin1String("json");
    QJsonArray rows;
    if (!group.isEmpty()) {
        const GroupBy by = group == QLatin1String("endpoint") ? GroupBy::Endpoint : GroupBy::Conversation;
        const QList<GroupRow> groups = groupFlows(*ws, f, by, max > 0 ? int(std::min<qint64>(max, 1 << 30)) : (1 << 30));
        auto nameOf = [&estate](const QString &address) {
            const auto ip = parseIp(address.toStdString());
            return ip ? estate.labelOf(*ip) : QString();
        };
        if (!json) {
            QStringList header;
            for (const auto &c : groupCells(by, GroupRow{}, nameOf))
                header << c.first;
            out << header.join(QLatin1Char(',')) << '\n';
        }
        for (const GroupRow &g : groups) {
            const QList<QPair<QString, QJsonValue>> cells = groupCells(by, g, nameOf);
            if (json) {
                QJsonObject o;
                for (const auto &[name, v] : std::as_const(cells))
                    o.insert(name, v);
                rows.append(o);
                continue;
            }
            QStringList line;
            for (const auto &[name, v] : std::as_const(cells))
                line << (v.isString() ? csvCell(v.toString()) : v.isNull() ? QStringLiteral("-") : QString::number(v.toInteger()));
            out << line.join(QLatin1Char(',')) << '\n';
        }
    } else {
        if (!json)
            out << "id,start,end,interface-id,srcaddr,dstaddr,srcport,dstport,protocol,packets,bytes,action,log-status,tcp-flags,decided-by,community-id,source,state,"
                   "vpc-id,subnet-id,instance-id,type,pkt-srcaddr,pkt-dstaddr,region,az-id,flow-direction,traffic-path,reject-reason,other-fields\n";
        // Start-time order, oldest first unless --newest-first.
        const bool newest = parser.isSet(newestFirst);
        FlowKey after = newest ? FlowKey::last() : FlowKey::first();
        qint64 written = 0;
        while (max == 0 || written < max) {
            const int n = int(max == 0 ? 4096 : std::min<qint64>(4096, max - written));
            const QList<FlowRecord> page = newest ? fetchFlowsBefore(*ws, f, after, n) : fetchFlows(*ws, f, after, n);
            if (page.isEmpty())
                break;
            for (const FlowRecord &r : page) {
                auto num = [](qint64 v) { return v < 0 ? QStringLiteral("-") : QString::number(v); };
                // The hash Zeek, Suricata and Elastic give the same connection.
                const QString community = communityIdOf(r);
                if (json)
                    rows.append(QJsonObject{{QStringLiteral("id"), r.id},
                                            {QStringLiteral("start"), r.start},
                                            {QStringLiteral("end"), r.start + r.duration},
                                            {QStringLiteral("interface-id"), r.eni},
                                            {QStringLiteral("srcaddr"), r.src},
                                            {QStringLiteral("dstaddr"), r.dst},
                                            {QStringLiteral("srcport"), r.srcPort},
                                            {QStringLiteral("dstport"), r.dstPort},
                                            {QStringLiteral("protocol"), r.protocol},
                                            {QStringLiteral("packets"), r.packets},
                                            {QStringLiteral("bytes"), r.bytes},
                                            {QStringLiteral("action"), QLatin1String(actionName(r.action))},
                                            {QStringLiteral("log-status"), QLatin1String(statusName(r.status))},
                                            {QStringLiteral("tcp-flags"), tcpFlagsText(r.tcpFlags)},
                                            {QStringLiteral("decided-by"), r.decidedBy.isEmpty() ? QJsonValue() : QJsonValue(r.decidedBy)},
                                            {QStringLiteral("community-id"), community.isEmpty() ? QJsonValue() : QJsonValue(community)},
                                            {QStringLiteral("source"), sourceName(r)},
                                            {QStringLiteral("state"), r.handshake < 0 ? QJsonValue() : QJsonValue(handshakeName(Handshake(r.handshake)))},
                                            {QStringLiteral("vpc-id"), orNull(r.vpcId)},
                                            {QStringLiteral("subnet-id"), orNull(r.subnetId)},
                                            {QStringLiteral("instance-id"), orNull(r.instanceId)},
                                            {QStringLiteral("type"), orNull(trafficTypeName(r.type))},
                                            {QStringLiteral("pkt-srcaddr"), orNull(r.pktSrc)},
                                            {QStringLiteral("pkt-dstaddr"), orNull(r.pktDst)},
                                            {QStringLiteral("region"), orNull(r.region)},
                                            {QStringLiteral("az-id"), orNull(r.azId)},
                                            {QStringLiteral("flow-direction"), orNull(directionName(r.direction))},
                                            {QStringLiteral("traffic-path"), r.trafficPath < 0 ? QJsonValue() : QJsonValue(r.trafficPath)},
                                            {QStringLiteral("reject-reason"), orNull(r.rejectReason)},
                                            {QStringLiteral("other-fields"), orNull(r.otherFields)}});
                if (!json) {
                    out << r.id << ',' << r.start << ',' << r.start + r.duration << ',' << csvCell(r.eni) << ',' << r.src << ',' << r.dst
                        << ',' << num(r.srcPort) << ',' << num(r.dstPort) << ',' << num(r.protocol) << ',' << num(r.packets) << ','
                        << num(r.bytes) << ',' << actionName(r.action) << ',' << statusName(r.status) << ',' << csvCell(tcpFlagsText(r.tcpFlags))
                        << ',' << csvCell(r.decidedBy) << ',' << community << ',' << sourceName(r) << ','
                        << (r.handshake < 0 ? QString() : handshakeName(Handshake(r.handshake)));
                    for (const QString &v : {r.vpcId, r.subnetId, r.instanceId, trafficTypeName(r.type), r.pktSrc, r.pktDst, r.region, r.azId,
                                             directionName(r.direction), r.trafficPath < 0 ? QString() : QString::number(r.trafficPath),
                                             r.rejectReason, r.otherFields})
                        out << ',' << csvCell(v);
                    out << '\n';
                }
                after = keyOf(r);
                ++written;
            }
        }
    }
    if (json)
        out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return Success;
}

} // namespace vpclens::cli
