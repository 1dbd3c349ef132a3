// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/topologyimporter.h"
#include "testfiles.h"
#include "testpaths.h"
#include "tracepanel.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QDir>
#include <QTreeWidget>

using namespace vpclens;

class TestTracePanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void explainsARejection();
    void showsTheReplyPath();
    void refusesUnknownEndpoints();
    void activatingAHopNamesTheComponent();
    void aNoteNamesTheTrace();
    void aMirroredInterfaceIsNamed();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Estate> m_estate;
};

void TestTracePanel::initTestCase()
{
    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("p.vpclens")), &error);
    QVERIFY(ws);
    importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
    m_estate = std::make_shared<const Estate>(loadEstate(*ws));
}

void TestTracePanel::explainsARejection()
{
    TracePanel panel;
    QVERIFY(!panel.isEnabled());
    panel.setEstate(m_estate);
    QVERIFY(panel.isEnabled());
    panel.traceFlow(QStringLiteral("i-0100000000000003a"), QStringLiteral("10.10.20.41"), QStringLiteral("tcp"), 5432); // bastion -> db-1
    QVERIFY2(panel.verdictText().contains(QLatin1String("data-nacl (acl-0e000000000000a03) rule 90")), qPrintable(panel.verdictText()));
    auto *tree = panel.findChild<QTreeWidget *>();
    QCOMPARE(tree->topLevelItemCount(), 1); // no reply for a rejected request
    QCOMPARE(tree->topLevelItem(0)->childCount(), 4);
    QCOMPARE(tree->topLevelItem(0)->text(3), QStringLiteral("REJECT"));
}

void TestTracePanel::showsTheReplyPath()
{
    TracePanel panel;
    panel.setEstate(m_estate);
    panel.traceFlow(QStringLiteral("203.0.113.12"), QStringLiteral("3.120.10.20"), QStringLiteral("icmp"), 8); // ping the bastion
    auto *tree = panel.findChild<QTreeWidget *>();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(3), QStringLiteral("ACCEPT"));
    QCOMPARE(tree->topLevelItem(1)->text(3), QStringLiteral("REJECT"));
    QVERIFY(panel.verdictText().contains(QLatin1String("reply")));
}

void TestTracePanel::refusesUnknownEndpoints()
{
    TracePanel panel;
    panel.setEstate(m_estate);
    panel.traceFlow(QStringLiteral("eni-doesnotexist"), QStringLiteral("10.10.20.41"), QStringLiteral("tcp"), 22);
    QVERIFY(panel.verdictText().contains(QLatin1String("must be")));
    QCOMPARE(panel.findChild<QTreeWidget *>()->topLevelItemCount(), 0);
}

void TestTracePanel::activatingAHopNamesTheComponent()
{
    TracePanel panel;
    panel.setEstate(m_estate);
    QSignalSpy spy(&panel, &TracePanel::componentActivated);
    panel.traceFlow(QStringLiteral("10.10.0.20"), QStringLiteral("10.10.20.41"), QStringLiteral("tcp"), 5432);
    auto *tree = panel.findChild<QTreeWidget *>();
    QTreeWidgetItem *naclHop = tree->topLevelItem(0)->child(3);
    emit tree->itemActivated(naclHop, 0);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), QStringLiteral("acl-0e000000000000a03"));
}

// "Add Note for the Report…" on the hops: the note's subject is the packet traced and the verdict.
void TestTracePanel::aNoteNamesTheTrace()
{
    TracePanel panel;
    panel.setEstate(m_estate);
    QSignalSpy asked(&panel, &TracePanel::noteRequested);
    auto *tree = panel.findChild<QTreeWidget *>();
    QCOMPARE(tree->actions().size(), 1);
    tree->actions().first()->trigger();
    QVERIFY(asked.isEmpty()); // nothing traced yet: nothing to note
    panel.traceFlow(QStringLiteral("i-0100000000000003a"), QStringLiteral("10.10.20.41"), QStringLiteral("tcp"), 5432);
    tree->actions().first()->trigger();
    QCOMPARE(asked.size(), 1);
    const QString subject = asked.first().first().toString();
    QVERIFY2(subject.startsWith(QStringLiteral("trace i-0100000000000003a -> 10.10.20.41 tcp 5432: ")), qPrintable(subject));
    QVERIFY2(subject.contains(QStringLiteral("data-nacl")), qPrintable(subject));
}

// The bastion's interface mirrored (a describe-traffic-mirror-sessions export beside the sample's):
// a trace from it says where a capture of its packets goes.
void TestTracePanel::aMirroredInterfaceIsNamed()
{
    QTemporaryDir dir;
    const QString sessions = test::writeFile(QDir(dir.path()), QStringLiteral("describe-traffic-mirror-sessions.json"), R"({"TrafficMirrorSessions": [
        {"TrafficMirrorSessionId": "tms-0567a4c6840000001", "NetworkInterfaceId": "eni-01000000000000003",
         "TrafficMirrorTargetId": "tmt-0dabe9b0a60000001", "TrafficMirrorFilterId": "tmf-083e18f9850000001",
         "VirtualNetworkId": 2317549, "PacketLength": 20, "SessionNumber": 1, "OwnerId": "111122223333"}]})");
    QString error;
    auto ws = Workspace::open(QStringLiteral(":memory:"), &error, true);
    importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology")), sessions});
    TracePanel panel;
    panel.setEstate(std::make_shared<const Estate>(loadEstate(*ws)));
    panel.traceFlow(QStringLiteral("10.10.0.20"), QStringLiteral("10.10.20.41"), QStringLiteral("tcp"), 5432);
    QVERIFY2(panel.verdictText().contains(QStringLiteral("mirrored by tms-0567a4c6840000001 (VNI 2317549")), qPrintable(panel.verdictText()));
    QVERIFY(panel.verdictText().contains(QStringLiteral("first 20 bytes")));
    QVERIFY(panel.verdictText().contains(QStringLiteral("tmt-0dabe9b0a60000001")));
    // Without the session, nothing is said about mirroring.
    panel.setEstate(m_estate);
    panel.traceFlow(QStringLiteral("10.10.0.20"), QStringLiteral("10.10.20.41"), QStringLiteral("tcp"), 5432);
    QVERIFY(!panel.verdictText().contains(QStringLiteral("mirrored")));
}

QTEST_MAIN(TestTracePanel)
#include "tst_tracepanel.moc"

