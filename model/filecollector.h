// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace vpclens {

// The given files, plus every file matching `patterns` under the given folders (recursively); sorted,
// without duplicates.
QStringList collectFiles(const QStringList &paths, const QStringList &patterns);

} // namespace vpclens
