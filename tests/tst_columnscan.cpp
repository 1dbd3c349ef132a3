// SPDX-License-Identifier: GPL-3.0-or-later
// The record columns (schema 4) and the scan that answers filters over them. The column encoding
// round-trips every kind of value and refuses damaged blobs; the scan's counts, charts, groups, top
// rejected ports and table pages equal what SQLite computes row by row over `flows` for the same
// filter (hand-picked and a few hundred random filters over IPv4, IPv6 and absent fields), and a
// few counts equal those taken from the raw lines, which know nothing of either.
#include "ingest/flowimporter.h"
#include "query/columnfilter.h"
#include "query/flowfilter.h"
#include "query/flowsearch.h"
#include "testfiles.h"
#include "workspace/flowcolumns.h"
#include "workspace/workspace.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <utility>

using namespace vpclens;
namespace fc = flowcolumns;

class TestColumnScan : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void columnsRoundTrip();
    void damagedColumnsAreRefused();
    void countsFromTheRawLines();
    void sameAnswersAsSql_data();
    void sameAnswersAsSql();
    void randomFiltersAgree();
    void timeRangeBoundsTheBlocksRead();

private:
    CompiledFilter compiled(const QString &text);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QList<QList<QByteArray>> m_lines; // every record's fields, as written
};

namespace {

constexpr qint64 kStart = 1740996000; // 2025-03-03T10:00Z
constexpr int kFiles = 34;            // a block each at least: 32 blocks and more are scanned on two threads
constexpr int kRecords = kFiles * 1000;

QByteArray address(QRandomGenerator &g)
{
    const quint32 pick = g.bounded(10u);
    if (pick < 5)
        return QByteArrayLiteral("10.0.") + QByteArray::number(g.bounded(4u)) + '.' + QByteArray::number(g.bounded(1, 40));
    if (pick < 8)
        return QByteArrayLiteral("198.51.100.") + QByteArray::number(g.bounded(1, 255));
    return QByteArrayLiteral("2001:db8::") + QByteArray::number(g.bounded(1, 30), 16);
}

} // namespace

void TestColumnScan::initTestCase()
{
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("scan.vpclens")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    QRandomGenerator g(19);
    QStringList paths;
    const int perFile = kRecords / kFiles;
    for (int file = 0; file < kFiles; ++file) {
        QByteArray text = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n";
        for (int i = 0; i < perFile; ++i) {
            // Nearly in time order, as logs are: the blocks of neighbouring files overlap in time.
            const qint64 start = kStart + (file * perFile + i) / 5 + qint64(g.bounded(400)) - 200;
            const QByteArray eni = "eni-" + QByteArray(1, char('a' + g.bounded(3)));
            QList<QByteArray> f;
            if (g.bounded(50u) == 0) {
                f = {"2", "123456789012", eni, "-", "-", "-", "-", "-", "-", "-", QByteArray::number(start), QByteArray::number(start + 60), "-", "NODATA"};
            } else {
                const quint32 kind = g.bounded(20u);
                const QByteArray proto = kind == 0 ? "1" : kind < 4 ? "17" : "6";
                const bool client = g.bounded(2u) == 0;
                const QByteArray service = QByteArray::number(QList<int>{22, 53, 443, 3389, 5432, 8080}[g.bounded(6)]);
                const QByteArray ephemeral = QByteArray::number(g.bounded(32768, 61000));
                QByteArray sport = client ? ephemeral : service, dport = client ? service : ephemeral;
                if (kind == 0)
                    sport = dport = "0";
                if (g.bounded(40u) == 0)
                    sport = dport = "-";
                f = {"2", "123456789012", eni, address(g), address(g), sport, dport, proto,
                     QByteArray::number(g.bounded(1, 60)), QByteArray::number(g.bounded(40, 200000)), QByteArray::number(start),
                     QByteArray::number(start + g.bounded(1, 600)), g.bounded(5u) == 0 ? "REJECT" : "ACCEPT", "OK"};
            }
            m_lines.append(f);
            text += f.join(' ') + '\n';
        }
        paths << test::writeFile(QDir(m_dir.path()), QStringLiteral("f%1.log").arg(file), text);
    }
    const FlowImportResult r = importFlowLogs(*m_ws, paths);
    QCOMPARE(r.records, kRecords);
}

CompiledFilter TestColumnScan::compiled(const QString &text)
{
    auto c = compileFilter(text, {m_ws.get(), nullptr});
    if (const auto *e = std::get_if<FilterError>(&c))
        qFatal("%s: %s", qPrintable(text), qPrintable(e->message));
    return std::get<CompiledFilter>(c);
}

void TestColumnScan::columnsRoundTrip()
{
    const std::int64_t big = std::numeric_limits<std::int64_t>::max(), small = std::numeric_limits<std::int64_t>::min() + 1;
    const std::vector<std::vector<std::int64_t>> cases = {
        {fc::kNull, fc::kNull},                  // nothing present
        {7, 7, 7},                               // all the same
        {7, fc::kNull, 7},                       // the same, one absent
        {0, 255, 254},                           // one byte: 256 values and the absent mark need two
        {-5, 3, fc::kNull, 1000000},             // negative numbers
        {0, 4294967295, 12},                     // IPv4 addresses: five bytes
        {small, big, 0, fc::kNull},              // the widest range there is
        {big, big - 1},
    };
    for (const auto &values : cases) {
        const fc::Encoded e = fc::encode(values.data(), values.size());
        std::vector<std::int64_t> back;
        QVERIFY(fc::decode(e.data.data(), e.data.size(), values.size(), back));
        QCOMPARE(back, values);
    }
    // IPv6 addresses after the integers, referred to as -1 - index.
    std::vector<fc::V6> v6(2);
    v6[1][15] = 9;
    const std::vector<std::int64_t> refs = {167772161, -1, -2, fc::kNull};
    const fc::Encoded e = fc::encode(refs.data(), refs.size(), &v6);
    std::vector<std::int64_t> back;
    std::vector<fc::V6> v6back;
    QVERIFY(fc::decode(e.data.data(), e.data.size(), refs.size(), back, &v6back));
    QCOMPARE(back, refs);
    QVERIFY(v6back == v6);
}

void TestColumnScan::damagedColumnsAreRefused()
{
    const std::vector<std::int64_t> values = {1, 2, 3, 400};
    const fc::Encoded e = fc::encode(values.data(), values.size());
    std::vector<std::int64_t> out;
    QVERIFY(!fc::decode(e.data.data(), e.data.size() - 1, values.size(), out));      // cut short
    QVERIFY(!fc::decode(e.data.data(), e.data.size(), values.size() + 1, out));      // fewer values than the block has
    std::string wrongTag = e.data;
    wrongTag[0] = char(9);
    QVERIFY(!fc::decode(wrongTag.data(), wrongTag.size(), values.size(), out));
    QVERIFY(!fc::decode(e.data.data(), 0, values.size(), out));
    // An IPv6 reference past the addresses the column holds.
    std::vector<fc::V6> v6(1);
    const std::vector<std::int64_t> refs = {-1, -2};
    const fc::Encoded bad = fc::encode(refs.data(), refs.size(), &v6);
    std::vector<fc::V6> v6back;
    QVERIFY(!fc::decode(bad.data.data(), bad.data.size(), refs.size(), out, &v6back));
}

// Counts worked out from the lines as written.
void TestColumnScan::countsFromTheRawLines()
{
    auto lines = [&](const std::function<bool(const QList<QByteArray> &)> &keep) {
        return qint64(std::count_if(m_lines.cbegin(), m_lines.cend(), keep));
    };
    QCOMPARE(countFlows(*m_ws, compiled(QStringLiteral("dstport == 22"))), lines([](const auto &f) { return f[6] == "22"; }));
    // `not` keeps the records without the field (NODATA, ports '-').
    QCOMPARE(countFlows(*m_ws, compiled(QStringLiteral("not dstport == 22"))), lines([](const auto &f) { return f[6] != "22"; }));
    QCOMPARE(countFlows(*m_ws, compiled(QStringLiteral("dstport != 22"))), lines([](const auto &f) { return f[6] != "22"; }));
    QCOMPARE(countFlows(*m_ws, compiled(QStringLiteral("srcaddr in 10.0.0.0/8 and action == REJECT"))),
             lines([](const auto &f) { return f[3].startsWith("10.") && f[12] == "REJECT"; }));
    QCOMPARE(countFlows(*m_ws, compiled(QStringLiteral("addr in 2001:db8::/112"))),
             lines([](const auto &f) { return f[3].startsWith("2001:db8::") || f[4].startsWith("2001:db8::"); }));
    QCOMPARE(countFlows(*m_ws, compiled(QStringLiteral("bytes > 100000 or log-status == NODATA"))),
             lines([](const auto &f) { return f[13] == "NODATA" || (f[9] != "-" && f[9].toLongLong() > 100000); }));
    QCOMPARE(countFlows(*m_ws, compiled(QStringLiteral("eni == eni-b and protocol == udp"))),
             lines([](const auto &f) { return f[2] == "eni-b" && f[7] == "17"; }));
    QCOMPARE(countFlows(*m_ws, CompiledFilter{}), kRecords);
}

void TestColumnScan::sameAnswersAsSql_data()
{
    QTest::addColumn<QString>("filter");
    QTest::newRow("every record") << QString();
    QTest::newRow("a port") << QStringLiteral("dstport == 22");
    QTest::newRow("ports either way") << QStringLiteral("port in {22, 3389, 5432}");
    QTest::newRow("not a port either way") << QStringLiteral("port != 443");
    QTest::newRow("ipv6 either side") << QStringLiteral("addr == 2001:db8::1a or addr in 2001:db8::/120");
    QTest::newRow("rejected from outside") << QStringLiteral("action == REJECT and not srcaddr in 10.0.0.0/8");
    QTest::newRow("bytes and duration") << QStringLiteral("bytes >= 64K and duration < 120");
    QTest::newRow("end of a window") << QStringLiteral("end > 2025-03-03T11:00Z and start < 2025-03-03T11:30Z");
    QTest::newRow("nested nots") << QStringLiteral("not (not dstport == 53 or protocol == tcp)");
    QTest::newRow("matches nothing") << QStringLiteral("dstport == 1");
}

void TestColumnScan::sameAnswersAsSql()
{
    QFETCH(QString, filter);
    const CompiledFilter columns = filter.isEmpty() ? CompiledFilter{} : compiled(filter);
    QVERIFY(filter.isEmpty() || columns.columns);
    CompiledFilter rows = filter.isEmpty() ? compiled(QStringLiteral("version == 2")) : columns; // the SQL path, every record
    rows.columns.reset();
    QCOMPARE(countFlows(*m_ws, columns), countFlows(*m_ws, rows));
    for (const GroupBy by : {GroupBy::Conversation, GroupBy::Endpoint}) {
        const QList<GroupRow> a = groupFlows(*m_ws, columns, by, 100000), b = groupFlows(*m_ws, rows, by, 100000);
        QCOMPARE(a.size(), b.size());
        auto key = [](const GroupRow &r) {
            return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9").arg(r.a, r.b).arg(r.port).arg(r.protocol).arg(r.flows).arg(r.packets).arg(r.bytes).arg(r.rejected)
                       .arg(outcomeKey(r.outcome))
                   + QStringLiteral(" %1 %2 %3 %4 %5 %6 %7 %8").arg(r.ab.records).arg(r.ab.bytes).arg(r.ab.first).arg(r.ba.records).arg(r.ba.bytes)
                         .arg(r.ba.first).arg(r.first).arg(r.last);
        };
        QStringList ka, kb;
        for (int i = 0; i < a.size(); ++i)
            ka << key(a[i]), kb << key(b[i]);
        ka.sort();
        kb.sort();
        QCOMPARE(ka, kb);
    }
    for (const Counting counting : {Counting::Connections, Counting::Records}) {
        const FilteredBuckets a = bucketsForFilter(*m_ws, columns, 300, kStart + 7, kStart + 5000, counting);
        const FilteredBuckets b = bucketsForFilter(*m_ws, rows, 300, kStart + 7, kStart + 5000, counting);
        for (const auto &[x, y] : {std::pair(a.accepted, b.accepted), std::pair(a.rejected, b.rejected)}) {
            QCOMPARE(x.size(), y.size());
            for (int i = 0; i < x.size(); ++i)
                QVERIFY(x[i].start == y[i].start && x[i].flows == y[i].flows && x[i].packets == y[i].packets && x[i].bytes == y[i].bytes);
        }
    }
    QCOMPARE(topRejectedPorts(*m_ws, columns, 20), topRejectedPorts(*m_ws, rows, 20));
    // Pages of the table, both ways from the middle, and the next rejected record.
    const FlowKey middle{kStart + kRecords / 10, kRecords / 2};
    for (const bool forward : {true, false}) {
        const QList<FlowKey> a = fetchFlowKeys(*m_ws, columns, middle, 150, forward);
        QCOMPARE(a, fetchFlowKeys(*m_ws, rows, middle, 150, forward));
        const auto ra = nextRejected(*m_ws, columns, middle, forward), rb = nextRejected(*m_ws, rows, middle, forward);
        QCOMPARE(ra.has_value(), rb.has_value());
        if (ra)
            QCOMPARE(ra->id, rb->id);
    }
    // Every key in order, in one pass over the blocks, as the table counts them; and the span of the matches.
    for (const bool forward : {true, false}) {
        QList<FlowKey> a, b;
        forEachFlowKey(*m_ws, columns, middle, forward, [&](const FlowKey &k) { return a.append(k), true; });
        forEachFlowKey(*m_ws, rows, middle, forward, [&](const FlowKey &k) { return b.append(k), true; });
        QCOMPARE(a, b);
    }
    const MatchSpan sa = matchSpan(*m_ws, columns), sb = matchSpan(*m_ws, rows);
    QVERIFY(sa.records == sb.records && sa.first == sb.first && sa.last == sb.last);
    const QList<FlowRecord> page = fetchFlows(*m_ws, columns, FlowKey::first(), 40), same = fetchFlows(*m_ws, rows, FlowKey::first(), 40);
    QCOMPARE(page.size(), same.size());
    for (int i = 0; i < page.size(); ++i)
        QVERIFY(page[i].id == same[i].id && page[i].src == same[i].src && page[i].bytes == same[i].bytes && page[i].dstPort == same[i].dstPort);
}

// Random filters over every field the columns hold, with and, or, not and sets: counts agree.
void TestColumnScan::randomFiltersAgree()
{
    QRandomGenerator g(2026);
    const QStringList comparisons = {
        "action == ACCEPT", "action == REJECT", "log-status == NODATA", "version == 2", "srcaddr == 10.0.1.7", "dstaddr in 10.0.2.0/24",
        "addr in 198.51.100.0/25", "srcaddr == 2001:db8::5", "dstaddr in 2001:db8::/124", "srcport == 443", "dstport in {22, 53}",
        "port == 0", "port != 3389", "dstport > 40000", "srcport <= 1024", "protocol == icmp", "protocol in {tcp, udp}",
        "packets > 30", "bytes < 1000", "bytes >= 150K", "duration > 300", "start >= 2025-03-03T10:30Z", "end < 2025-03-03T11:15Z",
        "eni == eni-a", "eni in {eni-b, eni-c}", "dstport != 22", "srcaddr != 10.0.0.1",
    };
    std::function<QString(int)> expr = [&](int depth) -> QString {
        const quint32 pick = depth > 2 ? 0 : g.bounded(5u);
        if (pick <= 1)
            return comparisons[g.bounded(int(comparisons.size()))];
        if (pick == 2)
            return QStringLiteral("not (%1)").arg(expr(depth + 1));
        return QStringLiteral("(%1) %2 (%3)").arg(expr(depth + 1), QLatin1String(pick == 3 ? "and" : "or"), expr(depth + 1));
    };
    for (int i = 0; i < 150; ++i) {
        const QString text = expr(0);
        const CompiledFilter columns = compiled(text);
        QVERIFY2(columns.columns, qPrintable(text));
        CompiledFilter rows = columns;
        rows.columns.reset();
        QVERIFY2(countFlows(*m_ws, columns) == countFlows(*m_ws, rows), qPrintable(text));
    }
}

// A time range in the filter (what the GUI's range adds with `and`) bounds the blocks a scan reads;
// only a bound every match must meet counts: not one under `or` or `not`.
void TestColumnScan::timeRangeBoundsTheBlocksRead()
{
    using Bounds = std::pair<qint64, qint64>;
    constexpr qint64 kLimit = std::numeric_limits<qint64>::max(), kFloor = std::numeric_limits<qint64>::min();
    auto bounds = [this](const QString &text) {
        const CompiledFilter f = compiled(text);
        return f.columns ? Bounds(f.columns->startFrom(), f.columns->startTo()) : Bounds(-1, -1);
    };
    // 2025-03-03T10:30:00Z is 1740997800; 10:40:00 is 1740998400.
    QCOMPARE(bounds(QStringLiteral("dstport == 22 and start >= 2025-03-03T10:30Z and start <= 2025-03-03T10:40Z")), Bounds(1740997800, 1740998401));
    QCOMPARE(bounds(QStringLiteral("start > 2025-03-03T10:30Z and start < 2025-03-03T10:40Z")), Bounds(1740997801, 1740998400));
    QCOMPARE(bounds(QStringLiteral("start >= 2025-03-03T10:30Z or dstport == 22")), Bounds(kFloor, kLimit));
    QCOMPARE(bounds(QStringLiteral("not start >= 2025-03-03T10:30Z")), Bounds(kFloor, kLimit));
    QCOMPARE(bounds(QStringLiteral("dstport == 22")), Bounds(kFloor, kLimit));
    // And the answers within the range are SQLite's (the rows over the virtual table).
    const CompiledFilter f = compiled(QStringLiteral("protocol == tcp and start >= 2025-03-03T10:30Z and start <= 2025-03-03T10:40Z"));
    QVERIFY(f.columns);
    sql::Statement q(m_ws->handle(), QStringLiteral("SELECT COUNT(*) FROM flows f WHERE %1").arg(f.sql).toStdString());
    f.bind(q.get(), 1);
    QVERIFY(q.step());
    const qint64 expected = q.int64(0);
    QVERIFY(expected > 0);
    QCOMPARE(countFlows(*m_ws, f), expected);
    qint64 inOrder = 0;
    forEachFlowKey(*m_ws, f, FlowKey::first(), true, [&inOrder](const FlowKey &) { ++inOrder; return true; });
    QCOMPARE(inOrder, expected);
}

QTEST_GUILESS_MAIN(TestColumnScan)
#include "tst_columnscan.moc"
