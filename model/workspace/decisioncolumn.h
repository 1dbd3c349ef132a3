// SPDX-License-Identifier: GPL-3.0-or-later
// What decided each record (written by the bulk explanation): a column kept beside `flows` in blocks
// of 4,096 consecutive record ids, one blob per block (table flow_decisions): 1, 2 or 4 bytes a record
// as the widest decision id in the block needs, zlib-compressed (neighbouring records repeat their
// decisions: well under a byte a record stored); 0 for a record nothing decided. A decision id points
// into `decisions` (the security-group rule, NACL entry and route; see trace/flowexplainer.h).
// Queries read it through the SQL function vpclens_decision(id, 0), which keeps the block it last read.
#pragma once

#include "workspace/sqlite.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace vpclens {

class Workspace;

constexpr int kDecisionBlockBits = 12;
constexpr std::int64_t kDecisionBlockSize = std::int64_t(1) << kDecisionBlockBits;

// A block as stored: its width (1, 2 or 4) then one little-endian id per record, compressed.
QByteArray encodeDecisionBlock(std::span<const std::uint32_t> ids);
// The stored blob back to width and ids; empty when it is not one (a damaged or crafted file).
QByteArray decodeDecisionBlock(const void *blob, int size);
// The id at index in a decoded block; 0 when the block does not hold it (short, or of an unknown width).
std::uint32_t decisionInBlock(const void *block, int size, std::int64_t index);

// Takes the decisions in ascending record order and writes each block when the ids leave it.
class DecisionWriter
{
public:
    explicit DecisionWriter(sqlite3 *db);
    void add(std::int64_t flowId, std::uint32_t decision);
    void finish(); // writes the last block

private:
    void flush();
    sql::Statement m_insert;
    std::int64_t m_block = -1;
    std::vector<std::uint32_t> m_ids;
};

// Whether the decisions kept are of every record and the current topology: explain ran after the
// newest flow import and the last topology import. Stamped by explain in its transaction.
bool decisionsCurrent(const Workspace &ws);
void stampDecisions(Workspace &ws);

// Makes vpclens_decision(id, 0) known to the connection (only to statements VpcLens prepares: never
// to a view or trigger a file might carry).
void registerDecisionFunction(sqlite3 *db);
// The SQL for the decision of the record whose id is in idColumn ("f.id").
QString decisionSql(const char *idColumn);

// The workspace meta key listing (comma-separated) the interfaces that logged records whose initiator
// neither tcp-flags nor ports tell: no rule is credited with them, so no rule of those interfaces can
// be called unused.
inline constexpr const char *kUndeterminedInterfacesKey = "explain_undetermined_interfaces";

} // namespace vpclens
