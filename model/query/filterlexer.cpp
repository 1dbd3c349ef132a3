// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/filterlexer.h"

#include "base/translations.h"

namespace vpclens {
namespace {

// The contexts lupdate files this file's tr() calls under (see translateFrom).
QString tr(const char *text)
{
    return translateFrom({"vpclens"}, text);
}

} // namespace

QList<FilterToken> tokenizeFilter(const QString &s)
{
    QList<FilterToken> out;
    int i = 0;
    auto isWord = [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char(':') || c == QLatin1Char('/')
               || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('*');
    };
    while (i < s.size()) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const int start = i;
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            QString text;
            ++i;
            while (i < s.size() && s[i] != c) {
                if (s[i] == QLatin1Char('\\') && i + 1 < s.size())
                    ++i;
                text += s[i++];
            }
            if (i >= s.size())
                throw FilterFailure{{tr("The quoted text starting here is not closed."), start}};
            ++i;
            out.append({FilterToken::String, text, start});
        } else if (c == QLatin1Char('(')) {
            out.append({FilterToken::LParen, QStringLiteral("("), i++});
        } else if (c == QLatin1Char(')')) {
            out.append({FilterToken::RParen, QStringLiteral(")"), i++});
        } else if (c == QLatin1Char('{')) {
            out.append({FilterToken::LBrace, QStringLiteral("{"), i++});
        } else if (c == QLatin1Char('}')) {
            out.append({FilterToken::RBrace, QStringLiteral("}"), i++});
        } else if (c == QLatin1Char(',')) {
            out.append({FilterToken::Comma, QStringLiteral(","), i++});
        } else if (QStringLiteral("=!<>&|").contains(c)) {
            QString op(c);
            ++i;
            if (i < s.size() && (s[i] == QLatin1Char('=') || (c == QLatin1Char('&') && s[i] == c) || (c == QLatin1Char('|') && s[i] == c)))
                op += s[i++];
            if (op == QLatin1String("&") || op == QLatin1String("|"))
                throw FilterFailure{{tr("Unknown operator '%1'; use 'and' or 'or'.").arg(op), start}};
            out.append({FilterToken::Op, op, start});
        } else if (isWord(c)) {
            while (i < s.size() && isWord(s[i]))
                ++i;
            out.append({FilterToken::Word, s.mid(start, i - start), start});
        } else {
            throw FilterFailure{{tr("Unexpected character '%1'.").arg(c), i}};
        }
    }
    out.append({FilterToken::End, QString(), int(s.size())});
    return out;
}

} // namespace vpclens
