// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vpclens {

// Drives the main window through what the README shows (the graph at each level with traffic, the
// rejected-flow workflow with its trace and chart) and saves one PNG per step into `dir`.
// An empty workspace path uses the bundled sample. Returns the process exit code.
int runScreenshotTour(const QString &workspace, const QString &dir);

} // namespace vpclens
