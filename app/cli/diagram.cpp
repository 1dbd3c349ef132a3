// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli export-diagram: the topology graph as SVG, PNG, PDF or DOT, without a display.
#include "commands.h"

#include "base/timetext.h"
#include "graph/diagramexport.h"
#include "graph/graphlayout.h"
#include "graph/layoutcache.h"
#include "overlay/trafficoverlay.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace vpclens::cli {

int runExportDiagram(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export the topology graph for a review (drawn like the GUI draws it)."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption format(QStringLiteral("format"), tr("svg, png, pdf, dot or drawio (default: from the output's suffix)."), QStringLiteral("format"));
    const QCommandLineOption level(QStringLiteral("level"), tr("vpc, subnet or eni (default: subnet)."), QStringLiteral("level"), QStringLiteral("subnet"));
    const QCommandLineOption vpc(QStringLiteral("vpc"), tr("Only this VPC and what it connects to."), QStringLiteral("id"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Traffic from this time (ISO 8601 or epoch seconds)."), QStringLiteral("time"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Traffic up to this time."), QStringLiteral("time"));
    const QCommandLineOption overlay(QStringLiteral("overlay"), tr("observed (traffic from the flow logs; default when there are flows), "
                                                                   "configured (what security groups allow) or none."), QStringLiteral("kind"));
    const QCommandLineOption groups(QStringLiteral("security-groups"), tr("Draw security groups as nodes."));
    const QCommandLineOption width(QStringLiteral("width"), tr("PNG width in pixels."), QStringLiteral("pixels"));
    const QCommandLineOption title(QStringLiteral("title"), tr("Title printed on the diagram."), QStringLiteral("text"));
    const QCommandLineOption dark(QStringLiteral("dark"), tr("Dark palette."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."), QStringLiteral("file"));
    parser.addOptions({workspace, format, level, vpc, from, to, overlay, groups, width, title, dark, output});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    auto bad = [&](const QString &why) {
        err << "export-diagram: " << why << '\n';
        return BadArguments;
    };
    if (!parser.isSet(workspace) || !parser.isSet(output))
        return bad(tr("--workspace and -o are required"));
    const QString path = parser.value(output);
    const auto fmt = parser.isSet(format) ? diagramFormatFromName(parser.value(format)) : diagramFormatForPath(path);
    if (!fmt)
        return bad(tr("unknown format; use svg, png, pdf, dot or drawio"));
    const auto lvl = graphLevelFromName(parser.value(level));
    if (!lvl)
        return bad(tr("unknown level '%1'; use vpc, subnet or eni").arg(parser.value(level)));
    TimeRange range;
    if (const auto notATime = readTimeRange(parser, from, to, &range))
        return bad(tr("cannot read the time '%1'").arg(*notATime));
    const QString overlayKind = parser.value(overlay);
    if (!overlayKind.isEmpty() && overlayKind != QLatin1String("observed") && overlayKind != QLatin1String("configured")
        && overlayKind != QLatin1String("none"))
        return bad(tr("unknown overlay '%1'").arg(overlayKind));

    auto ws = openWorkspaceOrSay(parser.value(workspace), Access::Read);
    if (!ws)
        return Failure;
    const Estate estate = loadEstate(*ws);
    if (parser.isSet(vpc) && !estate.vpcs.contains(parser.value(vpc))) {
        err << tr("export-diagram: the workspace has no VPC %1").arg(parser.value(vpc)) << '\n';
        return Failure;
    }
    GraphOptions options;
    options.level = *lvl;
    options.vpc = parser.value(vpc);
    options.securityGroups = parser.isSet(groups);
    const GraphLayout layout = cachedOrLaidOut(ws.get(), estate, options).layout;
    QList<OverlayEdge> edges;
    const QString kind = overlayKind.isEmpty() ? (ws->flowCount() > 0 ? QStringLiteral("observed") : QStringLiteral("configured")) : overlayKind;
    QString subtitle;
    if (kind == QLatin1String("observed")) {
        edges = observedTraffic(*ws, estate, layout.nodeFor, range);
        subtitle = range.isAll() ? tr("Observed traffic, all records")
                                 : tr("Observed traffic %1 to %2").arg(range.from ? formatTime(range.from) : tr("the start"),
                                                                       range.to ? formatTime(range.to) : tr("the end"));
    } else if (kind == QLatin1String("configured")) {
        edges = configuredReachability(estate, layout.nodeFor);
        subtitle = tr("Configured reachability: security groups, checked against network ACLs and routes");
    }
    DiagramExportOptions o;
    o.format = *fmt;
    o.path = path;
    o.title = parser.isSet(title) ? parser.value(title)
                                  : tr("%1 — %2 level").arg(QFileInfo(ws->path()).completeBaseName(), graphLevelName(*lvl));
    o.subtitle = subtitle + QStringLiteral(" · ") + tr("%1 nodes, %2 edges").arg(layout.nodes.size()).arg(layout.edges.size() + edges.size());
    o.pngWidth = parser.value(width).toInt();
    o.dark = parser.isSet(dark);
    QString error;
    if (!exportDiagram(layout, edges, o, &error)) {
        err << "export-diagram: " << error << '\n';
        return Failure;
    }
    out << tr("Wrote %1 (%2 nodes, %3 clusters, %4 edges, %5 overlay lines)\n")
               .arg(path).arg(layout.nodes.size()).arg(layout.clusters.size()).arg(layout.edges.size()).arg(edges.size());
    return Success;
}

} // namespace vpclens::cli
