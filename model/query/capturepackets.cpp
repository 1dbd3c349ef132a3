// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/capturepackets.h"

#include "query/recordcolumns.h"

#include "base/ipaddress.h"
#include "flowlog/flowbits.h"
#include "workspace/addresscolumn.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace vpclens {
namespace {

constexpr qint64 kLongestWindow = 600; // a capture flow starts at most this long before a record it overlaps

bool icmp(int protocol) { return protocol == 1 || protocol == 58; }

} // namespace

QString tcpFlagNames(int flags)
{
    static const char *const names[] = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};
    QStringList out;
    for (int bit : {1, 0, 2, 3, 4, 5, 6, 7}) // SYN first, as analysts read them
        if (flags & (1 << bit))
            out << QLatin1String(names[bit]);
    return out.join(QLatin1Char(','));
}

CapturedFlows capturedFlowsOf(const Workspace &ws, const FlowRecord &record)
{
    CapturedFlows out;
    const auto a = parseIp(record.src.toStdString()), b = parseIp(record.dst.toStdString());
    if (!a || !b || !ws.hasTable("capture_flows"))
        return out;
    // The records' own columns, then what the capture kept of each.
    constexpr int kept = kRecordColumns;
    sql::Statement q(ws.handle(), flowbits::sql(QStringLiteral(
        "SELECT %1, c.first_us, c.last_us, c.session, c.import_id FROM flows f JOIN capture_flows c ON c.id = f.id "
        "WHERE {captured} AND f.start BETWEEN ?1 AND ?2 AND f.proto = ?3 AND ((f.src = ?4 AND f.dst = ?5) OR (f.src = ?5 AND f.dst = ?4))")
                                                    .arg(recordColumns(ws)))
                                      .toStdString());
    q.bind(1, record.start - kLongestWindow).bind(2, record.start + std::max<qint64>(record.duration, 0)).bind(3, record.protocol);
    bindAddress(q.get(), 4, *a);
    bindAddress(q.get(), 5, *b);
    QList<qint64> imports;
    while (q.step()) {
        const FlowRecord f = readRecord(q);
        const bool samePorts = (f.srcPort == record.srcPort && f.dstPort == record.dstPort) || (f.srcPort == record.dstPort && f.dstPort == record.srcPort);
        if (!icmp(record.protocol) && !samePorts)
            continue;
        // The packets' own times against the record's window (a second either side: flow logs keep whole seconds).
        const qint64 firstS = q.int64(kept) / 1000000, lastS = q.int64(kept + 1) / 1000000;
        if (lastS < record.start - 1 || firstS > record.start + std::max<qint64>(record.duration, 0) + 1)
            continue;
        if (const QString s = q.text(kept + 2); !s.isEmpty() && !out.sessions.contains(s))
            out.sessions << s;
        out.packetsInFlows += f.packets;
        out.flows << f;
        imports << q.int64(kept + 3);
    }
    sql::Statement packets(ws.handle(), "SELECT time_us, frame, length, tcp_flags, head FROM capture_packets WHERE flow_id = ?1 ORDER BY n");
    sql::Statement file(ws.handle(), "SELECT path FROM imports WHERE id = ?1");
    for (qsizetype i = 0; i < out.flows.size(); ++i) {
        const FlowRecord &f = out.flows[i];
        file.bind(1, imports[i]);
        const QString path = file.step() ? file.text(0) : QString();
        file.reset();
        packets.bind(1, f.id);
        while (packets.step()) {
            CapturedPacketRow p;
            p.flowId = f.id;
            p.timeUs = packets.int64(0);
            p.frame = packets.int64(1);
            p.length = int(packets.int64(2));
            p.tcpFlags = int(packets.int64(3));
            const void *blob = sqlite3_column_blob(packets.get(), 4);
            p.head = QByteArray(static_cast<const char *>(blob), sqlite3_column_bytes(packets.get(), 4));
            p.src = f.src;
            p.dst = f.dst;
            p.srcPort = f.srcPort;
            p.dstPort = f.dstPort;
            p.protocol = f.protocol;
            p.file = path;
            out.packets << p;
        }
        packets.reset();
    }
    std::sort(out.packets.begin(), out.packets.end(), [](const CapturedPacketRow &x, const CapturedPacketRow &y) {
        return x.timeUs != y.timeUs ? x.timeUs < y.timeUs : x.frame < y.frame;
    });
    return out;
}

} // namespace vpclens
