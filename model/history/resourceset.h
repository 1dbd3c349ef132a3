// SPDX-License-Identifier: GPL-3.0-or-later
// A configuration as resources in the shape `aws ec2 describe-*` prints them: what a snapshot holds,
// what CloudTrail events are applied to (eventeffect.h) and what two configurations are compared as
// (snapshotdiff.h).
#pragma once

#include "topology/topologyresource.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <utility>

namespace vpclens {

class Estate;
class Workspace;

struct ConfigResource {
    ResourceSummary summary; // kind, id, name, VPC, account, region, state
    QJsonObject json;        // as `aws ec2 describe-*` prints it
};
using ResourceSet = std::map<std::pair<QString, QString>, ConfigResource>; // (kind, id)

// The resources of one snapshot (all its scopes, or only `account/region` ones when `scopes` is set).
ResourceSet snapshotResources(const Workspace &ws, qint64 snapshot, const QStringList *scopes = nullptr);

// The estate compiled from a resource set, as loadEstate compiles a snapshot.
Estate estateOf(const ResourceSet &set);

} // namespace vpclens
