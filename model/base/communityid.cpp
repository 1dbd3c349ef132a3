// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/communityid.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <algorithm>

namespace vpclens {
namespace {

// The ICMP messages that have a counterpart: the pair is one conversation, ordered like ports.
int icmpCounterpart(int type, bool v6)
{
    if (!v6) {
        switch (type) {
        case 8: return 0;   // echo -> echo reply
        case 0: return 8;
        case 13: return 14; // timestamp
        case 14: return 13;
        case 15: return 16; // information
        case 16: return 15;
        case 10: return 9;  // router solicitation -> advertisement
        case 9: return 10;
        case 17: return 18; // address mask
        case 18: return 17;
        default: return -1;
        }
    }
    switch (type) {
    case 128: return 129; // echo
    case 129: return 128;
    case 130: return 131; // multicast listener query -> report
    case 131: return 130;
    case 133: return 134; // router solicitation -> advertisement
    case 134: return 133;
    case 135: return 136; // neighbour solicitation -> advertisement
    case 136: return 135;
    case 139: return 140; // node information query -> response
    case 140: return 139;
    case 144: return 145; // home agent address discovery
    case 145: return 144;
    default: return -1;
    }
}

void appendAddress(QByteArray &out, const IpAddress &a)
{
    if (a.isV4()) {
        const std::uint32_t v = a.v4();
        for (int shift = 24; shift >= 0; shift -= 8)
            out.append(char((v >> shift) & 0xff));
        return;
    }
    const Ipv6Bytes b = a.bytes();
    out.append(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
}

void appendPort(QByteArray &out, int port)
{
    out.append(char((port >> 8) & 0xff));
    out.append(char(port & 0xff));
}

} // namespace

QString communityId(int protocol, const IpAddress &src, const IpAddress &dst, int srcPort, int dstPort, std::uint16_t seed)
{
    if (src.isV4() != dst.isV4())
        return {};
    const bool icmp = protocol == 1 || protocol == 58;
    const bool hasPorts = icmp || protocol == 6 || protocol == 17 || protocol == 132;
    int sport = std::max(0, srcPort), dport = std::max(0, dstPort);
    bool oneWay = false;
    if (icmp) {
        const int type = sport, code = dport;
        const int counterpart = icmpCounterpart(type, protocol == 58);
        oneWay = counterpart < 0;
        sport = type;
        dport = oneWay ? code : counterpart;
    }
    IpAddress a = src, b = dst;
    // The smaller end first (address, then port), so both directions hash alike; a one-way ICMP
    // message keeps its direction.
    const bool ordered = src < dst || (src == dst && sport <= dport);
    if (!oneWay && !ordered) {
        std::swap(a, b);
        std::swap(sport, dport);
    }
    QByteArray in;
    in.reserve(40);
    appendPort(in, seed);
    appendAddress(in, a);
    appendAddress(in, b);
    in.append(char(protocol & 0xff));
    in.append('\0');
    if (hasPorts) {
        appendPort(in, sport);
        appendPort(in, dport);
    }
    return QStringLiteral("1:") + QString::fromLatin1(QCryptographicHash::hash(in, QCryptographicHash::Sha1).toBase64());
}

} // namespace vpclens
