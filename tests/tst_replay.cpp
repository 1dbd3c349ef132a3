// SPDX-License-Identifier: GPL-3.0-or-later
// Replay (history/replay.h): the sample's connections against a copy of its export without the data
// NACL's entry 90 (deny tcp from 10.10.0.0/24): exactly the bastion -> database connections that entry
// rejected flip to accepted, counted from the raw log lines; against the export itself nothing flips.
#include "history/replay.h"
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "sampleedits.h"
#include "samplelogs.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <tuple>

using namespace vpclens;

class TestReplay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameConfigurationFlipsNothing();
    void withoutEntry90TheBastionReachesTheDatabase();

private:
    Estate exportWithout90();
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestReplay::initTestCase()
{
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("r.vpclens")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    importTopology(*m_ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))}, QDateTime::fromSecsSinceEpoch(1748736000, Qt::UTC));
    QVERIFY(importFlowLogs(*m_ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))}).records > 0);
}

Estate TestReplay::exportWithout90()
{
    const QString target = test::editedSampleCopy(m_dir.filePath(QStringLiteral("no90")),
                                                  {{QStringLiteral("describe-network-acls.json"), test::withoutDataEntry90}});
    QString error;
    auto scratch = Workspace::open(QStringLiteral(":memory:"), &error, true);
    importTopology(*scratch, {target});
    return loadEstate(*scratch);
}

void TestReplay::sameConfigurationFlipsNothing()
{
    const ReplayResult r = replayAgainst(*m_ws, loadEstate(*m_ws), {});
    QVERIFY(r.connections > 0);
    QCOMPARE(r.flips.size(), 0);
}

void TestReplay::withoutEntry90TheBastionReachesTheDatabase()
{
    // From the raw lines: each connection once, refused, tcp from the public subnet (10.10.0.0/24,
    // the bastion's) into the data subnets (10.10.20.0/24, 10.10.21.0/24).
    std::map<std::tuple<QString, QString, int>, qint64> expected;
    for (const test::SampleRecord &s : test::sampleRecords())
        if (s.counted && s.action == QLatin1String("REJECT") && s.protocol == 6 && s.src.startsWith(QLatin1String("10.10.0."))
            && (s.dst.startsWith(QLatin1String("10.10.20.")) || s.dst.startsWith(QLatin1String("10.10.21."))))
            expected[{s.src, s.dst, s.dstPort}] += 1;
    QVERIFY(!expected.empty());
    const ReplayResult r = replayAgainst(*m_ws, exportWithout90(), {});
    std::map<std::tuple<QString, QString, int>, qint64> flipped;
    for (const ReplayFlip &f : r.flips) {
        QCOMPARE(f.from, QStringLiteral("REJECT"));
        QCOMPARE(f.to, QStringLiteral("ACCEPT"));
        QCOMPARE(f.protocol, 6);
        QVERIFY2(f.rule.contains(QStringLiteral("90")), qPrintable(f.rule)); // the entry that had refused them
        // Its trace where it was refused: the request reached the data NACL, whose entry 90 denied it.
        QVERIFY(!f.trace.isEmpty());
        QVERIFY2(f.trace.last().startsWith(QStringLiteral("request nacl-ingress acl-0e000000000000a03")) && f.trace.last().endsWith(QStringLiteral("deny")),
                 qPrintable(f.trace.join(QLatin1String(" | "))));
        flipped[{f.client, f.server, f.port}] += f.connections;
    }
    auto text = [](const std::map<std::tuple<QString, QString, int>, qint64> &m) {
        QStringList out;
        for (const auto &[k, n] : m)
            out << QStringLiteral("%1->%2:%3 x%4").arg(std::get<0>(k), std::get<1>(k)).arg(std::get<2>(k)).arg(n);
        return out.join(QLatin1Char(' '));
    };
    QVERIFY2(flipped == expected, qPrintable(QStringLiteral("flipped %1; expected %2").arg(text(flipped), text(expected))));
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
