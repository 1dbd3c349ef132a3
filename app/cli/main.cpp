// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli: the headless tool. Links only vpclens_core. Exit codes: 0 success, 1 failure, 2 bad arguments.
#include "base/appinfo.h"
#include "base/translations.h"
#include "commands.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstring>
#include <memory>

using namespace vpclens;

namespace {

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("cli", "Usage: vpclens-cli <command> [options]\n\nCommands:\n");
    qsizetype width = 0; // the summaries in one column
    for (const cli::Command &c : cli::commands())
        width = std::max(width, qsizetype(qstrlen(c.name)));
    for (const cli::Command &c : cli::commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(width) << "  " << QCoreApplication::translate("cli", c.summary) << '\n';
    out << '\n' << QCoreApplication::translate("cli", "Run 'vpclens-cli <command> --help' for a command's options.\nOptions: --help, --version\n");
}

} // namespace

int main(int argc, char **argv)
{
    // Drawing needs fonts, so export-diagram and report run a GUI application on the offscreen platform.
    const bool draws = argc > 1 && (std::strcmp(argv[1], "export-diagram") == 0 || std::strcmp(argv[1], "report") == 0);
    if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(draws ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QLatin1String(kOrganization));
    QCoreApplication::setApplicationName(QStringLiteral("vpclens-cli"));
    QCoreApplication::setApplicationVersion(QLatin1String(kVersion));
    installTranslations();
    QLoggingCategory::setFilterRules(QStringLiteral("vpclens.*.info=false"));

    QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        printUsage(args.size() < 2 ? err : out);
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == QLatin1String("--version") || args[1] == QLatin1String("-v")) {
        out << "vpclens-cli " << kVersion << '\n';
        return 0;
    }
    const QString command = args.takeAt(1);
    args[0] = QStringLiteral("vpclens-cli ") + command; // what --help's usage line names
    // Another program writing to the workspace: say so, then wait for it.
    Workspace::setBusyNotice([](const QString &notice) { QTextStream(stderr) << notice << '\n'; });
    if (const cli::Command *found = cli::findCommand(command)) {
        // Whatever a damaged, busy or crafted workspace makes SQLite (or anything below) throw ends
        // the command with its reason and exit code 1, never with an abort.
        try {
            return found->run(args);
        } catch (const sql::Error &e) {
            err << QCoreApplication::translate("cli", "vpclens-cli %1: the workspace could not be read or written: %2\n")
                       .arg(command, QString::fromUtf8(e.what()));
        } catch (const std::bad_alloc &) {
            err << QCoreApplication::translate("cli", "vpclens-cli %1: out of memory\n").arg(command);
        } catch (const std::exception &e) {
            err << QCoreApplication::translate("cli", "vpclens-cli %1: %2\n").arg(command, QString::fromUtf8(e.what()));
        }
        return cli::Failure;
    }
    err << QCoreApplication::translate("cli", "vpclens-cli: unknown command '%1'\n").arg(command);
    printUsage(err);
    return 2;
}
