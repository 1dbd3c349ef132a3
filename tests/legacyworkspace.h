// SPDX-License-Identifier: GPL-3.0-or-later
// Turns a current workspace back into what older schemas wrote, for the upgrade tests.
#pragma once

#include "workspace/sqlite.h"
#include "workspace/workspaceschema.h"

namespace vpclens::test {

// Schema 3: the records as rows of one table, `flows` (as the columns read them), no flow_columns.
inline void downgradeToSchema3(sqlite3 *db)
{
    if (!sql::Statement(db, "SELECT 1 FROM sqlite_schema WHERE name = 'flow_columns'").step())
        return;
    sql::exec(db, schema::kRowFlows);
    sql::exec(db, "INSERT INTO main.flows SELECT id, file, start, dur, eni, src, dst, sport, dport, proto, packets, bytes, bits FROM temp.flows ORDER BY id;"
                  "DROP TABLE temp.flows; DROP TABLE flow_columns; DROP INDEX flow_blocks_first; PRAGMA user_version=3;");
}

// Schema 1: conversation sums in one table (rollup_talkers, left empty: the upgrade sums again from the
// records) instead of the conversation chunks; records as rows.
inline void downgradeToSchema1(sqlite3 *db)
{
    downgradeToSchema3(db);
    sql::exec(db, "DROP TABLE talker_chunks;"
                  "CREATE TABLE rollup_talkers(hour INTEGER NOT NULL, action INTEGER NOT NULL, src, dst, dport INTEGER NOT NULL,"
                  " proto INTEGER NOT NULL, flows INTEGER NOT NULL, packets INTEGER NOT NULL, bytes INTEGER NOT NULL,"
                  " PRIMARY KEY(hour, action, src, dst, dport, proto)) WITHOUT ROWID;"
                  "PRAGMA user_version=1;");
}

} // namespace vpclens::test
