// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli snapshots and diff: the topology snapshots a workspace holds, and what changed between
// two of them, rule by rule.
#include "base/printable.h"
#include "commands.h"

#include "history/snapshotdiff.h"
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
        out << QCoreApplication::translate("cli", "%1  %2  %3 resources from %4 file(s)  %5  %6\n")
                   .arg(s.id, 3)
                   .arg(isoTime(s.takenAt))
                   .arg(s.resources)
                   .arg(s.files)
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
    out << QCoreApplication::translate("cli", "Snapshot %1 -> %2 (%3): %4 change(s)\n")
               .arg(diff.from).arg(diff.to).arg(diff.scopes.join(QStringLiteral(", "))).arg(diff.changes.size());
    for (const QString &s : std::as_const(diff.notCompared))
        out << QCoreApplication::translate("cli", "  not compared: %1 is in one snapshot only\n").arg(s);
    for (const SnapshotChange &c : diff.changes) {
        const QString who = c.name.isEmpty() ? c.resource : QStringLiteral("%1 (%2)").arg(c.resource, c.name);
        out << QStringLiteral("%1 %2 %3: %4\n").arg(QLatin1String(changeKindName(c.kind)), -8).arg(c.resourceKind, who, printable(c.detail, 400));
    }
    return Success;
}

} // namespace vpclens::cli
