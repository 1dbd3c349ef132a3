// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "topologyimporter.h"
#include "topologyresource.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace vpclens::cli {

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Import AWS CLI exports and VPC Flow Logs into a workspace."));
    parser.addHelpOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"), QCoreApplication::translate("cli", "The workspace file (created when missing)."), QStringLiteral("file"));
    const QCommandLineOption topology(QStringLiteral("topology"), QCoreApplication::translate("cli", "A JSON export or a folder of them (repeatable)."), QStringLiteral("path"));
    const QCommandLineOption snapshotTime(QStringLiteral("snapshot-time"), QCoreApplication::translate("cli", "The time the topology was exported (ISO 8601); default: the newest file's time."), QStringLiteral("time"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the summary as JSON."));
    parser.addOptions({workspace, topology, snapshotTime, json});
    QTextStream out(stdout), err(stderr);
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n';
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (!parser.isSet(workspace) || !parser.isSet(topology)) {
        err << QCoreApplication::translate("cli", "import: --workspace and at least one --topology are required\n");
        return BadArguments;
    }
    QDateTime when;
    if (parser.isSet(snapshotTime)) {
        when = parseAwsTimestamp(parser.value(snapshotTime));
        if (!when.isValid()) {
            err << QCoreApplication::translate("cli", "import: --snapshot-time '%1' is not a time\n").arg(parser.value(snapshotTime));
            return BadArguments;
        }
    }
    QString error;
    auto ws = Workspace::open(parser.value(workspace), &error, true);
    if (!ws) {
        err << error << '\n';
        return Failure;
    }
    QElapsedTimer clock;
    clock.start();
    TopologyImportResult topo;
    try {
        topo = importTopology(*ws, parser.values(topology), when);
    } catch (const sql::Error &e) {
        err << QCoreApplication::translate("cli", "import failed: %1\n").arg(QString::fromUtf8(e.what()));
        return Failure;
    }
    for (const QString &e : std::as_const(topo.errors))
        err << QCoreApplication::translate("cli", "error: %1\n").arg(e);
    for (const QString &s : std::as_const(topo.skipped))
        err << QCoreApplication::translate("cli", "skipped: %1\n").arg(s);
    const double secs = clock.elapsed() / 1000.0;
    if (parser.isSet(json)) {
        QJsonObject o{{QStringLiteral("topology_files"), topo.filesRead},
                      {QStringLiteral("resources"), topo.resources},
                      {QStringLiteral("snapshot_id"), topo.snapshotId},
                      {QStringLiteral("errors"), QJsonArray::fromStringList(topo.errors)},
                      {QStringLiteral("skipped"), QJsonArray::fromStringList(topo.skipped)},
                      {QStringLiteral("seconds"), secs}};
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out << QCoreApplication::translate("cli", "Topology: %1 files, %2 resources (snapshot %3), %4 errors, %5 skipped, %6 s\n")
                   .arg(topo.filesRead).arg(topo.resources).arg(topo.snapshotId).arg(topo.errors.size())
                   .arg(topo.skipped.size()).arg(secs, 0, 'f', 2);
    }
    return topo.filesRead > 0 ? Success : Failure;
}

} // namespace vpclens::cli
