// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/notes.h"

#include "workspace/sqlite.h"
#include "workspace/workspace.h"

namespace vpclens {

QList<Note> notes(const Workspace &ws)
{
    QList<Note> out;
    if (!ws.hasTable("notes"))
        return out;
    // Cut in SQL: a crafted note of hundreds of megabytes is never read whole.
    sql::Statement q(ws.handle(), "SELECT id, substr(subject, 1, ?1), substr(text, 1, ?1) FROM notes ORDER BY id LIMIT 10000");
    q.bind(1, kMaxNoteChars);
    while (q.step())
        out.append({q.int64(0), q.text(1), q.text(2)});
    return out;
}

qint64 addNote(Workspace &ws, const QString &subject, const QString &text)
{
    sql::Statement q(ws.handle(), "INSERT INTO notes(subject, text) VALUES(?1, ?2)");
    q.bind(1, subject.left(kMaxNoteChars)).bind(2, text.left(kMaxNoteChars)).run();
    return sqlite3_last_insert_rowid(ws.handle());
}

void removeNote(Workspace &ws, qint64 id)
{
    sql::Statement q(ws.handle(), "DELETE FROM notes WHERE id = ?1");
    q.bind(1, id).run();
}

} // namespace vpclens
