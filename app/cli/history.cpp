// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli snapshots, diff and replay: the topology snapshots a workspace holds, what changed
// between two of them, rule by rule, and which connections seen would another configuration flip.
#include "base/printable.h"
#include "commands.h"

#include "history/replay.h"
#include "history/snapshotdiff.h"
#include "history/trailtimeline.h"
#include "ingest/topologyimporter.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace vpclens::cli {
namespace {

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

int runSnapshots(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "List the topology snapshots of a workspace, oldest first."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    parser.addOptions({workspace, json});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    if (!parser.isSet(workspace)) {
        err << QCoreApplication::translate("cli", "snapshots: --workspace is required\n");
        return BadArguments;
    }
    auto ws = openWorkspaceOrSay(parser.value(workspace), Access::Read);
    if (!ws)
        return Failure;
    const QList<SnapshotInfo> list = ws->snapshots();
    const QStringList warnings = ws->snapshotTimeWarnings();
    if (parser.isSet(json)) {
        QJsonArray items;
        for (const SnapshotInfo &s : list)
            items.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("time"), isoTime(s.takenAt)},
                                     {QStringLiteral("scopes"), QJsonArray::fromStringList(s.scopes)},
                                     {QStringLiteral("source"), s.source},
                                     {QStringLiteral("files"), s.files},
                                     {QStringLiteral("resources"), s.resources}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("snapshots"), items}, {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}})
                   .toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const SnapshotInfo &s : list)
        out << QCoreApplication::translate("cli", "%1  %2  %3 resources from %4  %5  %6\n")
                   .arg(s.id, 3)
                   .arg(isoTime(s.takenAt))
                   .arg(s.resources)
                   .arg(QCoreApplication::translate("cli", "%n file(s)", nullptr, int(s.files)))
                   .arg(s.scopes.join(QLatin1Char(',')), printable(s.source, 400));
    for (const QString &w : warnings)
        err << QCoreApplication::translate("cli", "warning: %1\n").arg(printable(w, 4000));
    return Success;
}

int runDiff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "What changed between two topology snapshots: resources added, removed "
                                                                        "and changed, down to the rule, entry, route and attribute."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("cli", "The earlier snapshot (its id; default: the one before --to)."), QStringLiteral("snapshot"));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("cli", "The later snapshot (its id; default: the newest)."), QStringLiteral("snapshot"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    parser.addOptions({workspace, from, to, json});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    if (!parser.isSet(workspace)) {
        err << QCoreApplication::translate("cli", "diff: --workspace is required\n");
        return BadArguments;
    }
    auto ws = openWorkspaceOrSay(parser.value(workspace), Access::Read);
    if (!ws)
        return Failure;
    const QList<SnapshotInfo> list = ws->snapshots();
    auto indexOf = [&list](qint64 id) {
        for (qsizetype i = 0; i < list.size(); ++i)
            if (list[i].id == id)
                return i;
        return qsizetype(-1);
    };
    auto idOption = [&](const QCommandLineOption &o, qint64 fallback) -> std::optional<qint64> {
        if (!parser.isSet(o))
            return fallback;
        bool ok = false;
        const qint64 id = parser.value(o).toLongLong(&ok);
        if (!ok || indexOf(id) < 0) {
            err << QCoreApplication::translate("cli", "diff: no snapshot '%1' in this workspace (vpclens-cli snapshots lists them)\n")
                       .arg(printable(parser.value(o), 80));
            return std::nullopt;
        }
        return id;
    };
    const auto later = idOption(to, list.isEmpty() ? 0 : list.last().id);
    if (!later)
        return BadArguments;
    const qsizetype laterAt = indexOf(*later);
    const auto earlier = idOption(from, laterAt > 0 ? list[laterAt - 1].id : 0);
    if (!earlier)
        return BadArguments;
    if (indexOf(*earlier) < 0 || indexOf(*later) < 0) {
        err << QCoreApplication::translate("cli", "diff: the workspace holds %1 snapshot(s); a diff needs two\n").arg(list.size());
        return Failure;
    }
    SnapshotDiff diff;
    try {
        diff = diffSnapshots(*ws, *earlier, *later);
    } catch (const sql::Error &e) {
        err << QCoreApplication::translate("cli", "diff failed: %1\n").arg(QString::fromUtf8(e.what()));
        return Failure;
    }
    if (parser.isSet(json)) {
        QJsonArray changes;
        for (const SnapshotChange &c : diff.changes)
            changes.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(changeKindName(c.kind))},
                                       {QStringLiteral("resource"), c.resource},
                                       {QStringLiteral("resource_kind"), c.resourceKind},
                                       {QStringLiteral("name"), c.name},
                                       {QStringLiteral("detail"), c.detail}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("from"), diff.from},
                                         {QStringLiteral("to"), diff.to},
                                         {QStringLiteral("scopes"), QJsonArray::fromStringList(diff.scopes)},
                                         {QStringLiteral("not_compared"), QJsonArray::fromStringList(diff.notCompared)},
                                         {QStringLiteral("changes"), changes}})
                   .toJson(QJsonDocument::Indented);
        return Success;
    }
    out << QCoreApplication::translate("cli", "Snapshot %1 -> %2 (%3): %4\n")
               .arg(diff.from)
               .arg(diff.to)
               .arg(diff.scopes.join(QStringLiteral(", ")), QCoreApplication::translate("cli", "%n change(s)", nullptr, int(diff.changes.size())));
    for (const QString &s : std::as_const(diff.notCompared))
        out << QCoreApplication::translate("cli", "  not compared: %1 is in one snapshot only\n").arg(s);
    for (const SnapshotChange &c : diff.changes) {
        const QString who = c.name.isEmpty() ? c.resource : QStringLiteral("%1 (%2)").arg(c.resource, c.name);
        out << QStringLiteral("%1 %2 %3: %4\n").arg(QLatin1String(changeKindName(c.kind)), -8).arg(c.resourceKind, who, printable(c.detail, 400));
    }
    return Success;
}

int runReplay(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Replay the connections the flow logs saw against another configuration "
                                                                        "(a snapshot, or an export): those whose verdict flips, both ways."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption snapshot(QStringLiteral("snapshot"), QCoreApplication::translate("cli", "The configuration to replay against: a snapshot of the workspace (its id)."), QStringLiteral("id"));
    const QCommandLineOption topology(QStringLiteral("topology"), QCoreApplication::translate("cli", "The configuration to replay against: AWS CLI exports, not imported (a folder or files)."), QStringLiteral("path"));
    const auto [from, to] = timeRangeOptions(Hourly::Yes);
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    parser.addOptions({workspace, snapshot, topology, from, to, json});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    if (!parser.isSet(workspace) || parser.isSet(snapshot) == parser.isSet(topology)) {
        err << QCoreApplication::translate("cli", "replay: --workspace and one of --snapshot or --topology are required\n");
        return BadArguments;
    }
    TimeRange range;
    if (const auto bad = readTimeRange(parser, from, to, &range)) {
        err << QCoreApplication::translate("cli", "replay: '%1' is not a time\n").arg(printable(*bad, 80));
        return BadArguments;
    }
    auto ws = openWorkspaceOrSay(parser.value(workspace), Access::Read);
    if (!ws)
        return Failure;
    std::unique_ptr<Estate> proposed;
    if (parser.isSet(snapshot)) {
        bool ok = false;
        const qint64 id = parser.value(snapshot).toLongLong(&ok);
        for (const SnapshotInfo &s : ws->snapshots())
            if (ok && s.id == id)
                proposed = std::make_unique<Estate>(loadEstate(*ws, s.takenAt));
        if (!proposed) {
            err << QCoreApplication::translate("cli", "replay: no snapshot '%1' in this workspace (vpclens-cli snapshots lists them)\n")
                       .arg(printable(parser.value(snapshot), 80));
            return BadArguments;
        }
    } else {
        QString error;
        auto scratch = Workspace::open(QStringLiteral(":memory:"), &error, true);
        if (!scratch || importTopology(*scratch, parser.values(topology)).snapshotId == 0) {
            err << QCoreApplication::translate("cli", "replay: no AWS export found in %1\n").arg(printable(parser.values(topology).join(QStringLiteral(", ")), 400));
            return Failure;
        }
        proposed = std::make_unique<Estate>(loadEstate(*scratch));
    }
    ReplayResult r;
    try {
        const auto timeline = trailTimeline(*ws); // what each ran under, CloudTrail changes included
        r = replayAgainst(*ws, *proposed, range, timeline.get());
    } catch (const sql::Error &e) {
        err << QCoreApplication::translate("cli", "replay failed: %1\n").arg(QString::fromUtf8(e.what()));
        return Failure;
    }
    if (parser.isSet(json)) {
        QJsonArray flips;
        for (const ReplayFlip &f : r.flips)
            flips.append(QJsonObject{{QStringLiteral("client"), f.client}, {QStringLiteral("server"), f.server}, {QStringLiteral("port"), f.port},
                                     {QStringLiteral("protocol"), f.protocol}, {QStringLiteral("from"), f.from}, {QStringLiteral("to"), f.to},
                                     {QStringLiteral("rule"), f.rule}, {QStringLiteral("connections"), f.connections},
                                     {QStringLiteral("trace"), QJsonArray::fromStringList(f.trace)}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("conversations"), r.conversations}, {QStringLiteral("connections"), r.connections},
                                         {QStringLiteral("flips"), flips}})
                   .toJson(QJsonDocument::Indented);
        return Success;
    }
    out << QCoreApplication::translate("cli", "%L1 connections (%L2 per hour and pair) replayed: %3\n")
               .arg(r.connections)
               .arg(r.conversations)
               .arg(QCoreApplication::translate("cli", "%n flip(s)", nullptr, int(r.flips.size())));
    for (const ReplayFlip &f : r.flips) {
        out << QStringLiteral("%1 -> %2  %3 -> %4:%5 proto %6  %L7 connection(s)  %8\n")
                   .arg(f.from, f.to, f.client, f.server).arg(f.port).arg(f.protocol).arg(f.connections).arg(printable(f.rule, 200));
        for (const QString &hop : f.trace)
            out << QStringLiteral("    %1\n").arg(printable(hop, 300));
    }
    return Success;
}

} // namespace vpclens::cli
