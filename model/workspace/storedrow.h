// SPDX-License-Identifier: GPL-3.0-or-later
// A flows row read back as the import built it (FlowRow): the columns to select and their decoding.
#pragma once

#include "flowlog/flowrow.h"

#include <sqlite3.h>

#include <string>
#include <string_view>

namespace vpclens {

// These columns of `flows f`, read from column `first` on by storedRow().
inline constexpr const char *kStoredRowColumns = "f.start, f.dur, f.eni, f.src, f.dst, f.sport, f.dport, f.proto, f.packets, f.bytes, f.bits";
// "SELECT <before>" kStoredRowColumns " <after>": appended in place (GCC 12 warns, falsely, of
// std::string's operator+ on literals).
inline std::string selectStoredRows(std::string_view before, std::string_view after)
{
    std::string sql("SELECT ");
    sql.append(before).append(kStoredRowColumns).append(" ").append(after);
    return sql;
}
FlowRow storedRow(sqlite3_stmt *stmt, int first);

} // namespace vpclens
