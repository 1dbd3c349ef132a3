// SPDX-License-Identifier: GPL-3.0-or-later
// What changed between two topology snapshots, down to the rule: security-group rules (one entry per
// protocol, port range and peer), NACL entries (by direction and rule number) and associations, routes
// (by destination) and route-table associations, an interface's groups, attachment and addresses,
// and for every other resource the attributes that differ. Only the accounts and regions both
// snapshots cover are compared: a scope one of them lacks is not "removed".
#pragma once

#include "history/resourceset.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vpclens {

class Workspace;

struct SnapshotChange {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString resourceKind; // "security-group", "network-acl", ...
    QString resource;     // its id
    QString name;         // its Name tag, where it has one
    QString detail;       // "ingress tcp 22 from 10.0.0.0/8", "entry 90 ingress: deny -> allow", ...
};

struct SnapshotDiff {
    qint64 from = 0, to = 0;  // snapshot ids
    QStringList scopes;       // "account/region" compared
    QStringList notCompared;  // scopes only one snapshot covers
    QList<SnapshotChange> changes; // by resource kind, resource, then detail
};

const char *changeKindName(SnapshotChange::Kind kind); // "added", "removed", "changed"

// Everything: every attribute and tag. Reachability: what a configuration built from CloudTrail
// events can be held to (rules, NACL entries, routes, associations, interface groups and addresses;
// for other kinds whether they exist, deleted ones counting as absent).
enum class DiffMode { Everything, Reachability };
QList<SnapshotChange> diffResources(const ResourceSet &before, const ResourceSet &after, DiffMode mode);

// Throws sql::Error when the workspace cannot be read; an unknown snapshot id gives an empty diff
// with both scope lists empty (the caller says which id is unknown).
SnapshotDiff diffSnapshots(const Workspace &ws, qint64 from, qint64 to);

} // namespace vpclens
