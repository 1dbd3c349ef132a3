// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlay/overlaycache.h"

#include "base/logging.h"
#include "graph/layoutcache.h"
#include "graph/topologygraph.h"
#include "overlay/trafficoverlay.h"
#include "query/flowsearch.h"
#include "topology/estate.h"
#include "workspace/derivedcache.h"
#include "workspace/storedestate.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

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
        const Workspace::BriefWait brief(ws);
        storeCachedOverlay(ws, options, edges);
    } catch (const sql::Error &e) {
        qCInfo(lcOverlay) << "overlay not kept:" << e.what(); // busy or read-only: drawn all the same
    }
    return edges;
}

void warmOpeningCaches(Workspace &ws)
{
    if (ws.isReadOnly())
        return;
    const Estate estate = loadEstate(ws);
    const GraphOptions options; // the graph as a workspace first opens
    const CachedLayout laid = cachedOrLaidOut(&ws, estate, options);
    if (ws.flowCount() == 0)
        return;
    cachedObservedTraffic(ws, estate, laid.layout.nodeFor, options);
    topRejectedPorts(ws, 0, 0, 1);
    topTalkers(ws, 0, 0, 1);
}

} // namespace vpclens
