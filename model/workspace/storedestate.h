// SPDX-License-Identifier: GPL-3.0-or-later
// The estate compiled from the topology a workspace holds.
#pragma once

#include "topology/estate.h"

namespace vpclens {

class Workspace;

// The current topology: the newest snapshot of each account and region.
Estate loadEstate(const Workspace &ws);
// The estate as it was at a time (see Workspace::resourcesAsOf): flows are explained against the
// newest snapshot taken at or before they started.
Estate loadEstate(const Workspace &ws, qint64 asOf);

} // namespace vpclens
