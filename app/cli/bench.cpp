// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli bench: imports into a new workspace (or opens one, without --flows) and prints the
// figures the README quotes.
#include "base/processstats.h"
#include "commands.h"

#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "query/flowfilter.h"
#include "query/flowqueries.h"
#include "query/flowsearch.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>


namespace vpclens::cli {
namespace {

template <typename F>
double millis(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

// What an analyst meets with a filter typed: the table's first page, the chart over the whole span,
// the count of every match, and the Conversations and Endpoints views.
struct FilterFigures {
    QString filter;
    double pageMs = 0, chartMs = 0, countMs = 0, conversationsMs = 0, endpointsMs = 0;
    qint64 matches = 0;
};

QList<FilterFigures> measureFilters(const Workspace &ws)
{
    const QStringList filters = {QStringLiteral("action == REJECT"), QStringLiteral("dstport in {22, 3389}"),
                                 QStringLiteral("srcaddr in 10.0.0.0/8 and bytes > 10K"), QStringLiteral("protocol == udp or port == 443")};
    const auto span = flowTimeSpan(ws);
    const int bucket = bucketSecondsFor(span.second - span.first);
    QList<FilterFigures> out;
    for (const QString &text : filters) {
        const auto compiled = compileFilter(text, {&ws, nullptr});
        if (!std::holds_alternative<CompiledFilter>(compiled))
            continue;
        const CompiledFilter &f = std::get<CompiledFilter>(compiled);
        FilterFigures m{text};
        m.pageMs = millis([&] { (void)fetchFlows(ws, f, FlowKey::first(), 256); });
        m.chartMs = millis([&] { (void)bucketsForFilter(ws, f, bucket, span.first / 60 * 60, (span.second / 60 + 1) * 60); });
        m.countMs = millis([&] { m.matches = countFlows(ws, f); });
        m.conversationsMs = millis([&] { (void)groupFlows(ws, f, GroupBy::Conversation); });
        m.endpointsMs = millis([&] { (void)groupFlows(ws, f, GroupBy::Endpoint); });
        out.append(m);
    }
    return out;
}

} // namespace

int runBench(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Import into a new workspace and print speed, memory and size figures."));
    parser.addHelpOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"), QCoreApplication::translate("cli", "The workspace to create (replaced when it exists); without --flows, the workspace to measure."), QStringLiteral("file"));
    const QCommandLineOption topology(QStringLiteral("topology"), QCoreApplication::translate("cli", "Topology exports (optional)."), QStringLiteral("path"));
    const QCommandLineOption flows(QStringLiteral("flows"), QCoreApplication::translate("cli", "Flow logs to import (optional)."), QStringLiteral("path"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    parser.addOptions({workspace, topology, flows, json});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    if (!parser.isSet(workspace)) {
        err << QCoreApplication::translate("cli", "bench: --workspace is required\n");
        return BadArguments;
    }
    const QString path = parser.value(workspace);
    QString error;
    FlowImportResult r;
    if (parser.isSet(flows)) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(path + suffix);
        auto ws = Workspace::open(path, &error, true);
        if (!ws) {
            err << error << '\n';
            return Failure;
        }
        if (parser.isSet(topology))
            importTopology(*ws, parser.values(topology));
        r = importFlowLogs(*ws, parser.values(flows));
    }
    const double importPeak = peakRssMiB(); // before the queries below, whose sums hold their own memory
    const qint64 size = QFileInfo(path).size();
    auto ws = Workspace::open(path, &error, false); // freshly opened, as a user would
    if (!ws) {
        err << error << '\n';
        return Failure;
    }
    double openMs = 0, perBucketMs = 0, topMs = 0;
    int buckets = 0, talkers = 0;
    openMs = millis([&] { ws = Workspace::open(path, &error, false); });
    perBucketMs = millis([&] { buckets = int(flowsPerBucket(*ws, FlowAction::Reject, 300).size()); });
    topMs = millis([&] { talkers = int(topRejectedConversations(*ws, 20).size()); });
    // The table's first page in start-time order, both ways, and F8 (the next rejected record) from
    // the middle of the time span.
    const CompiledFilter all;
    double firstPageMs = 0, newestPageMs = 0, nextRejectedMs = 0;
    firstPageMs = millis([&] { (void)fetchFlows(*ws, all, FlowKey::first(), 256); });
    newestPageMs = millis([&] { (void)fetchFlowsBefore(*ws, all, FlowKey::last(), 256); });
    const auto span = flowTimeSpan(*ws);
    nextRejectedMs = millis([&] { (void)nextRejected(*ws, all, FlowKey{(span.first + span.second) / 2, 0}, true); });

    const QList<FilterFigures> filters = measureFilters(*ws);
    const double rate = r.seconds > 0 ? double(r.records) / r.seconds : 0;
    const qint64 records = ws->flowCount();
    const double perRecord = records > 0 ? double(size) / double(records) : 0;
    if (parser.isSet(json)) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("records"), r.records}, {QStringLiteral("files"), r.filesImported},
                                         {QStringLiteral("import_seconds"), r.seconds}, {QStringLiteral("records_per_second"), rate},
                                         {QStringLiteral("parse_cpu_seconds"), r.parseCpuSeconds},
                                         {QStringLiteral("write_cpu_seconds"), r.writeCpuSeconds},
                                         {QStringLiteral("import_peak_rss_mib"), importPeak}, {QStringLiteral("peak_rss_mib"), peakRssMiB()}, {QStringLiteral("workspace_bytes"), size},
                                         {QStringLiteral("bytes_per_record"), perRecord}, {QStringLiteral("open_ms"), openMs},
                                         {QStringLiteral("rejected_per_5min_ms"), perBucketMs}, {QStringLiteral("top20_rejected_ms"), topMs},
                                         {QStringLiteral("first_page_ms"), firstPageMs}, {QStringLiteral("newest_page_ms"), newestPageMs},
                                         {QStringLiteral("next_rejected_ms"), nextRejectedMs}, {QStringLiteral("filters"), [&] {
                                             QJsonArray a;
                                             for (const FilterFigures &m : filters)
                                                 a.append(QJsonObject{{QStringLiteral("filter"), m.filter}, {QStringLiteral("matches"), m.matches},
                                                                      {QStringLiteral("first_page_ms"), m.pageMs}, {QStringLiteral("chart_ms"), m.chartMs},
                                                                      {QStringLiteral("count_ms"), m.countMs},
                                                                      {QStringLiteral("conversations_ms"), m.conversationsMs},
                                                                      {QStringLiteral("endpoints_ms"), m.endpointsMs}});
                                             return a;
                                         }()}})
                   .toJson(QJsonDocument::Indented);
        return Success;
    }
    if (parser.isSet(flows)) {
        out << QStringLiteral("import:             %1 records in %2 files, %3 s, %4 records/s\n")
                   .arg(r.records).arg(r.filesImported).arg(r.seconds, 0, 'f', 2).arg(qint64(rate));
        out << QStringLiteral("threads:            parsing %1 s CPU, writing %2 s CPU\n")
                   .arg(r.parseCpuSeconds, 0, 'f', 2).arg(r.writeCpuSeconds, 0, 'f', 2);
    }
    if (parser.isSet(flows))
        out << QStringLiteral("peak RSS, import:   %1 MiB\n").arg(importPeak, 0, 'f', 1);
    out << QStringLiteral("peak RSS, in all:   %1 MiB (the queries below too)\n").arg(peakRssMiB(), 0, 'f', 1);
    out << QStringLiteral("workspace:          %1 bytes, %2 bytes/record\n").arg(size).arg(perRecord, 0, 'f', 1);
    out << QStringLiteral("open:               %1 ms\n").arg(openMs, 0, 'f', 1);
    out << QStringLiteral("rejected per 5 min: %1 ms (%2 buckets)\n").arg(perBucketMs, 0, 'f', 1).arg(buckets);
    out << QStringLiteral("top 20 rejected:    %1 ms (%2 rows)\n").arg(topMs, 0, 'f', 1).arg(talkers);
    out << QStringLiteral("first table page:   %1 ms oldest first, %2 ms newest first (by start time)\n").arg(firstPageMs, 0, 'f', 1).arg(newestPageMs, 0, 'f', 1);
    out << QStringLiteral("next rejected (F8): %1 ms from the middle of the time span\n").arg(nextRejectedMs, 0, 'f', 1);
    out << QStringLiteral("filters (ms):       first page, chart, count, conversations, endpoints\n");
    for (const FilterFigures &m : filters)
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6  %7 (%8 matches)\n")
                   .arg(m.pageMs, 8, 'f', 1).arg(m.chartMs, 8, 'f', 1).arg(m.countMs, 8, 'f', 1).arg(m.conversationsMs, 8, 'f', 1)
                   .arg(m.endpointsMs, 8, 'f', 1).arg(QString()).arg(m.filter).arg(m.matches);
    return Success;
}

} // namespace vpclens::cli
