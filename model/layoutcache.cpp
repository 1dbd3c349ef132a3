// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutcache.h"

#include "workspace.h"

namespace vpclens {
namespace {
// Bumped whenever the layout code changes what it produces: older stored layouts are then ignored.
constexpr const char *kLayoutVersion = "|layout-2";
QString cacheKey(const GraphOptions &o)
{
    return o.key() + QLatin1String(kLayoutVersion);
}
} // namespace

QString topologyFingerprint(const Workspace &ws)
{
    sql::Statement q(ws.handle(), "SELECT group_concat(snapshot_id, ',') FROM "
                                  "(SELECT snapshot_id FROM current_scopes ORDER BY account, region)");
    return q.step() ? q.text(0) : QString();
}

std::optional<GraphLayout> loadCachedLayout(const Workspace &ws, const GraphOptions &options)
{
    sql::Statement q(ws.handle(), "SELECT data FROM graph_layouts WHERE key = ?1 AND topology = ?2");
    q.bind(1, cacheKey(options));
    q.bind(2, topologyFingerprint(ws));
    if (!q.step())
        return std::nullopt;
    return GraphLayout::deserialize(qUncompress(q.blob(0)));
}

void storeCachedLayout(Workspace &ws, const GraphOptions &options, const GraphLayout &layout)
{
    const QByteArray data = qCompress(layout.serialize());
    sql::Statement q(ws.handle(), "INSERT OR REPLACE INTO graph_layouts(key, topology, data) VALUES(?1, ?2, ?3)");
    q.bind(1, cacheKey(options));
    q.bind(2, topologyFingerprint(ws));
    q.bindBlob(3, data.constData(), int(data.size()));
    q.run();
}

} // namespace vpclens
