// SPDX-License-Identifier: GPL-3.0-or-later
// The configurations a workspace's records ran under: its snapshots and, between them, the
// configuration after each applied CloudTrail change (configuration.h), for explainWorkspace.
#pragma once

#include "trace/flowexplainer.h"

#include <memory>

namespace vpclens {

class Workspace;

// nullptr when the workspace holds no applied change: the snapshots alone are the timeline.
std::unique_ptr<ConfigurationTimeline> trailTimeline(const Workspace &ws);

} // namespace vpclens
