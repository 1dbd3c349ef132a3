// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/bundledsample.h"
#include "testpaths.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

class TestBundledSample : public QObject
{
    Q_OBJECT
private slots:
    void buildsCompleteWorkspace();
    void failsCleanlyOnMissingSource();
};

void TestBundledSample::buildsCompleteWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/sample.vpclens"));
    QString error;
    QVERIFY2(buildSampleWorkspace(test::sourcePath(QStringLiteral("resources/sample")), path, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
    auto ws = Workspace::open(path, &error, false);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->snapshotCount(), 1);
    QCOMPARE(ws->meta(QStringLiteral("title")), QStringLiteral("Sample estate"));
    // The sample as authored: 2 VPCs, 8 subnets, 8 instances + 1 NAT gateway interface.
    int vpcs = 0, enis = 0;
    for (const auto &c : ws->resourceCounts()) {
        if (c.kind == QLatin1String("vpc")) vpcs = c.count;
        if (c.kind == QLatin1String("network-interface")) enis = c.count;
    }
    QCOMPARE(vpcs, 2);
    QCOMPARE(enis, 9);
}

void TestBundledSample::failsCleanlyOnMissingSource()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.vpclens"));
    QString error;
    QVERIFY(!buildSampleWorkspace(dir.filePath(QStringLiteral("nowhere")), path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestBundledSample)
#include "tst_bundledsample.moc"
