// SPDX-License-Identifier: GPL-3.0-or-later
// "Each connection once", decided during an import. A connection between two interfaces of the
// estate is logged twice: as the sender's egress and as the receiver's ingress. The receiver's record
// stands for it, because it carries the final verdict (a connection the receiver's NACL or security
// group refused is ACCEPT at the sender and REJECT at the receiver). The sender's record stands for it
// when the sender rejected it (the receiver never saw it) or when the receiver logged nothing of it
// (no flow log there, or its files are not imported); a third interface's record (a transit gateway
// attachment, an appliance) only when neither did. So a record counts unless a better sighting of
// the same connection (same addresses, ports and protocol, in the same capture window) is known, and
// stops counting when one turns up later, in whichever file or aggregation window.
//
// Decided a batch at a time: the receivers' records of a batch are announced before the others are
// decided, so the two sightings of one connection in one batch (the usual case: one flow log, one
// file, records in time order) never need taking back. Sightings are remembered for one to two
// horizons of stream time in flat tables (two generations; the older is dropped whole); files are
// read in time order (see importFlowLogs), so the sightings of one connection meet within it.
// A sender looks for its receiver in the batch first (a table that stays in cache), and only then
// among the receivers remembered; a receiver looks only among the senders still counted, which in an
// estate whose interfaces all log are few (a bit filter answers most of those lookups). A receiver's
// record met by a short sender record of its batch is not remembered beyond the batch: only a long
// window can hold another sender window to come.
#pragma once

#include "flowlog/flowbits.h"
#include "flowlog/flowrow.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <vector>

namespace vpclens {

// A record sent to the writer before that no longer counts: the ordinal-th row of file `file` (the
// writer knows its id and takes its sums out).
struct Uncount {
    int file;
    std::int64_t ordinal;
};

// The interfaces owning a record's source and destination (interned ids, 0 for none), or
// kNotAConnection for a record without both addresses (NODATA, SKIPDATA): it counts as it is.
struct FlowOwners {
    static constexpr std::int64_t kNotAConnection = -1;
    std::int64_t src = kNotAConnection, dst = kNotAConnection;
};

// An OK record with both addresses: one sighting of a connection (the others count as they are, and
// have no sums).
inline bool isConnection(const FlowRow &r)
{
    return flowbits::isOk(r.bits) && r.src.kind != FlowAddress::None && r.dst.kind != FlowAddress::None;
}

// Which interface owns each address of the estate (private and public IPv4, IPv6), by the interned
// id records carry for it.
class AddressOwners
{
public:
    void add(std::uint32_t v4, std::int64_t eni) { m_v4.emplace(v4, eni); } // the first owner stays
    void add(const Ipv6Bytes &v6, std::int64_t eni) { m_v6.emplace(v6, eni); }
    std::int64_t of(const FlowAddress &a) const; // 0 for none
    // A record's owners; kNotAConnection unless it is OK with both addresses.
    FlowOwners of(const FlowRow &r) const
    {
        return isConnection(r) ? FlowOwners{of(r.src), of(r.dst)} : FlowOwners{};
    }

private:
    std::unordered_map<std::uint32_t, std::int64_t> m_v4;
    std::map<Ipv6Bytes, std::int64_t> m_v6;
};

class ConnectionMatcher
{
public:
    static constexpr std::int64_t kHorizonSeconds = 3600; // sightings further apart in stream time never meet
    static constexpr std::int64_t kSlackSeconds = 5;      // capture windows of two interfaces may differ by this

    // Sets the counted bit (flowbits::kCounted) of each row of a batch: rows[i] is the (firstOrdinal + i)-th row of
    // file `file` (or, with `ordinals`, the ordinals[i]-th), owners[i] its owners. Rows of earlier
    // batches that stop counting are appended to `uncount`.
    void decide(std::vector<FlowRow> &rows, const std::vector<FlowOwners> &owners, int file, std::int64_t firstOrdinal,
                std::vector<Uncount> &uncount, const std::vector<std::int64_t> *ordinals = nullptr);

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

private:
    enum Rank : std::uint8_t { Third, Sender, Receiver }; // the higher stands for the connection
    // A sender's or a third interface's record that counts for now; a receiver's record.
    struct Pending {
        std::uint64_t key; // 0: an empty cell
        std::int64_t start, end;
        std::int64_t ordinal;
        std::int32_t file;
        std::uint32_t batch, index; // the decide() call that met it, and its row there
        Rank rank;
        bool counted;
    };
    struct Seen {
        std::uint64_t key;
        std::int64_t start, end;
        bool matched = false; // in the batch: a sender's record of the batch met it
    };
    // Open addressing, linear probing, several cells per key allowed.
    template <typename Cell> struct Table {
        std::vector<Cell> cells;
        std::size_t used = 0;
        void insert(const Cell &c);
        template <typename F> void forEach(std::uint64_t key, F &&f);
        void clear() { std::fill(cells.begin(), cells.end(), Cell{}), used = 0; } // keeps the room
    };
    // Two generations of a table: the current one and the one before (dropped whole as stream time
    // moves on by a horizon).
    template <typename Cell> struct Generations {
        Table<Cell> current, previous;
        template <typename F> void forEach(std::uint64_t key, F &&f)
        {
            current.forEach(key, f);
            previous.forEach(key, f);
        }
        bool empty() const { return current.used == 0 && previous.used == 0; }
    };
    // A one-bit-per-hash filter in front of a table: most receivers meet no pending sender, and a
    // bit in a table that stays in cache says so without a miss on the big one.
    struct Filter {
        static constexpr std::uint64_t kBits = std::uint64_t(1) << 18; // 32 KiB: stays in cache
        std::vector<std::uint64_t> words = std::vector<std::uint64_t>(kBits / 64);
        void add(std::uint64_t key) { words[(key >> 40) % kBits / 64] |= std::uint64_t(1) << ((key >> 40) % 64); }
        bool mayHold(std::uint64_t key) const { return words[(key >> 40) % kBits / 64] >> ((key >> 40) % 64) & 1; }
    };
    static std::uint64_t key(const FlowRow &row);
    Rank rankOf(const FlowRow &row, const FlowOwners &o) const;
    void age(std::int64_t now);

    Generations<Pending> m_pending;     // counted senders' and third interfaces' records, and taken back ones
    Filter m_pendingFilter, m_previousPendingFilter;
    Generations<Seen> m_receivers;      // receivers' records
    Table<Seen> m_batchReceivers;       // the receivers of the batch being decided (small: in cache)
    std::int64_t m_generationStart = 0; // stream time the current generation began
    std::size_t m_thirds = 0;           // third-interface sightings remembered (usually none)
    std::uint32_t m_batch = 0;          // decide() calls so far
};

} // namespace vpclens
