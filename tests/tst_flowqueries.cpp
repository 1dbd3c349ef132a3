// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/flowimporter.h"
#include "query/flowqueries.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

namespace {

QString describe(const ConversationTotal &t)
{
    return QStringLiteral("%1>%2 %3/%4 %5,%6,%7").arg(t.src, t.dst).arg(t.dstPort).arg(t.protocol).arg(t.flows).arg(t.packets).arg(t.bytes);
}

QStringList describe(const QList<ConversationTotal> &talkers)
{
    QStringList out;
    for (const ConversationTotal &t : talkers)
        out << describe(t);
    return out;
}

} // namespace

class TestFlowQueries : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void topRejectedConversationsFromCacheAndChunks();
    void rejectedPerBucket();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

// Rejected conversations, summed by hand: 203.0.113.9 -> 10.0.0.5:3389 500 bytes in one record;
// 198.51.100.7 -> 10.0.0.5:22 40 + 60 = 100 bytes in two records an hour apart (two files);
// 2001:db8::9 -> 2001:db8::5:443 100 bytes in one record (ties on bytes, fewer records: after).
// An accepted transfer of 90,000 bytes is not among them; a NODATA record counts nowhere.
void TestFlowQueries::initTestCase()
{
    const QString header = QStringLiteral("version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n");
    const QStringList files[] = {
        {QStringLiteral("2 123456789012 eni-0a 198.51.100.7 10.0.0.5 5555 22 6 1 40 1741000000 1741000050 REJECT OK"),
         QStringLiteral("2 123456789012 eni-0a 10.0.0.5 52.94.1.1 40000 443 6 60 90000 1741000010 1741000060 ACCEPT OK"),
         QStringLiteral("2 123456789012 eni-0a 203.0.113.9 10.0.0.5 6000 3389 6 10 500 1741000100 1741000150 REJECT OK")},
        {QStringLiteral("2 123456789012 eni-0a 198.51.100.7 10.0.0.5 5556 22 6 1 60 1741003700 1741003750 REJECT OK"),
         QStringLiteral("2 123456789012 eni-0a 2001:db8::9 2001:db8::5 7000 443 6 2 100 1741003800 1741003850 REJECT OK"),
         QStringLiteral("2 123456789012 eni-0a - - - - - - - 1741003800 1741003850 - NODATA")},
    };
    QStringList paths;
    for (const QStringList &lines : files) {
        paths << m_dir.filePath(QStringLiteral("f%1.log").arg(paths.size()));
        QFile f(paths.last());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((header + lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    }
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("q.vpclens")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    QCOMPARE(importFlowLogs(*m_ws, paths).records, 6);
}

void TestFlowQueries::topRejectedConversationsFromCacheAndChunks()
{
    const QStringList expected{QStringLiteral("203.0.113.9>10.0.0.5 3389/6 1,10,500"), QStringLiteral("198.51.100.7>10.0.0.5 22/6 2,2,100"),
                               QStringLiteral("2001:db8::9>2001:db8::5 443/6 1,2,100")};
    // From the cache the import left (a short list), and summed from the conversation chunks (a list
    // longer than the cache keeps): the same answer.
    QCOMPARE(describe(topRejectedConversations(*m_ws, 2)), expected.mid(0, 2));
    QCOMPARE(describe(topRejectedConversations(*m_ws, 5000)), expected);
    sql::exec(m_ws->handle(), "DELETE FROM meta WHERE key = 'rejected_totals_import'");
    QCOMPARE(describe(topRejectedConversations(*m_ws, 3)), expected);
    QVERIFY(topRejectedConversations(*m_ws, 0).isEmpty());
}

void TestFlowQueries::rejectedPerBucket()
{
    // One-hour buckets: 1741000000 is 11:06:40 UTC, so its hour starts at 1740999600 (two rejected
    // records); 1741003700 and 1741003800 fall in the next hour (two).
    const QList<TimeBucket> buckets = flowsPerBucket(*m_ws, FlowAction::Reject, 3600);
    QCOMPARE(buckets.size(), 2);
    QCOMPARE(buckets[0].start, 1740999600);
    QCOMPARE(buckets[0].flows, 2);
    QCOMPARE(buckets[0].bytes, 540);
    QCOMPARE(buckets[1].start, 1741003200);
    QCOMPARE(buckets[1].flows, 2);
    QCOMPARE(buckets[1].bytes, 160);
}

QTEST_GUILESS_MAIN(TestFlowQueries)
#include "tst_flowqueries.moc"
