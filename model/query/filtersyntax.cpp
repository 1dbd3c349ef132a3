// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/filtersyntax.h"

#include "base/translations.h"

namespace vpclens {
namespace {

// The contexts lupdate files this file's tr() calls under (see translateFrom).
QString tr(const char *text)
{
    return translateFrom({"vpclens::FilterParser", "vpclens::FilterParser::Nest"}, text);
}

using Token = FilterToken;
using Failure = FilterFailure;

// Recursive descent over the tokens, one function per rule of the grammar.
class FilterParser
{
public:
    explicit FilterParser(const QList<Token> &tokens) : m_tokens(tokens) {}

    std::optional<FilterNode> run()
    {
        if (peek().type == Token::End)
            return std::nullopt;
        FilterNode root = expr();
        if (peek().type != Token::End)
            throw Failure{{tr("Expected 'and', 'or' or the end, found '%1'.").arg(peek().text), peek().pos}};
        return root;
    }

private:
    const Token &peek() const { return m_tokens[m_pos]; }
    const Token &next() { return m_tokens[m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos]; }
    bool keyword(const char *word, const char *symbol = nullptr)
    {
        const Token &t = peek();
        const bool match = (t.type == Token::Word && t.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
                           || (symbol && t.type == Token::Op && t.text == QLatin1String(symbol));
        if (match)
            ++m_pos;
        return match;
    }

    // Counts a level of nesting while it lives.
    struct Nest {
        Nest(FilterParser &p, int pos) : p(p)
        {
            if (++p.m_depth > kMaxFilterNesting)
                throw Failure{{tr("Nested too deeply: at most %1 levels of parentheses and 'not'.").arg(kMaxFilterNesting), pos}};
        }
        ~Nest() { --p.m_depth; }
        Nest(const Nest &) = delete;
        Nest &operator=(const Nest &) = delete;
        FilterParser &p;
    };

    // One operand alone, or all of them under one node of the kind.
    template <typename Operand>
    FilterNode chain(FilterNode::Kind kind, const char *word, const char *symbol, Operand operand)
    {
        FilterNode first = operand();
        if (!keyword(word, symbol))
            return first;
        FilterNode node;
        node.kind = kind;
        node.pos = first.pos;
        node.children.push_back(std::move(first));
        do
            node.children.push_back(operand());
        while (keyword(word, symbol));
        return node;
    }
    FilterNode expr()
    {
        return chain(FilterNode::Or, "or", "||", [this] { return term(); });
    }
    FilterNode term()
    {
        return chain(FilterNode::And, "and", "&&", [this] { return factor(); });
    }
    FilterNode factor()
    {
        const int at = peek().pos;
        if (keyword("not", "!")) {
            const Nest nest(*this, at);
            FilterNode node;
            node.kind = FilterNode::Not;
            node.pos = at;
            node.children.push_back(factor());
            return node;
        }
        if (peek().type == Token::LParen) {
            const Nest nest(*this, at);
            const int open = next().pos;
            FilterNode inner = expr();
            if (peek().type != Token::RParen)
                throw Failure{{tr("The parenthesis opened here is not closed."), open}};
            next();
            return inner;
        }
        return comparison();
    }

    FilterNode comparison()
    {
        const Token name = next();
        if (name.type != Token::Word)
            throw Failure{{name.type == Token::End ? tr("Expected a field name at the end.") : tr("Expected a field name, found '%1'.").arg(name.text), name.pos}};
        FilterNode node;
        node.pos = name.pos;
        node.field = findFilterField(name.text);
        if (!node.field)
            throw Failure{{tr("Unknown field '%1'. Fields: %2.").arg(name.text, filterFields().join(QStringLiteral(", "))), name.pos}};
        const Token &opToken = peek();
        node.op = op(name);
        if (node.op == FilterOp::In && peek().type == Token::LBrace) {
            const int open = next().pos;
            do
                node.values.append(value());
            while (peek().type == Token::Comma && (next(), true));
            if (peek().type != Token::RBrace)
                throw Failure{{tr("The set opened here is not closed with '}'."), open}};
            next();
        } else {
            node.values.append(value());
        }
        const bool ordered = node.op == FilterOp::Less || node.op == FilterOp::LessEqual || node.op == FilterOp::Greater
                             || node.op == FilterOp::GreaterEqual;
        const FilterFieldKind kind = node.field->kind;
        if (ordered && kind != FilterFieldKind::Number && kind != FilterFieldKind::Port && kind != FilterFieldKind::Time
            && kind != FilterFieldKind::Flags)
            throw Failure{{tr("'%1' cannot be compared with %2; use == or in.").arg(QLatin1String(node.field->name), opToken.text), name.pos}};
        return node;
    }

    FilterOp op(const Token &name)
    {
        if (keyword("in"))
            return FilterOp::In;
        static const QList<QPair<const char *, FilterOp>> ops{{"==", FilterOp::Equal},     {"=", FilterOp::Equal},         {"!=", FilterOp::NotEqual},
                                                               {"<", FilterOp::Less},       {"<=", FilterOp::LessEqual},    {">", FilterOp::Greater},
                                                               {">=", FilterOp::GreaterEqual}};
        if (peek().type == Token::Op)
            for (const auto &[text, op] : ops)
                if (peek().text == QLatin1String(text)) {
                    next();
                    return op;
                }
        throw Failure{{tr("Expected an operator after '%1' (==, !=, <, <=, >, >=, in).").arg(name.text), peek().pos}};
    }

    const Token &value()
    {
        const Token &t = next();
        if (t.type != Token::Word && t.type != Token::String)
            throw Failure{{t.type == Token::End ? tr("Expected a value at the end.") : tr("Expected a value, found '%1'.").arg(t.text), t.pos}};
        if (++m_comparisons > kMaxFilterComparisons)
            throw Failure{{tr("Too many comparisons: at most %1 (count each value of a set).").arg(kMaxFilterComparisons), t.pos}};
        return t;
    }

    const QList<Token> &m_tokens;
    int m_pos = 0;
    int m_depth = 0;
    int m_comparisons = 0;
};

} // namespace

std::optional<FilterNode> parseFilter(const QList<FilterToken> &tokens)
{
    return FilterParser(tokens).run();
}

} // namespace vpclens
