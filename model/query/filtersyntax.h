// SPDX-License-Identifier: GPL-3.0-or-later
// The filter language's second phase: tokens to a tree of 'or', 'and', 'not' and comparisons, each
// node with the position it starts at. Values stay as typed; what they mean is the next phase's
// (filterresolve.h). The limits on nesting and on comparisons are enforced here, so no later phase
// (nor SQLite's parser) meets a tree deeper or wider than they allow. See flowfilter.h for the grammar.
#pragma once

#include "query/filterfields.h"
#include "query/filterlexer.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <variant>
#include <vector>

namespace vpclens {

enum class FilterOp { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, In };

// What a value stands for, filled in by resolveFilter.
struct IntRange {
    qint64 low = 0, high = 0; // inclusive (an IPv4 CIDR block)
};
struct BlobRange {
    QByteArray low, high; // inclusive, 16 bytes each (an IPv6 CIDR block)
};
struct InterfaceIds {
    QList<qint64> ids; // the interned ids of the interfaces a name stands for; empty: none logged
};
struct RuleMatch {
    QString text; // a rule's name or sgr- id, or a group, NACL or route table (any of its rules)
};
struct TextMatch {
    QString text; // a Community ID ("1:" and 28 characters of base64), or a value kept in flow_extra.rest
};
struct FieldRef {
    const FilterField *field = nullptr; // another field of the same record: `pkt-srcaddr != srcaddr`
};
using FilterConstant = std::variant<qint64, IntRange, QByteArray, BlobRange, InterfaceIds, RuleMatch, TextMatch, FieldRef>;

struct FilterNode {
    enum Kind { Or, And, Not, Comparison } kind = Comparison;
    int pos = 0;
    std::vector<FilterNode> children; // Or and And: two or more; Not: one
    // A comparison: the field, the operator ('=' read as '=='), the values as typed (a set's in order)
    const FilterField *field = nullptr;
    FilterOp op = FilterOp::Equal;
    QList<FilterToken> values;
    std::vector<FilterConstant> constants; // one per value, after resolveFilter
};

constexpr int kMaxFilterNesting = 32;       // parentheses and 'not' inside one another (SQLite's parser takes ~95)
constexpr int kMaxFilterComparisons = 4096; // comparisons, counting each value of a set

// The tree of an expression's tokens; nullopt for an empty expression. Throws FilterFailure with the
// position of the first thing that is not the grammar, an unknown field, an ordering operator on a
// field without order, or a filter past the limits.
std::optional<FilterNode> parseFilter(const QList<FilterToken> &tokens);

// Calls f on every comparison of the tree, in text order.
template <typename F>
void forEachComparison(const FilterNode &node, F &&f)
{
    if (node.kind == FilterNode::Comparison)
        f(node);
    for (const FilterNode &c : node.children)
        forEachComparison(c, f);
}

} // namespace vpclens
