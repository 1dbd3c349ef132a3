// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/sqlite.h"

namespace vpclens::sql {

void exec(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errmsg(db);
        sqlite3_free(err);
        throw Error(msg + " (in: " + std::string(sql).substr(0, 80) + ")");
    }
}

Statement::Statement(sqlite3 *db, std::string_view sql)
    : m_db(db)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK)
        throw Error(std::string(sqlite3_errmsg(db)) + " (preparing: " + std::string(sql.substr(0, 80)) + ")");
    m_stmt.reset(s);
}

Statement &Statement::bind(int i, std::string_view text)
{
    check(sqlite3_bind_text(m_stmt.get(), i, text.data(), int(text.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindBlob(int i, const void *data, int size)
{
    check(sqlite3_bind_blob(m_stmt.get(), i, data, size, SQLITE_TRANSIENT));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const std::string msg = sqlite3_errmsg(m_db);
    sqlite3_reset(m_stmt.get());
    throw Error(msg + " (in: " + std::string(sqlite3_sql(m_stmt.get())).substr(0, 80) + ")");
}

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt.get(), col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt.get(), col)) : QString();
}

QByteArray Statement::blob(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt.get(), col));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt.get(), col)) : QByteArray();
}

void Statement::check(int rc) const
{
    if (rc != SQLITE_OK)
        throw Error(std::string(sqlite3_errmsg(m_db)) + " (binding)");
}

Transaction::Transaction(sqlite3 *db)
    : m_db(db)
{
    exec(db, "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_open)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    exec(m_db, "COMMIT");
    m_open = false;
}

} // namespace vpclens::sql
