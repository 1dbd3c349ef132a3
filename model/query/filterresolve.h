// SPDX-License-Identifier: GPL-3.0-or-later
// The filter language's third phase: every value of the tree read as what its field compares (a
// number with its unit, an address or CIDR block, a time, an action, the interfaces a name stands
// for), or refused at its position. After it, emitting SQL (filtersql.h) cannot fail.
#pragma once

#include "query/filtersyntax.h"
#include "query/flowfilter.h"

namespace vpclens {

// Fills each comparison's constants. Throws FilterFailure at the first value, in text order, that is
// not one its field takes, or a name nothing in the workspace matches.
void resolveFilter(FilterNode &root, const FilterContext &context);

} // namespace vpclens
