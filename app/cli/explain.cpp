// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli explain: compare every logged record with the configuration, report disagreements.
#include "commands.h"

#include "base/ipaddress.h"
#include "base/printable.h"
#include "history/trailtimeline.h"
#include "trace/flowexplainer.h"
#include "workspace/addresscolumn.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace vpclens::cli {

int runExplain(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Explain every logged record against the configuration and report where they disagree."));
    parser.addHelpOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"), QCoreApplication::translate("cli", "The workspace file."), QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"), QCoreApplication::translate("cli", "Disagreements to list (default 20)."), QStringLiteral("n"), QStringLiteral("20"));
    parser.addOptions({workspace, json, limit});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    if (!parser.isSet(workspace)) {
        err << QCoreApplication::translate("cli", "explain: --workspace is required\n");
        return BadArguments;
    }
    auto ws = openWorkspaceOrSay(parser.value(workspace), Access::Write);
    if (!ws)
        return Failure;
    ExplainResult r;
    try {
        // Between snapshots, the configuration after each CloudTrail change (when any was imported).
        const auto timeline = trailTimeline(*ws);
        r = explainWorkspace(*ws, nullptr, timeline.get());
    } catch (const sql::Error &e) {
        err << QCoreApplication::translate("cli", "explain failed: %1\n").arg(QString::fromUtf8(e.what()));
        return Failure;
    }
    // The first disagreements, with their record and the hop that decided.
    sql::Statement list(ws->handle(), "SELECT d.flow_id, d.class, d.kind, d.component, d.rule, s.s, f.src, f.dst, f.sport, f.dport, f.proto, f.start "
                                      "FROM explain_disagreements d JOIN flows f ON f.id = d.flow_id LEFT JOIN strings s ON s.id = f.eni "
                                      "ORDER BY d.flow_id LIMIT ?1");
    list.bind(1, parser.value(limit).toInt());
    QJsonArray items;
    QStringList lines;
    while (list.step()) {
        const QString src = formatStoredAddress(list.get(), 6), dst = formatStoredAddress(list.get(), 7);
        const auto withPort = [](const QString &address) { // [2001:db8::1]:22, as URLs write it
            return address.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(address) : address;
        };
        const auto cls = ExplainClass(list.int64(1));
        items.append(QJsonObject{{QStringLiteral("flow_id"), qint64(list.int64(0))}, {QStringLiteral("class"), QLatin1String(explainClassName(cls))},
                                 {QStringLiteral("eni"), list.text(5)}, {QStringLiteral("src"), src}, {QStringLiteral("dst"), dst},
                                 {QStringLiteral("srcport"), qint64(list.int64(8))}, {QStringLiteral("dstport"), qint64(list.int64(9))},
                                 {QStringLiteral("protocol"), qint64(list.int64(10))}, {QStringLiteral("start"), qint64(list.int64(11))},
                                 {QStringLiteral("decided_by"), QJsonObject{{QStringLiteral("kind"), list.text(2)}, {QStringLiteral("id"), list.text(3)},
                                                                             {QStringLiteral("rule"), list.text(4)}}}});
        lines << QStringLiteral("  %1 %2 %3:%4 -> %5:%6 proto %7: %8 %9 rule %10")
                     .arg(QLatin1String(explainClassName(cls)), list.text(5), withPort(src)).arg(list.int64(8)).arg(withPort(dst)).arg(list.int64(9)).arg(list.int64(10))
                     .arg(list.text(2), list.text(3), list.text(4));
    }
    const double rate = r.seconds > 0 ? double(r.records) / r.seconds : 0;
    QJsonArray byChange;
    QStringList changeLines;
    for (const ChangeExplains &c : std::as_const(r.agreeByChange)) {
        byChange.append(QJsonObject{{QStringLiteral("change"), c.change}, {QStringLiteral("records"), qint64(c.records)},
                                    {QStringLiteral("example_flow_id"), qint64(c.example)}});
        changeLines << QCoreApplication::translate("cli", "  %1 record(s) (e.g. record %2): %3").arg(c.records).arg(c.example).arg(printable(c.change, 600));
    }
    if (parser.isSet(json)) {
        QJsonObject classes;
        for (int c = 0; c < int(ExplainClass::Count); ++c)
            classes.insert(QLatin1String(explainClassName(ExplainClass(c))), qint64(r.classes[std::size_t(c)]));
        out << QJsonDocument(QJsonObject{{QStringLiteral("records"), qint64(r.records)}, {QStringLiteral("distinct_decisions"), qint64(r.distinctDecisions)},
                                         {QStringLiteral("classes"), classes}, {QStringLiteral("seconds"), r.seconds},
                                         {QStringLiteral("records_per_second"), rate}, {QStringLiteral("disagreements"), items},
                                         {QStringLiteral("agree_by_change"), byChange}})
                   .toJson(QJsonDocument::Indented);
        return Success;
    }
    out << QCoreApplication::translate("cli", "%1 records explained in %2 s (%3 records/s, %4 distinct decisions)\n")
               .arg(r.records).arg(r.seconds, 0, 'f', 2).arg(qint64(rate)).arg(r.distinctDecisions);
    for (int c = 0; c < int(ExplainClass::Count); ++c)
        out << QStringLiteral("  %1 %2\n").arg(r.classes[std::size_t(c)], 10).arg(QLatin1String(explainClassName(ExplainClass(c))));
    if (!changeLines.isEmpty())
        out << QCoreApplication::translate("cli", "Agree only because of a change since the snapshot before them:\n")
            << changeLines.join(QLatin1Char('\n')) << '\n';
    if (!lines.isEmpty())
        out << QCoreApplication::translate("cli", "Disagreements:\n") << lines.join(QLatin1Char('\n')) << '\n';
    return Success;
}

} // namespace vpclens::cli
