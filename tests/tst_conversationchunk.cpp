// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/conversationchunk.h"
#include "workspace/sqlite.h"
#include "workspace/workspaceschema.h"

#include <QTest>

#include <limits>

using namespace vpclens;

namespace {

FlowAddress v4(const char *text)
{
    FlowAddress a;
    a.kind = FlowAddress::V4;
    a.v4 = *parseIpv4(text);
    return a;
}

FlowAddress v6(const char *text)
{
    FlowAddress a;
    a.kind = FlowAddress::V6;
    a.v6 = *parseIpv6(text);
    return a;
}

std::pair<ConversationKey, FlowSums> sum(std::int64_t hour, int action, FlowAddress src, FlowAddress dst, std::int64_t port, std::int64_t proto,
                                   std::int64_t flows, std::int64_t packets, std::int64_t bytes)
{
    return {ConversationKey{src, dst, port, proto, action, hour}, FlowSums{flows, packets, bytes}};
}

QString describe(const ConversationSum &s)
{
    return QStringLiteral("%1 %2 %3>%4 %5/%6 %7,%8,%9")
        .arg(s.hour).arg(s.action).arg(formatIp(s.src), formatIp(s.dst)).arg(s.dstPort).arg(s.protocol).arg(s.flows).arg(s.packets).arg(s.bytes);
}

QStringList decodeAll(const ConversationChunk &c, bool *ok = nullptr)
{
    QStringList out;
    const bool decoded = decodeConversationChunk(c.data.data(), int(c.data.size()), c.rawSize, c.minHour,
                                           [&](const ConversationSum &s) { out << describe(s); });
    if (ok)
        *ok = decoded;
    return out;
}

// Sums in key order, as FlowRollups::seal() hands them over: a run of one source, a -1 port and
// protocol (records that had none), IPv6 on either side, numbers past 32 bits, hours far apart.
std::vector<std::pair<ConversationKey, FlowSums>> sample()
{
    return {
        sum(483000, 1, v4("10.0.1.5"), v4("10.0.2.9"), 443, 6, 3, 30, 4500),
        sum(483000, 1, v4("10.0.1.5"), v4("10.0.2.9"), 5432, 6, 1, 12, 900),
        sum(483000, 1, v4("10.0.1.5"), v4("52.94.1.1"), -1, -1, 1, 0, 0),
        sum(483000, 2, v4("5.190.139.7"), v4("10.0.2.9"), 22, 6, 2, 2, 80),
        sum(483001, 0, v4("10.0.1.6"), v4("10.0.2.9"), 0, 1, 4, 4, 336),
        sum(483001, 1, v4("10.0.1.6"), v6("2600:1f18::7"), 443, 6, 1, 5000000000LL, 9000000000000LL),
        sum(483001, 2, v6("2001:db8::1"), v6("2001:db8::2"), 3389, 6, 1, 1, 60),
        sum(490000, 1, v6("2001:db8::1"), v4("10.0.2.9"), 53, 17, 7, 14, 1400),
    };
}

} // namespace

class TestConversationChunk : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsAndSplitsRejected();
    void leavesOutSumsWithoutAddresses();
    void damagedChunkIsReported();
    void storedChunksAnswerHourRanges();
};

void TestConversationChunk::roundTripsAndSplitsRejected()
{
    const auto chunks = encodeConversationChunks(sample());
    QCOMPARE(chunks.size(), std::size_t(2));
    const ConversationChunk &others = chunks[0], &rejected = chunks[1];
    QVERIFY(!others.rejected);
    QVERIFY(rejected.rejected);
    QCOMPARE(others.entries, 6);
    QCOMPARE(rejected.entries, 2);
    QCOMPARE(others.minHour, 483000);
    QCOMPARE(others.maxHour, 490000);
    QCOMPARE(rejected.minHour, 483000);
    QCOMPARE(rejected.maxHour, 483001);
    bool ok = false;
    QCOMPARE(decodeAll(others, &ok), (QStringList{
        QStringLiteral("483000 1 10.0.1.5>10.0.2.9 443/6 3,30,4500"),
        QStringLiteral("483000 1 10.0.1.5>10.0.2.9 5432/6 1,12,900"),
        QStringLiteral("483000 1 10.0.1.5>52.94.1.1 -1/-1 1,0,0"),
        QStringLiteral("483001 0 10.0.1.6>10.0.2.9 0/1 4,4,336"),
        QStringLiteral("483001 1 10.0.1.6>2600:1f18::7 443/6 1,5000000000,9000000000000"),
        QStringLiteral("490000 1 2001:db8::1>10.0.2.9 53/17 7,14,1400"),
    }));
    QVERIFY(ok);
    QCOMPARE(decodeAll(rejected, &ok), (QStringList{
        QStringLiteral("483000 2 5.190.139.7>10.0.2.9 22/6 2,2,80"),
        QStringLiteral("483001 2 2001:db8::1>2001:db8::2 3389/6 1,1,60"),
    }));
    QVERIFY(ok);
}

void TestConversationChunk::leavesOutSumsWithoutAddresses()
{
    auto sums = sample();
    sums.push_back(sum(490001, 1, FlowAddress{}, v4("10.0.2.9"), 80, 6, 1, 1, 1));
    const auto chunks = encodeConversationChunks(sums);
    QCOMPARE(chunks[0].entries, 6);
    QCOMPARE(chunks[0].maxHour, 490000);
    QVERIFY(encodeConversationChunks({}).empty());
}

void TestConversationChunk::damagedChunkIsReported()
{
    const ConversationChunk c = encodeConversationChunks(sample())[0];
    // A stored size that does not match what the stream inflates to.
    QVERIFY(!decodeConversationChunk(c.data.data(), int(c.data.size()), c.rawSize + 1, c.minHour, [](const ConversationSum &) {}));
    // A stream cut short.
    QVERIFY(!decodeConversationChunk(c.data.data(), int(c.data.size()) / 2, c.rawSize, c.minHour, [](const ConversationSum &) {}));
    // Bytes that are not a zlib stream at all.
    const std::string junk(64, 'x');
    QVERIFY(!decodeConversationChunk(junk.data(), int(junk.size()), c.rawSize, c.minHour, [](const ConversationSum &) {}));
}

void TestConversationChunk::storedChunksAnswerHourRanges()
{
    sqlite3 *raw = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &raw), SQLITE_OK);
    sql::DbPtr db(raw);
    sql::exec(raw, schema::kTalkerChunks);
    writeConversationChunks(raw, 7, encodeConversationChunks(sample()));
    // A second file with one more sum of a conversation the first had: it comes again, not merged.
    writeConversationChunks(raw, 8, encodeConversationChunks({sum(483000, 1, v4("10.0.1.5"), v4("10.0.2.9"), 443, 6, 1, 10, 1500)}));
    sql::Statement files(raw, "SELECT file, rejected, entries FROM talker_chunks ORDER BY file, rejected");
    QStringList stored;
    while (files.step())
        stored << QStringLiteral("%1/%2/%3").arg(files.int64(0)).arg(files.int64(1)).arg(files.int64(2));
    QCOMPARE(stored, (QStringList{QStringLiteral("7/0/6"), QStringLiteral("7/1/2"), QStringLiteral("8/0/1")}));

    auto collect = [&](std::int64_t from, std::int64_t to, ConversationActions which) {
        QStringList out;
        if (forEachConversationSum(raw, from, to, which, [&](const ConversationSum &s) { out << describe(s); }) != 0)
            out << QStringLiteral("damaged");
        out.sort();
        return out;
    };
    // Hour 483000 only: four sums from file 7, one from file 8.
    const QStringList first = collect(483000, 483000, ConversationActions::All);
    QCOMPARE(first.size(), 5);
    QCOMPARE(first.count(QStringLiteral("483000 1 10.0.1.5>10.0.2.9 443/6 1,10,1500")), 1);
    QCOMPARE(first.count(QStringLiteral("483000 1 10.0.1.5>10.0.2.9 443/6 3,30,4500")), 1);
    // Rejected only, everything.
    QCOMPARE(collect(0, std::numeric_limits<std::int64_t>::max(), ConversationActions::RejectedOnly),
             (QStringList{QStringLiteral("483000 2 5.190.139.7>10.0.2.9 22/6 2,2,80"),
                          QStringLiteral("483001 2 2001:db8::1>2001:db8::2 3389/6 1,1,60")}));
    // A range between the stored hours holds nothing; the last hour alone holds one sum.
    QVERIFY(collect(483002, 489999, ConversationActions::All).isEmpty());
    QCOMPARE(collect(490000, 490000, ConversationActions::All), QStringList{QStringLiteral("490000 1 2001:db8::1>10.0.2.9 53/17 7,14,1400")});

    // A damaged chunk is skipped and counted; the others still answer.
    sql::exec(raw, "UPDATE talker_chunks SET data = zeroblob(40) WHERE file = 8");
    int sums = 0;
    QCOMPARE(forEachConversationSum(raw, 483000, 483000, ConversationActions::All, [&](const ConversationSum &) { ++sums; }), 1);
    QCOMPARE(sums, 4);
}

QTEST_GUILESS_MAIN(TestConversationChunk)
#include "tst_conversationchunk.moc"
