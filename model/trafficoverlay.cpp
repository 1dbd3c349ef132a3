// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficoverlay.h"

#include "estate.h"
#include "workspace.h"

#include <algorithm>
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

QString TimeRange::filterExpression() const
{
    QStringList parts;
    if (from > 0)
        parts << QStringLiteral("start >= %1").arg(from);
    if (to > 0)
        parts << QStringLiteral("start <= %1").arg(to);
    return parts.join(QLatin1String(" and "));
}

QString protocolShortName(int protocol)
{
    switch (protocol) {
    case -1: return QStringLiteral("all");
    case 1: return QStringLiteral("icmp");
    case 6: return QStringLiteral("tcp");
    case 17: return QStringLiteral("udp");
    case 58: return QStringLiteral("icmpv6");
    default: return QString::number(protocol);
    }
}

QString protocolPortLabel(int protocol, qint64 port)
{
    if (protocol == 1 || protocol == 58)
        return protocolShortName(protocol);
    return QStringLiteral("%1/%2").arg(protocolShortName(protocol)).arg(port);
}

AddressMapper::AddressMapper(const Estate &estate, const QHash<QString, QString> &nodeFor) : m_estate(estate), m_nodeFor(nodeFor) {}

QString AddressMapper::nodeOf(std::uint32_t address)
{
    if (auto it = m_cache.constFind(address); it != m_cache.cend())
        return *it;
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
    if (node.isEmpty() && !isPrivateIpv4(address))
        node = QLatin1String(kInternetNode);
    m_cache.insert(address, node);
    return node;
}

QList<OverlayEdge> observedTraffic(const Workspace &ws, const Estate &estate, const QHash<QString, QString> &nodeFor,
                                   const TimeRange &range, int maxEdges)
{
    AddressMapper mapper(estate, nodeFor);
    sql::Statement q(ws.handle(), "SELECT action, src, dst, dport, proto, flows, packets, bytes FROM rollup_talkers "
                                  "WHERE hour >= ?1 AND hour <= ?2");
    q.bind(1, range.from / 3600);
    q.bind(2, range.to > 0 ? range.to / 3600 : std::numeric_limits<qint64>::max());
    struct Sum {
        OverlayEdge edge;
        QHash<qint64, qint64> ports;
    };
    // Nodes by number while summing (each address mapped once), so a row costs two integer lookups.
    QHash<std::uint32_t, int> nodeOfAddress;
    QHash<QString, int> nodeNumber;
    QStringList nodes;
    auto node = [&](std::uint32_t address) {
        if (auto it = nodeOfAddress.constFind(address); it != nodeOfAddress.cend())
            return *it;
        const QString name = mapper.nodeOf(address);
        int n = -1;
        if (!name.isEmpty()) {
            auto it = nodeNumber.constFind(name);
            if (it == nodeNumber.cend()) {
                it = nodeNumber.insert(name, int(nodes.size()));
                nodes.append(name);
            }
            n = *it;
        }
        nodeOfAddress.insert(address, n);
        return n;
    };
    QHash<quint64, Sum> sums;
    while (q.step()) {
        if (q.type(1) != SQLITE_INTEGER || q.type(2) != SQLITE_INTEGER)
            continue; // IPv6: not drawn yet
        const int from = node(std::uint32_t(q.int64(1)));
        const int to = node(std::uint32_t(q.int64(2)));
        if (from < 0 || to < 0 || from == to)
            continue;
        Sum &s = sums[(quint64(from) << 32) | quint64(to)];
        const qint64 flows = q.int64(5), packets = q.int64(6), bytes = q.int64(7);
        s.edge.flows += flows;
        s.edge.packets += packets;
        s.edge.bytes += bytes;
        if (q.int64(0) == 2) {
            s.edge.rejectedFlows += flows;
            s.edge.rejectedBytes += bytes;
        }
        s.ports[(q.int64(4) << 32) | (q.int64(3) & 0xffffffff)] += std::max<qint64>(bytes, 1);
    }
    // In the order of the node names, as before (a stable picture for the same data).
    std::map<std::pair<QString, QString>, Sum *> ordered;
    for (auto it = sums.begin(); it != sums.end(); ++it) {
        it->edge.from = nodes[int(it.key() >> 32)];
        it->edge.to = nodes[int(it.key() & 0xffffffff)];
        ordered.emplace(std::pair{it->edge.from, it->edge.to}, &*it);
    }
    QList<OverlayEdge> out;
    out.reserve(qsizetype(ordered.size()));
    for (auto &[key, s] : ordered) {
        s->edge.ports = topPorts(s->ports);
        out.append(s->edge);
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

} // namespace vpclens
