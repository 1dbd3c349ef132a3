// SPDX-License-Identifier: GPL-3.0-or-later
// A finding: what a review check says about the estate, and what in the flow logs proves it. Each check
// has a stable id (admin-port-open, nacl-shadowed-entry, ...: see checks.h), a severity, the resources
// and rule it concerns, one sentence, and its evidence: the records and connections, first and last
// seen, and the filter that lists them in the flow table.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vpclens {

enum class Severity { Note = 0, Warning = 1, Error = 2 };
const char *severityName(Severity s); // "note", "warning", "error"
std::optional<Severity> severityFromName(const QString &name);

struct Evidence {
    qint64 records = 0, connections = 0;
    qint64 firstSeen = 0, lastSeen = 0; // record start times; 0 when none
    QString filter;                     // the filter language: the records that prove it; empty when none
    // The first of those records (in time), traced against the estate: {"record": {...}, "trace":
    // {...}} (trace/ruletrace.h's JSON); empty when there is none.
    QJsonObject example;
};

struct Finding {
    QString check;
    Severity severity = Severity::Note;
    QStringList resources;
    QString rule;    // the rule as named everywhere (topology/rulenames.h), when one is concerned
    QString summary; // one sentence, English (the JSON's; the views show it as is)
    Evidence evidence;
};

} // namespace vpclens
