// SPDX-License-Identifier: GPL-3.0-or-later
// "Each connection once" decided again over records already in the workspace: when an import brings
// the other sighting of connections imported before (another VPC's flow log for the same hours), and
// when a workspace from before the rule (schema 2: the sender's record counted) is upgraded.
#pragma once

#include "workspace/flowcolumns.h"
#include "workspace/flowrollups.h"
#include "workspace/sqlite.h"

#include <QtGlobal>

#include <map>
#include <vector>

namespace vpclens {

class Workspace;

// Moves records in or out of "counted": the bit, and the record's sums (rollups, and a conversation chunk of
// the record's own file, so replacing either file later keeps bits and sums in step). In the caller's
// transaction; the statements are prepared once for many records.
class CountedEdits
{
public:
    explicit CountedEdits(sqlite3 *db);
    // False when the record is not there or already so.
    bool set(qint64 id, qint64 importId, bool counted);
    // Writes the bits and the sums of the records moved so far, and forgets them.
    void write(FlowRollups::Statements &statements);

private:
    void flushBits(); // the block's bits column, written back when changed
    sql::Statement m_block;
    flowcolumns::BlockReader m_reader;
    std::vector<std::int64_t> m_bits; // of the reader's block, as changed so far
    bool m_dirty = false;
    std::map<qint64, FlowRollups> m_byImport;
};

struct ConnectionRepair {
    qint64 records = 0; // read
    qint64 changed = 0; // whose counted bit changed (their sums moved with them)
};

// Reads the records starting in [from - 2h, to + 2h] in start order, decides each connection once
// (connectionmatcher.h), and where a record starting in [from - 1h, to + 1h] changes, updates its
// counted bit and its sums (rollups, a conversation chunk of its own file). In the caller's transaction;
// the derived caches (top lists, overlays) are the caller's to refresh.
ConnectionRepair repairConnections(Workspace &ws, qint64 from, qint64 to);

} // namespace vpclens
