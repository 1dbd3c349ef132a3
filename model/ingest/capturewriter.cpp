// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/capturewriter.h"

#include "capture/flowassembler.h"
#include "flowlog/flowbits.h"
#include "workspace/addresscolumn.h"
#include "workspace/flowcolumns.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QHash>

#include <optional>
#include <unordered_map>

namespace vpclens {
namespace {

constexpr std::int64_t kListedProblems = 200; // per file; the rest counted in one line

FlowAddress flowAddress(const IpAddress &a)
{
    FlowAddress f;
    if (a.isV4()) {
        f.kind = FlowAddress::V4;
        f.v4 = a.v4();
    } else {
        f.kind = FlowAddress::V6;
        f.v6 = a.bytes();
    }
    return f;
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

class CaptureWriter::Impl
{
public:
    explicit Impl(Workspace &ws)
        : m_db(ws.handle())
        , m_lastId(m_db, "SELECT last_id FROM flow_blocks ORDER BY first_id DESC LIMIT 1")
        , m_insertExtra(m_db, "INSERT INTO flow_extra(id, vpc, subnet, instance, tcp_flags) VALUES(?1, ?2, ?3, ?4, ?5)")
        , m_insertFlow(m_db, "INSERT INTO capture_flows(id, import_id, state, first_us, last_us, retransmissions, tcp_flags, vni, "
                             "session, first_frame, originator) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        , m_insertPacket(m_db, "INSERT INTO capture_packets(flow_id, n, time_us, frame, length, tcp_flags, head) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        , m_insertError(m_db, "INSERT INTO import_errors(import_id, file, line, reason, text) VALUES(?1, ?2, ?3, ?4, ?5)")
        , m_findString(m_db, "SELECT id FROM strings WHERE s = ?1")
        , m_addString(m_db, "INSERT INTO strings(id, s) VALUES((SELECT COALESCE(MAX(id), 0) + 1 FROM strings), ?1)")
        , m_blocks(m_db)
    {
    }

    void begin(const QString &path, std::int64_t size, const QString &format)
    {
        m_file.emplace(m_db);
        sql::Statement add(m_db, "INSERT INTO imports(kind, path, size, imported_at, format, status) VALUES('capture', ?1, ?2, ?3, ?4, 'partial')");
        add.bind(1, path).bind(2, size).bind(3, QDateTime::currentSecsSinceEpoch()).bind(4, format).run();
        m_importId = sqlite3_last_insert_rowid(m_db);
        m_path = path;
        m_flows = m_listed = 0;
        m_nextId = m_lastId.step() ? m_lastId.int64(0) + 1 : 1;
        m_lastId.reset();
        m_strings.clear();
    }

    void add(const CaptureFlow &f, const CaptureAttribution &where)
    {
        const std::int64_t id = m_nextId++;
        FlowRow r{};
        r.start = floorDiv(f.firstUs, 1000000);
        r.end = floorDiv(f.lastUs, 1000000);
        r.eni = intern(where.eni);
        r.srcPort = f.srcPort < 0 ? ParsedFlow::Absent : f.srcPort;
        r.dstPort = f.dstPort < 0 ? ParsedFlow::Absent : f.dstPort;
        r.protocol = f.protocol;
        r.packets = f.packets;
        r.bytes = f.bytes;
        r.src = flowAddress(f.src);
        r.dst = flowAddress(f.dst);
        r.bits = flowbits::pack(0, 0, false, 0) | flowbits::kCapture;
        r.extra = -1;
        r.tcpFlags = f.protocol == 6 ? f.tcpFlags : -1;
        m_blocks.add(m_importId, id, r);

        const std::int64_t place[] = {intern(where.vpc), intern(where.subnet), intern(where.instance)};
        if (place[0] || place[1] || place[2] || f.protocol == 6) {
            sql::Statement &x = m_insertExtra;
            x.bind(1, id);
            for (int k = 0; k < 3; ++k)
                place[k] ? x.bind(2 + k, place[k]) : x.bindNull(2 + k);
            f.protocol == 6 ? x.bind(5, f.tcpFlags) : x.bindNull(5);
            x.run();
        }
        sql::Statement &c = m_insertFlow;
        c.bind(1, id).bind(2, m_importId).bind(3, int(f.state)).bind(4, f.firstUs).bind(5, f.lastUs).bind(6, f.retransmissions)
            .bind(7, f.tcpFlags);
        f.vni >= 0 ? c.bind(8, f.vni) : c.bindNull(8);
        where.session.isEmpty() ? c.bindNull(9) : c.bind(9, where.session);
        c.bind(10, f.firstFrame).bind(11, f.fromOriginator ? 1 : 0).run();
        int n = 0;
        for (const CapturedPacket &p : f.first) {
            sql::Statement &k = m_insertPacket;
            k.bind(1, id).bind(2, n++).bind(3, p.timeUs).bind(4, p.frame).bind(5, p.length).bind(6, p.tcpFlags);
            p.head.empty() ? k.bindNull(7) : k.bindBlob(7, p.head.data(), int(p.head.size()));
            k.run();
        }
        ++m_flows;
    }

    void problem(std::int64_t frame, const char *reason, const QString &text)
    {
        if (m_listed++ >= kListedProblems)
            return;
        m_insertError.bind(1, m_importId).bind(2, m_path).bind(3, frame).bind(4, std::string_view(reason)).bind(5, text).run();
    }

    QString importedAs(const QString &fingerprint, std::int64_t except = 0) const
    {
        sql::Statement same(m_db, "SELECT path FROM imports WHERE kind = 'capture' AND status = 'ok' AND hash = ?1 AND id <> ?2");
        same.bind(1, fingerprint).bind(2, except);
        return same.step() ? same.text(0) : QString();
    }

    QString finish(const QString &fingerprint, std::int64_t problems, bool *replaced)
    {
        *replaced = false;
        if (const QString other = importedAs(fingerprint, m_importId); !other.isEmpty()) {
            abort();
            return other;
        }
        m_blocks.flush();
        if (m_listed > kListedProblems) {
            const QString text = QStringLiteral("%1 more frames not decoded, not listed one by one").arg(m_listed - kListedProblems);
            m_insertError.bind(1, m_importId).bind(2, m_path).bind(3, 0).bind(4, std::string_view("more")).bind(5, text).run();
        }
        sql::Statement older(m_db, "SELECT id FROM imports WHERE kind = 'capture' AND path = ?1 AND id <> ?2");
        older.bind(1, m_path).bind(2, m_importId);
        std::vector<std::int64_t> old;
        while (older.step())
            old.push_back(older.int64(0));
        for (const std::int64_t o : old)
            removeImport(o);
        *replaced = !old.empty();
        sql::Statement done(m_db, "UPDATE imports SET status = 'ok', hash = ?1, records = ?2, bad_lines = ?3 WHERE id = ?4");
        done.bind(1, fingerprint).bind(2, m_flows).bind(3, problems).bind(4, m_importId).run();
        m_file->commit();
        m_file.reset();
        return {};
    }

    void abort() noexcept
    {
        m_file.reset();
        m_blocks.clear();
    }

    std::int64_t flows() const { return m_flows; }

private:
    std::int64_t intern(const QString &s)
    {
        if (s.isEmpty())
            return 0;
        if (const auto it = m_strings.constFind(s); it != m_strings.cend())
            return it.value();
        m_findString.bind(1, s);
        std::int64_t id = 0;
        if (m_findString.step()) {
            id = m_findString.int64(0);
            m_findString.reset();
        } else {
            m_findString.reset();
            m_addString.bind(1, s).run();
            id = sqlite3_last_insert_rowid(m_db);
        }
        m_strings.insert(s, id);
        return id;
    }

    // An older import of this path (other content): its records and what the capture kept of them.
    void removeImport(std::int64_t oldId)
    {
        sql::Statement blocks(m_db, "SELECT first_id, last_id FROM flow_blocks WHERE file = ?1");
        blocks.bind(1, oldId);
        std::vector<std::pair<std::int64_t, std::int64_t>> ranges;
        while (blocks.step())
            ranges.emplace_back(blocks.int64(0), blocks.int64(1));
        sql::Statement dropColumn(m_db, "DELETE FROM flow_columns WHERE id = ?1");
        for (const auto &[first, last] : ranges) {
            for (const char *q : {"DELETE FROM flow_extra WHERE id BETWEEN ?1 AND ?2", "DELETE FROM capture_packets WHERE flow_id BETWEEN ?1 AND ?2"})
                sql::Statement(m_db, q).bind(1, first).bind(2, last).run();
            for (int c = 0; c < flowcolumns::Count; ++c)
                dropColumn.bind(1, flowcolumns::key(c, first)).run();
        }
        for (const char *q : {"DELETE FROM capture_flows WHERE import_id = ?1", "DELETE FROM flow_blocks WHERE file = ?1",
                              "DELETE FROM import_errors WHERE import_id = ?1", "DELETE FROM imports WHERE id = ?1"})
            sql::Statement(m_db, q).bind(1, oldId).run();
    }

    sqlite3 *m_db;
    sql::Statement m_lastId, m_insertExtra, m_insertFlow, m_insertPacket, m_insertError;
    sql::Statement m_findString, m_addString;
    std::optional<sql::Transaction> m_file;
    flowcolumns::BlockWriter m_blocks;
    std::int64_t m_importId = 0, m_nextId = 1, m_flows = 0, m_listed = 0;
    QString m_path;
    QHash<QString, std::int64_t> m_strings;
};

CaptureWriter::CaptureWriter(Workspace &ws) : d(std::make_unique<Impl>(ws)) {}
CaptureWriter::~CaptureWriter() = default;
QString CaptureWriter::importedAs(const QString &fingerprint) const { return d->importedAs(fingerprint); }
void CaptureWriter::begin(const QString &path, std::int64_t size, const QString &format) { d->begin(path, size, format); }
void CaptureWriter::add(const CaptureFlow &flow, const CaptureAttribution &where) { d->add(flow, where); }
void CaptureWriter::problem(std::int64_t frame, const char *reason, const QString &text) { d->problem(frame, reason, text); }
QString CaptureWriter::finish(const QString &fingerprint, std::int64_t problems, bool *replaced) { return d->finish(fingerprint, problems, replaced); }
void CaptureWriter::abort() noexcept { d->abort(); }
std::int64_t CaptureWriter::flows() const { return d->flows(); }

} // namespace vpclens
