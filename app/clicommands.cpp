// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace vpclens::cli {

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Success;
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
