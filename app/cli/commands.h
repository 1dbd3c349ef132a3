// SPDX-License-Identifier: GPL-3.0-or-later
// The vpclens-cli commands. Each takes the arguments without the command name and returns the exit code.
#pragma once

#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>
#include <span>

class QCommandLineOption;
class QCommandLineParser;

namespace vpclens {
class Workspace;
struct TimeRange;
}

namespace vpclens::cli {

// The commands' own text. lupdate files every tr() in this namespace under "vpclens::cli"; the
// usage lines and the summaries, written with QCoreApplication::translate, under "cli".
QString tr(const char *text);

enum ExitCode { Success = 0, Failure = 1, BadArguments = 2, FindingsAtOrAbove = 3 };

struct Command {
    const char *name;
    const char *summary; // one line of the usage, in English (translated when printed, context "cli")
    int (*run)(const QStringList &args);
};
// Every command, in the order the usage lists them (commands.cpp holds the one list).
std::span<const Command> commands();
const Command *findCommand(QStringView name); // nullptr when there is none of that name

// Parses a command's arguments (its parser has --help). Returns the exit code to stop with, after
// printing the help or the error, or nullopt to go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &args);
// "1 flow-log record", "3,000,000,000 flow-log records": a plural text marked with
// QT_TRANSLATE_N_NOOP("cli", "%1 flow-log record(s)"), its %1 the count (past an int's range too).
QString counted(const char *pluralText, qint64 n);
// The options most commands share: --workspace (an existing file), and --from/--to for the records'
// time (hourly: "counted by whole hours" in the help, for the commands that sum per hour).
QCommandLineOption workspaceOption();
enum class Hourly { No, Yes };
std::pair<QCommandLineOption, QCommandLineOption> timeRangeOptions(Hourly hourly);
// --from and --to (ISO 8601 or epoch seconds) into a range; the text that is not a time when one is not.
std::optional<QString> readTimeRange(const QCommandLineParser &parser, const QCommandLineOption &from, const QCommandLineOption &to,
                                     TimeRange *range);
enum class Access { Read, Write };
// Opens an existing workspace (for reading: the file is never written); prints why not and returns
// nullptr on failure.
std::unique_ptr<Workspace> openWorkspaceOrSay(const QString &path, Access access);

int runImport(const QStringList &args);
int runInfo(const QStringList &args);
int runBench(const QStringList &args);
int runTrace(const QStringList &args);
int runExplain(const QStringList &args);
int runRules(const QStringList &args);
int runFindings(const QStringList &args);
int runReport(const QStringList &args);
int runNotes(const QStringList &args);
int runNames(const QStringList &args);
int runExportDiagram(const QStringList &args);
int runQuery(const QStringList &args);
int runAthenaSql(const QStringList &args);
int runSnapshots(const QStringList &args);
int runDiff(const QStringList &args);
int runReplay(const QStringList &args);
int runChanges(const QStringList &args);
int runBenchGraph(const QStringList &args);
int runBenchCapture(const QStringList &args);

} // namespace vpclens::cli
