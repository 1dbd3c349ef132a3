// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/filtersql.h"

#include "workspace/decisioncolumn.h"

#include <QStringList>

namespace vpclens {
namespace {

// a OR b OR c ... as a balanced tree: SQLite's expression depth grows with log2 of the terms,
// not with their number (a chain of 1,000 went past its limit of 1,000).
QString balancedRange(const QStringList &terms, const char *op, qsizetype from, qsizetype to)
{
    if (to - from == 1)
        return terms[from];
    const qsizetype mid = from + (to - from) / 2;
    return QStringLiteral("(%1 %2 %3)").arg(balancedRange(terms, op, from, mid), QLatin1String(op), balancedRange(terms, op, mid, to));
}

} // namespace

QString sqlOperator(FilterOp op)
{
    switch (op) {
    case FilterOp::Less: return QStringLiteral("<");
    case FilterOp::LessEqual: return QStringLiteral("<=");
    case FilterOp::Greater: return QStringLiteral(">");
    case FilterOp::GreaterEqual: return QStringLiteral(">=");
    default: return QStringLiteral("="); // ==, != (negated around it) and in
    }
}

QString balancedSql(const QStringList &terms, const char *op)
{
    return balancedRange(terms, op, 0, terms.size());
}

namespace {

class Emitter
{
public:
    explicit Emitter(FilterTarget target) : m_target(target) {}

    std::optional<QString> node(const FilterNode &n)
    {
        switch (n.kind) {
        case FilterNode::Or:
        case FilterNode::And: {
            QStringList parts;
            for (const FilterNode &c : n.children) {
                const auto part = node(c);
                if (!part)
                    return std::nullopt;
                parts << *part;
            }
            return balancedSql(parts, n.kind == FilterNode::Or ? "OR" : "AND");
        }
        case FilterNode::Not: {
            // A condition is 1, 0 or NULL (a field the record lacks); 'not' holds for 0 and NULL alike.
            // One level of parentheses each: SQLite's parser stack holds about 95.
            const auto inner = node(n.children.front());
            if (!inner)
                return std::nullopt;
            return QStringLiteral("(%1) IS NOT 1").arg(*inner);
        }
        case FilterNode::Comparison:
            return comparison(n);
        }
        return std::nullopt;
    }

    QList<FilterParam> params;
    bool inexact = false; // a comparison the target cannot answer exactly

private:
    std::optional<QString> comparison(const FilterNode &n)
    {
        const FilterField &field = *n.field;
        if (m_target == FilterTarget::Rollup) {
            if (!field.rollup || field.sql2 || std::holds_alternative<FieldRef>(n.constants.front()))
                return std::nullopt;
            return match(QLatin1String(field.rollup), n);
        }
        if (field.sql2) { // "either" fields: either column matches (parameters bound in text order)
            const QString first = match(QLatin1String(field.sql), n);
            const QString second = match(QLatin1String(field.sql2), n);
            return QStringLiteral("(%1 OR %2)").arg(first, second);
        }
        return match(QLatin1String(field.sql), n);
    }

    // One column against the comparison's values.
    QString match(const QString &column, const FilterNode &n)
    {
        if (const auto *ref = std::get_if<FieldRef>(&n.constants.front())) {
            // Two fields of the record: both present, and as compared (a record without either holds
            // for neither == nor !=).
            const QString other = QLatin1String(ref->field->sql);
            return QStringLiteral("(%1 IS NOT NULL AND %2 IS NOT NULL AND %1 %3 %2)")
                .arg(column, other, n.op == FilterOp::NotEqual ? QStringLiteral("<>") : sqlOperator(n.op));
        }
        QStringList alternatives;
        for (const FilterConstant &c : n.constants)
            alternatives << std::visit([&](const auto &v) { return one(column, n, v); }, c);
        const QString any = balancedSql(alternatives, "OR");
        return n.op == FilterOp::NotEqual ? QStringLiteral("((%1) IS NOT 1)").arg(any) : any;
    }

    QString one(const QString &column, const FilterNode &n, qint64 v)
    {
        if (m_target == FilterTarget::Rollup && n.field->kind == FilterFieldKind::Time)
            return minutes(n.op, v);
        return QStringLiteral("%1 %2 %3").arg(column, sqlOperator(n.op), param(v));
    }
    // A bound on the start time, on the rollup's minute column (its index serves). Exact only where the
    // bound falls between two minutes: start >= t with t a whole minute (start > t with t + 1 one) is
    // minute >= t / 60; start < t (start <= t) likewise. Any other comparison of the start time (a
    // bound inside a minute, ==, !=, in) splits a minute the rollup keeps whole: the records answer it.
    QString minutes(FilterOp op, qint64 v)
    {
        const bool inclusive = op == FilterOp::Greater || op == FilterOp::LessEqual; // compares with v + 1
        const bool lower = op == FilterOp::GreaterEqual || op == FilterOp::Greater;
        const bool upper = op == FilterOp::Less || op == FilterOp::LessEqual;
        if (!(lower || upper) || (v + (inclusive ? 1 : 0)) % 60 != 0) {
            inexact = true;
            return {};
        }
        const QString bound = inclusive ? QStringLiteral("(%1 + 1) / 60").arg(param(v)) : QStringLiteral("%1 / 60").arg(param(v));
        return QStringLiteral("r.minute %1 %2").arg(lower ? QStringLiteral(">=") : QStringLiteral("<"), bound);
    }
    QString one(const QString &column, const FilterNode &, const IntRange &r)
    {
        const QString low = param(r.low); // in order: parameters are numbered as they appear
        const QString high = param(r.high);
        return QStringLiteral("(%1 BETWEEN %2 AND %3)").arg(column, low, high); // integers only: IPv6 blobs never fall inside
    }
    QString one(const QString &column, const FilterNode &, const QByteArray &address)
    {
        return QStringLiteral("%1 = %2").arg(column, param(address));
    }
    QString one(const QString &column, const FilterNode &, const BlobRange &r)
    {
        const QString low = param(r.low);
        const QString high = param(r.high);
        return QStringLiteral("(%1 BETWEEN %2 AND %3)").arg(column, low, high);
    }
    QString one(const QString &column, const FilterNode &, const InterfaceIds &interfaces)
    {
        if (interfaces.ids.isEmpty())
            return QStringLiteral("0"); // known interfaces that logged nothing
        QStringList ids;
        for (const qint64 id : interfaces.ids)
            ids << param(id);
        return QStringLiteral("%1 IN (%2)").arg(column, ids.join(QStringLiteral(", ")));
    }

    QString one(const QString &column, const FilterNode &, const RuleMatch &rule)
    {
        // The records whose decision has the rule (or a rule of the resource) in any of its places.
        const QString name = param(rule.text), resource = param(rule.text);
        return QStringLiteral("%1 IN (SELECT d.id FROM decisions d JOIN rules r ON r.id IN (d.sg, d.nacl, d.route) "
                              "WHERE r.name = %2 OR instr(',' || r.resources || ',', ',' || %3 || ',') > 0)")
            .arg(decisionSql(column.toLatin1().constData()), name, resource);
    }

    QString one(const QString &, const FilterNode &, const FieldRef &) { return {}; } // match() compares fields

    QString one(const QString &column, const FilterNode &n, const TextMatch &m)
    {
        if (n.field->kind == FilterFieldKind::Rest) // "name=value" among the record's other fields
            return QStringLiteral("instr(' ' || COALESCE(%1, '') || ' ', %2) > 0")
                .arg(column, param(QStringLiteral(" %1=%2 ").arg(QLatin1String(n.field->name), m.text)));
        return QStringLiteral("%1 = %2").arg(column, param(m.text));
    }

    QString param(const QString &text)
    {
        params.append({FilterParam::Text, 0, text.toUtf8()});
        return QStringLiteral("?");
    }
    QString param(qint64 v)
    {
        params.append({FilterParam::Int, v, {}});
        return QStringLiteral("?");
    }
    QString param(const QByteArray &b)
    {
        params.append({FilterParam::Blob, 0, b});
        return QStringLiteral("?");
    }

    FilterTarget m_target;
};

} // namespace

std::optional<FilterSql> filterSql(const FilterNode &root, FilterTarget target)
{
    Emitter e(target);
    auto sql = e.node(root);
    if (!sql || e.inexact)
        return std::nullopt;
    return FilterSql{*sql, e.params};
}

} // namespace vpclens
