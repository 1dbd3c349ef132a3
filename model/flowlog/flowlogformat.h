// SPDX-License-Identifier: GPL-3.0-or-later
// The VPC Flow Logs fields of versions 2 to 8 and a record format: the field order of one file,
// taken from its header line or from a format in AWS's own syntax (${version} ${account-id} ...).
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace vpclens {

enum class FlowField : std::uint8_t {
    // v2 (default format)
    Version, AccountId, InterfaceId, SrcAddr, DstAddr, SrcPort, DstPort, Protocol, Packets, Bytes, Start, End,
    Action, LogStatus,
    // v3
    VpcId, SubnetId, InstanceId, TcpFlags, Type, PktSrcAddr, PktDstAddr,
    // v4
    Region, AzId, SublocationType, SublocationId,
    // v5
    PktSrcAwsService, PktDstAwsService, FlowDirection, TrafficPath,
    // v6 (transit gateway flow logs)
    ResourceType, TgwId, TgwAttachmentId, TgwSrcVpcAccountId, TgwDstVpcAccountId, TgwSrcVpcId, TgwDstVpcId,
    TgwSrcSubnetId, TgwDstSubnetId, TgwSrcEni, TgwDstEni, TgwSrcAzId, TgwDstAzId, TgwPairAttachmentId,
    PacketsLostNoRoute, PacketsLostBlackhole, PacketsLostMtuExceeded, PacketsLostTtlExpired,
    // v7 (ECS)
    EcsClusterArn, EcsClusterName, EcsContainerInstanceArn, EcsContainerInstanceId, EcsContainerId,
    EcsSecondContainerId, EcsServiceName, EcsTaskDefinitionArn, EcsTaskArn, EcsTaskId,
    // v8
    RejectReason,
    Count
};

// How a field's text is checked.
enum class FieldType : std::uint8_t {
    Text,      // an id or a name, kept as text
    Number,    // unsigned decimal
    Port,      // 0-65535
    Protocol,  // 0-255
    Address,   // IPv4 or IPv6
    Action,    // ACCEPT | REJECT
    LogStatus, // OK | NODATA | SKIPDATA
};

const char *fieldName(FlowField f);
FieldType fieldType(FlowField f);
std::optional<FlowField> fieldFromName(std::string_view name);

class FlowLogFormat
{
public:
    // The default (version 2) format of 14 fields.
    static FlowLogFormat defaultFormat();
    // A header line ("version account-id ..."). Returns nullopt and sets error for unknown names.
    static std::optional<FlowLogFormat> fromHeader(std::string_view line, QString *error = nullptr);
    // AWS's LogFormat syntax: "${version} ${account-id} ...".
    static std::optional<FlowLogFormat> fromAwsSyntax(const QString &format, QString *error = nullptr);

    const std::vector<FlowField> &fields() const { return m_fields; }
    int size() const { return int(m_fields.size()); }
    bool has(FlowField f) const;
    bool isDefault() const;
    QString toHeader() const;

private:
    bool append(FlowField f, QString *error);
    std::vector<FlowField> m_fields; // each field at most once, so never more than FlowField::Count

};

} // namespace vpclens
