// SPDX-License-Identifier: GPL-3.0-or-later
// The review checks, each a function adding its findings. What every check reads is in CheckContext:
// the compiled estate, the rule usage over the range (query/ruleusage.h), and the workspace for the
// records. Configuration checks (configchecks.cpp) need no records; traffic checks (trafficchecks.cpp)
// read the hourly conversation sums and the explanation; the analyst's intents (intentchecks.cpp) trace
// interface pairs with the evaluator.
#pragma once

#include "base/ipaddress.h"
#include "base/timerange.h"
#include "findings/finding.h"
#include "query/ruleusage.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace vpclens {

class Estate;
class RuleEvaluator;
class Workspace;

// Ports nobody should reach from the whole internet: remote shells and desktops, file sharing,
// databases, caches and search engines (AWS Config's restricted-common-ports and the CIS benchmark's).
QList<int> defaultSensitivePorts();

struct CheckOptions {
    QList<int> sensitivePorts = defaultSensitivePorts();
    int scanPorts = 10;   // a source refused on at least this many ports (or addresses) within an hour is scanning
    TimeRange range;
    // Intents, from the analyst's checks file:
    QHash<int, QList<IpCidr>> authorisedSources; // per port: the internet addresses that may reach it
    QHash<QString, QStringList> segments;        // name -> VPC, subnet, interface or group ids, or CIDR blocks
    QList<QPair<QString, QString>> mustNotReach; // segment pairs: the first must not reach the second
    std::optional<QStringList> internetFacing;   // the only subnets the internet may reach (when given)
};

struct CheckContext {
    const Workspace &ws;
    const Estate &estate;
    const RuleEvaluator &evaluator;
    const CheckOptions &options;
    QList<RuleUsage> usage;
    QHash<QString, const RuleUsage *> usageByName;
    QSet<QString> worldRules; // security-group rules whose peer is 0.0.0.0/0 or ::/0, by name
    QList<Finding> findings;
};

// The name of a sensitive port ("ssh", "rdp", ...), or its number.
QString portName(int port);

void checkAdminPorts(CheckContext &c);          // admin-port-open
void checkShadowedEntries(CheckContext &c);     // nacl-shadowed-entry
void checkRedundantRules(CheckContext &c);      // sg-redundant-rule
void checkUnused(CheckContext &c);              // sg-rule-unused, nacl-entry-unused, sg-unused
void checkStaleReferences(CheckContext &c);     // sg-stale-reference, route-blackhole
void checkDefaultGroups(CheckContext &c);       // default-sg-in-use
void checkQuotas(CheckContext &c);              // quota
void checkEndpointDns(CheckContext &c);         // endpoint-private-dns
void checkEphemeralReturn(CheckContext &c);     // nacl-no-ephemeral-return
void checkFlowLogs(CheckContext &c);            // flow-logs-missing
void checkDisagreements(CheckContext &c);       // log-config-disagreement
void checkScans(CheckContext &c);               // port-scan
void checkCaptures(CheckContext &c);            // capture-arrived-rejected, capture-missing (capturechecks.cpp)
void checkInternetAdminAccess(CheckContext &c); // internet-admin-access (authorised sources left out)
void checkSegments(CheckContext &c);            // intent-segment-reach
void checkInternetFacing(CheckContext &c);      // intent-internet-facing

} // namespace vpclens
