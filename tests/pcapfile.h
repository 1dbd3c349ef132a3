// SPDX-License-Identifier: GPL-3.0-or-later
// Captures written byte by byte for the tests, from the protocols' header layouts (RFC 791, 793, 768,
// 7348 for VXLAN; the pcap file format): what a traffic-mirror target records, without a network.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace vpclens::test {

inline void put16(QByteArray &b, int v) { b.append(char(v >> 8)).append(char(v)); }
inline void put32(QByteArray &b, std::uint32_t v) { put16(b, int(v >> 16)); put16(b, int(v & 0xffff)); }
inline void putLe32(QByteArray &b, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char(v >> (8 * i)));
}

inline std::uint32_t ipv4(int a, int b, int c, int d) { return std::uint32_t(a) << 24 | std::uint32_t(b) << 16 | std::uint32_t(c) << 8 | std::uint32_t(d); }

inline QByteArray ethernet(const QByteArray &payload, int type = 0x0800)
{
    QByteArray b("\x02\x00\x00\x00\x00\x02\x02\x00\x00\x00\x00\x01", 12);
    put16(b, type);
    return b + payload;
}

inline QByteArray ipPacket(std::uint32_t src, std::uint32_t dst, int protocol, const QByteArray &payload)
{
    QByteArray b;
    b.append(char(0x45)).append(char(0));
    put16(b, 20 + int(payload.size()));
    put32(b, 0);                          // id, flags, fragment offset
    b.append(char(64)).append(char(protocol));
    put16(b, 0);                          // checksum (not checked by readers of mirrored copies)
    put32(b, src);
    put32(b, dst);
    return b + payload;
}

enum TcpFlag { Fin = 0x01, Syn = 0x02, Rst = 0x04, Psh = 0x08, Ack = 0x10 };

inline QByteArray tcpSegment(int sport, int dport, std::uint32_t seq, std::uint32_t ack, int flags, const QByteArray &data = {})
{
    QByteArray b;
    put16(b, sport);
    put16(b, dport);
    put32(b, seq);
    put32(b, ack);
    b.append(char(5 << 4)).append(char(flags));
    put16(b, 26883); // window
    put32(b, 0);     // checksum, urgent pointer
    return b + data;
}

inline QByteArray udpDatagram(int sport, int dport, const QByteArray &data)
{
    QByteArray b;
    put16(b, sport);
    put16(b, dport);
    put16(b, 8 + int(data.size()));
    put16(b, 0);
    return b + data;
}

// An inner Ethernet frame as a mirror session sends it: outer IPv4/UDP to 4789, VXLAN with the I flag.
inline QByteArray vxlan(std::uint32_t outerSrc, std::uint32_t outerDst, int outerPort, std::uint32_t vni, const QByteArray &innerFrame)
{
    QByteArray header("\x08\x00\x00\x00", 4);
    put32(header, vni << 8);
    return ethernet(ipPacket(outerSrc, outerDst, 17, udpDatagram(outerPort, 4789, header + innerFrame)));
}

// A little-endian microsecond pcap of Ethernet frames: (time in microseconds, frame).
inline bool writePcap(const QString &path, const std::vector<std::pair<std::int64_t, QByteArray>> &frames, int linkType = 1)
{
    QByteArray b;
    putLe32(b, 0xa1b2c3d4);
    b.append(char(2)).append(char(0)).append(char(4)).append(char(0)); // version 2.4
    putLe32(b, 0);
    putLe32(b, 0);
    putLe32(b, 262144);
    putLe32(b, std::uint32_t(linkType));
    for (const auto &[us, frame] : frames) {
        putLe32(b, std::uint32_t(us / 1000000));
        putLe32(b, std::uint32_t(us % 1000000));
        putLe32(b, std::uint32_t(frame.size()));
        putLe32(b, std::uint32_t(frame.size()));
        b += frame;
    }
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(b) == b.size();
}

} // namespace vpclens::test
