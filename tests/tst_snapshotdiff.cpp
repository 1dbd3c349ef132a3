// SPDX-License-Identifier: GPL-3.0-or-later
// Two exports of the sample estate, the second with edits made here: the diff lists exactly those
// edits, each as the console would show the rule (the expected lines written out by hand from the
// edits, not read from the code).
#include "history/snapshotdiff.h"
#include "ingest/topologyimporter.h"
#include "sampleedits.h"
#include "testpaths.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace vpclens;

class TestSnapshotDiff : public QObject
{
    Q_OBJECT
private slots:
    void sameExportNoChange();
    void editsListedRuleByRule();
    void scopeInOneSnapshotOnlyIsNotRemoved();

private:
    // A copy of the sample's export with `edit` applied to the named file's JSON.
    QString editedCopy(const QString &name, const test::JsonEdits &edits);
    QStringList lines(const SnapshotDiff &d);
    QTemporaryDir m_dir;
    int m_copies = 0;
};

QString TestSnapshotDiff::editedCopy(const QString &name, const test::JsonEdits &edits)
{
    return test::editedSampleCopy(m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(++m_copies)), edits);
}

QStringList TestSnapshotDiff::lines(const SnapshotDiff &d)
{
    QStringList out;
    for (const SnapshotChange &c : d.changes)
        out << QStringLiteral("%1 %2 %3: %4").arg(QLatin1String(changeKindName(c.kind)), c.resourceKind, c.resource, c.detail);
    return out;
}

void TestSnapshotDiff::sameExportNoChange()
{
    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("same.vpclens")), &error);
    QVERIFY2(ws, qPrintable(error));
    importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))}, QDateTime::fromSecsSinceEpoch(1748736000, Qt::UTC));
    // The same export, re-encoded: VpcLens keeps it as an unchanged snapshot or a new one; either way nothing differs.
    importTopology(*ws, {editedCopy(QStringLiteral("same"), {})}, QDateTime::fromSecsSinceEpoch(1748822400, Qt::UTC));
    const QList<SnapshotInfo> snapshots = ws->snapshots();
    const SnapshotDiff d = diffSnapshots(*ws, snapshots.first().id, snapshots.last().id);
    QCOMPARE(lines(d), QStringList());
}

void TestSnapshotDiff::editsListedRuleByRule()
{
    const QString edited = editedCopy(QStringLiteral("edited"), test::fiveEdits());
    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("edited.vpclens")), &error);
    QVERIFY2(ws, qPrintable(error));
    importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))}, QDateTime::fromSecsSinceEpoch(1748736000, Qt::UTC));
    importTopology(*ws, {edited}, QDateTime::fromSecsSinceEpoch(1748822400, Qt::UTC));
    const QList<SnapshotInfo> snapshots = ws->snapshots();
    QCOMPARE(snapshots.size(), 2);
    const SnapshotDiff d = diffSnapshots(*ws, snapshots[0].id, snapshots[1].id);
    QCOMPARE(lines(d), QStringList({
        QStringLiteral("removed network-acl acl-0e000000000000a03: entry 90 ingress: deny tcp 10.10.0.0/24 0-65535"),
        QStringLiteral("added network-interface eni-01000000000000001: group sg-0d00000000000app1"),
        QStringLiteral("removed network-interface eni-01000000000000001: group sg-0d00000000000web1"),
        QStringLiteral("changed route-table rtb-0f000000000000a02: route 0.0.0.0/0: nat-0c0ffee000000a002 -> nat-0ffffffffffffffff"),
        QStringLiteral("added security-group sg-0d00000000000web1: ingress tcp 8443 from 203.0.113.0/24"),
        QStringLiteral("removed security-group sg-0d000000000tools1: security-group removed"),
    }));
    // And back: the same edits the other way round.
    const SnapshotDiff back = diffSnapshots(*ws, snapshots[1].id, snapshots[0].id);
    QCOMPARE(back.changes.size(), d.changes.size());
    QCOMPARE(changeKindName(back.changes.last().kind), "added"); // tools-sg comes back
}

void TestSnapshotDiff::scopeInOneSnapshotOnlyIsNotRemoved()
{
    // The second export is of another account only: its resources are not compared with the first's.
    const QString other = editedCopy(QStringLiteral("other"), {
        {QStringLiteral("describe-vpcs.json"), [](QJsonObject &o) {
             QJsonArray vpcs = o.value(QStringLiteral("Vpcs")).toArray();
             QJsonObject v = vpcs.first().toObject();
             v.insert(QStringLiteral("OwnerId"), QStringLiteral("999988887777"));
             o.insert(QStringLiteral("Vpcs"), QJsonArray{v});
         }},
    });
    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("scopes.vpclens")), &error);
    QVERIFY2(ws, qPrintable(error));
    importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))}, QDateTime::fromSecsSinceEpoch(1748736000, Qt::UTC));
    importTopology(*ws, {QDir(other).filePath(QStringLiteral("describe-vpcs.json"))}, QDateTime::fromSecsSinceEpoch(1748822400, Qt::UTC));
    const QList<SnapshotInfo> snapshots = ws->snapshots();
    QCOMPARE(snapshots.size(), 2);
    const SnapshotDiff d = diffSnapshots(*ws, snapshots[0].id, snapshots[1].id);
    // A lone describe-vpcs says the account but not the region. No scope is in both: nothing compared.
    QVERIFY2(d.notCompared.contains(QStringLiteral("999988887777/unknown")), qPrintable(d.notCompared.join(QLatin1Char(' '))));
    QVERIFY(d.notCompared.contains(QStringLiteral("111122223333/eu-central-1")));
    QCOMPARE(d.scopes, QStringList());
    QCOMPARE(lines(d), QStringList()); // the first account's resources are not "removed"
}

QTEST_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
