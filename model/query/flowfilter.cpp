// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/flowfilter.h"

#include "base/ipaddress.h"
#include "base/timetext.h"
#include "base/translations.h"
#include "query/filterfields.h"
#include "query/filterlexer.h"
#include "topology/estate.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

namespace vpclens {
namespace {

// The contexts lupdate files this file's tr() calls under (see translateFrom).
QString tr(const char *text)
{
    return translateFrom({"vpclens::Compiler", "vpclens"}, text);
}

using Field = FilterField;
using FieldKind = FilterFieldKind;

using Token = FilterToken;
using Failure = FilterFailure;

struct Part {
    QString sql, rollup; // the condition on the flows, and the same on the rollup (when every field has one)
};

// Limits that keep any filter within SQLite's (expression depth 1000, 32766 parameters) and the
// parser's own stack: typed filters stay far below them.
constexpr int kMaxNesting = 32;        // parentheses and 'not' inside one another (SQLite's parser takes ~95)
constexpr int kMaxComparisons = 4096;  // comparisons, counting each value of a set
constexpr qsizetype kMaxFilterLength = 256 * 1024;

// a OR b OR c ... as a balanced tree: SQLite's expression depth grows with log2 of the terms,
// not with their number (a chain of 1,000 went past its limit of 1,000).
QString balanced(const QStringList &terms, const char *op, qsizetype from, qsizetype to)
{
    if (to - from == 1)
        return terms[from];
    const qsizetype mid = from + (to - from) / 2;
    return QStringLiteral("(%1 %2 %3)").arg(balanced(terms, op, from, mid), QLatin1String(op), balanced(terms, op, mid, to));
}

class Compiler
{
public:
    Compiler(const QString &text, const FilterContext &ctx) : m_tokens(tokenizeFilter(text)), m_ctx(ctx) {}

    CompiledFilter run()
    {
        CompiledFilter out;
        if (peek().type == Token::End)
            return out;
        const Part p = expr();
        out.sql = p.sql;
        if (m_rollupable)
            out.rollupSql = p.rollup;
        if (peek().type != Token::End)
            throw Failure{{tr("Expected 'and', 'or' or the end, found '%1'.").arg(peek().text), peek().pos}};
        out.params = m_params;
        out.needsExtra = m_needsExtra;
        out.rollupable = m_rollupable;
        out.fields = m_fields;
        out.empty = false;
        return out;
    }

private:
    const Token &peek() const { return m_tokens[m_pos]; }
    Token next() { return m_tokens[m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos]; }
    bool keyword(const char *a, const char *b = nullptr)
    {
        const Token &t = peek();
        const bool match = (t.type == Token::Word && t.text.compare(QLatin1String(a), Qt::CaseInsensitive) == 0)
                           || (b && t.type == Token::Op && t.text == QLatin1String(b));
        if (match)
            ++m_pos;
        return match;
    }

    static Part join(const QList<Part> &parts, const char *op)
    {
        if (parts.size() == 1)
            return parts.first();
        QStringList sql, rollup;
        for (const Part &p : parts)
            sql << p.sql, rollup << p.rollup;
        return {balanced(sql, op, 0, sql.size()), balanced(rollup, op, 0, rollup.size())};
    }
    // Counts a level of nesting while it lives.
    struct Nest {
        explicit Nest(Compiler &c, int pos) : c(c)
        {
            if (++c.m_depth > kMaxNesting)
                throw Failure{{tr("Nested too deeply: at most %1 levels of parentheses and 'not'.").arg(kMaxNesting), pos}};
        }
        ~Nest() { --c.m_depth; }
        Compiler &c;
    };
    Part expr()
    {
        QList<Part> terms{term()};
        while (keyword("or", "||"))
            terms.append(term());
        return join(terms, "OR");
    }
    Part term()
    {
        QList<Part> factors{factor()};
        while (keyword("and", "&&"))
            factors.append(factor());
        return join(factors, "AND");
    }
    Part factor()
    {
        const int at = peek().pos;
        if (keyword("not", "!")) { // a record without the field matches "not"
            const Nest nest(*this, at);
            const Part inner = factor();
            // A condition is 1, 0 or NULL (a field the record lacks); 'not' holds for 0 and NULL alike.
            // One level of parentheses each: SQLite's parser stack holds about 95.
            return {QStringLiteral("(%1) IS NOT 1").arg(inner.sql), QStringLiteral("(%1) IS NOT 1").arg(inner.rollup)};
        }
        if (peek().type == Token::LParen) {
            const Nest nest(*this, at);
            const int open = next().pos;
            const Part inner = expr();
            if (peek().type != Token::RParen)
                throw Failure{{tr("The parenthesis opened here is not closed."), open}};
            next();
            return inner;
        }
        return comparison();
    }

    Part comparison()
    {
        const Token name = next();
        if (name.type != Token::Word)
            throw Failure{{name.type == Token::End ? tr("Expected a field name at the end.") : tr("Expected a field name, found '%1'.").arg(name.text), name.pos}};
        const Field *field = findFilterField(name.text);
        if (!field)
            throw Failure{{tr("Unknown field '%1'. Fields: %2.").arg(name.text, filterFields().join(QStringLiteral(", "))), name.pos}};
        if (field->kind == FieldKind::Flags)
            m_needsExtra = true;
        QString op;
        if (keyword("in"))
            op = QStringLiteral("in");
        else if (peek().type == Token::Op && QStringList{"==", "=", "!=", "<", "<=", ">", ">="}.contains(peek().text))
            op = next().text;
        else
            throw Failure{{tr("Expected an operator after '%1' (==, !=, <, <=, >, >=, in).").arg(name.text), peek().pos}};
        if (op == QLatin1String("="))
            op = QStringLiteral("==");
        QList<Token> values;
        if (op == QLatin1String("in") && peek().type == Token::LBrace) {
            const int open = next().pos;
            do {
                values.append(value());
                countComparison(values.last().pos);
            } while (peek().type == Token::Comma && (next(), true));
            if (peek().type != Token::RBrace)
                throw Failure{{tr("The set opened here is not closed with '}'."), open}};
            next();
        } else {
            values.append(value());
            countComparison(values.last().pos);
        }
        m_fields.insert(QLatin1String(field->name));
        const bool ordered = op == QLatin1String("<") || op == QLatin1String("<=") || op == QLatin1String(">") || op == QLatin1String(">=");
        if (ordered && field->kind != FieldKind::Number && field->kind != FieldKind::Port && field->kind != FieldKind::Time
            && field->kind != FieldKind::Flags)
            throw Failure{{tr("'%1' cannot be compared with %2; use == or in.").arg(QLatin1String(field->name), op), name.pos}};
        if (field->sql2) { // "either" fields: either column matches (parameters bound in text order)
            m_rollupable = false;
            const QString first = match(field->sql, *field, op, values);
            const QString second = match(field->sql2, *field, op, values);
            return {QStringLiteral("(%1 OR %2)").arg(first, second), {}};
        }
        // One set of parameters, two spellings of the column: the flows and the rollup.
        const QString body = match(kColumnMarker, *field, op, values);
        if (!field->rollup)
            m_rollupable = false;
        QString rollup = field->rollup ? QString(body).replace(QLatin1String(kColumnMarker), QLatin1String(field->rollup)) : QString();
        if (field->kind == FieldKind::Time)
            rollup = searchableMinutes(rollup);
        return {QString(body).replace(QLatin1String(kColumnMarker), QLatin1String(field->sql)), rollup};
    }

    // "(r.minute * 60) >= ?" reads every row of the rollup; the same condition on the minute column
    // itself uses its index: minute * 60 >= t <=> minute >= ceil(t / 60), > t <=> minute > floor(t / 60),
    // <= t <=> minute <= floor(t / 60), < t <=> minute < ceil(t / 60). One parameter each, in order.
    static QString searchableMinutes(QString rollup)
    {
        static const QRegularExpression comparison(QStringLiteral(R"(\(r\.minute \* 60\) (>=|<=|>|<) \?)"));
        QString out;
        qsizetype last = 0;
        for (auto it = comparison.globalMatch(rollup); it.hasNext();) {
            const auto m = it.next();
            const QString op = m.captured(1);
            const bool ceil = op == QLatin1String(">=") || op == QLatin1String("<");
            out += rollup.mid(last, m.capturedStart() - last);
            out += QStringLiteral("r.minute %1 %2").arg(op, ceil ? QStringLiteral("(? + 59) / 60") : QStringLiteral("? / 60"));
            last = m.capturedEnd();
        }
        return out + rollup.mid(last);
    }

    void countComparison(int pos)
    {
        if (++m_comparisons > kMaxComparisons)
            throw Failure{{tr("Too many comparisons: at most %1 (count each value of a set).").arg(kMaxComparisons), pos}};
    }

    Token value()
    {
        const Token t = next();
        if (t.type != Token::Word && t.type != Token::String)
            throw Failure{{t.type == Token::End ? tr("Expected a value at the end.") : tr("Expected a value, found '%1'.").arg(t.text), t.pos}};
        return t;
    }

    QString param(qint64 v)
    {
        m_params.append({FilterParam::Int, v, {}});
        return QStringLiteral("?");
    }
    QString blobParam(const QByteArray &b)
    {
        m_params.append({FilterParam::Blob, 0, b});
        return QStringLiteral("?");
    }

    // One comparison of one column against the value(s).
    QString match(const char *column, const Field &field, QString op, const QList<Token> &values)
    {
        const QString col = QLatin1String(column);
        const bool negate = op == QLatin1String("!=");
        QStringList alternatives;
        for (const Token &v : values) {
            switch (field.kind) {
            case FieldKind::Address:
                alternatives << addressMatch(col, v);
                break;
            case FieldKind::Interfaces:
                alternatives << interfacesMatch(col, field, v);
                break;
            default: {
                const qint64 n = scalar(field, v);
                const QString sqlOp = op == QLatin1String("in") || op == QLatin1String("==") || negate ? QStringLiteral("=") : op;
                alternatives << QStringLiteral("%1 %2 %3").arg(col, sqlOp, param(n));
            }
            }
        }
        const QString any = balanced(alternatives, "OR", 0, alternatives.size());
        return negate ? QStringLiteral("((%1) IS NOT 1)").arg(any) : any;
    }

    QString addressMatch(const QString &col, const Token &v)
    {
        const QByteArray text = v.text.toLatin1();
        const std::string_view sv(text.constData(), std::size_t(text.size()));
        if (const auto a = parseIpv4(sv))
            return QStringLiteral("%1 = %2").arg(col, param(*a));
        if (const auto c = parseIpv4Cidr(sv)) {
            const std::uint32_t mask = c->prefix == 0 ? 0 : ~std::uint32_t(0) << (32 - c->prefix);
            const std::uint32_t lo = c->network & mask, hi = lo | ~mask;
            // Integers only: IPv6 blobs never fall inside an IPv4 range.
            const QString low = param(lo); // in order: parameters are numbered as they appear
            const QString high = param(hi);
            return QStringLiteral("(%1 BETWEEN %2 AND %3)").arg(col, low, high);
        }
        if (const auto a6 = parseIpv6(sv))
            return QStringLiteral("%1 = %2").arg(col, blobParam(QByteArray(reinterpret_cast<const char *>(a6->data()), 16)));
        if (const int slash = v.text.indexOf(QLatin1Char('/')); slash > 0) {
            const QByteArray base = v.text.left(slash).toLatin1();
            bool ok = false;
            const int prefix = v.text.mid(slash + 1).toInt(&ok);
            if (const auto a6 = parseIpv6(std::string_view(base.constData(), std::size_t(base.size()))); a6 && ok && prefix >= 0 && prefix <= 128) {
                Ipv6Bytes lo = *a6, hi = *a6;
                for (int bit = prefix; bit < 128; ++bit) {
                    lo[std::size_t(bit / 8)] &= std::uint8_t(~(0x80 >> (bit % 8)));
                    hi[std::size_t(bit / 8)] |= std::uint8_t(0x80 >> (bit % 8));
                }
                const QString low = blobParam(QByteArray(reinterpret_cast<const char *>(lo.data()), 16));
                const QString high = blobParam(QByteArray(reinterpret_cast<const char *>(hi.data()), 16));
                return QStringLiteral("(%1 BETWEEN %2 AND %3)").arg(col, low, high);
            }
        }
        throw Failure{{tr("'%1' is not an IPv4 or IPv6 address or CIDR block.").arg(v.text), v.pos}};
    }

    qint64 scalar(const Field &field, const Token &v)
    {
        const QString t = v.text;
        switch (field.kind) {
        case FieldKind::Enum: {
            const QString u = t.toUpper();
            if (QLatin1String(field.name) == QLatin1String("action")) {
                if (u == QLatin1String("ACCEPT")) return 1;
                if (u == QLatin1String("REJECT")) return 2;
                if (u == QLatin1String("-")) return 0;
                throw Failure{{tr("'%1' is not an action; use ACCEPT or REJECT.").arg(t), v.pos}};
            }
            if (u == QLatin1String("OK")) return 0;
            if (u == QLatin1String("NODATA")) return 1;
            if (u == QLatin1String("SKIPDATA")) return 2;
            throw Failure{{tr("'%1' is not a log status; use OK, NODATA or SKIPDATA.").arg(t), v.pos}};
        }
        case FieldKind::Protocol:
            if (const auto p = parseIpProtocol(t))
                return *p;
            throw Failure{{tr("'%1' is not a protocol; use tcp, udp, icmp, icmpv6 or a number.").arg(t), v.pos}};
        case FieldKind::Time:
            if (const auto s = parseTimeText(t))
                return *s;
            throw Failure{{tr("'%1' is not a time; use 2024-06-01T10:00 (UTC), an offset like +02:00, or epoch seconds.").arg(t), v.pos}};
        case FieldKind::Flags: {
            static const QHash<QString, int> flags{{QStringLiteral("FIN"), 1}, {QStringLiteral("SYN"), 2}, {QStringLiteral("RST"), 4},
                                                   {QStringLiteral("PSH"), 8}, {QStringLiteral("ACK"), 16}, {QStringLiteral("URG"), 32}};
            int sum = 0;
            bool ok = true;
            for (const QString &f : t.toUpper().split(QLatin1Char('+'), Qt::SkipEmptyParts))
                ok = ok && flags.contains(f), sum |= flags.value(f);
            if (ok && sum)
                return sum;
            [[fallthrough]];
        }
        case FieldKind::Number:
        case FieldKind::Port: {
            QString digits = t;
            qint64 unit = 1;
            if (field.kind == FieldKind::Number && !digits.isEmpty()) {
                const QChar s = digits.back().toUpper();
                unit = s == QLatin1Char('K') ? 1024 : s == QLatin1Char('M') ? 1024 * 1024 : s == QLatin1Char('G') ? 1024LL * 1024 * 1024 : 1;
                if (unit > 1)
                    digits.chop(1);
            }
            // Exact: digits (with a fraction only before a unit, 1.5K), never through a double,
            // whose 1e19 wrapped to a negative limit that every record passed.
            static const QRegularExpression decimal(QStringLiteral("^([0-9]+)(?:\\.([0-9]{1,9}))?$"));
            const auto m = decimal.match(digits);
            if (!m.hasMatch() || (unit == 1 && !m.captured(2).isEmpty()))
                throw Failure{{field.kind == FieldKind::Port ? tr("'%1' is not a port (0-65535).").arg(t) : tr("'%1' is not a whole number.").arg(t), v.pos}};
            const auto tooLarge = [&] {
                return Failure{{tr("'%1' is larger than any value a record holds (at most %2).").arg(t).arg(std::numeric_limits<qint64>::max()), v.pos}};
            };
            bool ok = false;
            const qulonglong whole = m.captured(1).toULongLong(&ok);
            if (!ok)
                throw tooLarge();
            if (whole > qulonglong(std::numeric_limits<qint64>::max()) / qulonglong(unit))
                throw tooLarge();
            qulonglong value = whole * qulonglong(unit);
            if (const QString fraction = m.captured(2); !fraction.isEmpty()) {
                qulonglong denominator = 1;
                for (qsizetype k = 0; k < fraction.size(); ++k)
                    denominator *= 10;
                value += fraction.toULongLong() * qulonglong(unit) / denominator; // < 10^9 * 2^30: no overflow
            }
            if (value > qulonglong(std::numeric_limits<qint64>::max()))
                throw tooLarge();
            if (field.kind == FieldKind::Port && value > 65535)
                throw Failure{{tr("'%1' is not a port (0-65535).").arg(t), v.pos}};
            return qint64(value);
        }
        default: return 0;
        }
    }

    // Names and ids resolved to the interned ids of the ENIs they stand for.
    QString interfacesMatch(const QString &col, const Field &field, const Token &v)
    {
        const QString name = QLatin1String(field.name);
        const QString t = v.text;
        QStringList enis;
        const Estate *e = m_ctx.estate;
        auto enisWhere = [&](auto pred) {
            if (e)
                for (const Eni &n : e->enis)
                    if (pred(n))
                        enis << n.id;
        };
        if (name == QLatin1String("eni") || name == QLatin1String("instance")) {
            QStringList instances{t};
            if (m_ctx.workspace)
                for (const ResourceSummary &r : m_ctx.workspace->resources(QStringLiteral("instance")))
                    if (r.name == t)
                        instances << r.id;
            if (name == QLatin1String("eni") && t.startsWith(QLatin1String("eni-")))
                enis << t;
            enisWhere([&](const Eni &n) { return !n.instanceId.isEmpty() && instances.contains(n.instanceId); });
        } else if (name == QLatin1String("subnet")) {
            enisWhere([&](const Eni &n) {
                const Subnet s = e->subnets.value(n.subnetId);
                return n.subnetId == t || (!s.name.isEmpty() && s.name == t);
            });
        } else if (name == QLatin1String("vpc")) {
            enisWhere([&](const Eni &n) { return n.vpcId == t || (!e->vpcs.value(n.vpcId).name.isEmpty() && e->vpcs.value(n.vpcId).name == t); });
        } else if (name == QLatin1String("sg")) {
            enisWhere([&](const Eni &n) {
                for (const QString &g : n.groups)
                    if (g == t || e->securityGroups.value(g).name == t)
                        return true;
                return false;
            });
        }
        enis.removeDuplicates();
        QStringList ids;
        if (m_ctx.workspace) {
            sql::Statement q(m_ctx.workspace->handle(), "SELECT id FROM strings WHERE s = ?1");
            for (const QString &eni : std::as_const(enis)) {
                q.bind(1, eni);
                if (q.step())
                    ids << param(q.int64(0));
                q.reset();
            }
        }
        if (enis.isEmpty())
            throw Failure{{tr("No %1 matches '%2' in this workspace.").arg(name, t), v.pos}};
        if (ids.isEmpty())
            return QStringLiteral("0"); // known interfaces that logged nothing
        return QStringLiteral("%1 IN (%2)").arg(col, ids.join(QStringLiteral(", ")));
    }

    QList<Token> m_tokens;
    int m_pos = 0;
    int m_depth = 0;
    int m_comparisons = 0;
    const FilterContext &m_ctx;
    QList<FilterParam> m_params;
    bool m_needsExtra = false;
    bool m_rollupable = true;
    QSet<QString> m_fields;
    static constexpr const char *kColumnMarker = "\x01col\x01";
};

} // namespace

void CompiledFilter::bind(sqlite3_stmt *stmt, int first) const
{
    for (int i = 0; i < params.size(); ++i) {
        const FilterParam &p = params[i];
        if (p.kind == FilterParam::Int)
            sqlite3_bind_int64(stmt, first + i, p.value);
        else
            sqlite3_bind_blob(stmt, first + i, p.blob.constData(), int(p.blob.size()), SQLITE_TRANSIENT);
    }
}

QString CompiledFilter::from() const
{
    return needsExtra ? QStringLiteral("flows f LEFT JOIN flow_extra x ON x.id = f.id") : QStringLiteral("flows f");
}

std::variant<CompiledFilter, FilterError> compileFilter(const QString &expression, const FilterContext &context)
{
    if (expression.size() > kMaxFilterLength)
        return FilterError{tr("The filter is too long (at most %1 characters).").arg(kMaxFilterLength), int(kMaxFilterLength)};
    try {
        return Compiler(expression, context).run();
    } catch (const Failure &f) {
        return f.error;
    }
}

QStringList filterKeywords()
{
    return {QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not"), QStringLiteral("in"), QStringLiteral("ACCEPT"),
            QStringLiteral("REJECT"), QStringLiteral("OK"), QStringLiteral("NODATA"), QStringLiteral("SKIPDATA"), QStringLiteral("tcp"),
            QStringLiteral("udp"), QStringLiteral("icmp")};
}

} // namespace vpclens
