// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vpclens {

// Installs VpcLens's and Qt's translations for `language` ("de", "de_DE"), or for the user's locale
// when it is empty. Needs a QCoreApplication. A locale without a translation of its own gets the
// English one (its plural forms). Returns true when a VpcLens translation was loaded.
bool installTranslations(const QString &language = {});

} // namespace vpclens
