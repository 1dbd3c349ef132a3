// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/logging.h"

Q_LOGGING_CATEGORY(lcFlowlog, "vpclens.flowlog")
Q_LOGGING_CATEGORY(lcTopology, "vpclens.topology")
Q_LOGGING_CATEGORY(lcWorkspace, "vpclens.workspace")
Q_LOGGING_CATEGORY(lcTrace, "vpclens.trace")
Q_LOGGING_CATEGORY(lcQuery, "vpclens.query")
Q_LOGGING_CATEGORY(lcGraph, "vpclens.graph")
Q_LOGGING_CATEGORY(lcOverlay, "vpclens.overlay")
Q_LOGGING_CATEGORY(lcIngest, "vpclens.ingest")
Q_LOGGING_CATEGORY(lcModels, "vpclens.models")
Q_LOGGING_CATEGORY(lcViews, "vpclens.views")

namespace vpclens {

void logQueryFailure(const QLoggingCategory &category, const char *what, const std::exception &e, const std::atomic_bool *cancel)
{
    if (cancel && cancel->load())
        qCDebug(category) << what << "stopped: a newer one replaced it";
    else
        qCWarning(category) << what << "failed:" << e.what();
}

} // namespace vpclens
