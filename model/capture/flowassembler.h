// SPDX-License-Identifier: GPL-3.0-or-later
// Packets summed into flows the way a flow log sums them: per connection and direction, over an
// aggregation window that opens with the connection's first packet (60 or 600 seconds, as the flow
// log's MaxAggregationInterval), bytes counted as IP lengths. Each flow also keeps what a flow log
// cannot: microsecond first and last times, the handshake state of its connection, retransmitted
// segments, the OR of its TCP flags and its first packets. Connections whose window has passed are
// written out as the capture goes on, so memory follows the connections open at once, not the
// capture's size.
#pragma once

#include "base/ipaddress.h"
#include "capture/handshake.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace vpclens {

struct DecodedPacket;

struct CapturedPacket {
    std::int64_t timeUs = 0;
    std::int64_t frame = 0;        // 1-based, as Wireshark numbers frames
    std::uint32_t length = 0;      // the IP length
    std::uint8_t tcpFlags = 0;
    std::string head;              // the first bytes of the transport payload, as captured
};

struct CaptureFlow {
    std::int64_t vni = -1;
    IpAddress src, dst;
    int protocol = 0;
    int srcPort = -1, dstPort = -1; // ICMP: type and code
    std::int64_t firstUs = 0, lastUs = 0;
    std::int64_t packets = 0, bytes = 0;
    std::int64_t retransmissions = 0;
    std::int64_t firstFrame = 0;
    std::uint8_t tcpFlags = 0; // OR of every packet's flags
    Handshake state = Handshake::NoReply;
    bool fromOriginator = true; // this direction is the connection's originator -> responder
    std::vector<CapturedPacket> first; // the first packets (kKeptPackets at most)
};

class FlowAssembler
{
public:
    static constexpr std::size_t kKeptPackets = 10;
    static constexpr std::size_t kHeadBytes = 64;
    using Sink = std::function<void(CaptureFlow &&)>;

    FlowAssembler(std::int64_t windowSeconds, Sink sink);
    ~FlowAssembler();
    FlowAssembler(const FlowAssembler &) = delete;
    FlowAssembler &operator=(const FlowAssembler &) = delete;

    void add(const DecodedPacket &packet, std::int64_t timeUs, std::int64_t frame);
    void finish(); // every open flow written out
    std::size_t openConnections() const;

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace vpclens
