// SPDX-License-Identifier: GPL-3.0-or-later
// What would this change break? Every connection the flow logs saw in a period, evaluated against the
// configuration it ran under (the snapshot of its hour) and against another one (a snapshot, or an
// export not imported); the connections whose verdict flips, both ways, grouped by client, server,
// port, protocol and the rule responsible (the rule that now rejects, or the one that rejected).
#pragma once

#include "base/timerange.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vpclens {

class ConfigurationTimeline;
class Estate;
class Workspace;

struct ReplayFlip {
    QString client, server; // addresses as logged (source and destination of the connection)
    int port = -1, protocol = -1;
    QString from, to;       // "ACCEPT", "REJECT" (NO_ROUTE and UNKNOWN as the tracer names them)
    QString rule;           // the deciding rule of the side that rejects
    qint64 connections = 0;
    // The trace where it is refused, hop by hop ("request nacl-ingress acl-0e...: 90 deny"): the
    // configuration it ran under for newly accepted, the other one for newly rejected.
    QStringList trace;
};

struct ReplayResult {
    qint64 conversations = 0; // distinct (client, server, port, protocol, hour) evaluated
    qint64 connections = 0;
    QList<ReplayFlip> flips;  // most connections first
};

// Throws sql::Error when the workspace cannot be read. With a timeline (trailtimeline.h), each
// connection ran under the configuration of its hour's end, CloudTrail changes included; without,
// under the snapshot of its hour.
ReplayResult replayAgainst(const Workspace &ws, const Estate &proposed, const TimeRange &range, const ConfigurationTimeline *timeline = nullptr);

} // namespace vpclens
