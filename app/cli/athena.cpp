// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli athena-sql: the filter language as Trino SQL for Amazon Athena (query/athenasql.h).
#include "commands.h"

#include "base/timetext.h"
#include "query/athenasql.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace vpclens::cli {

int runAthenaSql(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the Athena (Trino) SQL that selects what a filter selects, over AWS's documented\n"
                                        "flow-log table with partition projection (partitions accid, region, day).\n"
                                        "Names (interfaces, instances, subnets, VPCs, groups) resolve in --workspace."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption filter(QStringLiteral("filter"), tr("The filter expression (empty: every record)."), QStringLiteral("expression"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Records starting at or after this time (ISO 8601 or epoch seconds)."), QStringLiteral("time"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Records starting before this time."), QStringLiteral("time"));
    const QCommandLineOption table(QStringLiteral("table"), tr("The table, [database.]name (default vpc_flow_logs)."), QStringLiteral("name"),
                                   QStringLiteral("vpc_flow_logs"));
    const QCommandLineOption groupBy(QStringLiteral("group-by"), tr("minute, conversation or endpoint (default: the records)."), QStringLiteral("kind"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many rows (default: no limit)."), QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({workspace, filter, from, to, table, groupBy, limit});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    AthenaQuery query;
    query.table = parser.value(table);
    query.limit = parser.value(limit).toInt();
    for (const auto &[option, into] : {std::pair{&from, &query.from}, std::pair{&to, &query.to}}) {
        if (!parser.isSet(*option))
            continue;
        const auto t = parseTimeText(parser.value(*option));
        if (!t) {
            err << tr("athena-sql: '%1' is not a time (ISO 8601 or epoch seconds)").arg(parser.value(*option)) << '\n';
            return BadArguments;
        }
        *into = *t;
    }
    const QString group = parser.value(groupBy);
    if (group == QLatin1String("minute"))
        query.shape = AthenaQuery::Shape::Minutes;
    else if (group == QLatin1String("conversation"))
        query.shape = AthenaQuery::Shape::Conversations;
    else if (group == QLatin1String("endpoint"))
        query.shape = AthenaQuery::Shape::Endpoints;
    else if (!group.isEmpty()) {
        err << tr("athena-sql: unknown grouping '%1'; use minute, conversation or endpoint").arg(group) << '\n';
        return BadArguments;
    }
    std::unique_ptr<Workspace> ws;
    Estate estate;
    if (parser.isSet(workspace)) {
        ws = openWorkspaceOrSay(parser.value(workspace), Access::Read);
        if (!ws)
            return Failure;
        estate = loadEstate(*ws);
    }
    const auto sql = athenaSql(parser.value(filter), {ws.get(), ws ? &estate : nullptr}, query);
    if (const auto *e = std::get_if<FilterError>(&sql)) {
        err << tr("athena-sql: %1\n  %2\n  %3^\n").arg(e->message, parser.value(filter), QString(e->position, QLatin1Char(' ')));
        return BadArguments;
    }
    out << std::get<QString>(sql) << ";\n";
    return Success;
}

} // namespace vpclens::cli
