// SPDX-License-Identifier: GPL-3.0-or-later
// CloudTrail into a workspace: the network changes of each file (trailreader.h) kept once each (files
// overlap in time and are delivered again: an event is known by its eventID), with their status;
// the other events counted by service. One transaction: a failed import leaves nothing behind.
#pragma once

#include "history/trailevent.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace vpclens {

class JobFeedback;
class Workspace;

struct TrailImportResult {
    int filesRead = 0;
    qint64 records = 0;   // every record read
    qint64 changes = 0;   // network changes read
    qint64 added = 0;     // network changes new to the workspace
    qint64 failed = 0, notApplied = 0; // of the changes read
    QMap<QString, qint64> otherEvents; // by eventSource
    QStringList errors;   // files refused, one sentence each
    QStringList problems; // records skipped, named by file and number
    bool canceled = false;
};

// Throws sql::Error when the workspace cannot be written.
TrailImportResult importCloudTrail(Workspace &ws, const QStringList &paths, JobFeedback *feedback = nullptr);

// The events a workspace holds between two times (milliseconds, inclusive), oldest first.
QList<TrailEvent> trailEvents(const Workspace &ws, std::optional<qint64> fromMs = std::nullopt, std::optional<qint64> toMs = std::nullopt);

} // namespace vpclens
