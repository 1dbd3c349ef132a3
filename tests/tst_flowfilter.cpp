// SPDX-License-Identifier: GPL-3.0-or-later
// The filter language: parse errors with positions, SQL with bound parameters only, an injection
// attempt that stays a literal, and results on the sample workspace against counts taken from the
// raw flow logs (samplelogs.h), never from the code under test.
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "query/filterclause.h"
#include "query/flowfilter.h"
#include "query/flowsearch.h"
#include "samplelogs.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace vpclens;

class TestFlowFilter : public QObject
{
    Q_OBJECT
private slots:
    void namesStandForWhatCarriesThem();
    void initTestCase();
    void errors_data();
    void errors();
    void valuesAreBoundNotPasted();
    void injectionStaysALiteral();
    void results_data();
    void results();
    void notIncludesRecordsWithoutTheField();
    void applyAsFilterJoins();
    void conversationsCountOnce();
    void chartBucketsFromTheRollup();
    void timeWindowsFromTheRollup();
    void timeWindowsInsideAMinute();
    void topRejectedPortsFollowTheFilter();

private:
    qint64 count(const QString &filter);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Estate m_estate;
    QList<test::SampleRecord> m_records;
};

void TestFlowFilter::initTestCase()
{
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("t.vpclens")), &error);
    QVERIFY(m_ws);
    importTopology(*m_ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
    importFlowLogs(*m_ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))});
    m_estate = loadEstate(*m_ws);
    m_records = test::sampleRecords();
    QVERIFY(m_records.size() > 1000);
}

qint64 TestFlowFilter::count(const QString &filter)
{
    const auto c = compileFilter(filter, {m_ws.get(), &m_estate});
    if (const auto *e = std::get_if<FilterError>(&c)) {
        qWarning() << e->message;
        return -1;
    }
    return countFlows(*m_ws, std::get<CompiledFilter>(c));
}

// `name ==` by an instance's Name tag (describe-instances: i-0100000000000003a is "bastion", on
// eni-01000000000000003), a subnet's (data-b: db-2's interface), or a group's; counted from the raw lines.
void TestFlowFilter::namesStandForWhatCarriesThem()
{
    const auto on = [&](const QStringList &enis) {
        return qint64(std::count_if(m_records.cbegin(), m_records.cend(), [&](const test::SampleRecord &r) { return enis.contains(r.eni); }));
    };
    QCOMPARE(count(QStringLiteral("name == bastion")), on({QStringLiteral("eni-01000000000000003")}));
    QCOMPARE(count(QStringLiteral("name == data-b")), on({QStringLiteral("eni-01000000000000007")}));
    QCOMPARE(count(QStringLiteral("name == i-0100000000000003a")), on({QStringLiteral("eni-01000000000000003")}));
    QVERIFY(count(QStringLiteral("name == bastion-sg")) >= on({QStringLiteral("eni-01000000000000003")}));
    // The trace's endpoints by name too.
    QCOMPARE(m_estate.resolveEndpoint(QStringLiteral("bastion")), m_estate.resolveEndpoint(QStringLiteral("i-0100000000000003a")));
    QVERIFY(m_estate.resolveEndpoint(QStringLiteral("bastion")).has_value());
    QVERIFY(!m_estate.resolveEndpoint(QStringLiteral("nobody")).has_value());
}

void TestFlowFilter::errors_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown field") << "colour == red" << 0 << "Unknown field 'colour'";
    QTest::newRow("missing value") << "dstport ==" << 10 << "Expected a value";
    QTest::newRow("dangling or") << "dstport == 22 or" << 16 << "field name";
    QTest::newRow("bad address") << "srcaddr == 10.0.0.256" << 11 << "not an IPv4";
    QTest::newRow("bad port") << "dstport == 70000" << 11 << "not a port";
    QTest::newRow("bad action") << "action == DROP" << 10 << "not an action";
    QTest::newRow("unclosed paren") << "(action == REJECT" << 0 << "not closed";
    QTest::newRow("unclosed set") << "dstport in {22, 80" << 11 << "not closed";
    QTest::newRow("ordered address") << "srcaddr > 10.0.0.1" << 0 << "cannot be compared";
    QTest::newRow("unknown name") << "subnet == nowhere" << 10 << "No subnet matches 'nowhere'";
    QTest::newRow("bad time") << "start >= yesterday" << 9 << "not a time";
    QTest::newRow("single ampersand") << "a & b" << 2 << "Unknown operator";
    QTest::newRow("either field with a field") << "addr == pkt-srcaddr" << 0 << "either of two fields";
    QTest::newRow("fields of two kinds") << "srcaddr == dstport" << 11 << "different kinds";
    QTest::newRow("addresses in order") << "pkt-srcaddr > srcaddr" << 0 << "cannot be compared";
}

void TestFlowFilter::errors()
{
    QFETCH(QString, filter);
    QFETCH(int, position);
    QFETCH(QString, says);
    const auto c = compileFilter(filter, {m_ws.get(), &m_estate});
    const auto *e = std::get_if<FilterError>(&c);
    QVERIFY2(e, qPrintable(filter));
    QVERIFY2(e->message.contains(says), qPrintable(e->message));
    QCOMPARE(e->position, position);
}

void TestFlowFilter::valuesAreBoundNotPasted()
{
    const auto c = compileFilter(QStringLiteral("dstport in {22, 3389} and bytes > 1M and srcaddr in 10.0.0.0/8 and start >= 2025-06-01T10:00"),
                                 {m_ws.get(), &m_estate});
    const auto *f = std::get_if<CompiledFilter>(&c);
    QVERIFY(f);
    for (const char *literal : {"22", "3389", "1048576", "167772160", "184549375", "1748772000"})
        QVERIFY2(!f->sql.contains(QLatin1String(literal)), qPrintable(f->sql));
    QCOMPARE(f->sql.count(QLatin1Char('?')), 6);
    QCOMPARE(f->params.size(), 6);
    QList<qint64> values;
    for (const FilterParam &p : f->params)
        values << p.value;
    // 10.0.0.0/8 is 167772160..184549375; 1M is 1024 * 1024; 2025-06-01T10:00Z is 1748772000.
    QCOMPARE(values, QList<qint64>({22, 3389, 1048576, 167772160, 184549375, 1748772000}));
}

void TestFlowFilter::injectionStaysALiteral()
{
    // Quoted text is a value: here a name that matches nothing, never SQL.
    const auto c = compileFilter(QStringLiteral("eni == \"x') OR 1=1; DROP TABLE flows; --\""), {m_ws.get(), &m_estate});
    const auto *e = std::get_if<FilterError>(&c);
    QVERIFY(e);
    QVERIFY(e->message.contains(QStringLiteral("DROP TABLE flows")));
    QCOMPARE(count(QString()), qint64(m_records.size())); // the table is still there
}

// The rollup keeps the minute a record started in: a bound inside a minute, an equality on the start,
// or any bound on the end are the records' to answer. The chart's sums still match the raw logs.
void TestFlowFilter::timeWindowsInsideAMinute()
{
    QList<qint64> starts;
    for (const test::SampleRecord &r : m_records)
        if (r.start > 0 && r.start % 60 != 0)
            starts << r.start;
    QVERIFY(starts.size() > 10);
    std::sort(starts.begin(), starts.end());
    const qint64 from = starts[starts.size() / 3], to = starts[2 * starts.size() / 3]; // inside minutes, not on them
    QVERIFY(from % 60 != 0 && to % 60 != 0);
    struct Case {
        QString text;
        std::function<bool(const test::SampleRecord &)> holds;
    };
    const QList<Case> cases{
        {QStringLiteral("start >= %1 and start < %2").arg(from).arg(to), [&](const auto &r) { return r.start >= from && r.start < to; }},
        {QStringLiteral("start > %1 and start <= %2").arg(from).arg(to), [&](const auto &r) { return r.start > from && r.start <= to; }},
        {QStringLiteral("not start < %1").arg(from), [&](const auto &r) { return r.start >= from; }},
        {QStringLiteral("start == %1").arg(from), [&](const auto &r) { return r.start == from; }},
        {QStringLiteral("end >= %1 and end < %2").arg(from).arg(to), [&](const auto &r) { return r.end >= from && r.end < to; }},
        {QStringLiteral("action == REJECT and end > %1").arg(from / 60 * 60), [&](const auto &r) { return r.action == QLatin1String("REJECT") && r.end > from / 60 * 60; }},
    };
    for (const Case &c : cases) {
        qint64 expected = 0;
        for (const test::SampleRecord &r : m_records)
            expected += r.counted && r.status == QLatin1String("OK") && c.holds(r);
        QVERIFY2(expected > 0, qPrintable(c.text));
        const auto compiled = compileFilter(c.text, {m_ws.get(), &m_estate});
        const FilteredBuckets b = bucketsForFilter(*m_ws, std::get<CompiledFilter>(compiled), 300);
        qint64 n = 0;
        for (const QList<TimeBucket> *part : {&b.accepted, &b.rejected})
            for (const TimeBucket &t : *part)
                n += t.flows;
        QVERIFY2(n == expected, qPrintable(QStringLiteral("%1: %2 in the chart, %3 in the logs").arg(c.text).arg(n).arg(expected)));
    }
    // A window given to the chart itself, bounded inside minutes.
    qint64 expected = 0;
    for (const test::SampleRecord &r : m_records)
        expected += r.counted && r.status == QLatin1String("OK") && r.start >= from && r.start < to;
    for (const QString &text : {QString(), QStringLiteral("action in {ACCEPT, REJECT}")}) {
        const FilteredBuckets b = bucketsForFilter(*m_ws, std::get<CompiledFilter>(compileFilter(text, {m_ws.get(), &m_estate})), 300, from, to);
        qint64 n = 0;
        for (const QList<TimeBucket> *part : {&b.accepted, &b.rejected})
            for (const TimeBucket &t : *part)
                n += t.flows;
        QCOMPARE(n, expected);
    }
}

void TestFlowFilter::results_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<qint64>("expected");
    qint64 rejected = 0, ssh = 0, outside = 0, bigAccepted = 0, icmpOrHttps = 0, dbSubnet = 0, notTen = 0, window = 0;
    qint64 lowToHigh = 0, sameBothWays = 0, fromTheHigherPort = 0;
    for (const test::SampleRecord &r : test::sampleRecords()) {
        rejected += r.action == QLatin1String("REJECT");
        ssh += (r.dstPort == 22 || r.dstPort == 3389) && r.action == QLatin1String("REJECT");
        outside += r.src.startsWith(QStringLiteral("198.51.100."));
        bigAccepted += r.bytes > 1024 && r.action == QLatin1String("ACCEPT");
        icmpOrHttps += r.protocol == 1 || (r.protocol == 6 && (r.srcPort == 443 || r.dstPort == 443));
        // data-a and data-b hold eni-...06 (db-1) and eni-...07 by the sample's describe-network-interfaces.
        dbSubnet += r.eni == QLatin1String("eni-01000000000000006");
        notTen += !r.src.startsWith(QStringLiteral("10.")) || r.src == QLatin1String("-");
        window += r.start >= 1748768400 && r.start < 1748772000;
        const bool ports = r.srcPort >= 0 && r.dstPort >= 0 && r.status == QLatin1String("OK");
        lowToHigh += ports && r.srcPort < r.dstPort;
        sameBothWays += ports && r.srcPort == r.dstPort;
        fromTheHigherPort += ports && r.srcPort > r.dstPort && r.action == QLatin1String("REJECT");
    }
    QTest::newRow("rejected") << "action == REJECT" << rejected;
    QTest::newRow("ssh or rdp probes") << "action == REJECT and dstport in {22, 3389}" << ssh;
    QTest::newRow("from a documentation range") << "srcaddr in 198.51.100.0/24" << outside;
    QTest::newRow("accepted over 1K") << "bytes > 1K and not action == REJECT and action = ACCEPT" << bigAccepted;
    QTest::newRow("icmp, or https either way") << "proto == icmp or (proto == tcp and port == 443)" << icmpOrHttps;
    QTest::newRow("by subnet name") << "subnet == data-a" << dbSubnet;
    QTest::newRow("not in 10/8") << "not srcaddr in 10.0.0.0/8" << notTen;
    QTest::newRow("hour window") << "start >= 2025-06-01T09:00 and start < '2025-06-01 12:00+02:00'" << window;
    // A field against another of the same record (both present).
    QTest::newRow("replies: from the lower port") << "srcport < dstport" << lowToHigh;
    QTest::newRow("same port both ends (ICMP's zeros)") << "srcport == dstport" << sameBothWays;
    QTest::newRow("rejected requests") << "srcport > dstport and action == REJECT" << fromTheHigherPort;
}

void TestFlowFilter::results()
{
    QFETCH(QString, filter);
    QFETCH(qint64, expected);
    QVERIFY(expected > 0);
    QCOMPARE(count(filter), expected);
}

void TestFlowFilter::notIncludesRecordsWithoutTheField()
{
    qint64 noData = 0;
    for (const test::SampleRecord &r : m_records)
        noData += r.status != QLatin1String("OK");
    QVERIFY(noData > 0);
    QCOMPARE(count(QStringLiteral("srcaddr in 0.0.0.0/0")) + count(QStringLiteral("not srcaddr in 0.0.0.0/0")), qint64(m_records.size()));
    QCOMPARE(count(QStringLiteral("log-status != OK")), noData);
}

// "Apply as Filter" and its joins, as Wireshark words them: the text (parentheses only where `and`
// over `or` or a `not` needs them; values quoted where the lexer needs it), and what each keeps on the
// sample, counted from the raw lines.
void TestFlowFilter::applyAsFilterJoins()
{
    const QString ssh = QStringLiteral("dstport == 22");
    const QString either = QStringLiteral("action == REJECT or protocol == icmp");
    QCOMPARE(joinFilter(QString(), ssh, FilterJoin::AndSelected), ssh);
    QCOMPARE(joinFilter(QStringLiteral("  "), ssh, FilterJoin::OrNotSelected), QStringLiteral("not dstport == 22"));
    QCOMPARE(joinFilter(either, ssh, FilterJoin::Selected), ssh);
    QCOMPARE(joinFilter(either, ssh, FilterJoin::NotSelected), QStringLiteral("not dstport == 22"));
    QCOMPARE(joinFilter(either, ssh, FilterJoin::AndSelected), QStringLiteral("(action == REJECT or protocol == icmp) and dstport == 22"));
    QCOMPARE(joinFilter(QStringLiteral("(a or b) and c"), ssh, FilterJoin::AndSelected), QStringLiteral("(a or b) and c and dstport == 22"));
    QCOMPARE(joinFilter(QStringLiteral("a || b"), ssh, FilterJoin::AndNotSelected), QStringLiteral("(a || b) and not dstport == 22"));
    QCOMPARE(joinFilter(either, ssh, FilterJoin::OrSelected), QStringLiteral("action == REJECT or protocol == icmp or dstport == 22"));
    QCOMPARE(joinFilter(ssh, either, FilterJoin::AndSelected), QStringLiteral("dstport == 22 and (action == REJECT or protocol == icmp)"));
    QCOMPARE(joinFilter(ssh, QStringLiteral("addr == 10.0.0.1 and port == 5432"), FilterJoin::OrNotSelected),
             QStringLiteral("dstport == 22 or not (addr == 10.0.0.1 and port == 5432)"));
    QCOMPARE(joinFilter(QStringLiteral("srcport == \"unclosed"), ssh, FilterJoin::AndSelected), QStringLiteral("(srcport == \"unclosed) and dstport == 22"));
    QCOMPARE(filterClause(QStringLiteral("rule"), QStringLiteral("sg-0abc egress all 0.0.0.0/0")), QStringLiteral("rule == \"sg-0abc egress all 0.0.0.0/0\""));
    QCOMPARE(filterClause(QStringLiteral("name"), QStringLiteral("a \"b\" \\c")), QStringLiteral("name == \"a \\\"b\\\" \\\\c\""));
    QCOMPARE(filterClause(QStringLiteral("name"), QStringLiteral("or")), QStringLiteral("name == \"or\""));
    QCOMPARE(filterClause(QStringLiteral("srcaddr"), QStringLiteral("2001:db8::1")), QStringLiteral("srcaddr == 2001:db8::1"));

    qint64 rejected = 0, rejectedSsh = 0, sshOrIcmp = 0, rejectedNotSsh = 0;
    for (const test::SampleRecord &r : m_records) {
        const bool isRejected = r.action == QLatin1String("REJECT"), isSsh = r.dstPort == 22;
        rejected += isRejected;
        rejectedSsh += isRejected && isSsh;
        sshOrIcmp += isSsh || r.protocol == 1;
        rejectedNotSsh += isRejected && !isSsh;
    }
    QVERIFY(rejectedSsh > 0 && rejectedNotSsh > 0);
    const QString reject = QStringLiteral("action == REJECT");
    QCOMPARE(count(joinFilter(reject, ssh, FilterJoin::AndSelected)), rejectedSsh);
    QCOMPARE(count(joinFilter(reject, ssh, FilterJoin::AndNotSelected)), rejectedNotSsh);
    QCOMPARE(count(joinFilter(QStringLiteral("protocol == icmp"), ssh, FilterJoin::OrSelected)), sshOrIcmp);
    QCOMPARE(count(joinFilter(QString(), reject, FilterJoin::NotSelected)), qint64(m_records.size()) - rejected);
    // A conversation's filter (an `and` of its ends) negated whole, then joined.
    QCOMPARE(count(joinFilter(reject, QStringLiteral("dstport == 22 and action == REJECT"), FilterJoin::AndNotSelected)), rejectedNotSsh);
}

void TestFlowFilter::conversationsCountOnce()
{
    // The db server's PostgreSQL conversations: each connection once although both ends log it.
    qint64 expected = 0;
    for (const test::SampleRecord &r : m_records)
        expected += r.counted && r.status == QLatin1String("OK") && r.protocol == 6
                    && ((r.dst == QLatin1String("10.10.20.41") && r.dstPort == 5432) || (r.src == QLatin1String("10.10.20.41") && r.srcPort == 5432));
    const auto c = compileFilter(QStringLiteral("addr == 10.10.20.41 and port == 5432"), {m_ws.get(), &m_estate});
    qint64 flows = 0;
    for (const GroupRow &g : groupFlows(*m_ws, std::get<CompiledFilter>(c), GroupBy::Conversation)) {
        QCOMPARE(g.b, QStringLiteral("10.10.20.41")); // the server side, replies included
        QCOMPARE(g.port, qint64(5432));
        flows += g.flows;
    }
    QVERIFY(expected > 0);
    QCOMPARE(flows, expected);
}

// Filters on action, time and interfaces are answered from the per-ENI rollup; the sums still match
// the raw logs (records counted once, logged by the data-a database's interface).
void TestFlowFilter::chartBucketsFromTheRollup()
{
    qint64 accepted = 0, rejected = 0;
    for (const test::SampleRecord &r : m_records)
        if (r.counted && r.status == QLatin1String("OK") && r.eni == QLatin1String("eni-01000000000000006")) {
            accepted += r.action == QLatin1String("ACCEPT");
            rejected += r.action == QLatin1String("REJECT");
        }
    QVERIFY(accepted > 0);
    const auto c = compileFilter(QStringLiteral("subnet == data-a and start >= 0"), {m_ws.get(), &m_estate});
    const CompiledFilter &f = std::get<CompiledFilter>(c);
    QVERIFY(f.rollupable);
    const auto sum = [](const QList<TimeBucket> &b) {
        qint64 n = 0;
        for (const TimeBucket &t : b)
            n += t.flows;
        return n;
    };
    const FilteredBuckets fromRollup = bucketsForFilter(*m_ws, f, 300);
    QCOMPARE(sum(fromRollup.accepted), accepted);
    QCOMPARE(sum(fromRollup.rejected), rejected);
    CompiledFilter scan = f;
    scan.rollupable = false; // the same filter over the records themselves
    const FilteredBuckets fromFlows = bucketsForFilter(*m_ws, scan, 300);
    QCOMPARE(sum(fromFlows.accepted), accepted);
    QCOMPARE(fromFlows.accepted.size(), fromRollup.accepted.size());
    QVERIFY(!std::get<CompiledFilter>(compileFilter(QStringLiteral("dstport == 22"), {m_ws.get(), &m_estate})).rollupable);
}

// A time window answered from the rollup (its minute column searched by index) counts what the raw
// logs hold in that window, whichever comparison operators bound it.
void TestFlowFilter::timeWindowsFromTheRollup()
{
    qint64 first = std::numeric_limits<qint64>::max();
    for (const test::SampleRecord &r : m_records)
        if (r.start > 0)
            first = std::min(first, r.start);
    const qint64 from = (first + 1800) / 60 * 60, to = from + 2 * 3600; // whole minutes
    qint64 expected = 0;
    for (const test::SampleRecord &r : m_records)
        expected += r.counted && r.status == QLatin1String("OK") && r.start >= from && r.start < to;
    QVERIFY(expected > 0);
    for (const QString &text : {QStringLiteral("start >= %1 and start < %2").arg(from).arg(to),
                                QStringLiteral("start > %1 and start <= %2").arg(from - 1).arg(to - 1),
                                QStringLiteral("action in {ACCEPT, REJECT} and start >= %1 and not start >= %2").arg(from).arg(to)}) {
        const auto c = compileFilter(text, {m_ws.get(), &m_estate});
        const CompiledFilter &f = std::get<CompiledFilter>(c);
        QVERIFY2(f.rollupable, qPrintable(text));
        QVERIFY2(f.rollupSql.contains(QLatin1String("r.minute >")) || f.rollupSql.contains(QLatin1String("r.minute <")), qPrintable(f.rollupSql));
        const FilteredBuckets b = bucketsForFilter(*m_ws, f, 300);
        qint64 n = 0;
        for (const QList<TimeBucket> *part : {&b.accepted, &b.rejected})
            for (const TimeBucket &t : *part)
                n += t.flows;
        QVERIFY2(n == expected, qPrintable(QStringLiteral("%1: %2 from the rollup, %3 in the logs").arg(text).arg(n).arg(expected)));
    }
}

// Expected counts from the raw sample logs: rejected, OK, counted once, per protocol and port.
void TestFlowFilter::topRejectedPortsFollowTheFilter()
{
    const auto expected = [this](const QString &eni) {
        QHash<QString, qint64> counts;
        for (const test::SampleRecord &r : m_records) {
            if (!r.counted || r.status != QLatin1String("OK") || r.action != QLatin1String("REJECT") || (!eni.isEmpty() && r.eni != eni))
                continue;
            const QString proto = r.protocol == 6 ? QStringLiteral("tcp") : r.protocol == 17 ? QStringLiteral("udp") : QString::number(r.protocol);
            ++counts[r.protocol == 1 ? QStringLiteral("icmp") : QStringLiteral("%1/%2").arg(proto).arg(r.dstPort)];
        }
        return counts;
    };
    const auto check = [](const QList<QPair<QString, qint64>> &top, const QHash<QString, qint64> &counts) {
        QVERIFY(!top.isEmpty());
        for (const auto &[label, n] : top)
            QCOMPARE(n, counts.value(label, -1));
        // Nothing left out counts more than the last one listed.
        for (auto it = counts.begin(); it != counts.end(); ++it)
            if (std::none_of(top.begin(), top.end(), [&](const auto &p) { return p.first == it.key(); }))
                QVERIFY2(it.value() <= top.last().second, qPrintable(it.key()));
    };
    const QString bastion = QStringLiteral("eni-01000000000000003");
    const auto c = compileFilter(QStringLiteral("eni == %1").arg(bastion), {m_ws.get(), &m_estate});
    const auto filtered = topRejectedPorts(*m_ws, std::get<CompiledFilter>(c));
    check(filtered, expected(bastion));
    check(topRejectedPorts(*m_ws, 0, 0), expected(QString()));
    QVERIFY(filtered != topRejectedPorts(*m_ws, 0, 0)); // the bastion sees other scans than the estate
    QCOMPARE(std::get<CompiledFilter>(c).fields, QSet<QString>{QStringLiteral("eni")});
    const auto aliased = compileFilter(QStringLiteral("action == REJECT and (dport == 22 or start >= 0)"), {m_ws.get(), &m_estate});
    QCOMPARE(std::get<CompiledFilter>(aliased).fields, (QSet<QString>{QStringLiteral("action"), QStringLiteral("dstport"), QStringLiteral("start")}));
}

QTEST_MAIN(TestFlowFilter)
#include "tst_flowfilter.moc"
