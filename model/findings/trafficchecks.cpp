// SPDX-License-Identifier: GPL-3.0-or-later
// The checks that read the records: the explanation's disagreements, and the hourly conversation
// sums (workspace/conversationchunk.h) for scans and admin access from the internet.
#include "findings/checks.h"

#include "base/hashmix.h"
#include "base/ipaddress.h"
#include "base/timetext.h"
#include "query/flowfilter.h"
#include "query/flowsearch.h"
#include "topology/estate.h"
#include "trace/flowexplainer.h"
#include "workspace/conversationchunk.h"
#include "workspace/workspace.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <vector>

namespace vpclens {
namespace {

// Addresses that are not the internet: private, shared (CGNAT), loopback, link-local, unique local.
bool isOutside(const IpAddress &a)
{
    if (isPrivateIp(a))
        return false;
    static const IpCidr inside[] = {*parseIpCidr("100.64.0.0/10"), *parseIpCidr("127.0.0.0/8"), *parseIpCidr("169.254.0.0/16"),
                                    *parseIpCidr("fc00::/7"), *parseIpCidr("fe80::/10"), *parseIpCidr("::1/128")};
    for (const IpCidr &c : inside)
        if (c.contains(a))
            return false;
    return true;
}

} // namespace

void checkDisagreements(CheckContext &c)
{
    sql::Statement q(c.ws.handle(), "SELECT d.class, d.kind, d.component, d.rule, COUNT(*), MIN(f.start), MAX(f.start) "
                                    "FROM explain_disagreements d JOIN flows f ON f.id = d.flow_id GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC");
    while (q.step()) {
        const auto cls = ExplainClass(q.int64(0));
        Finding f;
        f.check = QStringLiteral("log-config-disagreement");
        f.severity = Severity::Warning;
        f.resources = q.text(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
        const QString hop = QStringLiteral("%1 %2 %3").arg(q.text(1), q.text(2), q.text(3)).trimmed();
        f.summary = cls == ExplainClass::LoggedRejectConfigAccepts
                        ? QStringLiteral("%1 records were logged REJECT where the configuration accepts them (last hop: %2): a rule changed, or the snapshot is not of their time.")
                              .arg(q.int64(4)).arg(hop)
                        : QStringLiteral("%1 records were logged ACCEPT where the configuration refuses them (at %2): a rule changed, or the snapshot is not of their time.")
                              .arg(q.int64(4)).arg(hop);
        f.evidence.records = f.evidence.connections = q.int64(4);
        f.evidence.firstSeen = q.int64(5);
        f.evidence.lastSeen = q.int64(6);
        // The records: logged one way, decided the other, by a rule of the hop's resource.
        const QString records = cls == ExplainClass::LoggedRejectConfigAccepts ? QStringLiteral("action == REJECT and verdict == ACCEPT")
                                                                               : QStringLiteral("action == ACCEPT and verdict == REJECT");
        const QString byResource = f.resources.isEmpty() ? records : QStringLiteral("%1 and rule == \"%2\"").arg(records, f.resources.first());
        f.evidence.filter = std::holds_alternative<CompiledFilter>(compileFilter(byResource, {&c.ws, &c.estate})) ? byResource : records;
        c.findings.append(f);
    }
}

void checkScans(CheckContext &c)
{
    struct Source {
        std::set<std::int64_t> ports;
        std::set<IpAddress> targets;
        std::int64_t records = 0, firstHour = std::numeric_limits<std::int64_t>::max(), lastHour = 0;
        int worstHourPorts = 0, worstHourTargets = 0;
    };
    // Per source and hour first (a scan is many refusals in a short time), then per source.
    std::map<std::pair<IpAddress, std::int64_t>, std::pair<std::set<std::int64_t>, std::set<IpAddress>>> hours;
    std::map<IpAddress, Source> sources;
    const auto [fromHour, toHour] = c.options.range.hours();
    // Refusals of what the estate holds: the estate's own attempts outward are not a scan of it.
    auto ofTheEstate = [&c](const ConversationSum &s) { return c.estate.privateOwner.contains(s.dst) || c.estate.publicOwner.contains(s.dst); };
    // A scan is at least scanPorts refused conversations of one source in one hour. A first pass
    // counts them per (source, hour) in a count-min sketch (fixed memory, counts never too low), so
    // the exact sets below are kept only for the sources that may reach it: on 100 million records,
    // the internet's one-off sources had made them 240 MB.
    constexpr std::size_t kSketchRows = 4, kSketchWidth = std::size_t(1) << 20;
    std::vector<std::uint32_t> sketch(kSketchRows * kSketchWidth, 0);
    auto cells = [](const IpAddress &src, std::int64_t hour) {
        std::array<std::size_t, kSketchRows> out{};
        const std::uint64_t h = mix64(src.hi ^ mix64(src.lo ^ mix64(std::uint64_t(hour))));
        for (std::size_t r = 0; r < kSketchRows; ++r)
            out[r] = r * kSketchWidth + (mix64(h + r * 0x9e3779b97f4a7c15ULL) & (kSketchWidth - 1));
        return out;
    };
    forEachConversationSum(c.ws.handle(), fromHour, toHour, ConversationActions::RejectedOnly, [&](const ConversationSum &s) {
        if (ofTheEstate(s))
            for (const std::size_t cell : cells(s.src, s.hour))
                sketch[cell] = sketch[cell] == UINT32_MAX ? UINT32_MAX : sketch[cell] + 1;
    });
    std::set<IpAddress> candidates;
    forEachConversationSum(c.ws.handle(), fromHour, toHour, ConversationActions::RejectedOnly, [&](const ConversationSum &s) {
        if (!ofTheEstate(s) || candidates.contains(s.src))
            return;
        std::uint32_t least = UINT32_MAX;
        for (const std::size_t cell : cells(s.src, s.hour))
            least = std::min(least, sketch[cell]);
        if (least >= std::uint32_t(std::max(c.options.scanPorts, 1)))
            candidates.insert(s.src);
    });
    sketch = {};
    if (candidates.empty())
        return;
    forEachConversationSum(c.ws.handle(), fromHour, toHour, ConversationActions::RejectedOnly, [&](const ConversationSum &s) {
        if (!ofTheEstate(s) || !candidates.contains(s.src))
            return;
        auto &h = hours[{s.src, s.hour}];
        h.first.insert(s.dstPort);
        h.second.insert(s.dst);
        Source &src = sources[s.src];
        src.records += s.flows;
        src.ports.insert(s.dstPort);
        src.targets.insert(s.dst);
        src.firstHour = std::min(src.firstHour, s.hour);
        src.lastHour = std::max(src.lastHour, s.hour);
    });
    for (const auto &[key, h] : hours) {
        Source &src = sources[key.first];
        src.worstHourPorts = std::max(src.worstHourPorts, int(h.first.size()));
        src.worstHourTargets = std::max(src.worstHourTargets, int(h.second.size()));
    }
    for (const auto &[address, src] : sources) {
        if (src.worstHourPorts < c.options.scanPorts && src.worstHourTargets < c.options.scanPorts)
            continue;
        const QString a = formatIp(address);
        Finding f;
        f.check = QStringLiteral("port-scan");
        f.severity = Severity::Warning;
        f.resources = {a};
        f.summary = QStringLiteral("%1 was refused on %2 port(s) of %3 address(es) (at most %4 ports and %5 addresses in one hour): a scan.")
                        .arg(a)
                        .arg(src.ports.size())
                        .arg(src.targets.size())
                        .arg(src.worstHourPorts)
                        .arg(src.worstHourTargets);
        f.evidence.records = f.evidence.connections = src.records;
        f.evidence.firstSeen = src.firstHour * 3600;
        f.evidence.lastSeen = src.lastHour * 3600 + 3599;
        f.evidence.filter = QStringLiteral("srcaddr == %1 and action == REJECT").arg(a);
        c.findings.append(f);
    }
}

void checkInternetAdminAccess(CheckContext &c)
{
    struct Access {
        std::set<IpAddress> clients;
        std::int64_t records = 0, firstHour = std::numeric_limits<std::int64_t>::max(), lastHour = 0;
    };
    const QSet<int> sensitive(c.options.sensitivePorts.cbegin(), c.options.sensitivePorts.cend());
    std::map<std::tuple<IpAddress, std::int64_t, std::int64_t>, Access> accesses; // server, port, protocol
    const auto [fromHour, toHour] = c.options.range.hours();
    forEachConversationSum(c.ws.handle(), fromHour, toHour, ConversationActions::All, [&](const ConversationSum &s) {
        if (s.action != 1 || !sensitive.contains(int(s.dstPort)) || (s.protocol != 6 && s.protocol != 17) || !isOutside(s.src) || isOutside(s.dst))
            return;
        // A NAT gateway's interface logs the internet's unsolicited packets as ACCEPT and then drops
        // them (it forwards only replies): nothing listens there.
        if (const auto owner = c.estate.privateOwner.constFind(s.dst); owner != c.estate.privateOwner.cend()) {
            const QString type = c.estate.enis.value(*owner).type;
            if (type == QLatin1String("nat_gateway") || type == QLatin1String("transit_gateway"))
                return;
        }
        // The analyst's authorised sources for the port (a checks file) are whom it is for.
        for (const IpCidr &allowed : c.options.authorisedSources.value(int(s.dstPort)))
            if (allowed.contains(s.src))
                return;
        Access &a = accesses[{s.dst, s.dstPort, s.protocol}];
        a.clients.insert(s.src);
        a.records += s.flows;
        a.firstHour = std::min(a.firstHour, s.hour);
        a.lastHour = std::max(a.lastHour, s.hour);
    });
    for (const auto &[key, a] : accesses) {
        const auto &[server, port, protocol] = key;
        const QString address = formatIp(server);
        Finding f;
        f.check = QStringLiteral("internet-admin-access");
        const auto owner = c.estate.privateOwner.constFind(server);
        f.resources = {address};
        if (owner != c.estate.privateOwner.cend())
            f.resources << *owner;
        f.evidence.records = f.evidence.connections = a.records;
        f.evidence.firstSeen = a.firstHour * 3600;
        f.evidence.lastSeen = a.lastHour * 3600 + 3599;
        // The conversation sums hold the requests and their replies: the evidence lists both, so the
        // table counts what `records` says; the rule that let them in is read from a request.
        const QString inside = QStringLiteral("{10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10}");
        const QString requests = QStringLiteral("dstaddr == %1 and dstport == %2 and action == ACCEPT and not srcaddr in %3").arg(address).arg(port).arg(inside);
        f.evidence.filter = QStringLiteral("action == ACCEPT and ((dstaddr == %1 and dstport == %2 and not srcaddr in %3) or "
                                           "(srcaddr == %1 and srcport == %2 and not dstaddr in %3))")
                                .arg(address)
                                .arg(port)
                                .arg(inside);
        const auto compiled = compileFilter(requests, {&c.ws, &c.estate});
        if (const auto *filter = std::get_if<CompiledFilter>(&compiled)) {
            const QList<FlowRecord> one = fetchFlows(c.ws, *filter, FlowKey::first(), 1);
            if (!one.isEmpty())
                f.rule = one.first().decidedBy;
        }
        // Open to the whole internet: an error; let in by a rule for some addresses (an office, a
        // partner): a warning, the analyst judges whether those are the ones that should reach it.
        f.severity = f.rule.isEmpty() || c.worldRules.contains(f.rule) ? Severity::Error : Severity::Warning;
        f.summary = QStringLiteral("%1 accepted %2 (%3) from %4 internet address(es)%5.")
                        .arg(address, portName(int(port)))
                        .arg(port)
                        .arg(a.clients.size())
                        .arg(f.rule.isEmpty() ? QString() : QStringLiteral(", let in by %1").arg(f.rule));
        c.findings.append(f);
    }
}

} // namespace vpclens
