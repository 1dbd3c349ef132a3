// SPDX-License-Identifier: GPL-3.0-or-later
// What flowsearch.h sums over the records, answered by a scan of the record columns (flowscan.h) for a
// filter the columns can evaluate (CompiledFilter::columns, or the empty filter): the same numbers
// as the SQL over `flows`, at the speed of reading a few bytes a record of the columns involved.
#pragma once

#include "query/flowsearch.h"

namespace vpclens {

class ColumnFilter;

// A null filter: every record. Throw sql::Error, also when cancelled (flowscan.h).
qint64 scanCount(const Workspace &ws, const ColumnFilter *filter, const std::atomic_bool *cancel);
FilteredBuckets scanBuckets(const Workspace &ws, const ColumnFilter *filter, qint64 bucketSeconds, qint64 from, qint64 to, Counting counting);
QList<QPair<QString, qint64>> scanRejectedPorts(const Workspace &ws, const ColumnFilter *filter, int limit);
// The matches' count and first and last start.
MatchSpan scanSpan(const Workspace &ws, const ColumnFilter *filter);
// forEachFlowKey over the columns.
void scanKeysInOrder(const Workspace &ws, const ColumnFilter *filter, FlowKey from, bool forward,
                     const std::function<bool(const FlowKey &)> &visit);
// The keys (start, id) of up to `limit` matching records with start in [from, to], after (forward) or
// before `key`, nearest first; rejected records only when asked.
QList<FlowKey> scanKeys(const Workspace &ws, const ColumnFilter *filter, qint64 from, qint64 to, FlowKey key, bool forward, int limit,
                        bool rejectedOnly);

} // namespace vpclens
