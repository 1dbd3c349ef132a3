// SPDX-License-Identifier: GPL-3.0-or-later
// The filter language's last phase: a resolved tree (filterresolve.h) as an SQL condition with bound
// parameters, for one of the tables that can answer it. Values never enter the SQL text.
#pragma once

#include "query/filtersyntax.h"
#include "query/flowfilter.h"

#include <optional>

namespace vpclens {

enum class FilterTarget {
    Flows,  // the records: flows `f` (and flow_extra `x` for tcp-flags)
    Rollup, // records per minute and interface: rollup_eni `r`
};

struct FilterSql {
    QString sql;
    QList<FilterParam> params; // bound as ?1, ?2, ... in order
};

// Terms joined by op ("AND", "OR") as a balanced tree of parentheses: the parser's depth grows with log2
// of the terms, not with their number (a chain of 1,000 went past SQLite's limit of 1,000). For any SQL.
QString balancedSql(const QStringList &terms, const char *op);
// <, <=, >, >=; '=' for ==, != (negated around it) and in.
QString sqlOperator(FilterOp op);

// The condition on the target; nullopt when the target cannot answer it (a field it does not keep).
std::optional<FilterSql> filterSql(const FilterNode &root, FilterTarget target);

} // namespace vpclens
