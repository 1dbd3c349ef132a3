// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlogformat.h"

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

std::optional<FlowLogFormat> FlowLogFormat::fromHeader(std::string_view line, QString *error)
{
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.remove_suffix(1);
    FlowLogFormat f;
    std::size_t i = 0;
    while (i <= line.size()) {
        std::size_t sp = line.find(' ', i);
        if (sp == std::string_view::npos)
            sp = line.size();
        const std::string_view name = line.substr(i, sp - i);
        const auto field = fieldFromName(name);
        if (!field) {
            if (error)
                *error = QStringLiteral("unknown flow-log field '%1'").arg(QString::fromUtf8(name.data(), qsizetype(name.size())));
            return std::nullopt;
        }
        f.m_fields.push_back(*field);
        i = sp + 1;
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
                *error = QStringLiteral("'%1' is not a flow-log field in ${name} syntax").arg(p);
            return std::nullopt;
        }
        f.m_fields.push_back(*field);
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
