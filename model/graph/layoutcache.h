// SPDX-License-Identifier: GPL-3.0-or-later
// Graph layouts stored in the workspace, so reopening draws at once instead of laying out again.
// A layout is valid while the current topology snapshots are the ones it was computed from.
#pragma once

#include "graph/graphlayout.h"

#include <optional>

namespace vpclens {

class Estate;
class Workspace;

// The key a graph's cached values (its layout, its overlay) are stored under: the options, the
// layout code's version and the language of the labels.
QString graphCacheKey(const GraphOptions &options);

std::optional<GraphLayout> loadCachedLayout(const Workspace &ws, const GraphOptions &options);
void storeCachedLayout(Workspace &ws, const GraphOptions &options, const GraphLayout &layout);

// The layout stored for these options, else a new one, then stored. Without a workspace (or with one
// that cannot take it: read-only, busy) the layout is made and not kept.
struct CachedLayout {
    GraphLayout layout;
    bool fromCache = false;
};
CachedLayout cachedOrLaidOut(Workspace *ws, const Estate &estate, const GraphOptions &options);

} // namespace vpclens
