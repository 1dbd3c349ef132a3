// SPDX-License-Identifier: GPL-3.0-or-later
// Security-group rules and NACL entries from their AWS CLI JSON (describe-security-groups'
// IpPermissions, describe-network-acls' Entries), each named as everywhere (rulenames.h) and put in
// words ("tcp 22 from 0.0.0.0/0", "DENY tcp 0-65535 from 10.0.0.0/8"). Internal to topology/.
#pragma once

#include "topology/estate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace vpclens {

// "-1" and "all" are every protocol (-1); a name or number as base/protocols.h reads it; -2 for
// anything else (a protocol nothing matches).
int protocolNumber(const QString &p);

// The rules of one direction of a group; each peer named by its sgr- id where `ids` has one (keyed by
// its name), else by its name.
std::vector<SgRule> sgRules(const QString &group, const QJsonArray &perms, bool egress, const QHash<QString, QString> &ids);

// One entry of a NACL, appended to its direction.
void addNaclEntry(NetworkAcl &acl, const QJsonObject &entry);

} // namespace vpclens
