// SPDX-License-Identifier: GPL-3.0-or-later
// One logging category per area of the core, named after its folder ("vpclens.<area>"). Every caught
// failure is logged in its area; the GUI shows the warnings in its status bar, the CLI prints them
// (QT_LOGGING_RULES="vpclens.*.debug=true" shows more).
#pragma once

#include <QLoggingCategory>

#include <atomic>
#include <exception>

Q_DECLARE_LOGGING_CATEGORY(lcFlowlog)   // vpclens.flowlog
Q_DECLARE_LOGGING_CATEGORY(lcTopology)  // vpclens.topology
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace) // vpclens.workspace
Q_DECLARE_LOGGING_CATEGORY(lcTrace)     // vpclens.trace
Q_DECLARE_LOGGING_CATEGORY(lcQuery)     // vpclens.query
Q_DECLARE_LOGGING_CATEGORY(lcGraph)     // vpclens.graph
Q_DECLARE_LOGGING_CATEGORY(lcOverlay)   // vpclens.overlay
Q_DECLARE_LOGGING_CATEGORY(lcIngest)    // vpclens.ingest
Q_DECLARE_LOGGING_CATEGORY(lcModels)    // vpclens.models
Q_DECLARE_LOGGING_CATEGORY(lcViews)     // vpclens.views: the widgets and the main window

namespace vpclens {

// A query that threw: a warning ("<what>: <reason>"), unless `cancel` was set, when it only stopped
// because a newer one replaced it (debug).
void logQueryFailure(const QLoggingCategory &category, const char *what, const std::exception &e, const std::atomic_bool *cancel);

} // namespace vpclens
