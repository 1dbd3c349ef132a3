// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli changes: the CloudTrail calls that changed the network, oldest first, with their status
// (applied, failed, not applied and why); with --check, whether applying them to each snapshot gives
// the next one, and where it does not.
#include "base/printable.h"
#include "base/timerange.h"
#include "commands.h"

#include "history/configuration.h"
#include "history/trailimporter.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace vpclens::cli {
namespace {

// A change whose eventTime could not be read is kept at time 0 (never applied): "unknown time".
QString isoMs(qint64 ms)
{
    return ms == 0 ? QCoreApplication::translate("cli", "unknown time") : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject eventJson(const TrailEvent &e)
{
    return QJsonObject{{QStringLiteral("time"), e.time == 0 ? QJsonValue() : QJsonValue(isoMs(e.time))},
                       {QStringLiteral("event"), e.name},
                       {QStringLiteral("actor"), e.actor},
                       {QStringLiteral("account"), e.account},
                       {QStringLiteral("region"), e.region},
                       {QStringLiteral("resources"), QJsonArray::fromStringList(e.resources)},
                       {QStringLiteral("status"), QLatin1String(trailStatusName(e.status))},
                       {QStringLiteral("error"), e.error.isEmpty() ? QJsonValue() : QJsonValue(e.error)},
                       {QStringLiteral("file"), e.file},
                       {QStringLiteral("record"), e.record}};
}

QJsonObject checkJson(const ReproductionCheck &c)
{
    QJsonArray differences;
    for (const SnapshotChange &d : c.differences)
        differences.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(changeKindName(d.kind))},
                                       {QStringLiteral("resource"), d.resource},
                                       {QStringLiteral("resource_kind"), d.resourceKind},
                                       {QStringLiteral("detail"), d.detail}});
    return QJsonObject{{QStringLiteral("from"), c.from},
                       {QStringLiteral("to"), c.to},
                       {QStringLiteral("scopes"), QJsonArray::fromStringList(c.scopes)},
                       {QStringLiteral("events_applied"), c.events},
                       {QStringLiteral("reproduced"), c.reproduced()},
                       {QStringLiteral("created_by_aws"), c.createdByAws},
                       {QStringLiteral("differences"), differences},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(c.notes)}};
}

} // namespace

int runChanges(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "List the CloudTrail calls that changed the network, oldest first, "
                                                                        "with their status (applied, failed, not-applied)."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption();
    const auto [from, to] = timeRangeOptions(Hourly::No);
    const QCommandLineOption check(QStringLiteral("check"), QCoreApplication::translate("cli", "Also check that each snapshot plus the events after it gives the next snapshot."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    parser.addOptions({workspace, from, to, check, json});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    if (!parser.isSet(workspace)) {
        err << QCoreApplication::translate("cli", "changes: --workspace is required\n");
        return BadArguments;
    }
    TimeRange range;
    if (const auto bad = readTimeRange(parser, from, to, &range)) {
        err << QCoreApplication::translate("cli", "changes: '%1' is not a time\n").arg(printable(*bad, 80));
        return BadArguments;
    }
    auto ws = openWorkspaceOrSay(parser.value(workspace), Access::Read);
    if (!ws)
        return Failure;
    QList<TrailEvent> events;
    QList<ReproductionCheck> checks;
    try {
        events = trailEvents(*ws, range.from > 0 ? std::optional<qint64>(range.from * 1000) : std::nullopt,
                             range.to > 0 ? std::optional<qint64>(range.to * 1000 + 999) : std::nullopt);
        if (parser.isSet(check))
            checks = checkSnapshots(*ws);
    } catch (const sql::Error &e) {
        err << QCoreApplication::translate("cli", "changes failed: %1\n").arg(QString::fromUtf8(e.what()));
        return Failure;
    }
    if (parser.isSet(json)) {
        QJsonArray items, checkItems;
        for (const TrailEvent &e : std::as_const(events))
            items.append(eventJson(e));
        QJsonObject o{{QStringLiteral("changes"), items}};
        if (parser.isSet(check)) {
            for (const ReproductionCheck &c : std::as_const(checks))
                checkItems.append(checkJson(c));
            o.insert(QStringLiteral("checks"), checkItems);
        }
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Success;
    }
    int counts[3] = {0, 0, 0};
    for (const TrailEvent &e : std::as_const(events)) {
        ++counts[int(e.status)];
        out << QStringLiteral("%1  %2 %3 %4  by %5")
                   .arg(isoMs(e.time))
                   .arg(QLatin1String(trailStatusName(e.status)), -11)
                   .arg(e.name, -32)
                   .arg(e.resources.join(QLatin1Char(' ')), printable(e.actor, 200));
        if (!e.error.isEmpty())
            out << QStringLiteral("  (%1)").arg(printable(e.error, 400));
        out << '\n';
    }
    out << QCoreApplication::translate("cli", "%n network change(s)", nullptr, int(events.size()))
        << QCoreApplication::translate("cli", ": %1 applied, %2 failed, %3 not applied\n").arg(counts[0]).arg(counts[1]).arg(counts[2]);
    for (const ReproductionCheck &c : std::as_const(checks)) {
        out << QCoreApplication::translate("cli", "Snapshot %1 + %2 -> snapshot %3 (%4): %5\n")
                   .arg(c.from)
                   .arg(QCoreApplication::translate("cli", "%n event(s)", nullptr, int(c.events)))
                   .arg(c.to)
                   .arg(c.scopes.join(QStringLiteral(", ")),
                                                             c.reproduced() ? QCoreApplication::translate("cli", "reproduced")
                                                                            : QCoreApplication::translate("cli", "%n difference(s)", nullptr, int(c.differences.size())));
        if (c.createdByAws > 0)
            out << QCoreApplication::translate("cli", "  %1 resource(s) AWS created with a new VPC (no event names them)\n").arg(c.createdByAws);
        for (const SnapshotChange &d : c.differences)
            out << QStringLiteral("  %1 %2 %3: %4\n").arg(QLatin1String(changeKindName(d.kind)), -8).arg(d.resourceKind, d.resource, printable(d.detail, 400));
        for (const QString &n : c.notes)
            out << QCoreApplication::translate("cli", "  not applied: %1\n").arg(printable(n, 400));
    }
    return Success;
}

} // namespace vpclens::cli
