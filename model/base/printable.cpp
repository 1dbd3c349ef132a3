// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/printable.h"

#include <algorithm>

namespace vpclens {
namespace {

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
           || (c >= 0x2066 && c <= 0x2069); // line separators and bidirectional overrides reorder what is shown
}

void appendEscape(QString &out, unsigned value)
{
    out += value < 0x100 ? QStringLiteral("\\x%1").arg(value, 2, 16, QLatin1Char('0'))
                         : QStringLiteral("\\u%1").arg(value, 4, 16, QLatin1Char('0'));
}

} // namespace

QString printable(const QString &text, qsizetype maxChars)
{
    QString out;
    out.reserve(std::min(text.size(), maxChars) + 8);
    qsizetype shown = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (shown >= maxChars) {
            out += QChar(0x2026);
            break;
        }
        const QChar c = text[i];
        if (isControl(c.unicode()))
            appendEscape(out, c.unicode());
        else
            out += c;
        ++shown;
    }
    return out;
}

QString printable(std::string_view bytes, qsizetype maxChars)
{
    // Decoded byte by byte where UTF-8 is broken: each bad byte shown as \xNN, the rest as text.
    QString out;
    std::size_t i = 0;
    qsizetype shown = 0;
    while (i < bytes.size()) {
        if (shown >= maxChars) {
            out += QChar(0x2026);
            break;
        }
        const auto b = static_cast<unsigned char>(bytes[i]);
        std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xe ? 3 : (b >> 3) == 0x1e ? 4 : 0;
        bool valid = len > 0 && i + len <= bytes.size();
        for (std::size_t k = 1; valid && k < len; ++k)
            valid = (static_cast<unsigned char>(bytes[i + k]) & 0xc0) == 0x80;
        if (!valid) {
            appendEscape(out, b);
            ++i;
            ++shown;
            continue;
        }
        const QString decoded = QString::fromUtf8(bytes.data() + i, qsizetype(len));
        if (decoded.size() == 1 && isControl(decoded[0].unicode()))
            appendEscape(out, decoded[0].unicode());
        else if (decoded.contains(QChar::ReplacementCharacter))
            for (std::size_t k = 0; k < len; ++k)
                appendEscape(out, static_cast<unsigned char>(bytes[i + k]));
        else
            out += decoded;
        i += len;
        ++shown;
    }
    return out;
}

QString csvCell(const QString &text)
{
    QString s = printable(text, 4000);
    if (!s.isEmpty() && (s[0] == QLatin1Char('=') || s[0] == QLatin1Char('+') || s[0] == QLatin1Char('@')))
        s.prepend(QLatin1Char('\''));
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')))
        return s;
    return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace vpclens
