// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowimporter.h"

#include "connectionrepair.h"
#include "estate.h"
#include "filecollector.h"
#include "flowparsejob.h"
#include "flowqueries.h"
#include "flowrollups.h"
#include "importfeedback.h"
#include "processstats.h"
#include "timetext.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <pthread.h>
#include <thread>

Q_LOGGING_CATEGORY(lcFlows, "vpclens.import.flows")

namespace vpclens {
namespace {

constexpr std::int64_t kBlockRows = 4096;
constexpr int kRowsPerInsert = 32; // one multi-row INSERT: fewer statement executions per record
constexpr int kBoundColumns = 11;  // start .. bits; `file` is the constant 0 (flow_blocks say which file holds a row)

// flows.file is written as 0, which SQLite keeps in the record header alone: the file of a row is
// the one whose flow_blocks range holds its id, so the column would repeat it at 2-3 bytes a row.
std::string multiRowInsert()
{
    std::string sql = "INSERT INTO flows(file, start, dur, eni, src, dst, sport, dport, proto, packets, bytes, bits) VALUES";
    for (int r = 0; r < kRowsPerInsert; ++r)
        sql += r ? ",(0,?,?,?,?,?,?,?,?,?,?,?)" : "(0,?,?,?,?,?,?,?,?,?,?,?)";
    return sql;
}

FlowParseSetup loadSetup(Workspace &ws, const QStringList &files, const FlowImportOptions &options)
{
    FlowParseSetup setup;
    setup.files = files;
    sqlite3 *db = ws.handle();
    {
        sql::Statement q(db, "SELECT id, s FROM strings");
        while (q.step()) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 1));
            setup.strings.emplace(std::string(text, std::size_t(sqlite3_column_bytes(q.get(), 1))), q.int64(0));
            setup.nextStringId = std::max(setup.nextStringId, q.int64(0) + 1);
        }
    }
    {
        sql::Statement q(db, "SELECT id, raw FROM current_resources WHERE kind = 'flow-log'");
        while (q.step()) {
            const QString format = QJsonDocument::fromJson(q.text(1).toUtf8()).object().value(QLatin1String("LogFormat")).toString();
            if (format.isEmpty())
                continue;
            QString why;
            if (auto f = FlowLogFormat::fromAwsSyntax(format, &why))
                setup.flowLogFormats.insert(q.text(0), *f);
            else
                setup.warnings.append(QStringLiteral("flow log %1: its LogFormat is not used (%2); its files without a header are read "
                                                     "with --format or the default format").arg(q.text(0), why));
        }
    }
    // Who owns each address (private and public IPv4, IPv6), as the rule trace knows it. In the
    // order of the interfaces' ids, so an address two exports give to two interfaces has one owner.
    const Estate estate = Estate::fromWorkspace(ws);
    QStringList eniIds = estate.enis.keys();
    eniIds.sort();
    for (const QString &id : eniIds) {
        const Eni &eni = estate.enis[id];
        const std::string owner = id.toStdString();
        for (const auto *addresses : {&eni.privateIps, &eni.publicIps})
            for (const IpAddress &a : *addresses) {
                if (a.isV4())
                    setup.ipv4Owner.emplace(a.v4(), owner);
                else
                    setup.ipv6Owner.emplace(a.bytes(), owner);
            }
    }
    if (!options.format.isEmpty())
        setup.userFormat = FlowLogFormat::fromAwsSyntax(options.format);
    return setup;
}

// "file:line: bad line (reason)", with what a wrong number of fields means.
QString badLineMessage(const QString &path, const BadLineRow &bad)
{
    QString m = QStringLiteral("%1:%2: bad line (%3)").arg(path).arg(bad.line).arg(QLatin1String(badLineReason(bad.reason)));
    if (bad.reason == BadLine::FieldCount && bad.expected >= 0) {
        m += QStringLiteral(": expected %1 fields, found %2").arg(bad.expected).arg(bad.found);
        if (bad.headerless)
            m += QStringLiteral("; the file has no header line, so its format was assumed: give it with --format '${version} ${account-id} ...'");
    }
    return m;
}

// Writes the batches of one import; owns the per-file transaction.
class FlowWriter
{
public:
    FlowWriter(Workspace &ws, FlowImportResult &result)
        : m_db(ws.handle())
        , m_result(result)
        , m_insertFlow(m_db, "INSERT INTO flows(file, start, dur, eni, src, dst, sport, dport, proto, packets, bytes, bits) "
                             "VALUES(0, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        , m_insertMany(m_db, multiRowInsert())
        , m_insertExtra(m_db, "INSERT INTO flow_extra(id, vpc, subnet, instance, tcp_flags, type, pkt_src, pkt_dst, region, az, "
                              "direction, traffic_path, reject_reason, rest) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
        , m_insertString(m_db, "INSERT OR IGNORE INTO strings(id, s) VALUES(?1, ?2)")
        , m_insertError(m_db, "INSERT INTO import_errors(import_id, file, line, reason, text) VALUES(?1, ?2, ?3, ?4, ?5)")
        , m_addImport(m_db, "INSERT INTO imports(kind, path, size, imported_at, format, status) VALUES('flows', ?1, ?2, ?3, ?4, 'partial')")
        , m_sameContent(m_db, "SELECT path FROM imports WHERE kind = 'flows' AND status = 'ok' AND hash = ?1 AND size = ?2 AND id <> ?3")
        , m_samePath(m_db, "SELECT id FROM imports WHERE kind = 'flows' AND path = ?1 AND id <> ?2")
        , m_finishImport(m_db, "UPDATE imports SET status = 'ok', hash = ?1, records = ?2, bad_lines = ?3 WHERE id = ?4")
        , m_addBlock(m_db, "INSERT INTO flow_blocks(file, first_id, last_id, min_start, max_start) VALUES(?1, ?2, ?3, ?4, ?5)")
        , m_counted(m_db)
        , m_rollups(m_db)
    {
    }

    void handle(FlowBatch &b)
    {
        switch (b.kind) {
        case FlowBatch::Kind::BeginFile: begin(b); break;
        case FlowBatch::Kind::Rows: rows(b); break;
        case FlowBatch::Kind::EndFile: end(b); break;
        case FlowBatch::Kind::FailedFile: failed(b); break;
        case FlowBatch::Kind::DiscardFile: discard(b); break;
        }
    }

    // The start times of rows the parsing thread's matcher saw but that were not written (a file
    // discarded or skipped as a duplicate): the connections there are decided again after the import.
    const std::vector<std::pair<std::int64_t, std::int64_t>> &unwrittenSpans() const { return m_unwritten; }

    void abort() noexcept
    {
        if (m_inFile) {
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr); // SQLite may have rolled back already (disk full)
            m_inFile = false;
        }
    }

private:
    void begin(const FlowBatch &b)
    {
        sql::exec(m_db, "BEGIN IMMEDIATE");
        m_inFile = true;
        sql::Statement &add = m_addImport;
        add.bind(1, b.path).bind(2, b.size).bind(3, QDateTime::currentSecsSinceEpoch());
        // The format is stored only when it is not the default (NULL = default), once per file.
        static const QString defaultHeader = FlowLogFormat::defaultFormat().toHeader();
        b.format == defaultHeader ? add.bindNull(4) : add.bind(4, b.format);
        add.run();
        m_importId = sqlite3_last_insert_rowid(m_db);
        m_path = b.path;
        m_records = m_bad = 0;
        m_firstId = -1;
        m_blockRows = 0;
        m_pendingStrings.clear();
    }

    void rows(const FlowBatch &b)
    {
        for (const auto &[id, text] : b.newStrings) {
            m_insertString.bind(1, id).bind(2, std::string_view(text)).run();
            if (m_inFile)
                m_pendingStrings.emplace_back(id, text);
        }
        // Rows go in 32 at a time; the rest one by one. Row ids are consecutive inside the transaction.
        const std::size_t n = b.rows.size();
        std::size_t i = 0;
        for (; i + kRowsPerInsert <= n; i += kRowsPerInsert) {
            sqlite3_stmt *s = m_insertMany.get();
            for (int k = 0; k < kRowsPerInsert; ++k)
                bindRow(s, k * kBoundColumns, b.rows[i + std::size_t(k)]);
            m_insertMany.step();
            sqlite3_reset(s);
            const std::int64_t last = sqlite3_last_insert_rowid(m_db);
            for (int k = 0; k < kRowsPerInsert; ++k)
                afterInsert(b, b.rows[i + std::size_t(k)], last - kRowsPerInsert + 1 + k);
        }
        for (; i < n; ++i) {
            sqlite3_stmt *s = m_insertFlow.get();
            bindRow(s, 0, b.rows[i]);
            m_insertFlow.step();
            sqlite3_reset(s);
            afterInsert(b, b.rows[i], sqlite3_last_insert_rowid(m_db));
        }
        m_records += std::int64_t(b.rows.size());
        for (const BadLineRow &bad : b.bad) {
            m_insertError.bind(1, m_importId).bind(2, m_path).bind(3, bad.line).bind(4, std::string_view(badLineReason(bad.reason)))
                .bind(5, std::string_view(bad.text)).run();
            if (m_result.messages.size() < 200)
                m_result.messages.append(badLineMessage(m_path, bad));
        }
        m_bad += std::int64_t(b.bad.size());
    }

    void bindRow(sqlite3_stmt *s, int base, const FlowRow &r)
    {
        sqlite3_bind_int64(s, base + 1, r.start);
        sqlite3_bind_int64(s, base + 2, r.end - r.start);
        r.eni ? sqlite3_bind_int64(s, base + 3, r.eni) : sqlite3_bind_null(s, base + 3);
        bindAddress(s, base + 4, r.src);
        bindAddress(s, base + 5, r.dst);
        const std::int64_t optional[] = {r.srcPort, r.dstPort, r.protocol, r.packets, r.bytes};
        for (int k = 0; k < 5; ++k)
            optional[k] >= 0 ? sqlite3_bind_int64(s, base + 6 + k, optional[k]) : sqlite3_bind_null(s, base + 6 + k);
        sqlite3_bind_int64(s, base + 11, r.bits);
    }

    void afterInsert(const FlowBatch &b, const FlowRow &r, std::int64_t id)
    {
        if (m_firstId < 0)
            m_firstId = id;
        if (r.extra >= 0)
            writeExtra(id, b.extras[std::size_t(r.extra)]);
        trackBlock(id, r.start);
    }

    void writeExtra(std::int64_t id, const FlowExtraRow &x)
    {
        sqlite3_stmt *s = m_insertExtra.get();
        sqlite3_bind_int64(s, 1, id);
        const std::int64_t ids[] = {x.vpc, x.subnet, x.instance};
        for (int k = 0; k < 3; ++k)
            ids[k] ? sqlite3_bind_int64(s, 2 + k, ids[k]) : sqlite3_bind_null(s, 2 + k);
        x.tcpFlags >= 0 ? sqlite3_bind_int64(s, 5, x.tcpFlags) : sqlite3_bind_null(s, 5);
        x.type >= 0 ? sqlite3_bind_int64(s, 6, x.type) : sqlite3_bind_null(s, 6);
        bindAddress(s, 7, x.pktSrc);
        bindAddress(s, 8, x.pktDst);
        x.region ? sqlite3_bind_int64(s, 9, x.region) : sqlite3_bind_null(s, 9);
        x.az ? sqlite3_bind_int64(s, 10, x.az) : sqlite3_bind_null(s, 10);
        x.direction >= 0 ? sqlite3_bind_int64(s, 11, x.direction) : sqlite3_bind_null(s, 11);
        x.trafficPath >= 0 ? sqlite3_bind_int64(s, 12, x.trafficPath) : sqlite3_bind_null(s, 12);
        x.rejectReason ? sqlite3_bind_int64(s, 13, x.rejectReason) : sqlite3_bind_null(s, 13);
        x.rest.empty() ? sqlite3_bind_null(s, 14) : sqlite3_bind_text(s, 14, x.rest.data(), int(x.rest.size()), SQLITE_TRANSIENT);
        m_insertExtra.step();
        sqlite3_reset(s);
    }

    void trackBlock(std::int64_t id, std::int64_t start)
    {
        if (m_blockRows == 0) {
            m_blockFirst = id;
            m_blockMin = m_blockMax = start;
        }
        m_blockLast = id;
        m_blockMin = std::min(m_blockMin, start);
        m_blockMax = std::max(m_blockMax, start);
        if (++m_blockRows == kBlockRows)
            flushBlock();
    }

    void flushBlock()
    {
        if (m_blockRows == 0)
            return;
        m_addBlock.bind(1, m_importId).bind(2, m_blockFirst).bind(3, m_blockLast).bind(4, m_blockMin).bind(5, m_blockMax).run();
        m_blockRows = 0;
    }

    // Removes an earlier import of this path (other content): its rows, its rollup sums, its talker
    // chunks, its errors.
    void removeImport(std::int64_t oldId)
    {
        sql::Statement blocks(m_db, "SELECT first_id, last_id FROM flow_blocks WHERE file = ?1");
        blocks.bind(1, oldId);
        const char *subtract[] = {
            "INSERT INTO rollup_time(minute, action, flows, packets, bytes) SELECT start / 60, bits & 3, -COUNT(*), "
            "-TOTAL(packets), -TOTAL(bytes) FROM flows WHERE id BETWEEN ?1 AND ?2 AND (bits & 28) = 16 AND src IS NOT NULL "
            "AND dst IS NOT NULL GROUP BY 1, 2 ON CONFLICT DO UPDATE SET flows = flows + excluded.flows, "
            "packets = packets + excluded.packets, bytes = bytes + excluded.bytes",
            "INSERT INTO rollup_eni(minute, eni, action, flows, packets, bytes) SELECT start / 60, eni, bits & 3, -COUNT(*), "
            "-TOTAL(packets), -TOTAL(bytes) FROM flows WHERE id BETWEEN ?1 AND ?2 AND (bits & 28) = 16 AND src IS NOT NULL "
            "AND dst IS NOT NULL GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET flows = flows + excluded.flows, "
            "packets = packets + excluded.packets, bytes = bytes + excluded.bytes",
            "DELETE FROM flow_extra WHERE id BETWEEN ?1 AND ?2",
            "DELETE FROM flows WHERE id BETWEEN ?1 AND ?2",
        };
        std::vector<std::pair<std::int64_t, std::int64_t>> ranges;
        while (blocks.step())
            ranges.emplace_back(blocks.int64(0), blocks.int64(1));
        for (const auto &[first, last] : ranges)
            for (const char *q : subtract)
                sql::Statement(m_db, q).bind(1, first).bind(2, last).run();
        for (const char *q : {"DELETE FROM flow_blocks WHERE file = ?1", "DELETE FROM talker_chunks WHERE file = ?1",
                              "DELETE FROM import_errors WHERE import_id = ?1", "DELETE FROM imports WHERE id = ?1"})
            sql::Statement(m_db, q).bind(1, oldId).run();
        sql::exec(m_db, "DELETE FROM rollup_time WHERE flows = 0; DELETE FROM rollup_eni WHERE flows = 0");
    }

    void end(const FlowBatch &b)
    {
        FlowFileReport report{b.path, QStringLiteral("imported"), m_records, m_bad, b.message};
        // The same bytes already imported (under this or another path): skip, naming both.
        sql::Statement &same = m_sameContent;
        same.bind(1, b.hash).bind(2, b.size).bind(3, m_importId);
        const QString other = same.step() ? same.text(0) : QString();
        same.reset();
        if (!other.isEmpty()) {
            dropFileInFlight(b);
            report.status = QStringLiteral("duplicate");
            report.records = report.badLines = 0;
            report.message = QStringLiteral("%1: skipped, same size and content as %2, imported before").arg(b.path, other);
            m_result.messages.append(report.message);
            ++m_result.filesSkipped;
            m_result.files.append(report);
            return;
        }
        sql::Statement &previous = m_samePath;
        previous.bind(1, b.path).bind(2, m_importId);
        std::vector<std::int64_t> old;
        while (previous.step())
            old.push_back(previous.int64(0));
        previous.reset();
        // A damaged copy (cut short, altered) does not replace a whole import of the same path.
        if (!old.empty() && !b.message.isEmpty() && !isDamaged(old.back())) {
            dropFileInFlight(b);
            report.status = QStringLiteral("kept");
            report.records = report.badLines = 0;
            report.message = QStringLiteral("%1: not imported, the import of this path before was whole and this copy is damaged (%2)")
                                 .arg(b.path, b.message);
            m_result.messages.append(report.message);
            ++m_result.filesSkipped;
            m_result.files.append(report);
            return;
        }
        for (std::int64_t id : old)
            removeImport(id);
        if (!old.empty())
            report.status = QStringLiteral("replaced");
        flushBlock();
        if (b.rollups)
            b.rollups->write(m_rollups, m_importId);
        applyUncounts(b);
        m_finishImport.bind(1, b.hash).bind(2, m_records).bind(3, m_bad).bind(4, m_importId).run();
        if (!b.message.isEmpty()) {
            m_insertError.bind(1, m_importId).bind(2, m_path).bind(3, 0).bind(4, std::string_view(b.damageReason))
                .bind(5, b.message).run();
            m_result.messages.append(b.message);
        }
        for (const auto &[reason, count] : b.unlisted) {
            const QString text = QStringLiteral("%1 more bad lines (%2) not listed one by one").arg(count).arg(QLatin1String(badLineReason(reason)));
            m_insertError.bind(1, m_importId).bind(2, m_path).bind(3, 0).bind(4, std::string_view("more")).bind(5, text).run();
            m_bad += count;
        }
        report.badLines = m_bad;
        if (!b.unlisted.empty())
            m_finishImport.bind(1, b.hash).bind(2, m_records).bind(3, m_bad).bind(4, m_importId).run();
        sql::exec(m_db, "COMMIT");
        m_inFile = false;
        if (m_firstId >= 0)
            m_written.emplace(b.fileIndex, WrittenFile{m_importId, m_firstId});
        ++m_result.filesImported;
        m_result.records += m_records;
        m_result.badLines += m_bad;
        m_result.files.append(report);
    }

    // Rows sent before that stop counting now that a better sighting stands for their connection
    // (connectionmatcher.h): their bit is cleared and their sums taken out, into a talker chunk of
    // their own file, so replacing either file later keeps the sums and the bits in step. Rows of a
    // file that was not written (a duplicate) are left alone.
    void applyUncounts(const FlowBatch &b)
    {
        for (const Uncount &u : b.uncount) {
            if (u.file == b.fileIndex) {
                if (m_firstId >= 0)
                    m_counted.set(m_firstId + u.ordinal, m_importId, false);
            } else if (const auto it = m_written.find(u.file); it != m_written.end()) {
                m_counted.set(it->second.firstId + u.ordinal, it->second.importId, false);
            }
        }
        m_counted.write(m_rollups);
    }

    bool isDamaged(std::int64_t importId)
    {
        sql::Statement q(m_db, "SELECT 1 FROM import_errors WHERE import_id = ?1 AND line = 0 AND reason IN ('truncated', 'altered')");
        q.bind(1, importId);
        return q.step();
    }

    void discard(const FlowBatch &b) { dropFileInFlight(b); }

    // Forgets the file in flight: its transaction rolled back, the strings it interned put back (the
    // parsing thread knows them), its bad-line messages withdrawn, and the span of its rows noted for
    // deciding their connections again (the matcher saw them).
    void dropFileInFlight(const FlowBatch &b)
    {
        abort();
        restorePendingStrings();
        m_result.messages.removeIf([&](const QString &m) { return m.startsWith(b.path + QLatin1Char(':')); });
        if (b.minStart <= b.maxStart)
            m_unwritten.emplace_back(b.minStart, b.maxStart);
    }

    void failed(const FlowBatch &b)
    {
        sql::Transaction tx(m_db);
        sql::Statement add(m_db, "INSERT INTO imports(kind, path, size, imported_at, status) VALUES('flows', ?1, ?2, ?3, 'failed')");
        add.bind(1, b.path).bind(2, QFileInfo(b.path).size()).bind(3, QDateTime::currentSecsSinceEpoch()).run();
        const std::int64_t id = sqlite3_last_insert_rowid(m_db);
        m_insertError.bind(1, id).bind(2, b.path).bind(3, 0).bind(4, std::string_view("file")).bind(5, b.message).run();
        tx.commit();
        ++m_result.filesFailed;
        m_result.messages.append(b.message);
        m_result.files.append({b.path, QStringLiteral("failed"), 0, 0, b.message});
    }

    void restorePendingStrings()
    {
        for (const auto &[id, text] : m_pendingStrings)
            m_insertString.bind(1, id).bind(2, std::string_view(text)).run();
        m_pendingStrings.clear();
    }

    sqlite3 *m_db; // not owned
    FlowImportResult &m_result;
    sql::Statement m_insertFlow, m_insertMany, m_insertExtra, m_insertString, m_insertError;
    // Per file, prepared once for the whole import.
    sql::Statement m_addImport, m_sameContent, m_samePath, m_finishImport, m_addBlock;
    CountedEdits m_counted;
    FlowRollups::Statements m_rollups;
    struct WrittenFile {
        std::int64_t importId, firstId;
    };
    std::map<int, WrittenFile> m_written; // the files of this import that were written, by index
    std::int64_t m_firstId = -1;          // of the file in flight, -1 before its first row
    bool m_inFile = false;
    std::int64_t m_importId = 0;
    QString m_path;
    std::int64_t m_records = 0, m_bad = 0;
    std::int64_t m_blockRows = 0, m_blockFirst = 0, m_blockLast = 0, m_blockMin = 0, m_blockMax = 0;
    std::vector<std::pair<std::int64_t, std::string>> m_pendingStrings;
    std::vector<std::pair<std::int64_t, std::int64_t>> m_unwritten;
};

// S3 delivers each flow log's records in files named for the end of their delivery window
// (..._fl-0abc_20250601T0820Z_hash.log.gz). Read in path order, a whole day of one flow log would come
// before the next flow log's; read in window order, the two sightings of a connection between
// interfaces in two flow logs arrive close together (connectionmatcher.h). Files without the stamp
// keep their path order, before the stamped ones.
void sortByDeliveryTime(QStringList &files)
{
    static const QRegularExpression stamp(QStringLiteral("_(\\d{8}T\\d{4})Z_[^/]*$"));
    std::vector<std::pair<QString, QString>> keyed; // stamp, path
    keyed.reserve(std::size_t(files.size()));
    for (const QString &f : files)
        keyed.emplace_back(stamp.match(f).captured(1), f);
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (qsizetype i = 0; i < files.size(); ++i)
        files[i] = keyed[std::size_t(i)].second;
}

// Where the new records' hours overlap the earlier records', the connections there are decided again
// over both (in one transaction): a sender's record imported before stops counting when its
// receiver's arrives now, and the other way round.
void pairWithEarlierImports(Workspace &ws, qint64 lastIdBefore)
{
    auto span = [&](const char *sql) -> std::pair<qint64, qint64> {
        sql::Statement q(ws.handle(), sql);
        q.bind(1, lastIdBefore);
        if (!q.step() || q.isNull(0))
            return {1, 0};
        return {q.int64(0), q.int64(1)};
    };
    const auto before = span("SELECT MIN(min_start), MAX(max_start) FROM flow_blocks WHERE last_id <= ?1");
    const auto now = span("SELECT MIN(min_start), MAX(max_start) FROM flow_blocks WHERE first_id > ?1");
    const qint64 from = std::max(before.first, now.first) - ConnectionMatcher::kHorizonSeconds;
    const qint64 to = std::min(before.second, now.second) + ConnectionMatcher::kHorizonSeconds;
    if (before.first > before.second || now.first > now.second || from > to)
        return; // other hours: nothing to pair
    sql::Transaction tx(ws.handle());
    repairConnections(ws, from, to);
    tx.commit();
}

} // namespace

QStringList collectFlowLogFiles(const QStringList &paths, QStringList *unreadable)
{
    return collectFiles(paths, {QStringLiteral("*.log"), QStringLiteral("*.log.gz"), QStringLiteral("*.gz"), QStringLiteral("*.txt"),
                                QStringLiteral("*.json"), QStringLiteral("*.parquet")}, unreadable);
}

bool mayHoldLogEvents(const QString &jsonPath)
{
    QFile f(jsonPath);
    if (!f.open(QIODevice::ReadOnly))
        return true; // the import names the error
    const QByteArray head = f.read(64 * 1024);
    return head.contains("\"events\"") || head.contains("\"logEvents\"");
}

FlowImportResult importFlowLogs(Workspace &ws, const QStringList &paths, const FlowImportOptions &options, ImportFeedback *feedback)
{
    FlowImportResult result;
    QElapsedTimer clock;
    clock.start();
    // A file named on its own is read whatever it holds (and fails clearly); JSON met in a folder is
    // read only when it may hold log events.
    QStringList files;
    for (const QString &p : paths) {
        const bool folder = QFileInfo(p).isDir();
        QStringList unreadable;
        const QStringList found = collectFlowLogFiles({p}, &unreadable);
        result.messages += unreadable;
        result.filesFailed += int(unreadable.size());
        for (const QString &f : found) {
            if (folder && f.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && !mayHoldLogEvents(f)) {
                ++result.filesLeftOut;
                result.messages.append(QStringLiteral("%1: left out, JSON without CloudWatch Logs events (an AWS CLI export?)").arg(f));
                continue;
            }
            files.append(f);
        }
    }
    files.sort();
    files.removeDuplicates();
    sortByDeliveryTime(files);
    qint64 total = 0;
    for (const QString &f : files)
        total += QFileInfo(f).size();
    if (!options.format.isEmpty()) {
        QString error;
        if (!FlowLogFormat::fromAwsSyntax(options.format, &error)) {
            result.messages.append(QStringLiteral("--format: %1").arg(error));
            return result;
        }
    }
    if (files.isEmpty())
        return result;

    // The records already here: an import that brings the other sighting of their connections
    // (another flow log for the same hours) decides those connections again afterwards.
    qint64 lastIdBefore = 0;
    {
        sql::Statement q(ws.handle(), "SELECT COALESCE(MAX(last_id), 0) FROM flow_blocks");
        if (q.step())
            lastIdBefore = q.int64(0);
    }
    std::atomic<bool> cancel{false};
    BoundedQueue<FlowBatch> queue(16);
    ws.setBulkLoad(true);
    FlowParseSetup setup = loadSetup(ws, files, options);
    result.messages += setup.warnings;
    FlowParseJob job(std::move(setup), queue, cancel);
    const double writeCpuBefore = threadCpuSeconds();
    QString parseFailure; // written by the parsing thread, read after it is joined
    std::thread parser([&job, &result, &queue, &parseFailure] {
        pthread_setname_np(pthread_self(), "vpclens-parse"); // apart from the writer in top, perf and gdb
        try {
            job.run();
        } catch (const std::exception &e) { // out of memory: the writer ends with what was sent
            parseFailure = QString::fromUtf8(e.what());
            queue.finish();
        }
        result.parseCpuSeconds = threadCpuSeconds();
    });
    std::int64_t bytesDone = 0;
    std::vector<std::pair<std::int64_t, std::int64_t>> unwritten;
    // Whatever fails on this side (a statement, the disk, memory), the parsing thread is stopped and
    // joined before the error is reported: an exception must never leave it running.
    try {
        FlowWriter writer(ws, result);
        try {
            while (auto batch = queue.pop()) {
                writer.handle(*batch);
                if (feedback) {
                    bytesDone = std::max(bytesDone, batch->bytesRead); // never backwards, whatever the batch
                    feedback->progress(bytesDone, total, result.records);
                    if (feedback->isCanceled()) {
                        cancel = true;
                        result.canceled = true;
                        writer.abort();
                        break;
                    }
                }
            }
        } catch (...) {
            writer.abort();
            throw;
        }
        writer.abort(); // a file still in flight when the batches ended (the parsing thread failed): never half-written
        unwritten = writer.unwrittenSpans();
    } catch (const std::exception &e) {
        result.messages.append(QStringLiteral("%1: import stopped: %2").arg(ws.path(), QString::fromUtf8(e.what())));
        ++result.filesFailed;
        result.stopped = true;
        cancel = true;
    }
    queue.close();
    parser.join();
    if (!parseFailure.isEmpty()) {
        result.messages.append(QStringLiteral("%1: import stopped while reading: %2").arg(ws.path(), parseFailure));
        ++result.filesFailed;
        result.stopped = true;
    }
    try {
        if (result.filesImported > 0 && lastIdBefore > 0)
            pairWithEarlierImports(ws, lastIdBefore);
        // Rows the matcher saw that were not written (a file read again, a duplicate): the
        // connections of their hours are decided again over what was written.
        if (result.filesImported > 0 && !unwritten.empty()) {
            sql::Transaction tx(ws.handle());
            for (const auto &[from, to] : unwritten)
                repairConnections(ws, addSeconds(from, -ConnectionMatcher::kHorizonSeconds), addSeconds(to, ConnectionMatcher::kHorizonSeconds));
            tx.commit();
        }
        if (result.filesImported > 0)
            rebuildRejectedTotals(ws);
    } catch (const std::exception &e) {
        result.messages.append(QStringLiteral("%1: summary not rebuilt: %2").arg(ws.path(), QString::fromUtf8(e.what())));
    }
    try {
        ws.setBulkLoad(false);
    } catch (const std::exception &) {
        // the connection ends with the workspace; nothing of the data depends on it
    }
    result.writeCpuSeconds = threadCpuSeconds() - writeCpuBefore;
    result.bytes = total;
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    qCInfo(lcFlows) << result.records << "records from" << result.filesImported << "files in" << result.seconds << "s";
    return result;
}

} // namespace vpclens
