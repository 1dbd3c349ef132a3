// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecollector.h"

#include <QDirIterator>
#include <QFileInfo>

namespace vpclens {

QStringList collectFiles(const QStringList &paths, const QStringList &patterns)
{
    QStringList files;
    for (const QString &p : paths) {
        if (QFileInfo(p).isDir()) {
            QDirIterator it(p, patterns, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        } else {
            files.append(p);
        }
    }
    files.sort();
    files.removeDuplicates();
    return files;
}

} // namespace vpclens
