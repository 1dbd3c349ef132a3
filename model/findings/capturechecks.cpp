// SPDX-License-Identifier: GPL-3.0-or-later
// The flow logs held against the packet captures beside them (ingest/captureimporter.h), per
// mirrored interface and within the time the captures cover:
//  - capture-arrived-rejected: packets of a connection reached the interface (the mirror copies them
//    before the security group decides) where its flow log says REJECT: the refusal happened there,
//    after the copy. A warning when the capture shows the connection answered (the handshake
//    established): then the log and the packets disagree.
//  - capture-missing: flow-log records the mirror session's filter copies, inside the capture's time,
//    of which the capture holds no packet: the target, its capture, or the session dropped them.
#include "findings/checks.h"

#include "base/communityid.h"
#include "capture/handshake.h"
#include "findings/finding.h"
#include "flowlog/flowbits.h"
#include "query/flowfilter.h"
#include "topology/estate.h"
#include "workspace/addresscolumn.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

namespace vpclens {
namespace {

constexpr int kListedConnections = 20; // Community IDs in a finding's filter

struct Tuple {
    IpAddress src, dst;
    int protocol = 0, srcPort = -1, dstPort = -1; // ports -1 for ICMP (flow logs carry no type)
    friend bool operator<(const Tuple &a, const Tuple &b)
    {
        return std::tie(a.src, a.dst, a.protocol, a.srcPort, a.dstPort) < std::tie(b.src, b.dst, b.protocol, b.srcPort, b.dstPort);
    }
};

struct Captured {
    qint64 first = 0, last = 0; // seconds
    Handshake state = Handshake::NoReply;
};

struct InterfaceCapture {
    qint64 first = 0, last = -1;  // seconds the captures of this interface cover
    bool throughSession = false;  // a mirror session (with its filter) carried them
    std::map<Tuple, std::vector<Captured>> flows;
};

struct Tally {
    qint64 records = 0, first = 0, last = 0;
    bool answered = false;
    QStringList communityIds;
    QSet<QString> connections;

    void add(const Tuple &t, qint64 start)
    {
        first = records == 0 ? start : std::min(first, start);
        last = std::max(last, start);
        ++records;
        const QString id = communityId(t.protocol, t.src, t.dst, t.srcPort, t.dstPort);
        if (!connections.contains(id)) {
            connections.insert(id);
            if (communityIds.size() < kListedConnections)
                communityIds << id;
        }
    }
};

bool isIcmp(int protocol) { return protocol == 1 || protocol == 58; }

QHash<QString, InterfaceCapture> loadCaptures(const Workspace &ws)
{
    QHash<QString, InterfaceCapture> out;
    sql::Statement q(ws.handle(), "SELECT (SELECT s FROM strings WHERE id = f.eni), f.src, f.dst, f.sport, f.dport, f.proto, "
                                  "c.first_us, c.last_us, c.state, c.session FROM capture_flows c JOIN flows f ON f.id = c.id");
    while (q.step()) {
        const QString eni = q.text(0);
        const auto src = storedAddress(q.get(), 1), dst = storedAddress(q.get(), 2);
        if (eni.isEmpty() || !src || !dst)
            continue;
        Tuple t{*src, *dst, int(q.int64(5)), q.isNull(3) ? -1 : int(q.int64(3)), q.isNull(4) ? -1 : int(q.int64(4))};
        if (isIcmp(t.protocol))
            t.srcPort = t.dstPort = -1;
        const Captured c{q.int64(6) / 1000000, q.int64(7) / 1000000, Handshake(q.int64(8))};
        InterfaceCapture &i = out[eni];
        i.first = i.last < i.first ? c.first : std::min(i.first, c.first);
        i.last = std::max(i.last, c.last);
        i.throughSession = i.throughSession || !q.isNull(9);
        i.flows[t].push_back(c);
    }
    return out;
}

// Whether a session of the interface copies the record's packets (its filter, by direction).
bool mirrored(const Estate &estate, const QString &eni, const Tuple &t)
{
    const auto nic = estate.enis.constFind(eni);
    if (nic == estate.enis.cend())
        return false;
    const bool arriving = std::find(nic->privateIps.begin(), nic->privateIps.end(), t.dst) != nic->privateIps.end();
    for (const MirrorSession &s : estate.mirrorSessions.value(eni)) {
        const auto filter = estate.mirrorFilters.constFind(s.filter);
        if (filter != estate.mirrorFilters.cend() && filter->copies(arriving, t.protocol, t.src, t.dst, t.srcPort, t.dstPort))
            return true;
    }
    return false;
}

QString evidenceFilter(const CheckContext &c, const QString &eni, const QString &action, const Tally &t)
{
    QStringList quoted;
    for (const QString &id : t.communityIds)
        quoted << QStringLiteral("\"%1\"").arg(id);
    const QString exact = QStringLiteral("eni == %1 and source == flow-log and action == %2 and community-id in {%3}")
                              .arg(eni, action, quoted.join(QStringLiteral(", ")));
    const QString broad = QStringLiteral("eni == %1 and source == flow-log and action == %2").arg(eni, action);
    return std::holds_alternative<CompiledFilter>(compileFilter(exact, {&c.ws, &c.estate})) ? exact : broad;
}

} // namespace

void checkCaptures(CheckContext &c)
{
    if (!c.ws.hasTable("capture_flows"))
        return;
    const QHash<QString, InterfaceCapture> captures = loadCaptures(c.ws);
    for (auto it = captures.cbegin(); it != captures.cend(); ++it) {
        const QString &eni = it.key();
        const InterfaceCapture &cap = it.value();
        Tally arrived, missing;
        sql::Statement q(c.ws.handle(), flowbits::sql(QStringLiteral(
            "SELECT f.src, f.dst, f.sport, f.dport, f.proto, {action}, f.start, f.start + f.dur FROM flows f "
            "WHERE {flowLog} AND {ok} AND f.eni = (SELECT id FROM strings WHERE s = ?1) AND f.start + f.dur >= ?2 AND f.start <= ?3")).toStdString());
        q.bind(1, eni).bind(2, cap.first).bind(3, cap.last);
        while (q.step()) {
            const auto src = storedAddress(q.get(), 0), dst = storedAddress(q.get(), 1);
            if (!src || !dst)
                continue;
            Tuple t{*src, *dst, int(q.int64(4)), q.isNull(2) ? -1 : int(q.int64(2)), q.isNull(3) ? -1 : int(q.int64(3))};
            if (isIcmp(t.protocol))
                t.srcPort = t.dstPort = -1;
            const int action = int(q.int64(5));
            const qint64 start = q.int64(6), end = q.int64(7);
            const Captured *seen = nullptr;
            if (const auto found = cap.flows.find(t); found != cap.flows.end())
                for (const Captured &k : found->second)
                    if (k.last >= start && k.first <= end) {
                        seen = &k;
                        break;
                    }
            if (action == 2 && seen) {
                arrived.add(t, start);
                arrived.answered = arrived.answered || seen->state == Handshake::Established;
            } else if (action == 1 && !seen && cap.throughSession && start >= cap.first && end <= cap.last && mirrored(c.estate, eni, t)) {
                missing.add(t, start);
            }
        }
        if (arrived.records > 0) {
            Finding f;
            f.check = QStringLiteral("capture-arrived-rejected");
            f.severity = arrived.answered ? Severity::Warning : Severity::Note;
            f.resources = {eni};
            f.summary = arrived.answered
                            ? QStringLiteral("%1 records of %2 say REJECT, yet the capture holds the connection answered (handshake established): "
                                             "the flow log and the packets disagree.").arg(arrived.records).arg(eni)
                            : QStringLiteral("%1 records of %2 say REJECT and the capture holds their packets arriving: the mirror copied them "
                                             "before the security group or network ACL refused them.").arg(arrived.records).arg(eni);
            f.evidence = {arrived.records, qint64(arrived.connections.size()), arrived.first, arrived.last,
                          evidenceFilter(c, eni, QStringLiteral("REJECT"), arrived), {}};
            c.findings.append(f);
        }
        if (missing.records > 0) {
            Finding f;
            f.check = QStringLiteral("capture-missing");
            f.severity = Severity::Warning;
            f.resources = {eni};
            f.summary = QStringLiteral("%1 accepted records of %2 fall in the capture's time and its mirror filter copies them, but the capture "
                                       "holds none of their packets: the target, its capture or the session dropped them.")
                            .arg(missing.records).arg(eni);
            f.evidence = {missing.records, qint64(missing.connections.size()), missing.first, missing.last,
                          evidenceFilter(c, eni, QStringLiteral("ACCEPT"), missing), {}};
            c.findings.append(f);
        }
    }
}

} // namespace vpclens
