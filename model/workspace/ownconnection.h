// SPDX-License-Identifier: GPL-3.0-or-later
// A worker's query on a connection of its own (workers never share the GUI thread's Workspace),
// stopped when `cancel` is set; an empty answer, logged, when the workspace cannot be read or the
// query failed or was stopped.
#pragma once

#include "base/logging.h"
#include "workspace/workspace.h"

#include <atomic>
#include <utility>

namespace vpclens {

template <typename Query>
auto onOwnConnection(const QString &workspacePath, const char *what, const std::atomic_bool *cancel, Query query)
    -> decltype(query(std::declval<Workspace &>()))
{
    QString error;
    auto ws = Workspace::open(workspacePath, &error, false);
    if (!ws) {
        qCWarning(lcWorkspace) << what << "not read:" << error;
        return {};
    }
    ws->useScanCache();
    const sql::CancelGuard guard(ws->handle(), cancel);
    try {
        return query(*ws);
    } catch (const sql::Error &e) {
        logQueryFailure(lcWorkspace(), what, e, cancel);
        return {};
    }
}

} // namespace vpclens
