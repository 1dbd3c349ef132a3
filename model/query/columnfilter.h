// SPDX-License-Identifier: GPL-3.0-or-later
// The filter language's resolved tree (filtersyntax.h) evaluated over a block of flow columns
// (workspace/flowcolumns.h) at once, a value per record, instead of as SQL row by row. It answers
// exactly as the SQL of filtersql.h does, three-valued: a comparison with an absent value is unknown,
// `and`/`or` follow SQL (Kleene), `not` and `!=` hold for false and unknown alike; an IPv4 number
// sorts before every IPv6 address. Fields the columns do not hold (tcp-flags, rule, verdict) leave the
// filter to SQL.
#pragma once

#include "query/filtersyntax.h"
#include "workspace/flowcolumns.h"

#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

namespace vpclens {

// A block's decoded columns: those the filter and the caller asked for (others null).
struct BlockView {
    std::size_t size = 0;
    std::int64_t firstId = 0;
    std::array<const std::int64_t *, flowcolumns::Count> columns{};
    std::array<const std::vector<flowcolumns::V6> *, 2> v6{}; // Src, Dst
};

class ColumnFilter
{
public:
    // nullptr when the tree compares a field the columns do not hold.
    static std::shared_ptr<const ColumnFilter> of(const FilterNode &root);
    // The columns evaluate() reads: a bit per flowcolumns::Column.
    std::uint32_t columns() const { return m_columns; }
    // selected[i] = 1 where the condition holds for row i, else 0 (size() entries).
    void evaluate(const BlockView &block, std::uint8_t *selected) const;
    // The start times a match can have, [from, to), as the filter's top-level `and` of comparisons on
    // start bounds them (a time range is one): a scan skips the blocks outside without reading them.
    std::int64_t startFrom() const { return m_startFrom; }
    std::int64_t startTo() const { return m_startTo; }

    struct Node;
    ~ColumnFilter();

private:
    ColumnFilter() = default;
    std::unique_ptr<Node> m_root;
    std::uint32_t m_columns = 0;
    std::int64_t m_startFrom = std::numeric_limits<std::int64_t>::min(), m_startTo = std::numeric_limits<std::int64_t>::max();
};

} // namespace vpclens
