// SPDX-License-Identifier: GPL-3.0-or-later
// Text from a file made printable before it reaches a terminal, a CSV cell or a message: control
// characters (ESC and the rest of C0, DEL, C1) become \xNN, bytes that are not UTF-8 become \xNN, and
// the text is cut at a length with an ellipsis. A log line can hold anything, including the escape
// sequences that retitle or clear a terminal; shown, it must stay inert text.
#pragma once

#include <QString>

#include <string_view>

namespace vpclens {

QString printable(std::string_view bytes, qsizetype maxChars = 300);
QString printable(const QString &text, qsizetype maxChars = 300);
// A CSV cell: printable, a leading = + @ neutralised with an apostrophe so a spreadsheet never reads a
// value from a log as a formula, quoted where CSV needs it.
QString csvCell(const QString &text);

} // namespace vpclens
