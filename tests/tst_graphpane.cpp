// SPDX-License-Identifier: GPL-3.0-or-later
// The Topology dock on the offscreen platform: lays out in the background, draws every node, finds a
// node by address, keeps the selection across a time-range change, exports what it shows.
#include "diagramdialog.h"
#include "graphpane.h"
#include "graphview.h"
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

class TestGraphPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void drawsEveryNode();
    void findsANodeByAddressAndKeepsIt();
    void zoomKeys();
    void exportsWhatItShows();
    void exportsAnotherLevelAndScope();
    void doubleClickCollapsesAndExpands();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<const Estate> m_estate;
};

void TestGraphPane::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("t.vpclens"));
    QString error;
    auto ws = Workspace::open(m_path, &error);
    QVERIFY(ws);
    importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
    importFlowLogs(*ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))});
    m_estate = std::make_shared<const Estate>(loadEstate(*ws));
}

void TestGraphPane::drawsEveryNode()
{
    GraphPane pane;
    pane.resize(900, 600);
    pane.show();
    QSignalSpy ready(&pane, &GraphPane::layoutReady);
    pane.setWorkspace(m_path, m_estate);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && !pane.isBusy(), test::kWaitMs);
    const GraphLayout &l = pane.view()->layoutResult();
    QCOMPARE(l.nodes.size(), buildTopologyGraph(*m_estate, pane.options()).nodes.size());
    QVERIFY(!pane.view()->overlay().isEmpty()); // the sample has traffic
    // Items: clusters + tier rows + nodes + edges + overlay lines.
    QVERIFY(!l.bands.isEmpty());
    QCOMPARE(pane.view()->scene()->items().size(),
             l.clusters.size() + l.bands.size() + l.nodes.size() + l.edges.size() + pane.view()->overlay().size());
}

void TestGraphPane::findsANodeByAddressAndKeepsIt()
{
    GraphPane pane;
    pane.resize(900, 600);
    pane.show();
    QSignalSpy ready(&pane, &GraphPane::layoutReady);
    pane.setLevel(GraphLevel::Eni);
    pane.setWorkspace(m_path, m_estate);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && !pane.isBusy(), test::kWaitMs);
    QSignalSpy selected(&pane, &GraphPane::nodeSelected);
    QVERIFY(pane.view()->findNode(QStringLiteral("10.10.20.41")));
    QCOMPARE(selected.size(), 1);
    const QString node = pane.view()->selectedNode();
    QVERIFY(node.startsWith(QStringLiteral("eni-")));
    QVERIFY(m_estate->enis.value(node).privateIps.front() == *parseIpv4("10.10.20.41"));
    ready.clear();
    pane.setTimeRange({1748768400, 1748771999});
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && !pane.isBusy(), test::kWaitMs);
    QCOMPARE(pane.view()->selectedNode(), node);
    QVERIFY(!pane.view()->findNode(QStringLiteral("no-such-thing")));
}

void TestGraphPane::zoomKeys()
{
    GraphPane pane;
    pane.resize(900, 600);
    pane.show();
    QSignalSpy ready(&pane, &GraphPane::layoutReady);
    pane.setWorkspace(m_path, m_estate);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && !pane.isBusy(), test::kWaitMs);
    const double before = pane.view()->zoomLevel();
    QTest::keyClick(pane.view(), Qt::Key_Plus);
    QVERIFY(pane.view()->zoomLevel() > before);
    QTest::keyClick(pane.view(), Qt::Key_0);
    // Fit again: the same scale, give or take the scroll bars the zoom showed.
    QVERIFY(std::abs(pane.view()->zoomLevel() / before - 1.0) < 0.05);
}

void TestGraphPane::exportsWhatItShows()
{
    GraphPane pane;
    QSignalSpy ready(&pane, &GraphPane::layoutReady);
    pane.setWorkspace(m_path, m_estate);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && !pane.isBusy(), test::kWaitMs);
    QString error;
    const QString png = m_dir.filePath(QStringLiteral("view.png"));
    QVERIFY2(pane.exportTo(png, &error, 1200), qPrintable(error));
    QCOMPARE(QImage(png).width(), 1200);
    QVERIFY(!pane.exportTo(m_dir.filePath(QStringLiteral("view.bmp")), &error));
    QVERIFY(!error.isEmpty());
}

// The export dialog's request: one VPC at the interface level while the view shows the whole estate
// at the subnet level; the file has that VPC's interfaces and not the other VPC's subnets.
void TestGraphPane::exportsAnotherLevelAndScope()
{
    GraphPane pane;
    QSignalSpy ready(&pane, &GraphPane::layoutReady);
    pane.setWorkspace(m_path, m_estate);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && !pane.isBusy(), test::kWaitMs);
    QCOMPARE(pane.options().level, GraphLevel::Subnet);
    DiagramRequest r;
    r.level = GraphLevel::Eni;
    r.vpc = QStringLiteral("vpc-0a1b2c3d4e5f60002"); // shared-services
    r.title = QStringLiteral("Shared services, interfaces");
    r.path = m_dir.filePath(QStringLiteral("shared.dot"));
    QString error;
    QVERIFY2(pane.exportRequest(r, &error), qPrintable(error));
    QFile f(r.path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray dot = f.readAll();
    QVERIFY(dot.contains("Shared services, interfaces"));
    QVERIFY(dot.contains("eni-02000000000000001")); // the shared-services interface
    for (const Subnet &s : m_estate->subnets)
        if (s.vpcId == QLatin1String("vpc-0a1b2c3d4e5f60001"))
            QVERIFY2(!dot.contains(s.id.toUtf8()), qPrintable(s.id));
    // What the view shows is unchanged.
    QCOMPARE(pane.options().level, GraphLevel::Subnet);
}

void TestGraphPane::doubleClickCollapsesAndExpands()
{
    GraphPane pane;
    pane.resize(1200, 800);
    pane.show();
    QSignalSpy ready(&pane, &GraphPane::layoutReady);
    pane.setLevel(GraphLevel::Eni);
    pane.setWorkspace(m_path, m_estate);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && !pane.isBusy(), test::kWaitMs);
    GraphView *view = pane.view();
    // The sample's subnet public-a holds the bastion and web-1 (resources/sample/topology).
    const QString subnet = QStringLiteral("subnet-0aa0000000000a001");
    const auto clusterRect = [view](const QString &id) {
        for (const LayoutCluster &c : view->layoutResult().clusters)
            if (c.id == id)
                return c.rect;
        return QRectF();
    };
    const QRectF box = clusterRect(subnet);
    QVERIFY(!box.isNull());
    QVERIFY(view->layoutResult().indexOfNode(QStringLiteral("eni-01000000000000003")) >= 0);

    ready.clear();
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(box.topLeft() + QPointF(6, 5)));
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && !pane.isBusy(), test::kWaitMs);
    QVERIFY(clusterRect(subnet).isNull());
    QVERIFY(view->layoutResult().indexOfNode(subnet) >= 0);                             // one node now
    QCOMPARE(view->layoutResult().indexOfNode(QStringLiteral("eni-01000000000000003")), -1); // its ENIs inside it
    QVERIFY(pane.options().collapsed.contains(subnet));

    ready.clear();
    const QRectF node = view->layoutResult().rectOf(subnet);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(node.center()));
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && !pane.isBusy(), test::kWaitMs);
    QVERIFY(!clusterRect(subnet).isNull());
    QVERIFY(view->layoutResult().indexOfNode(QStringLiteral("eni-01000000000000003")) >= 0);
}

QTEST_MAIN(TestGraphPane)
#include "tst_graphpane.moc"
