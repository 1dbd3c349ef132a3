// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vpclens {

class JobFeedback;

// Builds the sample workspace at `workspacePath` from the sample inputs under `sourceDir` (a folder or a
// Qt resource path such as ":/sample" holding topology/ and flowlogs/). The workspace is written to a
// temporary file and renamed into place only when complete, so it is never left half-written.
// Returns false and sets `error` on failure.
bool buildSampleWorkspace(const QString &sourceDir, const QString &workspacePath, QString *error,
                          JobFeedback *feedback = nullptr);

} // namespace vpclens
