// SPDX-License-Identifier: GPL-3.0-or-later
// A scan of the record columns (workspace/flowcolumns.h): every block whose start times overlap a
// range, the columns asked for decoded, a filter evaluated a block at a time (columnfilter.h), on
// two threads where the workspace is a file (the second reads through a connection of its own).
#pragma once

#include "query/columnfilter.h"

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <limits>

namespace vpclens {

class Workspace;

inline constexpr int kScanWorkers = 2;

// A consumer's bit for a column in ScanRequest::columns.
constexpr std::uint32_t columnBit(int column)
{
    return 1u << column;
}
// A decoded number as SQL's SUM(MAX(x, 0)) adds it: absent adds nothing.
constexpr std::int64_t summand(std::int64_t v)
{
    return v == flowcolumns::kNull ? 0 : (v > 0 ? v : 0);
}

struct ScanRequest {
    const ColumnFilter *filter = nullptr; // null: every record
    std::uint32_t columns = 0;            // a bit per flowcolumns::Column the consumer reads
    qint64 from = std::numeric_limits<qint64>::min(), to = std::numeric_limits<qint64>::max(); // start in [from, to)
    const std::atomic_bool *cancel = nullptr; // null: the thread's sql::CancelGuard's, if any
    // Every worker index is given every block (to sum its own share of the keys, so that no key is
    // held twice; in turn when there is one thread); otherwise each block goes to one worker.
    bool partitioned = false;
};

// Calls consume(worker, block, selected) for each block with a selected record (selected[i] is 1 for
// the records that match and start in the range); worker is 0 .. kScanWorkers - 1, and one worker's
// calls never overlap. Blocks come in no particular order. Throws sql::Error, also when cancelled
// ("interrupted", as SQLite says of a statement stopped).
using ScanConsumer = std::function<void(int worker, const BlockView &block, const std::uint8_t *selected)>;
void scanFlows(const Workspace &ws, const ScanRequest &request, const ScanConsumer &consume);

// The block [first, last] with the columns asked for (a bit per flowcolumns::Column) decoded by reader.
BlockView loadBlock(flowcolumns::BlockReader &reader, qint64 first, qint64 last, std::uint32_t columns);

// The records in the workspace (the blocks' sizes: no record is read).
qint64 storedRecords(const Workspace &ws);

} // namespace vpclens
