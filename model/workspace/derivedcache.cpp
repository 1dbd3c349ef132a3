// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/derivedcache.h"

#include "workspace/workspace.h"

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

// The topology and the flow imports an overlay was summed from.
QString dataFingerprint(const Workspace &ws)
{
    sql::Statement q(ws.handle(), "SELECT COUNT(*) || ':' || IFNULL(MAX(id), 0) || ':' || IFNULL(SUM(records), 0) FROM imports");
    return topologyFingerprint(ws) + QLatin1Char('|') + (q.step() ? q.text(0) : QString());
}

// A kept value by key, valid under `version` (what it was computed from), compressed.
std::optional<QByteArray> readCache(const Workspace &ws, const char *select, const QString &key, const QString &version)
{
    sql::Statement q(ws.handle(), select);
    q.bind(1, key);
    q.bind(2, version);
    if (!q.step())
        return std::nullopt;
    return boundedUncompress(q.blob(0));
}

void writeCache(Workspace &ws, const char *insert, const QString &key, const QString &version, const QByteArray &value)
{
    if (ws.isReadOnly())
        return;
    const QByteArray data = qCompress(value);
    sql::Statement q(ws.handle(), insert);
    q.bind(1, key);
    q.bind(2, version);
    q.bindBlob(3, data.constData(), int(data.size()));
    q.run();
}

} // namespace

bool derivedCacheCurrent(const Workspace &ws, const char *metaKey)
{
    sql::Statement q(ws.handle(), "SELECT (SELECT value FROM meta WHERE key = ?1) = "
                                  "(SELECT CAST(COALESCE(MAX(id), 0) AS TEXT) FROM imports WHERE kind = 'flows')");
    q.bind(1, std::string_view(metaKey));
    return q.step() && q.int64(0) == 1;
}

QByteArray derivedCacheStampSql(const char *metaKey)
{
    return QByteArray("INSERT INTO meta(key, value) SELECT '") + metaKey
           + "', CAST(COALESCE(MAX(id), 0) AS TEXT) FROM imports WHERE kind = 'flows' "
             "ON CONFLICT(key) DO UPDATE SET value = excluded.value;";
}

QString topologyFingerprint(const Workspace &ws)
{
    sql::Statement q(ws.handle(), "SELECT group_concat(snapshot_id, ',') FROM "
                                  "(SELECT snapshot_id FROM current_scopes ORDER BY account, region)");
    return q.step() ? q.text(0) : QString();
}

std::optional<QByteArray> readTopologyCache(const Workspace &ws, const QString &key)
{
    return readCache(ws, "SELECT data FROM graph_layouts WHERE key = ?1 AND topology = ?2", key, topologyFingerprint(ws));
}

void writeTopologyCache(Workspace &ws, const QString &key, const QByteArray &value)
{
    writeCache(ws, "INSERT OR REPLACE INTO graph_layouts(key, topology, data) VALUES(?1, ?2, ?3)", key, topologyFingerprint(ws), value);
}

std::optional<QByteArray> readTrafficCache(const Workspace &ws, const QString &key)
{
    return readCache(ws, "SELECT data FROM overlay_cache WHERE key = ?1 AND data_version = ?2", key, dataFingerprint(ws));
}

void writeTrafficCache(Workspace &ws, const QString &key, const QByteArray &value)
{
    writeCache(ws, "INSERT OR REPLACE INTO overlay_cache(key, data_version, data) VALUES(?1, ?2, ?3)", key, dataFingerprint(ws), value);
}

} // namespace vpclens
