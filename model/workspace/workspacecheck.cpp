// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/workspacecheck.h"

#include "workspace/sqlite.h"
#include "workspace/workspaceschema.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace vpclens {
namespace {

// CREATE statements compared as SQLite keeps them: comments, spacing, case and IF NOT EXISTS aside.
QString normalized(QString sql)
{
    // Never destroyed, like the references below: a worker thread may still open a workspace while
    // the program exits (the function-local statics were destroyed under it).
    static const auto &lineComment = *new QRegularExpression(QStringLiteral("--[^\n]*"));
    static const auto &blockComment = *new QRegularExpression(QStringLiteral("/\\*.*?\\*/"), QRegularExpression::DotMatchesEverythingOption);
    static const auto &space = *new QRegularExpression(QStringLiteral("\\s+"));
    static const auto &aroundPunct = *new QRegularExpression(QStringLiteral("\\s*([(),;])\\s*"));
    sql.remove(lineComment).remove(blockComment);
    sql = sql.replace(space, QStringLiteral(" ")).replace(aroundPunct, QStringLiteral("\\1")).trimmed().toLower();
    sql.replace(QLatin1String(" if not exists "), QLatin1String(" "));
    while (sql.endsWith(QLatin1Char(';')))
        sql.chop(1);
    return sql;
}

// Schema 1's conversation sums (replaced by talker_chunks in schema 2), in both forms it had.
constexpr const char *kSchema1Talkers[] = {
    "CREATE TABLE rollup_talkers(hour INTEGER NOT NULL, action INTEGER NOT NULL, src, dst, dport INTEGER NOT NULL, "
    "proto INTEGER NOT NULL, flows INTEGER NOT NULL, packets INTEGER NOT NULL, bytes INTEGER NOT NULL, "
    "PRIMARY KEY(hour, action, src, dst, dport, proto)) WITHOUT ROWID",
    "CREATE TABLE rollup_talkers(action INTEGER NOT NULL, src, dst, dport INTEGER NOT NULL, proto INTEGER NOT NULL, "
    "flows INTEGER NOT NULL, packets INTEGER NOT NULL, bytes INTEGER NOT NULL, PRIMARY KEY(action, src, dst, dport, proto)) WITHOUT ROWID",
};

struct Expected {
    QHash<QString, QString> sql;  // name -> normalized CREATE statement
    QHash<QString, QString> type; // name -> table, index, view
};

// What VpcLens creates, read back from a fresh in-memory database so SQLite's own spelling is compared.
const Expected &expected()
{
    static const Expected &e = *new Expected([] {
        Expected out;
        sqlite3 *raw = nullptr;
        sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        sql::DbPtr db(raw);
        sql::exec(raw, schema::kCurrent);
        sql::exec(raw, schema::kTalkerChunks);
        sql::Statement q(raw, "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL");
        while (q.step()) {
            out.type.insert(q.text(1), q.text(0));
            out.sql.insert(q.text(1), normalized(q.text(2)));
        }
        return out;
    }());
    return e;
}

} // namespace

void hardenConnection(sqlite3 *db)
{
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr); // VpcLens creates none
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 512 * 1024 * 1024); // the largest string or blob read or written
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 4 * 1024 * 1024);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
}

QString schemaProblem(sqlite3 *db, int version)
{
    const Expected &want = expected();
    static const auto &allowedExtra = *new QHash<QString, QString>([] { // name -> normalized statement
        QHash<QString, QString> out;
        sqlite3 *raw = nullptr;
        sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        sql::DbPtr mem(raw);
        sql::exec(raw, schema::kAddedWithinSchema1);
        sql::Statement q(raw, "SELECT name, sql FROM sqlite_schema");
        while (q.step())
            out.insert(q.text(0), normalized(q.text(1)));
        return out;
    }());
    QStringList foreign, altered;
    QSet<QString> seen;
    sql::Statement q(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema");
    while (q.step()) {
        const QString type = q.text(0), name = q.text(1), table = q.text(2);
        const QString text = q.isNull(3) ? QString() : normalized(q.text(3));
        seen.insert(name);
        if (name.startsWith(QLatin1String("sqlite_autoindex_")) && text.isEmpty() && want.type.value(table) == QLatin1String("table"))
            continue; // SQLite's own index for a UNIQUE or PRIMARY KEY
        if ((name == QLatin1String("sqlite_stat1") || name == QLatin1String("sqlite_stat4") || name == QLatin1String("sqlite_sequence"))
            && type == QLatin1String("table"))
            continue; // SQLite's own tables (ANALYZE)
        if (want.sql.contains(name)) {
            if (type != want.type.value(name) || (text != want.sql.value(name) && text != allowedExtra.value(name)))
                altered << QStringLiteral("%1 %2").arg(type, name);
            continue;
        }
        if (version < 4 && name == QLatin1String("flows")) {
            if (type != QLatin1String("table") || text != normalized(QString::fromLatin1(schema::kRowFlows)))
                altered << QStringLiteral("%1 %2").arg(type, name);
            continue;
        }
        if (version == 1 && name == QLatin1String("rollup_talkers")) {
            bool known = false;
            for (const char *t : kSchema1Talkers)
                known = known || text == normalized(QString::fromLatin1(t));
            if (!known)
                altered << QStringLiteral("%1 %2").arg(type, name);
            continue;
        }
        foreign << QStringLiteral("%1 %2").arg(type, name.left(60));
    }
    QStringList missing;
    for (auto it = want.type.cbegin(); it != want.type.cend(); ++it) {
        const bool createdOnOpen = allowedExtra.contains(it.key());
        const bool addedLater = (version < 2 && it.key().startsWith(QLatin1String("talker_chunks")))
            || (version < 4 && (it.key() == QLatin1String("flow_columns") || it.key() == QLatin1String("flow_blocks_first")));
        if (!seen.contains(it.key()) && !createdOnOpen && !addedLater)
            missing << it.key();
    }
    QStringList why;
    if (!foreign.isEmpty())
        why << QStringLiteral("it holds what VpcLens never creates (%1)").arg(foreign.mid(0, 5).join(QLatin1String(", ")));
    if (!altered.isEmpty())
        why << QStringLiteral("definitions differ from the ones VpcLens writes (%1)").arg(altered.mid(0, 5).join(QLatin1String(", ")));
    if (!missing.isEmpty())
        why << QStringLiteral("tables are missing (%1)").arg(missing.mid(0, 5).join(QLatin1String(", ")));
    return why.join(QLatin1String("; "));
}

} // namespace vpclens
