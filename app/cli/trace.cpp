// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli trace: explain one packet against a topology, hop by hop.
#include "commands.h"

#include "ingest/topologyimporter.h"
#include "topology/estate.h"
#include "trace/ruletrace.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace vpclens::cli {
namespace {

void printPath(QTextStream &out, const PathTrace &path, const QString &indent)
{
    for (const Hop &h : path.hops) {
        out << indent << QStringLiteral("%1 %2").arg(hopKindText(h.kind), -13).arg(h.id);
        if (!h.rule.isEmpty())
            out << QStringLiteral("  rule %1").arg(h.rule);
        if (!h.target.isEmpty())
            out << QStringLiteral("  -> %1").arg(h.target);
        out << QStringLiteral("  [%1]").arg(h.result);
        if (!h.detail.isEmpty() && h.detail != h.rule)
            out << QStringLiteral("  %1").arg(h.detail);
        out << '\n';
    }
    out << indent << QStringLiteral("verdict: %1\n").arg(QLatin1String(verdictName(path.verdict)));
}

} // namespace

int runTrace(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Explain one packet hop by hop: security groups, network ACLs, routes and the reply."));
    parser.addHelpOption();
    const QCommandLineOption topology(QStringLiteral("topology"), QCoreApplication::translate("cli", "AWS CLI exports (a folder or files)."), QStringLiteral("path"));
    const QCommandLineOption workspace(QStringLiteral("workspace"), QCoreApplication::translate("cli", "A workspace; its current topology is used."), QStringLiteral("file"));
    const QCommandLineOption src(QStringLiteral("src"), QCoreApplication::translate("cli", "Source: an IPv4 or IPv6 address, eni-..., i-... or an instance's Name tag."), QStringLiteral("address"));
    const QCommandLineOption dst(QStringLiteral("dst"), QCoreApplication::translate("cli", "Destination: an IPv4 or IPv6 address, eni-..., i-... or an instance's Name tag."), QStringLiteral("address"));
    const QCommandLineOption protocol(QStringLiteral("protocol"), QCoreApplication::translate("cli", "tcp, udp, icmp, icmpv6 or a protocol number."), QStringLiteral("protocol"));
    const QCommandLineOption srcPort(QStringLiteral("src-port"), QCoreApplication::translate("cli", "Source port (default 40000, an ephemeral port)."), QStringLiteral("port"), QStringLiteral("40000"));
    const QCommandLineOption dstPort(QStringLiteral("dst-port"), QCoreApplication::translate("cli", "Destination port."), QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption icmpType(QStringLiteral("icmp-type"), QCoreApplication::translate("cli", "ICMP type."), QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption icmpCode(QStringLiteral("icmp-code"), QCoreApplication::translate("cli", "ICMP code."), QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    parser.addOptions({topology, workspace, src, dst, protocol, srcPort, dstPort, icmpType, icmpCode, json});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    // Each argument error names its argument.
    auto bad = [&err](const QString &message) {
        err << QStringLiteral("trace: %1\n").arg(message);
        return BadArguments;
    };
    if (parser.isSet(topology) == parser.isSet(workspace))
        return bad(QCoreApplication::translate("cli", "give either --topology or --workspace"));
    for (const QCommandLineOption *o : {&src, &dst, &protocol})
        if (!parser.isSet(*o))
            return bad(QCoreApplication::translate("cli", "--%1 is missing").arg(o->names().first()));
    Packet p;
    p.protocol = parseIpProtocol(parser.value(protocol)).value_or(-1);
    if (p.protocol < 0 || p.protocol > 255)
        return bad(QCoreApplication::translate("cli", "--protocol: '%1' is not tcp, udp, icmp, icmpv6 or a number 0-255").arg(parser.value(protocol)));
    const bool ported = p.protocol == 6 || p.protocol == 17 || p.protocol == 132;
    if (ported && !parser.isSet(dstPort))
        return bad(QCoreApplication::translate("cli", "--dst-port is missing (%1 needs a destination port)").arg(parser.value(protocol)));
    auto number = [&](const QCommandLineOption &o, int max, int &value) {
        bool ok = false;
        value = parser.value(o).toInt(&ok);
        return ok && value >= 0 && value <= max;
    };
    for (const auto &[o, max, field] : {std::tuple{&srcPort, 65535, &p.srcPort}, std::tuple{&dstPort, 65535, &p.dstPort},
                                        std::tuple{&icmpType, 255, &p.icmpType}, std::tuple{&icmpCode, 255, &p.icmpCode}})
        if (!number(*o, max, *field))
            return bad(QCoreApplication::translate("cli", "--%1: '%2' is not a number from 0 to %3").arg(o->names().first(), parser.value(*o)).arg(max));
    if (p.protocol != 1 && p.protocol != 58)
        p.icmpType = p.icmpCode = -1;

    QString error;
    std::unique_ptr<Workspace> ws;
    if (parser.isSet(workspace)) {
        ws = Workspace::openForReading(parser.value(workspace), &error);
    } else {
        ws = Workspace::open(QStringLiteral(":memory:"), &error, true);
        if (ws && importTopology(*ws, parser.values(topology)).snapshotId == 0)
            error = QCoreApplication::translate("cli", "trace: no AWS export found in %1").arg(parser.values(topology).join(QStringLiteral(", ")));
    }
    if (!ws || !error.isEmpty()) {
        err << error << '\n';
        return Failure;
    }
    const Estate estate = loadEstate(*ws);
    const auto ends = estate.resolveEndpoints(parser.value(src), parser.value(dst));
    if (!ends) {
        return bad(QCoreApplication::translate("cli", "--src '%1' and --dst '%2' must be IP addresses of one family or known eni-/i- ids")
                       .arg(parser.value(src), parser.value(dst)));
    }
    std::tie(p.src, p.dst) = *ends;
    const Trace t = RuleEvaluator(estate).trace(p);
    if (parser.isSet(json)) {
        out << QJsonDocument(t.toJson()).toJson(QJsonDocument::Indented);
        return Success;
    }
    out << QStringLiteral("%1 -> %2\n").arg(formatIp(p.src), formatIp(p.dst));
    printPath(out, t.forward, QStringLiteral("  "));
    if (t.reply) {
        out << QStringLiteral("reply:\n");
        printPath(out, *t.reply, QStringLiteral("  "));
    }
    out << t.sentence << '\n';
    return Success;
}

} // namespace vpclens::cli
