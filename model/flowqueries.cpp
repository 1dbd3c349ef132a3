// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowqueries.h"

#include "workspace.h"

#include <cstring>

namespace vpclens {
namespace {

constexpr const char *kRejectedTotalsKey = "rejected_totals_import";

} // namespace

std::optional<IpAddress> storedAddress(sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER: return IpAddress(std::uint32_t(sqlite3_column_int64(stmt, column)));
    case SQLITE_BLOB:
        if (sqlite3_column_bytes(stmt, column) == 16) {
            Ipv6Bytes b;
            std::memcpy(b.data(), sqlite3_column_blob(stmt, column), 16);
            return IpAddress::fromBytes(b);
        }
        return std::nullopt;
    default: return std::nullopt;
    }
}

QString formatStoredAddress(sqlite3_stmt *stmt, int column)
{
    const auto address = storedAddress(stmt, column);
    return address ? formatIp(*address) : QStringLiteral("-");
}

QList<TimeBucket> flowsPerBucket(const Workspace &ws, FlowAction action, int bucketSeconds, std::int64_t from, std::int64_t to)
{
    const int minutes = std::max(1, bucketSeconds / 60);
    sql::Statement q(ws.handle(), "SELECT minute / ?1 * ?1, SUM(flows), SUM(packets), SUM(bytes) FROM rollup_time "
                                  "WHERE action = ?2 AND (?3 = 0 OR minute >= ?3 / 60) AND (?4 = 0 OR minute < ?4 / 60) "
                                  "GROUP BY 1 ORDER BY 1");
    q.bind(1, minutes).bind(2, int(action)).bind(3, from).bind(4, to);
    QList<TimeBucket> out;
    while (q.step())
        out.append({q.int64(0) * 60, q.int64(1), q.int64(2), q.int64(3)});
    return out;
}

QList<Talker> topRejectedTalkers(const Workspace &ws, int limit)
{
    const char *fromCache = "SELECT src, dst, dport, proto, flows, packets, bytes FROM rejected_totals ORDER BY bytes DESC LIMIT ?1";
    const char *fromHours = "SELECT src, dst, dport, proto, SUM(flows), SUM(packets), SUM(bytes) AS b FROM rollup_talkers "
                            "WHERE action = 2 GROUP BY src, dst, dport, proto ORDER BY b DESC LIMIT ?1";
    sql::Statement q(ws.handle(), derivedCacheCurrent(ws, kRejectedTotalsKey) ? fromCache : fromHours);
    q.bind(1, limit);
    QList<Talker> out;
    while (q.step())
        out.append({formatStoredAddress(q.get(), 0), formatStoredAddress(q.get(), 1), q.int64(2), q.int64(3), q.int64(4),
                    q.int64(5), q.int64(6)});
    return out;
}

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

void rebuildRejectedTotals(Workspace &ws)
{
    sql::Transaction tx(ws.handle());
    sql::exec(ws.handle(), "DELETE FROM rejected_totals;"
                           "INSERT INTO rejected_totals SELECT src, dst, dport, proto, SUM(flows), SUM(packets), SUM(bytes) "
                           "FROM rollup_talkers WHERE action = 2 GROUP BY src, dst, dport, proto;");
    sql::exec(ws.handle(), derivedCacheStampSql(kRejectedTotalsKey).constData());
    tx.commit();
}

} // namespace vpclens
