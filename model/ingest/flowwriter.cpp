// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/flowwriter.h"

#include "flowlog/flowbits.h"
#include "flowlog/flowlogformat.h"
#include "ingest/flowbatch.h"
#include "ingest/flowimporter.h"
#include "workspace/addresscolumn.h"
#include "workspace/connectionrepair.h"
#include "workspace/flowcolumns.h"
#include "workspace/flowrollups.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QFileInfo>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vpclens {
namespace {

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

} // namespace

class FlowWriter::Impl
{
public:
    Impl(Workspace &ws, FlowImportResult &result)
        : m_db(ws.handle())
        , m_result(result)
        , m_lastId(m_db, "SELECT last_id FROM flow_blocks ORDER BY first_id DESC LIMIT 1")
        , m_insertExtra(m_db, "INSERT INTO flow_extra(id, vpc, subnet, instance, tcp_flags, type, pkt_src, pkt_dst, region, az, "
                              "direction, traffic_path, reject_reason, rest) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
        , m_insertString(m_db, "INSERT OR IGNORE INTO strings(id, s) VALUES(?1, ?2)")
        , m_insertError(m_db, "INSERT INTO import_errors(import_id, file, line, reason, text) VALUES(?1, ?2, ?3, ?4, ?5)")
        , m_addImport(m_db, "INSERT INTO imports(kind, path, size, imported_at, format, status) VALUES('flows', ?1, ?2, ?3, ?4, 'partial')")
        , m_sameContent(m_db, "SELECT path FROM imports WHERE kind = 'flows' AND status = 'ok' AND hash = ?1 AND size = ?2 AND id <> ?3")
        , m_samePath(m_db, "SELECT id FROM imports WHERE kind = 'flows' AND path = ?1 AND id <> ?2")
        , m_finishImport(m_db, "UPDATE imports SET status = 'ok', hash = ?1, records = ?2, bad_lines = ?3 WHERE id = ?4")
        , m_counted(m_db)
        , m_rollups(m_db)
        , m_blocks(m_db)
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

    const std::vector<std::pair<std::int64_t, std::int64_t>> &unwrittenSpans() const { return m_unwritten; }

    void abort() noexcept
    {
        m_file.reset(); // rolls back a file in flight (SQLite may have rolled back already: disk full)
        m_blocks.clear();
    }

private:
    void begin(const FlowBatch &b)
    {
        m_file.emplace(m_db);
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
        m_nextId = m_lastId.step() ? m_lastId.int64(0) + 1 : 1;
        m_lastId.reset();
        m_pendingStrings.clear();
    }

    void rows(const FlowBatch &b)
    {
        for (const auto &[id, text] : b.newStrings) {
            m_insertString.bind(1, id).bind(2, std::string_view(text)).run();
            if (m_file)
                m_pendingStrings.emplace_back(id, text);
        }
        // Each record gets the next id; its columns wait in the block being built.
        for (const FlowRow &r : b.rows)
            afterInsert(b, r, m_nextId++);
        m_records += std::int64_t(b.rows.size());
        for (const BadLineRow &bad : b.bad) {
            m_insertError.bind(1, m_importId).bind(2, m_path).bind(3, bad.line).bind(4, std::string_view(badLineReason(bad.reason)))
                .bind(5, std::string_view(bad.text)).run();
            if (m_result.messages.size() < 200)
                m_result.messages.append(badLineMessage(m_path, bad));
        }
        m_bad += std::int64_t(b.bad.size());
    }

    void afterInsert(const FlowBatch &b, const FlowRow &r, std::int64_t id)
    {
        if (m_firstId < 0)
            m_firstId = id;
        if (r.extra >= 0)
            writeExtra(id, b.extras[std::size_t(r.extra)]);
        m_blocks.add(m_importId, id, r);
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

    // Removes an earlier import of this path (other content): its rows, its rollup sums, its talker
    // chunks, its errors.
    void removeImport(std::int64_t oldId)
    {
        sql::Statement blocks(m_db, "SELECT first_id, last_id FROM flow_blocks WHERE file = ?1");
        blocks.bind(1, oldId);
        const std::string subtract[] = {
            flowbits::sql(QStringLiteral(
                "INSERT INTO rollup_time(minute, action, flows, packets, bytes) SELECT f.start / 60, {action}, -COUNT(*), "
                "-TOTAL(f.packets), -TOTAL(f.bytes) FROM flows f WHERE f.id BETWEEN ?1 AND ?2 AND {countedOk} AND f.src IS NOT NULL "
                "AND f.dst IS NOT NULL GROUP BY 1, 2 ON CONFLICT DO UPDATE SET flows = flows + excluded.flows, "
                "packets = packets + excluded.packets, bytes = bytes + excluded.bytes")).toStdString(),
            flowbits::sql(QStringLiteral(
                "INSERT INTO rollup_eni(minute, eni, action, flows, packets, bytes) SELECT f.start / 60, f.eni, {action}, -COUNT(*), "
                "-TOTAL(f.packets), -TOTAL(f.bytes) FROM flows f WHERE f.id BETWEEN ?1 AND ?2 AND {countedOk} AND f.src IS NOT NULL "
                "AND f.dst IS NOT NULL GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET flows = flows + excluded.flows, "
                "packets = packets + excluded.packets, bytes = bytes + excluded.bytes")).toStdString(),
            "DELETE FROM flow_extra WHERE id BETWEEN ?1 AND ?2",
        };
        std::vector<std::pair<std::int64_t, std::int64_t>> ranges;
        while (blocks.step())
            ranges.emplace_back(blocks.int64(0), blocks.int64(1));
        for (const auto &[first, last] : ranges)
            for (const std::string &q : subtract)
                sql::Statement(m_db, q).bind(1, first).bind(2, last).run();
        sql::Statement dropColumn(m_db, "DELETE FROM flow_columns WHERE id = ?1");
        for (const auto &[first, last] : ranges)
            for (int c = 0; c < flowcolumns::Count; ++c)
                dropColumn.bind(1, flowcolumns::key(c, first)).run();
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
        m_blocks.flush();
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
        m_file->commit();
        m_file.reset();
        if (m_firstId >= 0)
            m_written.emplace(b.fileIndex, WrittenFile{m_importId, m_firstId});
        ++m_result.filesImported;
        m_result.records += m_records;
        m_result.badLines += m_bad;
        m_result.files.append(report);
    }

    // Rows sent before that stop counting now that a better sighting stands for their connection
    // (connectionmatcher.h): their bit is cleared and their sums taken out, into a conversation chunk of
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
    sql::Statement m_lastId, m_insertExtra, m_insertString, m_insertError;
    // Per file, prepared once for the whole import.
    sql::Statement m_addImport, m_sameContent, m_samePath, m_finishImport;
    CountedEdits m_counted;
    FlowRollups::Statements m_rollups;
    struct WrittenFile {
        std::int64_t importId, firstId;
    };
    std::map<int, WrittenFile> m_written; // the files of this import that were written, by index
    std::int64_t m_firstId = -1;          // of the file in flight, -1 before its first row
    std::optional<sql::Transaction> m_file; // the file in flight: its import row, records and sums
    std::int64_t m_importId = 0;
    QString m_path;
    std::int64_t m_records = 0, m_bad = 0;
    flowcolumns::BlockWriter m_blocks;
    std::int64_t m_nextId = 1;
    std::vector<std::pair<std::int64_t, std::string>> m_pendingStrings;
    std::vector<std::pair<std::int64_t, std::int64_t>> m_unwritten;
};

FlowWriter::FlowWriter(Workspace &ws, FlowImportResult &result)
    : d(std::make_unique<Impl>(ws, result))
{
}

FlowWriter::~FlowWriter() = default;

void FlowWriter::handle(FlowBatch &batch)
{
    d->handle(batch);
}

void FlowWriter::abort() noexcept
{
    d->abort();
}

const std::vector<std::pair<std::int64_t, std::int64_t>> &FlowWriter::unwrittenSpans() const
{
    return d->unwrittenSpans();
}

} // namespace vpclens
