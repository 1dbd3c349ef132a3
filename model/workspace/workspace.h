// SPDX-License-Identifier: GPL-3.0-or-later
// A VpcLens workspace: one SQLite file holding topology snapshots, flows, their rollups, the import
// history and import errors. One Workspace is one connection: use it only on the thread that opened it.
#pragma once

#include "topology/topologyresource.h"
#include "workspace/sqlite.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace vpclens {

struct KindCount {
    QString kind;
    int count = 0;
};

// One topology snapshot: when it was taken, what it covers and where it came from.
struct SnapshotInfo {
    qint64 id = 0, takenAt = 0, resources = 0;
    QStringList scopes; // "account/region"
    QString source;     // the folder (or file) of its first imported file
    int files = 0;
};

struct ImportRecord {
    qint64 id = 0;
    QString kind; // "topology" or "flows"
    QString path;
    qint64 size = 0;
    qint64 records = 0;
    qint64 badLines = 0;
    QString status; // ok, failed (flow log not read), error (JSON not readable), skipped (nothing VpcLens reads)
    QDateTime importedAt;

    bool notRead() const { return status == QLatin1String("failed") || status == QLatin1String("error"); }
};

struct ImportError {
    QString file;
    qint64 line = 0; // 0: the file as a whole
    QString reason;
    QString text;

    // "file:line: reason: text" (or "file: reason: text"), as the CLI prints it.
    QString toLine() const
    {
        return line > 0 ? QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(reason, text)
                        : QStringLiteral("%1: %2: %3").arg(file, reason, text);
    }
};

class Workspace
{
public:
    static constexpr int SchemaVersion = 4; // 3: the receiver's record stands for a connection (connectionmatcher.h); 4: records in columns
    static constexpr int ApplicationId = 0x56504C4E; // "VPLN"

    // Opens (or, with create, creates) a workspace. Returns nullptr and sets error on failure: a file
    // that is not a workspace, a damaged file, or one written by a newer VpcLens.
    // The file's schema is checked first (workspacecheck.h): a file with triggers, views or tables
    // VpcLens does not write is refused before any of it runs.
    static std::unique_ptr<Workspace> open(const QString &path, QString *error, bool create = true);
    // Opens an existing workspace read-only: nothing is written to the file (not even its journal
    // mode), also when the file or its folder cannot be written. Caches are then not kept.
    static std::unique_ptr<Workspace> openForReading(const QString &path, QString *error);
    // Called (on the thread that waits) when another program holds the write lock for more than
    // two seconds; the wait then goes on (up to 30 minutes) instead of failing with "database is locked".
    static void setBusyNotice(std::function<void(const QString &)> notice);
    // The schema a workspace file was written with (PRAGMA user_version), read without opening it
    // for writing; 0 when it is not a readable SQLite file. Lower than SchemaVersion: open() upgrades it.
    static int schemaVersionOf(const QString &path);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    sqlite3 *handle() const { return m_db.get(); }
    bool isReadOnly() const { return m_readOnly; }
    const QString &path() const { return m_path; }

    // Pragmas for a bulk load (synchronous=OFF, bigger cache) and back to safe ones. The journal stays on.
    void setBulkLoad(bool on);
    // For a worker's own connection that scans: a small page cache (sequential reads gain nothing
    // from a big one, the system's file cache serves them), so several workers do not add up.
    void useScanCache();

    // The current topology: each (account, region) scope from the newest snapshot that holds it.
    QList<KindCount> resourceCounts() const;
    QList<ResourceSummary> resources(const QString &kind) const;
    QByteArray rawJson(const QString &kind, const QString &id) const;
    // The topology as it was at a time: each (account, region) from its newest snapshot taken at or
    // before `asOf`, or from its oldest when all are newer. Resources of one kind with their raw JSON.
    QList<QPair<ResourceSummary, QByteArray>> resourcesAsOf(const QString &kind, qint64 asOf) const;
    QList<qint64> snapshotTimes() const; // distinct, ascending
    int snapshotCount() const;
    QList<SnapshotInfo> snapshots() const; // oldest first
    // Snapshots taken after every flow record started (a copied export carries its copy's time): each
    // record is then explained against an earlier snapshot, or the oldest. One sentence per snapshot.
    QStringList snapshotTimeWarnings() const;

    qint64 flowCount() const;
    // Whether the file has the tables of the records' decisions (a workspace from before them,
    // opened read-only, has not): queries then leave "decided by" empty.
    bool keepsDecisions() const;
    // Whether the file has a table of that name (one added within a schema version may be missing
    // from a workspace opened read-only).
    bool hasTable(const char *name) const;
    QList<ImportRecord> imports() const;
    QList<ImportError> importErrors(int limit = 1000) const; // limit -1: all
    qint64 importErrorCount() const;

    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

    struct BusyWait; // workspace.cpp
    // For writes that may be dropped (caches, the remembered view): while one lives, a write waits at
    // most a moment for another writer (an explanation or import holding the lock for minutes) and
    // then fails with SQLITE_BUSY, which the caller catches; nothing waits up to 30 minutes for a cache.
    class BriefWait
    {
    public:
        explicit BriefWait(const Workspace &ws);
        ~BriefWait();
        BriefWait(const BriefWait &) = delete;
        BriefWait &operator=(const BriefWait &) = delete;

    private:
        BusyWait &m_wait;
        std::chrono::milliseconds m_before;
    };

private:
    enum class Access { Create, Write, Read };
    Workspace(sql::DbPtr db, QString path);
    static std::unique_ptr<Workspace> openWith(const QString &path, QString *error, Access access);
    void createSchema();

    sql::DbPtr m_db;
    QString m_path;
    bool m_readOnly = false;
    std::unique_ptr<BusyWait> m_busy;
};

} // namespace vpclens
