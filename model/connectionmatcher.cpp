// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionmatcher.h"

#include "hashmix.h"

#include <algorithm>
#include <cstring>

namespace vpclens {
namespace {

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

std::uint64_t ConnectionMatcher::key(const FlowRow &row)
{
    std::uint64_t h = addressHash(addressHash(0x9E3779B97F4A7C15ULL, row.src), row.dst);
    return mix64(h ^ (std::uint64_t(row.srcPort & 0xffff) << 32 | std::uint64_t(row.dstPort & 0xffff) << 8
                      | std::uint64_t(row.protocol & 0xff)));
}

bool ConnectionMatcher::counts(const FlowRow &row, std::int64_t srcOwner, std::int64_t dstOwner, int file, std::int64_t ordinal,
                               std::vector<Uncount> &uncount)
{
    if (!srcOwner && !dstOwner)
        return true; // no interface of the estate at either end: the only sighting there is
    Rank rank = Third;
    if (row.eni == dstOwner)
        rank = Receiver;
    else if (row.eni == srcOwner)
        rank = Sender;
    if (rank == Sender && (row.bits & 3) == 2)
        return true; // refused on its way out: the receiver never saw it
    // Only a connection between two interfaces (or seen by a third) has sightings to pair; one with
    // an end outside the estate is looked up only to take over from a third interface's record.
    const bool internal = srcOwner && dstOwner && srcOwner != dstOwner;
    if (rank != Third && !internal && m_thirds == 0)
        return true;
    prune(row.start);
    const std::uint64_t k = key(row);
    if (const auto it = m_sightings.find(k); it != m_sightings.end()) {
        for (const Sighting &s : it->second)
            if (s.rank > rank && sameTraffic(s.start, s.end, row.start, row.end))
                return false; // a better sighting stands for it
        for (Sighting &s : it->second)
            if (s.rank < rank && s.counted && sameTraffic(s.start, s.end, row.start, row.end)) {
                s.counted = false;
                uncount.push_back({s.file, s.ordinal, s.row});
            }
    }
    if (internal || rank == Third) {
        m_sightings[k].push_back({row.start, row.end, rank, true, file, ordinal, row});
        ++m_remembered;
        m_thirds += rank == Third;
    }
    return true;
}

void ConnectionMatcher::prune(std::int64_t now)
{
    m_newest = std::max(m_newest, now);
    if (m_remembered > kMaxRemembered) { // input far from time order: forget rather than grow without bound
        m_sightings.clear();
        m_remembered = m_thirds = 0;
        m_lastPrune = m_newest;
        return;
    }
    if (m_newest - m_lastPrune < kHorizonSeconds)
        return;
    m_lastPrune = m_newest;
    const std::int64_t cutoff = m_newest - kHorizonSeconds;
    for (auto it = m_sightings.begin(); it != m_sightings.end();) {
        auto &v = it->second;
        for (const Sighting &s : v)
            if (s.end < cutoff) {
                --m_remembered;
                m_thirds -= s.rank == Third;
            }
        v.erase(std::remove_if(v.begin(), v.end(), [&](const Sighting &s) { return s.end < cutoff; }), v.end());
        it = v.empty() ? m_sightings.erase(it) : std::next(it);
    }
}

} // namespace vpclens
