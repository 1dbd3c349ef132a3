// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli report: the review report as one PDF or HTML file (report/reviewreport.h).
#include "commands.h"

#include "findings/findings.h"
#include "report/reviewreport.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace vpclens::cli {

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the review report: scope and flow-log coverage, the estate's and each VPC's diagram with the "
                                        "period's traffic, the findings with their evidence and a traced example, refused traffic, rule usage."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("The report: a .pdf or .html file."), QStringLiteral("file"));
    const QCommandLineOption checks(QStringLiteral("checks"), tr("A checks file (JSON), as for findings."), QStringLiteral("file"));
    const QCommandLineOption vpc(QStringLiteral("vpc"), tr("A VPC to draw a page for (repeat; default: every VPC)."), QStringLiteral("id"));
    const QCommandLineOption title(QStringLiteral("title"), tr("The report's title."), QStringLiteral("text"));
    const QCommandLineOption date(QStringLiteral("date"), tr("The export date on the first page (default: today), for reports that must come out "
                                                             "the same byte for byte."),
                                  QStringLiteral("yyyy-mm-dd"));
    const auto [from, to] = timeRangeOptions(Hourly::No);
    parser.addOptions({workspace, output, checks, vpc, title, date, from, to});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    const auto bad = [&](const QString &why) {
        err << tr("report: %1\n").arg(why);
        return BadArguments;
    };
    if (!parser.isSet(workspace) || !parser.isSet(output))
        return bad(tr("--workspace and -o are required"));
    if (!reportFormatForPath(parser.value(output)))
        return bad(tr("the report must be a .pdf or .html file"));
    ReportOptions options;
    options.title = parser.value(title);
    if (const auto notATime = readTimeRange(parser, from, to, &options.checks.range))
        return bad(tr("cannot read the time '%1'").arg(*notATime));
    if (parser.isSet(checks)) {
        QString error;
        if (!readCheckOptions(parser.value(checks), &options.checks, &error))
            return bad(error);
    }
    if (parser.isSet(date)) {
        options.exportedAt = QDateTime::fromString(parser.value(date), QStringLiteral("yyyy-MM-dd"));
        options.exportedAt.setTimeSpec(Qt::UTC);
        if (!options.exportedAt.isValid())
            return bad(tr("cannot read the date '%1'").arg(parser.value(date)));
    }
    auto ws = openWorkspaceOrSay(parser.value(workspace), Access::Read);
    if (!ws)
        return Failure;
    options.vpcs = parser.values(vpc);
    const Estate estate = loadEstate(*ws);
    for (const QString &id : std::as_const(options.vpcs))
        if (!estate.vpcs.contains(id))
            return bad(tr("the workspace has no VPC %1").arg(id));
    QString error;
    if (!writeReviewReport(*ws, options, parser.value(output), &error)) {
        err << "report: " << error << '\n';
        return Failure;
    }
    out << tr("Wrote %1\n").arg(parser.value(output));
    return Success;
}

} // namespace vpclens::cli
