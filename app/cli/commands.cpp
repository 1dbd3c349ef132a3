// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "base/timerange.h"
#include "base/timetext.h"
#include "base/translations.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace vpclens::cli {

QString tr(const char *text)
{
    return translateFrom({"vpclens::cli", "cli"}, text);
}

namespace {

constexpr Command kCommands[] = {
    {"import", QT_TRANSLATE_NOOP("cli", "Import AWS CLI topology exports and VPC Flow Logs into a workspace"), runImport},
    {"info", QT_TRANSLATE_NOOP("cli", "Summarise a workspace: resources by kind, imports, import errors"), runInfo},
    {"trace", QT_TRANSLATE_NOOP("cli", "Explain one packet hop by hop (security groups, network ACLs, routes, reply)"), runTrace},
    {"explain", QT_TRANSLATE_NOOP("cli", "Compare every logged record with the configuration; list disagreements"), runExplain},
    {"findings", QT_TRANSLATE_NOOP("cli", "The review checks: what is wrong in the estate, and what in the flow logs proves it"), runFindings},
    {"rules", QT_TRANSLATE_NOOP("cli", "Every rule, NACL entry and route with the records it decided (after explain)"), runRules},
    {"report", QT_TRANSLATE_NOOP("cli", "Write the review report (scope, coverage, diagrams, findings with evidence, rule usage) as PDF or HTML"), runReport},
    {"notes", QT_TRANSLATE_NOOP("cli", "List, add or remove the analyst's notes the review report prints"), runNotes},
    {"names", QT_TRANSLATE_NOOP("cli", "Name addresses outside the estate (your blocks, AWS's ip-ranges.json), or look one up"), runNames},
    {"query", QT_TRANSLATE_NOOP("cli", "Filter flow records (the GUI's filter language) and print them or their groups"), runQuery},
    {"snapshots", QT_TRANSLATE_NOOP("cli", "List the topology snapshots of a workspace"), runSnapshots},
    {"diff", QT_TRANSLATE_NOOP("cli", "What changed between two topology snapshots, rule by rule"), runDiff},
    {"replay", QT_TRANSLATE_NOOP("cli", "Which connections seen would another configuration flip (accepted to rejected and back)"), runReplay},
    {"changes", QT_TRANSLATE_NOOP("cli", "The CloudTrail calls that changed the network, with their status"), runChanges},
    {"athena-sql", QT_TRANSLATE_NOOP("cli", "Print the Athena SQL for a filter over an organisation's flow-log table in S3"), runAthenaSql},
    {"export-diagram", QT_TRANSLATE_NOOP("cli", "Draw the topology graph with traffic as SVG, PNG, PDF, DOT or draw.io"), runExportDiagram},
    {"bench", QT_TRANSLATE_NOOP("cli", "Import into a new workspace and print speed, memory and size figures"), runBench},
    {"bench-capture", QT_TRANSLATE_NOOP("cli", "Write a synthetic mirrored capture, import it and print MB/s and memory beside tcpdump -r"), runBenchCapture},
    {"bench-graph", QT_TRANSLATE_NOOP("cli", "Lay out the topology graph at each level and print the times"), runBenchGraph},
};

} // namespace

std::span<const Command> commands()
{
    return kCommands;
}

const Command *findCommand(QStringView name)
{
    for (const Command &c : kCommands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(QStringLiteral("workspace"), tr("The workspace file."), QStringLiteral("file"));
}

std::pair<QCommandLineOption, QCommandLineOption> timeRangeOptions(Hourly hourly)
{
    return {QCommandLineOption(QStringLiteral("from"),
                               hourly == Hourly::Yes ? tr("Records from this time (ISO 8601 or epoch seconds; counted by whole hours).")
                                                     : tr("Records from this time (ISO 8601 or epoch seconds)."),
                               QStringLiteral("time")),
            QCommandLineOption(QStringLiteral("to"), tr("Records up to this time."), QStringLiteral("time"))};
}

QString counted(const char *pluralText, qint64 n)
{
    const int form = int(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max())); // past it: plural all the same
    return QCoreApplication::translate("cli", pluralText, nullptr, form).arg(n);
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // "Usage: vpclens-cli query [options]": the sub-command, not the program's path.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program); at >= 0 && !args.isEmpty())
            help.replace(at, program.size(), args.first());
        QTextStream(stdout) << help;
        return Success;
    }
    return std::nullopt;
}

std::optional<QString> readTimeRange(const QCommandLineParser &parser, const QCommandLineOption &from, const QCommandLineOption &to,
                                     TimeRange *range)
{
    for (const auto &[option, target] : {std::pair{&from, &range->from}, std::pair{&to, &range->to}}) {
        if (!parser.isSet(*option))
            continue;
        const auto t = parseTimeText(parser.value(*option));
        if (!t)
            return parser.value(*option);
        *target = *t;
    }
    return std::nullopt;
}

std::unique_ptr<Workspace> openWorkspaceOrSay(const QString &path, Access access)
{
    QString error;
    auto ws = access == Access::Read ? Workspace::openForReading(path, &error) : Workspace::open(path, &error, false);
    if (!ws)
        QTextStream(stderr) << error << '\n';
    return ws;
}

} // namespace vpclens::cli
