// SPDX-License-Identifier: GPL-3.0-or-later
// What a network-changing CloudTrail event does to a configuration held as describe-* JSON: rules
// authorised and revoked, NACL entries created, replaced and deleted, associations moved, routes
// created, replaced and deleted, resources created (from the call's response) and deleted, interfaces'
// groups and source/destination check, gateways attached and detached, traffic-mirror sessions,
// targets, filters and their rules.
#pragma once

#include "history/resourceset.h"
#include "history/trailevent.h"

#include <QString>

namespace vpclens {

// Applies `event` to `set`. Empty when applied; otherwise why not (a parameter the call lacks, a kind
// VpcLens does not model, or a resource the configuration does not hold), and `set` is unchanged.
QString applyEvent(ResourceSet &set, const TrailEvent &event);

// Whether an event's effect can be read from the event alone (its parameters, its response): empty
// when it can, else why not. Used for an event's status when it is imported.
QString effectProblem(const TrailEvent &event);

} // namespace vpclens
