// SPDX-License-Identifier: GPL-3.0-or-later
// `vpclens --bench WORKSPACE`: opens the workspace in the real main window and prints how long the
// analyst waits: open to a drawn window, a new filter, a time-range change, and frames while panning.
#pragma once

#include <QElapsedTimer>
#include <QString>

namespace vpclens {
int runGuiBench(const QString &workspace, const QElapsedTimer &sinceStart);
}
