// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlog/flowlogformat.h"

#include "base/printable.h"

#include <QRegularExpression>
#include <QStringList>

#include <array>

namespace vpclens {
namespace {

struct FieldInfo {
    const char *name;
    FieldType type;
};

constexpr std::array<FieldInfo, std::size_t(FlowField::Count)> makeFields()
{
    using enum FieldType; // local: this file is also compiled in a unity batch
    return {{
    {"version", Number}, {"account-id", Text}, {"interface-id", Text}, {"srcaddr", Address}, {"dstaddr", Address},
    {"srcport", Port}, {"dstport", Port}, {"protocol", Protocol}, {"packets", Number}, {"bytes", Number},
    {"start", Number}, {"end", Number}, {"action", Action}, {"log-status", LogStatus},
    {"vpc-id", Text}, {"subnet-id", Text}, {"instance-id", Text}, {"tcp-flags", Number}, {"type", Text},
    {"pkt-srcaddr", Address}, {"pkt-dstaddr", Address},
    {"region", Text}, {"az-id", Text}, {"sublocation-type", Text}, {"sublocation-id", Text},
    {"pkt-src-aws-service", Text}, {"pkt-dst-aws-service", Text}, {"flow-direction", Text}, {"traffic-path", Number},
    {"resource-type", Text}, {"tgw-id", Text}, {"tgw-attachment-id", Text}, {"tgw-src-vpc-account-id", Text},
    {"tgw-dst-vpc-account-id", Text}, {"tgw-src-vpc-id", Text}, {"tgw-dst-vpc-id", Text}, {"tgw-src-subnet-id", Text},
    {"tgw-dst-subnet-id", Text}, {"tgw-src-eni", Text}, {"tgw-dst-eni", Text}, {"tgw-src-az-id", Text},
    {"tgw-dst-az-id", Text}, {"tgw-pair-attachment-id", Text}, {"packets-lost-no-route", Number},
    {"packets-lost-blackhole", Number}, {"packets-lost-mtu-exceeded", Number}, {"packets-lost-ttl-expired", Number},
    {"ecs-cluster-arn", Text}, {"ecs-cluster-name", Text}, {"ecs-container-instance-arn", Text},
    {"ecs-container-instance-id", Text}, {"ecs-container-id", Text}, {"ecs-second-container-id", Text},
    {"ecs-service-name", Text}, {"ecs-task-definition-arn", Text}, {"ecs-task-arn", Text}, {"ecs-task-id", Text},
    {"reject-reason", Text},
    }};
}
constexpr auto kFields = makeFields();

} // namespace

const char *fieldName(FlowField f)
{
    return kFields[std::size_t(f)].name;
}

FieldType fieldType(FlowField f)
{
    return kFields[std::size_t(f)].type;
}

std::optional<FlowField> fieldFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kFields.size(); ++i)
        if (name == kFields[i].name)
            return FlowField(i);
    return std::nullopt;
}

FlowLogFormat FlowLogFormat::defaultFormat()
{
    FlowLogFormat f;
    for (int i = 0; i <= int(FlowField::LogStatus); ++i)
        f.m_fields.push_back(FlowField(i));
    return f;
}

// Appends a field unless the format has it already: a field named twice makes the records ambiguous
// (which of the two is the port?), and it is also what keeps a format within FlowField::Count fields,
// the size of the parsers' fixed arrays.
bool FlowLogFormat::append(FlowField f, QString *error)
{
    if (has(f)) {
        if (error)
            *error = QStringLiteral("the flow-log field '%1' is named twice").arg(QLatin1String(fieldName(f)));
        return false;
    }
    m_fields.push_back(f);
    return true;
}

std::optional<FlowLogFormat> FlowLogFormat::fromHeader(std::string_view line, QString *error)
{
    // A byte-order mark and the whitespace editors and spreadsheets leave around a header are not
    // part of it; runs of spaces separate like one.
    if (line.starts_with("\xEF\xBB\xBF"))
        line.remove_prefix(3);
    FlowLogFormat f;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r' || line[i] == '\n'))
            ++i;
        std::size_t sp = i;
        while (sp < line.size() && line[sp] != ' ' && line[sp] != '\t' && line[sp] != '\r' && line[sp] != '\n')
            ++sp;
        if (sp == i)
            break;
        const std::string_view name = line.substr(i, sp - i);
        const auto field = fieldFromName(name);
        if (!field) {
            if (error)
                *error = QStringLiteral("unknown flow-log field '%1'").arg(printable(name, 60));
            return std::nullopt;
        }
        if (!f.append(*field, error))
            return std::nullopt;
        i = sp;
    }
    if (f.m_fields.empty()) {
        if (error)
            *error = QStringLiteral("empty flow-log header");
        return std::nullopt;
    }
    return f;
}

std::optional<FlowLogFormat> FlowLogFormat::fromAwsSyntax(const QString &format, QString *error)
{
    static const QRegularExpression token(QStringLiteral("^\\$\\{([a-z0-9-]+)\\}$"));
    const QStringList parts = format.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        if (error)
            *error = QStringLiteral("empty flow-log format");
        return std::nullopt;
    }
    FlowLogFormat f;
    for (const QString &p : parts) {
        const auto m = token.match(p);
        const QByteArray name = m.captured(1).toLatin1();
        const auto field = m.hasMatch() ? fieldFromName(std::string_view(name.constData(), std::size_t(name.size()))) : std::nullopt;
        if (!field) {
            if (error)
                *error = QStringLiteral("'%1' is not a flow-log field in ${name} syntax").arg(p.left(60));
            return std::nullopt;
        }
        if (!f.append(*field, error))
            return std::nullopt;
    }
    return f;
}

bool FlowLogFormat::has(FlowField f) const
{
    for (FlowField x : m_fields)
        if (x == f)
            return true;
    return false;
}

bool FlowLogFormat::isDefault() const
{
    return m_fields == defaultFormat().m_fields;
}

QString FlowLogFormat::toHeader() const
{
    QStringList names;
    for (FlowField f : m_fields)
        names << QLatin1String(fieldName(f));
    return names.join(QLatin1Char(' '));
}

} // namespace vpclens
