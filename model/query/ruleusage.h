// SPDX-License-Identifier: GPL-3.0-or-later
// Rule usage: for every security-group rule, NACL entry and route of the estate (and every rule an
// earlier snapshot had that decided records), what the flow logs say it decided over a time range,
// from the last bulk explanation (trace/flowexplainer.h). The inverse of the trace's flow -> rule:
// `rule == "<name>"` in the filter lists its records.
#pragma once

#include "base/timerange.h"
#include "topology/rulenames.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vpclens {

class Estate;
class Workspace;

struct RuleUsage {
    QString name;      // as named everywhere (topology/rulenames.h)
    RuleKind kind = RuleKind::SecurityGroupRule;
    QString resource;  // the group(s), NACL or route table it belongs to
    QString text;      // what it says, in words ("ALLOW tcp 22 from 0.0.0.0/0"); empty for rules no longer configured
    bool configured = false; // in the current estate
    qint64 records = 0, rejected = 0; // rejected: the records it refused itself
    qint64 connections = 0; // records of the side that opened the connection (one per connection and aggregation window)
    qint64 packets = 0, bytes = 0;
    qint64 firstSeen = 0, lastSeen = 0; // record start times; 0 when none
    // Every interface the rule applies to logged records in the range (so "no records" means unused),
    // and the interfaces that did not.
    int interfaces = 0;
    QStringList notLogging;
    QStringList undetermined; // interfaces it applies to with records explain could not credit to a rule
    QStringList partlyLogged; // interfaces it applies to whose flow log records only ACCEPT or only REJECT
    QStringList gaps;         // the gaps of their logs in the range (query/logcoverage.h), as text
    bool explained = false;   // explain has run since the last import (decisionsCurrent): the counts are whole
};

// The interfaces that logged records in the hours of the range (the explanation's spans included).
QSet<QString> loggingInterfaces(const Workspace &ws, const TimeRange &range);

// Usage counted by whole hours: a range inside an hour counts the hours it touches. Rules in the
// estate's order (groups, NACLs, route tables by id; rules as configured), then the others by name.
QList<RuleUsage> ruleUsage(const Workspace &ws, const Estate &estate, const TimeRange &range = {});

// The same on a connection of its own (for a worker thread); empty when the workspace cannot be read.
QList<RuleUsage> loadRuleUsage(const QString &workspacePath, const Estate &estate, const TimeRange &range);

// "used", "unused" (explained since the last import, every interface logged by a flow log of ALL
// traffic where describe-flow-logs was imported, every interface it applies to was logging, explain credited each record there to a
// rule, and none to this one) or "no evidence" (an interface it applies to logged nothing, or records
// there no rule was credited with, a gap in their logs, or it applies to none): never "unused"
// without the logs to prove it. Untranslated: the JSON and CSV value.
const char *usageState(const RuleUsage &u);

} // namespace vpclens
