// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/flowassembler.h"

#include "base/hashmix.h"
#include "capture/packetdecoder.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace vpclens {
namespace assembly {

using namespace tcpflag;

// ICMP messages that answer one another share a connection (echo request and reply are one
// conversation): the key holds the request's type for both.
int icmpKeyType(int protocol, int type)
{
    if (protocol == 1) {
        switch (type) {
        case 0: return 8;   // echo reply -> request
        case 14: return 13; // timestamp reply
        case 16: return 15; // information reply
        case 18: return 17; // address mask reply
        default: return type;
        }
    }
    switch (type) { // ICMPv6
    case 129: return 128; // echo reply
    case 136: return 135; // neighbor advertisement -> solicitation
    case 134: return 133; // router advertisement -> solicitation
    case 131: return 130; // multicast listener report -> query
    default: return type;
    }
}

struct Endpoint {
    IpAddress address;
    int port = -1;
    friend bool operator==(const Endpoint &a, const Endpoint &b) { return a.address == b.address && a.port == b.port; }
    friend bool operator<(const Endpoint &a, const Endpoint &b) { return a.address == b.address ? a.port < b.port : a.address < b.address; }
};

struct Key {
    std::int64_t vni;
    int protocol;
    Endpoint low, high;
    friend bool operator==(const Key &a, const Key &b)
    {
        return a.vni == b.vni && a.protocol == b.protocol && a.low == b.low && a.high == b.high;
    }
};

struct KeyHash {
    std::size_t operator()(const Key &k) const noexcept
    {
        std::uint64_t h = mix64(std::uint64_t(k.vni) ^ (std::uint64_t(k.protocol) << 48));
        h = mix64(h ^ k.low.address.lo ^ (k.low.address.hi * 31) ^ std::uint64_t(std::uint32_t(k.low.port)) << 40);
        h = mix64(h ^ k.high.address.lo ^ (k.high.address.hi * 31) ^ std::uint64_t(std::uint32_t(k.high.port)) << 40);
        return std::size_t(h);
    }
};

struct Direction {
    CaptureFlow flow;
    bool seqKnown = false;
    std::uint32_t seqEnd = 0; // the highest sequence number sent so far (serial arithmetic)

    bool empty() const { return flow.packets == 0; }
};

struct Connection {
    HandshakeTracker handshake;
    Endpoint originator;
    std::int64_t windowStartUs = 0;
    std::int64_t lastUs = 0;
    Direction dirs[2]; // 0: originator -> responder, 1: back
};

} // namespace assembly

using namespace assembly;

class FlowAssembler::Impl
{
public:
    Impl(std::int64_t windowSeconds, Sink sink) : m_windowUs(std::max<std::int64_t>(1, windowSeconds) * 1000000), m_sink(std::move(sink)) {}

    void add(const DecodedPacket &p, std::int64_t timeUs, std::int64_t frame)
    {
        const bool icmp = p.protocol == 1 || p.protocol == 58;
        // ICMP: ordered by address only, the request's type and the code in the key once.
        const Endpoint from{p.src, icmp ? -1 : p.srcPort}, to{p.dst, icmp ? -1 : p.dstPort};
        Key key{p.vni, p.protocol, std::min(from, to), std::max(from, to)};
        if (icmp)
            key.low.port = key.high.port = (icmpKeyType(p.protocol, p.srcPort) << 8) | p.dstPort;
        auto [it, fresh] = m_open.try_emplace(key);
        Connection &c = it->second;
        if (fresh) {
            // The originator: the first packet's sender, unless that packet answers (a SYN-ACK, an ICMP reply).
            const bool answer = (p.protocol == 6 && (p.tcpFlags & (kSyn | kAck)) == (kSyn | kAck))
                                || (icmp && icmpKeyType(p.protocol, p.srcPort) != p.srcPort);
            c.originator = answer ? Endpoint{p.dst, p.dstPort} : Endpoint{p.src, p.srcPort};
            c.windowStartUs = timeUs;
        } else if (timeUs >= c.windowStartUs + m_windowUs) {
            writeOut(c);
            c.windowStartUs = timeUs;
        }
        const bool forward = p.src == c.originator.address && (icmp || p.srcPort == c.originator.port);
        c.handshake.packet(p.protocol == 6, forward, p.tcpFlags);
        c.lastUs = std::max(c.lastUs, timeUs);
        count(c.dirs[forward ? 0 : 1], p, timeUs, frame, forward);
        // Now and then (by packets, or by a window of capture time) the passed windows are written out.
        if (++m_sinceSweep >= kSweepEvery || timeUs >= m_lastSweepUs + m_windowUs) {
            sweep(timeUs);
            m_sinceSweep = 0;
            m_lastSweepUs = timeUs;
        }
    }

    void finish()
    {
        for (auto &[key, c] : m_open)
            writeOut(c);
        m_open.clear();
    }

    std::size_t openConnections() const { return m_open.size(); }

private:
    static constexpr int kSweepEvery = 1 << 16;

    void count(Direction &d, const DecodedPacket &p, std::int64_t timeUs, std::int64_t frame, bool forward)
    {
        CaptureFlow &f = d.flow;
        if (f.packets == 0) {
            f.vni = p.vni;
            f.src = p.src;
            f.dst = p.dst;
            f.protocol = p.protocol;
            f.srcPort = p.srcPort;
            f.dstPort = p.dstPort;
            f.firstUs = f.lastUs = timeUs;
            f.firstFrame = frame;
            f.fromOriginator = forward;
        }
        f.firstUs = std::min(f.firstUs, timeUs);
        f.lastUs = std::max(f.lastUs, timeUs);
        ++f.packets;
        f.bytes += p.ipLength;
        f.tcpFlags |= p.tcpFlags;
        if (p.protocol == 6) {
            const std::uint32_t length = p.payloadLength + ((p.tcpFlags & (kSyn | kFin)) ? 1 : 0);
            const std::uint32_t end = p.seq + length;
            if (length > 0) {
                if (d.seqKnown && std::int32_t(end - d.seqEnd) <= 0)
                    ++f.retransmissions;
                else if (!d.seqKnown || std::int32_t(end - d.seqEnd) > 0) {
                    d.seqEnd = end;
                    d.seqKnown = true;
                }
            }
        }
        if (f.first.size() < kKeptPackets) {
            CapturedPacket kept{timeUs, frame, p.ipLength, p.tcpFlags, {}};
            if (p.payload && p.payloadCaptured)
                kept.head.assign(reinterpret_cast<const char *>(p.payload), std::min(p.payloadCaptured, kHeadBytes));
            f.first.push_back(std::move(kept));
        }
    }

    void writeOut(Connection &c)
    {
        const Handshake state = c.handshake.state();
        for (Direction &d : c.dirs) {
            if (d.empty())
                continue;
            d.flow.state = state;
            m_sink(std::move(d.flow));
            d.flow = CaptureFlow{}; // the sequence numbers carry on into the next window
        }
    }

    // Connections whose window has passed are written out; those quiet for a window more are forgotten.
    void sweep(std::int64_t nowUs)
    {
        for (auto it = m_open.begin(); it != m_open.end();) {
            Connection &c = it->second;
            if (nowUs >= c.windowStartUs + m_windowUs)
                writeOut(c);
            if (nowUs >= c.lastUs + m_windowUs && c.dirs[0].empty() && c.dirs[1].empty())
                it = m_open.erase(it);
            else
                ++it;
        }
    }

    std::int64_t m_windowUs;
    Sink m_sink;
    std::unordered_map<Key, Connection, KeyHash> m_open;
    int m_sinceSweep = 0;
    std::int64_t m_lastSweepUs = std::numeric_limits<std::int64_t>::min() / 2;
};

FlowAssembler::FlowAssembler(std::int64_t windowSeconds, Sink sink) : d(std::make_unique<Impl>(windowSeconds, std::move(sink))) {}
FlowAssembler::~FlowAssembler() = default;
void FlowAssembler::add(const DecodedPacket &packet, std::int64_t timeUs, std::int64_t frame) { d->add(packet, timeUs, frame); }
void FlowAssembler::finish() { d->finish(); }
std::size_t FlowAssembler::openConnections() const { return d->openConnections(); }

} // namespace vpclens
