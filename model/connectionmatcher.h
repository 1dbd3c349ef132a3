// SPDX-License-Identifier: GPL-3.0-or-later
// "Each connection once", decided record by record during an import. A connection between two
// interfaces of the estate is logged twice: as the sender's egress and as the receiver's ingress.
// The receiver's record stands for it, because it carries the final verdict (a connection the
// receiver's NACL or security group refused is ACCEPT at the sender and REJECT at the receiver).
// The sender's record stands for it when the sender rejected it (the receiver never saw it) or when
// the receiver logged nothing of it (no flow log there, or its files are not imported); a third
// interface's record (a transit gateway attachment, an appliance) only when neither did. So a record
// counts at first unless a better sighting of the same connection (same addresses, ports and
// protocol, in the same capture window) is known, and stops counting when one turns up later, in whichever
// file or aggregation window. Sightings are remembered for a horizon of stream time; files are read
// in time order (see importFlowLogs), so the sightings of one connection meet within it.
#pragma once

#include "flowrow.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace vpclens {

// A record already sent to the writer that no longer counts: the ordinal-th row of file `file`.
struct Uncount {
    int file;
    std::int64_t ordinal;
    FlowRow row; // to take its sums out of the rollups
};

class ConnectionMatcher
{
public:
    static constexpr std::int64_t kHorizonSeconds = 3600; // sightings further apart in stream time never meet
    static constexpr std::int64_t kSlackSeconds = 5;      // capture windows of two interfaces may differ by this
    static constexpr std::size_t kMaxRemembered = 4'000'000; // a bound when input is far from time order

    // Whether `row` (an OK record with both addresses, logged by row.eni) counts. srcOwner and
    // dstOwner are the interned ids of the interfaces owning its addresses, 0 for none. Records sent
    // before that the row now stands for are appended to `uncount`.
    bool counts(const FlowRow &row, std::int64_t srcOwner, std::int64_t dstOwner, int file, std::int64_t ordinal,
                std::vector<Uncount> &uncount);

private:
    enum Rank : std::uint8_t { Third, Sender, Receiver }; // the higher stands for the connection
    struct Sighting {
        std::int64_t start, end;
        Rank rank;
        bool counted;
        int file;
        std::int64_t ordinal;
        FlowRow row;
    };
    static std::uint64_t key(const FlowRow &row);
    // Two capture windows of the same packets: they start or end together, or one holds the other
    // (aggregation intervals of 60 and 600 s). Windows that merely overlap are two flows of one
    // 5-tuple (a long-lived UDP pair, a reused port), each with its own sightings.
    static bool sameTraffic(std::int64_t s1, std::int64_t e1, std::int64_t s2, std::int64_t e2)
    {
        const auto near = [](std::int64_t a, std::int64_t b) { return a - b <= kSlackSeconds && b - a <= kSlackSeconds; };
        const bool oneHoldsTwo = s1 <= s2 + kSlackSeconds && e2 <= e1 + kSlackSeconds;
        const bool twoHoldsOne = s2 <= s1 + kSlackSeconds && e1 <= e2 + kSlackSeconds;
        return near(s1, s2) || near(e1, e2) || oneHoldsTwo || twoHoldsOne;
    }
    void prune(std::int64_t now);

    std::unordered_map<std::uint64_t, std::vector<Sighting>> m_sightings;
    std::size_t m_remembered = 0;
    std::size_t m_thirds = 0; // third-interface sightings remembered (usually none)
    std::int64_t m_newest = 0;    // the newest start seen
    std::int64_t m_lastPrune = 0; // m_newest at the last prune
};

} // namespace vpclens
