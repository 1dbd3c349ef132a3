// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/replay.h"

#include "base/hashmix.h"
#include "topology/estate.h"
#include "trace/flowexplainer.h"
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
#include <unordered_map>

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

// The hops of a trace as lines: direction, kind, component, rule and what it did.
QStringList hopLines(const Trace &t)
{
    QStringList out;
    auto add = [&out](const char *direction, const PathTrace &p) {
        for (const Hop &h : p.hops) {
            const QString rule = h.ruleName.isEmpty() ? h.rule : h.ruleName;
            const QString what = rule.startsWith(h.id) ? rule : QStringLiteral("%1: %2").arg(h.id, rule); // a NACL entry's name holds its id
            out << QStringLiteral("%1 %2 %3 %4").arg(QLatin1String(direction), hopKindText(h.kind), what, h.result).trimmed();
        }
    };
    add("request", t.forward);
    if (t.reply)
        add("reply", *t.reply);
    return out;
}

// One distinct connection against one configuration: the hours of a connection share its trace.
struct MemoKey {
    IpAddress src, dst;
    std::int64_t port, protocol;
    const RuleEvaluator *base;
    bool operator==(const MemoKey &o) const
    {
        return src == o.src && dst == o.dst && port == o.port && protocol == o.protocol && base == o.base;
    }
};
struct MemoHash {
    std::size_t operator()(const MemoKey &k) const
    {
        return std::size_t(mix64(k.src.hi ^ mix64(k.src.lo ^ mix64(k.dst.hi ^ mix64(k.dst.lo ^ mix64(std::uint64_t(k.port) << 8 ^ std::uint64_t(k.protocol)))))
                                 ^ std::uint64_t(reinterpret_cast<quintptr>(k.base))));
    }
};

} // namespace

ReplayResult replayAgainst(const Workspace &ws, const Estate &proposed, const TimeRange &range, const ConfigurationTimeline *timeline)
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
    // The configuration each ran under: the snapshot of its hour (as explain has it), or with a
    // timeline the configuration in force at the hour's end; one evaluator each.
    QList<qint64> times; // ms
    if (timeline)
        times = timeline->times();
    else
        for (const qint64 t : ws.snapshotTimes())
            times.append(t * 1000);
    std::map<qsizetype, std::pair<std::unique_ptr<Estate>, std::unique_ptr<RuleEvaluator>>> under;
    auto baselineFor = [&](std::int64_t hour) -> const RuleEvaluator & {
        const auto after = std::upper_bound(times.cbegin(), times.cend(), (hour * 3600 + 3599) * 1000 + 999);
        const qsizetype index = after == times.cbegin() ? 0 : after - times.cbegin() - 1;
        auto &slot = under[index];
        if (!slot.second) {
            slot.first = std::make_unique<Estate>(timeline ? timeline->estateFrom(index)
                                                           : times.isEmpty() ? loadEstate(ws) : loadEstate(ws, times[index] / 1000));
            slot.second = std::make_unique<RuleEvaluator>(*slot.first);
        }
        return *slot.second;
    };
    const RuleEvaluator other(proposed);
    using FlipKey = std::tuple<QString, QString, int, int, QString, QString, QString>;
    std::map<FlipKey, qint64> flips;
    std::map<FlipKey, QStringList> traces; // each flip's refusing trace, traced again once (flips are rare)
    ReplayResult out;
    std::unordered_map<MemoKey, std::pair<Outcome, Outcome>, MemoHash> decided;
    for (const auto &[k, count] : connections) {
        out.conversations += 1;
        out.connections += count;
        Packet p;
        p.src = k.src;
        p.dst = k.dst;
        p.protocol = int(k.protocol);
        p.dstPort = k.protocol == 1 || k.protocol == 58 ? 0 : int(k.port);
        const RuleEvaluator &base = baselineFor(k.hour);
        const MemoKey memo{k.src, k.dst, k.port, k.protocol, &base};
        auto it = decided.find(memo);
        if (it == decided.end())
            it = decided.emplace(memo, std::pair{outcomeOf(base.trace(p)), outcomeOf(other.trace(p))}).first;
        const auto &[before, after] = it->second;
        const bool wasAccepted = before.verdict == Verdict::Accept, isAccepted = after.verdict == Verdict::Accept;
        if (wasAccepted == isAccepted || before.verdict == Verdict::Unknown || after.verdict == Verdict::Unknown)
            continue;
        const QString rule = isAccepted ? before.rule : after.rule;
        const FlipKey key{formatIp(k.src), formatIp(k.dst), int(k.port), int(k.protocol), QLatin1String(verdictName(before.verdict)),
                          QLatin1String(verdictName(after.verdict)), rule};
        flips[key] += count;
        if (!traces.count(key))
            traces[key] = hopLines((isAccepted ? base : other).trace(p));
    }
    for (const auto &[key, count] : flips)
        out.flips.append({std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), std::get<4>(key), std::get<5>(key),
                          std::get<6>(key), count, traces[key]});
    std::stable_sort(out.flips.begin(), out.flips.end(), [](const ReplayFlip &a, const ReplayFlip &b) { return a.connections > b.connections; });
    return out;
}

} // namespace vpclens
