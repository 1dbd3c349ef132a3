// SPDX-License-Identifier: GPL-3.0-or-later
// A record as every query reads it: the columns to select over `flows f` (the interface's name, the
// deciding rule, a capture flow's handshake, the fields of versions 3-8) and the FlowRecord read
// back from them. The table's pages, query, the captured packets and the findings' examples share it.
#pragma once

#include "query/flowsearch.h"
#include "workspace/sqlite.h"

#include <QString>

namespace vpclens {

class Workspace;

// The select list, kRecordColumns columns; further columns a query adds start at that index.
inline constexpr int kRecordColumns = 16;
QString recordColumns(const Workspace &ws);
FlowRecord readRecord(const sql::Statement &q);

} // namespace vpclens
