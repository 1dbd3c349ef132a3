// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the fuzz targets: a file holding the fuzzer's bytes (the readers take paths), and a
// Qt application object for the code that asks for one.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <unistd.h>

namespace vpclens::fuzz {

// A scratch file per process, rewritten for every input.
inline QString writeInput(const uint8_t *data, size_t size, const char *suffix)
{
    static const QString dir = [] {
        // In memory where the system has it: a file is written for every input.
        const QDir base(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath());
        const QString d = base.filePath(QStringLiteral("vpclens-fuzz-%1").arg(::getpid()));
        QDir().mkpath(d);
        return d;
    }();
    const QString path = dir + QStringLiteral("/input") + QLatin1String(suffix);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "vpclens-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

} // namespace vpclens::fuzz
