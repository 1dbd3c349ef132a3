// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/columnfilter.h"

#include "flowlog/flowbits.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <optional>
#include <unordered_set>

namespace vpclens {

// What a comparison reads from a record (named outside the anonymous namespace: ColumnFilter::Node holds them).
namespace columnfilter {
enum class Source { Column, Action, Status, Version, End };
struct Operand {
    Source source = Source::Column;
    int column = 0; // for Source::Column
};
} // namespace columnfilter

namespace {

using columnfilter::Operand;
using columnfilter::Source;

namespace fc = flowcolumns;

// Three values, ordered so that `and` is the minimum and `or` the maximum (Kleene).
constexpr std::uint8_t kFalse = 0, kUnknown = 1, kTrue = 2;

// The operands of a field ("either" fields have two), nullopt when the columns do not hold it.
std::optional<std::vector<Operand>> operandsOf(const FilterField &f)
{
    const QByteArray name(f.name);
    auto one = [](Source s, int c = 0) { return std::vector<Operand>{{s, c}}; };
    if (name == "action")
        return one(Source::Action);
    if (name == "log-status")
        return one(Source::Status);
    if (name == "version")
        return one(Source::Version);
    if (name == "srcaddr")
        return one(Source::Column, fc::Src);
    if (name == "dstaddr")
        return one(Source::Column, fc::Dst);
    if (name == "addr")
        return std::vector<Operand>{{Source::Column, fc::Src}, {Source::Column, fc::Dst}};
    if (name == "srcport")
        return one(Source::Column, fc::SrcPort);
    if (name == "dstport")
        return one(Source::Column, fc::DstPort);
    if (name == "port")
        return std::vector<Operand>{{Source::Column, fc::SrcPort}, {Source::Column, fc::DstPort}};
    if (name == "protocol")
        return one(Source::Column, fc::Protocol);
    if (name == "packets")
        return one(Source::Column, fc::Packets);
    if (name == "bytes")
        return one(Source::Column, fc::Bytes);
    if (name == "start")
        return one(Source::Column, fc::Start);
    if (name == "end")
        return one(Source::End);
    if (name == "duration")
        return one(Source::Column, fc::Duration);
    if (f.kind == FilterFieldKind::Interfaces)
        return one(Source::Column, fc::Eni);
    return std::nullopt; // tcp-flags, rule, verdict
}

std::uint32_t columnsOf(const Operand &o)
{
    switch (o.source) {
    case Source::Column: return 1u << o.column;
    case Source::End: return 1u << fc::Start | 1u << fc::Duration;
    default: return 1u << fc::Bits;
    }
}

// Compares as SQLite orders values: absent first, then numbers, then IPv6 blobs byte by byte.
int order(FilterOp op, int cmp)
{
    switch (op) {
    case FilterOp::Less: return cmp < 0;
    case FilterOp::LessEqual: return cmp <= 0;
    case FilterOp::Greater: return cmp > 0;
    case FilterOp::GreaterEqual: return cmp >= 0;
    default: return cmp == 0;
    }
}

} // namespace

using columnfilter::Operand;
using columnfilter::Source;

struct ColumnFilter::Node {
    FilterNode::Kind kind = FilterNode::Comparison;
    std::vector<std::unique_ptr<Node>> children;
    // A comparison:
    std::vector<Operand> operands;
    FilterOp op = FilterOp::Equal;
    std::vector<FilterConstant> constants;
    std::vector<std::int64_t> numbers;           // the qint64 constants, sorted (for ==, in, and one for <, >)
    std::vector<IntRange> ranges;                // the IntRange constants
    std::unordered_set<std::int64_t> interfaces; // all InterfaceIds constants' ids
    bool anyInterfaces = false;                  // an InterfaceIds constant with ids

    void evaluate(const BlockView &b, std::uint8_t *out) const;

private:
    void compare(const BlockView &b, const Operand &o, std::uint8_t *out) const;
    std::uint8_t one(std::int64_t v, const fc::V6 *address, const FilterConstant &c) const;
};

std::uint8_t ColumnFilter::Node::one(std::int64_t v, const fc::V6 *address, const FilterConstant &c) const
{
    if (const auto *i = std::get_if<qint64>(&c)) {
        if (v == fc::kNull)
            return kUnknown;
        const int cmp = address ? 1 : (v < *i ? -1 : v > *i ? 1 : 0);
        return order(op, cmp) ? kTrue : kFalse;
    }
    if (const auto *r = std::get_if<IntRange>(&c)) {
        if (v == fc::kNull)
            return kUnknown;
        return !address && v >= r->low && v <= r->high ? kTrue : kFalse;
    }
    if (const auto *a = std::get_if<QByteArray>(&c)) {
        if (v == fc::kNull)
            return kUnknown;
        return address && a->size() == 16 && std::memcmp(address->data(), a->constData(), 16) == 0 ? kTrue : kFalse;
    }
    if (const auto *r = std::get_if<BlobRange>(&c)) {
        if (v == fc::kNull)
            return kUnknown;
        if (!address)
            return kFalse;
        auto cmp = [address](const QByteArray &bound) {
            const int m = std::memcmp(address->data(), bound.constData(), std::min<std::size_t>(16, std::size_t(bound.size())));
            return m != 0 ? m : (16 < bound.size() ? -1 : 16 > bound.size() ? 1 : 0);
        };
        return cmp(r->low) >= 0 && cmp(r->high) <= 0 ? kTrue : kFalse;
    }
    if (const auto *e = std::get_if<InterfaceIds>(&c)) {
        if (e->ids.isEmpty())
            return kFalse;
        if (v == fc::kNull)
            return kUnknown;
        return e->ids.contains(v) ? kTrue : kFalse;
    }
    return kFalse; // RuleMatch: never built (operandsOf refuses the field)
}

void ColumnFilter::Node::compare(const BlockView &b, const Operand &o, std::uint8_t *out) const
{
    const std::size_t n = b.size;
    const std::int64_t *bits = b.columns[fc::Bits];
    const bool isAddress = o.source == Source::Column && (o.column == fc::Src || o.column == fc::Dst);
    const std::vector<fc::V6> *v6 = isAddress ? b.v6[std::size_t(o.column - fc::Src)] : nullptr;
    auto value = [&](std::size_t i) -> std::int64_t {
        switch (o.source) {
        case Source::Column: return b.columns[std::size_t(o.column)][i];
        case Source::Action: return flowbits::action(bits[i]);
        case Source::Status: return flowbits::status(bits[i]);
        case Source::Version: return flowbits::version(bits[i]);
        case Source::End: {
            const std::int64_t s = b.columns[fc::Start][i], d = b.columns[fc::Duration][i];
            return s == fc::kNull || d == fc::kNull ? fc::kNull : s + d;
        }
        }
        return fc::kNull;
    };
    // The common cases first, in loops the compiler unrolls: a column against numbers (dstport == 22,
    // bytes > 1M, port in {..}), against ranges (an IPv4 CIDR block), a field of the bits.
    if (o.source == Source::Column && !numbers.empty() && numbers.size() == constants.size()) {
        const std::int64_t *col = b.columns[std::size_t(o.column)];
        if (numbers.size() == 1 && op != FilterOp::Equal && op != FilterOp::NotEqual && op != FilterOp::In) {
            const std::int64_t c = numbers.front();
            // An IPv6 address (negative) sorts after every number.
            auto cmp = [&](std::int64_t v) { return isAddress && v < 0 ? 1 : v < c ? -1 : v > c ? 1 : 0; };
            for (std::size_t i = 0; i < n; ++i)
                out[i] = col[i] == fc::kNull ? kUnknown : order(op, cmp(col[i])) ? kTrue : kFalse;
            return;
        }
        if (numbers.size() <= 8) {
            for (std::size_t i = 0; i < n; ++i) {
                const std::int64_t v = col[i];
                bool hit = false;
                for (const std::int64_t c : numbers)
                    hit |= v == c;
                out[i] = v == fc::kNull ? kUnknown : hit ? kTrue : kFalse;
            }
        } else {
            for (std::size_t i = 0; i < n; ++i)
                out[i] = col[i] == fc::kNull ? kUnknown : std::binary_search(numbers.begin(), numbers.end(), col[i]) ? kTrue : kFalse;
        }
        return;
    }
    if (o.source == Source::Column && !ranges.empty() && ranges.size() == constants.size()) {
        const std::int64_t *col = b.columns[std::size_t(o.column)];
        for (std::size_t i = 0; i < n; ++i) {
            const std::int64_t v = col[i];
            bool hit = false;
            for (const IntRange &r : ranges)
                hit |= v >= r.low && v <= r.high;
            out[i] = v == fc::kNull ? kUnknown : hit && !(isAddress && v < 0) ? kTrue : kFalse;
        }
        return;
    }
    if (o.source != Source::Column && o.source != Source::End && numbers.size() == 1 && constants.size() == 1
        && (op == FilterOp::Equal || op == FilterOp::NotEqual || op == FilterOp::In)) {
        const std::int64_t c = numbers.front();
        for (std::size_t i = 0; i < n; ++i)
            out[i] = value(i) == c ? kTrue : kFalse; // the bits are never absent
        return;
    }
    if (anyInterfaces && constants.size() == 1) {
        for (std::size_t i = 0; i < n; ++i) {
            const std::int64_t v = value(i);
            out[i] = v == fc::kNull ? kUnknown : interfaces.count(v) ? kTrue : kFalse;
        }
        return;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t v = value(i);
        const fc::V6 *address = isAddress && v < 0 && v != fc::kNull ? &(*v6)[std::size_t(-(v + 1))] : nullptr;
        std::uint8_t any = kFalse;
        for (const FilterConstant &c : constants) {
            any = std::max(any, one(v, address, c));
            if (any == kTrue)
                break;
        }
        out[i] = any;
    }
}

void ColumnFilter::Node::evaluate(const BlockView &b, std::uint8_t *out) const
{
    const std::size_t n = b.size;
    switch (kind) {
    case FilterNode::Or:
    case FilterNode::And: {
        const bool isAnd = kind == FilterNode::And;
        children.front()->evaluate(b, out);
        std::vector<std::uint8_t> part(n);
        for (std::size_t k = 1; k < children.size(); ++k) {
            children[k]->evaluate(b, part.data());
            for (std::size_t i = 0; i < n; ++i)
                out[i] = isAnd ? std::min(out[i], part[i]) : std::max(out[i], part[i]);
        }
        return;
    }
    case FilterNode::Not:
        children.front()->evaluate(b, out);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = out[i] == kTrue ? kFalse : kTrue; // IS NOT 1
        return;
    case FilterNode::Comparison: {
        // "Either" fields: the first operand's match or the second's, each with != applied on its own.
        std::vector<std::uint8_t> part(operands.size() > 1 ? n : 0);
        for (std::size_t k = 0; k < operands.size(); ++k) {
            std::uint8_t *dst = k == 0 ? out : part.data();
            compare(b, operands[k], dst);
            if (op == FilterOp::NotEqual)
                for (std::size_t i = 0; i < n; ++i)
                    dst[i] = dst[i] == kTrue ? kFalse : kTrue;
            if (k > 0)
                for (std::size_t i = 0; i < n; ++i)
                    out[i] = std::max(out[i], part[i]);
        }
        return;
    }
    }
}

ColumnFilter::~ColumnFilter() = default;

std::shared_ptr<const ColumnFilter> ColumnFilter::of(const FilterNode &root)
{
    std::uint32_t columns = 0;
    std::function<std::unique_ptr<Node>(const FilterNode &)> build = [&](const FilterNode &f) -> std::unique_ptr<Node> {
        auto node = std::make_unique<Node>();
        node->kind = f.kind;
        if (f.kind != FilterNode::Comparison) {
            for (const FilterNode &c : f.children) {
                auto child = build(c);
                if (!child)
                    return nullptr;
                node->children.push_back(std::move(child));
            }
            return node->children.empty() ? nullptr : std::move(node);
        }
        const auto operands = operandsOf(*f.field);
        if (!operands || f.constants.empty())
            return nullptr;
        node->operands = *operands;
        node->op = f.op;
        node->constants = f.constants;
        for (const FilterConstant &c : f.constants) {
            if (std::holds_alternative<RuleMatch>(c) || std::holds_alternative<FieldRef>(c)) // SQL answers these
                return nullptr;
            if (const auto *i = std::get_if<qint64>(&c))
                node->numbers.push_back(*i);
            if (const auto *r = std::get_if<IntRange>(&c))
                node->ranges.push_back(*r);
            if (const auto *e = std::get_if<InterfaceIds>(&c); e && !e->ids.isEmpty()) {
                node->anyInterfaces = true;
                node->interfaces.insert(e->ids.begin(), e->ids.end());
            }
        }
        std::sort(node->numbers.begin(), node->numbers.end());
        for (const Operand &o : node->operands)
            columns |= columnsOf(o);
        return node;
    };
    auto root_ = build(root);
    if (!root_)
        return nullptr;
    std::shared_ptr<ColumnFilter> out(new ColumnFilter);
    out->m_root = std::move(root_);
    out->m_columns = columns;
    // Bounds on start from the comparisons every match must meet: the root, or the children of a
    // root `and`. A record without a start never matches them (unknown), so no block is skipped wrongly.
    auto bound = [&out](const Node &n) {
        if (n.kind != FilterNode::Comparison || n.operands.size() != 1 || n.operands.front().source != Source::Column
            || n.operands.front().column != fc::Start || n.numbers.size() != 1 || n.constants.size() != 1)
            return;
        const std::int64_t c = n.numbers.front();
        auto atLeast = [&out](std::int64_t v) { out->m_startFrom = std::max(out->m_startFrom, v); };
        auto below = [&out](std::int64_t v) { out->m_startTo = std::min(out->m_startTo, v); };
        switch (n.op) {
        case FilterOp::GreaterEqual: atLeast(c); break;
        case FilterOp::Greater: if (c < std::numeric_limits<std::int64_t>::max()) atLeast(c + 1); break;
        case FilterOp::Less: below(c); break;
        case FilterOp::LessEqual: if (c < std::numeric_limits<std::int64_t>::max()) below(c + 1); break;
        case FilterOp::Equal: case FilterOp::In: atLeast(c); if (c < std::numeric_limits<std::int64_t>::max()) below(c + 1); break;
        default: break;
        }
    };
    if (out->m_root->kind == FilterNode::And)
        for (const auto &child : out->m_root->children)
            bound(*child);
    else
        bound(*out->m_root);
    return out;
}

void ColumnFilter::evaluate(const BlockView &block, std::uint8_t *selected) const
{
    m_root->evaluate(block, selected);
    for (std::size_t i = 0; i < block.size; ++i)
        selected[i] = selected[i] == kTrue ? 1 : 0;
}

} // namespace vpclens
