// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/printable.h"
#include "commands.h"

#include "topology/resourcekind.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
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
    const QCommandLineOption files(QStringLiteral("files"),
                                   QCoreApplication::translate("cli", "List every imported file: result, kind, records, bad lines, path."));
    const QCommandLineOption problems(QStringLiteral("problems"),
                                      QCoreApplication::translate("cli", "List every problem the imports met, as file:line: reason: text."));
    parser.addOptions({workspace, json, files, problems});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    if (!parser.isSet(workspace)) {
        err << QCoreApplication::translate("cli", "info: --workspace is required") << '\n';
        return BadArguments;
    }
    auto ws = openWorkspaceOrSay(parser.value(workspace), Access::Read);
    if (!ws)
        return Failure;
    QList<KindCount> counts = ws->resourceCounts();
    std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) { return kindOrder(a.kind) < kindOrder(b.kind); });
    const QList<ImportRecord> imports = ws->imports();
    qint64 captureFiles = 0, captureFlows = 0; // the packet captures beside the flow logs
    for (const ImportRecord &r : imports)
        if (r.kind == QLatin1String("capture") && r.status == QLatin1String("ok")) {
            ++captureFiles;
            captureFlows += r.records;
        }
    if (parser.isSet(json)) {
        QJsonObject resources;
        for (const KindCount &c : counts)
            resources.insert(c.kind, c.count);
        QJsonObject o{{QStringLiteral("workspace"), ws->path()},
                      {QStringLiteral("snapshots"), ws->snapshotCount()},
                      {QStringLiteral("resources"), resources},
                      {QStringLiteral("flows"), ws->flowCount()},
                      {QStringLiteral("capture_files"), captureFiles},
                      {QStringLiteral("capture_flows"), captureFlows},
                      {QStringLiteral("imports"), int(imports.size())},
                      {QStringLiteral("problems"), ws->importErrorCount()}};
        QJsonArray snapshots;
        for (const SnapshotInfo &sn : ws->snapshots())
            snapshots.append(QJsonObject{{QStringLiteral("id"), sn.id},
                                         {QStringLiteral("taken_at"), QDateTime::fromSecsSinceEpoch(sn.takenAt, Qt::UTC).toString(Qt::ISODate)},
                                         {QStringLiteral("scopes"), QJsonArray::fromStringList(sn.scopes)}, {QStringLiteral("resources"), sn.resources},
                                         {QStringLiteral("source"), sn.source}, {QStringLiteral("files"), sn.files}});
        o.insert(QStringLiteral("snapshot_list"), snapshots);
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(ws->snapshotTimeWarnings()));
        if (parser.isSet(files)) {
            QJsonArray list;
            for (const ImportRecord &r : imports)
                list.append(QJsonObject{{QStringLiteral("path"), r.path}, {QStringLiteral("kind"), r.kind}, {QStringLiteral("status"), r.status},
                                        {QStringLiteral("records"), r.records}, {QStringLiteral("bad_lines"), r.badLines},
                                        {QStringLiteral("size"), r.size}, {QStringLiteral("imported_at"), r.importedAt.toString(Qt::ISODate)}});
            o.insert(QStringLiteral("files"), list);
        }
        if (parser.isSet(problems)) {
            QJsonArray list;
            for (const ImportError &e : ws->importErrors(-1))
                list.append(QJsonObject{{QStringLiteral("file"), e.file}, {QStringLiteral("line"), e.line}, {QStringLiteral("reason"), e.reason},
                                        {QStringLiteral("text"), e.text}});
            o.insert(QStringLiteral("problem_list"), list);
        }
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (parser.isSet(files) || parser.isSet(problems)) { // lists only, for scripts (grep, cut, wc -l)
        if (parser.isSet(files))
            for (const ImportRecord &r : imports)
                out << QStringLiteral("%1\t%2\t%3\t%4\t%5\n").arg(r.status, r.kind).arg(r.records).arg(r.badLines).arg(printable(r.path, 4000));
        if (parser.isSet(problems))
            for (const ImportError &e : ws->importErrors(-1))
                out << printable(e.toLine(), 4000) << '\n';
        return Success;
    }
    // One count per sentence piece, so each takes its plural ("1 snapshot", "2 snapshots").
    out << QCoreApplication::translate("cli", "Workspace %1: %2, %3\n")
               .arg(ws->path(), QCoreApplication::translate("cli", "%n snapshot(s)", nullptr, int(ws->snapshotCount())),
                    counted(QT_TRANSLATE_N_NOOP("cli", "%1 flow-log record(s)"), ws->flowCount()));
    if (captureFiles > 0)
        out << QCoreApplication::translate("cli", "Packet captures: %1, %2 beside the flow-log records\n")
                   .arg(QCoreApplication::translate("cli", "%n file(s)", nullptr, int(captureFiles)),
                        counted(QT_TRANSLATE_N_NOOP("cli", "%1 capture flow(s)"), captureFlows));
    for (const KindCount &c : counts)
        out << QStringLiteral("  %1 %2\n").arg(c.count, 6).arg(kindTitle(c.kind));
    for (const SnapshotInfo &sn : ws->snapshots())
        out << QCoreApplication::translate("cli", "Snapshot %1: taken %2, %3 from %4 in %5; %6\n")
                   .arg(sn.id)
                   .arg(QDateTime::fromSecsSinceEpoch(sn.takenAt, Qt::UTC).toString(Qt::ISODate),
                        QCoreApplication::translate("cli", "%n resource(s)", nullptr, int(sn.resources)),
                        QCoreApplication::translate("cli", "%n file(s)", nullptr, int(sn.files)), sn.source, sn.scopes.join(QStringLiteral(", ")));
    for (const QString &w : ws->snapshotTimeWarnings())
        out << QCoreApplication::translate("cli", "warning: %1\n").arg(w);
    qint64 ok = 0, other = 0;
    for (const ImportRecord &r : imports)
        (r.status == QLatin1String("ok") ? ok : other) += 1;
    out << QCoreApplication::translate("cli", "Imports: %1 in, %2 not; %3 (--files and --problems list them)\n")
               .arg(QCoreApplication::translate("cli", "%n file(s)", nullptr, int(ok)))
               .arg(other)
               .arg(counted(QT_TRANSLATE_N_NOOP("cli", "%1 problem(s)"), ws->importErrorCount()));
    return Success;
}

} // namespace vpclens::cli
