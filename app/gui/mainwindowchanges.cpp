// SPDX-License-Identifier: GPL-3.0-or-later
// The estate over time in the main window: File > Import CloudTrail, the Changes view (snapshots,
// what each changed, the CloudTrail calls), the calls on the chart's time axis, and the trace of a
// record against the configuration of its own time.
#include "mainwindow.h"

#include "base/ipaddress.h"
#include "base/timetext.h"
#include "changespane.h"
#include "flowspane.h"
#include "history/configuration.h"
#include "history/snapshotdiff.h"
#include "history/trailimporter.h"
#include "query/flowsearch.h"
#include "topology/estate.h"
#include "tracepanel.h"
#include "trafficchart.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QSet>
#include <QSettings>
#include <QStatusBar>

#include <algorithm>

namespace vpclens {

namespace {

QString changeText(const TrailEvent &e)
{
    return QStringLiteral("%1 %2 %3 by %4 (%5)")
        .arg(QDateTime::fromMSecsSinceEpoch(e.time, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.name,
             e.resources.mid(0, 4).join(QLatin1Char(' ')), e.actor.isEmpty() ? QStringLiteral("?") : e.actor,
             QLatin1String(trailStatusName(e.status)));
}

QStringList chooseTrail(QWidget *parent, bool files)
{
    const QString start = QSettings().value(QStringLiteral("importDirectory"), QDir::homePath()).toString();
    QStringList chosen;
    if (files)
        chosen = QFileDialog::getOpenFileNames(parent, MainWindow::tr("Import CloudTrail: choose files"), start,
                                               MainWindow::tr("CloudTrail (*.json *.json.gz *.jsonl *.ndjson);;All files (*)"));
    else if (const QString dir = QFileDialog::getExistingDirectory(parent, MainWindow::tr("Import CloudTrail: choose a folder (an S3 download of the trail)"), start);
             !dir.isEmpty())
        chosen << dir;
    if (!chosen.isEmpty())
        QSettings().setValue(QStringLiteral("importDirectory"), QFileInfo(chosen.first()).isDir() ? chosen.first() : QFileInfo(chosen.first()).absolutePath());
    return chosen;
}

} // namespace

void MainWindow::importCloudTrail()
{
    if (const QStringList paths = chooseTrail(this, false); !paths.isEmpty())
        importPaths(ImportRequest{{}, {}, paths});
}

void MainWindow::importCloudTrailFiles()
{
    if (const QStringList paths = chooseTrail(this, true); !paths.isEmpty())
        importPaths(ImportRequest{{}, {}, paths});
}

void MainWindow::refreshChanges()
{
    m_configurations.clear();
    if (!m_workspace) {
        m_changes->clear();
        m_charts->setChangeMarks({});
        m_trailEvents.clear();
        m_configurationTimes.clear();
        return;
    }
    try {
        m_trailEvents = trailEvents(*m_workspace);
        const bool applied = std::any_of(m_trailEvents.cbegin(), m_trailEvents.cend(), [](const TrailEvent &e) { return e.status == TrailEvent::Status::Applied; });
        m_configurationTimes = applied ? configurationTimes(*m_workspace) : QList<qint64>{};
        m_changes->setSnapshots(m_workspace->snapshots());
    } catch (const sql::Error &e) {
        statusBar()->showMessage(tr("Changes: %1").arg(QString::fromUtf8(e.what())), 8000);
        return;
    }
    m_changes->setEvents(m_trailEvents);
    QList<TrafficChart::ChangeMark> marks;
    for (const TrailEvent &e : std::as_const(m_trailEvents))
        if (e.time > 0)
            marks.append({e.time / 1000, changeText(e), e.status == TrailEvent::Status::Applied});
    m_charts->setChangeMarks(marks);
}

void MainWindow::showSnapshotChanges(qint64 snapshot)
{
    if (!m_workspace)
        return;
    const QList<SnapshotInfo> list = m_workspace->snapshots();
    qint64 before = 0;
    for (qsizetype i = 1; i < list.size(); ++i)
        if (list[i].id == snapshot)
            before = list[i - 1].id;
    try {
        m_changes->showDiff(before ? diffSnapshots(*m_workspace, before, snapshot) : SnapshotDiff{0, snapshot, {}, {}, {}});
    } catch (const sql::Error &e) {
        statusBar()->showMessage(tr("Changes: %1").arg(QString::fromUtf8(e.what())), 8000);
    }
}

void MainWindow::showChangeTime(qint64 ms)
{
    if (ms <= 0)
        return;
    const qint64 at = ms / 1000;
    setTimeRange({at - 1800, at + 1800}); // half an hour either side: before and after the change
}

bool MainWindow::useConfigurationAt(const FlowRecord &record)
{
    if (m_configurationTimes.isEmpty() || !m_workspace)
        return false;
    const qint64 startMs = record.start * 1000;
    const auto after = std::upper_bound(m_configurationTimes.cbegin(), m_configurationTimes.cend(), startMs);
    if (after == m_configurationTimes.cbegin())
        return false; // before everything known: the snapshots' own rule (the oldest) applies
    const qint64 at = *(after - 1);
    // The calls since the snapshot before the record that name a resource on its path: its
    // interface, subnet, groups, network ACL and route table, and the other end's.
    qint64 snapshotMs = 0;
    for (const qint64 t : m_workspace->snapshotTimes())
        if (t * 1000 <= startMs)
            snapshotMs = t * 1000;
    const bool changed = std::any_of(m_trailEvents.cbegin(), m_trailEvents.cend(), [&](const TrailEvent &e) {
        return e.status == TrailEvent::Status::Applied && e.time > snapshotMs && e.time <= startMs;
    });
    if (!changed)
        return false;
    auto &estate = m_configurations[at];
    if (!estate) {
        try {
            estate = std::make_shared<const Estate>(estateOf(configurationAt(*m_workspace, at).resources));
        } catch (const sql::Error &) {
            return false;
        }
    }
    QSet<QString> path;
    for (const QString &address : {record.src, record.dst}) {
        const auto ip = parseIp(address.toStdString());
        const QString eni = ip ? estate->privateOwner.value(*ip, estate->publicOwner.value(*ip)) : QString();
        const auto it = estate->enis.constFind(eni);
        if (it == estate->enis.cend())
            continue;
        path << it->id << it->subnetId;
        for (const QString &g : it->groups)
            path << g;
        if (const Subnet *s = estate->subnetOf(*it))
            path << s->nacl << s->routeTable;
    }
    QStringList touching;
    int since = 0;
    for (const TrailEvent &e : std::as_const(m_trailEvents)) {
        if (e.status != TrailEvent::Status::Applied || e.time <= snapshotMs || e.time > startMs)
            continue;
        ++since;
        if (std::any_of(e.resources.cbegin(), e.resources.cend(), [&](const QString &id) { return path.contains(id); }))
            touching << changeText(e);
    }
    QString note = tr("Traced against the configuration at %1: the snapshot before it plus %n CloudTrail change(s) since.", nullptr, since)
                       .arg(formatTime(record.start, true));
    if (!touching.isEmpty())
        note += QLatin1Char(' ') + tr("Changed on this record's path before it started: %1").arg(touching.mid(std::max<qsizetype>(0, touching.size() - 3)).join(QStringLiteral("; ")));
    if (m_trace->estate() != estate.get() || m_trace->snapshotNote() != note)
        m_trace->setEstate(estate, note);
    return true;
}

} // namespace vpclens
