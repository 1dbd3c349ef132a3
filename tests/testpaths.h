// SPDX-License-Identifier: GPL-3.0-or-later
// Where the tests find their inputs. ../shared sits beside the checkout (a CMake definition); tests
// that need it skip with a clear message when it is truly absent.
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
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

inline QString generatorPath()
{
    return sharedPath(QStringLiteral("tools/gen-vpc-dataset"));
}

inline bool haveGenerator()
{
    return QFileInfo::exists(generatorPath()) && !QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty();
}

// Runs gen-vpc-dataset into `outDir` (replacing what is there) on one job; returns its exit code,
// -1 when it did not finish within three minutes.
inline int runGenerator(const QString &outDir, const QStringList &args)
{
    QProcess gen;
    gen.start(generatorPath(), QStringList{QStringLiteral("-o"), outDir, QStringLiteral("--force"), QStringLiteral("--jobs"), QStringLiteral("1")} + args);
    if (!gen.waitForFinished(180000))
        return -1;
    return gen.exitStatus() == QProcess::NormalExit ? gen.exitCode() : -1;
}

} // namespace vpclens::test

#define VPCLENS_REQUIRE_SHARED()                                                                       \
    do {                                                                                               \
        if (!vpclens::test::haveShared())                                                              \
            QSKIP(qPrintable(QStringLiteral("../shared/data/real not found at %1")                    \
                                 .arg(vpclens::test::sharedPath(QStringLiteral("data/real")))));       \
    } while (false)

#define VPCLENS_REQUIRE_GENERATOR()                                                                    \
    do {                                                                                               \
        if (!vpclens::test::haveGenerator())                                                           \
            QSKIP("gen-vpc-dataset or python3 not found");                                             \
    } while (false)
