// SPDX-License-Identifier: GPL-3.0-or-later
// The configuration at any moment: each account and region from its newest snapshot at or before the
// moment, plus the CloudTrail changes applied since (eventeffect.h). And the check that keeps this
// honest: applying the events between two snapshots to the first should give the second; where it
// does not, the differences are named.
#pragma once

#include "history/resourceset.h"
#include "history/snapshotdiff.h"
#include "history/trailevent.h"

#include <QList>
#include <QStringList>

namespace vpclens {

class Workspace;

struct Configuration {
    ResourceSet resources;
    QList<TrailEvent> applied; // the events applied, oldest first
    QStringList notes;         // each event that could not be applied, and why
};

// Throws sql::Error when the workspace cannot be read.
Configuration configurationAt(const Workspace &ws, qint64 atMs);

// The times (ms) at which the configuration changes: each snapshot's and each applied event's.
QList<qint64> configurationTimes(const Workspace &ws);

struct ReproductionCheck {
    qint64 from = 0, to = 0; // snapshot ids
    QStringList scopes;      // "account/region" both cover
    int events = 0;          // applied events between the two, in those scopes
    QList<SnapshotChange> differences; // where `to` is not `from` plus the events (rules, entries, routes, presence)
    int createdByAws = 0;    // a new VPC's main route table, default NACL and default group: no event names them
    QStringList notes;       // events that could not be applied, and why
    bool reproduced() const { return differences.isEmpty(); }
};

// `from` plus the events after it up to `to`'s time, held to `to`.
ReproductionCheck checkReproduction(const Workspace &ws, qint64 from, qint64 to);
// Each snapshot against the next one sharing a scope with it, where events fall between them.
QList<ReproductionCheck> checkSnapshots(const Workspace &ws);

} // namespace vpclens
