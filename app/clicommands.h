// SPDX-License-Identifier: GPL-3.0-or-later
// The vpclens-cli commands. Each takes the arguments without the command name and returns the exit code.
#pragma once

#include <QStringList>

namespace vpclens::cli {

enum ExitCode { Success = 0, Failure = 1, BadArguments = 2 };

int runImport(const QStringList &args);
int runInfo(const QStringList &args);
int runBench(const QStringList &args);
int runTrace(const QStringList &args);
int runExplain(const QStringList &args);

} // namespace vpclens::cli
