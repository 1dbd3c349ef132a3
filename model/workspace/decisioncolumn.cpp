// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/decisioncolumn.h"

#include "workspace/derivedcache.h"
#include "workspace/workspace.h"

#include <algorithm>
#include <memory>

namespace vpclens {

QByteArray encodeDecisionBlock(std::span<const std::uint32_t> ids)
{
    const std::uint32_t widest = ids.empty() ? 0 : *std::max_element(ids.begin(), ids.end());
    const int width = widest <= 0xff ? 1 : widest <= 0xffff ? 2 : 4;
    QByteArray out(1 + qsizetype(ids.size()) * width, '\0');
    out[0] = char(width);
    char *p = out.data() + 1;
    for (const std::uint32_t id : ids)
        for (int b = 0; b < width; ++b)
            *p++ = char((id >> (8 * b)) & 0xff);
    return qCompress(out, 1);
}

QByteArray decodeDecisionBlock(const void *blob, int size)
{
    const auto *bytes = static_cast<const unsigned char *>(blob);
    if (!bytes || size < 5)
        return {};
    // qCompress's header: the size it expands to. Never more than a block of 4-byte ids.
    const quint32 claimed = (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) | bytes[3];
    if (claimed < 1 || claimed > 1 + 4 * quint32(kDecisionBlockSize))
        return {};
    return qUncompress(bytes, qsizetype(size));
}

std::uint32_t decisionInBlock(const void *block, int size, std::int64_t index)
{
    const auto *bytes = static_cast<const unsigned char *>(block);
    if (!bytes || size < 1 || index < 0)
        return 0;
    const int width = bytes[0];
    if (width != 1 && width != 2 && width != 4)
        return 0;
    const std::int64_t at = 1 + index * width;
    if (at + width > size)
        return 0;
    std::uint32_t id = 0;
    for (int b = 0; b < width; ++b)
        id |= std::uint32_t(bytes[at + b]) << (8 * b);
    return id;
}

DecisionWriter::DecisionWriter(sqlite3 *db)
    : m_insert(db, "INSERT OR REPLACE INTO flow_decisions(block, data) VALUES(?1, ?2)")
{
}

void DecisionWriter::add(std::int64_t flowId, std::uint32_t decision)
{
    const std::int64_t block = flowId >> kDecisionBlockBits;
    if (block != m_block) {
        flush();
        m_block = block;
        m_ids.assign(std::size_t(kDecisionBlockSize), 0);
    }
    m_ids[std::size_t(flowId & (kDecisionBlockSize - 1))] = decision;
}

void DecisionWriter::finish()
{
    flush();
    m_block = -1;
}

void DecisionWriter::flush()
{
    if (m_block < 0)
        return;
    // Trailing records nothing decided (the end of the table) take no bytes.
    std::size_t used = m_ids.size();
    while (used > 0 && m_ids[used - 1] == 0)
        --used;
    if (used == 0)
        return;
    const QByteArray blob = encodeDecisionBlock(std::span(m_ids.data(), used));
    m_insert.bind(1, m_block).bindBlob(2, blob.constData(), int(blob.size())).run();
}

namespace {

constexpr const char *kExplainedImportKey = "explained_import";      // the newest flow import explained
constexpr const char *kExplainedTopologyKey = "explained_topology"; // the topology it was explained against
constexpr int kDecisionFormat = 2; // what explain keeps (2: logging_hours): a change makes earlier decisions stale

QString explainedStamp(const Workspace &ws)
{
    return QStringLiteral("%1|%2").arg(kDecisionFormat).arg(topologyFingerprint(ws));
}

} // namespace

bool decisionsCurrent(const Workspace &ws)
{
    return ws.keepsDecisions() && derivedCacheCurrent(ws, kExplainedImportKey)
           && ws.meta(QString::fromLatin1(kExplainedTopologyKey)) == explainedStamp(ws);
}

void stampDecisions(Workspace &ws)
{
    sql::exec(ws.handle(), derivedCacheStampSql(kExplainedImportKey).constData());
    ws.setMeta(QString::fromLatin1(kExplainedTopologyKey), explainedStamp(ws));
}

namespace {

// The block a statement read last, kept as the function's auxiliary data on its constant second
// argument: SQLite drops it when the statement finishes, so a later run reads fresh blocks.
struct CachedBlock {
    std::int64_t block = -1;
    QByteArray data;
};

void decisionFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_INTEGER) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    const std::int64_t id = sqlite3_value_int64(argv[0]);
    auto *cache = static_cast<CachedBlock *>(sqlite3_get_auxdata(ctx, 1));
    std::unique_ptr<CachedBlock> fresh;
    if (!cache) {
        fresh = std::make_unique<CachedBlock>();
        cache = fresh.get();
    }
    const std::int64_t block = id >> kDecisionBlockBits;
    if (cache->block != block) {
        cache->block = block;
        cache->data.clear();
        sqlite3_stmt *raw = nullptr;
        // No table (a workspace from before explain kept decisions, opened read-only): nothing decided.
        if (sqlite3_prepare_v2(sqlite3_context_db_handle(ctx), "SELECT data FROM flow_decisions WHERE block = ?1", -1, &raw, nullptr) == SQLITE_OK) {
            const sql::StmtPtr q(raw);
            sqlite3_bind_int64(raw, 1, block);
            if (sqlite3_step(raw) == SQLITE_ROW)
                cache->data = decodeDecisionBlock(sqlite3_column_blob(raw, 0), sqlite3_column_bytes(raw, 0));
        }
    }
    sqlite3_result_int64(ctx, decisionInBlock(cache->data.constData(), int(cache->data.size()), id & (kDecisionBlockSize - 1)));
    if (fresh) // last: SQLite may free it at once when it cannot keep it
        sqlite3_set_auxdata(ctx, 1, fresh.release(), [](void *p) { delete static_cast<CachedBlock *>(p); });
}

} // namespace

void registerDecisionFunction(sqlite3 *db)
{
    sqlite3_create_function_v2(db, "vpclens_decision", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr, decisionFunction, nullptr, nullptr, nullptr);
}

QString decisionSql(const char *idColumn)
{
    return QStringLiteral("vpclens_decision(%1, 0)").arg(QLatin1String(idColumn));
}

} // namespace vpclens
