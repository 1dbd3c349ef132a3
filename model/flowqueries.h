// SPDX-License-Identifier: GPL-3.0-or-later
// Aggregate queries that interactive views (charts, graph overlay, top lists) run on the rollups.
#pragma once

#include "flowlineparser.h"
#include "flowrow.h"
#include "ipaddress.h"

#include <sqlite3.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vpclens {

class Workspace;

struct TimeBucket {
    std::int64_t start = 0; // epoch seconds
    std::int64_t flows = 0, packets = 0, bytes = 0;
};

struct Talker {
    QString src, dst;
    std::int64_t dstPort = 0, protocol = 0;
    std::int64_t flows = 0, packets = 0, bytes = 0;
};

// Records per bucket (seconds, a multiple of 60) for one action, over [from, to) (0, 0 = everything).
QList<TimeBucket> flowsPerBucket(const Workspace &ws, FlowAction action, int bucketSeconds, std::int64_t from = 0, std::int64_t to = 0);

// The top conversations by bytes among rejected records over everything.
QList<Talker> topRejectedTalkers(const Workspace &ws, int limit = 20);

// Rebuilds the all-time rejected totals from the talker chunks (run once after an import run).
void rebuildRejectedTotals(Workspace &ws);

// Caches derived from the flow imports carry the newest flow import's id in a meta key: current
// while it still is the newest. The stamp is SQL to run in the transaction that rebuilds the cache.
bool derivedCacheCurrent(const Workspace &ws, const char *metaKey);
QByteArray derivedCacheStampSql(const char *metaKey);

// An address column as text: IPv4 integers and IPv6 blobs, "-" when absent.
QString formatStoredAddress(sqlite3_stmt *stmt, int column);
// The same address as a value: IPv4 stored as an integer, IPv6 as 16 bytes; empty for NULL ("-").
std::optional<IpAddress> storedAddress(sqlite3_stmt *stmt, int column);
// Binds an address the way it is stored: IPv4 as an integer, IPv6 as a 16-byte blob.
void bindStoredAddress(sqlite3_stmt *stmt, int column, const IpAddress &address);
// The order SQLite gives stored addresses: IPv4 (integers) first, then IPv6 (blobs) byte by byte.
bool storedAddressLess(const IpAddress &a, const IpAddress &b);

// A flows row back as the import built it: these columns of `flows f`, read from column `first` on.
inline constexpr const char *kStoredRowColumns = "f.start, f.dur, f.eni, f.src, f.dst, f.sport, f.dport, f.proto, f.packets, f.bytes, f.bits";
// "SELECT <before>" kStoredRowColumns " <after>": appended in place (GCC 12 warns, falsely, of
// std::string's operator+ on literals).
inline std::string selectStoredRows(std::string_view before, std::string_view after)
{
    std::string sql("SELECT ");
    sql.append(before).append(kStoredRowColumns).append(" ").append(after);
    return sql;
}
FlowRow storedRow(sqlite3_stmt *stmt, int first);

} // namespace vpclens
