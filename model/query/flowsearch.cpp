// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/flowsearch.h"


#include "base/logging.h"
#include "base/protocols.h"
#include "base/timerange.h"
#include "base/timetext.h"
#include "flowlog/flowbits.h"
#include "query/flowaggregates.h"
#include "query/flowqueries.h"
#include "query/recordcolumns.h"
#include "workspace/addresscolumn.h"
#include "workspace/conversationchunk.h"
#include "workspace/decisioncolumn.h"
#include "workspace/derivedcache.h"
#include "workspace/workspace.h"

#include <algorithm>
#include <array>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace vpclens {

namespace {

// The records of the keys given, in their order.
QList<FlowRecord> recordsOf(const Workspace &ws, const QList<FlowKey> &keys)
{
    sql::Statement q(ws.handle(), QStringLiteral("SELECT %1 FROM flows f WHERE f.id = ?1").arg(recordColumns(ws)).toStdString());
    QList<FlowRecord> out;
    out.reserve(keys.size());
    for (const FlowKey &k : keys) {
        q.bind(1, k.id);
        if (q.step())
            out.append(readRecord(q));
        q.reset();
    }
    return out;
}

struct Block {
    qint64 first, last, minStart, maxStart;
};

// Records of a filter in start-time order after (forward) or before a key. The blocks that can hold
// a start in [lo, hi] are those whose span overlaps it; their id ranges are read with the window and
// the key as conditions, each sorted (top `limit`), then merged. When the window holds fewer than
// `limit` records and more blocks lie beyond, it widens (x4) and reads again.
QList<FlowRecord> fetch(const Workspace &ws, const CompiledFilter &filter, FlowKey key, int limit, bool forward, bool keysOnly = false,
                        bool rejectedOnly = false)
{
    if (limit <= 0)
        return {};
    const bool scan = filter.empty || filter.columns;
    std::vector<Block> blocks;
    qint64 rows = 0;
    {
        sql::Statement q(ws.handle(), "SELECT first_id, last_id, min_start, max_start FROM flow_blocks ORDER BY first_id");
        while (q.step()) {
            const Block b{q.int64(0), q.int64(1), q.int64(2), q.int64(3)};
            rows += b.last - b.first + 1;
            // Only blocks on the far side of the key can hold what comes after it.
            if (forward ? b.maxStart >= key.start : b.minStart <= key.start)
                blocks.push_back(b);
        }
    }
    if (blocks.empty())
        return {};
    qint64 spanMin = std::numeric_limits<qint64>::max(), spanMax = std::numeric_limits<qint64>::min();
    for (const Block &b : blocks) {
        spanMin = std::min(spanMin, b.minStart);
        spanMax = std::max(spanMax, b.maxStart);
    }
    // The first window: wide enough for about twice the page at the workspace's average density.
    const qint64 from = forward ? std::max(key.start, spanMin) : std::min(key.start, spanMax);
    const double perSecond = double(std::max<qint64>(rows, 1)) / double(std::max<qint64>(spanMax - spanMin, 1));
    qint64 width = std::max<qint64>(60, qint64(2.0 * limit / perSecond));

    const QString condition = rejectedOnly ? flowbits::sql(QStringLiteral("(%1) AND {rejected}")).arg(filter.sql) : filter.sql;
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE (%3) AND f.id BETWEEN ? AND ? AND f.start BETWEEN ? AND ? "
                                       "AND (f.start %4 ? OR (f.start = ? AND f.id %4 ?)) ORDER BY f.start %5, f.id %5 LIMIT ?")
                            .arg(keysOnly ? QStringLiteral("f.id, f.start") : recordColumns(ws), filter.from(), condition, forward ? QStringLiteral(">") : QStringLiteral("<"),
                                 forward ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    std::optional<sql::Statement> q; // the SQL path's only
    if (!scan)
        q.emplace(ws.handle(), sql.toStdString());
    const int n = int(filter.params.size());
    for (;;) {
        const qint64 lo = forward ? from : addSeconds(from, -width);
        const qint64 hi = forward ? addSeconds(from, width) : from;
        const bool beyond = forward ? hi < spanMax : lo > spanMin;
        if (scan) { // the columns find the page's keys; its records are read by id
            const QList<FlowKey> keys = scanKeys(ws, filter.columns.get(), lo, hi, key, forward, limit, rejectedOnly);
            if (keys.size() >= limit || !beyond) {
                QList<FlowRecord> out = keysOnly ? QList<FlowRecord>() : recordsOf(ws, keys);
                if (keysOnly)
                    for (const FlowKey &k : keys) {
                        FlowRecord r;
                        r.id = k.id;
                        r.start = k.start;
                        out.append(r);
                    }
                return out;
            }
            width = width > std::numeric_limits<qint64>::max() / 4 ? std::numeric_limits<qint64>::max() : width * 4;
            continue;
        }
        // The id ranges of the blocks that overlap [lo, hi], adjacent ones joined.
        std::vector<std::pair<qint64, qint64>> ranges;
        for (const Block &b : blocks) {
            if (b.maxStart < lo || b.minStart > hi)
                continue;
            if (!ranges.empty() && ranges.back().second + 1 == b.first)
                ranges.back().second = b.last;
            else
                ranges.emplace_back(b.first, b.last);
        }
        QList<FlowRecord> out;
        for (const auto &[first, last] : ranges) {
            filter.bind(q->get());
            const qint64 values[] = {first, last, lo, hi, key.start, key.start, key.id, limit};
            for (int i = 0; i < 8; ++i)
                sqlite3_bind_int64(q->get(), n + 1 + i, values[i]);
            while (q->step()) {
                if (keysOnly) {
                    FlowRecord r;
                    r.id = q->int64(0);
                    r.start = q->int64(1);
                    out.append(r);
                } else {
                    out.append(readRecord(*q));
                }
            }
            sqlite3_reset(q->get());
        }
        std::sort(out.begin(), out.end(), [forward](const FlowRecord &a, const FlowRecord &b) {
            return forward ? keyOf(a) < keyOf(b) : keyOf(b) < keyOf(a);
        });
        if (out.size() > limit)
            out.resize(limit);
        if (out.size() >= limit || !beyond)
            return out;
        width = width > std::numeric_limits<qint64>::max() / 4 ? std::numeric_limits<qint64>::max() : width * 4;
    }
}

} // namespace

QList<FlowRecord> fetchFlows(const Workspace &ws, const CompiledFilter &filter, FlowKey after, int limit)
{
    return fetch(ws, filter, after, limit, true);
}

QList<FlowRecord> fetchFlowsBefore(const Workspace &ws, const CompiledFilter &filter, FlowKey before, int limit)
{
    return fetch(ws, filter, before, limit, false);
}

QList<FlowKey> fetchFlowKeys(const Workspace &ws, const CompiledFilter &filter, FlowKey from, int limit, bool forward)
{
    QList<FlowKey> out;
    for (const FlowRecord &r : fetch(ws, filter, from, limit, forward, true))
        out.append(keyOf(r));
    return out;
}

std::optional<FlowRecord> nextRejected(const Workspace &ws, const CompiledFilter &filter, FlowKey from, bool forward)
{
    const QList<FlowRecord> r = fetch(ws, filter, from, 1, forward, false, true);
    if (r.isEmpty())
        return std::nullopt;
    return r.first();
}

qint64 countFlows(const Workspace &ws, const CompiledFilter &filter, const std::atomic_bool *cancel)
{
    if (filter.empty || filter.columns) {
        try {
            return scanCount(ws, filter.columns.get(), cancel);
        } catch (const sql::Error &e) {
            logQueryFailure(lcQuery(), "count", e, cancel);
            return -1;
        }
    }
    sql::Statement q(ws.handle(), QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(filter.from(), filter.sql).toStdString());
    filter.bind(q.get());
    const sql::CancelGuard guard(ws.handle(), cancel);
    qint64 n = -1;
    try {
        if (q.step())
            n = q.int64(0);
    } catch (const sql::Error &e) {
        logQueryFailure(lcQuery(), "count", e, cancel);
        n = -1;
    }
    return n;
}

void forEachFlowKey(const Workspace &ws, const CompiledFilter &filter, FlowKey from, bool forward,
                    const std::function<bool(const FlowKey &)> &visit)
{
    if (filter.empty || filter.columns) {
        scanKeysInOrder(ws, filter.columns.get(), from, forward, visit);
        return;
    }
    constexpr int kBatch = 16384; // the SQL path: windows over flow_blocks, a batch at a time
    for (;;) {
        const QList<FlowKey> keys = fetchFlowKeys(ws, filter, from, kBatch, forward);
        for (const FlowKey &k : keys)
            if (!visit(k))
                return;
        if (keys.size() < kBatch)
            return;
        from = keys.last();
    }
}

MatchSpan matchSpan(const Workspace &ws, const CompiledFilter &filter)
{
    if (filter.empty || filter.columns)
        return scanSpan(ws, filter.columns.get());
    sql::Statement q(ws.handle(), QStringLiteral("SELECT COUNT(*), MIN(f.start), MAX(f.start) FROM %1 WHERE %2").arg(filter.from(), filter.sql).toStdString());
    filter.bind(q.get());
    MatchSpan s;
    if (q.step() && q.int64(0) > 0)
        s = {q.int64(0), q.int64(1), q.int64(2)};
    return s;
}

FilteredBuckets bucketsForFilter(const Workspace &ws, const CompiledFilter &filter, int bucketSeconds, qint64 from, qint64 to,
                                 Counting counting)
{
    FilteredBuckets out;
    const qint64 b = std::max(60, bucketSeconds);
    const bool everyRecord = counting == Counting::Records;
    // The rollups count whole minutes: a window bounded inside a minute is the records' to answer.
    const bool wholeMinutes = from % 60 == 0 && to % 60 == 0 && b % 60 == 0;
    if (filter.empty && !everyRecord && wholeMinutes) { // the rollup answers without touching the flows
        out.accepted = flowsPerBucket(ws, FlowAction::Accept, int(b), from, to);
        out.rejected = flowsPerBucket(ws, FlowAction::Reject, int(b), from, to);
        return out;
    }
    const bool fromRollup = filter.rollupable && !everyRecord && wholeMinutes;
    if (!fromRollup && (filter.empty || filter.columns))
        return scanBuckets(ws, filter.columns.get(), b, from, to, counting);
    // Filters on action, time and interfaces only: the per-minute, per-ENI rollup answers (same counting).
    const QString sql = filter.rollupable && !everyRecord && wholeMinutes
                            ? QStringLiteral("SELECT r.minute * 60 / ? * ?, r.action, SUM(r.flows), SUM(r.packets), SUM(r.bytes) FROM rollup_eni r "
                                             "WHERE (%1) AND r.minute * 60 >= ? AND r.minute * 60 < ? GROUP BY 1, 2 ORDER BY 1")
                                  .arg(filter.rollupSql)
                            : flowbits::sql(QStringLiteral("SELECT f.start / ? * ?, {action}, COUNT(*), SUM(MAX(f.packets, 0)), SUM(MAX(f.bytes, 0)) FROM %1 "
                                                           "WHERE (%2) AND %3 {ok} AND f.start >= ? AND f.start < ? "
                                                           "GROUP BY 1, 2 ORDER BY 1"))
                                  .arg(filter.from(), filter.sql, everyRecord ? QString() : flowbits::sql(QStringLiteral("{counted} AND")));
    sql::Statement q(ws.handle(), sql.toStdString());
    sqlite3_bind_int64(q.get(), 1, b);
    sqlite3_bind_int64(q.get(), 2, b);
    filter.bind(q.get(), 3);
    const int n = 3 + int(filter.params.size());
    sqlite3_bind_int64(q.get(), n, from);
    sqlite3_bind_int64(q.get(), n + 1, to > 0 ? to : std::numeric_limits<qint64>::max());
    while (q.step()) {
        const TimeBucket t{q.int64(0), q.int64(2), q.int64(3), q.int64(4)};
        if (q.int64(1) == 1)
            out.accepted.append(t);
        else if (q.int64(1) == 2)
            out.rejected.append(t);
    }
    return out;
}

namespace {

// A top list kept in the workspace (a cache derived from the flow imports): rebuilt first when a
// newer import made it stale, then read (label from the row, count in column 2). nullopt when it
// cannot be rebuilt (a busy or read-only workspace): the caller answers from the rollup.
template <typename Label>
std::optional<QList<QPair<QString, qint64>>> readDerivedCache(const Workspace &ws, const char *key, void (*rebuild)(const Workspace &),
                                                             const char *sql, int limit, Label label)
{
    if (!derivedCacheCurrent(ws, key))
        rebuild(ws);
    if (!derivedCacheCurrent(ws, key))
        return std::nullopt;
    sql::Statement q(ws.handle(), sql);
    q.bind(1, limit);
    QList<QPair<QString, qint64>> out;
    while (q.step())
        out.append({label(q), q.int64(2)});
    return out;
}

} // namespace

namespace {

// All-time rejected records per (protocol, port), kept in the workspace (a cache derived from the
// flow imports, see derivedCacheCurrent). Opening a workspace asks for it first.
constexpr const char *kRejectedPortsKey = "rejected_ports_import";

// Rejected records per (protocol, port) over the hours given, most first (then by protocol and port);
// ICMP's "port" (its type and code) is not a service: ICMP counts under port 0.
QList<std::array<qint64, 3>> rejectedPerPort(const Workspace &ws, QPair<qint64, qint64> hours)
{
    std::unordered_map<qint64, qint64> counts;
    forEachConversationSum(ws.handle(), hours.first, hours.second, ConversationActions::RejectedOnly, [&](const ConversationSum &t) {
        const qint64 port = t.protocol == 1 || t.protocol == 58 ? 0 : t.dstPort;
        counts[(t.protocol << 32) | (port & 0xffffffff)] += t.flows;
    });
    QList<std::array<qint64, 3>> out;
    out.reserve(qsizetype(counts.size()));
    for (const auto &[key, flows] : counts)
        out.append({key >> 32, qint64(std::int32_t(key & 0xffffffff)), flows});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return std::tie(b[2], a[0], a[1]) < std::tie(a[2], b[0], b[1]);
    });
    return out;
}

void rebuildRejectedPorts(const Workspace &ws)
{
    try {
        const auto perPort = rejectedPerPort(ws, TimeRange{}.hours());
        const Workspace::BriefWait brief(ws);
        sql::Transaction tx(ws.handle());
        sql::exec(ws.handle(), "DELETE FROM rejected_ports");
        sql::Statement add(ws.handle(), "INSERT INTO rejected_ports(proto, dport, flows) VALUES(?1, ?2, ?3)");
        for (const auto &p : perPort)
            add.bind(1, p[0]).bind(2, p[1]).bind(3, p[2]).run();
        sql::exec(ws.handle(), derivedCacheStampSql(kRejectedPortsKey).constData());
        tx.commit();
    } catch (const sql::Error &e) { // busy or read-only: answered from the conversation chunks instead
        qCInfo(lcQuery) << "rejected ports not kept:" << e.what();
    }
}

} // namespace

QList<QPair<QString, qint64>> topRejectedPorts(const Workspace &ws, qint64 from, qint64 to, int limit)
{
    if (from <= 0 && to <= 0)
        if (auto cached = readDerivedCache(ws, kRejectedPortsKey, rebuildRejectedPorts,
                                           "SELECT proto, dport, flows FROM rejected_ports ORDER BY 3 DESC, 1, 2 LIMIT ?1", limit,
                                           [](const sql::Statement &q) { return protocolPortLabel(int(q.int64(0)), q.int64(1)); }))
            return *cached;
    QList<QPair<QString, qint64>> out;
    for (const auto &p : rejectedPerPort(ws, TimeRange{from, to}.hours())) {
        if (out.size() >= limit)
            break;
        out.append({protocolPortLabel(int(p[0]), p[1]), p[2]});
    }
    return out;
}

QList<QPair<QString, qint64>> topRejectedPorts(const Workspace &ws, const CompiledFilter &filter, int limit)
{
    if (filter.empty || filter.columns)
        return scanRejectedPorts(ws, filter.columns.get(), limit);
    // Rejected, counted sightings only, log status OK.
    const QString sql = flowbits::sql(QStringLiteral("SELECT f.proto, CASE WHEN f.proto IN (1, 58) THEN 0 ELSE MAX(f.dport, 0) END, COUNT(*) FROM %1 "
                                                     "WHERE (%2) AND {rejected} AND {counted} AND {ok} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?"))
                            .arg(filter.from(), filter.sql);
    sql::Statement q(ws.handle(), sql.toStdString());
    filter.bind(q.get(), 1);
    sqlite3_bind_int64(q.get(), int(filter.params.size()) + 1, limit);
    QList<QPair<QString, qint64>> out;
    while (q.step())
        out.append({protocolPortLabel(int(q.int64(0)), q.int64(1)), q.int64(2)});
    return out;
}

namespace {

// The all-time top talkers, kept in the workspace like the rejected ports: summing every conversation chunk
// takes 0.2-0.3 s on 10 million records, and opening a workspace asks for it.
constexpr const char *kTopTalkersKey = "top_talkers_import";
constexpr int kTopTalkersKept = 50;

// Bytes sent and received per address over the hours given, most first (then in stored order).
QList<QPair<IpAddress, qint64>> bytesPerAddress(const Workspace &ws, QPair<qint64, qint64> hours, int limit)
{
    QHash<IpAddress, qint64> bytes;
    forEachConversationSum(ws.handle(), hours.first, hours.second, ConversationActions::All, [&](const ConversationSum &t) {
        bytes[t.src] += t.bytes;
        bytes[t.dst] += t.bytes;
    });
    QList<QPair<IpAddress, qint64>> out;
    out.reserve(bytes.size());
    for (auto it = bytes.cbegin(); it != bytes.cend(); ++it)
        out.append({it.key(), it.value()});
    const auto n = std::min<qsizetype>(out.size(), std::max(limit, 0));
    std::partial_sort(out.begin(), out.begin() + n, out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : storedAddressLess(a.first, b.first);
    });
    out.resize(n);
    return out;
}

void rebuildTopTalkers(const Workspace &ws)
{
    try {
        const auto top = bytesPerAddress(ws, TimeRange{}.hours(), kTopTalkersKept);
        const Workspace::BriefWait brief(ws);
        sql::Transaction tx(ws.handle());
        sql::exec(ws.handle(), "DELETE FROM top_talkers");
        sql::Statement add(ws.handle(), "INSERT INTO top_talkers(addr, bytes) VALUES(?1, ?2)");
        for (const auto &[address, bytes] : top) {
            bindAddress(add.get(), 1, address);
            add.bind(2, bytes).run();
        }
        sql::exec(ws.handle(), derivedCacheStampSql(kTopTalkersKey).constData());
        tx.commit();
    } catch (const sql::Error &e) { // busy or read-only: answered from the conversation chunks instead
        qCInfo(lcQuery) << "top talkers not kept:" << e.what();
    }
}

} // namespace

QList<QPair<QString, qint64>> topTalkers(const Workspace &ws, qint64 from, qint64 to, int limit)
{
    if (from <= 0 && to <= 0 && limit <= kTopTalkersKept)
        if (auto cached = readDerivedCache(ws, kTopTalkersKey, rebuildTopTalkers, "SELECT addr, 0, bytes FROM top_talkers ORDER BY 3 DESC, 1 LIMIT ?1",
                                           limit, [](const sql::Statement &q) { return formatStoredAddress(q.get(), 0); }))
            return *cached;
    QList<QPair<QString, qint64>> out;
    for (const auto &[address, bytes] : bytesPerAddress(ws, TimeRange{from, to}.hours(), limit))
        out.append({formatIp(address), bytes});
    return out;
}

int bucketSecondsFor(qint64 span, int maxBuckets)
{
    for (int s : {60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200})
        if (span / s <= maxBuckets)
            return s;
    return 86400;
}

QPair<qint64, qint64> flowTimeSpan(const Workspace &ws)
{
    sql::Statement q(ws.handle(), "SELECT MIN(minute), MAX(minute) FROM rollup_time");
    if (!q.step() || q.isNull(0))
        return {0, 0};
    return {q.int64(0) * 60, q.int64(1) * 60 + 59};
}

QString tcpFlagsText(int flags)
{
    if (flags < 0)
        return {};
    static const char *names[] = {"FIN", "SYN", "RST", "PSH", "ACK", "URG"};
    QStringList out;
    for (int i = 0; i < 6; ++i)
        if (flags & (1 << i))
            out << QLatin1String(names[i]);
    return out.isEmpty() ? QString::number(flags) : out.join(QLatin1Char(','));
}

QString serviceName(int protocol, int port)
{
    static const QHash<int, const char *> tcp{{20, "ftp-data"}, {21, "ftp"}, {22, "ssh"}, {23, "telnet"}, {25, "smtp"}, {53, "domain"},
                                              {80, "http"}, {110, "pop3"}, {143, "imap"}, {389, "ldap"}, {443, "https"}, {445, "microsoft-ds"},
                                              {993, "imaps"}, {1433, "ms-sql"}, {1521, "oracle"}, {2049, "nfs"}, {3306, "mysql"},
                                              {3389, "rdp"}, {5432, "postgresql"}, {5439, "redshift"}, {6379, "redis"}, {8080, "http-alt"},
                                              {8443, "https-alt"}, {9092, "kafka"}, {9200, "elasticsearch"}, {27017, "mongodb"}};
    static const QHash<int, const char *> udp{{53, "domain"}, {67, "dhcp"}, {123, "ntp"}, {161, "snmp"}, {500, "isakmp"}, {514, "syslog"},
                                              {4500, "ipsec-nat-t"}};
    const char *name = protocol == 6 ? tcp.value(port) : protocol == 17 ? udp.value(port) : nullptr;
    return name ? QLatin1String(name) : QString();
}

} // namespace vpclens
