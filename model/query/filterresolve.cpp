// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/filterresolve.h"

#include "capture/handshake.h"

#include "base/ipaddress.h"
#include "base/timetext.h"
#include "base/translations.h"
#include "topology/estate.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <limits>

namespace vpclens {
namespace {

// The contexts lupdate files this file's tr() calls under (see translateFrom).
QString tr(const char *text)
{
    return translateFrom({"vpclens"}, text);
}

using Failure = FilterFailure;
using FieldKind = FilterFieldKind;

QByteArray bytes(const Ipv6Bytes &a)
{
    return QByteArray(reinterpret_cast<const char *>(a.data()), 16);
}

FilterConstant address(const FilterToken &v)
{
    const QByteArray text = v.text.toLatin1();
    const std::string_view sv(text.constData(), std::size_t(text.size()));
    if (const auto a = parseIpv4(sv))
        return qint64(*a);
    if (const auto c = parseIpv4Cidr(sv)) {
        const std::uint32_t mask = c->prefix == 0 ? 0 : ~std::uint32_t(0) << (32 - c->prefix);
        const std::uint32_t lo = c->network & mask;
        return IntRange{lo, lo | ~mask};
    }
    if (const auto a6 = parseIpv6(sv))
        return bytes(*a6);
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
            return BlobRange{bytes(lo), bytes(hi)};
        }
    }
    throw Failure{{tr("'%1' is not an IPv4 or IPv6 address or CIDR block.").arg(v.text), v.pos}};
}

qint64 enumValue(const FilterField &field, const FilterToken &v)
{
    const QString u = v.text.toUpper();
    if (QLatin1String(field.name) == QLatin1String("action")) {
        if (u == QLatin1String("ACCEPT")) return 1;
        if (u == QLatin1String("REJECT")) return 2;
        if (u == QLatin1String("-")) return 0;
        throw Failure{{tr("'%1' is not an action; use ACCEPT or REJECT.").arg(v.text), v.pos}};
    }
    if (QLatin1String(field.name) == QLatin1String("verdict")) { // decisions.outcome
        if (u == QLatin1String("ACCEPT")) return 0;
        if (u == QLatin1String("REJECT")) return 1;
        if (u == QLatin1String("UNFILTERED")) return 2;
        throw Failure{{tr("'%1' is not a verdict; use ACCEPT, REJECT or UNFILTERED (traffic no group or NACL filters).").arg(v.text), v.pos}};
    }
    if (QLatin1String(field.name) == QLatin1String("source")) {
        if (u == QLatin1String("FLOW-LOG") || u == QLatin1String("FLOWLOG") || u == QLatin1String("FLOW-LOGS")) return 0;
        if (u == QLatin1String("CAPTURE")) return 1;
        throw Failure{{tr("'%1' is not a source; use flow-log or capture.").arg(v.text), v.pos}};
    }
    if (QLatin1String(field.name) == QLatin1String("type")) { // flowparsejob.cpp's codes
        if (u == QLatin1String("IPV4")) return 4;
        if (u == QLatin1String("IPV6")) return 6;
        if (u == QLatin1String("EFA")) return 0;
        throw Failure{{tr("'%1' is not a traffic type; use IPv4, IPv6 or EFA.").arg(v.text), v.pos}};
    }
    if (QLatin1String(field.name) == QLatin1String("flow-direction")) {
        if (u == QLatin1String("INGRESS")) return 0;
        if (u == QLatin1String("EGRESS")) return 1;
        throw Failure{{tr("'%1' is not a flow direction; use ingress or egress.").arg(v.text), v.pos}};
    }
    if (QLatin1String(field.name) == QLatin1String("state")) {
        if (const auto h = parseHandshake(v.text))
            return qint64(*h);
        throw Failure{{tr("'%1' is not a handshake state; use attempted, rejected, established, reset, mid-stream, no-reply or two-way.")
                           .arg(v.text), v.pos}};
    }
    if (u == QLatin1String("OK")) return 0;
    if (u == QLatin1String("NODATA")) return 1;
    if (u == QLatin1String("SKIPDATA")) return 2;
    throw Failure{{tr("'%1' is not a log status; use OK, NODATA or SKIPDATA.").arg(v.text), v.pos}};
}

// FIN+SYN and the like as the bits of the tcp-flags field; nullopt for anything else.
std::optional<qint64> tcpFlags(const QString &t)
{
    static const QHash<QString, int> flags{{QStringLiteral("FIN"), 1}, {QStringLiteral("SYN"), 2}, {QStringLiteral("RST"), 4},
                                           {QStringLiteral("PSH"), 8}, {QStringLiteral("ACK"), 16}, {QStringLiteral("URG"), 32}};
    int sum = 0;
    for (const QString &f : t.toUpper().split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        if (!flags.contains(f))
            return std::nullopt;
        sum |= flags.value(f);
    }
    return sum ? std::optional<qint64>(sum) : std::nullopt;
}

// A whole number (a port, or a count with a binary K/M/G unit), read exactly: digits (with a fraction
// only before a unit, 1.5K), never through a double, whose 1e19 wrapped to a negative limit that
// every record passed.
qint64 number(const FilterField &field, const FilterToken &v)
{
    const QString &t = v.text;
    QString digits = t;
    qint64 unit = 1;
    if (field.kind == FieldKind::Number && !digits.isEmpty()) {
        const QChar s = digits.back().toUpper();
        unit = s == QLatin1Char('K') ? 1024 : s == QLatin1Char('M') ? 1024 * 1024 : s == QLatin1Char('G') ? 1024LL * 1024 * 1024 : 1;
        if (unit > 1)
            digits.chop(1);
    }
    static const QRegularExpression decimal(QStringLiteral("^([0-9]+)(?:\\.([0-9]{1,9}))?$"));
    const auto m = decimal.match(digits);
    const bool port = field.kind == FieldKind::Port;
    if (!m.hasMatch() || (unit == 1 && !m.captured(2).isEmpty()))
        throw Failure{{port ? tr("'%1' is not a port (0-65535).").arg(t) : tr("'%1' is not a whole number.").arg(t), v.pos}};
    const auto tooLarge = [&] {
        return Failure{{tr("'%1' is larger than any value a record holds (at most %2).").arg(t).arg(std::numeric_limits<qint64>::max()), v.pos}};
    };
    bool ok = false;
    const qulonglong whole = m.captured(1).toULongLong(&ok);
    if (!ok || whole > qulonglong(std::numeric_limits<qint64>::max()) / qulonglong(unit))
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
    if (port && value > 65535)
        throw Failure{{tr("'%1' is not a port (0-65535).").arg(t), v.pos}};
    return qint64(value);
}

qint64 scalar(const FilterField &field, const FilterToken &v)
{
    switch (field.kind) {
    case FieldKind::Enum:
        return enumValue(field, v);
    case FieldKind::Protocol:
        if (const auto p = parseIpProtocol(v.text))
            return *p;
        throw Failure{{tr("'%1' is not a protocol; use tcp, udp, icmp, icmpv6 or a number.").arg(v.text), v.pos}};
    case FieldKind::Time:
        if (const auto s = parseTimeText(v.text))
            return *s;
        throw Failure{{tr("'%1' is not a time; use 2024-06-01T10:00 (UTC), an offset like +02:00, or epoch seconds.").arg(v.text), v.pos}};
    case FieldKind::Flags:
        if (const auto bits = tcpFlags(v.text))
            return *bits;
        return number(field, v); // the flags as a number
    default:
        return number(field, v);
    }
}

// The interfaces a name or id stands for, as the interned ids of those that logged.
InterfaceIds interfaces(const FilterField &field, const FilterToken &v, const FilterContext &ctx)
{
    const QString name = QLatin1String(field.name);
    const QString &t = v.text;
    QStringList enis;
    const Estate *e = ctx.estate;
    auto enisWhere = [&](auto pred) {
        if (e)
            for (const Eni &n : e->enis)
                if (pred(n))
                    enis << n.id;
    };
    if (name == QLatin1String("eni") || name == QLatin1String("instance")) {
        QStringList instances{t};
        if (ctx.workspace)
            for (const ResourceSummary &r : ctx.workspace->resources(QStringLiteral("instance")))
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
    } else if (name == QLatin1String("name")) { // whatever carries the name (or id): instances, subnets, VPCs, groups
        QSet<QString> instances;
        if (e)
            for (auto it = e->instanceNames.cbegin(); it != e->instanceNames.cend(); ++it)
                if (it.value() == t || it.key() == t)
                    instances.insert(it.key());
        enisWhere([&](const Eni &n) {
            if (n.id == t || (!n.instanceId.isEmpty() && (instances.contains(n.instanceId) || n.instanceId == t)))
                return true;
            const Subnet s = e->subnets.value(n.subnetId);
            if (n.subnetId == t || (!s.name.isEmpty() && s.name == t))
                return true;
            if (n.vpcId == t || (!e->vpcs.value(n.vpcId).name.isEmpty() && e->vpcs.value(n.vpcId).name == t))
                return true;
            for (const QString &g : n.groups)
                if (g == t || e->securityGroups.value(g).name == t)
                    return true;
            return false;
        });
    } else if (name == QLatin1String("sg")) {
        enisWhere([&](const Eni &n) {
            for (const QString &g : n.groups)
                if (g == t || e->securityGroups.value(g).name == t)
                    return true;
            return false;
        });
    }
    enis.removeDuplicates();
    if (enis.isEmpty())
        throw Failure{{tr("No %1 matches '%2' in this workspace.").arg(name, t), v.pos}};
    InterfaceIds out;
    if (ctx.workspace) {
        sql::Statement q(ctx.workspace->handle(), "SELECT id FROM strings WHERE s = ?1");
        for (const QString &eni : std::as_const(enis)) {
            q.bind(1, eni);
            if (q.step())
                out.ids << q.int64(0);
            q.reset();
        }
    }
    return out;
}

// A rule the last bulk explanation named, or a resource one of its rules belongs to.
RuleMatch rule(const FilterToken &v, const FilterContext &ctx)
{
    if (!ctx.workspace || !ctx.workspace->keepsDecisions())
        throw Failure{{tr("No rule has decided a record yet: run explain first (vpclens-cli explain)."), v.pos}};
    sql::Statement q(ctx.workspace->handle(), "SELECT 1 FROM rules WHERE name = ?1 OR instr(',' || resources || ',', ',' || ?1 || ',') > 0 LIMIT 1");
    q.bind(1, v.text);
    if (!q.step())
        throw Failure{{tr("No rule matches '%1': no record was decided by it, or explain has not run since it was imported.").arg(v.text), v.pos}};
    return RuleMatch{v.text};
}

FilterConstant constant(const FilterField &field, const FilterToken &v, const FilterContext &ctx)
{
    if (QLatin1String(field.name) == QLatin1String("state") && ctx.workspace && !ctx.workspace->hasTable("capture_flows"))
        throw Failure{{tr("No capture has been imported into this workspace: no record has a handshake state."), v.pos}};
    if (field.kind == FieldKind::CommunityId) {
        static const QRegularExpression form(QStringLiteral("^1:[A-Za-z0-9+/]{27}=$"));
        if (!form.match(v.text).hasMatch())
            throw Failure{{tr("'%1' is not a Community ID; it looks like 1:LQU9qZlK+B5F3KDmev6m5PMibrg= (quote it).").arg(v.text), v.pos}};
        return TextMatch{v.text};
    }
    if (field.kind == FieldKind::Rest) {
        if (v.text.contains(QLatin1Char(' ')) || v.text.isEmpty())
            throw Failure{{tr("'%1' is not a value a flow-log field holds (one word).").arg(v.text), v.pos}};
        return TextMatch{v.text};
    }
    if (field.kind == FieldKind::Interned) { // the text's id in `strings`; -1 when no record holds it
        if (!ctx.workspace)
            return qint64(-1);
        sql::Statement q(ctx.workspace->handle(), "SELECT id FROM strings WHERE s = ?1");
        q.bind(1, v.text);
        return q.step() ? q.int64(0) : qint64(-1);
    }
    if (QLatin1String(field.name) == QLatin1String("verdict") && (!ctx.workspace || !ctx.workspace->keepsDecisions()))
        throw Failure{{tr("No record has a verdict yet: run explain first (vpclens-cli explain)."), v.pos}};
    switch (field.kind) {
    case FieldKind::Rule:
        return rule(v, ctx);
    case FieldKind::Address:
        return address(v);
    case FieldKind::Interfaces:
        return interfaces(field, v, ctx);
    default:
        return scalar(field, v);
    }
}

} // namespace

namespace {

// The kinds one field compares with another of: the same values in the same columns' terms.
int comparableGroup(FieldKind k)
{
    switch (k) {
    case FieldKind::Address: return 1;
    case FieldKind::Port: return 2;
    case FieldKind::Number:
    case FieldKind::Time: return 3;
    case FieldKind::Protocol: return 4;
    case FieldKind::Interned: return 5;
    default: return 0;
    }
}

// `pkt-srcaddr != srcaddr`: a bare word naming another field (a quoted one is always a value). Null
// when the value is not a field's name.
const FilterField *fieldCompared(const FilterNode &n)
{
    if (n.values.size() != 1 || n.op == FilterOp::In || n.values.front().type != FilterToken::Word)
        return nullptr;
    const FilterField *other = findFilterField(n.values.front().text);
    if (!other)
        return nullptr;
    const FilterToken &v = n.values.front();
    if (n.field->sql2 || other->sql2)
        throw Failure{{tr("'%1' stands for either of two fields: compare one of them (srcaddr, dstaddr, srcport or dstport).")
                           .arg(QLatin1String(n.field->sql2 ? n.field->name : other->name)),
                       n.field->sql2 ? n.pos : v.pos}};
    const int group = comparableGroup(n.field->kind);
    if (group == 0 || group != comparableGroup(other->kind))
        throw Failure{{tr("'%1' and '%2' hold different kinds of values: they cannot be compared.")
                           .arg(QLatin1String(n.field->name), QLatin1String(other->name)),
                       v.pos}};
    const bool ordered = n.op != FilterOp::Equal && n.op != FilterOp::NotEqual;
    if (ordered && (group == 1 || group == 4 || group == 5))
        throw Failure{{tr("'%1' is compared with another field by == or != only.").arg(QLatin1String(n.field->name)), n.pos}};
    return other;
}

} // namespace

void resolveFilter(FilterNode &root, const FilterContext &context)
{
    if (root.kind == FilterNode::Comparison) {
        if (const FilterField *other = fieldCompared(root)) {
            root.constants.assign(1, FieldRef{other});
            return;
        }
        const FieldKind k = root.field->kind;
        const bool ordered = root.op == FilterOp::Less || root.op == FilterOp::LessEqual || root.op == FilterOp::Greater
                             || root.op == FilterOp::GreaterEqual;
        if (ordered && (k == FieldKind::CommunityId || k == FieldKind::Interned || k == FieldKind::Rest))
            throw Failure{{tr("'%1' is compared with ==, != or in only.").arg(QLatin1String(root.field->name)), root.pos}};
        root.constants.clear();
        for (const FilterToken &v : std::as_const(root.values))
            root.constants.push_back(constant(*root.field, v, context));
    }
    for (FilterNode &c : root.children)
        resolveFilter(c, context);
}

} // namespace vpclens
