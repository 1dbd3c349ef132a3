// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlay/overlaycache.h"

#include "base/logging.h"
#include "graph/layoutcache.h"
#include "overlay/trafficoverlay.h"
#include "workspace/derivedcache.h"
#include "workspace/sqlite.h"

#include <QDataStream>

namespace vpclens {

std::optional<QList<OverlayEdge>> loadCachedOverlay(const Workspace &ws, const GraphOptions &options)
{
    const auto data = readTrafficCache(ws, graphCacheKey(options));
    if (!data)
        return std::nullopt;
    QDataStream in(*data);
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
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out << qint32(edges.size());
    for (const OverlayEdge &e : edges)
        out << e.from << e.to << e.flows << e.packets << e.bytes << e.rejectedFlows << e.rejectedBytes << e.ports << e.configured << e.blocked;
    writeTrafficCache(ws, graphCacheKey(options), raw);
}

QList<OverlayEdge> cachedObservedTraffic(Workspace &ws, const Estate &estate, const QHash<QString, QString> &nodeFor,
                                         const GraphOptions &options)
{
    if (auto cached = loadCachedOverlay(ws, options))
        return *cached;
    QList<OverlayEdge> edges = observedTraffic(ws, estate, nodeFor, TimeRange{});
    try {
        storeCachedOverlay(ws, options, edges);
    } catch (const sql::Error &e) {
        qCInfo(lcOverlay) << "overlay not kept:" << e.what(); // busy or read-only: drawn all the same
    }
    return edges;
}

} // namespace vpclens
