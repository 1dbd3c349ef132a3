// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace vpclens {

// The given files, plus every file matching `patterns` under the given folders (recursively), as clean
// absolute paths; sorted, without duplicates. Folders that cannot be listed are named in `unreadable`.
QStringList collectFiles(const QStringList &paths, const QStringList &patterns, QStringList *unreadable = nullptr);

} // namespace vpclens
