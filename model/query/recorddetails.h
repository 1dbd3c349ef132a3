// SPDX-License-Identifier: GPL-3.0-or-later
// A record's details as a tree, the way Wireshark shows a packet: every field decoded (action and
// why, protocol and service, flags, times in UTC and local time, duration), the interface that
// logged it with its instance, subnet, VPC and groups, where each address lives, the rule that
// decided it, and the file it came from.
#pragma once

#include "base/detailitem.h"
#include "query/flowsearch.h"

#include <QList>
#include <QString>

namespace vpclens {

class Estate;
class Workspace;

// estate: the configuration the record is read against (null: ids only). Throws sql::Error.
QList<DetailItem> recordDetails(const Workspace &ws, const Estate *estate, const FlowRecord &r);

} // namespace vpclens
