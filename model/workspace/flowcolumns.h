// SPDX-License-Identifier: GPL-3.0-or-later
// The flow records, column by column (schema 4). Each block of consecutive record ids (a row of
// flow_blocks, at most kMaxBlockRows records of one file) keeps each column apart in a row of
// flow_columns, keyed by column and first id, with the column's minimum and maximum there: a scan reads
// the columns it needs and skips blocks whose range cannot match, as analytical stores do (row groups
// with statistics). A column is stored frame-of-reference: its minimum once, then each value as
// (value - minimum + 1) in the fewest whole bytes that hold the widest, 0 for absent; IPv6 addresses
// sit after the column's integers, the integer then -1 - their index. Decoding checks every length, so
// a damaged or crafted blob is an error, never a read out of bounds.
#pragma once

#include "flowlog/flowrow.h"
#include "workspace/sqlite.h"

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

namespace vpclens {

namespace flowcolumns {

// Flags (tcp-flags) came last: a block written before it has no such column, read as absent.
enum Column : int { Start, Duration, Eni, Src, Dst, SrcPort, DstPort, Protocol, Packets, Bytes, Bits, Flags, Count };
inline constexpr std::int64_t kNull = std::numeric_limits<std::int64_t>::min(); // an absent value, decoded
inline constexpr std::int64_t kMaxBlockRows = 4096;
// flow_columns.id: the column in the high bits, so a column's blocks are neighbours in the table.
inline constexpr std::int64_t key(int column, std::int64_t firstId) { return (std::int64_t(column) << 40) | firstId; }
inline constexpr std::int64_t kMaxId = (std::int64_t(1) << 40) - 1;

using V6 = std::array<std::uint8_t, 16>;

struct Encoded {
    std::string data;
    std::int64_t low = kNull, high = kNull; // of the values present; kNull for a column of absent values
};
// values: n of them, kNull for absent; v6: the IPv6 addresses an address column refers to (-1 - index).
Encoded encode(const std::int64_t *values, std::size_t n, const std::vector<V6> *v6 = nullptr);
// Decodes n values into out (resized); v6 receives an address column's IPv6 addresses. False when the
// blob is not a column of n values (damaged or crafted).
bool decode(const void *data, std::size_t size, std::size_t n, std::vector<std::int64_t> &out, std::vector<V6> *v6 = nullptr);

// The rows of one block being built, column by column (the import, the upgrade).
class BlockBuilder
{
public:
    void add(const FlowRow &row);
    std::size_t size() const { return m_columns[0].size(); }
    bool full() const { return std::int64_t(size()) >= kMaxBlockRows; }
    void clear() noexcept;
    // Writes the block's columns (insert: "INSERT INTO flow_columns(id, low, high, data) VALUES(?1, ?2, ?3, ?4)")
    // and clears it. Throws sql::Error.
    void write(sql::Statement &insert, std::int64_t firstId);

private:
    std::array<std::vector<std::int64_t>, Count> m_columns;
    struct V6Hash {
        std::size_t operator()(const V6 &a) const noexcept;
    };
    std::vector<V6> m_v6[2];                                    // src, dst
    std::unordered_map<V6, std::int64_t, V6Hash> m_v6Index[2]; // where each address is in m_v6
};

// The block being built and where it goes: its columns to flow_columns and its row of flow_blocks
// (the import it belongs to, its first and last id, the start times it spans), written when it is
// full or flushed. Both importers' (flow logs and captures).
class BlockWriter
{
public:
    explicit BlockWriter(sqlite3 *db); // throws sql::Error
    // The record with the next id of the import (ids rise by one within a block).
    void add(std::int64_t importId, std::int64_t id, const FlowRow &row); // throws sql::Error
    void flush();                                                          // throws sql::Error
    void clear() noexcept;                                                 // forgets the block in progress

private:
    BlockBuilder m_block;
    sql::Statement m_insertColumn, m_addBlock;
    std::int64_t m_importId = 0, m_first = 0, m_last = 0, m_minStart = 0, m_maxStart = 0;
};

// One block's columns read back, each decoded when first asked for. Throws sql::Error for a block
// whose columns are missing or damaged.
class BlockReader
{
public:
    explicit BlockReader(sqlite3 *db);

    void moveTo(std::int64_t firstId, std::int64_t lastId); // forgets the decoded columns unless it is the same block
    std::int64_t firstId() const { return m_first; }
    std::size_t size() const { return std::size_t(m_last - m_first + 1); }
    const std::vector<std::int64_t> &column(int c);
    const std::vector<V6> &v6(int c); // Src or Dst, after column(c)
    // The row at index i as the import built it (FlowRow, extra -1).
    FlowRow row(std::size_t i);
    // Replaces column c of this block (the counted bit moving) in the caller's transaction.
    void rewrite(int c, const std::vector<std::int64_t> &values);

private:
    sql::Statement m_read, m_write;
    std::int64_t m_first = -1, m_last = -2;
    std::array<std::vector<std::int64_t>, Count> m_values;
    std::array<bool, Count> m_loaded{};
    std::vector<V6> m_v6[2];
};

// The address a decoded Src/Dst value stands for.
FlowAddress addressOf(std::int64_t value, const std::vector<V6> &v6);

} // namespace flowcolumns
} // namespace vpclens
