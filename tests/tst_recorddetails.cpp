// SPDX-License-Identifier: GPL-3.0-or-later
// A record's details: every field decoded, the interface with what it belongs to, where each address
// lives, the file it came from. Expected values from the sample's exports and raw lines.
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "query/recorddetails.h"
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

QTEST_GUILESS_MAIN(TestRecordDetails)
#include "tst_recorddetails.moc"
