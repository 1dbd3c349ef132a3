// SPDX-License-Identifier: GPL-3.0-or-later
// What the workspace keeps that can be computed again from what it holds: the top lists summed from
// the flow imports, graph layouts of the current topology, overlays of the topology and the imports.
// Each is valid while what it was computed from is unchanged; this file says how that is told. What a
// cached value holds is its owner's business (graph/, overlay/, query/).
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vpclens {

class Workspace;

// Caches derived from the flow imports carry the newest flow import's id in a meta key: current
// while it still is the newest. The stamp is SQL to run in the transaction that rebuilds the cache.
bool derivedCacheCurrent(const Workspace &ws, const char *metaKey);
QByteArray derivedCacheStampSql(const char *metaKey);

// Identifies the current topology: the snapshot holding each account/region scope.
QString topologyFingerprint(const Workspace &ws);

// A value computed from the current topology (a layout), by key: stored compressed, read back while
// the topology is the one it was stored under. Storing does nothing in a read-only workspace.
std::optional<QByteArray> readTopologyCache(const Workspace &ws, const QString &key);
void writeTopologyCache(Workspace &ws, const QString &key, const QByteArray &value);

// A value computed from the topology and the flow imports (an overlay), likewise.
std::optional<QByteArray> readTrafficCache(const Workspace &ws, const QString &key);
void writeTrafficCache(Workspace &ws, const QString &key, const QByteArray &value);

} // namespace vpclens
