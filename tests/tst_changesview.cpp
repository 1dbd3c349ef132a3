// SPDX-License-Identifier: GPL-3.0-or-later
// The estate over time in the window: the Changes view lists the snapshots, what the newest changed
// (entry 90 added back) and the CloudTrail calls with their status; the chart marks each call; and a
// record logged after a call that changed its path is traced against the configuration of its time,
// the panel naming the call.
#include "changespane.h"
#include "flowspane.h"
#include "graphpane.h"
#include "graphview.h"
#include "history/trailimporter.h"
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "mainwindow.h"
#include "replaydialog.h"
#include "samplelogs.h"
#include "models/flowtablemodel.h"
#include "sampleedits.h"
#include "testfiles.h"
#include "testpaths.h"
#include "tracepanel.h"
#include "trafficchart.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QLocale>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace vpclens;

class TestChangesView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsSnapshotsDiffAndCalls();
    void recordAfterACallIsTracedAgainstItsTime();
    void replayFromTheSnapshotList();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

namespace {

QJsonObject call(const QString &name, const QString &time, const QJsonObject &request, const QString &error = {})
{
    QJsonObject r{{QStringLiteral("eventTime"), time}, {QStringLiteral("eventSource"), QStringLiteral("ec2.amazonaws.com")},
                  {QStringLiteral("eventName"), name}, {QStringLiteral("awsRegion"), QStringLiteral("eu-central-1")},
                  {QStringLiteral("recipientAccountId"), QStringLiteral("111122223333")},
                  {QStringLiteral("userIdentity"), QJsonObject{{QStringLiteral("arn"), QStringLiteral("arn:aws:iam::111122223333:user/alice")}}},
                  {QStringLiteral("requestParameters"), request}};
    if (!error.isEmpty())
        r.insert(QStringLiteral("errorCode"), error);
    return r;
}

} // namespace

void TestChangesView::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VpcLensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_changesview"));
    // Snapshot 1 (before the logs) lacks the data NACL's entry 90; at 08:30 a call adds it back; a
    // failed call at 09:10; snapshot 2 (after the logs) is the sample as exported.
    m_path = m_dir.filePath(QStringLiteral("changes.vpclens"));
    QString error;
    auto ws = Workspace::open(m_path, &error);
    QVERIFY2(ws, qPrintable(error));
    const QString without = test::editedSampleCopy(m_dir.filePath(QStringLiteral("no90")), {{QStringLiteral("describe-network-acls.json"), test::withoutDataEntry90}});
    importTopology(*ws, {without}, QDateTime(QDate(2025, 5, 31), QTime(0, 0), Qt::UTC));
    QVERIFY(importFlowLogs(*ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))}).records > 0);
    importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))}, QDateTime(QDate(2025, 6, 2), QTime(0, 0), Qt::UTC));
    const QJsonObject entry{{QStringLiteral("networkAclId"), QStringLiteral("acl-0e000000000000a03")}, {QStringLiteral("ruleNumber"), 90},
                            {QStringLiteral("egress"), false}, {QStringLiteral("ruleAction"), QStringLiteral("deny")},
                            {QStringLiteral("aclProtocol"), QStringLiteral("6")}, {QStringLiteral("cidrBlock"), QStringLiteral("10.10.0.0/24")},
                            {QStringLiteral("portRange"), QJsonObject{{QStringLiteral("from"), 0}, {QStringLiteral("to"), 65535}}}};
    const QJsonArray records{call(QStringLiteral("CreateNetworkAclEntry"), QStringLiteral("2025-06-01T08:30:00Z"), entry),
                             call(QStringLiteral("DeleteRoute"), QStringLiteral("2025-06-01T09:10:00Z"),
                                  QJsonObject{{QStringLiteral("routeTableId"), QStringLiteral("rtb-0f000000000000a02")},
                                              {QStringLiteral("destinationCidrBlock"), QStringLiteral("0.0.0.0/0")}},
                                  QStringLiteral("Client.UnauthorizedOperation"))};
    const QString trail = test::writeFile(QDir(m_dir.path()), QStringLiteral("trail.json"),
                                          QJsonDocument(QJsonObject{{QStringLiteral("Records"), records}}).toJson());
    QCOMPARE(importCloudTrail(*ws, {trail}).changes, 2);
}

void TestChangesView::listsSnapshotsDiffAndCalls()
{
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(w.openWorkspace(m_path));
    auto *changes = w.findChild<ChangesPane *>();
    QVERIFY(changes);
    QCOMPARE(changes->snapshotList()->topLevelItemCount(), 2);
    // The newest is selected: what it changed since the first, rule by rule.
    QTRY_COMPARE(changes->diffList()->topLevelItemCount(), 1);
    const QTreeWidgetItem *d = changes->diffList()->topLevelItem(0);
    QCOMPARE(d->text(0), QStringLiteral("added"));
    QCOMPARE(d->text(2), QStringLiteral("acl-0e000000000000a03"));
    QVERIFY2(d->text(3).startsWith(QStringLiteral("entry 90 ingress: deny tcp 10.10.0.0/24")), qPrintable(d->text(3)));
    // The calls, with their status.
    const QAbstractItemModel *calls = changes->eventTable()->model();
    QCOMPARE(calls->rowCount(), 2);
    QCOMPARE(calls->index(0, 2).data().toString(), QStringLiteral("CreateNetworkAclEntry"));
    QCOMPARE(calls->index(0, 1).data().toString(), QStringLiteral("applied"));
    QCOMPARE(calls->index(1, 1).data().toString(), QStringLiteral("failed"));
    QCOMPARE(w.findChild<TrafficChart *>()->changeMarkCount(), 2);
    // With the view in sight the graph marks the two data subnets the NACL serves.
    w.findChild<QDockWidget *>(QStringLiteral("changesDock"))->raise();
    auto *graph = w.findChild<GraphPane *>();
    QTRY_VERIFY_WITH_TIMEOUT(!graph->view()->layoutResult().nodes.isEmpty() && !graph->isBusy(), test::kWaitMs);
    changes->snapshotList()->setCurrentItem(changes->snapshotList()->topLevelItem(0));
    changes->snapshotList()->setCurrentItem(changes->snapshotList()->topLevelItem(1));
    QTRY_COMPARE(graph->view()->changeMarkCount(), 2);
    // Compare mode: entry 90 takes away exactly the bastion's reach to the databases on 5432.
    QComboBox *mode = nullptr;
    for (QComboBox *box : graph->findChildren<QComboBox *>())
        if (box->findData(QStringLiteral("compare")) >= 0)
            mode = box;
    QVERIFY(mode);
    mode->setCurrentIndex(mode->findData(QStringLiteral("compare")));
    QTRY_VERIFY_WITH_TIMEOUT(!graph->view()->overlay().isEmpty() && !graph->isBusy(), test::kWaitMs);
    QStringList lines;
    for (const OverlayEdge &e : graph->view()->overlay())
        lines << QStringLiteral("%1 %2->%3 %4").arg(e.compared).arg(e.from, e.to, e.ports);
    for (const OverlayEdge &e : graph->view()->overlay())
        QVERIFY2(e.compared == -1 && e.ports.contains(QStringLiteral("5432")) && e.from == QLatin1String("subnet-0aa0000000000a001"),
                 qPrintable(lines.join(QLatin1String("; ")))); // from the bastion's subnet (public-a)
    QCOMPARE(graph->view()->overlay().size(), 2); // to each data subnet
}

void TestChangesView::recordAfterACallIsTracedAgainstItsTime()
{
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(w.openWorkspace(m_path));
    auto *flows = w.findChild<FlowsPane *>();
    auto *trace = w.findChild<TracePanel *>();
    // The bastion's connections to the database the data interfaces refused, after 08:30.
    QVERIFY(flows->setFilterText(QStringLiteral("srcaddr == 10.10.0.20 and dstport == 5432 and action == REJECT and start >= 2025-06-01T08:30:00Z "
                                                "and interface-id in {eni-01000000000000006, eni-01000000000000007}")));
    QTRY_VERIFY_WITH_TIMEOUT(!flows->model()->isCounting(), test::kWaitMs);
    QVERIFY(flows->model()->rowCount() > 0);
    flows->table()->setCurrentIndex(flows->model()->index(0, 0));
    QTRY_VERIFY(trace->snapshotNote().contains(QStringLiteral("CreateNetworkAclEntry")));
    QVERIFY2(trace->snapshotNote().contains(QStringLiteral("acl-0e000000000000a03")), qPrintable(trace->snapshotNote()));
    // Against the configuration of its time, entry 90 refuses it: the trace agrees with the log.
    QTRY_VERIFY2(trace->verdictText().contains(QStringLiteral("90")), qPrintable(trace->verdictText()));
}

void TestChangesView::replayFromTheSnapshotList()
{
    // Against snapshot 1 (without entry 90), the connections that ran under entry 90 (the hours from
    // the call at 08:30 on: a connection's hour runs under the configuration at its end) flip to
    // ACCEPT; counted from the raw lines, each connection once.
    const qint64 call = QDateTime(QDate(2025, 6, 1), QTime(8, 30), Qt::UTC).toSecsSinceEpoch();
    qint64 expected = 0;
    for (const test::SampleRecord &s : test::sampleRecords())
        if (s.counted && s.action == QLatin1String("REJECT") && s.protocol == 6 && s.src.startsWith(QLatin1String("10.10.0."))
            && (s.dst.startsWith(QLatin1String("10.10.20.")) || s.dst.startsWith(QLatin1String("10.10.21."))) && s.start / 3600 * 3600 + 3599 >= call)
            ++expected;
    QVERIFY(expected > 0);
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(w.openWorkspace(m_path));
    auto *changes = w.findChild<ChangesPane *>();
    changes->snapshotList()->setCurrentItem(changes->snapshotList()->topLevelItem(0));
    changes->snapshotList()->findChild<QAction *>(QStringLiteral("replaySnapshot"))->trigger();
    ReplayDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<ReplayDialog *>()) != nullptr, test::kWaitMs);
    qint64 flipped = 0;
    for (int i = 0; i < dialog->flipList()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = dialog->flipList()->topLevelItem(i);
        QCOMPARE(item->text(0), QStringLiteral("REJECT → ACCEPT"));
        QVERIFY(item->childCount() > 0); // the trace where it was refused
        flipped += QLocale().toLongLong(item->text(3));
    }
    QCOMPARE(flipped, expected);
    dialog->close();
}

QTEST_MAIN(TestChangesView)
#include "tst_changesview.moc"
