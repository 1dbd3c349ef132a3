// SPDX-License-Identifier: GPL-3.0-or-later
// A record's details: every field decoded, the interface with what it belongs to, where each address
// lives, the file it came from. Expected values from the sample's exports and raw lines.
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "models/flowtablemodel.h"
#include "query/filterclause.h"
#include "query/recorddetails.h"
#include "samplelogs.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

namespace {

// The value at a path of field names ("Interface/Instance"); a null string when there is none.
QString valueAt(const QList<DetailItem> &items, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    const QList<DetailItem> *level = &items;
    const DetailItem *found = nullptr;
    for (const QString &p : parts) {
        found = nullptr;
        for (const DetailItem &d : *level)
            if (d.field == p) {
                found = &d;
                break;
            }
        if (!found)
            return {};
        level = &found->children;
    }
    return found->value;
}

QStringList childValues(const QList<DetailItem> &items, const QString &field, const QString &child)
{
    for (const DetailItem &d : items)
        if (d.field == field)
            for (const DetailItem &c : d.children)
                if (c.field == child) {
                    QStringList out;
                    for (const DetailItem &g : c.children)
                        out << g.value;
                    return out;
                }
    return {};
}

} // namespace

class TestRecordDetails : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theBastionsRecord();
    void natRecordOutsideAnyEstate();
    void everyFieldSelectsItsValue();
    void sampleColumnsSelectTheirValue();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestRecordDetails::initTestCase()
{
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("s.vpclens")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    importTopology(*m_ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
    importFlowLogs(*m_ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))});
}

// A record the bastion (i-0100000000000003a, Name bastion, on eni-01000000000000003 in public-a with
// bastion-sg, by the sample's describe-* exports) logged to db-1 (10.10.20.41) on 5432.
void TestRecordDetails::theBastionsRecord()
{
    const Estate estate = loadEstate(*m_ws);
    auto compiled = compileFilter(QStringLiteral("eni == eni-01000000000000003 and dstaddr == 10.10.20.41 and dstport == 5432"), {m_ws.get(), &estate});
    const QList<FlowRecord> page = fetchFlows(*m_ws, std::get<CompiledFilter>(compiled), FlowKey::first(), 1);
    QCOMPARE(page.size(), 1);
    const FlowRecord &r = page.front();
    const QList<DetailItem> d = recordDetails(*m_ws, &estate, r);
    QCOMPARE(valueAt(d, QStringLiteral("Interface")), QStringLiteral("eni-01000000000000003"));
    QCOMPARE(valueAt(d, QStringLiteral("Interface/Instance")), QStringLiteral("bastion (i-0100000000000003a)"));
    QVERIFY2(valueAt(d, QStringLiteral("Interface/Subnet")).startsWith(QLatin1String("public-a (subnet-")), qPrintable(valueAt(d, QStringLiteral("Interface/Subnet"))));
    QVERIFY(childValues(d, QStringLiteral("Interface"), QStringLiteral("Security groups")).join(QLatin1Char(' ')).contains(QLatin1String("bastion-sg")));
    QCOMPARE(valueAt(d, QStringLiteral("Connection/Destination address")), QStringLiteral("10.10.20.41:5432 (postgresql)"));
    QVERIFY2(valueAt(d, QStringLiteral("Connection/Destination address/Held by")).startsWith(QLatin1String("db-1 (eni-")),
             qPrintable(valueAt(d, QStringLiteral("Connection/Destination address/Held by"))));
    QCOMPARE(valueAt(d, QStringLiteral("Connection/Protocol")), QStringLiteral("tcp (6)"));
    QCOMPARE(valueAt(d, QStringLiteral("Time/Duration")), QStringLiteral("%1 s").arg(r.duration));
    QCOMPARE(valueAt(d, QStringLiteral("Record/Action")), r.action == 2 ? QStringLiteral("REJECT") : QStringLiteral("ACCEPT"));
    QVERIFY2(valueAt(d, QStringLiteral("File")).endsWith(QLatin1String(".log.gz")) || valueAt(d, QStringLiteral("File")).contains(QLatin1String("flowlogs")),
             qPrintable(valueAt(d, QStringLiteral("File"))));
}

// The AWS documentation's NAT gateway records, with no topology: the packet's addresses flagged as
// rewritten where they differ from the record's, the internet host outside any estate, the file named.
void TestRecordDetails::natRecordOutsideAnyEstate()
{
    if (!test::haveShared())
        QSKIP("../shared/data/real is not here");
    const QString dir = test::sharedPath(QStringLiteral("data/real/awsdocs-vpc-user-guide/flow-logs-records-examples"));
    QFile fields(dir + QStringLiteral("/nat-gateway.fields.txt"));
    QVERIFY(fields.open(QIODevice::ReadOnly));
    QStringList format;
    for (const QString &n : QString::fromUtf8(fields.readAll()).simplified().split(QLatin1Char(' ')))
        format << QStringLiteral("${%1}").arg(n);
    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("nat.vpclens")), &error);
    QVERIFY(ws);
    FlowImportOptions options;
    options.format = format.join(QLatin1Char(' '));
    importFlowLogs(*ws, {dir + QStringLiteral("/nat-gateway.log")}, options);
    // The first line: 10.0.1.5 -> 10.0.0.220 (the NAT gateway), the packet bound for 203.0.113.5.
    auto compiled = compileFilter(QStringLiteral("pkt-dstaddr == 203.0.113.5 and srcaddr == 10.0.1.5"), {ws.get(), nullptr});
    const QList<FlowRecord> page = fetchFlows(*ws, std::get<CompiledFilter>(compiled), FlowKey::first(), 5);
    QCOMPARE(page.size(), 1);
    const QList<DetailItem> d = recordDetails(*ws, nullptr, page.front());
    QVERIFY2(valueAt(d, QStringLiteral("Fields of versions 3-8/pkt-dstaddr")).startsWith(QLatin1String("203.0.113.5  (rewritten")),
             qPrintable(valueAt(d, QStringLiteral("Fields of versions 3-8/pkt-dstaddr"))));
    QCOMPARE(valueAt(d, QStringLiteral("Fields of versions 3-8/pkt-srcaddr")), QStringLiteral("10.0.1.5"));
    QCOMPARE(valueAt(d, QStringLiteral("Connection/Source address/Estate")), QStringLiteral("no topology imported"));
    QCOMPARE(valueAt(d, QStringLiteral("File")), QFileInfo(dir + QStringLiteral("/nat-gateway.log")).canonicalFilePath());
    QCOMPARE(valueAt(d, QStringLiteral("File/Record of the file")), QStringLiteral("number 1 (bad lines not counted)"));
}

// "Apply as Filter" on every field of the AWS documentation's records of versions 3-5: the clause
// made from a record's value keeps exactly the raw lines holding the same text in that field, its
// negation the others; a field a line has as "-" offers no clause.
void TestRecordDetails::everyFieldSelectsItsValue()
{
    if (!test::haveShared())
        QSKIP("../shared/data/real is not here");
    const QString dir = test::sharedPath(QStringLiteral("data/real/awsdocs-vpc-user-guide/flow-logs-records-examples"));
    int checked = 0;
    for (const QString &name : {QStringLiteral("tcp-flag-sequence"), QStringLiteral("traffic-path-v5"), QStringLiteral("transit-gateway"),
                               QStringLiteral("nat-gateway")}) {
        QFile fieldsFile(QStringLiteral("%1/%2.fields.txt").arg(dir, name));
        QFile logFile(QStringLiteral("%1/%2.log").arg(dir, name));
        QVERIFY(fieldsFile.open(QIODevice::ReadOnly) && logFile.open(QIODevice::ReadOnly));
        const QStringList fields = QString::fromUtf8(fieldsFile.readAll()).simplified().split(QLatin1Char(' '));
        // The page's records of this format, one space between fields (its last tcp-flag-sequence line
        // has two, which the importer refuses as a bad separator: not what this test is about).
        QList<QStringList> lines;
        QFile plain(m_dir.filePath(name + QStringLiteral(".log")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        for (const QString &line : QString::fromUtf8(logFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList values = line.simplified().split(QLatin1Char(' '));
            if (values.size() != fields.size()) // the page's "..." and its records of another format
                continue;
            lines << values;
            plain.write(line.simplified().toUtf8() + '\n');
        }
        plain.close();
        QStringList format;
        for (const QString &f : fields)
            format << QStringLiteral("${%1}").arg(f);
        QString error;
        auto ws = Workspace::open(m_dir.filePath(name + QStringLiteral(".vpclens")), &error);
        QVERIFY(ws);
        FlowImportOptions options;
        options.format = format.join(QLatin1Char(' '));
        importFlowLogs(*ws, {plain.fileName()}, options);
        const CompiledFilter all = std::get<CompiledFilter>(compileFilter(QString(), {ws.get(), nullptr}));
        const QList<FlowRecord> records = fetchFlows(*ws, all, FlowKey::first(), 1000);
        QCOMPARE(records.size(), lines.size());
        auto count = [&ws](const QString &expression) {
            const auto compiled = compileFilter(expression, {ws.get(), nullptr});
            if (const auto *e = std::get_if<FilterError>(&compiled))
                qFatal("%s: %s", qPrintable(expression), qPrintable(e->message));
            return countFlows(*ws, std::get<CompiledFilter>(compiled));
        };
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(lines[i].size(), fields.size());
            for (qsizetype f = 0; f < fields.size(); ++f) {
                // account-id is no filter field; instance-id names an instance of the estate (none here)
                if (fields[f] == QLatin1String("account-id") || fields[f] == QLatin1String("instance-id"))
                    continue;
                const QString clause = recordClause(records[i], fields[f]);
                const QString raw = lines[i][f];
                if (raw == QLatin1String("-")) {
                    QVERIFY2(clause.isEmpty(), qPrintable(QStringLiteral("%1 line %2: %3").arg(name).arg(i + 1).arg(clause)));
                    continue;
                }
                QVERIFY2(!clause.isEmpty(), qPrintable(QStringLiteral("%1 line %2: no clause for %3").arg(name).arg(i + 1).arg(fields[f])));
                const qint64 same = std::count_if(lines.cbegin(), lines.cend(), [&](const QStringList &l) { return l[f] == raw; });
                QVERIFY2(count(clause) == same, qPrintable(QStringLiteral("%1 line %2: %3 kept %4, the raw lines %5").arg(name).arg(i + 1).arg(clause).arg(count(clause)).arg(same)));
                QCOMPARE(count(joinFilter(QString(), clause, FilterJoin::NotSelected)), qint64(lines.size()) - same);
                ++checked;
            }
        }
    }
    QVERIFY2(checked > 200, qPrintable(QString::number(checked))); // 18 records, 4-27 fields each
}

// Every column of the records table on the sample's records: Apply as Filter keeps the raw lines
// (gzip -dc, split on spaces) that hold the same value in that field.
void TestRecordDetails::sampleColumnsSelectTheirValue()
{
    const QList<test::SampleRecord> raw = test::sampleRecords();
    QVERIFY(!raw.isEmpty());
    const Estate estate = loadEstate(*m_ws);
    const CompiledFilter rejected = std::get<CompiledFilter>(compileFilter(QStringLiteral("action == REJECT"), {m_ws.get(), &estate}));
    QList<FlowRecord> records = fetchFlows(*m_ws, rejected, FlowKey::first(), 3);
    records += fetchFlows(*m_ws, std::get<CompiledFilter>(compileFilter(QString(), {m_ws.get(), &estate})), FlowKey::first(), 3);
    QCOMPARE(records.size(), 6);
    for (const FlowRecord &r : std::as_const(records)) {
        const test::SampleRecord *line = nullptr;
        for (const test::SampleRecord &l : raw)
            if (l.eni == r.eni && l.src == r.src && l.dst == r.dst && l.srcPort == r.srcPort && l.dstPort == r.dstPort && l.start == r.start) {
                line = &l;
                break;
            }
        QVERIFY(line);
        using M = FlowTableModel;
        const std::pair<int, std::function<bool(const test::SampleRecord &)>> columns[] = {
            {M::Interface, [&](const test::SampleRecord &l) { return l.eni == line->eni; }},
            {M::Source, [&](const test::SampleRecord &l) { return l.src == line->src; }},
            {M::Destination, [&](const test::SampleRecord &l) { return l.dst == line->dst; }},
            {M::SrcPort, [&](const test::SampleRecord &l) { return l.srcPort == line->srcPort; }},
            {M::DstPort, [&](const test::SampleRecord &l) { return l.dstPort == line->dstPort; }},
            {M::Protocol, [&](const test::SampleRecord &l) { return l.protocol == line->protocol; }},
            {M::Packets, [&](const test::SampleRecord &l) { return l.packets == line->packets; }},
            {M::Bytes, [&](const test::SampleRecord &l) { return l.bytes == line->bytes; }},
            {M::Action, [&](const test::SampleRecord &l) { return l.action == line->action; }},
            {M::Status, [&](const test::SampleRecord &l) { return l.status == line->status; }},
            {M::Start, [&](const test::SampleRecord &l) { return l.start == line->start; }},
            {M::Duration, [&](const test::SampleRecord &l) { return l.end - l.start == line->end - line->start; }},
        };
        for (const auto &[column, same] : columns) {
            const QString clause = recordClause(r, M::filterField(column));
            if (clause.isEmpty()) { // a NODATA record's addresses, ports, protocol, counts ("-" in the line)
                QVERIFY2(line->status != QLatin1String("OK"), qPrintable(M::filterField(column)));
                continue;
            }
            const auto compiled = compileFilter(clause, {m_ws.get(), &estate});
            QVERIFY2(std::holds_alternative<CompiledFilter>(compiled), qPrintable(clause));
            QCOMPARE(countFlows(*m_ws, std::get<CompiledFilter>(compiled)), qint64(std::count_if(raw.cbegin(), raw.cend(), same)));
        }
    }
}

QTEST_GUILESS_MAIN(TestRecordDetails)
#include "tst_recorddetails.moc"
