// SPDX-License-Identifier: GPL-3.0-or-later
// "Apply as Filter" and "Prepare as Filter", as in Wireshark: the clause that keeps the records sharing
// a record's value in one field (`dstport == 22`, `srcaddr == 10.0.1.5`), and that clause joined to
// the filter already typed (and, or, not), parenthesised only where the language's precedence needs it.
#pragma once

#include "query/flowsearch.h"

#include <QString>

namespace vpclens {

// `field == value` with the value quoted where the filter language needs it (query/filterlexer.h).
QString filterClause(const QString &field, const QString &value);

// The clause for the record's value of a filter field (query/filterfields.h), by the field's name as
// the filter spells it; empty when the record has no value there (a NODATA record's addresses, a v2
// record's vpc-id) or the field is not one a single record's value selects.
QString recordClause(const FlowRecord &r, const QString &field);

enum class FilterJoin { Selected, NotSelected, AndSelected, OrSelected, AndNotSelected, OrNotSelected };

// The filter `current` joined with the clause (one comparison, or an expression such as a
// conversation's `addr == A and addr == B`); an empty `current` takes the clause alone (negated for the
// "not" joins). Either side is parenthesised only where `and` over `or` or a `not` needs it.
QString joinFilter(const QString &current, const QString &clause, FilterJoin how);

} // namespace vpclens
