// SPDX-License-Identifier: GPL-3.0-or-later
// The all-time traffic overlay of a graph, kept in the workspace: what opening a workspace shows, and
// on 10 million records it sums a million hourly conversation rows. Valid while the topology and the
// imports are unchanged.
#pragma once

#include "graph/overlayedge.h"

#include <QHash>
#include <QList>

#include <optional>

namespace vpclens {

class Estate;
class Workspace;
struct GraphOptions;

std::optional<QList<OverlayEdge>> loadCachedOverlay(const Workspace &ws, const GraphOptions &options);
void storeCachedOverlay(Workspace &ws, const GraphOptions &options, const QList<OverlayEdge> &edges);

// The all-time observed traffic of the graph: the stored overlay, else summed and then stored (not
// kept when the workspace cannot take it). Throws sql::Error when the workspace cannot be read.
QList<OverlayEdge> cachedObservedTraffic(Workspace &ws, const Estate &estate, const QHash<QString, QString> &nodeFor,
                                         const GraphOptions &options);

// What opening a workspace shows first and keeps once computed (the default graph's layout and
// all-time overlay, the top rejected ports and talkers), computed at the end of an import so that
// the first open is as quick as every later one. Throws sql::Error when the workspace cannot be read.
void warmOpeningCaches(Workspace &ws);

} // namespace vpclens
