// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/flowrollups.h"

#include "workspace/addresscolumn.h"
#include "workspace/sqlite.h"

#include <algorithm>
#include <tuple>

namespace vpclens {
namespace {

template <typename Map, typename Sorted, typename Less>
void sortInto(Map &map, Sorted &sorted, Less less)
{
    sorted.assign(map.begin(), map.end());
    map.clear();
    std::sort(sorted.begin(), sorted.end(), [&](const auto &x, const auto &y) { return less(x.first, y.first); });
}

} // namespace

void FlowRollups::seal()
{
    sortInto(m_time, m_timeSorted, std::less<>());
    sortInto(m_eni, m_eniSorted, [](const EniKey &a, const EniKey &b) {
        return std::tie(a.minute, a.eni, a.action) < std::tie(b.minute, b.eni, b.action);
    });
    std::vector<std::pair<ConversationKey, FlowSums>> talkers;
    sortInto(m_conversations, talkers, [](const ConversationKey &a, const ConversationKey &b) {
        if (std::tie(a.hour, a.action) != std::tie(b.hour, b.action))
            return std::tie(a.hour, a.action) < std::tie(b.hour, b.action);
        if (storedAddressLess(a.src, b.src) || storedAddressLess(b.src, a.src))
            return storedAddressLess(a.src, b.src);
        if (storedAddressLess(a.dst, b.dst) || storedAddressLess(b.dst, a.dst))
            return storedAddressLess(a.dst, b.dst);
        return std::tie(a.dstPort, a.protocol) < std::tie(b.dstPort, b.protocol);
    });
    m_conversationChunks = encodeConversationChunks(talkers);
}

FlowRollups::Statements::Statements(sqlite3 *db)
    : time(db, "INSERT INTO rollup_time(minute, action, flows, packets, bytes) VALUES(?1, ?2, ?3, ?4, ?5) "
               "ON CONFLICT DO UPDATE SET flows = flows + excluded.flows, packets = packets + excluded.packets, "
               "bytes = bytes + excluded.bytes")
    , eni(db, "INSERT INTO rollup_eni(minute, eni, action, flows, packets, bytes) VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
              "ON CONFLICT DO UPDATE SET flows = flows + excluded.flows, packets = packets + excluded.packets, "
              "bytes = bytes + excluded.bytes")
    , chunk(db, kInsertConversationChunkSql)
{
}

void FlowRollups::write(Statements &st, std::int64_t importId) const
{
    for (const auto &[key, s] : m_timeSorted)
        st.time.bind(1, key >> 2).bind(2, key & 3).bind(3, s.flows).bind(4, s.packets).bind(5, s.bytes).run();
    for (const auto &[key, s] : m_eniSorted)
        st.eni.bind(1, key.minute).bind(2, key.eni).bind(3, key.action).bind(4, s.flows).bind(5, s.packets).bind(6, s.bytes).run();
    writeConversationChunks(st.chunk, importId, m_conversationChunks);
}

} // namespace vpclens
