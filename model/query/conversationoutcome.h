// SPDX-License-Identifier: GPL-3.0-or-later
// How a conversation went, in the spirit of Zeek's conn_state, from what flow logs hold: the records
// each way with their actions and, where the format has the field (versions 3 on), their TCP flags
// (AWS ORs a record's flags: FIN 1, SYN 2, RST 4, and SYN-ACK as 18).
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace vpclens {

// One direction of a conversation (client to server, or back); of an endpoint, what it sent or received.
struct Way {
    qint64 records = 0, rejected = 0, packets = 0, bytes = 0;
    qint64 first = 0; // the earliest start; 0 when no record went this way
    int flags = -1;   // the TCP flags of its records ORed; -1 when none carried the field
    qint64 accepted() const { return records - rejected; }
};

enum class ConversationOutcome {
    None,           // no record (an endpoint's row)
    Rejected,       // every record rejected
    NoReply,        // the request accepted, nothing came back (Zeek's S0)
    ReplyRejected,  // the request accepted, its reply rejected (a stateless NACL on the way back)
    Refused,        // TCP answered with a reset and no SYN-ACK: nothing listens (Zeek's REJ)
    Established,    // TCP both ways
    Reset,          // TCP both ways, a reset seen
    Answered,       // not TCP, both ways
    PartlyRejected, // both ways, and some records rejected
    ReplyOnly,      // only the reply was logged
};

ConversationOutcome outcomeOf(const Way &request, const Way &reply, qint64 protocol);
QString outcomeName(ConversationOutcome o); // "reply rejected", translated
QString outcomeKey(ConversationOutcome o);  // "reply-rejected": for CSV and JSON
std::optional<ConversationOutcome> parseOutcome(const QString &key); // a key or name, any case

// Whether a record of a protocol with ports goes from the server back to its client: SYN-ACK says so
// and a bare SYN says not, where the flags are known; otherwise the lower port is the service's (an
// accepted record), and a rejected record is a reply only from a well-known port to an ephemeral one
// (a scan from a low source port stays a request).
bool isReply(qint64 protocol, qint64 srcPort, qint64 dstPort, bool rejected, int flags);
// Protocols whose records carry no ports (ICMP, ICMPv6, and any record without both): their
// conversation is the pair of addresses, the client the side whose record started first.
bool isPortless(qint64 protocol, qint64 srcPort, qint64 dstPort);

} // namespace vpclens
