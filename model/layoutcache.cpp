// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutcache.h"

#include "translations.h"
#include "workspace.h"

#include <QDataStream>

namespace vpclens {
namespace {

// qUncompress allocates the size the first four bytes claim; a cache row from a crafted file could
// claim 4 GiB. A layout or an overlay is far smaller: anything bigger is a cache miss.
QByteArray boundedUncompress(const QByteArray &data)
{
    constexpr quint32 kMaxCached = 64 * 1024 * 1024;
    if (data.size() < 4)
        return {};
    const quint32 claimed = (quint32(uchar(data[0])) << 24) | (quint32(uchar(data[1])) << 16) | (quint32(uchar(data[2])) << 8) | uchar(data[3]);
    return claimed <= kMaxCached ? qUncompress(data) : QByteArray();
}

// Bumped whenever the layout code changes what it produces: older stored layouts are then ignored.
constexpr const char *kLayoutVersion = "|layout-2";
// The labels are laid out in the language of the moment: a word they all share in its translation
// keeps a German layout from being shown under English, and the other way round.
QString cacheKey(const GraphOptions &o)
{
    return o.key() + QLatin1String(kLayoutVersion) + QLatin1Char('|') + translateFrom({"vpclens::Builder", "vpclens"}, "Route table");
}
// The topology and the flow imports an overlay was summed from.
QString dataFingerprint(const Workspace &ws)
{
    sql::Statement q(ws.handle(), "SELECT COUNT(*) || ':' || IFNULL(MAX(id), 0) || ':' || IFNULL(SUM(records), 0) FROM imports");
    return topologyFingerprint(ws) + QLatin1Char('|') + (q.step() ? q.text(0) : QString());
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
    return GraphLayout::deserialize(boundedUncompress(q.blob(0)));
}

void storeCachedLayout(Workspace &ws, const GraphOptions &options, const GraphLayout &layout)
{
    if (ws.isReadOnly())
        return;
    const QByteArray data = qCompress(layout.serialize());
    sql::Statement q(ws.handle(), "INSERT OR REPLACE INTO graph_layouts(key, topology, data) VALUES(?1, ?2, ?3)");
    q.bind(1, cacheKey(options));
    q.bind(2, topologyFingerprint(ws));
    q.bindBlob(3, data.constData(), int(data.size()));
    q.run();
}

std::optional<QList<OverlayEdge>> loadCachedOverlay(const Workspace &ws, const GraphOptions &options)
{
    sql::Statement q(ws.handle(), "SELECT data FROM overlay_cache WHERE key = ?1 AND data_version = ?2");
    q.bind(1, cacheKey(options));
    q.bind(2, dataFingerprint(ws));
    if (!q.step())
        return std::nullopt;
    QDataStream in(boundedUncompress(q.blob(0)));
    qint32 n = 0;
    in >> n;
    QList<OverlayEdge> edges;
    for (qint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        OverlayEdge e;
        in >> e.from >> e.to >> e.flows >> e.packets >> e.bytes >> e.rejectedFlows >> e.rejectedBytes >> e.ports >> e.configured >> e.blocked;
        edges.append(e);
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return edges;
}

void storeCachedOverlay(Workspace &ws, const GraphOptions &options, const QList<OverlayEdge> &edges)
{
    if (ws.isReadOnly())
        return;
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out << qint32(edges.size());
    for (const OverlayEdge &e : edges)
        out << e.from << e.to << e.flows << e.packets << e.bytes << e.rejectedFlows << e.rejectedBytes << e.ports << e.configured << e.blocked;
    const QByteArray data = qCompress(raw);
    sql::Statement q(ws.handle(), "INSERT OR REPLACE INTO overlay_cache(key, data_version, data) VALUES(?1, ?2, ?3)");
    q.bind(1, cacheKey(options));
    q.bind(2, dataFingerprint(ws));
    q.bindBlob(3, data.constData(), int(data.size()));
    q.run();
}

} // namespace vpclens
