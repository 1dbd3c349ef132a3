// SPDX-License-Identifier: GPL-3.0-or-later
// Reading AWS CLI JSON into the estate (estate.cpp, rulereaders.cpp): a field as text or array, an
// address or block from its text. Internal to topology/.
#pragma once

#include "base/ipaddress.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace vpclens::json {

inline QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

inline QJsonArray arr(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}

inline std::optional<IpAddress> ip(const QString &s)
{
    const QByteArray b = s.toLatin1();
    return parseIp(std::string_view(b.constData(), std::size_t(b.size())));
}

inline std::optional<IpCidr> cidr(const QString &s)
{
    const QByteArray b = s.toLatin1();
    return parseIpCidr(std::string_view(b.constData(), std::size_t(b.size())));
}

inline std::optional<Ipv4Cidr> cidr4(const QString &s)
{
    const QByteArray b = s.toLatin1();
    return parseIpv4Cidr(std::string_view(b.constData(), std::size_t(b.size())));
}

} // namespace vpclens::json
