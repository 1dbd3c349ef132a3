// SPDX-License-Identifier: GPL-3.0-or-later
// The flow filter language, compiled to an SQL condition with bound parameters (values are never
// pasted into SQL) in four phases: tokens (filterlexer.h), a tree (filtersyntax.h), values resolved
// (filterresolve.h), SQL for the flows and for the rollup (filtersql.h). Grammar:
//   expr   := term (("or" | "||") term)*
//   term   := factor (("and" | "&&") factor)*
//   factor := ("not" | "!") factor | "(" expr ")" | field op value | field "in" (value | "{" value ("," value)* "}")
//   op     := == | = | != | < | <= | > | >=
// Fields: action, log-status, srcaddr, dstaddr, addr (either), srcport, dstport, port (either),
// protocol, packets, bytes, start, end, duration, version, eni, instance, subnet, vpc, sg, tcp-flags,
// rule (the rule that decided a record, by name or sgr- id; a group, NACL or route table: any of its),
// verdict (what the configuration decided: ACCEPT, REJECT or UNFILTERED; both after a bulk explain).
// A value that is a bare field name compares two fields of the record (`pkt-srcaddr != srcaddr`: both
// present, of one kind; ==, != and, for numbers and ports, the orderings).
// Values: numbers with K/M/G suffixes (binary: 1K = 1024), addresses and CIDRs (IPv4, IPv6), protocol
// and action names, times (ISO 8601 or epoch seconds), ids and names from the topology, "quoted text".
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <memory>
#include <optional>
#include <variant>

namespace vpclens {

class ColumnFilter;
class Estate;
class Workspace;

struct FilterParam {
    enum Kind { Int, Blob, Text } kind = Int;
    qint64 value = 0;
    QByteArray blob; // Blob: the bytes; Text: UTF-8
    friend bool operator==(const FilterParam &, const FilterParam &) = default;
};

struct CompiledFilter {
    QString sql = QStringLiteral("1"); // a condition on flows aliased `f` (and flow_extra `x` when needsExtra)
    QList<FilterParam> params;         // bound as ?1, ?2, ... in order, after `offset` earlier ones
    bool needsExtra = false;
    bool empty = true;
    // The same condition on the per-minute, per-ENI rollup `r` (rollup_eni), when every field in it
    // is there (action, start/end by the minute, eni, instance, subnet, vpc, sg): charts answer from it.
    bool rollupable = false;
    QString rollupSql;
    QSet<QString> fields; // the field names the condition uses (after aliases)
    // The same condition over the record columns, a block at a time (columnfilter.h); null when it
    // compares a field they do not hold (tcp-flags, rule, verdict), or for the empty filter.
    std::shared_ptr<const ColumnFilter> columns;
    // Binds the parameters starting at SQL parameter number first.
    void bind(sqlite3_stmt *stmt, int first = 1) const;
    // The FROM clause the condition needs: flows f, with flow_extra x joined when used.
    QString from() const;
};

struct FilterError {
    QString message;
    int position = 0; // character offset in the expression
};

// What names in a filter resolve against: ENI ids, instance ids and names, subnets, VPCs, groups.
struct FilterContext {
    const Workspace *workspace = nullptr; // interned ids, instance names
    const Estate *estate = nullptr;
};

std::variant<CompiledFilter, FilterError> compileFilter(const QString &expression, const FilterContext &context);
QStringList filterFields();   // for completion
QStringList filterKeywords(); // and, or, not, in, ACCEPT, REJECT, tcp, ...

} // namespace vpclens
