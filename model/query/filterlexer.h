// SPDX-License-Identifier: GPL-3.0-or-later
// The filter language's first phase: the expression as tokens, each with its position, so every later
// error can point at the character it is about. See flowfilter.h for the grammar.
#pragma once

#include "query/flowfilter.h"

#include <QList>
#include <QString>

namespace vpclens {

struct FilterToken {
    enum Type { Word, String, Op, LParen, RParen, LBrace, RBrace, Comma, End } type = End;
    QString text; // a word, the text inside quotes (escapes resolved), or the operator
    int pos = 0;  // character offset in the expression
};

// Why an expression is refused, thrown by the phases and caught by compileFilter.
struct FilterFailure {
    FilterError error;
};

// The tokens of an expression, ending with one End token. Throws FilterFailure on an unclosed quote,
// a single '&' or '|', or a character the language has no use for.
QList<FilterToken> tokenizeFilter(const QString &expression);

} // namespace vpclens
