// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/printable.h"
#include "commands.h"

#include "base/jobfeedback.h"
#include "history/trailimporter.h"
#include "ingest/captureimporter.h"
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "overlay/overlaycache.h"
#include "topology/topologyresource.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace vpclens::cli {
namespace {

// A one-line progress bar on stderr, only when stderr is a terminal.
class TerminalProgress : public JobFeedback
{
public:
    TerminalProgress() : m_tty(isatty(STDERR_FILENO) != 0) { m_clock.start(); }
    ~TerminalProgress() override
    {
        if (m_tty && m_drawn)
            std::fputs("\n", stderr);
    }
    void progress(qint64 done, qint64 total, qint64 records) override
    {
        if (!m_tty || total <= 0 || m_clock.elapsed() - m_last < 100)
            return;
        m_last = m_clock.elapsed();
        const int width = 30;
        const int filled = int(width * double(done) / double(total));
        const double secs = std::max(0.001, m_clock.elapsed() / 1000.0);
        std::fprintf(stderr, "\r[%-*s] %3d%%  %lld records  %.0f records/s ", width, std::string(std::size_t(filled), '#').c_str(),
                     int(100.0 * double(done) / double(total)), static_cast<long long>(records), double(records) / secs);
        m_drawn = true;
    }

private:
    bool m_tty;
    bool m_drawn = false;
    QElapsedTimer m_clock;
    qint64 m_last = -1000;
};

// Per capture file: how it was read and what its frames were.
QJsonArray captureReports(const CaptureImportResult &r)
{
    QJsonArray files;
    for (const CaptureFileReport &f : r.files)
        files.append(QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("status"), f.status},
                                 {QStringLiteral("format"), f.format}, {QStringLiteral("frames"), f.frames},
                                 {QStringLiteral("flows"), f.flows}, {QStringLiteral("bytes"), f.bytes},
                                 {QStringLiteral("not_ip"), f.notIp}, {QStringLiteral("fragments"), f.fragments},
                                 {QStringLiteral("truncated"), f.truncated}, {QStringLiteral("malformed"), f.malformed},
                                 {QStringLiteral("unattributed_flows"), f.unattributed}, {QStringLiteral("message"), f.message}});
    return files;
}

// Capture megabytes (as on disk) read per second.
double captureRate(const CaptureImportResult &r)
{
    qint64 size = 0;
    for (const CaptureFileReport &f : r.files)
        size += QFileInfo(f.path).size();
    return r.seconds > 0 ? double(size) / 1e6 / r.seconds : 0.0;
}

} // namespace


int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Import AWS CLI exports, VPC Flow Logs, CloudTrail logs and packet captures into a workspace."));
    parser.addHelpOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"), QCoreApplication::translate("cli", "The workspace file (created when missing)."), QStringLiteral("file"));
    const QCommandLineOption topology(QStringLiteral("topology"), QCoreApplication::translate("cli", "A JSON export or a folder of them (repeatable)."), QStringLiteral("path"));
    const QCommandLineOption flows(QStringLiteral("flows"), QCoreApplication::translate("cli", "A flow-log file or a folder tree of them (repeatable)."), QStringLiteral("path"));
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("cli", "The record format of files without a header line, in AWS syntax: '${version} ${account-id} ...'."), QStringLiteral("format"));
    const QCommandLineOption snapshotTime(QStringLiteral("snapshot-time"), QCoreApplication::translate("cli", "The time the topology was exported (ISO 8601); default: the newest file's time."), QStringLiteral("time"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the summary as JSON."));
    const QCommandLineOption cloudtrail(QStringLiteral("cloudtrail"), QCoreApplication::translate("cli", "CloudTrail logs: a file (JSON, gzip, lookup-events output) or a folder tree of them (repeatable)."), QStringLiteral("path"));
    const QCommandLineOption capture(QStringLiteral("capture"), QCoreApplication::translate("cli", "A packet capture (pcap, pcapng; from a traffic-mirror target or tcpdump) or a folder of them (repeatable)."), QStringLiteral("path"));
    const QCommandLineOption interface(QStringLiteral("interface"), QCoreApplication::translate("cli", "The interface (eni-...) a capture without VXLAN was taken on; default: the interface the estate knows by address."), QStringLiteral("eni"));
    const QCommandLineOption window(QStringLiteral("window"), QCoreApplication::translate("cli", "Seconds a capture flow sums packets over (60 or 600 as flow logs); default: the flow logs' aggregation interval, else 600."), QStringLiteral("seconds"));
    parser.addOptions({workspace, topology, flows, cloudtrail, capture, interface, window, format, snapshotTime, json});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    if (!parser.isSet(workspace) || (!parser.isSet(topology) && !parser.isSet(flows) && !parser.isSet(cloudtrail) && !parser.isSet(capture))) {
        err << QCoreApplication::translate("cli", "import: --workspace and at least one --topology, --flows, --cloudtrail or --capture are required\n");
        return BadArguments;
    }
    CaptureImportOptions captureOptions;
    captureOptions.interfaceId = parser.value(interface);
    if (parser.isSet(window)) {
        bool ok = false;
        captureOptions.windowSeconds = parser.value(window).toLongLong(&ok);
        if (!ok || captureOptions.windowSeconds < 1 || captureOptions.windowSeconds > 86400) {
            err << QCoreApplication::translate("cli", "import: --window '%1' is not a number of seconds (1-86400)\n").arg(parser.value(window));
            return BadArguments;
        }
    }
    QDateTime when;
    if (parser.isSet(snapshotTime)) {
        when = parseAwsTimestamp(parser.value(snapshotTime));
        if (!when.isValid()) {
            err << QCoreApplication::translate("cli", "import: --snapshot-time '%1' is not a time\n").arg(parser.value(snapshotTime));
            return BadArguments;
        }
    }
    QString error;
    auto ws = Workspace::open(parser.value(workspace), &error, true);
    if (!ws) {
        err << error << '\n';
        return Failure;
    }
    QElapsedTimer clock;
    clock.start();
    TopologyImportResult topo;
    FlowImportResult flow;
    TrailImportResult trail;
    CaptureImportResult captures;
    try {
        if (parser.isSet(topology))
            topo = importTopology(*ws, parser.values(topology), when);
        if (parser.isSet(cloudtrail))
            trail = importCloudTrail(*ws, parser.values(cloudtrail));
        if (parser.isSet(flows)) {
            TerminalProgress progress;
            flow = importFlowLogs(*ws, parser.values(flows), FlowImportOptions{parser.value(format)}, &progress);
        }
        if (parser.isSet(capture)) {
            TerminalProgress progress;
            captures = importCaptures(*ws, parser.values(capture), captureOptions, &progress);
        }
        // What the GUI shows first, computed now rather than on the first open.
        if (topo.snapshotId > 0 || flow.filesImported > 0)
            warmOpeningCaches(*ws);
    } catch (const sql::Error &e) {
        err << QCoreApplication::translate("cli", "import failed: %1\n").arg(QString::fromUtf8(e.what()));
        return Failure;
    }
    // Messages name files and quote their content: shown inert (printable.h), whatever they hold.
    for (const QString &e : std::as_const(topo.errors))
        err << QCoreApplication::translate("cli", "error: %1\n").arg(printable(e, 4000));
    for (const QString &s : std::as_const(topo.skipped))
        err << QCoreApplication::translate("cli", "skipped: %1\n").arg(printable(s, 4000));
    topo.warnings += ws->snapshotTimeWarnings();
    for (const QString &w : std::as_const(topo.warnings))
        err << QCoreApplication::translate("cli", "warning: %1\n").arg(printable(w, 4000));
    for (const QString &e : std::as_const(trail.errors))
        err << QCoreApplication::translate("cli", "error: %1\n").arg(printable(e, 4000));
    for (const QString &p : std::as_const(trail.problems))
        err << QCoreApplication::translate("cli", "bad record: %1\n").arg(printable(p, 4000));
    for (const QString &m : std::as_const(flow.messages))
        err << printable(m, 4000) << '\n';
    for (const QString &m : std::as_const(captures.messages))
        err << printable(m, 4000) << '\n';
    const double secs = clock.elapsed() / 1000.0;
    const double rate = flow.seconds > 0 ? double(flow.records) / flow.seconds : 0.0;
    QJsonObject otherEvents;
    qint64 otherTotal = 0;
    for (auto it = trail.otherEvents.cbegin(); it != trail.otherEvents.cend(); ++it) {
        otherEvents.insert(it.key(), it.value());
        otherTotal += it.value();
    }
    if (parser.isSet(json)) {
        QJsonObject o{{QStringLiteral("topology_files"), topo.filesRead},
                      {QStringLiteral("resources"), topo.resources},
                      {QStringLiteral("snapshot_id"), topo.snapshotId},
                      {QStringLiteral("errors"), QJsonArray::fromStringList(topo.errors)},
                      {QStringLiteral("skipped"), QJsonArray::fromStringList(topo.skipped)},
                      {QStringLiteral("warnings"), QJsonArray::fromStringList(topo.warnings)},
                      {QStringLiteral("snapshot_unchanged"), topo.unchanged},
                      {QStringLiteral("flow_files"), flow.filesImported},
                      {QStringLiteral("flow_files_skipped"), flow.filesSkipped},
                      {QStringLiteral("flow_files_failed"), flow.filesFailed},
                      {QStringLiteral("flow_files_left_out"), flow.filesLeftOut},
                      {QStringLiteral("records"), flow.records},
                      {QStringLiteral("bad_lines"), flow.badLines},
                      {QStringLiteral("records_per_second"), rate},
                      {QStringLiteral("canceled"), flow.canceled},
                      {QStringLiteral("cloudtrail_files"), trail.filesRead},
                      {QStringLiteral("cloudtrail_records"), trail.records},
                      {QStringLiteral("cloudtrail_changes"), trail.changes},
                      {QStringLiteral("cloudtrail_changes_new"), trail.added},
                      {QStringLiteral("cloudtrail_failed"), trail.failed},
                      {QStringLiteral("cloudtrail_not_applied"), trail.notApplied},
                      {QStringLiteral("cloudtrail_other_events"), otherEvents},
                      {QStringLiteral("cloudtrail_errors"), QJsonArray::fromStringList(trail.errors)},
                      {QStringLiteral("cloudtrail_bad_records"), QJsonArray::fromStringList(trail.problems)},
                      {QStringLiteral("capture_files"), captures.filesImported},
                      {QStringLiteral("capture_files_skipped"), captures.filesSkipped},
                      {QStringLiteral("capture_files_failed"), captures.filesFailed},
                      {QStringLiteral("capture_frames"), captures.frames},
                      {QStringLiteral("capture_flows"), captures.flows},
                      {QStringLiteral("capture_files_report"), captureReports(captures)},
                      {QStringLiteral("seconds"), secs}};
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        if (parser.isSet(topology))
            out << QCoreApplication::translate("cli", "Topology: %1 files, %2 resources (snapshot %3), %4 errors, %5 skipped\n")
                       .arg(topo.filesRead).arg(topo.resources).arg(topo.snapshotId).arg(topo.errors.size()).arg(topo.skipped.size());
        if (parser.isSet(flows))
            out << QCoreApplication::translate("cli", "Flow logs: %1 files, %2 records, %3 skipped, %4 failed, %5 bad lines, %6 records/s\n")
                       .arg(flow.filesImported).arg(flow.records).arg(flow.filesSkipped).arg(flow.filesFailed).arg(flow.badLines)
                       .arg(qint64(rate));
        if (parser.isSet(cloudtrail))
            out << QCoreApplication::translate("cli", "CloudTrail: %1 files, %2 records, %3 network changes (%4 new, %5 failed, %6 not applied), "
                                                      "%7 other events counted apart, %8 bad records\n")
                       .arg(trail.filesRead).arg(trail.records).arg(trail.changes).arg(trail.added).arg(trail.failed).arg(trail.notApplied)
                       .arg(otherTotal).arg(trail.problems.size());
        if (parser.isSet(capture))
            out << QCoreApplication::translate("cli", "Captures: %1 files, %2 frames, %3 flows, %4 skipped, %5 failed, %6 MB/s\n")
                       .arg(captures.filesImported).arg(captures.frames).arg(captures.flows).arg(captures.filesSkipped)
                       .arg(captures.filesFailed).arg(captureRate(captures), 0, 'f', 1);
        out << QCoreApplication::translate("cli", "Done in %1 s\n").arg(secs, 0, 'f', 2);
    }
    const bool didSomething = topo.filesRead > 0 || flow.filesImported > 0 || flow.filesSkipped > 0 || trail.filesRead > 0
                              || captures.filesImported > 0 || captures.filesSkipped > 0;
    return didSomething && !flow.stopped ? Success : Failure;
}

} // namespace vpclens::cli
