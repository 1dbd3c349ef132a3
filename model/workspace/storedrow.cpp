// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/storedrow.h"

#include "workspace/addresscolumn.h"

namespace vpclens {

FlowRow storedRow(sqlite3_stmt *stmt, int first)
{
    auto optional = [stmt](int column) { return sqlite3_column_type(stmt, column) == SQLITE_NULL ? ParsedFlow::Absent : sqlite3_column_int64(stmt, column); };
    FlowRow r{};
    r.start = sqlite3_column_int64(stmt, first);
    r.end = r.start + sqlite3_column_int64(stmt, first + 1);
    r.eni = sqlite3_column_int64(stmt, first + 2);
    r.src = storedFlowAddress(stmt, first + 3);
    r.dst = storedFlowAddress(stmt, first + 4);
    r.srcPort = optional(first + 5);
    r.dstPort = optional(first + 6);
    r.protocol = optional(first + 7);
    r.packets = optional(first + 8);
    r.bytes = optional(first + 9);
    r.bits = std::int32_t(sqlite3_column_int64(stmt, first + 10));
    r.extra = -1;
    return r;
}

} // namespace vpclens
