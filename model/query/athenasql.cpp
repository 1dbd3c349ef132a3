// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/athenasql.h"

#include "base/translations.h"
#include "query/filterlexer.h"
#include "query/filterresolve.h"
#include "query/filtersql.h"
#include "query/filtersyntax.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

namespace vpclens {
namespace {

QString tr(const char *text)
{
    return translateFrom({"vpclens"}, text);
}

QString quoted(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + t + QLatin1Char('\'');
}

// An IPv4 address in text as a number (NULL for IPv6 and '-'), so that CIDR blocks are ranges.
QString ipv4Number(const QString &column)
{
    return QStringLiteral("(TRY_CAST(split_part(%1, '.', 1) AS BIGINT) * 16777216 + TRY_CAST(split_part(%1, '.', 2) AS BIGINT) * 65536 "
                          "+ TRY_CAST(split_part(%1, '.', 3) AS BIGINT) * 256 + TRY_CAST(split_part(%1, '.', 4) AS BIGINT))")
        .arg(column);
}

// 'not' and '!=' hold where the condition is false or unknown, as in the workspace.
QString negated(const QString &condition)
{
    return QStringLiteral("NOT COALESCE(%1, FALSE)").arg(condition);
}

class AthenaEmitter
{
public:
    explicit AthenaEmitter(const Workspace *ws) : m_ws(ws) {}

    QString node(const FilterNode &n)
    {
        switch (n.kind) {
        case FilterNode::Or:
        case FilterNode::And: {
            QStringList parts;
            for (const FilterNode &c : n.children)
                parts << node(c);
            return balancedSql(parts, n.kind == FilterNode::Or ? "OR" : "AND");
        }
        case FilterNode::Not: return negated(node(n.children.front()));
        case FilterNode::Comparison: return comparison(n);
        }
        return {};
    }

private:
    QString comparison(const FilterNode &n)
    {
        const QByteArray name(n.field->name);
        QStringList columns;
        if (name == "srcaddr" || name == "addr")
            columns << QStringLiteral("srcaddr");
        if (name == "dstaddr" || name == "addr")
            columns << QStringLiteral("dstaddr");
        if (name == "srcport" || name == "port")
            columns << QStringLiteral("srcport");
        if (name == "dstport" || name == "port")
            columns << QStringLiteral("dstport");
        static const QHash<QByteArray, QString> single{
            {"protocol", QStringLiteral("protocol")}, {"packets", QStringLiteral("packets")}, {"bytes", QStringLiteral("bytes")},
            {"start", QStringLiteral("start")}, {"end", QStringLiteral("\"end\"")}, {"duration", QStringLiteral("(\"end\" - start)")},
            {"version", QStringLiteral("version")}, {"tcp-flags", QStringLiteral("tcp_flags")}, {"action", QStringLiteral("action")},
            {"log-status", QStringLiteral("log_status")}, {"pkt-srcaddr", QStringLiteral("pkt_srcaddr")},
            {"pkt-dstaddr", QStringLiteral("pkt_dstaddr")}, {"srcaddr", QStringLiteral("srcaddr")}, {"dstaddr", QStringLiteral("dstaddr")},
            {"srcport", QStringLiteral("srcport")}, {"dstport", QStringLiteral("dstport")}};
        if (single.contains(name) && columns.isEmpty())
            columns << single.value(name);
        if (const auto *ref = std::get_if<FieldRef>(&n.constants.front())) { // another column of the row
            const QString other = single.value(QByteArray(ref->field->name));
            if (columns.size() != 1 || other.isEmpty())
                throw FilterFailure{{tr("'%1' is not a column of Athena's flow-log table").arg(QLatin1String(ref->field->name)), n.values.front().pos}};
            return QStringLiteral("(%1 IS NOT NULL AND %2 IS NOT NULL AND %1 %3 %2)")
                .arg(columns.front(), other, n.op == FilterOp::NotEqual ? QStringLiteral("<>") : sqlOperator(n.op));
        }
        if (n.field->kind == FilterFieldKind::Interfaces)
            columns << QStringLiteral("interface_id");
        if (columns.isEmpty())
            throw FilterFailure{{tr("'%1' is what VpcLens decided in this workspace; Athena's flow-log table does not hold it")
                                     .arg(QLatin1String(n.field->name)),
                                 n.pos}};
        QStringList perColumn;
        for (const QString &c : columns) {
            QStringList alternatives;
            for (std::size_t i = 0; i < n.constants.size(); ++i)
                alternatives << one(c, n, n.constants[i], n.values.value(qsizetype(i)));
            const QString any = balancedSql(alternatives, "OR");
            perColumn << (n.op == FilterOp::NotEqual ? negated(any) : any);
        }
        return perColumn.size() == 1 ? perColumn.front() : QStringLiteral("(%1 OR %2)").arg(perColumn[0], perColumn[1]);
    }

    QString one(const QString &column, const FilterNode &n, const FilterConstant &c, const FilterToken &typed)
    {
        const bool address = n.field->kind == FilterFieldKind::Address;
        if (const auto *v = std::get_if<qint64>(&c)) {
            if (column == QLatin1String("action"))
                return QStringLiteral("action %1 %2").arg(sqlOperator(n.op), quoted(QStringList{QStringLiteral("-"), QStringLiteral("ACCEPT"), QStringLiteral("REJECT")}.value(*v)));
            if (column == QLatin1String("log_status"))
                return QStringLiteral("log_status %1 %2").arg(sqlOperator(n.op), quoted(QStringList{QStringLiteral("OK"), QStringLiteral("NODATA"), QStringLiteral("SKIPDATA")}.value(*v)));
            return QStringLiteral("%1 %2 %3").arg(address ? ipv4Number(column) : column, sqlOperator(n.op)).arg(*v);
        }
        if (const auto *r = std::get_if<IntRange>(&c))
            return QStringLiteral("%1 BETWEEN %2 AND %3").arg(address ? ipv4Number(column) : column).arg(r->low).arg(r->high);
        if (std::holds_alternative<QByteArray>(c) || std::holds_alternative<BlobRange>(c)) {
            // IPv6: Trino's IPADDRESS type (Athena engine 3) compares and contains them whatever their spelling.
            const QString text = typed.text;
            if (std::holds_alternative<QByteArray>(c))
                return QStringLiteral("(strpos(%1, ':') > 0 AND TRY_CAST(%1 AS IPADDRESS) = CAST(%2 AS IPADDRESS))").arg(column, quoted(text));
            return QStringLiteral("(strpos(%1, ':') > 0 AND contains(%2, TRY_CAST(%1 AS IPADDRESS)))").arg(column, quoted(text));
        }
        if (const auto *e = std::get_if<InterfaceIds>(&c)) {
            QStringList names;
            sql::Statement q(m_ws->handle(), "SELECT s FROM strings WHERE id = ?1");
            for (const qint64 id : e->ids) {
                q.bind(1, id);
                if (q.step())
                    names << quoted(q.text(0));
                q.reset();
            }
            return names.isEmpty() ? QStringLiteral("FALSE") : QStringLiteral("%1 IN (%2)").arg(column, names.join(QStringLiteral(", ")));
        }
        throw FilterFailure{{tr("'%1' cannot be asked of Athena's flow-log table").arg(typed.text), typed.pos}};
    }

    const Workspace *m_ws;
};

QString day(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(QStringLiteral("yyyy/MM/dd"));
}

} // namespace

std::variant<QString, FilterError> athenaSql(const QString &filter, const FilterContext &context, const AthenaQuery &query)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?$"));
    if (!name.match(query.table).hasMatch())
        return FilterError{tr("'%1' is not a table name (letters, digits and _, database.table)").arg(query.table), 0};
    QStringList where;
    try {
        if (std::optional<FilterNode> root = parseFilter(tokenizeFilter(filter))) {
            resolveFilter(*root, context);
            where << AthenaEmitter(context.workspace).node(*root);
        }
    } catch (const FilterFailure &f) {
        return f.error;
    }
    // The day partitions first (partition projection reads only those prefixes). A file is delivered
    // after its records start, within the day or the next: the last day is the one after `to`.
    if (query.to > 0)
        where.prepend(QStringLiteral("day <= '%1' AND start < %2").arg(day(query.to + 86400)).arg(query.to));
    if (query.from > 0)
        where.prepend(QStringLiteral("day >= '%1' AND start >= %2").arg(day(query.from)).arg(query.from));
    QString table;
    for (const QString &part : query.table.split(QLatin1Char('.')))
        table += (table.isEmpty() ? QString() : QStringLiteral(".")) + QLatin1Char('"') + part + QLatin1Char('"');
    const QString condition = where.isEmpty() ? QStringLiteral("TRUE") : where.join(QStringLiteral("\n  AND "));
    const QString limit = query.limit > 0 ? QStringLiteral("\nLIMIT %1").arg(query.limit) : QString();
    // Conversations as the workspace groups them: an accepted record from the lower port's side is a
    // reply, its server the source. Athena counts every record (both sightings of a connection).
    const QString reply = QStringLiteral("(action = 'ACCEPT' AND srcport < dstport)");
    switch (query.shape) {
    case AthenaQuery::Shape::Records:
        return QStringLiteral("SELECT *\nFROM %1\nWHERE %2%3").arg(table, condition, limit);
    case AthenaQuery::Shape::Minutes:
        return QStringLiteral("SELECT start - start % 60 AS minute, action, COUNT(*) AS records, SUM(packets) AS packets, SUM(bytes) AS bytes\n"
                              "FROM %1\nWHERE %2\nGROUP BY 1, 2\nORDER BY 1, 2%3")
            .arg(table, condition, limit);
    case AthenaQuery::Shape::Conversations:
        return QStringLiteral("SELECT CASE WHEN %1 THEN dstaddr ELSE srcaddr END AS client, CASE WHEN %1 THEN srcaddr ELSE dstaddr END AS server,\n"
                              "  CASE WHEN %1 THEN srcport ELSE dstport END AS port, protocol, COUNT(*) AS records, SUM(packets) AS packets,\n"
                              "  SUM(bytes) AS bytes, SUM(CASE WHEN action = 'REJECT' THEN 1 ELSE 0 END) AS rejected\n"
                              "FROM %2\nWHERE log_status = 'OK'\n  AND %3\nGROUP BY 1, 2, 3, 4\nORDER BY bytes DESC%4")
            .arg(reply, table, condition, limit);
    case AthenaQuery::Shape::Endpoints:
        return QStringLiteral("SELECT address, SUM(records) AS records, SUM(packets) AS packets, SUM(bytes) AS bytes, SUM(rejected) AS rejected\n"
                              "FROM (\n"
                              "  SELECT srcaddr AS address, COUNT(*) AS records, SUM(packets) AS packets, SUM(bytes) AS bytes,\n"
                              "    SUM(CASE WHEN action = 'REJECT' THEN 1 ELSE 0 END) AS rejected\n"
                              "  FROM %1 WHERE log_status = 'OK' AND %2 GROUP BY 1\n"
                              "  UNION ALL\n"
                              "  SELECT dstaddr, COUNT(*), SUM(packets), SUM(bytes), SUM(CASE WHEN action = 'REJECT' THEN 1 ELSE 0 END)\n"
                              "  FROM %1 WHERE log_status = 'OK' AND %2 GROUP BY 1\n"
                              ") AS sides\nGROUP BY 1\nORDER BY bytes DESC%3")
            .arg(table, condition, limit);
    }
    return QString();
}

} // namespace vpclens
