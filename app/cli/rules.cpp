// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli rules: every security-group rule, NACL entry and route with what the flow logs say it
// decided (from the last explain), and for one rule its biggest conversations.
#include "commands.h"

#include "base/printable.h"
#include "base/protocols.h"
#include "base/timetext.h"
#include "query/flowfilter.h"
#include "query/flowsearch.h"
#include "query/ruleusage.h"
#include "topology/estate.h"
#include "workspace/decisioncolumn.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace vpclens::cli {
namespace {

const char *kindName(RuleKind k)
{
    switch (k) {
    case RuleKind::SecurityGroupRule: return "security-group-rule";
    case RuleKind::NoSecurityGroupRule: return "no-security-group-rule";
    case RuleKind::NaclEntry: return "nacl-entry";
    case RuleKind::Route: return "route";
    }
    return "?";
}

QJsonValue seen(qint64 t)
{
    return t > 0 ? QJsonValue(formatTime(t, true)) : QJsonValue();
}

} // namespace

int runRules(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List every security-group rule, NACL entry and route with the records it decided "
                                        "(run explain first): used, unused, or no evidence where the flow logs could not see it."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const auto [from, to] = timeRangeOptions(Hourly::Yes);
    const QCommandLineOption rule(QStringLiteral("rule"), tr("One rule (its name or sgr- id): its usage and its biggest conversations."), QStringLiteral("name"));
    parser.addOptions({workspace, json, from, to, rule});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    if (!parser.isSet(workspace)) {
        err << tr("rules: --workspace is required\n");
        return BadArguments;
    }
    TimeRange range;
    if (const auto notATime = readTimeRange(parser, from, to, &range)) {
        err << tr("rules: cannot read the time '%1'\n").arg(*notATime);
        return BadArguments;
    }
    auto ws = openWorkspaceOrSay(parser.value(workspace), Access::Read);
    if (!ws)
        return Failure;
    const Estate estate = loadEstate(*ws);
    QList<RuleUsage> rules;
    try {
        rules = ruleUsage(*ws, estate, range);
    } catch (const sql::Error &e) {
        err << tr("rules failed: %1\n").arg(QString::fromUtf8(e.what()));
        return Failure;
    }
    const QString one = parser.value(rule);
    if (!one.isEmpty()) {
        rules.removeIf([&](const RuleUsage &u) { return u.name != one; });
        if (rules.isEmpty()) {
            err << tr("rules: no rule is named '%1'\n").arg(one);
            return BadArguments;
        }
    }
    if (!decisionsCurrent(*ws))
        err << tr("rules: the records have not all been explained since the last import (run vpclens-cli explain): "
                  "counts are incomplete and no rule is called unused\n");
    // One rule: its biggest conversations, through the filter language (rule == name).
    QList<GroupRow> top;
    if (!one.isEmpty()) {
        const QString expression = QStringLiteral("rule == \"%1\"%2").arg(one, range.isAll() ? QString() : QStringLiteral(" and ") + range.filterExpression());
        const auto compiled = compileFilter(expression, {ws.get(), &estate});
        if (const auto *f = std::get_if<CompiledFilter>(&compiled))
            top = groupFlows(*ws, *f, GroupBy::Conversation, 10);
    }
    if (parser.isSet(json)) {
        QJsonArray items;
        for (const RuleUsage &u : std::as_const(rules)) {
            QJsonObject o{{QStringLiteral("rule"), u.name},
                          {QStringLiteral("kind"), QLatin1String(kindName(u.kind))},
                          {QStringLiteral("resource"), u.resource},
                          {QStringLiteral("text"), u.text},
                          {QStringLiteral("configured"), u.configured},
                          {QStringLiteral("state"), QLatin1String(usageState(u))},
                          {QStringLiteral("records"), u.records},
                          {QStringLiteral("rejected"), u.rejected},
                          {QStringLiteral("connections"), u.connections},
                          {QStringLiteral("packets"), u.packets},
                          {QStringLiteral("bytes"), u.bytes},
                          {QStringLiteral("first_seen"), seen(u.firstSeen)},
                          {QStringLiteral("last_seen"), seen(u.lastSeen)},
                          {QStringLiteral("interfaces"), u.interfaces},
                          {QStringLiteral("not_logging"), QJsonArray::fromStringList(u.notLogging)},
                          {QStringLiteral("partly_logged"), QJsonArray::fromStringList(u.partlyLogged)},
                          {QStringLiteral("undetermined"), QJsonArray::fromStringList(u.undetermined)},
                          {QStringLiteral("gaps"), QJsonArray::fromStringList(u.gaps)}};
            if (!one.isEmpty()) {
                QJsonArray conversations;
                for (const GroupRow &g : std::as_const(top))
                    conversations.append(QJsonObject{{QStringLiteral("client"), g.a}, {QStringLiteral("server"), g.b},
                                                     {QStringLiteral("port"), g.port}, {QStringLiteral("protocol"), protocolShortName(int(g.protocol))},
                                                     {QStringLiteral("records"), g.flows}, {QStringLiteral("bytes"), g.bytes},
                                                     {QStringLiteral("rejected"), g.rejected}});
                o.insert(QStringLiteral("top_conversations"), conversations);
            }
            items.append(o);
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("rules"), items}}).toJson(QJsonDocument::Indented);
        return Success;
    }
    out << "rule,kind,resource,state,records,rejected,connections,bytes,first_seen,last_seen,interfaces_not_logging\n";
    for (const RuleUsage &u : std::as_const(rules))
        out << csvCell(u.name) << ',' << kindName(u.kind) << ',' << csvCell(u.resource) << ',' << usageState(u) << ',' << u.records << ','
            << u.rejected << ',' << u.connections << ',' << u.bytes << ',' << (u.firstSeen ? formatTime(u.firstSeen, true) : QString()) << ','
            << (u.lastSeen ? formatTime(u.lastSeen, true) : QString()) << ',' << csvCell(u.notLogging.join(QLatin1Char(' '))) << '\n';
    if (!top.isEmpty()) {
        out << "\nclient,server,port,protocol,records,bytes,rejected\n";
        for (const GroupRow &g : std::as_const(top))
            out << g.a << ',' << g.b << ',' << g.port << ',' << protocolShortName(int(g.protocol)) << ',' << g.flows << ',' << g.bytes << ','
                << g.rejected << '\n';
    }
    return Success;
}

} // namespace vpclens::cli
