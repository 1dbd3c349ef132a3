// SPDX-License-Identifier: GPL-3.0-or-later
// The flow table model under QAbstractItemModelTester: rows match the filter's count, pages are held
// within the bound however far the view scrolls, a record id maps back to its row, and the cells
// read like the sample's raw log lines (samplelogs.h).
#include "testpaths.h"
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "models/flowtablemodel.h"
#include "samplelogs.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

class TestFlowTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void allRecordsThenFiltered();
    void pagesStayBounded();
    void idToRowAndCells();
    void newestFirst();
    void stopKeepsTheRowsCounted();

private:
    CompiledFilter compile(const QString &text);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::shared_ptr<const Estate> m_estate;
    QList<test::SampleRecord> m_records;
};

void TestFlowTableModel::initTestCase()
{
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("t.vpclens")), &error);
    QVERIFY(m_ws);
    importTopology(*m_ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
    importFlowLogs(*m_ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))});
    m_estate = std::make_shared<const Estate>(loadEstate(*m_ws));
    m_records = test::sampleRecords();
}

CompiledFilter TestFlowTableModel::compile(const QString &text)
{
    return std::get<CompiledFilter>(compileFilter(text, {m_ws.get(), m_estate.get()}));
}

void TestFlowTableModel::allRecordsThenFiltered()
{
    FlowTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy done(&model, &FlowTableModel::countingFinished);
    model.setWorkspace(m_ws.get(), m_estate);
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), test::kWaitMs);
    QCOMPARE(model.rowCount(), int(m_records.size()));
    QCOMPARE(model.columnCount(), int(FlowTableModel::ColumnCount));

    qint64 rejected = 0;
    for (const test::SampleRecord &r : m_records)
        rejected += r.action == QLatin1String("REJECT");
    done.clear();
    model.setFilter(compile(QStringLiteral("action == REJECT")));
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), test::kWaitMs);
    QCOMPARE(model.rowCount(), int(rejected));
    for (int row = 0; row < model.rowCount(); row += 37)
        QCOMPARE(model.index(row, FlowTableModel::Action).data().toString(), QStringLiteral("REJECT"));
}

void TestFlowTableModel::pagesStayBounded()
{
    FlowTableModel model;
    QSignalSpy done(&model, &FlowTableModel::countingFinished);
    model.setWorkspace(m_ws.get(), m_estate);
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), test::kWaitMs);
    // Read every row, as a view scrolling from top to bottom would: start times never go back (the
    // sample's files interleave in time: id order does), and they are the raw lines' starts, sorted.
    QList<qint64> starts, rawStarts;
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        starts.append(model.index(row, FlowTableModel::Start).data(FlowTableModel::SortRole).toLongLong());
        ids.insert(model.index(row, 0).data(FlowTableModel::IdRole).toLongLong());
        QVERIFY(model.pagesHeld() <= FlowTableModel::kMaxPages);
    }
    for (const test::SampleRecord &r : m_records)
        rawStarts.append(r.start);
    std::sort(rawStarts.begin(), rawStarts.end());
    QCOMPARE(starts, rawStarts);
    QCOMPARE(ids.size(), model.rowCount()); // each record once
    QCOMPARE(model.pagesHeld(), std::min<int>(FlowTableModel::kMaxPages, (model.rowCount() + 255) / 256));
}

void TestFlowTableModel::idToRowAndCells()
{
    FlowTableModel model;
    QSignalSpy done(&model, &FlowTableModel::countingFinished);
    model.setWorkspace(m_ws.get(), m_estate);
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), test::kWaitMs);
    const int row = model.rowCount() - 3;
    const auto r = model.record(row);
    QVERIFY(r);
    QCOMPARE(model.matchOfKey(keyOf(*r)), qint64(row));
    QCOMPARE(model.matchOfKey({0, -5}), qint64(-1));
    // The first record of the sample's first file, read the plain way, against the first row.
    const auto first = model.record(0);
    QVERIFY(first);
    bool found = false;
    for (const test::SampleRecord &s : m_records)
        if (s.eni == first->eni && s.src == first->src && s.dst == first->dst && s.start == first->start && s.srcPort == first->srcPort)
            found = true;
    QVERIFY(found);
    QVERIFY(model.index(0, FlowTableModel::Start).data().toString().endsWith(QStringLiteral("UTC")));
    // Port 443 reads with its service name; web-1's interface with its instance name.
    const CompiledFilter https = compile(QStringLiteral("dstport == 443 and eni == web-1"));
    done.clear();
    model.setFilter(https);
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), test::kWaitMs);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.index(0, FlowTableModel::DstPort).data().toString(), QStringLiteral("443 (https)"));
    QVERIFY(model.index(0, FlowTableModel::Interface).data().toString().startsWith(QStringLiteral("web-1 (eni-")));
}

// Start descending: the same records, newest (latest start) first, paged and mapped back from ids, and
// the rejected ones are the sample's rejected records.
void TestFlowTableModel::newestFirst()
{
    FlowTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy done(&model, &FlowTableModel::countingFinished);
    model.setWorkspace(m_ws.get(), m_estate);
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), test::kWaitMs);
    const qint64 lastAscending = model.index(model.rowCount() - 1, 0).data(FlowTableModel::IdRole).toLongLong();
    const qint64 firstAscending = model.index(0, 0).data(FlowTableModel::IdRole).toLongLong();
    done.clear();
    model.sort(FlowTableModel::Start, Qt::DescendingOrder);
    QVERIFY(model.newestFirst());
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), test::kWaitMs);
    QCOMPARE(model.rowCount(), int(m_records.size()));
    QCOMPARE(model.index(0, 0).data(FlowTableModel::IdRole).toLongLong(), lastAscending);
    QCOMPARE(model.index(model.rowCount() - 1, 0).data(FlowTableModel::IdRole).toLongLong(), firstAscending);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 start = model.index(row, FlowTableModel::Start).data(FlowTableModel::SortRole).toLongLong();
        QVERIFY2(start <= previous, qPrintable(QString::number(row)));
        previous = start;
    }
    const int row = 300; // on the second page
    QCOMPARE(model.matchOfKey(keyOf(*model.record(row))), qint64(row));
    // Other columns keep the record order.
    model.sort(FlowTableModel::Bytes, Qt::DescendingOrder);
    QVERIFY(!model.newestFirst());
    QCOMPARE(model.index(0, 0).data(FlowTableModel::IdRole).toLongLong(), firstAscending);
}

// Stop: counting ends where it is, the rows counted so far stay readable.
void TestFlowTableModel::stopKeepsTheRowsCounted()
{
    FlowTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy done(&model, &FlowTableModel::countingFinished);
    model.setWorkspace(m_ws.get(), m_estate);
    QVERIFY(model.isCounting()); // the sample has more than one page of records
    model.stopCounting();
    QVERIFY(!model.isCounting());
    QCOMPARE(done.size(), 1);
    QVERIFY(model.countStopped() || model.rowCount() == int(m_records.size()));
    QVERIFY(model.rowCount() >= FlowTableModel::kPageSize);
    QVERIFY(model.record(model.rowCount() - 1).has_value());
    model.setFilter(compile(QStringLiteral("action == REJECT")));
    QVERIFY(!model.countStopped());
}

QTEST_MAIN(TestFlowTableModel)
#include "tst_flowtablemodel.moc"
