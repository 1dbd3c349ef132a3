// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/replay.h"

#include "topology/estate.h"
#include "trace/ruletrace.h"
#include "workspace/conversationchunk.h"
#include "workspace/sqlite.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>

namespace vpclens {
namespace {

// A connection is accepted when its request passes and, where the tracer follows one, its reply too.
struct Outcome {
    Verdict verdict = Verdict::Accept;
    QString rule;
};

Outcome outcomeOf(const Trace &t)
{
    auto decided = [](const PathTrace &p) {
        const Hop *hop = p.decidingHop >= 0 && std::size_t(p.decidingHop) < p.hops.size() ? &p.hops[std::size_t(p.decidingHop)] : nullptr;
        return Outcome{p.verdict, hop ? (hop->ruleName.isEmpty() ? QStringLiteral("%1 %2 %3").arg(hopKindText(hop->kind), hop->id, hop->rule).trimmed()
                                                                 : hop->ruleName)
                                      : QString()};
    };
    if (t.forward.verdict != Verdict::Accept)
        return decided(t.forward);
    if (t.reply && t.reply->verdict != Verdict::Accept) {
        Outcome o = decided(*t.reply);
        o.rule = QStringLiteral("reply: %1").arg(o.rule);
        return o;
    }
    return {};
}

} // namespace

ReplayResult replayAgainst(const Workspace &ws, const Estate &proposed, const TimeRange &range)
{
    // The connections of the period, each once per hour (the conversation sums the imports keep).
    struct Key {
        IpAddress src, dst;
        std::int64_t port, protocol, hour;
        bool operator<(const Key &o) const { return std::tie(src, dst, port, protocol, hour) < std::tie(o.src, o.dst, o.port, o.protocol, o.hour); }
    };
    std::map<Key, qint64> connections;
    const auto [fromHour, toHour] = range.hours();
    forEachConversationSum(ws.handle(), fromHour, toHour, ConversationActions::All, [&](const ConversationSum &s) {
        if (s.protocol < 0)
            return;
        connections[{s.src, s.dst, s.dstPort, s.protocol, s.hour}] += s.flows;
    });
    // The configuration each ran under: the snapshot of its hour (as explain has it), one evaluator each.
    const QList<qint64> times = ws.snapshotTimes();
    std::map<qint64, std::pair<std::unique_ptr<Estate>, std::unique_ptr<RuleEvaluator>>> under;
    auto baselineFor = [&](std::int64_t hour) -> const RuleEvaluator & {
        const auto after = std::upper_bound(times.cbegin(), times.cend(), hour * 3600 + 3599);
        const qint64 asOf = after == times.cbegin() ? (times.isEmpty() ? 0 : times.first()) : *(after - 1);
        auto &slot = under[asOf];
        if (!slot.second) {
            slot.first = std::make_unique<Estate>(loadEstate(ws, asOf));
            slot.second = std::make_unique<RuleEvaluator>(*slot.first);
        }
        return *slot.second;
    };
    const RuleEvaluator other(proposed);
    std::map<std::tuple<QString, QString, int, int, QString, QString, QString>, qint64> flips;
    ReplayResult out;
    // One trace per distinct (connection, configuration) pair: the hours of one connection share it.
    QHash<QString, std::pair<Outcome, Outcome>> decided;
    for (const auto &[k, count] : connections) {
        out.conversations += 1;
        out.connections += count;
        Packet p;
        p.src = k.src;
        p.dst = k.dst;
        p.protocol = int(k.protocol);
        p.dstPort = k.protocol == 1 || k.protocol == 58 ? 0 : int(k.port);
        const RuleEvaluator &base = baselineFor(k.hour);
        const QString memo = QStringLiteral("%1|%2|%3|%4|%5").arg(formatIp(k.src), formatIp(k.dst)).arg(k.port).arg(k.protocol).arg(quintptr(&base));
        auto it = decided.find(memo);
        if (it == decided.end())
            it = decided.insert(memo, {outcomeOf(base.trace(p)), outcomeOf(other.trace(p))});
        const auto &[before, after] = *it;
        const bool wasAccepted = before.verdict == Verdict::Accept, isAccepted = after.verdict == Verdict::Accept;
        if (wasAccepted == isAccepted || before.verdict == Verdict::Unknown || after.verdict == Verdict::Unknown)
            continue;
        const QString rule = isAccepted ? before.rule : after.rule;
        flips[{formatIp(k.src), formatIp(k.dst), int(k.port), int(k.protocol), QLatin1String(verdictName(before.verdict)),
               QLatin1String(verdictName(after.verdict)), rule}] += count;
    }
    for (const auto &[key, count] : flips)
        out.flips.append({std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), std::get<4>(key), std::get<5>(key),
                          std::get<6>(key), count});
    std::stable_sort(out.flips.begin(), out.flips.end(), [](const ReplayFlip &a, const ReplayFlip &b) { return a.connections > b.connections; });
    return out;
}

} // namespace vpclens
