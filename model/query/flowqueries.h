// SPDX-License-Identifier: GPL-3.0-or-later
// Aggregate queries that interactive views (charts, graph overlay, top lists) run on the rollups.
#pragma once

#include "flowlog/flowlineparser.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace vpclens {

class Workspace;

struct TimeBucket {
    std::int64_t start = 0; // epoch seconds
    std::int64_t flows = 0, packets = 0, bytes = 0;
};

struct ConversationTotal {
    QString src, dst;
    std::int64_t dstPort = 0, protocol = 0;
    std::int64_t flows = 0, packets = 0, bytes = 0;
};

// Records per bucket (seconds, a multiple of 60) for one action, over [from, to) (0, 0 = everything).
QList<TimeBucket> flowsPerBucket(const Workspace &ws, FlowAction action, int bucketSeconds, std::int64_t from = 0, std::int64_t to = 0);

// The top conversations by bytes among rejected records over everything.
QList<ConversationTotal> topRejectedConversations(const Workspace &ws, int limit = 20);

// Rebuilds the all-time rejected totals from the conversation chunks (run once after an import run).
void rebuildRejectedTotals(Workspace &ws);

} // namespace vpclens
