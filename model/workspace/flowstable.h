// SPDX-License-Identifier: GPL-3.0-or-later
// `flows`: the records as SQL rows again, over their columns (flowcolumns.h). A read-only virtual table
// in the connection's temp schema, so that every query written for the row table of schema 3 reads
// schema 4 unchanged: id, file (always 0), start, dur, eni, src, dst, sport, dport, proto, packets,
// bytes, bits. Constraints on id (=, <, <=, >, >=) seek to the blocks that hold them, and rows come in
// id order. The table exists only in memory, as the connection's: the file holds no code.
#pragma once

#include <sqlite3.h>

namespace vpclens {

// Creates temp.flows on the connection (throws sql::Error).
void registerFlowsTable(sqlite3 *db);

} // namespace vpclens
