// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlay/trafficoverlay.h"

#include "base/protocols.h"
#include "graph/topologygraph.h"
#include "query/flowqueries.h"
#include "topology/estate.h"
#include "workspace/conversationchunk.h"
#include "workspace/workspace.h"

#include <algorithm>
#include <limits>
#include <map>

namespace vpclens {
namespace {

QString topPorts(const QHash<qint64, qint64> &bytesByPort)
{
    QList<QPair<qint64, qint64>> ports;
    for (auto it = bytesByPort.cbegin(); it != bytesByPort.cend(); ++it)
        ports.append({it.value(), it.key()});
    std::sort(ports.begin(), ports.end(), [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    QStringList out;
    for (qsizetype i = 0; i < ports.size() && i < 3; ++i) {
        const int proto = int(ports[i].second >> 32);
        const int port = int(ports[i].second & 0xffffffff);
        out << protocolPortLabel(proto, port);
    }
    if (ports.size() > 3)
        out << QStringLiteral("…");
    return out.join(QStringLiteral(", "));
}

} // namespace

AddressMapper::AddressMapper(const Estate &estate, const QHash<QString, QString> &nodeFor) : m_estate(estate), m_nodeFor(nodeFor) {}

QString AddressMapper::nodeOfIpv6(const IpAddress &address) const
{
    // An interface's IPv6 addresses are its own; else the VPC whose IPv6 block holds it; else,
    // when globally routed, the internet.
    if (const QString eni = m_estate.privateOwner.value(address); !eni.isEmpty() && m_nodeFor.contains(eni))
        return m_nodeFor.value(eni);
    for (const Vpc &v : m_estate.vpcs)
        for (const IpCidr &c : v.ipv6Cidrs)
            if (c.contains(address))
                return m_nodeFor.value(v.id);
    return isPrivateIp(address) ? QString() : QString::fromLatin1(kInternetNode);
}

QString AddressMapper::nodeOf(const IpAddress &ip)
{
    if (auto it = m_cache.constFind(ip); it != m_cache.cend())
        return *it;
    if (!ip.isV4()) {
        const QString node = nodeOfIpv6(ip);
        if (node != QLatin1String(kInternetNode))
            m_cache.insert(ip, node);
        return node;
    }
    const std::uint32_t address = ip.v4();
    QString node;
    QString eni = m_estate.privateOwner.value(address);
    if (eni.isEmpty())
        eni = m_estate.publicOwner.value(address);
    if (!eni.isEmpty())
        node = m_nodeFor.value(eni);
    // Subnets lie inside their VPC's CIDRs: an address no VPC holds (most of the internet's) skips them.
    const Vpc *vpc = nullptr;
    if (node.isEmpty())
        for (const Vpc &v : m_estate.vpcs)
            for (const Ipv4Cidr &c : v.cidrs)
                if (c.contains(address))
                    vpc = &v;
    if (node.isEmpty() && vpc) {
        int best = -1;
        for (const Subnet &s : m_estate.subnets)
            if (s.cidr.prefix > best && s.cidr.contains(address) && m_nodeFor.contains(s.id)) {
                best = s.cidr.prefix;
                node = m_nodeFor.value(s.id);
            }
        if (node.isEmpty())
            for (const Vpc &v : m_estate.vpcs)
                for (const Ipv4Cidr &c : v.cidrs)
                    if (c.contains(address) && m_nodeFor.contains(v.id))
                        node = m_nodeFor.value(v.id);
    }
    if (node.isEmpty() && !isPrivateIpv4(address)) {
        node = QLatin1String(kInternetNode);
        if (!vpc)
            return node; // the internet's many addresses are not kept: cheap to map again, costly to hold
    }
    m_cache.insert(ip, node);
    return node;
}

HourlyTraffic HourlyTraffic::read(const Workspace &ws, const Estate &estate, const QHash<QString, QString> &nodeFor, const TimeRange &range)
{
    HourlyTraffic out;
    AddressMapper mapper(estate, nodeFor);
    // Nodes by number while summing (each address mapped once), so a row costs two integer lookups.
    QHash<IpAddress, int> nodeOfAddress;
    QHash<QString, int> nodeNumber;
    auto node = [&](const IpAddress &address) {
        if (auto it = nodeOfAddress.constFind(address); it != nodeOfAddress.cend())
            return *it;
        const QString name = mapper.nodeOf(address);
        int n = -1;
        if (!name.isEmpty()) {
            auto it = nodeNumber.constFind(name);
            if (it == nodeNumber.cend()) {
                it = nodeNumber.insert(name, int(out.m_nodes.size()));
                out.m_nodes.append(name);
            }
            n = *it;
        }
        if (name != QLatin1String(kInternetNode))
            nodeOfAddress.insert(address, n); // the estate's addresses: few, and worth keeping
        return n;
    };
    const auto [firstHour, lastHour] = range.hours();
    forEachConversationSum(ws.handle(), firstHour, lastHour, ConversationActions::All, [&](const ConversationSum &t) {
        const int from = node(t.src);
        const int to = node(t.dst);
        if (from < 0 || to < 0 || from == to)
            return;
        PairSums &s = out.m_hours[t.hour][(quint64(from) << 32) | quint64(to)];
        s.flows += t.flows;
        s.packets += t.packets;
        s.bytes += t.bytes;
        if (t.action == 2) {
            s.rejectedFlows += t.flows;
            s.rejectedBytes += t.bytes;
        }
        s.ports[(t.protocol << 32) | (t.dstPort & 0xffffffff)] += std::max<qint64>(t.bytes, 1);
    });
    // A line's label names its top three ports: each hour keeps its eight biggest (memory stays
    // small over months of hours; a range's label can miss a port that is big only summed over hours).
    for (auto &[hour, pairs] : out.m_hours)
        for (PairSums &p : pairs) {
            if (p.ports.size() <= kPortsPerHour)
                continue;
            QList<QPair<qint64, qint64>> byBytes;
            for (auto it = p.ports.cbegin(); it != p.ports.cend(); ++it)
                byBytes.append({it.value(), it.key()});
            std::nth_element(byBytes.begin(), byBytes.begin() + kPortsPerHour, byBytes.end(), std::greater<>());
            p.ports.clear();
            for (qsizetype i = 0; i < kPortsPerHour; ++i)
                p.ports.insert(byBytes[i].second, byBytes[i].first);
        }
    return out;
}

QList<OverlayEdge> HourlyTraffic::edges(const TimeRange &range, int maxEdges) const
{
    const auto [first, last] = range.hours();
    QHash<quint64, PairSums> sums;
    for (auto hour = m_hours.lower_bound(first); hour != m_hours.end() && hour->first <= last; ++hour)
        for (auto it = hour->second.cbegin(); it != hour->second.cend(); ++it) {
            PairSums &s = sums[it.key()];
            s.flows += it->flows;
            s.packets += it->packets;
            s.bytes += it->bytes;
            s.rejectedFlows += it->rejectedFlows;
            s.rejectedBytes += it->rejectedBytes;
            for (auto p = it->ports.cbegin(); p != it->ports.cend(); ++p)
                s.ports[p.key()] += *p;
        }
    // In the order of the node names (a stable picture for the same data).
    std::map<std::pair<QString, QString>, const PairSums *> ordered;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        ordered.emplace(std::pair{m_nodes[int(it.key() >> 32)], m_nodes[int(it.key() & 0xffffffff)]}, &*it);
    QList<OverlayEdge> out;
    out.reserve(qsizetype(ordered.size()));
    for (const auto &[key, s] : ordered) {
        OverlayEdge e;
        e.from = key.first;
        e.to = key.second;
        e.flows = s->flows;
        e.packets = s->packets;
        e.bytes = s->bytes;
        e.rejectedFlows = s->rejectedFlows;
        e.rejectedBytes = s->rejectedBytes;
        e.ports = topPorts(s->ports);
        out.append(e);
    }
    if (out.size() <= maxEdges)
        return out;
    // A readable picture: the biggest lines by bytes, and the lines with the most rejected records.
    std::sort(out.begin(), out.end(), [](const OverlayEdge &a, const OverlayEdge &b) { return a.rejectedFlows > b.rejectedFlows; });
    const qsizetype rejectedKept = std::min<qsizetype>(maxEdges / 5, std::count_if(out.begin(), out.end(), [](const OverlayEdge &e) {
                                                           return e.rejectedFlows > 0;
                                                       }));
    std::sort(out.begin() + rejectedKept, out.end(), [](const OverlayEdge &a, const OverlayEdge &b) { return a.bytes > b.bytes; });
    out.resize(maxEdges);
    return out;
}

QList<OverlayEdge> observedTraffic(const Workspace &ws, const Estate &estate, const QHash<QString, QString> &nodeFor,
                                   const TimeRange &range, int maxEdges)
{
    return HourlyTraffic::read(ws, estate, nodeFor, range).edges(range, maxEdges);
}

} // namespace vpclens
