// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli trace: explain one packet against a topology, hop by hop.
#include "clicommands.h"

#include "estate.h"
#include "ruletrace.h"
#include "topologyimporter.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace vpclens::cli {
namespace {

void printPath(QTextStream &out, const PathTrace &path, const QString &indent)
{
    for (const Hop &h : path.hops) {
        out << indent << QStringLiteral("%1 %2").arg(h.kind, -13).arg(h.id);
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
    const QCommandLineOption src(QStringLiteral("src"), QCoreApplication::translate("cli", "Source: an IPv4 address, eni-... or i-...."), QStringLiteral("address"));
    const QCommandLineOption dst(QStringLiteral("dst"), QCoreApplication::translate("cli", "Destination: an IPv4 address, eni-... or i-...."), QStringLiteral("address"));
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
    if (parser.isSet(topology) == parser.isSet(workspace) || !parser.isSet(src) || !parser.isSet(dst) || !parser.isSet(protocol)) {
        err << QCoreApplication::translate("cli", "trace: give --topology or --workspace, and --src, --dst and --protocol\n");
        return BadArguments;
    }
    Packet p;
    p.protocol = parseIpProtocol(parser.value(protocol)).value_or(-1);
    bool okPorts = true, ok = true;
    p.srcPort = parser.value(srcPort).toInt(&ok); okPorts &= ok && p.srcPort >= 0 && p.srcPort <= 65535;
    p.dstPort = parser.value(dstPort).toInt(&ok); okPorts &= ok && p.dstPort >= 0 && p.dstPort <= 65535;
    p.icmpType = parser.value(icmpType).toInt(&ok); okPorts &= ok;
    p.icmpCode = parser.value(icmpCode).toInt(&ok); okPorts &= ok;
    if (p.protocol < 0 || !okPorts) {
        err << QCoreApplication::translate("cli", "trace: bad protocol or port\n");
        return BadArguments;
    }
    if (p.protocol != 1 && p.protocol != 58)
        p.icmpType = p.icmpCode = -1;

    QString error;
    std::unique_ptr<Workspace> ws;
    if (parser.isSet(workspace)) {
        ws = Workspace::open(parser.value(workspace), &error, false);
    } else {
        ws = Workspace::open(QStringLiteral(":memory:"), &error, true);
        if (ws && importTopology(*ws, parser.values(topology)).snapshotId == 0)
            error = QCoreApplication::translate("cli", "trace: no AWS export found in %1").arg(parser.values(topology).join(QStringLiteral(", ")));
    }
    if (!ws || !error.isEmpty()) {
        err << error << '\n';
        return Failure;
    }
    const Estate estate = Estate::fromWorkspace(*ws);
    const auto ends = estate.resolveEndpoints(parser.value(src), parser.value(dst));
    if (!ends) {
        err << QCoreApplication::translate("cli", "trace: --src and --dst must be IP addresses of one family or known eni-/i- ids\n");
        return BadArguments;
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
