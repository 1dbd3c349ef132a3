// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "resourcekind.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace vpclens::cli {

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Summarise a workspace."));
    parser.addHelpOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"), QCoreApplication::translate("cli", "The workspace file."), QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    parser.addOptions({workspace, json});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    if (!parser.isSet(workspace)) {
        err << QCoreApplication::translate("cli", "info: --workspace is required") << '\n';
        return BadArguments;
    }
    auto ws = openWorkspaceOrSay(parser.value(workspace));
    if (!ws)
        return Failure;
    QList<KindCount> counts = ws->resourceCounts();
    std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) { return kindOrder(a.kind) < kindOrder(b.kind); });
    const QList<ImportRecord> imports = ws->imports();
    if (parser.isSet(json)) {
        QJsonObject resources;
        for (const KindCount &c : counts)
            resources.insert(c.kind, c.count);
        QJsonObject o{{QStringLiteral("workspace"), ws->path()},
                      {QStringLiteral("snapshots"), ws->snapshotCount()},
                      {QStringLiteral("resources"), resources},
                      {QStringLiteral("flows"), ws->flowCount()},
                      {QStringLiteral("imports"), int(imports.size())}};
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Success;
    }
    out << QCoreApplication::translate("cli", "Workspace %1: %2 snapshot(s), %3 flow-log records\n")
               .arg(ws->path()).arg(ws->snapshotCount()).arg(ws->flowCount());
    for (const KindCount &c : counts)
        out << QStringLiteral("  %1 %2\n").arg(c.count, 6).arg(kindTitle(c.kind));
    return Success;
}

} // namespace vpclens::cli
