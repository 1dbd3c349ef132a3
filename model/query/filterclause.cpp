// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/filterclause.h"

#include "base/protocols.h"
#include "capture/handshake.h"
#include "query/filterfields.h"
#include "query/filterlexer.h"

#include <QDateTime>
#include <QRegularExpression>

namespace vpclens {
namespace {

// A value the lexer reads as one word (an address, a CIDR, a number, an id) goes bare; anything else
// (spaces, quotes, operators, a keyword, an empty value) in quotes, its quotes and backslashes escaped.
QString literal(const QString &value)
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_.:/+-]+$"));
    static const QRegularExpression keyword(QStringLiteral("^(and|or|not|in)$"), QRegularExpression::CaseInsensitiveOption);
    if (word.match(value).hasMatch() && !keyword.match(value).hasMatch())
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString orNone(bool has, const QString &field, const QString &value)
{
    return has ? filterClause(field, value) : QString();
}

// The value of one of the record's "name=value" pairs (pkt-src-aws-service, sublocation-id, ...).
QString restValue(const FlowRecord &r, const QString &field)
{
    for (const QString &pair : r.otherFields.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (pair.section(QLatin1Char('='), 0, 0) == field)
            return pair.section(QLatin1Char('='), 1);
    return {};
}

// The operators outside parentheses: joined with `and`, an expression with a top-level `or` needs
// parentheses (`and` binds tighter); negated, one with either. One the lexer refuses gets them too.
struct TopLevel {
    bool andOp = false, orOp = false;
};

TopLevel topLevel(const QString &expression)
{
    TopLevel out;
    try {
        int depth = 0;
        for (const FilterToken &t : tokenizeFilter(expression)) {
            if (t.type == FilterToken::LParen)
                ++depth;
            else if (t.type == FilterToken::RParen)
                --depth;
            else if (depth == 0 && (t.type == FilterToken::Word || t.type == FilterToken::Op)) {
                const QString w = t.text.toLower();
                out.orOp |= w == QLatin1String("or") || w == QLatin1String("||");
                out.andOp |= w == QLatin1String("and") || w == QLatin1String("&&");
            }
        }
    } catch (const FilterFailure &) {
        out = {true, true};
    }
    return out;
}

QString parenthesised(const QString &expression)
{
    return QStringLiteral("(%1)").arg(expression);
}

} // namespace

QString filterClause(const QString &field, const QString &value)
{
    return QStringLiteral("%1 == %2").arg(field, literal(value));
}

QString recordClause(const FlowRecord &r, const QString &name)
{
    const FilterField *field = findFilterField(name);
    if (!field)
        return {};
    const QString f = QLatin1String(field->name);
    const bool flowLog = !r.captured;
    if (f == QLatin1String("action"))
        return orNone(flowLog && (r.action == 1 || r.action == 2), f, r.action == 1 ? QStringLiteral("ACCEPT") : QStringLiteral("REJECT"));
    if (f == QLatin1String("log-status")) {
        static const char *const names[] = {"OK", "NODATA", "SKIPDATA"};
        return orNone(flowLog && r.status >= 0 && r.status < 3, f, QLatin1String(names[qBound(0, r.status, 2)]));
    }
    if (f == QLatin1String("srcaddr") || f == QLatin1String("dstaddr")) {
        const QString &a = f == QLatin1String("srcaddr") ? r.src : r.dst;
        return orNone(!a.isEmpty() && a != QLatin1String("-"), f, a);
    }
    if (f == QLatin1String("srcport") || f == QLatin1String("dstport")) {
        const int port = f == QLatin1String("srcport") ? r.srcPort : r.dstPort;
        return orNone(port >= 0, f, QString::number(port));
    }
    if (f == QLatin1String("protocol"))
        return orNone(r.protocol >= 0, f, protocolShortName(r.protocol));
    if (f == QLatin1String("packets"))
        return orNone(r.packets >= 0, f, QString::number(r.packets));
    if (f == QLatin1String("bytes"))
        return orNone(r.bytes >= 0, f, QString::number(r.bytes));
    if (f == QLatin1String("start") || f == QLatin1String("end")) {
        const qint64 t = f == QLatin1String("start") ? r.start : r.start + r.duration;
        return filterClause(f, QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate));
    }
    if (f == QLatin1String("duration"))
        return orNone(r.duration >= 0, f, QString::number(r.duration));
    if (f == QLatin1String("version"))
        return orNone(flowLog, f, QString::number(r.version));
    if (f == QLatin1String("eni"))
        return orNone(!r.eni.isEmpty(), f, r.eni);
    if (f == QLatin1String("tcp-flags")) // by name (SYN+ACK), or 0 for a record with none set
        return orNone(r.tcpFlags >= 0, f, r.tcpFlags == 0 ? QStringLiteral("0") : tcpFlagsText(r.tcpFlags).replace(QLatin1Char(','), QLatin1Char('+')));
    if (f == QLatin1String("rule"))
        return orNone(!r.decidedBy.isEmpty(), f, r.decidedBy);
    if (f == QLatin1String("source"))
        return filterClause(f, sourceName(r));
    if (f == QLatin1String("state"))
        return orNone(r.captured && r.handshake >= 0, f, handshakeName(Handshake(r.handshake)));
    if (f == QLatin1String("community-id")) {
        const QString id = communityIdOf(r);
        return orNone(!id.isEmpty(), f, id);
    }
    if (f == QLatin1String("vpc-id"))
        return orNone(!r.vpcId.isEmpty(), f, r.vpcId);
    if (f == QLatin1String("subnet-id"))
        return orNone(!r.subnetId.isEmpty(), f, r.subnetId);
    if (f == QLatin1String("instance")) // the record's own instance-id field, where it has one
        return orNone(!r.instanceId.isEmpty() && r.instanceId != QLatin1String("-"), f, r.instanceId);
    if (f == QLatin1String("region"))
        return orNone(!r.region.isEmpty(), f, r.region);
    if (f == QLatin1String("az-id"))
        return orNone(!r.azId.isEmpty(), f, r.azId);
    if (f == QLatin1String("reject-reason"))
        return orNone(!r.rejectReason.isEmpty(), f, r.rejectReason);
    if (f == QLatin1String("pkt-srcaddr"))
        return orNone(!r.pktSrc.isEmpty(), f, r.pktSrc);
    if (f == QLatin1String("pkt-dstaddr"))
        return orNone(!r.pktDst.isEmpty(), f, r.pktDst);
    if (f == QLatin1String("type"))
        return orNone(r.type >= 0, f, trafficTypeName(r.type));
    if (f == QLatin1String("flow-direction"))
        return orNone(r.direction >= 0, f, directionName(r.direction));
    if (f == QLatin1String("traffic-path"))
        return orNone(r.trafficPath >= 0, f, QString::number(r.trafficPath));
    if (field->kind == FilterFieldKind::Rest) {
        const QString v = restValue(r, f);
        return orNone(!v.isEmpty() && v != QLatin1String("-"), f, v);
    }
    return {}; // addr, port, subnet, vpc, sg, name, verdict: not one value of the record
}

QString joinFilter(const QString &current, const QString &clause, FilterJoin how)
{
    const QString now = current.trimmed();
    const bool negate = how == FilterJoin::NotSelected || how == FilterJoin::AndNotSelected || how == FilterJoin::OrNotSelected;
    const TopLevel inClause = topLevel(clause);
    QString c = clause.trimmed();
    if (negate)
        c = QStringLiteral("not ") + (inClause.andOp || inClause.orOp ? parenthesised(c) : c);
    if (now.isEmpty() || how == FilterJoin::Selected || how == FilterJoin::NotSelected)
        return c;
    if (how == FilterJoin::OrSelected || how == FilterJoin::OrNotSelected)
        return QStringLiteral("%1 or %2").arg(now, c);
    if (!negate && inClause.orOp)
        c = parenthesised(c);
    return QStringLiteral("%1 and %2").arg(topLevel(now).orOp ? parenthesised(now) : now, c);
}

} // namespace vpclens
