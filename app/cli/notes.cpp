// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens-cli notes: the analyst's notes the review report prints (workspace/notes.h), listed, added
// or removed without the GUI.
#include "commands.h"

#include "workspace/notes.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace vpclens::cli {

int runNotes(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the notes the review report prints, add one about a subject (a finding, a flow, a trace), "
                                        "or remove one."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption add(QStringLiteral("add"), tr("Add a note about this subject (with --text)."), QStringLiteral("subject"));
    const QCommandLineOption text(QStringLiteral("text"), tr("The note's text."), QStringLiteral("text"));
    const QCommandLineOption remove(QStringLiteral("remove"), tr("Remove the note with this id."), QStringLiteral("id"));
    const QCommandLineOption json(QStringLiteral("json"), tr("List as JSON: {\"notes\": [{\"id\", \"subject\", \"text\"}]}."));
    parser.addOptions({workspace, add, text, remove, json});
    QTextStream out(stdout), err(stderr);
    if (const auto stop = parseArguments(parser, args))
        return *stop;
    const auto bad = [&](const QString &why) {
        err << tr("notes: %1\n").arg(why);
        return BadArguments;
    };
    if (!parser.isSet(workspace))
        return bad(tr("--workspace is required"));
    if (parser.isSet(add) && parser.isSet(remove))
        return bad(tr("--add and --remove exclude each other"));
    if (parser.isSet(add) && (parser.value(add).trimmed().isEmpty() || parser.value(text).trimmed().isEmpty()))
        return bad(tr("--add needs a subject and --text"));
    bool isNumber = false;
    const qint64 removed = parser.value(remove).toLongLong(&isNumber);
    if (parser.isSet(remove) && (!isNumber || removed <= 0))
        return bad(tr("--remove needs a note's id"));
    const bool writes = parser.isSet(add) || parser.isSet(remove);
    auto ws = openWorkspaceOrSay(parser.value(workspace), writes ? Access::Write : Access::Read);
    if (!ws)
        return Failure;
    try {
        if (parser.isSet(add)) {
            const qint64 id = addNote(*ws, parser.value(add).trimmed(), parser.value(text).trimmed());
            out << tr("Added note %1\n").arg(id);
            return Success;
        }
        if (parser.isSet(remove)) {
            const QList<Note> all = notes(*ws);
            if (std::none_of(all.cbegin(), all.cend(), [&](const Note &n) { return n.id == removed; })) {
                err << tr("notes: the workspace has no note %1\n").arg(removed);
                return Failure;
            }
            removeNote(*ws, removed);
            out << tr("Removed note %1\n").arg(removed);
            return Success;
        }
        const QList<Note> all = notes(*ws);
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const Note &n : all)
                list.append(QJsonObject{{QStringLiteral("id"), n.id}, {QStringLiteral("subject"), n.subject}, {QStringLiteral("text"), n.text}});
            out << QJsonDocument(QJsonObject{{QStringLiteral("notes"), list}}).toJson(QJsonDocument::Indented);
            return Success;
        }
        for (const Note &n : all)
            out << n.id << '\t' << n.subject << '\n' << QStringLiteral("\t%1\n").arg(QString(n.text).replace(QLatin1Char('\n'), QStringLiteral("\n\t")));
        if (all.isEmpty())
            out << tr("No notes.\n");
        return Success;
    } catch (const sql::Error &e) {
        err << tr("notes: %1\n").arg(QString::fromUtf8(e.what()));
        return Failure;
    }
}

} // namespace vpclens::cli
