// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace is data, not code. A .vpclens file may come from anyone, and SQLite runs what a file's
// schema says: triggers on every write, views on every read, CHECK and DEFAULT expressions, generated
// columns. Before anything else touches a file, its schema is held against the one VpcLens writes:
// the same tables, indexes and views with the same definitions (comments and spacing aside), and
// nothing else (no trigger, no view or table VpcLens did not create). A file that differs is refused.
#pragma once

#include <sqlite3.h>

#include <QString>

namespace vpclens {

// Empty when the schema of `db` (written at `version`) is one VpcLens wrote; otherwise why not.
// Throws sql::Error when the schema cannot be read (a damaged file).
QString schemaProblem(sqlite3 *db, int version);

// Safe settings for a connection to a file from anyone: defensive mode (no writes to the schema
// table or shadow tables), schema functions limited to innocuous ones, no extension loading, size
// limits; call before the first statement.
void hardenConnection(sqlite3 *db);

} // namespace vpclens
