// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/flowimporter.h"

#include "base/jobfeedback.h"
#include "base/logging.h"
#include "base/processstats.h"
#include "base/timetext.h"
#include "base/filecollector.h"
#include "ingest/flowparsejob.h"
#include "ingest/flowwriter.h"
#include "query/flowqueries.h"
#include "topology/estate.h"
#include "workspace/connectionrepair.h"
#include "workspace/flowrollups.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <functional>
#include <pthread.h>
#include <thread>

namespace vpclens {
namespace {

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
    const Estate estate = loadEstate(ws);
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

// Bulk-load mode while it lives: restored however the import ends.
class BulkLoad
{
public:
    explicit BulkLoad(Workspace &ws) : m_ws(ws) { m_ws.setBulkLoad(true); }
    ~BulkLoad()
    {
        try {
            m_ws.setBulkLoad(false);
        } catch (const std::exception &e) { // the connection ends with the workspace; no data depends on it
            qCWarning(lcIngest) << "bulk-load mode not restored:" << e.what();
        }
    }
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

private:
    Workspace &m_ws;
};

// The parsing thread: however the writing side ends (an exception included), it is told to stop and
// joined before anything it uses goes away.
class ParseThread
{
public:
    ParseThread(BoundedQueue<FlowBatch> &queue, std::atomic<bool> &cancel, std::function<void()> body)
        : m_queue(queue), m_cancel(cancel), m_thread(std::move(body))
    {
    }
    ~ParseThread()
    {
        m_cancel = true;
        join();
    }
    ParseThread(const ParseThread &) = delete;
    ParseThread &operator=(const ParseThread &) = delete;
    void join()
    {
        if (!m_thread.joinable())
            return;
        m_queue.close();
        m_thread.join();
    }

private:
    BoundedQueue<FlowBatch> &m_queue;
    std::atomic<bool> &m_cancel;
    std::thread m_thread;
};

// Reads the files on a thread of their own and writes them here, one transaction a file, then decides
// again the connections the import touched. Throws only before the first file is begun.
void importFiles(Workspace &ws, const QStringList &files, qint64 total, const FlowImportOptions &options, JobFeedback *feedback,
                 FlowImportResult &result)
{
    // The records already here: an import that brings the other sighting of their connections
    // (another flow log for the same hours) decides those connections again afterwards.
    qint64 lastIdBefore = 0;
    {
        sql::Statement q(ws.handle(), "SELECT COALESCE(MAX(last_id), 0) FROM flow_blocks");
        if (q.step())
            lastIdBefore = q.int64(0);
    }
    const BulkLoad bulk(ws);
    std::atomic<bool> cancel{false};
    BoundedQueue<FlowBatch> queue(16);
    FlowParseSetup setup = loadSetup(ws, files, options);
    result.messages += setup.warnings;
    FlowParseJob job(std::move(setup), queue, cancel);
    const double writeCpuBefore = threadCpuSeconds();
    std::vector<std::pair<std::int64_t, std::int64_t>> unwritten;
    QString parseFailure; // written by the parsing thread, read after it is joined
    {
        FlowWriter writer(ws, result); // prepared before the thread starts: a statement that fails stops nothing running
        ParseThread parser(queue, cancel, [&job, &result, &queue, &parseFailure] {
            pthread_setname_np(pthread_self(), "vpclens-parse"); // apart from the writer in top, perf and gdb
            try {
                job.run();
            } catch (const std::exception &e) { // out of memory: the writer ends with what was sent
                parseFailure = QString::fromUtf8(e.what());
                queue.finish();
            }
            result.parseCpuSeconds = threadCpuSeconds();
        });
        // Whatever fails on this side (a statement, the disk, memory), the file in flight is rolled
        // back and the parsing thread stopped and joined (ParseThread) before the error is reported.
        try {
            std::int64_t bytesDone = 0;
            while (auto batch = queue.pop()) {
                writer.handle(*batch);
                if (feedback) {
                    bytesDone = std::max(bytesDone, batch->bytesRead); // never backwards, whatever the batch
                    feedback->progress(bytesDone, total, result.records);
                    if (feedback->isCanceled()) {
                        cancel = true;
                        result.canceled = true;
                        break;
                    }
                }
            }
            writer.abort(); // a file still in flight when the batches ended (the parsing thread failed): never half-written
            unwritten = writer.unwrittenSpans();
        } catch (const std::exception &e) {
            writer.abort();
            result.messages.append(QStringLiteral("%1: import stopped: %2").arg(ws.path(), QString::fromUtf8(e.what())));
            ++result.filesFailed;
            result.stopped = true;
            cancel = true;
        }
        parser.join();
    }
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
    result.writeCpuSeconds = threadCpuSeconds() - writeCpuBefore;
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

FlowImportResult importFlowLogs(Workspace &ws, const QStringList &paths, const FlowImportOptions &options, JobFeedback *feedback)
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

    try {
        importFiles(ws, files, total, options, feedback, result);
    } catch (const std::exception &e) { // before a file was begun: the setup's statements, the disk
        result.messages.append(QStringLiteral("%1: import stopped: %2").arg(ws.path(), QString::fromUtf8(e.what())));
        ++result.filesFailed;
        result.stopped = true;
    }
    result.bytes = total;
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    qCInfo(lcIngest) << result.records << "records from" << result.filesImported << "files in" << result.seconds << "s";
    return result;
}

} // namespace vpclens
