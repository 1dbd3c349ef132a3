// SPDX-License-Identifier: GPL-3.0-or-later
// Names for addresses outside the estate, offline: the blocks the analyst names ("office", "partner
// VPN"), then AWS's published ip-ranges.json (service and region: "AWS S3 eu-west-1"). The most
// specific block wins; the analyst's names before AWS's. A lookup walks the prefix lengths (at most
// 129 hash probes): for labels, never per record of a scan.
#pragma once

#include "base/ipaddress.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <utility>

namespace vpclens {

class AddressBook
{
public:
    // The analyst's name for a block (replacing one the block had).
    void name(const IpCidr &block, const QString &name);
    // AWS's ip-ranges.json ({"createDate", "prefixes": [{"ip_prefix", "region", "service"}],
    // "ipv6_prefixes": [{"ipv6_prefix", ...}]}); false with the reason when it is not one. A prefix AWS
    // lists under AMAZON and a service is named after the service.
    bool loadAwsRanges(const QByteArray &json, QString *error);

    // "office", "AWS EC2 eu-west-1"; empty when no block holds the address.
    QString nameOf(const IpAddress &address) const;
    // Whose name it is: "named in the workspace", "AWS ip-ranges.json of 2022-06-12"; empty when none.
    QString sourceOf(const IpAddress &address) const;
    QList<std::pair<IpCidr, QString>> names() const; // the analyst's, most specific last
    QString awsDate() const { return m_awsDate; }     // createDate of the ranges loaded; empty when none
    qsizetype awsPrefixes() const { return m_awsCount; }

private:
    using Table = std::array<QHash<IpAddress, QString>, 129>; // by prefix length (IPv4 /n at 96 + n)
    static const QString *find(const Table &table, const IpAddress &address);

    Table m_named, m_aws;
    qsizetype m_awsCount = 0;
    QString m_awsDate;
};

// The network of a block: the address with the bits past the prefix cleared.
IpAddress networkOf(const IpAddress &address, int prefix);

// The copy of ip-ranges.json VpcLens ships (parsed once per process).
const AddressBook &shippedAwsRanges();

} // namespace vpclens
