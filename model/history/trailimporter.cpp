// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/trailimporter.h"

#include "base/filecollector.h"
#include "base/jobfeedback.h"
#include "base/logging.h"
#include "history/eventeffect.h"
#include "history/trailreader.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>

namespace vpclens {
namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

TrailImportResult importCloudTrail(Workspace &ws, const QStringList &paths, JobFeedback *feedback)
{
    TrailImportResult result;
    const QStringList files = collectFiles(paths, {QStringLiteral("*.json"), QStringLiteral("*.json.gz"), QStringLiteral("*.jsonl"),
                                                   QStringLiteral("*.ndjson")},
                                           &result.errors);
    qint64 bytesTotal = 0, bytesDone = 0;
    for (const QString &f : files)
        bytesTotal += QFileInfo(f).size();
    sqlite3 *db = ws.handle();
    sql::Transaction tx(db);
    sql::Statement addImport(db, "INSERT INTO imports(kind, path, size, imported_at, records, bad_lines, status) "
                                 "VALUES('cloudtrail', ?1, ?2, ?3, ?4, ?5, ?6)");
    sql::Statement addError(db, "INSERT INTO import_errors(import_id, file, line, reason, text) VALUES(?1, ?2, ?3, ?4, ?5)");
    sql::Statement addEvent(db, "INSERT OR IGNORE INTO trail_events(event_id, time, name, source, actor, account, region, resources, "
                                "status, error, request, response, import_id, record) "
                                "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const QString &path : files) {
        if (feedback && feedback->isCanceled()) {
            result.canceled = true;
            return result; // rolls back
        }
        TrailFile tf = readTrailFile(path);
        const qint64 size = QFileInfo(path).size();
        addImport.bind(1, path).bind(2, size).bind(3, now).bind(4, tf.records).bind(5, qint64(tf.problems.size()))
            .bind(6, tf.error.isEmpty() ? QStringLiteral("ok") : QStringLiteral("error")).run();
        const qint64 importId = sqlite3_last_insert_rowid(db);
        if (!tf.error.isEmpty()) {
            result.errors.append(tf.error);
            addError.bind(1, importId).bind(2, path).bind(3, 0).bind(4, QStringLiteral("file")).bind(5, tf.error).run();
        } else {
            ++result.filesRead;
        }
        for (const QString &p : std::as_const(tf.problems))
            addError.bind(1, importId).bind(2, path).bind(3, 0).bind(4, QStringLiteral("record")).bind(5, p).run();
        result.problems += tf.problems;
        result.records += tf.records;
        for (auto it = tf.otherEvents.cbegin(); it != tf.otherEvents.cend(); ++it)
            result.otherEvents[it.key()] += it.value();
        for (TrailEvent &e : tf.changes) {
            ++result.changes;
            if (e.status == TrailEvent::Status::Applied) {
                e.error = effectProblem(e);
                e.status = e.error.isEmpty() ? TrailEvent::Status::Applied : TrailEvent::Status::NotApplied;
            }
            result.failed += e.status == TrailEvent::Status::Failed;
            result.notApplied += e.status == TrailEvent::Status::NotApplied;
            addEvent.bind(1, e.id).bind(2, e.time).bind(3, e.name).bind(4, e.source).bind(5, e.actor).bind(6, e.account)
                .bind(7, e.region).bind(8, e.resources.join(QLatin1Char(' '))).bind(9, QString::fromLatin1(trailStatusName(e.status)));
            e.error.isEmpty() ? addEvent.bindNull(10) : addEvent.bind(10, e.error);
            const QByteArray request = compact(e.request), response = compact(e.response);
            addEvent.bind(11, std::string_view(request.constData(), std::size_t(request.size())))
                .bind(12, std::string_view(response.constData(), std::size_t(response.size())))
                .bind(13, importId).bind(14, e.record);
            addEvent.step();
            result.added += sqlite3_changes(db);
            addEvent.reset();
        }
        if (feedback)
            feedback->progress(bytesDone += size, bytesTotal, result.records);
    }
    tx.commit();
    qCInfo(lcIngest) << "CloudTrail:" << result.filesRead << "files," << result.records << "records," << result.changes
                       << "network changes," << result.added << "new";
    return result;
}

QList<TrailEvent> trailEvents(const Workspace &ws, std::optional<qint64> fromMs, std::optional<qint64> toMs)
{
    QList<TrailEvent> out;
    if (!ws.hasTable("trail_events"))
        return out;
    sql::Statement q(ws.handle(), "SELECT e.event_id, e.time, e.name, e.source, e.actor, e.account, e.region, e.resources, e.status, "
                                  "e.error, e.request, e.response, i.path, e.record FROM trail_events e "
                                  "LEFT JOIN imports i ON i.id = e.import_id WHERE e.time BETWEEN ?1 AND ?2 ORDER BY e.time, e.event_id");
    q.bind(1, fromMs.value_or(std::numeric_limits<qint64>::min())).bind(2, toMs.value_or(std::numeric_limits<qint64>::max()));
    while (q.step()) {
        TrailEvent e;
        e.id = q.text(0);
        e.time = q.int64(1);
        e.name = q.text(2);
        e.source = q.text(3);
        e.actor = q.text(4);
        e.account = q.text(5);
        e.region = q.text(6);
        e.resources = q.text(7).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        e.status = trailStatusFromName(q.text(8));
        e.error = q.text(9);
        e.request = QJsonDocument::fromJson(q.text(10).toUtf8()).object();
        e.response = QJsonDocument::fromJson(q.text(11).toUtf8()).object();
        e.file = q.text(12);
        e.record = int(q.int64(13));
        out.append(std::move(e));
    }
    return out;
}

} // namespace vpclens
