// SPDX-License-Identifier: GPL-3.0-or-later
// The fields of the filter language: their names (and the aliases analysts type), how each is
// compared, and the SQL expression it stands for on the flows and on the rollups.
#pragma once

#include <QString>

namespace vpclens {

// Interned: a text field of versions 3-8 kept as an id of `strings` (vpc-id, region, reject-reason ...);
// Rest: one kept in flow_extra.rest as name=value (pkt-src-aws-service, sublocation-id ...), equality only.
enum class FilterFieldKind { Enum, Number, Address, Port, Protocol, Time, Interfaces, Flags, Rule, CommunityId, Interned, Rest };

struct FilterField {
    const char *name;
    FilterFieldKind kind;
    const char *sql;    // an expression on f / x; for Address/Port "either" fields: the two columns
    const char *sql2;   // second column for "either" fields, else nullptr
    const char *rollup; // the same on the per-minute, per-ENI rollup `r`, or nullptr when it has no such column
};

// The field a name (or alias) stands for, any case; nullptr for none.
const FilterField *findFilterField(QString name);

} // namespace vpclens
