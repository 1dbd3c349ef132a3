// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli findings: the review checks over the configuration and the flow logs, each finding with
// its evidence; for CI pipelines, exit 3 when one at or above --fail-on is found.
#include "commands.h"

#include "base/printable.h"
#include "base/timetext.h"
#include "findings/findings.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace vpclens::cli {

int runFindings(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run the review checks over the configuration and the flow logs (explain first for rule usage): "
                                        "each finding with its severity, the resources and rule it concerns, and its evidence."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption checks(QStringLiteral("checks"), tr("A checks file (JSON): sensitive_ports, scan_ports, authorised_sources, segments, must_not_reach, internet_facing."), QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption failOn(QStringLiteral("fail-on"), tr("Exit with 3 when a finding of this severity or higher exists: error, warning or note."),
                                    QStringLiteral("severity"));
    const auto [from, to] = timeRangeOptions(Hourly::Yes);
    parser.addOptions({workspace, checks, json, failOn, from, to});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    const auto bad = [&](const QString &why) {
        err << tr("findings: %1\n").arg(why);
        return BadArguments;
    };
    if (!parser.isSet(workspace))
        return bad(tr("--workspace is required"));
    std::optional<Severity> threshold;
    if (parser.isSet(failOn)) {
        threshold = severityFromName(parser.value(failOn));
        if (!threshold)
            return bad(tr("unknown severity '%1'; use error, warning or note").arg(parser.value(failOn)));
    }
    CheckOptions options;
    if (const auto notATime = readTimeRange(parser, from, to, &options.range))
        return bad(tr("cannot read the time '%1'").arg(*notATime));
    if (parser.isSet(checks)) {
        QString error;
        if (!readCheckOptions(parser.value(checks), &options, &error))
            return bad(error);
    }
    auto ws = openWorkspaceOrSay(parser.value(workspace), Access::Read);
    if (!ws)
        return Failure;
    FindingsReport report;
    try {
        report = reviewEstate(*ws, loadEstate(*ws), options);
    } catch (const sql::Error &e) {
        err << tr("findings failed: %1\n").arg(QString::fromUtf8(e.what()));
        return Failure;
    }
    if (!report.explained)
        err << tr("findings: the records have not all been explained since the last import (run vpclens-cli explain): "
                  "rule usage is incomplete and no rule is called unused\n");
    if (parser.isSet(json)) {
        out << QJsonDocument(findingsJson(report)).toJson(QJsonDocument::Indented);
    } else {
        out << "severity,check,resources,rule,records,first_seen,last_seen,summary\n";
        for (const Finding &f : std::as_const(report.findings))
            out << severityName(f.severity) << ',' << f.check << ',' << csvCell(f.resources.join(QLatin1Char(' '))) << ',' << csvCell(f.rule) << ','
                << f.evidence.records << ',' << (f.evidence.firstSeen ? formatTime(f.evidence.firstSeen, true) : QString()) << ','
                << (f.evidence.lastSeen ? formatTime(f.evidence.lastSeen, true) : QString()) << ',' << csvCell(f.summary) << '\n';
    }
    if (threshold)
        for (const Finding &f : std::as_const(report.findings))
            if (f.severity >= *threshold)
                return FindingsAtOrAbove;
    return Success;
}

} // namespace vpclens::cli
