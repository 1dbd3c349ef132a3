// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/topologyimporter.h"

#include "base/jobfeedback.h"
#include "base/logging.h"
#include "base/filecollector.h"
#include "topology/topologyresource.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace vpclens {

QStringList collectJsonFiles(const QStringList &paths)
{
    return collectFiles(paths, {QStringLiteral("*.json")});
}

namespace {

// Anonymised exports give one interface id to two instances. Both are kept (the estate names the
// second one's interface "eni-.../i-..."), and the import says so.
void warnSharedInterfaceIds(const QList<TopologyFile> &files, TopologyImportResult &result)
{
    QHash<QString, QString> firstInstance; // eni id -> instance
    for (const TopologyFile &tf : files)
        for (const TopologyResource &r : tf.resources) {
            if (r.kind != QLatin1String("instance"))
                continue;
            const QJsonArray nics = QJsonDocument::fromJson(r.raw).object().value(QLatin1String("NetworkInterfaces")).toArray();
            for (const QJsonValue n : nics) {
                const QString eni = n.toObject().value(QLatin1String("NetworkInterfaceId")).toString();
                if (eni.isEmpty())
                    continue;
                const auto it = firstInstance.constFind(eni);
                if (it == firstInstance.cend())
                    firstInstance.insert(eni, r.id);
                else if (*it != r.id)
                    result.warnings.append(QStringLiteral("%1: interface %2 is named by instances %3 and %4 (an anonymised export?): "
                                                          "both are kept, the second one's interface as %2/%4")
                                               .arg(tf.path, eni, *it, r.id));
            }
        }
}

} // namespace

TopologyImportResult importTopology(Workspace &ws, const QStringList &paths, const QDateTime &snapshotTime,
                                    JobFeedback *feedback)
{
    TopologyImportResult result;
    const QStringList files = collectFiles(paths, {QStringLiteral("*.json")}, &result.errors);
    QList<TopologyFile> read;
    QDateTime newest;
    qint64 bytesTotal = 0, bytesDone = 0;
    for (const QString &f : files)
        bytesTotal += QFileInfo(f).size();
    for (const QString &f : files) {
        if (feedback && feedback->isCanceled()) {
            result.canceled = true;
            return result;
        }
        TopologyFile tf = readTopologyFile(f);
        if (!tf.error.isEmpty())
            result.errors.append(tf.error);
        result.warnings += tf.problems;
        if (!tf.skippedReason.isEmpty())
            result.skipped.append(tf.skippedReason);
        if (!tf.jsonKey.isEmpty()) {
            ++result.filesRead;
            if (!newest.isValid() || tf.modified > newest)
                newest = tf.modified;
        }
        read.append(std::move(tf));
        if (feedback)
            feedback->progress(bytesDone += QFileInfo(f).size(), bytesTotal, 0);
    }
    if (result.filesRead == 0)
        return result;

    result.snapshotTime = snapshotTime.isValid() ? snapshotTime.toUTC() : newest;
    sqlite3 *db = ws.handle();
    sql::Transaction tx(db);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    sql::Statement addImport(db, "INSERT INTO imports(kind, path, size, imported_at, records, bad_lines, status) "
                                 "VALUES('topology', ?1, ?2, ?3, ?4, ?5, ?6)");
    sql::Statement addError(db, "INSERT INTO import_errors(import_id, file, line, reason, text) VALUES(?1, ?2, 0, ?3, ?4)");
    sql::Statement addSnapshot(db, "INSERT INTO snapshots(taken_at, import_id) VALUES(?1, ?2)");
    sql::Statement addScope(db, "INSERT OR IGNORE INTO snapshot_scopes(snapshot_id, account, region) VALUES(?1, ?2, ?3)");
    sql::Statement addResource(db, "INSERT OR IGNORE INTO resources(snapshot_id, kind, id, account, region, vpc_id, name, "
                                   "state, deleted, raw) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    sql::Statement sameResource(db, "SELECT CAST(raw AS BLOB) FROM resources WHERE snapshot_id = ?1 AND kind = ?2 AND id = ?3 "
                                    "AND account = ?4 AND region = ?5");
    QHash<QString, QString> firstSource; // kind/id/account/region -> the file it was read from
    qint64 firstImport = 0;
    for (const TopologyFile &tf : std::as_const(read)) {
        const QString status = !tf.error.isEmpty() ? QStringLiteral("error")
                               : !tf.skippedReason.isEmpty() ? QStringLiteral("skipped") : QStringLiteral("ok");
        addImport.bind(1, tf.path).bind(2, QFileInfo(tf.path).size()).bind(3, now)
            .bind(4, std::int64_t(tf.resources.size())).bind(5, (tf.error.isEmpty() ? 0 : 1) + tf.problems.size()).bind(6, status).run();
        const qint64 importId = sqlite3_last_insert_rowid(db);
        if (!firstImport)
            firstImport = importId;
        if (!tf.error.isEmpty())
            addError.bind(1, importId).bind(2, tf.path).bind(3, QStringLiteral("json")).bind(4, tf.error).run();
        for (const QString &problem : tf.problems)
            addError.bind(1, importId).bind(2, tf.path).bind(3, QStringLiteral("element")).bind(4, problem).run();
    }
    addSnapshot.bind(1, result.snapshotTime.toSecsSinceEpoch()).bind(2, firstImport).run();
    result.snapshotId = sqlite3_last_insert_rowid(db);
    for (const TopologyFile &tf : std::as_const(read)) {
        for (const TopologyResource &r : tf.resources) {
            addScope.bind(1, result.snapshotId).bind(2, r.account).bind(3, r.region).run();
            addResource.bind(1, result.snapshotId).bind(2, r.kind).bind(3, r.id).bind(4, r.account).bind(5, r.region);
            r.vpcId.isEmpty() ? addResource.bindNull(6) : addResource.bind(6, r.vpcId);
            addResource.bind(7, r.name).bind(8, r.state).bind(9, r.deleted ? 1 : 0)
                .bind(10, std::string_view(r.raw.constData(), std::size_t(r.raw.size())));
            addResource.step();
            const int added = sqlite3_changes(db);
            result.resources += added;
            addResource.reset();
            // The same resource twice in one snapshot (two exports of one account and region): the
            // first is kept; when the two differ, the analyst is told which was kept.
            const QString key = r.kind + QLatin1Char('/') + r.id + QLatin1Char('/') + r.account + QLatin1Char('/') + r.region;
            if (added) {
                firstSource.insert(key, tf.path);
                continue;
            }
            sameResource.bind(1, result.snapshotId).bind(2, r.kind).bind(3, r.id).bind(4, r.account).bind(5, r.region);
            const bool differs = sameResource.step() && sameResource.blob(0) != r.raw;
            sameResource.reset();
            if (differs && result.warnings.size() < 200)
                result.warnings.append(QStringLiteral("%1: %2 %3 is also in %4 with other content; the one in %4 is kept")
                                           .arg(tf.path, r.kind, r.id, firstSource.value(key)));
        }
    }
    warnSharedInterfaceIds(read, result);
    // Unchanged since an earlier import (the same resources, and no other time asked for): no new snapshot.
    sql::Statement same(db, "SELECT s.id, s.taken_at FROM snapshots s WHERE s.id <> ?1 "
                            "AND (SELECT COUNT(*) FROM resources WHERE snapshot_id = s.id) = (SELECT COUNT(*) FROM resources WHERE snapshot_id = ?1) "
                            "AND NOT EXISTS (SELECT kind, id, account, region, raw FROM resources WHERE snapshot_id = ?1 "
                            "                EXCEPT SELECT kind, id, account, region, raw FROM resources WHERE snapshot_id = s.id) "
                            "ORDER BY s.taken_at DESC, s.id DESC");
    same.bind(1, result.snapshotId);
    while (same.step()) {
        if (snapshotTime.isValid() && same.int64(1) != result.snapshotTime.toSecsSinceEpoch())
            continue; // the same content at another time the analyst named: a snapshot of its own
        result.unchanged = true;
        result.snapshotId = same.int64(0);
        result.snapshotTime = QDateTime::fromSecsSinceEpoch(same.int64(1), Qt::UTC);
        result.resources = 0;
        result.warnings.append(QStringLiteral("unchanged since snapshot %1 (%2): no new snapshot")
                                   .arg(result.snapshotId).arg(result.snapshotTime.toString(Qt::ISODate)));
        qCInfo(lcIngest) << "unchanged since snapshot" << result.snapshotId;
        return result; // the transaction rolls back
    }
    tx.commit();
    qCInfo(lcIngest) << "snapshot" << result.snapshotId << "with" << result.resources << "resources from"
                       << result.filesRead << "files";
    return result;
}

} // namespace vpclens
