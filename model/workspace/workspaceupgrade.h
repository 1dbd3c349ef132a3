// SPDX-License-Identifier: GPL-3.0-or-later
// Brings a workspace written by an older VpcLens to the current schema, in one transaction.
#pragma once

namespace vpclens {

class Workspace;

// Upgrades from schema fromVersion to Workspace::SchemaVersion; throws sql::Error when it cannot
// (a read-only or damaged file), leaving the file as it was.
void upgradeWorkspaceSchema(Workspace &ws, int fromVersion);

} // namespace vpclens
