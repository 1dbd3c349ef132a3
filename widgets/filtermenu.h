// SPDX-License-Identifier: GPL-3.0-or-later
// "Apply as Filter" and "Prepare as Filter" with their six joins (Selected, Not Selected, ...and
// Selected, ...or Selected, ...and not Selected, ...or not Selected), as in Wireshark: the records
// table, the conversations and the record details offer them on the value under the mouse.
#pragma once

#include "query/filterclause.h"

#include <functional>

class QMenu;

namespace vpclens {

// apply: true for "Apply as Filter" (the filter runs), false for "Prepare as Filter" (it waits in the
// filter bar for Enter). Both submenus are disabled when the clause is empty (no value there).
using ClauseChosen = std::function<void(FilterJoin how, bool apply)>;
void addFilterMenus(QMenu &menu, const QString &clause, const ClauseChosen &chosen);

} // namespace vpclens
