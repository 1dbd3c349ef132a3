// SPDX-License-Identifier: GPL-3.0-or-later
// Turns a current workspace back into what schema 1 wrote, for the upgrade tests: conversation sums
// in one table (rollup_talkers, left empty: the upgrade sums again from the records) instead of the
// conversation chunks.
#pragma once

#include "workspace/sqlite.h"

namespace vpclens::test {

inline void downgradeToSchema1(sqlite3 *db)
{
    sql::exec(db, "DROP TABLE talker_chunks;"
                  "CREATE TABLE rollup_talkers(hour INTEGER NOT NULL, action INTEGER NOT NULL, src, dst, dport INTEGER NOT NULL,"
                  " proto INTEGER NOT NULL, flows INTEGER NOT NULL, packets INTEGER NOT NULL, bytes INTEGER NOT NULL,"
                  " PRIMARY KEY(hour, action, src, dst, dport, proto)) WITHOUT ROWID;"
                  "PRAGMA user_version=1;");
}

} // namespace vpclens::test
