// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlog/connectionmatcher.h"

#include "base/hashmix.h"
#include "flowlog/flowbits.h"

#include <cstring>
#include <utility>

namespace vpclens {
namespace {

constexpr std::size_t kMaxPerGeneration = std::size_t(1) << 22; // a bound when input is far from time order

std::uint64_t addressHash(std::uint64_t h, const FlowAddress &a)
{
    h = mix64(h ^ a.kind);
    if (a.kind == FlowAddress::V4)
        return mix64(h ^ a.v4);
    std::uint64_t w[2];
    std::memcpy(w, a.v6.data(), 16);
    return mix64(mix64(h ^ w[0]) ^ w[1]);
}

} // namespace

template <typename Cell> void ConnectionMatcher::Table<Cell>::insert(const Cell &c)
{
    if (2 * (used + 1) > cells.size()) { // grow at half full: short probe chains
        std::vector<Cell> old(std::max<std::size_t>(1024, cells.size() * 2));
        old.swap(cells);
        used = 0;
        for (const Cell &o : old)
            if (o.key)
                insert(o);
    }
    const std::size_t mask = cells.size() - 1;
    std::size_t i = c.key & mask;
    while (cells[i].key)
        i = (i + 1) & mask;
    cells[i] = c;
    ++used;
}

template <typename Cell> template <typename F> void ConnectionMatcher::Table<Cell>::forEach(std::uint64_t key, F &&f)
{
    if (cells.empty())
        return;
    const std::size_t mask = cells.size() - 1;
    for (std::size_t i = key & mask; cells[i].key; i = (i + 1) & mask)
        if (cells[i].key == key)
            f(cells[i]);
}

std::int64_t AddressOwners::of(const FlowAddress &a) const
{
    if (a.kind == FlowAddress::V4) {
        const auto it = m_v4.find(a.v4);
        return it == m_v4.end() ? 0 : it->second;
    }
    if (a.kind == FlowAddress::V6) {
        const auto it = m_v6.find(a.v6);
        return it == m_v6.end() ? 0 : it->second;
    }
    return 0;
}

std::uint64_t ConnectionMatcher::key(const FlowRow &row)
{
    const std::uint64_t h = addressHash(addressHash(0x9E3779B97F4A7C15ULL, row.src), row.dst);
    const std::uint64_t k = mix64(h ^ (std::uint64_t(row.srcPort & 0xffff) << 32 | std::uint64_t(row.dstPort & 0xffff) << 8
                                       | std::uint64_t(row.protocol & 0xff)));
    return k ? k : 1; // 0 marks an empty slot
}

ConnectionMatcher::Rank ConnectionMatcher::rankOf(const FlowRow &row, const FlowOwners &o) const
{
    if (row.eni == o.dst)
        return Receiver;
    if (row.eni == o.src)
        return Sender;
    return Third;
}

void ConnectionMatcher::age(std::int64_t now)
{
    if (now - m_generationStart < kHorizonSeconds && m_pending.current.used + m_receivers.current.used < kMaxPerGeneration)
        return;
    m_pending.previous = std::move(m_pending.current);
    m_pending.current = {};
    std::swap(m_pendingFilter, m_previousPendingFilter);
    std::fill(m_pendingFilter.words.begin(), m_pendingFilter.words.end(), 0);
    m_receivers.previous = std::move(m_receivers.current);
    m_receivers.current = {};
    m_generationStart = now;
    m_thirds = 0; // thirds are rare; a count too high only costs lookups
    for (const Pending &p : m_pending.previous.cells)
        m_thirds += p.key && p.rank == Third;
}

void ConnectionMatcher::decide(std::vector<FlowRow> &rows, const std::vector<FlowOwners> &owners, int file, std::int64_t firstOrdinal,
                               std::vector<Uncount> &uncount, const std::vector<std::int64_t> *ordinals)
{
    ++m_batch;
    constexpr std::int32_t kCounted = flowbits::kCounted;
    const auto takeBack = [&](Pending &p) {
        p.counted = false;
        if (p.batch == m_batch) // still in this batch
            rows[p.index].bits &= ~kCounted;
        else
            uncount.push_back({p.file, p.ordinal});
    };
    // The lower sightings of the row's connection that still count stop counting.
    const auto takeOver = [&](std::uint64_t k, const FlowRow &row, Rank rank) {
        if (m_pending.empty() || !(m_pendingFilter.mayHold(k) || m_previousPendingFilter.mayHold(k)))
            return;
        m_pending.forEach(k, [&](Pending &p) {
            if (p.counted && p.rank < rank && sameTraffic(p.start, p.end, row.start, row.end))
                takeBack(p);
        });
    };
    m_batchReceivers.clear();
    // First the receivers: they stand for their connections.
    for (std::size_t i = 0; i < rows.size(); ++i) {
        FlowRow &row = rows[i];
        const FlowOwners &o = owners[i];
        if (o.src == FlowOwners::kNotAConnection || (!o.src && !o.dst) || rankOf(row, o) != Receiver)
            continue;
        row.bits |= kCounted;
        const bool internal = o.src && o.src != o.dst;
        if (!internal && m_thirds == 0)
            continue; // from outside the estate: nobody else logs it
        age(row.start);
        const std::uint64_t k = key(row);
        takeOver(k, row, Receiver);
        if (internal)
            m_batchReceivers.insert(Seen{k, row.start, row.end});
    }
    // Then the others.
    for (std::size_t i = 0; i < rows.size(); ++i) {
        FlowRow &row = rows[i];
        const FlowOwners &o = owners[i];
        if (o.src == FlowOwners::kNotAConnection || (!o.src && !o.dst)) {
            row.bits |= kCounted; // nobody else can have logged it
            continue;
        }
        const Rank rank = rankOf(row, o);
        if (rank == Receiver)
            continue;
        const bool internal = o.src && o.dst && o.src != o.dst;
        if (rank == Sender && (flowbits::action(row.bits) == int(FlowAction::Reject) || (!internal && m_thirds == 0))) {
            row.bits |= kCounted; // refused on its way out (the receiver never saw it), or to outside the estate
            continue;
        }
        age(row.start);
        const std::uint64_t k = key(row);
        bool better = false;
        const auto receiverHolds = [&](const Seen &r) { better = better || sameTraffic(r.start, r.end, row.start, row.end); };
        m_batchReceivers.forEach(k, [&](Seen &r) {
            if (sameTraffic(r.start, r.end, row.start, row.end))
                better = r.matched = true;
        });
        if (!better)
            m_receivers.forEach(k, receiverHolds);
        if (!better && rank == Third)
            m_pending.forEach(k, [&](const Pending &p) { better = better || (p.rank == Sender && sameTraffic(p.start, p.end, row.start, row.end)); });
        if (better)
            continue; // a better sighting stands for it
        row.bits |= kCounted;
        if (rank == Sender && m_thirds > 0)
            takeOver(k, row, Sender);
        if (internal || rank == Third) {
            const std::int64_t ordinal = ordinals ? (*ordinals)[i] : firstOrdinal + std::int64_t(i);
            m_pending.current.insert({k, row.start, row.end, ordinal, file, m_batch, std::uint32_t(i), rank, true});
            m_pendingFilter.add(k);
            m_thirds += rank == Third;
        }
    }
    // The batch's receivers for the batches and files to come: those no sender's record met yet,
    // and those whose window is long enough to hold another one.
    constexpr std::int64_t kShortWindow = 60;
    for (const Seen &r : m_batchReceivers.cells)
        if (r.key && (!r.matched || r.end - r.start > kShortWindow))
            m_receivers.current.insert(Seen{r.key, r.start, r.end});
}

} // namespace vpclens
