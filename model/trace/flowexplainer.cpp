// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/flowexplainer.h"

#include "base/hashmix.h"
#include "base/jobfeedback.h"
#include "flowlog/flowbits.h"
#include "topology/estate.h"
#include "trace/decisionrecorder.h"
#include "trace/ruletrace.h"
#include "workspace/addresscolumn.h"
#include "workspace/decisioncolumn.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace vpclens {
namespace {

// One decision: the interface, its peer, the protocol and port, the snapshot in force, the
// direction and whether the record is a reply, packed into four words.
struct DecisionKey {
    std::uint64_t w[4]; // all zero: an empty slot
    DecisionKey() = default;
    DecisionKey(std::int64_t eni, const IpAddress &peer, int protocol, int port, int epoch, bool ingress, bool reply)
        : w{peer.hi, peer.lo, std::uint64_t(eni),
            kUsed | std::uint64_t(std::uint32_t(port) & 0x1ffff) | (std::uint64_t(protocol & 0xff) << 17)
                | (std::uint64_t(std::uint32_t(epoch) & 0xffffff) << 25) | (ingress ? 1ULL << 49 : 0) | (reply ? 1ULL << 50 : 0)}
    {
    }
    static constexpr std::uint64_t kUsed = 1ULL << 63, kRejected = 1ULL << 62, kUnfiltered = 1ULL << 61;
    static constexpr std::uint64_t kOutcome = kRejected | kUnfiltered;
};

// The verdicts decided so far, in one flat open-addressing table (linear probing) that is emptied
// when half full: no allocation per entry, memory fixed (36 MiB), one or two cache lines a lookup.
class DecisionCache
{
public:
    explicit DecisionCache(unsigned bits)
        : m_slots(std::size_t(1) << bits), m_decisions(m_slots.size()), m_mask((std::size_t(1) << bits) - 1)
    {
    }

    // What the configuration does with it (Outcome) and the decision id it was stored as.
    enum Outcome : std::uint8_t { Accepts, Rejects, NeverFilters };
    struct Decided {
        Outcome outcome;
        std::uint32_t decision;
    };
    std::optional<Decided> find(const DecisionKey &k, std::uint64_t hash) const
    {
        for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const DecisionKey &s = m_slots[i];
            if (s.w[3] == 0)
                return std::nullopt;
            if (s.w[2] == k.w[2] && s.w[1] == k.w[1] && s.w[0] == k.w[0] && (s.w[3] & ~DecisionKey::kOutcome) == k.w[3])
                return Decided{(s.w[3] & DecisionKey::kUnfiltered) ? NeverFilters : (s.w[3] & DecisionKey::kRejected) ? Rejects : Accepts,
                               m_decisions[i]};
        }
    }
    void insert(const DecisionKey &k, std::uint64_t hash, Decided d)
    {
        if (2 * m_size >= m_slots.size()) { // records arrive grouped by interface: the loss is small
            std::fill(m_slots.begin(), m_slots.end(), DecisionKey());
            m_size = 0;
        }
        std::size_t i = hash & m_mask;
        while (m_slots[i].w[3] != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = k;
        m_slots[i].w[3] |= d.outcome == Rejects ? DecisionKey::kRejected : d.outcome == NeverFilters ? DecisionKey::kUnfiltered : 0;
        m_decisions[i] = d.decision;
        ++m_size;
    }
    static std::uint64_t hash(const DecisionKey &k)
    {
        return mix64((k.w[0] * 0x9e3779b97f4a7c15ULL) ^ (k.w[1] * 0xc2b2ae3d27d4eb4fULL) ^ (k.w[2] * 0x165667b19e3779f9ULL) ^ k.w[3]);
    }

private:
    std::vector<DecisionKey> m_slots;
    std::vector<std::uint32_t> m_decisions; // beside the slots: the stored decision of each
    std::size_t m_mask, m_size = 0;
};

// The configuration in force from one snapshot time to the next: records are explained against
// the newest snapshot taken at or before they started (the oldest for records before every snapshot).
struct Epoch {
    Estate estate;
    std::unique_ptr<RuleEvaluator> evaluator;        // refers to estate: an epoch never moves
    std::unordered_map<std::int64_t, const Eni *> enis; // interned ENI ids -> interfaces
    QSet<int> servicePorts;                             // opened by some security group (for the initiator)

    Epoch(const Workspace &ws, Estate &&compiled)
        : estate(std::move(compiled))
        , evaluator(std::make_unique<RuleEvaluator>(estate))
    {
        sql::Statement q(ws.handle(), "SELECT id, s FROM strings WHERE s LIKE 'eni-%'");
        while (q.step())
            if (auto it = estate.enis.constFind(q.text(1)); it != estate.enis.cend())
                enis.emplace(q.int64(0), &*it);
        for (const SecurityGroup &g : estate.securityGroups)
            for (const SgRule &r : g.ingress)
                if ((r.protocol == 6 || r.protocol == 17) && r.ports.to - r.ports.from < 16)
                    for (int port = r.ports.from; port <= r.ports.to; ++port)
                        servicePorts.insert(port);
    }
};

// The snapshots alone: from each snapshot time on, that snapshot (per scope, as loadEstate(asOf)).
class SnapshotTimeline final : public ConfigurationTimeline
{
public:
    explicit SnapshotTimeline(const Workspace &ws) : m_ws(ws)
    {
        for (const qint64 t : ws.snapshotTimes())
            m_times.append(t * 1000);
        if (m_times.isEmpty())
            m_times.append(0);
    }
    QList<qint64> times() const override { return m_times; }
    Estate estateFrom(qsizetype index) const override
    {
        return m_times.size() <= 1 ? loadEstate(m_ws) : loadEstate(m_ws, m_times[index] / 1000);
    }
    QString changeAt(qsizetype) const override { return {}; }

private:
    const Workspace &m_ws;
    QList<qint64> m_times;
};

} // namespace

const char *explainClassName(ExplainClass c)
{
    switch (c) {
    case ExplainClass::Agree: return "agree";
    case ExplainClass::LoggedRejectConfigAccepts: return "logged-reject-config-accepts";
    case ExplainClass::LoggedAcceptConfigRejects: return "logged-accept-config-rejects";
    case ExplainClass::Undetermined: return "undetermined";
    case ExplainClass::NotExplainable: return "not-explainable";
    case ExplainClass::Unfiltered: return "never-filtered";
    case ExplainClass::Count: break;
    }
    return "?";
}

ExplainResult explainWorkspace(Workspace &ws, JobFeedback *feedback, const ConfigurationTimeline *timeline)
{
    ExplainResult result;
    QElapsedTimer clock;
    clock.start();
    sqlite3 *db = ws.handle();
    // One epoch per configuration time, built when a record first needs it (usually there is one).
    const SnapshotTimeline snapshots(ws);
    const ConfigurationTimeline &line = timeline ? *timeline : snapshots;
    const QList<qint64> times = line.times();
    std::vector<std::unique_ptr<Epoch>> epochs(std::size_t(std::max<qsizetype>(times.size(), 1)));
    auto epochOf = [&](std::int64_t start) -> std::int32_t {
        if (times.size() <= 1)
            return 0;
        const auto after = std::upper_bound(times.cbegin(), times.cend(), start * 1000);
        return std::int32_t(std::max<qsizetype>(after - times.cbegin() - 1, 0));
    };
    auto epoch = [&](std::int32_t i) -> const Epoch & {
        auto &slot = epochs[std::size_t(i)];
        if (!slot)
            slot = std::make_unique<Epoch>(ws, line.estateFrom(i));
        return *slot;
    };
    // The epoch of the snapshot before epoch i: the first one back that no change brought.
    auto snapshotEpochOf = [&](std::int32_t i) {
        while (i > 0 && !line.changeAt(i).isEmpty())
            --i;
        return i;
    };
    struct Explained {
        std::int64_t records = 0, example = 0; // the first record's id
    };
    QHash<std::int32_t, Explained> byChange; // epoch whose change explains records -> records
    DecisionCache earlier(16);               // verdicts of earlier configurations, for those records
    auto owns = [](const Eni &e, const IpAddress &a) {
        return std::find(e.privateIps.begin(), e.privateIps.end(), a) != e.privateIps.end()
               || std::find(e.publicIps.begin(), e.publicIps.end(), a) != e.publicIps.end();
    };

    sql::Transaction tx(db);
    sql::exec(db, "DELETE FROM explain_disagreements; DELETE FROM explain_summary; DELETE FROM explain_by_change;");
    sql::Statement store(db, "INSERT INTO explain_disagreements(flow_id, class, kind, component, rule) VALUES(?1, ?2, ?3, ?4, ?5)");
    DecisionRecorder recorder(db);
    QSet<QString> undetermined; // interfaces with records no rule was credited with
    // Flow-log records only: a capture flow has no action to judge, and its interface did not log it.
    sql::Statement rows(db, flowbits::sql(QStringLiteral("SELECT f.id, f.eni, f.src, f.dst, f.sport, f.dport, f.proto, f.bits, x.tcp_flags, "
                                                         "f.start, f.packets, f.bytes FROM flows f LEFT JOIN flow_extra x ON x.id = f.id "
                                                         "WHERE {flowLog} ORDER BY f.id")).toStdString());
    DecisionCache cache(20);
    sqlite3_stmt *s = rows.get();
    while (rows.step()) {
        ++result.records;
        if (feedback && (result.records & 0xffff) == 0 && feedback->isCanceled()) {
            result.error = QStringLiteral("cancelled");
            return result; // the transaction rolls back: the earlier run stays
        }
        const std::int64_t bits = sqlite3_column_int64(s, 7);
        const int action = flowbits::action(bits);
        if (sqlite3_column_type(s, 1) == SQLITE_INTEGER)
            recorder.logged(sqlite3_column_int64(s, 1), sqlite3_column_int64(s, 9), flowbits::status(bits));
        auto count = [&](ExplainClass c) { ++result.classes[std::size_t(c)]; };
        const std::optional<IpAddress> src = storedAddress(s, 2), dst = storedAddress(s, 3);
        if (!flowbits::isOk(bits) || action == 0 || !src || !dst) {
            count(ExplainClass::NotExplainable);
            continue;
        }
        const std::int32_t epochIndex = epochOf(sqlite3_column_int64(s, 9));
        const Epoch &at = epoch(epochIndex);
        const auto eniIt = at.enis.find(sqlite3_column_int64(s, 1));
        if (eniIt == at.enis.end()) {
            count(ExplainClass::NotExplainable);
            continue;
        }
        const Eni &eni = *eniIt->second;
        const std::int64_t sport = sqlite3_column_type(s, 4) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, 4);
        const std::int64_t dport = sqlite3_column_type(s, 5) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, 5);
        const int proto = int(sqlite3_column_int64(s, 6));
        const bool egress = owns(eni, *src), ingress = owns(eni, *dst);
        if (egress == ingress) { // a NAT gateway's translated side, or traffic to itself
            count(ExplainClass::Undetermined);
            undetermined.insert(eni.id);
            continue;
        }
        // Who initiated: tcp-flags where present (SYN = request, SYN-ACK = reply), else the ports.
        int initiator = 0; // 1 request, 2 reply
        if (sqlite3_column_type(s, 8) != SQLITE_NULL && proto == 6) {
            const std::int64_t flags = sqlite3_column_int64(s, 8);
            if ((flags & 18) == 18)
                initiator = 2;
            else if (flags & 2)
                initiator = 1;
        }
        if (initiator == 0 && (proto == 6 || proto == 17)) {
            const auto isService = [&](std::int64_t port) { return port >= 0 && (port < 1024 || at.servicePorts.contains(int(port))); };
            if (isService(dport) && !isService(sport))
                initiator = 1;
            else if (isService(sport) && !isService(dport))
                initiator = 2;
        }
        if (initiator == 0) {
            count(ExplainClass::Undetermined);
            undetermined.insert(eni.id);
            continue;
        }
        const IpAddress peer = ingress ? *src : *dst;
        const DecisionKey key(eniIt->first, peer, proto, int(dport), epochIndex, ingress, initiator == 2);
        const std::uint64_t hash = DecisionCache::hash(key);
        // Only the verdict is cached (a bool per key: small nodes, no strings copied); the rare record
        // that disagrees is evaluated again for the hop that decided.
        const auto decide = [&] {
            const auto peerEni = at.estate.privateOwner.constFind(peer);
            const bool sameSubnet = peerEni != at.estate.privateOwner.cend() && at.estate.enis.value(*peerEni).subnetId == eni.subnetId;
            return at.evaluator->decideAtInterface(eni, ingress, initiator == 2, peer, sameSubnet, proto, int(dport));
        };
        std::optional<DecisionCache::Decided> decided = cache.find(key, hash);
        if (!decided) {
            ++result.distinctDecisions;
            // Traffic to the Amazon DNS server, instance metadata, Time Sync, DHCP or the VPC router
            // meets no security group or NACL (and is not normally in flow logs at all).
            Packet toPeer;
            toPeer.src = ingress ? peer : *dst;
            toPeer.dst = ingress ? *dst : peer;
            toPeer.protocol = proto;
            toPeer.dstPort = int(dport);
            Packet fromPeer = toPeer;
            std::swap(fromPeer.src, fromPeer.dst);
            fromPeer.dstPort = int(sport);
            if (at.evaluator->unfilteredService(initiator == 2 ? fromPeer : toPeer)) {
                decided = DecisionCache::Decided{DecisionCache::NeverFilters, recorder.neverFiltered()};
            } else {
                const PathTrace path = decide();
                // A record the interface sent left its subnet by a route (the reply too).
                const Route *route = egress ? at.evaluator->routeFrom(eni, peer) : nullptr;
                const Subnet *subnet = route ? at.estate.subnetOf(eni) : nullptr;
                decided = DecisionCache::Decided{path.verdict == Verdict::Reject ? DecisionCache::Rejects : DecisionCache::Accepts,
                                                 recorder.decision(path, route, subnet ? subnet->routeTable : QString())};
            }
            cache.insert(key, hash, *decided);
        }
        recorder.record(sqlite3_column_int64(s, 0), decided->decision, sqlite3_column_int64(s, 9), initiator == 1,
                        sqlite3_column_int64(s, 10), sqlite3_column_int64(s, 11));
        const DecisionCache::Outcome outcome = decided->outcome;
        if (outcome == DecisionCache::NeverFilters) {
            count(ExplainClass::Unfiltered);
            continue;
        }
        const bool loggedReject = action == 2;
        if (loggedReject == (outcome == DecisionCache::Rejects)) {
            count(ExplainClass::Agree);
            // Would the snapshot alone disagree? Then a change since explains the record: the
            // earliest change from which on every configuration agrees with the log.
            if (const std::int32_t base = timeline ? snapshotEpochOf(epochIndex) : epochIndex; base != epochIndex) {
                auto agrees = [&](std::int32_t i) {
                    const DecisionKey other(eniIt->first, peer, proto, int(dport), i, ingress, initiator == 2);
                    const std::uint64_t h = DecisionCache::hash(other);
                    std::optional<DecisionCache::Decided> d = earlier.find(other, h);
                    if (!d) {
                        const Epoch &e = epoch(i);
                        const auto it = e.enis.find(eniIt->first);
                        bool rejects = false;
                        if (it != e.enis.end()) {
                            const auto peerEni = e.estate.privateOwner.constFind(peer);
                            const bool sameSubnet = peerEni != e.estate.privateOwner.cend() && e.estate.enis.value(*peerEni).subnetId == it->second->subnetId;
                            rejects = e.evaluator->decideAtInterface(*it->second, ingress, initiator == 2, peer, sameSubnet, proto, int(dport)).verdict == Verdict::Reject;
                        }
                        d = DecisionCache::Decided{rejects ? DecisionCache::Rejects : DecisionCache::Accepts, 0};
                        earlier.insert(other, h, *d);
                    }
                    return loggedReject == (d->outcome == DecisionCache::Rejects);
                };
                if (!agrees(base)) {
                    std::int32_t since = epochIndex;
                    while (since - 1 > base && agrees(since - 1))
                        --since;
                    auto &c = byChange[since];
                    if (c.records++ == 0)
                        c.example = sqlite3_column_int64(s, 0);
                }
            }
            continue;
        }
        const ExplainClass c = loggedReject ? ExplainClass::LoggedRejectConfigAccepts : ExplainClass::LoggedAcceptConfigRejects;
        count(c);
        const PathTrace path = decide();
        // The hop that decided; for an accepted path the one that let it through last.
        const Hop *h = path.decidingHop >= 0 ? &path.hops[std::size_t(path.decidingHop)] : path.hops.empty() ? nullptr : &path.hops.back();
        store.bind(1, sqlite3_column_int64(s, 0)).bind(2, int(c));
        if (h)
            store.bind(3, std::string_view(hopKindName(h->kind))).bind(4, h->id).bind(5, h->rule);
        else
            store.bindNull(3).bindNull(4).bindNull(5);
        store.run();
    }
    recorder.finish();
    QStringList unexplained(undetermined.cbegin(), undetermined.cend());
    unexplained.sort();
    ws.setMeta(QString::fromLatin1(kUndeterminedInterfacesKey), unexplained.join(QLatin1Char(',')));
    stampDecisions(ws);
    sql::Statement explained(db, "INSERT INTO explain_by_change(change, records, example) VALUES(?1, ?2, ?3) "
                                 "ON CONFLICT(change) DO UPDATE SET records = records + excluded.records");
    for (auto it = byChange.cbegin(); it != byChange.cend(); ++it)
        explained.bind(1, line.changeAt(it.key())).bind(2, it->records).bind(3, it->example).run();
    sql::Statement summary(db, "INSERT INTO explain_summary(class, records) VALUES(?1, ?2)");
    for (std::size_t c = 0; c < result.classes.size(); ++c)
        summary.bind(1, int(c)).bind(2, result.classes[c]).run();
    tx.commit();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    result.agreeByChange = storedAgreeByChange(ws);
    return result;
}

QList<ChangeExplains> storedAgreeByChange(const Workspace &ws)
{
    QList<ChangeExplains> out;
    if (!ws.hasTable("explain_by_change"))
        return out;
    sql::Statement q(ws.handle(), "SELECT change, records, example FROM explain_by_change ORDER BY records DESC, change");
    while (q.step())
        out.append({q.text(0), q.int64(1), q.int64(2)});
    return out;
}

} // namespace vpclens
