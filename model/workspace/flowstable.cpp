// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/flowstable.h"

#include "workspace/flowcolumns.h"
#include "workspace/sqlite.h"

#include <cmath>
#include <limits>
#include <memory>
#include <optional>

namespace vpclens {
namespace {

namespace fc = flowcolumns;

constexpr int kIdColumn = 0;
constexpr int kFileColumn = 1;
constexpr int kFirstStored = 2; // columns from here on are flowcolumns::Column + 2

// idxNum bits: which id bounds xFilter receives, in this order.
constexpr int kLower = 1, kLowerStrict = 2, kUpper = 4, kUpperStrict = 8, kEqual = 16;

struct Table : sqlite3_vtab {
    sqlite3 *db = nullptr;
};

struct Cursor : sqlite3_vtab_cursor {
    explicit Cursor(sqlite3 *db)
        : reader(db)
        , startBlock(db, "SELECT first_id FROM flow_blocks WHERE first_id <= ?1 ORDER BY first_id DESC LIMIT 1")
        , blocks(db, "SELECT first_id, last_id FROM flow_blocks WHERE first_id >= ?1 AND first_id <= ?2 ORDER BY first_id")
    {
    }
    fc::BlockReader reader;
    sql::Statement startBlock, blocks;
    std::int64_t id = 0, hi = 0, blockLast = -1;
    bool eof = true;

    // Moves to the next block that holds ids up to hi; eof when none.
    void nextBlock()
    {
        while (blocks.step()) {
            const std::int64_t first = blocks.int64(0), last = blocks.int64(1);
            if (last < id)
                continue;
            reader.moveTo(first, last);
            id = std::max(id, first);
            blockLast = last;
            eof = id > hi;
            return;
        }
        eof = true;
    }
};

int fail(sqlite3_vtab *vtab, sqlite3 *db, const char *what)
{
    sqlite3_free(vtab->zErrMsg);
    vtab->zErrMsg = sqlite3_mprintf("%s", what);
    const int code = sqlite3_errcode(db);
    return code == SQLITE_INTERRUPT ? SQLITE_INTERRUPT : SQLITE_CORRUPT_VTAB;
}

int xConnect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **out, char **)
{
    const int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(id INTEGER, file INTEGER, start INTEGER, dur INTEGER, eni INTEGER, src, dst, "
                                            "sport INTEGER, dport INTEGER, proto INTEGER, packets INTEGER, bytes INTEGER, bits INTEGER, flags INTEGER)");
    if (rc != SQLITE_OK)
        return rc;
    auto *t = new (std::nothrow) Table();
    if (!t)
        return SQLITE_NOMEM;
    t->db = db;
    *out = t;
    return SQLITE_OK;
}

int xDisconnect(sqlite3_vtab *vtab)
{
    delete static_cast<Table *>(vtab);
    return SQLITE_OK;
}

int xBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    int lower = -1, upper = -1, equal = -1;
    bool lowerStrict = false, upperStrict = false;
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &c = info->aConstraint[i];
        if (!c.usable || (c.iColumn != -1 && c.iColumn != kIdColumn))
            continue;
        switch (c.op) {
        case SQLITE_INDEX_CONSTRAINT_EQ: equal = i; break;
        case SQLITE_INDEX_CONSTRAINT_GT: lower = i, lowerStrict = true; break;
        case SQLITE_INDEX_CONSTRAINT_GE: lower = i, lowerStrict = false; break;
        case SQLITE_INDEX_CONSTRAINT_LT: upper = i, upperStrict = true; break;
        case SQLITE_INDEX_CONSTRAINT_LE: upper = i, upperStrict = false; break;
        default: break;
        }
    }
    int argv = 0, idx = 0;
    auto use = [&](int constraint) {
        info->aConstraintUsage[constraint].argvIndex = ++argv;
        info->aConstraintUsage[constraint].omit = 1;
    };
    if (equal >= 0) {
        use(equal);
        idx = kEqual;
        info->estimatedCost = 10;
        info->estimatedRows = 1;
        info->idxFlags = SQLITE_INDEX_SCAN_UNIQUE;
    } else {
        if (lower >= 0) {
            use(lower);
            idx |= kLower | (lowerStrict ? kLowerStrict : 0);
        }
        if (upper >= 0) {
            use(upper);
            idx |= kUpper | (upperStrict ? kUpperStrict : 0);
        }
        const bool bounded = lower >= 0 && upper >= 0;
        info->estimatedCost = bounded ? 5000 : lower >= 0 || upper >= 0 ? 1e8 : 1e9;
        info->estimatedRows = bounded ? 4096 : 100000000;
    }
    info->idxNum = idx;
    if (info->nOrderBy == 1 && (info->aOrderBy[0].iColumn == -1 || info->aOrderBy[0].iColumn == kIdColumn) && !info->aOrderBy[0].desc)
        info->orderByConsumed = 1;
    return SQLITE_OK;
}

int xOpen(sqlite3_vtab *vtab, sqlite3_vtab_cursor **out)
{
    Table *t = static_cast<Table *>(vtab);
    try {
        *out = new Cursor(t->db);
        return SQLITE_OK;
    } catch (const sql::Error &e) {
        return fail(vtab, t->db, e.what());
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM;
    }
}

int xClose(sqlite3_vtab_cursor *cursor)
{
    delete static_cast<Cursor *>(cursor);
    return SQLITE_OK;
}

// The smallest integer id a bound admits (lower) or the largest (upper); nullopt: no id does.
std::optional<std::int64_t> bound(sqlite3_value *v, bool lower, bool strict)
{
    constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min(), kMax = std::numeric_limits<std::int64_t>::max();
    switch (sqlite3_value_numeric_type(v)) {
    case SQLITE_INTEGER: {
        const std::int64_t i = sqlite3_value_int64(v);
        if (!strict)
            return i;
        if (lower)
            return i == kMax ? std::nullopt : std::optional<std::int64_t>(i + 1);
        return i == kMin ? std::nullopt : std::optional<std::int64_t>(i - 1);
    }
    case SQLITE_FLOAT: {
        const double d = sqlite3_value_double(v);
        if (std::isnan(d))
            return std::nullopt;
        const double r = lower ? std::ceil(d) : std::floor(d);
        const double s = strict && r == d ? (lower ? r + 1 : r - 1) : r;
        if (s >= 9.2e18)
            return lower ? std::nullopt : std::optional<std::int64_t>(kMax);
        if (s <= -9.2e18)
            return lower ? std::optional<std::int64_t>(kMin) : std::nullopt;
        return std::int64_t(s);
    }
    case SQLITE_NULL: return std::nullopt; // compares to nothing
    default: return lower ? std::nullopt : std::optional<std::int64_t>(kMax); // text and blobs sort after every number
    }
}

int xFilter(sqlite3_vtab_cursor *cursor, int idxNum, const char *, int argc, sqlite3_value **argv)
{
    Cursor *c = static_cast<Cursor *>(cursor);
    std::int64_t lo = 0, hi = fc::kMaxId;
    bool empty = false;
    int arg = 0;
    auto take = [&](bool lower, bool strict) {
        if (arg >= argc) {
            empty = true;
            return;
        }
        const auto b = bound(argv[arg++], lower, strict);
        if (!b)
            empty = true;
        else if (lower)
            lo = std::max(lo, *b);
        else
            hi = std::min(hi, *b);
    };
    if (idxNum & kEqual) {
        const auto b = bound(argv[0], true, false);
        const auto e = bound(argv[0], false, false);
        if (!b || !e || *b != *e)
            empty = true;
        else
            lo = hi = *b;
    }
    if (idxNum & kLower)
        take(true, idxNum & kLowerStrict);
    if (idxNum & kUpper)
        take(false, idxNum & kUpperStrict);
    c->eof = true;
    if (empty || lo > hi)
        return SQLITE_OK;
    try {
        c->startBlock.reset();
        c->startBlock.bind(1, lo);
        const std::int64_t from = c->startBlock.step() ? c->startBlock.int64(0) : lo;
        c->startBlock.reset();
        c->blocks.reset();
        c->blocks.bind(1, from).bind(2, hi);
        c->id = lo;
        c->hi = hi;
        c->nextBlock();
        return SQLITE_OK;
    } catch (const sql::Error &e) {
        return fail(cursor->pVtab, static_cast<Table *>(cursor->pVtab)->db, e.what());
    }
}

int xNext(sqlite3_vtab_cursor *cursor)
{
    Cursor *c = static_cast<Cursor *>(cursor);
    try {
        if (++c->id > c->blockLast)
            c->nextBlock();
        else
            c->eof = c->id > c->hi;
        return SQLITE_OK;
    } catch (const sql::Error &e) {
        return fail(cursor->pVtab, static_cast<Table *>(cursor->pVtab)->db, e.what());
    }
}

int xEof(sqlite3_vtab_cursor *cursor)
{
    return static_cast<Cursor *>(cursor)->eof ? 1 : 0;
}

int xColumn(sqlite3_vtab_cursor *cursor, sqlite3_context *ctx, int column)
{
    Cursor *c = static_cast<Cursor *>(cursor);
    if (column == kIdColumn) {
        sqlite3_result_int64(ctx, c->id);
        return SQLITE_OK;
    }
    if (column == kFileColumn) {
        sqlite3_result_int64(ctx, 0);
        return SQLITE_OK;
    }
    const int stored = column - kFirstStored;
    if (stored < 0 || stored >= fc::Count)
        return SQLITE_ERROR;
    try {
        const std::size_t i = std::size_t(c->id - c->reader.firstId());
        const std::int64_t v = c->reader.column(stored)[i];
        if (v == fc::kNull) {
            sqlite3_result_null(ctx);
        } else if (v < 0 && (stored == fc::Src || stored == fc::Dst)) {
            const fc::V6 &a = c->reader.v6(stored)[std::size_t(-(v + 1))];
            sqlite3_result_blob(ctx, a.data(), int(a.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_result_int64(ctx, v);
        }
        return SQLITE_OK;
    } catch (const sql::Error &e) {
        sqlite3_result_error(ctx, e.what(), -1);
        return SQLITE_ERROR;
    }
}

int xRowid(sqlite3_vtab_cursor *cursor, sqlite_int64 *rowid)
{
    *rowid = static_cast<Cursor *>(cursor)->id;
    return SQLITE_OK;
}

sqlite3_module makeModule()
{
    sqlite3_module m{};
    m.iVersion = 1;
    m.xCreate = xConnect;
    m.xConnect = xConnect;
    m.xBestIndex = xBestIndex;
    m.xDisconnect = xDisconnect;
    m.xDestroy = xDisconnect;
    m.xOpen = xOpen;
    m.xClose = xClose;
    m.xFilter = xFilter;
    m.xNext = xNext;
    m.xEof = xEof;
    m.xColumn = xColumn;
    m.xRowid = xRowid;
    return m;
}

const sqlite3_module kModule = makeModule();

} // namespace

void registerFlowsTable(sqlite3 *db)
{
    const int rc = sqlite3_create_module_v2(db, "vpclens_flows", &kModule, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw sql::Error(std::string("registering the flows table: ") + sqlite3_errstr(rc));
    sql::exec(db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.flows USING vpclens_flows");
}

} // namespace vpclens
