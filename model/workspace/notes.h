// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst's own notes, kept in the workspace and printed in the review report: each about a
// subject (a finding, a flow record, a trace), as the views name it. Text only, shown as text.
#pragma once

#include <QList>
#include <QString>

namespace vpclens {

class Workspace;

struct Note {
    qint64 id = 0;
    QString subject; // "finding admin-port-open sg-0abc ingress tcp 22 0.0.0.0/0", "flow 1234: ...", "trace ..."
    QString text;
};

inline constexpr int kMaxNoteChars = 20000; // longer text is cut: a note, not a document

QList<Note> notes(const Workspace &ws); // in the order they were written; empty when the table is missing
qint64 addNote(Workspace &ws, const QString &subject, const QString &text);
void removeNote(Workspace &ws, qint64 id);

} // namespace vpclens
