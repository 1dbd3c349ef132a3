// SPDX-License-Identifier: GPL-3.0-or-later
// Graph layouts stored in the workspace, so reopening draws at once instead of laying out again.
// A layout is valid while the current topology snapshots are the ones it was computed from.
#pragma once

#include "graphlayout.h"
#include "graphpainter.h"

#include <optional>

namespace vpclens {

class Workspace;

// Identifies the current topology: the snapshot holding each account/region scope.
QString topologyFingerprint(const Workspace &ws);
std::optional<GraphLayout> loadCachedLayout(const Workspace &ws, const GraphOptions &options);
void storeCachedLayout(Workspace &ws, const GraphOptions &options, const GraphLayout &layout);

// The all-time traffic overlay of a graph (what opening a workspace shows: on 10 million records it
// sums a million hourly conversation rows). Valid while the topology and the imports are unchanged.
std::optional<QList<OverlayEdge>> loadCachedOverlay(const Workspace &ws, const GraphOptions &options);
void storeCachedOverlay(Workspace &ws, const GraphOptions &options, const QList<OverlayEdge> &edges);

} // namespace vpclens
