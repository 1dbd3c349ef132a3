// SPDX-License-Identifier: GPL-3.0-or-later
// Where the tests find their inputs. ../shared sits beside the checkout (a CMake definition); tests
// that need it skip with a clear message when it is truly absent.
#pragma once

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTest>

namespace vpclens::test {

// How long a test waits for work on a worker thread (a count, a grouping, a layout) before it fails:
// generous, since a sanitizer build on a shared machine runs many times slower. A bound on a hang,
// never a timing assertion.
inline constexpr int kWaitMs = 120000;

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

// What gen-vpc-dataset's manifest.json in `outDir` says it broke on purpose, summed over its files:
// "malformed" lines, and each kind ("bad-ip", "bad-port", ...). Empty when there is no manifest.
inline QHash<QString, int> generatedMalformed(const QString &outDir)
{
    QHash<QString, int> out;
    QFile f(QDir(outDir).filePath(QStringLiteral("manifest.json")));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QJsonValue v : QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("files")).toArray()) {
        const QJsonObject file = v.toObject();
        out[QStringLiteral("malformed")] += file.value(QLatin1String("malformed")).toInt();
        const QJsonObject kinds = file.value(QLatin1String("malformed_kinds")).toObject();
        for (auto it = kinds.begin(); it != kinds.end(); ++it)
            out[it.key()] += it.value().toInt();
    }
    return out;
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
