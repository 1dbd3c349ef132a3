// SPDX-License-Identifier: GPL-3.0-or-later
// What the charts plot, against independent counts: the generator's manifest.json (every record, per
// file and flow log) and the sample's raw log lines read the plain way (samplelogs.h).
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "query/chartdata.h"
#include "samplelogs.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace vpclens;

class TestChartData : public QObject
{
    Q_OBJECT
private slots:
    void bucketSumsMatchTheManifest();
    void connectionsCountOnce();
    void topTalkersFromTheRawLogs();
    void emptyBucketsAreZero();

private:
    static CompiledFilter compile(const Workspace &ws, const Estate &estate, const QString &text);
    static qint64 sum(const QList<TimeBucket> &buckets, std::int64_t TimeBucket::*field);
    QTemporaryDir m_dir;
};

CompiledFilter TestChartData::compile(const Workspace &ws, const Estate &estate, const QString &text)
{
    const auto compiled = compileFilter(text, {&ws, &estate});
    if (const auto *e = std::get_if<FilterError>(&compiled))
        qFatal("filter %s: %s", qPrintable(text), qPrintable(e->message));
    return std::get<CompiledFilter>(compiled);
}

qint64 TestChartData::sum(const QList<TimeBucket> &buckets, std::int64_t TimeBucket::*field)
{
    qint64 total = 0;
    for (const TimeBucket &b : buckets)
        total += b.*field;
    return total;
}

// Counting every record, the buckets add up to the manifest's accepted and rejected records, for the whole estate and for each flow log (one per VPC) on its own.
void TestChartData::bucketSumsMatchTheManifest()
{
    VPCLENS_REQUIRE_GENERATOR();
    QTemporaryDir out;
    QCOMPARE(test::runGenerator(out.path(), {QStringLiteral("--records"), QStringLiteral("20000"), QStringLiteral("--vpcs"), QStringLiteral("2"),
                                             QStringLiteral("--days"), QStringLiteral("1")}),
             0);
    QFile mf(out.filePath(QStringLiteral("manifest.json")));
    QVERIFY(mf.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(mf.readAll()).object();
    const QString path = m_dir.filePath(QStringLiteral("gen.vpclens"));
    {
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        importTopology(*ws, {out.filePath(QStringLiteral("topology"))});
        QCOMPARE(importFlowLogs(*ws, {out.filePath(QStringLiteral("flowlogs"))}).badLines, 0);
    }
    QString error;
    auto ws = Workspace::open(path, &error, false);
    const Estate estate = loadEstate(*ws);

    const QJsonObject totals = manifest.value(QLatin1String("totals")).toObject();
    const ChartSeries all = loadChartSeries(path, CompiledFilter{}, {}, Counting::Records);
    QVERIFY(all.bucketSeconds >= 60);
    QCOMPARE(sum(all.buckets.accepted, &TimeBucket::flows), totals.value(QLatin1String("accept")).toInteger());
    QCOMPARE(sum(all.buckets.rejected, &TimeBucket::flows), totals.value(QLatin1String("reject")).toInteger());

    // Per flow log: its files' counts, against the chart of a filter on its VPC.
    struct Counts {
        qint64 accept = 0, reject = 0; // the manifest's "bytes" is the size of the file
    };
    std::map<QString, Counts> byVpc;
    for (const QJsonValue v : manifest.value(QLatin1String("files")).toArray()) {
        const QJsonObject f = v.toObject();
        Counts &c = byVpc[f.value(QLatin1String("vpc")).toString()];
        c.accept += f.value(QLatin1String("accept")).toInteger();
        c.reject += f.value(QLatin1String("reject")).toInteger();
    }
    QCOMPARE(byVpc.size(), std::size_t(2));
    for (const auto &[vpc, expected] : byVpc) {
        const ChartSeries s = loadChartSeries(path, compile(*ws, estate, QStringLiteral("vpc == %1").arg(vpc)), {}, Counting::Records);
        QCOMPARE(sum(s.buckets.accepted, &TimeBucket::flows), expected.accept);
        QCOMPARE(sum(s.buckets.rejected, &TimeBucket::flows), expected.reject);
    }
    // Counting each connection once drops the second interface's record of a connection inside the
    // estate, so the generator's traffic between its own hosts shows as fewer records.
    const ChartSeries once = loadChartSeries(path, CompiledFilter{}, {});
    QVERIFY(sum(once.buckets.accepted, &TimeBucket::flows) < totals.value(QLatin1String("accept")).toInteger());
    QVERIFY(sum(once.buckets.accepted, &TimeBucket::flows) > 0);
}

// On the sample: each connection once, against the raw lines with the owner of each source address.
void TestChartData::connectionsCountOnce()
{
    const QString path = m_dir.filePath(QStringLiteral("sample.vpclens"));
    {
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
        importFlowLogs(*ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))});
    }
    qint64 accepted = 0, rejected = 0, acceptedRecords = 0;
    for (const test::SampleRecord &r : test::sampleRecords()) {
        if (r.status != QLatin1String("OK"))
            continue;
        accepted += r.counted && r.action == QLatin1String("ACCEPT");
        rejected += r.counted && r.action == QLatin1String("REJECT");
        acceptedRecords += r.action == QLatin1String("ACCEPT");
    }
    QVERIFY(acceptedRecords > accepted);
    const ChartSeries once = loadChartSeries(path, CompiledFilter{}, {});
    QCOMPARE(sum(once.buckets.accepted, &TimeBucket::flows), accepted);
    QCOMPARE(sum(once.buckets.rejected, &TimeBucket::flows), rejected);
    const ChartSeries every = loadChartSeries(path, CompiledFilter{}, {}, Counting::Records);
    QCOMPARE(sum(every.buckets.accepted, &TimeBucket::flows), acceptedRecords);
    // A cancelled load gives nothing rather than part of an answer.
    const std::atomic_bool cancelled{true};
    QVERIFY(loadChartSeries(path, CompiledFilter{}, {}, Counting::Records, &cancelled).buckets.accepted.isEmpty());
}

// Top talkers: bytes sent plus received per address, each connection once, biggest first; for the
// whole sample (from the rollup) and for a filter on one port (a scan).
void TestChartData::topTalkersFromTheRawLogs()
{
    const QString path = m_dir.filePath(QStringLiteral("sample.vpclens"));
    QVERIFY(QFileInfo::exists(path)); // written by connectionsCountOnce
    QString error;
    auto ws = Workspace::open(path, &error, false);
    const Estate estate = loadEstate(*ws);
    const QList<test::SampleRecord> records = test::sampleRecords();
    auto expectedTop = [&](int port) {
        QHash<QString, qint64> bytes;
        for (const test::SampleRecord &r : records)
            if (r.counted && r.status == QLatin1String("OK") && (port < 0 || r.dstPort == port)) {
                bytes[r.src] += r.bytes;
                bytes[r.dst] += r.bytes;
            }
        QList<QPair<QString, qint64>> sorted;
        for (auto it = bytes.cbegin(); it != bytes.cend(); ++it)
            sorted.append({it.key(), it.value()});
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
        return sorted.mid(0, 3);
    };
    const auto all = loadTopTalkers(path, CompiledFilter{}, {});
    QVERIFY(all.size() >= 3);
    QCOMPARE(all.mid(0, 3), expectedTop(-1));
    // All time is kept in the workspace after the first answer, and answered from there again.
    sql::Statement kept(ws->handle(), "SELECT COUNT(*) FROM top_talkers");
    QVERIFY(kept.step() && kept.int64(0) >= 3);
    QCOMPARE(loadTopTalkers(path, CompiledFilter{}, {}), all);
    const auto https = loadTopTalkers(path, compile(*ws, estate, QStringLiteral("dstport == 443")), {});
    QVERIFY(https.size() >= 3);
    QCOMPARE(https.mid(0, 3), expectedTop(443));
}

// Three records at 10:00, 10:01 (hour buckets of 10 min) and 11:30: the gap between is zero, not a
// line across it; a closing point makes the last bucket as wide as the others.
void TestChartData::emptyBucketsAreZero()
{
    const qint64 t0 = 1748772000; // 2025-06-01 10:00 UTC
    const QList<TimeBucket> sparse{{t0, 2, 4, 100}, {t0 + 5400, 1, 1, 40}};
    const QList<TimeBucket> dense = denseBuckets(sparse, t0, t0 + 5400, 600);
    QCOMPARE(dense.size(), 5400 / 600 + 1 + 1);
    QCOMPARE(dense.first().flows, 2);
    for (qsizetype i = 1; i < dense.size() - 2; ++i) {
        QCOMPARE(dense[i].start, t0 + 600 * i);
        QCOMPARE(dense[i].flows, 0);
    }
    QCOMPARE(dense[dense.size() - 2].flows, 1);
    QCOMPARE(dense.last().start, t0 + 6000);
    QCOMPARE(dense.last().flows, 1);
    // One bucket: two points, a step as wide as the bucket.
    const QList<TimeBucket> one = denseBuckets({{t0 + 61, 3, 3, 3}}, 0, 0, 60);
    QCOMPARE(one.size(), 2);
    QCOMPARE(one.first().start, t0 + 60);
    QCOMPARE(one.last().start, t0 + 120);
    QVERIFY(denseBuckets({}, t0, t0 + 600, 60).isEmpty());
}

QTEST_MAIN(TestChartData)
#include "tst_chartdata.moc"
