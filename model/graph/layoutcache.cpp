// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/layoutcache.h"

#include "base/logging.h"
#include "base/translations.h"
#include "graph/topologygraph.h"
#include "workspace/derivedcache.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"


namespace vpclens {
namespace {

// Bumped whenever the layout code changes what it produces: older stored layouts are then ignored.
constexpr const char *kLayoutVersion = "|layout-3";

} // namespace

// The labels are laid out in the language of the moment: a word they all share in its translation
// keeps a German layout from being shown under English, and the other way round.
QString graphCacheKey(const GraphOptions &o)
{
    return o.key() + QLatin1String(kLayoutVersion) + QLatin1Char('|') + translateFrom({"vpclens::Builder", "vpclens"}, "Route table");
}

std::optional<GraphLayout> loadCachedLayout(const Workspace &ws, const GraphOptions &options)
{
    const auto data = readTopologyCache(ws, graphCacheKey(options));
    return data ? GraphLayout::deserialize(*data) : std::nullopt;
}

void storeCachedLayout(Workspace &ws, const GraphOptions &options, const GraphLayout &layout)
{
    writeTopologyCache(ws, graphCacheKey(options), layout.serialize());
}

CachedLayout cachedOrLaidOut(Workspace *ws, const Estate &estate, const GraphOptions &options)
{
    CachedLayout out;
    try {
        if (ws) {
            if (auto cached = loadCachedLayout(*ws, options)) {
                out.layout = std::move(*cached);
                out.fromCache = true;
                return out;
            }
        }
    } catch (const sql::Error &e) {
        qCWarning(lcGraph) << "stored layout not read:" << e.what();
    }
    out.layout = layoutGraph(buildTopologyGraph(estate, options));
    try {
        if (ws) {
            const Workspace::BriefWait brief(*ws);
            storeCachedLayout(*ws, options, out.layout);
        }
    } catch (const sql::Error &e) {
        qCInfo(lcGraph) << "layout not kept:" << e.what(); // read-only or busy: drawn all the same
    }
    return out;
}

} // namespace vpclens
