// SPDX-License-Identifier: GPL-3.0-or-later
// Packet captures read into flows. Expected values: tshark's decode of the public captures (frames,
// IP lengths, times, its tcp.analysis.retransmission), Zeek's conn.log and community_id baselines,
// tcpdump's .out files, and captures written here byte by byte in the shape the AWS traffic-mirroring
// workshop's tcpdump shows (VXLAN, flags 0x08, one outer source port, only the mirrored direction).
#include "base/communityid.h"
#include "capture/capturefile.h"
#include "capture/flowassembler.h"
#include "capture/packetdecoder.h"
#include "findings/findings.h"
#include "ingest/captureimporter.h"
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "query/flowfilter.h"
#include "query/flowsearch.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include "pcapfile.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

namespace {

struct Read {
    std::vector<CaptureFlow> flows;
    qint64 frames = 0, notIp = 0, truncated = 0, malformed = 0;
    QString error;
};

Read readCapture(const QString &path, std::int64_t window = 600)
{
    Read r;
    const auto file = CaptureFile::open(path, &r.error);
    if (!file)
        return r;
    FlowAssembler assembler(window, [&](CaptureFlow &&f) { r.flows.push_back(std::move(f)); });
    CaptureFrame frame;
    DecodedPacket p;
    while (file->next(frame, &r.error) == CaptureFile::Next::Frame) {
        ++r.frames;
        switch (decodePacket(file->linkType(), frame.data, frame.captured, p).status) {
        case DecodeStatus::Ok: assembler.add(p, frame.timeUs, frame.number); break;
        case DecodeStatus::NotIp: ++r.notIp; break;
        case DecodeStatus::Truncated: ++r.truncated; break;
        case DecodeStatus::Malformed: ++r.malformed; break;
        default: break;
        }
    }
    assembler.finish();
    return r;
}

QString real(const QString &relative) { return test::sharedPath(QStringLiteral("data/real/") + relative); }

const CaptureFlow *flowFrom(const Read &r, const QString &src, int sport = -2)
{
    for (const CaptureFlow &f : r.flows)
        if (formatIp(f.src) == src && (sport == -2 || f.srcPort == sport))
            return &f;
    return nullptr;
}

QList<FlowRecord> records(const Workspace &ws, const Estate &estate, const QString &filter)
{
    const auto c = compileFilter(filter, {&ws, &estate});
    if (!std::holds_alternative<CompiledFilter>(c))
        return {};
    return fetchFlows(ws, std::get<CompiledFilter>(c), FlowKey::first(), 1000);
}

} // namespace

class TestCapture : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!test::haveShared())
            QSKIP("../shared/data/real is not here");
    }
    void icmpEchoIsOneConversation();
    void sllNanosecondHandshake();
    void vxlanIsTakenOff();
    void retransmissionAndTruncation();
    void otherShapes();
    void malformedFilesAreRefusedByName();
    void mirroredCaptureBelongsToItsSession();
    void windowsAndMemory();
};

// icmp.pcap: tshark counts 8 requests (192.168.0.89 ->) and 4 replies, 74-byte frames of 60-byte
// IP packets; Zeek's baseline gives the connection's Community ID.
void TestCapture::icmpEchoIsOneConversation()
{
    const Read r = readCapture(real(QStringLiteral("zeek-traces/Traces/communityid/icmp.pcap")));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.frames, 12);
    QCOMPARE(r.flows.size(), std::size_t(2));
    const CaptureFlow *request = flowFrom(r, QStringLiteral("192.168.0.89"));
    const CaptureFlow *reply = flowFrom(r, QStringLiteral("192.168.0.1"));
    QVERIFY(request && reply);
    QCOMPARE(request->packets, 8);
    QCOMPARE(request->bytes, 480);
    QCOMPARE(reply->packets, 4);
    QCOMPARE(reply->bytes, 240);
    QCOMPARE(request->state, Handshake::TwoWay);
    for (const CaptureFlow *f : {request, reply})
        QCOMPARE(communityId(f->protocol, f->src, f->dst, f->srcPort, f->dstPort), QStringLiteral("1:X0snYXpgwiv9TZtqg64sgzUn6Dk="));
}

// tcp-handshake-nano.pcap: Linux cooked (v1), nanosecond times; tshark: SYN at 1418145369.924505488
// (60 bytes), SYN-ACK (60), ACK (52).
void TestCapture::sllNanosecondHandshake()
{
    const Read r = readCapture(real(QStringLiteral("tcpdump-tests/tcp-handshake-nano.pcap")));
    QCOMPARE(r.flows.size(), std::size_t(2));
    const CaptureFlow *client = flowFrom(r, QStringLiteral("131.155.215.69"));
    QVERIFY(client);
    QCOMPARE(client->packets, 2);
    QCOMPARE(client->bytes, 112);
    QCOMPARE(client->firstUs, Q_INT64_C(1418145369924505));
    QCOMPARE(client->lastUs, Q_INT64_C(1418145370052115));
    QCOMPARE(client->state, Handshake::Established);
    QVERIFY(client->fromOriginator);
    QCOMPARE(client->first.size(), std::size_t(2));
    QCOMPARE(client->first[0].tcpFlags, std::uint8_t(0x02));
    QCOMPARE(client->first[0].frame, 1);
    QCOMPARE(client->first[1].frame, 3);
    const CaptureFlow *server = flowFrom(r, QStringLiteral("137.116.81.94"));
    QVERIFY(server && !server->fromOriginator);
    QCOMPARE(server->packets, 1);
}

// tcpdump's vxlan.pcap (its vxlan.out): VNI 100, an ICMP echo 192.168.203.3 <-> .5 four times each
// way (84-byte IP packets) and an ARP request and reply inside; no outer UDP flow is left.
void TestCapture::vxlanIsTakenOff()
{
    const Read r = readCapture(real(QStringLiteral("tcpdump-tests/vxlan.pcap")));
    QCOMPARE(r.frames, 10);
    QCOMPARE(r.notIp, 2);
    QCOMPARE(r.flows.size(), std::size_t(2));
    for (const CaptureFlow &f : r.flows) {
        QCOMPARE(f.vni, 100);
        QCOMPARE(f.packets, 4);
        QCOMPARE(f.bytes, 336);
        QCOMPARE(f.protocol, 1);
    }
    // Three VXLAN headers (VNIs 1, 2, 3; tshark): the DNS query inside, the outermost VNI kept.
    const Read triple = readCapture(real(QStringLiteral("zeek-traces/Traces/tunnels/vxlan-triple-v2.pcap")));
    QCOMPARE(triple.flows.size(), std::size_t(1));
    QCOMPARE(formatIp(triple.flows[0].src), QStringLiteral("4.4.4.4"));
    QCOMPARE(triple.flows[0].bytes, 57);
    QCOMPARE(triple.flows[0].vni, 1);
    // GENEVE around VXLAN (a Gateway Load Balancer target), cut by the snap length: Zeek's conn.log
    // has the inner DNS 172.16.11.201:36872 -> 1.1.1.1:53 and its answer.
    const Read geneve = readCapture(real(QStringLiteral("zeek-traces/Traces/tunnels/geneve-vxlan-dns-truncated.pcap")));
    const CaptureFlow *dns = flowFrom(geneve, QStringLiteral("172.16.11.201"), 36872);
    QVERIFY(dns);
    QCOMPARE(dns->dstPort, 53);
    QCOMPARE(dns->state, Handshake::TwoWay);
    // VXLAN on 8472 (Linux's old port) is not a mirror session's: the outer datagrams stay flows.
    const Read legacy = readCapture(real(QStringLiteral("tcpdump-tests/vxlan_port_8472.pcap")));
    for (const CaptureFlow &f : legacy.flows)
        QCOMPARE(f.dstPort, 8472);
}

// retransmit-timeout.pcapng: the GET, its ACK, and the same segment 300 s later (tshark marks frame
// 3 a retransmission). ip-discarder-truncated-tcp-oob.pcapng: a TCP header cut short.
void TestCapture::retransmissionAndTruncation()
{
    const Read r = readCapture(real(QStringLiteral("zeek-traces/Traces/tcp/retransmit-timeout.pcapng")));
    const CaptureFlow *get = flowFrom(r, QStringLiteral("10.0.0.1"));
    QVERIFY(get);
    QCOMPARE(get->packets, 2);
    QCOMPARE(get->bytes, 116);
    QCOMPARE(get->retransmissions, 1);
    QCOMPARE(get->state, Handshake::MidStream);
    // A 60 s window (a flow log's one-minute aggregation) puts the late copy in a flow of its own.
    const Read minute = readCapture(real(QStringLiteral("zeek-traces/Traces/tcp/retransmit-timeout.pcapng")), 60);
    QCOMPARE(minute.flows.size(), std::size_t(3));

    const Read cut = readCapture(real(QStringLiteral("zeek-traces/Traces/trunc/ip-discarder-truncated-tcp-oob.pcapng")));
    QCOMPARE(cut.frames, 1);
    QCOMPARE(cut.truncated, 1);
    QVERIFY(cut.flows.empty());
}

void TestCapture::otherShapes()
{
    // A reset carrying data, no handshake seen (tcpdump's tcp_rst_data.out): 98-byte IP packet.
    const Read rst = readCapture(real(QStringLiteral("tcpdump-tests/tcp_rst_data.pcap")));
    QCOMPARE(rst.flows.size(), std::size_t(1));
    QCOMPARE(rst.flows[0].bytes, 98);
    QCOMPARE(rst.flows[0].state, Handshake::Reset);
    // Big-endian pcap: two echo requests and no reply.
    const Read big = readCapture(real(QStringLiteral("arkime-tests/pcap/bigendian.pcap")));
    QCOMPARE(big.flows.size(), std::size_t(1));
    QCOMPARE(big.flows[0].packets, 2);
    QCOMPARE(big.flows[0].state, Handshake::NoReply);
    // Raw IPv6 (link type 101).
    const Read raw6 = readCapture(real(QStringLiteral("tcpdump-tests/LINKTYPE_RAW_ipv6.pcap")));
    QCOMPARE(raw6.flows.size(), std::size_t(1));
    QCOMPARE(formatIp(raw6.flows[0].dst), QStringLiteral("2620:fe::9"));
    QCOMPARE(raw6.flows[0].dstPort, 53);
    // Empty captures: no frame, no error.
    for (const char *empty : {"tcpdump-tests/empty.pcap", "tcpdump-tests/empty.pcapng"}) {
        const Read e = readCapture(real(QLatin1String(empty)));
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        QCOMPARE(e.frames, 0);
    }
}

// libpcap's own malformed headers: each file fails with its name and libpcap's reason; the good
// capture beside them still imports.
void TestCapture::malformedFilesAreRefusedByName()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("m.vpclens")), &error);
    QVERIFY(ws);
    const QDir bad(real(QStringLiteral("libpcap-tests")));
    const QStringList files = bad.entryList({QStringLiteral("*.pcap"), QStringLiteral("*.pcapng")}, QDir::Files);
    QCOMPARE(files.size(), 6);
    QStringList paths;
    for (const QString &f : files)
        paths << bad.filePath(f);
    paths << real(QStringLiteral("tcpdump-tests/dns_udp.pcap"));
    const CaptureImportResult result = importCaptures(*ws, paths);
    QCOMPARE(result.filesFailed, 6);
    QCOMPARE(result.filesImported, 1);
    QCOMPARE(result.flows, 2);
    for (const CaptureFileReport &f : result.files)
        if (f.status == QLatin1String("failed"))
            QVERIFY2(f.message.startsWith(f.path + QLatin1Char(':')), qPrintable(f.message));
    // A capture cut short mid-frame (tcp.pcap: 12 frames, the last 74 bytes long, cut by 10): the
    // 11 whole frames are imported and the file named as cut short.
    QFile whole(real(QStringLiteral("zeek-traces/Traces/communityid/tcp.pcap")));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QString cut = test::writeFile(QDir(dir.path()), QStringLiteral("cut.pcap"), bytes.left(bytes.size() - 10));
    const CaptureImportResult partial = importCaptures(*ws, {cut});
    QCOMPARE(partial.filesImported, 1);
    QCOMPARE(partial.frames, 11);
    QVERIFY2(partial.files.value(0).message.contains(QLatin1String("cut short")), qPrintable(partial.files.value(0).message));
    QVERIFY(partial.messages.join(QLatin1Char('\n')).contains(QLatin1String("after frame 11")));
    // Again: the same content is skipped, naming the first import.
    const CaptureImportResult again = importCaptures(*ws, {real(QStringLiteral("tcpdump-tests/dns_udp.pcap"))});
    QCOMPARE(again.filesSkipped, 1);
    QVERIFY(again.messages.join(QLatin1Char('\n')).contains(QLatin1String("same size and content")));
}

// The mirroring use case "TCP to target 1 and UDP to target 2" on the sample estate's db-1
// (eni-01000000000000006, 10.10.20.41): two sessions, two VNIs. As in the workshop's capture, only
// the packets arriving at db-1 are mirrored: SYN, ACK, data, ACK, FIN, ACK, each in VXLAN from
// db-1's address, outer source port 65506. The ACK after the SYN says the handshake completed.
void TestCapture::mirroredCaptureBelongsToItsSession()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.vpclens")), &error);
    QVERIFY(ws);
    const QString sessions = test::writeFile(QDir(dir.path()), QStringLiteral("describe-traffic-mirror-sessions.json"), R"({"TrafficMirrorSessions": [
        {"TrafficMirrorSessionId": "tms-0000000000000tcp1", "NetworkInterfaceId": "eni-01000000000000006",
         "TrafficMirrorTargetId": "tmt-0000000000000001", "TrafficMirrorFilterId": "tmf-00000000000000tcp",
         "VirtualNetworkId": 2317549, "SessionNumber": 1, "OwnerId": "111122223333"},
        {"TrafficMirrorSessionId": "tms-0000000000000udp2", "NetworkInterfaceId": "eni-01000000000000006",
         "TrafficMirrorTargetId": "tmt-0000000000000002", "TrafficMirrorFilterId": "tmf-00000000000000udp",
         "VirtualNetworkId": 42, "SessionNumber": 2, "OwnerId": "111122223333"}]})");
    const QString filters = test::writeFile(QDir(dir.path()), QStringLiteral("describe-traffic-mirror-filters.json"), R"({"TrafficMirrorFilters": [
        {"TrafficMirrorFilterId": "tmf-00000000000000tcp", "EgressFilterRules": [], "NetworkServices": [], "IngressFilterRules": [
            {"TrafficDirection": "ingress", "RuleNumber": 100, "RuleAction": "accept", "Protocol": 6,
             "DestinationCidrBlock": "0.0.0.0/0", "SourceCidrBlock": "0.0.0.0/0"}]},
        {"TrafficMirrorFilterId": "tmf-00000000000000udp", "EgressFilterRules": [], "NetworkServices": [], "IngressFilterRules": [
            {"TrafficDirection": "ingress", "RuleNumber": 100, "RuleAction": "accept", "Protocol": 17,
             "DestinationCidrBlock": "0.0.0.0/0", "SourceCidrBlock": "0.0.0.0/0"}]}]})");
    importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology")), sessions, filters});
    const Estate estate = loadEstate(*ws);
    QCOMPARE(estate.mirrorSessions.value(QStringLiteral("eni-01000000000000006")).size(), 2);

    using namespace test;
    const std::uint32_t db = ipv4(10, 10, 20, 41), app = ipv4(10, 10, 10, 31), target = ipv4(10, 10, 0, 5);
    const std::int64_t t0 = Q_INT64_C(1748779200000000); // 2025-06-01T12:00:00Z
    std::vector<std::pair<std::int64_t, QByteArray>> frames;
    auto mirrored = [&](std::int64_t us, std::uint32_t vni, const QByteArray &ip) {
        frames.emplace_back(t0 + us, vxlan(db, target, 65506, vni, ethernet(ip)));
    };
    const std::uint32_t seq = 2845860947u, ack = 3091086770u;
    mirrored(0, 2317549, ipPacket(app, db, 6, tcpSegment(47404, 5432, seq, 0, Syn)));
    mirrored(254, 2317549, ipPacket(app, db, 6, tcpSegment(47404, 5432, seq + 1, ack, Ack)));
    mirrored(292, 2317549, ipPacket(app, db, 6, tcpSegment(47404, 5432, seq + 1, ack, Psh | Ack, QByteArray(73, 'q'))));
    mirrored(745, 2317549, ipPacket(app, db, 6, tcpSegment(47404, 5432, seq + 74, ack + 594, Ack)));
    mirrored(855, 2317549, ipPacket(app, db, 6, tcpSegment(47404, 5432, seq + 74, ack + 594, Fin | Ack)));
    mirrored(964, 2317549, ipPacket(app, db, 6, tcpSegment(47404, 5432, seq + 75, ack + 595, Ack)));
    mirrored(2000, 42, ipPacket(app, db, 17, udpDatagram(53000, 514, QByteArray("<14>hello"))));
    // A connection attempt the database never answers (SYN and its retry), and a datagram two minutes on.
    mirrored(5000, 2317549, ipPacket(app, db, 6, tcpSegment(47500, 5432, 77, 0, Syn)));
    mirrored(1005000, 2317549, ipPacket(app, db, 6, tcpSegment(47500, 5432, 77, 0, Syn)));
    mirrored(120000000, 42, ipPacket(app, db, 17, udpDatagram(53000, 514, QByteArray("<14>again"))));
    const QString pcap = dir.filePath(QStringLiteral("mirror.pcap"));
    QVERIFY(writePcap(pcap, frames));

    const CaptureImportResult result = importCaptures(*ws, {pcap});
    QCOMPARE(result.filesImported, 1);
    QCOMPARE(result.frames, 10);
    QCOMPARE(result.flows, 3); // the two datagrams fall in one window (the sample's flow logs aggregate over 600 s)
    const QList<FlowRecord> tcp = records(*ws, estate, QStringLiteral("source == capture and protocol == tcp and srcport == 47404"));
    QCOMPARE(tcp.size(), 1);
    QCOMPARE(tcp[0].eni, QStringLiteral("eni-01000000000000006"));
    QCOMPARE(tcp[0].packets, 6);
    QCOMPARE(tcp[0].bytes, 6 * 40 + 73);
    QCOMPARE(tcp[0].handshake, int(Handshake::Established));
    QVERIFY(tcp[0].captured);
    QCOMPARE(tcp[0].action, 0);
    QCOMPARE(records(*ws, estate, QStringLiteral("state == established")).size(), 1);
    QCOMPARE(records(*ws, estate, QStringLiteral("state == attempted")).size(), 1);
    QCOMPARE(records(*ws, estate, QStringLiteral("instance == i-0100000000000006a and source == capture")).size(), 3);
    const QString id = communityId(6, IpAddress(app), IpAddress(db), 47404, 5432);
    QCOMPARE(records(*ws, estate, QStringLiteral("community-id == \"%1\"").arg(id)).size(), 1);
    QCOMPARE(records(*ws, estate, QStringLiteral("source == flow-log")).size(), 0);
    // Each flow names the session whose VNI carried it.
    sql::Statement q(ws->handle(), "SELECT c.session, f.proto FROM capture_flows c JOIN flows f ON f.id = c.id ORDER BY f.proto");
    QStringList sessionOf;
    while (q.step())
        sessionOf << QStringLiteral("%1 %2").arg(q.int64(1)).arg(q.text(0));
    sessionOf.removeDuplicates();
    QCOMPARE(sessionOf, (QStringList{QStringLiteral("6 tms-0000000000000tcp1"), QStringLiteral("17 tms-0000000000000udp2")}));
    // The first packets with their first bytes, in order.
    sql::Statement p(ws->handle(), "SELECT frame, tcp_flags, length(head) FROM capture_packets WHERE flow_id = ?1 ORDER BY n");
    p.bind(1, tcp[0].id);
    QList<int> flags, heads;
    while (p.step()) {
        flags << int(p.int64(1));
        heads << int(p.int64(2));
    }
    QCOMPARE(flags, (QList<int>{Syn, Ack, Psh | Ack, Ack, Fin | Ack, Ack}));
    QCOMPARE(heads[2], int(FlowAssembler::kHeadBytes));

    // db-1's flow log for the same minute: the unanswered attempt REJECT (its packets in the capture:
    // they arrived, then the group refused them), the answered connection ACCEPT (captured: nothing
    // to say), and an accepted TCP connection the TCP session copies but the capture lacks.
    const QString logs = test::writeFile(QDir(dir.path()), QStringLiteral("db-1.log"),
        "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n"
        "2 111122223333 eni-01000000000000006 10.10.10.31 10.10.20.41 47500 5432 6 2 120 1748779200 1748779260 REJECT OK\n"
        "2 111122223333 eni-01000000000000006 10.10.10.31 10.10.20.41 47404 5432 6 6 313 1748779200 1748779260 ACCEPT OK\n"
        "2 111122223333 eni-01000000000000006 10.10.10.31 10.10.20.41 47999 5432 6 4 200 1748779200 1748779260 ACCEPT OK\n");
    QCOMPARE(importFlowLogs(*ws, {logs}).records, 3);
    const FindingsReport review = reviewEstate(*ws, loadEstate(*ws), {});
    QHash<QString, Finding> byCheck;
    for (const Finding &f : review.findings)
        if (f.check.startsWith(QLatin1String("capture-")))
            byCheck.insert(f.check, f);
    QCOMPARE(byCheck.size(), 2);
    const Finding arrived = byCheck.value(QStringLiteral("capture-arrived-rejected"));
    QCOMPARE(arrived.severity, Severity::Note);
    QCOMPARE(arrived.evidence.records, 1);
    QCOMPARE(arrived.resources, QStringList{QStringLiteral("eni-01000000000000006")});
    const QList<FlowRecord> refused = records(*ws, estate, arrived.evidence.filter);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused[0].srcPort, 47500);
    const Finding missing = byCheck.value(QStringLiteral("capture-missing"));
    QCOMPARE(missing.evidence.records, 1);
    const QList<FlowRecord> lacking = records(*ws, estate, missing.evidence.filter);
    QCOMPARE(lacking.size(), 1);
    QCOMPARE(lacking[0].srcPort, 47999);
}

// A connection longer than the window is cut into one flow per window and direction (as a flow log
// does); thousands of short connections over hours keep only the open ones in memory.
void TestCapture::windowsAndMemory()
{
    std::vector<CaptureFlow> out;
    std::size_t most = 0;
    FlowAssembler assembler(60, [&](CaptureFlow &&f) { out.push_back(std::move(f)); });
    DecodedPacket p;
    p.protocol = 17;
    p.ipLength = 100;
    const std::int64_t t0 = Q_INT64_C(1748779200000000);
    // One long conversation: a datagram each way every 10 s for 200 s.
    for (int s = 0; s < 200; s += 10) {
        p.src = IpAddress(test::ipv4(10, 0, 0, 1));
        p.dst = IpAddress(test::ipv4(10, 0, 0, 2));
        p.srcPort = 5000;
        p.dstPort = 53;
        assembler.add(p, t0 + s * Q_INT64_C(1000000), s);
        std::swap(p.src, p.dst);
        std::swap(p.srcPort, p.dstPort);
        assembler.add(p, t0 + s * Q_INT64_C(1000000) + 1000, s + 1);
    }
    // Then 100,000 one-packet connections, 100 a second for 1,000 s.
    for (int i = 0; i < 100000; ++i) {
        p.src = IpAddress(test::ipv4(10, 1, 0, 0) + std::uint32_t(i));
        p.dst = IpAddress(test::ipv4(10, 0, 0, 2));
        p.srcPort = 40000;
        p.dstPort = 443;
        assembler.add(p, t0 + Q_INT64_C(200000000) + i * Q_INT64_C(10000), i);
        most = std::max(most, assembler.openConnections());
    }
    assembler.finish();
    int longFlows = 0;
    qint64 longPackets = 0;
    for (const CaptureFlow &f : out)
        if (f.dstPort == 53 || f.srcPort == 53) {
            ++longFlows;
            longPackets += f.packets;
        }
    QCOMPARE(longPackets, 40);
    QCOMPARE(longFlows, 8); // windows from 0, 60, 120, 180 s, each way
    QCOMPARE(out.size(), std::size_t(100000 + 8));
    // At most two windows and a sweep's worth of connections are open at once: 60 s at 100/s is 6,000.
    QVERIFY2(most < 20000, qPrintable(QString::number(most)));
}

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"
