// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <initializer_list>

namespace vpclens {

// Installs VpcLens's and Qt's translations for `language` ("de", "de_DE"), or for the user's locale
// when it is empty. Needs a QCoreApplication. A locale without a translation of its own gets the
// English one (its plural forms). Returns true when a VpcLens translation was loaded.
bool installTranslations(const QString &language = {});

// A file-local `tr(text)` helper in a .cpp: lupdate files each call under the class or namespace
// around it (vpclens::Builder, vpclens, ...), so the helper looks in each of those contexts; the
// first translation found wins, else the text as written.
QString translateFrom(std::initializer_list<const char *> contexts, const char *text);

} // namespace vpclens
