// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/filecollector.h"

#include <QDir>
#include <QFileInfo>

namespace vpclens {

QStringList collectFiles(const QStringList &paths, const QStringList &patterns, QStringList *unreadable)
{
    // One spelling per file (./a/../b, relative or absolute): a file named twice is read once. Links
    // stay as named (the analyst's path); their content is found the same by its hash.
    auto canonical = [](const QString &p) { return QDir::cleanPath(QFileInfo(p).absoluteFilePath()); };
    QStringList files;
    for (const QString &p : paths) {
        if (!QFileInfo(p).isDir()) {
            files.append(canonical(p));
            continue;
        }
        // Walked by hand: QDirIterator passes over a folder it cannot list without a word.
        QStringList folders{p};
        while (!folders.isEmpty()) {
            const QString folder = folders.takeLast();
            QDir dir(folder);
            if (!dir.isReadable()) {
                if (unreadable)
                    unreadable->append(QStringLiteral("%1: folder not read (no permission to list it)").arg(folder));
                continue;
            }
            for (const QFileInfo &f : dir.entryInfoList(patterns, QDir::Files | QDir::Hidden))
                files.append(canonical(f.filePath()));
            for (const QFileInfo &d : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks))
                folders.append(d.filePath());
        }
    }
    files.sort();
    files.removeDuplicates();
    return files;
}

} // namespace vpclens
