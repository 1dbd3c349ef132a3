// SPDX-License-Identifier: GPL-3.0-or-later
// Per-file sums for the rollup tables, merged into the workspace in the file's own transaction.
#pragma once

#include "flowlog/flowbits.h"
#include "flowlog/flowrow.h"
#include "workspace/conversationchunk.h"
#include "workspace/sqlite.h"

#include <sqlite3.h>

#include <cstring>
#include <unordered_map>
#include <utility>
#include <vector>

namespace vpclens {

class FlowRollups
{
public:
    // Adds an OK record that counts (connectionmatcher.h); sign -1 takes out one that stopped counting
    // after it was written (sums may then be negative: the tables and conversation chunks add them up).
    void add(const FlowRow &r, std::int64_t sign = 1)
    {
        const std::int64_t minute = r.start / 60;
        const std::int32_t action = flowbits::action(r.bits);
        m_time[(minute << 2) | action].add(r, sign);
        m_eni[EniKey{minute, r.eni, action}].add(r, sign);
        m_conversations[conversationKey(r)].add(r, sign);
    }
    // Once the file is read, on the parsing thread: puts the minute sums in the order of their
    // tables' primary keys (the writer then walks each B-tree forwards instead of hopping across it)
    // and encodes the conversation sums into the file's conversation chunks.
    void seal();
    // The statements write() runs, prepared once for a whole import: preparing them again for every
    // file cost a tenth of the writing thread's time on small files (callgrind).
    struct Statements {
        explicit Statements(sqlite3 *db);
        sql::Statement time, eni, chunk;
    };
    // Adds the sealed sums to the rollup tables (UPSERT) and stores the conversation chunks of import importId.
    void write(Statements &st, std::int64_t importId) const;
    const std::vector<ConversationChunk> &conversationChunks() const { return m_conversationChunks; } // once sealed

private:
    struct EniKey {
        std::int64_t minute, eni;
        std::int32_t action;
        bool operator==(const EniKey &o) const { return minute == o.minute && eni == o.eni && action == o.action; }
    };
    struct EniKeyHash {
        std::size_t operator()(const EniKey &k) const
        {
            return std::size_t((k.minute * 0x9E3779B97F4A7C15ULL) ^ (k.eni * 0xC2B2AE3D27D4EB4FULL) ^ std::uint64_t(k.action));
        }
    };
    std::unordered_map<std::int64_t, FlowSums> m_time;
    std::unordered_map<EniKey, FlowSums, EniKeyHash> m_eni;
    std::unordered_map<ConversationKey, FlowSums, ConversationKeyHash> m_conversations;
    std::vector<std::pair<std::int64_t, FlowSums>> m_timeSorted;
    std::vector<std::pair<EniKey, FlowSums>> m_eniSorted;
    std::vector<ConversationChunk> m_conversationChunks;
};

} // namespace vpclens
