// SPDX-License-Identifier: GPL-3.0-or-later
// The flow table over a window of its rows (flowtableview.h): the model gives the view at most a
// window of rows, whatever the number of matches, and the view's own scroll bar, the keys and the
// wheel reach every match. The sample's 5,184 records through a window of 500 rows; what each row
// shows is held to a model whose window holds them all.
#include "flowspane.h"
#include "flowtableview.h"
#include "ingest/captureimporter.h"
#include "packetsdialog.h"
#include "pcapfile.h"
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "models/flowtablemodel.h"
#include "samplelogs.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace vpclens;

class TestFlowTableView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void windowShowsTheMatchesAtItsStart();
    void scrollBarReachesEveryMatch();
    void keysAndWheelCrossTheWindowsEdge();
    void currentRecordStaysCurrentWhenTheWindowMoves();
    void capturesBesideTheFlowLogs();
    void matchesThatJustFitDoNotLoop();

private:
    qint64 idAt(qint64 match) const { return m_all->recordAt(match)->id; }
    qint64 idShown(const FlowTableView &view, int row) const { return view.model()->index(row, 0).data(FlowTableModel::IdRole).toLongLong(); }
    std::unique_ptr<FlowTableModel> counted(int windowRows);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::shared_ptr<const Estate> m_estate;
    std::unique_ptr<FlowTableModel> m_all; // the reference: one window holds every match
    qint64 m_matches = 0;
};

std::unique_ptr<FlowTableModel> TestFlowTableView::counted(int windowRows)
{
    auto model = std::make_unique<FlowTableModel>();
    model->setWindowRows(windowRows);
    QSignalSpy done(model.get(), &FlowTableModel::countingFinished);
    model->setWorkspace(m_ws.get(), m_estate);
    if (done.isEmpty() && !done.wait(20000))
        return nullptr;
    return model;
}

void TestFlowTableView::initTestCase()
{
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("t.vpclens")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    importTopology(*m_ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
    importFlowLogs(*m_ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))});
    m_estate = std::make_shared<const Estate>(loadEstate(*m_ws));
    m_matches = test::sampleRecords().size(); // the raw lines
    QVERIFY(m_matches > 5 * 500);
    m_all = counted(FlowTableModel::kWindowRows);
    QVERIFY(m_all);
    QCOMPARE(m_all->matchCount(), m_matches);
    QCOMPARE(m_all->rowCount(), int(m_matches));
}

void TestFlowTableView::windowShowsTheMatchesAtItsStart()
{
    auto model = counted(500);
    QVERIFY(model);
    QCOMPARE(model->matchCount(), m_matches); // all counted, 500 given to a view
    QCOMPARE(model->rowCount(), 500);
    QSignalSpy moved(model.get(), &FlowTableModel::windowMoved);
    for (const qint64 start : {qint64(0), qint64(1000), qint64(2999), m_matches - 500}) {
        model->setWindowStart(start);
        QCOMPARE(model->windowStart(), start);
        QCOMPARE(model->rowCount(), 500);
        for (int row : {0, 1, 255, 256, 499})
            QCOMPARE(model->index(row, 0).data(FlowTableModel::IdRole).toLongLong(), idAt(start + row));
        QCOMPARE(model->headerData(7, Qt::Vertical).toLongLong(), start + 8); // numbered among all matches
    }
    QCOMPARE(moved.size(), 3); // 0 was where it stood
    QVERIFY(!model->record(-1)); // no row (no current index): no record, not the one before the window
    QVERIFY(!model->record(500));
    model->setWindowStart(m_matches + 1000); // clamped: the window stays full
    QCOMPARE(model->windowStart(), m_matches - 500);
    model->setWindowStart(-3);
    QCOMPARE(model->windowStart(), 0);
}

void TestFlowTableView::scrollBarReachesEveryMatch()
{
    auto model = counted(500);
    QVERIFY(model);
    FlowTableView view(model.get());
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar *bar = view.matchScrollBar();
    QVERIFY(bar->isVisible());
    QVERIFY(!view.verticalScrollBar()->isVisible());
    QCOMPARE(view.verticalHeader()->count(), 500); // the header never holds more than the window
    const int visible = bar->pageStep();
    QVERIFY(visible > 3);
    QCOMPARE(bar->maximum(), int(m_matches) - visible);
    // Dragged to the end: the last match is the bottom row.
    bar->setValue(bar->maximum());
    QCOMPARE(model->windowStart(), m_matches - 500);
    const int bottom = view.rowAt(view.viewport()->height() - 2);
    QCOMPARE(model->windowStart() + bottom, m_matches - 1);
    QCOMPARE(idShown(view, bottom), idAt(m_matches - 1));
    // Dragged to the middle of all matches: that match is the top row.
    bar->setValue(2600);
    const int top = view.rowAt(1);
    QCOMPARE(model->windowStart() + top, 2600);
    QCOMPARE(idShown(view, top), idAt(2600));
    bar->setValue(0);
    QCOMPARE(idShown(view, view.rowAt(1)), idAt(0));
}

void TestFlowTableView::keysAndWheelCrossTheWindowsEdge()
{
    auto model = counted(500);
    QVERIFY(model);
    FlowTableView view(model.get());
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(view.currentMatch(), m_matches - 1);
    QCOMPARE(idShown(view, view.currentIndex().row()), idAt(m_matches - 1));
    QCOMPARE(view.matchScrollBar()->value(), view.matchScrollBar()->maximum());
    QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(view.currentMatch(), 0);
    // Down, one row at a time, past the first window's end: each step is the next match.
    for (int i = 1; i <= 600; ++i)
        QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentMatch(), 600);
    QVERIFY(model->windowStart() > 0);
    QCOMPARE(idShown(view, view.currentIndex().row()), idAt(600));
    QCOMPARE(view.matchScrollBar()->value(), model->windowStart() + view.verticalScrollBar()->value());
    // The wheel, downwards, well past the window: the match bar follows.
    const int before = view.matchScrollBar()->value();
    for (int i = 0; i < 400; ++i) {
        QWheelEvent wheel(QPointF(50, 50), view.mapToGlobal(QPoint(50, 50)), {}, {0, -120}, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
    }
    const int after = view.matchScrollBar()->value();
    QVERIFY(after > before + 500);
    QCOMPARE(idShown(view, view.rowAt(1)), idAt(after));
}

void TestFlowTableView::currentRecordStaysCurrentWhenTheWindowMoves()
{
    auto model = counted(500);
    QVERIFY(model);
    FlowTableView view(model.get());
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showMatch(3000);
    QCOMPARE(view.currentMatch(), 3000);
    QCOMPARE(idShown(view, view.currentIndex().row()), idAt(3000));
    const qint64 start = model->windowStart();
    view.matchScrollBar()->setValue(int(start) + 495); // past the window: it moves; match 3000 stays in it
    QVERIFY(model->windowStart() != start);
    QCOMPARE(view.currentMatch(), 3000);
    QCOMPARE(idShown(view, view.currentIndex().row()), idAt(3000));
    view.matchScrollBar()->setValue(0); // far away: the record left the window, nothing is current
    QCOMPARE(view.currentMatch(), -1);
}

// The sample's refused connection bastion -> db-2:5432 (10.10.0.20:36619, logged ACCEPT by the
// bastion and REJECT by db-2 at 1748762430) with db-2's mirror holding three SYNs a second apart:
// one filter shows the connection in both sources, the capture flow has its Origin and Handshake,
// and Show Captured Packets lists the three SYNs.
void TestFlowTableView::capturesBesideTheFlowLogs()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("c.vpclens")), &error);
    QVERIFY(ws);
    importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
    importFlowLogs(*ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))});
    using namespace test;
    std::vector<std::pair<std::int64_t, QByteArray>> frames;
    for (int k = 0; k < 3; ++k)
        frames.emplace_back(Q_INT64_C(1748762430000000) + k * Q_INT64_C(1000000),
                            vxlan(ipv4(10, 10, 21, 42), ipv4(10, 10, 0, 20), 65506, 2317549,
                                  ethernet(ipPacket(ipv4(10, 10, 0, 20), ipv4(10, 10, 21, 42), 6, tcpSegment(36619, 5432, 7, 0, Syn)))));
    const QString pcap = dir.filePath(QStringLiteral("db-2.pcap"));
    QVERIFY(writePcap(pcap, frames));
    QCOMPARE(importCaptures(*ws, {pcap}, {QStringLiteral("eni-01000000000000007"), 0}).flows, 1);
    auto estate = std::make_shared<const Estate>(loadEstate(*ws));

    FlowsPane pane;
    pane.resize(1400, 500);
    pane.show();
    pane.setWorkspace(ws.get(), estate);
    QVERIFY(!pane.table()->horizontalHeader()->isSectionHidden(FlowTableModel::Origin));
    QVERIFY(!pane.table()->horizontalHeader()->isSectionHidden(FlowTableModel::Handshake));
    QVERIFY(pane.setFilterText(QStringLiteral("srcaddr == 10.10.0.20 and srcport == 36619 and dstport == 5432")));
    QTRY_VERIFY_WITH_TIMEOUT(!pane.model()->isCounting(), test::kWaitMs);
    QCOMPARE(pane.model()->matchCount(), 3);
    int captured = -1;
    for (int row = 0; row < 3; ++row)
        if (pane.model()->record(row)->captured)
            captured = row;
    QVERIFY(captured >= 0);
    const QAbstractItemModel *m = pane.table()->model();
    QCOMPARE(m->index(captured, FlowTableModel::Origin).data().toString(), QStringLiteral("capture"));
    QCOMPARE(m->index(captured, FlowTableModel::Handshake).data().toString(), QStringLiteral("attempted"));
    // The same connection's Community ID on every row, both sources (from the specification:
    // tst_commandline works it out for this connection).
    for (int row = 0; row < 3; ++row)
        QCOMPARE(m->index(row, FlowTableModel::CommunityId).data().toString(), QStringLiteral("1:5WFRKRJBnxFdUd8uTANfCg3su10="));
    // From the flow-log row: the packets.
    const int logged = captured == 0 ? 1 : 0;
    pane.table()->setCurrentIndex(m->index(logged, FlowTableModel::Start));
    pane.showCapturedPackets();
    PacketsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane.findChild<PacketsDialog *>()) != nullptr);
    QCOMPARE(dialog->list()->topLevelItemCount(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(dialog->list()->topLevelItem(i)->text(0), QString::number(i + 1)); // frame numbers
        QCOMPARE(dialog->list()->topLevelItem(i)->text(5), QStringLiteral("SYN"));
    }
    // The filter's clear button shows every record again at once (no Enter needed).
    pane.findChild<QLineEdit *>()->clear();
    QTRY_VERIFY_WITH_TIMEOUT(!pane.model()->isCounting() && pane.model()->matchCount() > 3, test::kWaitMs);
    QCOMPARE(pane.model()->matchCount(), m_matches + 1); // the sample's raw lines and the capture flow
    QCOMPARE(dialog->wiresharkFilter(), QStringLiteral("ip.addr == 10.10.0.20 && ip.addr == 10.10.21.42 && tcp.port == 36619 && tcp.port == 5432"));
    dialog->close();
}

// A filter whose matches are about as many as the rows that fit: the view's own scroll bar comes and
// goes with the room it takes, and used to resize the view from inside its own resize until the stack
// overflowed. Every height around the fit, each filter set afresh: the view settles.
void TestFlowTableView::matchesThatJustFitDoNotLoop()
{
    auto model = counted(500);
    QVERIFY(model);
    auto compiled = compileFilter(QStringLiteral("srcaddr == 10.10.0.20 and dstport == 5432"), {m_ws.get(), m_estate.get()});
    const CompiledFilter filter = std::get<CompiledFilter>(compiled);
    FlowTableView view(model.get());
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int height = 150; height <= 1500; height += 7) {
        view.resize(900, height);
        QSignalSpy done(model.get(), &FlowTableModel::countingFinished);
        model->setFilter(filter);
        QVERIFY(!done.isEmpty() || done.wait(20000));
        QCoreApplication::processEvents();
        const bool fits = model->matchCount() <= view.matchScrollBar()->pageStep();
        QCOMPARE(view.matchScrollBar()->isVisible(), !fits);
    }
}

QTEST_MAIN(TestFlowTableView)
#include "tst_flowtableview.moc"
