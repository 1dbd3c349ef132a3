// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/protocols.h"

namespace vpclens {

QString protocolShortName(int protocol)
{
    switch (protocol) {
    case -1: return QStringLiteral("all");
    case 1: return QStringLiteral("icmp");
    case 6: return QStringLiteral("tcp");
    case 17: return QStringLiteral("udp");
    case 58: return QStringLiteral("icmpv6");
    default: return QString::number(protocol);
    }
}

QString protocolPortLabel(int protocol, qint64 port)
{
    if (protocol == 1 || protocol == 58)
        return protocolShortName(protocol);
    return QStringLiteral("%1/%2").arg(protocolShortName(protocol)).arg(port);
}

} // namespace vpclens
