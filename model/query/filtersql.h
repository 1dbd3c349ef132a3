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

// The condition on the target; nullopt when the target cannot answer it (a field it does not keep).
std::optional<FilterSql> filterSql(const FilterNode &root, FilterTarget target);

} // namespace vpclens
