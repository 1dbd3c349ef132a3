// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/workspace.h"

#include "base/logging.h"
#include "workspace/addresscolumn.h"
#include "workspace/decisioncolumn.h"
#include "workspace/flowstable.h"
#include "workspace/workspacecheck.h"
#include "workspace/workspaceschema.h"
#include "workspace/workspaceupgrade.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <thread>

namespace vpclens {

Workspace::Workspace(sql::DbPtr db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error, bool create)
{
    return openWith(path, error, create ? Access::Create : Access::Write);
}

std::unique_ptr<Workspace> Workspace::openForReading(const QString &path, QString *error)
{
    return openWith(path, error, Access::Read);
}

// Waits for another writer (an import in the GUI or another vpclens-cli) instead of giving up after
// a few seconds: SQLite calls this while the file is locked, with how often it has been called.
struct Workspace::BusyWait {
    std::function<void(const QString &)> notice;
    QString path;
    std::chrono::steady_clock::time_point since;
    bool said = false;
    std::chrono::milliseconds patience = std::chrono::minutes(30);
};

Workspace::BriefWait::BriefWait(const Workspace &ws)
    : m_wait(*ws.m_busy), m_before(ws.m_busy->patience)
{
    m_wait.patience = std::min(m_before, std::chrono::milliseconds(150));
}

Workspace::BriefWait::~BriefWait()
{
    m_wait.patience = m_before;
}

namespace {

int waitWhileBusy(void *arg, int count)
{
    auto *w = static_cast<Workspace::BusyWait *>(arg);
    if (count == 0)
        w->since = std::chrono::steady_clock::now();
    const auto waited = std::chrono::steady_clock::now() - w->since;
    if (waited > w->patience)
        return 0; // give up: SQLITE_BUSY, "database is locked"
    if (!w->said && waited > std::chrono::seconds(2) && w->patience > std::chrono::seconds(2) && w->notice) {
        w->said = true;
        w->notice(QCoreApplication::translate("Workspace", "Waiting for %1: another VpcLens program (an import or the GUI) is "
                                                           "writing to it; this goes on when it is done (Ctrl+C to stop)").arg(w->path));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(count < 10 ? 5 : w->patience < std::chrono::seconds(1) ? 20 : 100));
    return 1;
}

std::function<void(const QString &)> &busyNotice()
{
    static std::function<void(const QString &)> notice;
    return notice;
}

// Bounds what a damaged or crafted file can make a statement do during open: the schema check and
// the first reads finish in well under a second on any real workspace.
struct OpenDeadline {
    std::chrono::steady_clock::time_point until;
};

int pastDeadline(void *arg)
{
    return std::chrono::steady_clock::now() > static_cast<OpenDeadline *>(arg)->until ? 1 : 0;
}

} // namespace

Workspace::~Workspace() = default;

void Workspace::setBusyNotice(std::function<void(const QString &)> notice)
{
    busyNotice() = std::move(notice);
}

std::unique_ptr<Workspace> Workspace::openWith(const QString &path, QString *error, Access access)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("Workspace", "Cannot open workspace %1: %2").arg(path, why);
        return std::unique_ptr<Workspace>();
    };
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    if (!existed && access != Access::Create)
        return fail(QCoreApplication::translate("Workspace", "the file does not exist"));
    if (QFileInfo(path).isDir())
        return fail(QCoreApplication::translate("Workspace", "it is a folder"));

    // No global memory statistics: they take a process-wide mutex on every allocation (the bulk
    // load allocates per statement step). Only possible before SQLite initialises; harmless after.
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    const bool memory = path == QLatin1String(":memory:");
    auto connect = [&](bool immutable) -> sql::DbPtr {
        sqlite3 *raw = nullptr;
        int flags = SQLITE_OPEN_NOMUTEX;
        QByteArray name = path.toUtf8();
        if (access == Access::Read && !memory) {
            // Read-only, by URI: the file is never written (not even switched to WAL). In a folder
            // nobody may write to, the WAL index cannot be made: the file is then read as immutable.
            flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
            name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + (immutable ? "?immutable=1" : "?mode=ro");
        } else {
            flags |= SQLITE_OPEN_READWRITE | (access == Access::Create ? SQLITE_OPEN_CREATE : 0);
        }
        sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
        return sql::DbPtr(raw);
    };
    sql::DbPtr db = connect(false);
    if (!db || sqlite3_errcode(db.get()) != SQLITE_OK)
        return fail(QString::fromUtf8(db ? sqlite3_errmsg(db.get()) : "out of memory"));
    auto headerValues = [](sqlite3 *handle) {
        sql::Statement appId(handle, "PRAGMA application_id");
        appId.step();
        sql::Statement version(handle, "PRAGMA user_version");
        version.step();
        return std::pair<int, int>(int(appId.int64(0)), int(version.int64(0)));
    };
    std::pair<int, int> header{0, 0};
    try {
        hardenConnection(db.get());
        header = headerValues(db.get());
    } catch (const sql::Error &e) {
        const QString why = QString::fromUtf8(e.what());
        if (why.contains(QLatin1String("not a database")))
            return fail(QCoreApplication::translate("Workspace", "the file is damaged or not a workspace (%1)").arg(why));
        if (access == Access::Create || !existed)
            return fail(why);
        // A workspace in a folder nobody may write to (a read-only share, a mounted evidence
        // volume): read it as it is, without a journal.
        access = Access::Read;
        db = connect(true);
        if (!db || sqlite3_errcode(db.get()) != SQLITE_OK)
            return fail(QString::fromUtf8(e.what()));
        try {
            hardenConnection(db.get());
            header = headerValues(db.get());
        } catch (const sql::Error &again) {
            return fail(QString::fromUtf8(again.what()));
        }
    }
    const auto [appId, version] = header;
    sqlite3_extended_result_codes(db.get(), 1);
    std::unique_ptr<Workspace> ws(new Workspace(std::move(db), path));
    registerDecisionFunction(ws->handle());
    registerCommunityIdFunction(ws->handle());
    ws->m_busy = std::make_unique<BusyWait>(BusyWait{busyNotice(), path, {}, false, std::chrono::minutes(30)});
    sqlite3_busy_handler(ws->handle(), waitWhileBusy, ws->m_busy.get());
    ws->m_readOnly = access == Access::Read || sqlite3_db_readonly(ws->handle(), "main") == 1;
    OpenDeadline deadline{std::chrono::steady_clock::now() + std::chrono::seconds(20)};
    sqlite3_progress_handler(ws->handle(), 1000, pastDeadline, &deadline);
    try {
        if (!existed) {
            ws->createSchema();
        } else if (appId != ApplicationId) {
            return fail(QCoreApplication::translate("Workspace", "it is not a VpcLens workspace"));
        } else if (version > SchemaVersion) {
            return fail(QCoreApplication::translate("Workspace", "it was written by a newer VpcLens (schema %1, this version reads %2)")
                            .arg(version).arg(SchemaVersion));
        } else if (version < 1) {
            return fail(QCoreApplication::translate("Workspace", "it has no schema version"));
        } else if (const QString problem = schemaProblem(ws->handle(), version); !problem.isEmpty()) {
            // Before anything reads or writes a table: a crafted file's triggers and views never run.
            return fail(QCoreApplication::translate("Workspace", "it is not a workspace as VpcLens writes them, so it is not opened "
                                                                 "(a workspace is data, and this one holds more): %1").arg(problem));
        } else if (version < SchemaVersion && ws->m_readOnly) {
            return fail(QCoreApplication::translate("Workspace", "it was written by an older VpcLens (schema %1) and needs an upgrade, "
                                                                 "which cannot be written here: open a writable copy")
                            .arg(version));
        }
        if (!ws->m_readOnly) {
            // Tables added within schema 1 (workspaces written before they existed get them here).
            sql::exec(ws->handle(), schema::kAddedWithinSchema1);
            sql::exec(ws->handle(), "PRAGMA journal_mode=WAL");
        }
        sql::exec(ws->handle(), "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cell_size_check=ON;"
                                "PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY;");
        if (existed && version < SchemaVersion) {
            sqlite3_progress_handler(ws->handle(), 0, nullptr, nullptr); // an upgrade reads every record
            upgradeWorkspaceSchema(*ws, version);
        }
        if (!ws->hasTable("flows"))
            registerFlowsTable(ws->handle()); // schema 4 (an older one was upgraded above, or failed)
        if (existed) {
            // Reading the schema and the import list finds a damaged header or catalogue without reading
            // the whole file (quick_check would, and workspaces hold tens of millions of rows).
            sql::Statement importsCheck(ws->handle(), "SELECT COUNT(*) FROM imports");
            importsCheck.step();
        }
    } catch (const sql::Error &e) {
        const QString why = QString::fromUtf8(e.what());
        if (why.contains(QLatin1String("not a database")) || why.contains(QLatin1String("malformed")) || why.contains(QLatin1String("interrupted")))
            return fail(QCoreApplication::translate("Workspace", "the file is damaged or not a workspace (%1)").arg(why));
        return fail(why);
    }
    sqlite3_progress_handler(ws->handle(), 0, nullptr, nullptr);
    return ws;
}

bool Workspace::keepsDecisions() const
{
    return hasTable("decisions");
}

bool Workspace::hasTable(const char *name) const
{
    sql::Statement q(handle(), "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    q.bind(1, std::string_view(name));
    return q.step();
}

int Workspace::schemaVersionOf(const QString &path)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    sql::DbPtr db(raw);
    if (rc != SQLITE_OK)
        return 0;
    sqlite3_busy_timeout(raw, 5000); // a writer committing (an explanation after opening) is waited for
    try {
        sql::Statement q(raw, "PRAGMA user_version");
        return q.step() ? int(q.int64(0)) : 0;
    } catch (const sql::Error &e) { // not a database, or damaged: opening it says so
        qCDebug(lcWorkspace) << path << "has no schema version:" << e.what();
        return 0;
    }
}

void Workspace::createSchema()
{
    sql::exec(handle(), "PRAGMA page_size=16384");
    sql::Transaction tx(handle());
    sql::exec(handle(), schema::kCurrent);
    sql::exec(handle(), schema::kTalkerChunks);
    sql::exec(handle(), ("PRAGMA application_id=" + std::to_string(ApplicationId) + "; PRAGMA user_version="
                         + std::to_string(SchemaVersion)).c_str());
    tx.commit();
}

void Workspace::useScanCache()
{
    sql::exec(handle(), "PRAGMA cache_size=-4096");
}

void Workspace::setBulkLoad(bool on)
{
    sql::exec(handle(), on ? "PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;"
                           : "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768;");
}

QList<KindCount> Workspace::resourceCounts() const
{
    QList<KindCount> out;
    sql::Statement q(handle(), "SELECT kind, COUNT(*) FROM current_resources GROUP BY kind");
    while (q.step())
        out.append({q.text(0), int(q.int64(1))});
    return out;
}

QList<ResourceSummary> Workspace::resources(const QString &kind) const
{
    QList<ResourceSummary> out;
    sql::Statement q(handle(), "SELECT kind, id, name, vpc_id, account, region, state, deleted FROM current_resources "
                               "WHERE kind = ?1 ORDER BY name = '', name, id");
    q.bind(1, kind);
    while (q.step())
        out.append({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6), q.int64(7) != 0});
    return out;
}

QList<QPair<ResourceSummary, QByteArray>> Workspace::resourcesAsOf(const QString &kind, qint64 asOf) const
{
    sql::Statement q(handle(),
                     "WITH scope_snapshot AS (SELECT s.account, s.region, COALESCE("
                     " (SELECT s2.snapshot_id FROM snapshot_scopes s2 JOIN snapshots n ON n.id = s2.snapshot_id"
                     "   WHERE s2.account = s.account AND s2.region = s.region AND n.taken_at <= ?2 ORDER BY n.taken_at DESC, n.id DESC LIMIT 1),"
                     " (SELECT s2.snapshot_id FROM snapshot_scopes s2 JOIN snapshots n ON n.id = s2.snapshot_id"
                     "   WHERE s2.account = s.account AND s2.region = s.region ORDER BY n.taken_at, n.id LIMIT 1)) AS snapshot_id"
                     " FROM snapshot_scopes s GROUP BY s.account, s.region) "
                     "SELECT r.kind, r.id, r.name, r.vpc_id, r.account, r.region, r.state, r.deleted, r.raw FROM resources r "
                     "JOIN scope_snapshot c ON r.snapshot_id = c.snapshot_id AND r.account = c.account AND r.region = c.region "
                     "WHERE r.kind = ?1 GROUP BY r.kind, r.id ORDER BY r.name = '', r.name, r.id");
    q.bind(1, kind).bind(2, asOf);
    QList<QPair<ResourceSummary, QByteArray>> out;
    while (q.step())
        out.append({{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6), q.int64(7) != 0}, q.text(8).toUtf8()});
    return out;
}

QList<qint64> Workspace::snapshotTimes() const
{
    sql::Statement q(handle(), "SELECT DISTINCT taken_at FROM snapshots ORDER BY 1");
    QList<qint64> out;
    while (q.step())
        out.append(q.int64(0));
    return out;
}

QList<SnapshotInfo> Workspace::snapshots() const
{
    QList<SnapshotInfo> out;
    sql::Statement q(handle(), "SELECT s.id, s.taken_at, (SELECT COUNT(*) FROM resources r WHERE r.snapshot_id = s.id), "
                               "(SELECT path FROM imports WHERE id = s.import_id), "
                               "(SELECT COUNT(*) FROM imports i WHERE i.kind = 'topology' AND i.id >= s.import_id AND i.id < "
                               " COALESCE((SELECT MIN(import_id) FROM snapshots n WHERE n.import_id > s.import_id), "
                               "          (SELECT MIN(id) FROM imports j WHERE j.kind <> 'topology' AND j.id > s.import_id), 1e18)) "
                               "FROM snapshots s ORDER BY s.taken_at, s.id");
    sql::Statement scopes(handle(), "SELECT account, region FROM snapshot_scopes WHERE snapshot_id = ?1 ORDER BY 1, 2");
    while (q.step()) {
        SnapshotInfo s;
        s.id = q.int64(0);
        s.takenAt = q.int64(1);
        s.resources = q.int64(2);
        s.source = q.isNull(3) ? QString() : QFileInfo(q.text(3)).path();
        s.files = int(q.int64(4));
        scopes.bind(1, s.id);
        while (scopes.step())
            s.scopes << QStringLiteral("%1/%2").arg(scopes.text(0), scopes.text(1));
        scopes.reset();
        out.append(s);
    }
    return out;
}

QStringList Workspace::snapshotTimeWarnings() const
{
    sql::Statement newest(handle(), "SELECT MAX(max_start) FROM flow_blocks");
    if (!newest.step() || newest.isNull(0))
        return {};
    const qint64 lastRecord = newest.int64(0);
    QStringList out;
    for (const SnapshotInfo &s : snapshots())
        if (s.takenAt > lastRecord)
            out << QStringLiteral("snapshot %1 (%2, from %3) was taken after the newest flow record started (%4): records are explained against "
                                  "an earlier snapshot, or the oldest one. An export that was copied carries the copy's time: give the export's "
                                  "own time with --snapshot-time.")
                       .arg(s.id)
                       .arg(QDateTime::fromSecsSinceEpoch(s.takenAt, Qt::UTC).toString(Qt::ISODate), s.source,
                            QDateTime::fromSecsSinceEpoch(lastRecord, Qt::UTC).toString(Qt::ISODate));
    return out;
}

QByteArray Workspace::rawJson(const QString &kind, const QString &id) const
{
    sql::Statement q(handle(), "SELECT raw FROM current_resources WHERE kind = ?1 AND id = ?2");
    q.bind(1, kind).bind(2, id);
    return q.step() ? q.text(0).toUtf8() : QByteArray();
}

int Workspace::snapshotCount() const
{
    sql::Statement q(handle(), "SELECT COUNT(*) FROM snapshots");
    q.step();
    return int(q.int64(0));
}

qint64 Workspace::flowCount() const
{
    sql::Statement q(handle(), "SELECT COALESCE(SUM(records), 0) FROM imports WHERE kind = 'flows'");
    q.step();
    return q.int64(0);
}

QList<ImportRecord> Workspace::imports() const
{
    QList<ImportRecord> out;
    sql::Statement q(handle(), "SELECT id, kind, path, size, records, bad_lines, status, imported_at FROM imports ORDER BY id");
    while (q.step())
        out.append({q.int64(0), q.text(1), q.text(2), q.int64(3), q.int64(4), q.int64(5), q.text(6),
                    QDateTime::fromSecsSinceEpoch(q.int64(7), Qt::UTC)});
    return out;
}

QList<ImportError> Workspace::importErrors(int limit) const
{
    QList<ImportError> out;
    sql::Statement q(handle(), "SELECT file, line, reason, text FROM import_errors ORDER BY rowid LIMIT ?1");
    q.bind(1, limit);
    while (q.step())
        out.append({q.text(0), q.int64(1), q.text(2), q.text(3)});
    return out;
}

qint64 Workspace::importErrorCount() const
{
    sql::Statement q(handle(), "SELECT COUNT(*) FROM import_errors");
    return q.step() ? q.int64(0) : 0;
}

QString Workspace::meta(const QString &key) const
{
    sql::Statement q(handle(), "SELECT value FROM meta WHERE key = ?1");
    q.bind(1, key);
    return q.step() ? q.text(0) : QString();
}

void Workspace::setMeta(const QString &key, const QString &value)
{
    if (m_readOnly)
        return; // remembered state (filters, layout) is not evidence: a read-only workspace keeps none
    sql::Statement q(handle(), "INSERT INTO meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bind(1, key).bind(2, value).run();
}

} // namespace vpclens
