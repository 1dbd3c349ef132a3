// SPDX-License-Identifier: GPL-3.0-or-later
// Where the tests find their inputs. ../shared sits beside the checkout (a CMake definition); tests
// that need it skip with a clear message when it is truly absent.
#pragma once

#include <QDir>
#include <QString>
#include <QTest>

namespace vpclens::test {

inline QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(VPCLENS_SOURCE_DIR)).filePath(relative);
}

inline QString sharedPath(const QString &relative)
{
    return QDir(QStringLiteral(VPCLENS_SHARED_DIR)).filePath(relative);
}

inline bool haveShared()
{
    return QDir(sharedPath(QStringLiteral("data/real"))).exists();
}

} // namespace vpclens::test

#define VPCLENS_REQUIRE_SHARED()                                                                       \
    do {                                                                                               \
        if (!vpclens::test::haveShared())                                                              \
            QSKIP(qPrintable(QStringLiteral("../shared/data/real not found at %1")                    \
                                 .arg(vpclens::test::sharedPath(QStringLiteral("data/real")))));       \
    } while (false)
