// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/filterfields.h"

#include "flowlog/flowbits.h"
#include "query/flowfilter.h"

#include <QHash>
#include <QStringList>

namespace vpclens {
namespace {

constexpr FilterField kFilterFields[] = {
    {"action", FilterFieldKind::Enum, flowbits::kSqlAction, nullptr, "r.action"},
    {"log-status", FilterFieldKind::Enum, flowbits::kSqlStatus, nullptr, nullptr},
    {"srcaddr", FilterFieldKind::Address, "f.src", nullptr, nullptr},
    {"dstaddr", FilterFieldKind::Address, "f.dst", nullptr, nullptr},
    {"addr", FilterFieldKind::Address, "f.src", "f.dst", nullptr},
    {"srcport", FilterFieldKind::Port, "f.sport", nullptr, nullptr},
    {"dstport", FilterFieldKind::Port, "f.dport", nullptr, nullptr},
    {"port", FilterFieldKind::Port, "f.sport", "f.dport", nullptr},
    {"protocol", FilterFieldKind::Protocol, "f.proto", nullptr, nullptr},
    {"packets", FilterFieldKind::Number, "f.packets", nullptr, nullptr},
    {"bytes", FilterFieldKind::Number, "f.bytes", nullptr, nullptr},
    {"start", FilterFieldKind::Time, "f.start", nullptr, "r.minute"}, // whole minutes only (filtersql.cpp)
    {"end", FilterFieldKind::Time, "(f.start + f.dur)", nullptr, nullptr}, // the rollup keeps the start's minute only
    {"duration", FilterFieldKind::Number, "f.dur", nullptr, nullptr},
    {"version", FilterFieldKind::Number, flowbits::kSqlVersion, nullptr, nullptr},
    {"eni", FilterFieldKind::Interfaces, "f.eni", nullptr, "r.eni"},
    {"instance", FilterFieldKind::Interfaces, "f.eni", nullptr, "r.eni"},
    {"subnet", FilterFieldKind::Interfaces, "f.eni", nullptr, "r.eni"},
    {"vpc", FilterFieldKind::Interfaces, "f.eni", nullptr, "r.eni"},
    {"sg", FilterFieldKind::Interfaces, "f.eni", nullptr, "r.eni"},
    // Any of the above by its Name tag (an instance, subnet, VPC or group) or id: `name == bastion`.
    {"name", FilterFieldKind::Interfaces, "f.eni", nullptr, "r.eni"},
    {"tcp-flags", FilterFieldKind::Flags, "x.tcp_flags", nullptr, nullptr},
    {"rule", FilterFieldKind::Rule, "f.id", nullptr, nullptr}, // what decided the record (bulk explain)
    // What the configuration decided for the record (bulk explain): 0 ACCEPT, 1 REJECT, 2 never filtered
    // (decisions.outcome; workspace/decisioncolumn.h). `action == REJECT and verdict == ACCEPT`: the
    // records logged refused that the configuration lets through.
    // The fields of versions 3-8, where the record's format has them (flow_extra).
    {"vpc-id", FilterFieldKind::Interned, "x.vpc", nullptr, nullptr},
    {"subnet-id", FilterFieldKind::Interned, "x.subnet", nullptr, nullptr},
    {"region", FilterFieldKind::Interned, "x.region", nullptr, nullptr},
    {"az-id", FilterFieldKind::Interned, "x.az", nullptr, nullptr},
    {"reject-reason", FilterFieldKind::Interned, "x.reject_reason", nullptr, nullptr},
    {"pkt-srcaddr", FilterFieldKind::Address, "x.pkt_src", nullptr, nullptr},
    {"pkt-dstaddr", FilterFieldKind::Address, "x.pkt_dst", nullptr, nullptr},
    {"type", FilterFieldKind::Enum, "x.type", nullptr, nullptr},                  // IPv4 4, IPv6 6, EFA 0
    {"flow-direction", FilterFieldKind::Enum, "x.direction", nullptr, nullptr},   // ingress 0, egress 1
    {"traffic-path", FilterFieldKind::Number, "x.traffic_path", nullptr, nullptr},
    {"pkt-src-aws-service", FilterFieldKind::Rest, "x.rest", nullptr, nullptr},
    {"pkt-dst-aws-service", FilterFieldKind::Rest, "x.rest", nullptr, nullptr},
    {"sublocation-type", FilterFieldKind::Rest, "x.rest", nullptr, nullptr},
    {"sublocation-id", FilterFieldKind::Rest, "x.rest", nullptr, nullptr},
    // Where the record came from: flow-log (0) or capture (1) (flowbits::kCapture).
    {"source", FilterFieldKind::Enum, flowbits::kSqlSource, nullptr, nullptr},
    // A capture flow's handshake state (capture/handshake.h); NULL for flow-log records.
    {"state", FilterFieldKind::Enum, "(SELECT cf.state FROM capture_flows cf WHERE cf.id = f.id)", nullptr, nullptr},
    // The Community ID v1 of the record's connection (workspace/addresscolumn.h).
    {"community-id", FilterFieldKind::CommunityId, "vpclens_community_id(f.proto, f.src, f.dst, f.sport, f.dport)", nullptr, nullptr},
    {"verdict", FilterFieldKind::Enum, "(SELECT vd.outcome FROM decisions vd WHERE vd.id = vpclens_decision(f.id, 0))", nullptr, nullptr},
};

const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> a{{QStringLiteral("status"), QStringLiteral("log-status")},
                                           {QStringLiteral("src"), QStringLiteral("srcaddr")},
                                           {QStringLiteral("dst"), QStringLiteral("dstaddr")},
                                           {QStringLiteral("host"), QStringLiteral("addr")},
                                           {QStringLiteral("sport"), QStringLiteral("srcport")},
                                           {QStringLiteral("dport"), QStringLiteral("dstport")},
                                           {QStringLiteral("proto"), QStringLiteral("protocol")},
                                           {QStringLiteral("interface"), QStringLiteral("eni")},
                                           {QStringLiteral("interface-id"), QStringLiteral("eni")},
                                           {QStringLiteral("instance-id"), QStringLiteral("instance")},
                                           {QStringLiteral("flags"), QStringLiteral("tcp-flags")},
                                           {QStringLiteral("decided-by"), QStringLiteral("rule")},
                                           {QStringLiteral("handshake"), QStringLiteral("state")},
                                           {QStringLiteral("direction"), QStringLiteral("flow-direction")},
                                           {QStringLiteral("conn-state"), QStringLiteral("state")},
                                           {QStringLiteral("community_id"), QStringLiteral("community-id")},
                                           {QStringLiteral("communityid"), QStringLiteral("community-id")}};
    return a;
}

} // namespace

const FilterField *findFilterField(QString name)
{
    name = name.toLower();
    name = aliases().value(name, name);
    for (const FilterField &f : kFilterFields)
        if (name == QLatin1String(f.name))
            return &f;
    return nullptr;
}

QStringList filterFields()
{
    QStringList out;
    for (const FilterField &f : kFilterFields)
        out << QLatin1String(f.name);
    return out;
}

} // namespace vpclens
