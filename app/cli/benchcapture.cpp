// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli bench-capture: writes a synthetic traffic-mirror capture of a chosen size (VXLAN to
// 4789, one session's VNI, TCP connections with full segments and their ACKs, DNS, unanswered
// SYNs), imports it into a new workspace and prints MB/s, frames/s and the peak memory; where
// tcpdump is installed, `tcpdump -r FILE -w /dev/null` is timed in the same run, the floor to compare
// with (these machines are shared: the ratio holds, the absolute times do not).
#include "commands.h"

#include "base/processstats.h"
#include "ingest/captureimporter.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <pcap/pcap.h>

#include <memory>
#include <random>
#include <vector>

namespace vpclens::cli {
namespace {

void put16(std::vector<std::uint8_t> &b, std::size_t at, unsigned v)
{
    b[at] = std::uint8_t(v >> 8);
    b[at + 1] = std::uint8_t(v);
}
void put32(std::vector<std::uint8_t> &b, std::size_t at, std::uint32_t v)
{
    put16(b, at, v >> 16);
    put16(b, at + 2, v & 0xffff);
}

// One mirrored frame: Ethernet, outer IPv4/UDP 4789 from the mirrored interface to the target, VXLAN
// (I flag, VNI), inner Ethernet, IPv4, then TCP (flags, sequence) or UDP with `payload` bytes.
std::vector<std::uint8_t> mirroredFrame(std::uint32_t src, std::uint32_t dst, int protocol, int sport, int dport, std::uint32_t seq,
                                        int flags, int payload)
{
    const int transport = protocol == 6 ? 20 : 8;
    const int innerIp = 20 + transport + payload;
    const int inner = 14 + innerIp;
    const int outerIp = 20 + 8 + 8 + inner;
    std::vector<std::uint8_t> b(std::size_t(14 + outerIp), 0);
    const std::uint8_t mac[12] = {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1};
    auto ethernet = [&](std::size_t at) {
        std::copy(std::begin(mac), std::end(mac), b.begin() + std::ptrdiff_t(at));
        put16(b, at + 12, 0x0800);
    };
    auto ipv4 = [&](std::size_t at, int length, int proto, std::uint32_t from, std::uint32_t to) {
        b[at] = 0x45;
        put16(b, at + 2, unsigned(length));
        b[at + 8] = 64;
        b[at + 9] = std::uint8_t(proto);
        put32(b, at + 12, from);
        put32(b, at + 16, to);
    };
    ethernet(0);
    ipv4(14, outerIp, 17, 0x0a0a152a, 0x0a0a0014); // 10.10.21.42 -> the target 10.10.0.20
    put16(b, 34, 65506);
    put16(b, 36, 4789);
    put16(b, 38, unsigned(8 + 8 + inner));
    b[42] = 0x08;
    put32(b, 46, 2317549u << 8);
    ethernet(50);
    ipv4(64, innerIp, protocol, src, dst);
    put16(b, 84, unsigned(sport));
    put16(b, 86, unsigned(dport));
    if (protocol == 6) {
        put32(b, 88, seq);
        b[96] = 5 << 4;
        b[97] = std::uint8_t(flags);
        put16(b, 98, 26883);
    } else {
        put16(b, 88, unsigned(8 + payload));
    }
    for (std::size_t i = 84 + std::size_t(transport); i < b.size(); ++i)
        b[i] = std::uint8_t('a' + i % 26);
    return b;
}

struct PcapCloser {
    void operator()(pcap_t *p) const noexcept { pcap_close(p); }
};
struct DumperCloser {
    void operator()(pcap_dumper_t *d) const noexcept { pcap_dump_close(d); }
};

// About `megabytes` of mirrored traffic: 2,000 TCP connections open at a time (a SYN, 1,448-byte
// segments each answered by an ACK, a FIN), every 50th connection a DNS query and answer, every 20th
// a SYN nobody answers. 20 microseconds between frames.
bool writeCapture(const QString &path, qint64 megabytes, QString *error)
{
    std::unique_ptr<pcap_t, PcapCloser> dead(pcap_open_dead(DLT_EN10MB, 262144));
    std::unique_ptr<pcap_dumper_t, DumperCloser> dump(pcap_dump_open(dead.get(), QFile::encodeName(path).constData()));
    if (!dump) {
        *error = QString::fromLocal8Bit(pcap_geterr(dead.get()));
        return false;
    }
    std::mt19937 random(42);
    struct Connection {
        std::uint32_t client;
        int port;
        std::uint32_t seq;
        int left; // segments still to send
    };
    std::vector<Connection> open(2000);
    std::uint32_t nextClient = 0;
    int nextPort = 1024;
    auto fresh = [&]() {
        Connection c{0x0a0a0000u | (1 + (nextClient++ % 60000)), nextPort, std::uint32_t(random()), 20 + int(random() % 400)};
        nextPort = nextPort >= 65000 ? 1024 : nextPort + 1;
        return c;
    };
    for (Connection &c : open)
        c = fresh();
    const std::uint32_t server = 0x0a0a152a; // 10.10.21.42
    qint64 written = 0, us = qint64(1748779200) * 1000000;
    pcap_pkthdr header{};
    auto dumpFrame = [&](const std::vector<std::uint8_t> &frame) {
        us += 20;
        header.ts.tv_sec = us / 1000000;
        header.ts.tv_usec = suseconds_t(us % 1000000);
        header.caplen = header.len = bpf_u_int32(frame.size());
        pcap_dump(reinterpret_cast<u_char *>(dump.get()), &header, frame.data());
        written += qint64(frame.size()) + 16;
    };
    const qint64 target = megabytes * 1000 * 1000;
    std::size_t turn = 0;
    while (written < target) {
        Connection &c = open[turn++ % open.size()];
        dumpFrame(mirroredFrame(c.client, server, 6, c.port, 5432, c.seq, c.left > 0 ? 0x18 : 0x11, c.left > 0 ? 1448 : 0));
        dumpFrame(mirroredFrame(server, c.client, 6, 5432, c.port, std::uint32_t(random()), 0x10, 0));
        c.seq += 1448;
        if (c.left-- <= 0) {
            const std::uint32_t n = nextClient;
            c = fresh();
            dumpFrame(mirroredFrame(c.client, server, 6, c.port, 5432, c.seq, 0x02, 0)); // the next connection's SYN
            dumpFrame(mirroredFrame(server, c.client, 6, 5432, c.port, std::uint32_t(random()), 0x12, 0));
            if (n % 50 == 0) {
                dumpFrame(mirroredFrame(c.client, 0x0a0a0002, 17, 40000 + int(n % 20000), 53, 0, 0, 40));
                dumpFrame(mirroredFrame(0x0a0a0002, c.client, 17, 53, 40000 + int(n % 20000), 0, 0, 120));
            }
            if (n % 20 == 0)
                dumpFrame(mirroredFrame(0xc6336400u | (n % 250), server, 6, 33000 + int(n % 30000), 22, std::uint32_t(random()), 0x02, 0));
        }
    }
    return true;
}

} // namespace

int runBenchCapture(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Write a synthetic traffic-mirror capture, import it and print MB/s and memory (beside tcpdump -r)."));
    parser.addHelpOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"), QCoreApplication::translate("cli", "The workspace to create (replaced when it exists)."), QStringLiteral("file"));
    const QCommandLineOption capture(QStringLiteral("capture"), QCoreApplication::translate("cli", "The capture to import (written first with --write)."), QStringLiteral("file"));
    const QCommandLineOption write(QStringLiteral("write"), QCoreApplication::translate("cli", "Write a synthetic mirrored capture of --megabytes first."));
    const QCommandLineOption megabytes(QStringLiteral("megabytes"), QCoreApplication::translate("cli", "Size of the synthetic capture (default 1000)."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    parser.addOptions({workspace, capture, write, megabytes, json});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    if (!parser.isSet(workspace) || !parser.isSet(capture)) {
        err << QCoreApplication::translate("cli", "bench-capture: --workspace and --capture are required\n");
        return BadArguments;
    }
    const QString file = parser.value(capture);
    QString error;
    if (parser.isSet(write)) {
        QElapsedTimer t;
        t.start();
        if (!writeCapture(file, parser.value(megabytes).toLongLong(), &error)) {
            err << file << ": " << error << '\n';
            return Failure;
        }
        err << QStringLiteral("wrote %1 (%2 MB) in %3 s\n").arg(file).arg(QFileInfo(file).size() / 1e6, 0, 'f', 0).arg(t.elapsed() / 1000.0, 0, 'f', 1);
    }
    const QString path = parser.value(workspace);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
    auto ws = Workspace::open(path, &error, true);
    if (!ws) {
        err << error << '\n';
        return Failure;
    }
    const double before = peakRssMiB();
    const CaptureImportResult r = importCaptures(*ws, {file});
    const double peak = peakRssMiB();
    const double megabytesRead = double(QFileInfo(file).size()) / 1e6;
    const double rate = r.seconds > 0 ? megabytesRead / r.seconds : 0;
    // The floor: tcpdump reading the same file and writing nothing.
    double tcpdumpSeconds = -1;
    if (const QString tcpdump = QStandardPaths::findExecutable(QStringLiteral("tcpdump")); !tcpdump.isEmpty()) {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(tcpdump, {QStringLiteral("-r"), file, QStringLiteral("-w"), QStringLiteral("/dev/null")});
        if (p.waitForFinished(-1) && p.exitCode() == 0)
            tcpdumpSeconds = t.nsecsElapsed() / 1e9;
    }
    const double ratio = tcpdumpSeconds > 0 ? r.seconds / tcpdumpSeconds : 0;
    if (parser.isSet(json)) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("megabytes"), megabytesRead}, {QStringLiteral("frames"), r.frames},
                                         {QStringLiteral("flows"), r.flows}, {QStringLiteral("seconds"), r.seconds},
                                         {QStringLiteral("megabytes_per_second"), rate},
                                         {QStringLiteral("frames_per_second"), r.seconds > 0 ? double(r.frames) / r.seconds : 0.0},
                                         {QStringLiteral("peak_rss_mib_before"), before}, {QStringLiteral("peak_rss_mib"), peak},
                                         {QStringLiteral("tcpdump_seconds"), tcpdumpSeconds}, {QStringLiteral("ratio_to_tcpdump"), ratio}})
                   .toJson(QJsonDocument::Indented);
        return r.filesImported == 1 ? Success : Failure;
    }
    out << QStringLiteral("capture:      %1 MB, %2 frames, %3 flows\n").arg(megabytesRead, 0, 'f', 0).arg(r.frames).arg(r.flows);
    out << QStringLiteral("import:       %1 s, %2 MB/s, %3 frames/s\n").arg(r.seconds, 0, 'f', 2).arg(rate, 0, 'f', 0)
               .arg(qint64(r.seconds > 0 ? double(r.frames) / r.seconds : 0));
    out << QStringLiteral("peak RSS:     %1 MiB (%2 MiB before the import)\n").arg(peak, 0, 'f', 1).arg(before, 0, 'f', 1);
    if (tcpdumpSeconds > 0)
        out << QStringLiteral("tcpdump -r:   %1 s in the same run; the import takes %2x as long\n").arg(tcpdumpSeconds, 0, 'f', 2).arg(ratio, 0, 'f', 1);
    for (const QString &m : r.messages)
        err << m << '\n';
    return r.filesImported == 1 ? Success : Failure;
}

} // namespace vpclens::cli
