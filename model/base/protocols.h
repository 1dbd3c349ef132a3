// SPDX-License-Identifier: GPL-3.0-or-later
// IP protocols by name, as the views, the rules and the exports write them.
#pragma once

#include <QString>

namespace vpclens {

QString protocolShortName(int protocol);              // all (-1), tcp, udp, icmp, icmpv6, or the number
QString protocolPortLabel(int protocol, qint64 port); // "tcp/443"; ICMP and ICMPv6 without a port

} // namespace vpclens
