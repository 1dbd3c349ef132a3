// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/workspaceupgrade.h"

#include "base/logging.h"
#include "flowlog/flowbits.h"
#include "workspace/connectionrepair.h"
#include "workspace/flowcolumns.h"
#include "workspace/flowstable.h"
#include "workspace/flowrollups.h"
#include "workspace/sqlite.h"
#include "workspace/storedrow.h"
#include "workspace/workspace.h"
#include "workspace/workspaceschema.h"


#include <limits>

#include <vector>

namespace vpclens {
namespace {

// Schema 1 summed conversations over all files in one table (rollup_talkers); schema 2 keeps each
// flow import's sums in its own conversation chunks, so they are summed again from each import's records
// (the counted OK ones, as the import does).
void conversationChunksFromRecords(sqlite3 *db)
{
    sql::exec(db, schema::kTalkerChunks);
    std::vector<std::int64_t> imports;
    {
        sql::Statement q(db, "SELECT id FROM imports WHERE kind = 'flows' AND status = 'ok' ORDER BY id");
        while (q.step())
            imports.push_back(q.int64(0));
    }
    sql::Statement blocks(db, "SELECT first_id, last_id FROM flow_blocks WHERE file = ?1 ORDER BY first_id");
    const QString counted = flowbits::sql(QStringLiteral("FROM flows f WHERE f.id BETWEEN ?1 AND ?2 AND {countedOk} "
                                                         "AND f.src IS NOT NULL AND f.dst IS NOT NULL"));
    sql::Statement rows(db, selectStoredRows({}, counted.toStdString()));
    for (const std::int64_t id : imports) {
        FlowRollups rollups;
        blocks.bind(1, id);
        while (blocks.step()) {
            rows.bind(1, blocks.int64(0)).bind(2, blocks.int64(1));
            while (rows.step())
                rollups.add(storedRow(rows.get(), 0));
            rows.reset();
        }
        blocks.reset();
        rollups.seal();
        writeConversationChunks(db, id, rollups.conversationChunks());
    }
    sql::exec(db, "DROP TABLE rollup_talkers");
    qCInfo(lcWorkspace) << "conversation sums of" << imports.size() << "flow imports moved into conversation chunks";
}

// Schema 4 keeps the records column by column: each flow_blocks block becomes a block of columns
// (its ids kept: decisions and disagreements name records by id), and the row table goes.
void recordsIntoColumns(sqlite3 *db)
{
    sql::exec(db, schema::kColumnFlows);
    sql::Statement blocks(db, "SELECT first_id, last_id FROM flow_blocks ORDER BY first_id");
    sql::Statement rows(db, selectStoredRows("f.id, ", "FROM main.flows f WHERE f.id BETWEEN ?1 AND ?2 ORDER BY f.id"));
    sql::Statement insert(db, "INSERT INTO flow_columns(id, low, high, data) VALUES(?1, ?2, ?3, ?4)");
    flowcolumns::BlockBuilder block;
    std::int64_t records = 0, blockCount = 0;
    while (blocks.step()) {
        const std::int64_t first = blocks.int64(0), last = blocks.int64(1);
        rows.bind(1, first).bind(2, last);
        std::int64_t expect = first;
        while (rows.step()) {
            if (rows.int64(0) != expect++)
                throw sql::Error("flows: the block at id " + std::to_string(first) + " misses records (damaged)");
            block.add(storedRow(rows.get(), 1));
        }
        rows.reset();
        if (expect != last + 1)
            throw sql::Error("flows: the block at id " + std::to_string(first) + " misses records (damaged)");
        records += std::int64_t(block.size());
        block.write(insert, first);
        ++blockCount;
    }
    sql::exec(db, "DROP TABLE main.flows");
    registerFlowsTable(db);
    qCInfo(lcWorkspace) << records << "records in" << blockCount << "blocks moved into columns";
}

} // namespace

void upgradeWorkspaceSchema(Workspace &ws, int fromVersion)
{
    sqlite3 *db = ws.handle();
    sql::Transaction tx(db);
    if (fromVersion < 4)
        recordsIntoColumns(db); // first: the steps below read and write the records as schema 4 keeps them
    if (fromVersion < 2)
        conversationChunksFromRecords(db);
    if (fromVersion < 3) {
        // Schema 2 counted the sender's record of a connection between two interfaces, so a connection
        // the receiver refused counted as accepted; schema 3 lets the receiver's record stand for it.
        const ConnectionRepair r = repairConnections(ws, std::numeric_limits<qint64>::min() / 4, std::numeric_limits<qint64>::max() / 4);
        sql::exec(db, "DELETE FROM meta WHERE key IN ('rejected_totals_import', 'rejected_ports_import', 'top_talkers_import');"
                      "DELETE FROM overlay_cache");
        qCInfo(lcWorkspace) << "each connection once, decided again:" << r.changed << "of" << r.records << "records counted differently";
    }
    sql::exec(db, "PRAGMA user_version=4");
    tx.commit();
}

} // namespace vpclens
