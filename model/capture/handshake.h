// SPDX-License-Identifier: GPL-3.0-or-later
// What a capture tells of a connection that a flow log cannot: whether the TCP handshake completed,
// in the spirit of Zeek's conn_state. Decided from the packets of both directions where the mirror
// copied both, and from the originator's own packets where it copied one: an originator that ACKs
// after its SYN has seen the SYN-ACK, even when the filter did not copy it.
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace vpclens {

// TCP header flag bits.
namespace tcpflag {
inline constexpr std::uint8_t kFin = 0x01, kSyn = 0x02, kRst = 0x04, kPsh = 0x08, kAck = 0x10, kUrg = 0x20;
}

enum class Handshake : std::uint8_t {
    Attempted,   // a SYN (or its retries) and nothing back: no reply
    Rejected,    // a SYN answered by a reset
    Established, // SYN, SYN-ACK (or the originator's ACK after its SYN)
    Reset,       // established (or mid-stream), then reset
    MidStream,   // TCP whose SYN the capture did not hold
    NoReply,     // not TCP, one direction only
    TwoWay,      // not TCP, both directions
    Count
};

// "attempted", "rejected", "established", "reset", "mid-stream", "no-reply", "two-way".
QString handshakeName(Handshake h);
std::optional<Handshake> parseHandshake(const QString &name); // any case; "no reply" with a space too

// Follows one connection packet by packet (fromOriginator: the packet's sender is the side that
// spoke first, or sent the first SYN).
class HandshakeTracker
{
public:
    void packet(bool tcp, bool fromOriginator, std::uint8_t tcpFlags);
    Handshake state() const;

private:
    bool m_tcp = false, m_syn = false, m_synAck = false, m_ackAfterSyn = false;
    bool m_rstByResponder = false, m_rst = false, m_fromOriginator = false, m_fromResponder = false;
};

} // namespace vpclens
