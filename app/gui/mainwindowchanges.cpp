// SPDX-License-Identifier: GPL-3.0-or-later
// The estate over time in the main window: the Changes view (snapshots,
// what each changed, the CloudTrail calls), the calls on the chart's time axis, and the trace of a
// record against the configuration of its own time.
#include "mainwindow.h"

#include "base/ipaddress.h"
#include "base/timetext.h"
#include "changespane.h"
#include "flowspane.h"
#include "graphpane.h"
#include "graphview.h"
#include "history/configuration.h"
#include "history/replay.h"
#include "history/trailtimeline.h"
#include "history/snapshotdiff.h"
#include "history/trailimporter.h"
#include "query/flowsearch.h"
#include "replaydialog.h"
#include "topology/estate.h"
#include "tracepanel.h"
#include "trafficchart.h"
#include "workspace/sqlite.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QSet>
#include <QStatusBar>

#include <algorithm>
#include <optional>

namespace vpclens {

namespace {

QString changeText(const TrailEvent &e)
{
    return QStringLiteral("%1 %2 %3 by %4 (%5)")
        .arg(QDateTime::fromMSecsSinceEpoch(e.time, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.name,
             e.resources.mid(0, 4).join(QLatin1Char(' ')), e.actor.isEmpty() ? QStringLiteral("?") : e.actor,
             QLatin1String(trailStatusName(e.status)));
}

// Where a snapshot's changes show on the graph: a group's change on the interfaces that carry it, a
// network ACL's or route table's on the subnets it serves, an association on its subnet, anything
// else on its own node or box. Several changes on one: "changed".
QHash<QString, QString> graphMarksOf(const SnapshotDiff &diff, const Estate &estate)
{
    QHash<QString, QString> marks;
    auto put = [&marks](const QString &id, const QString &kind) {
        const auto it = marks.constFind(id);
        marks.insert(id, it == marks.cend() || *it == kind ? kind : QStringLiteral("changed"));
    };
    for (const SnapshotChange &c : diff.changes) {
        const QString kind = QLatin1String(changeKindName(c.kind));
        const bool whole = c.detail.endsWith(QLatin1String(" added")) || c.detail.endsWith(QLatin1String(" removed"));
        const QString partKind = whole ? kind : QStringLiteral("changed");
        if (c.resourceKind == QLatin1String("security-group")) {
            for (const Eni &e : estate.enis)
                if (e.groups.contains(c.resource))
                    put(e.id, partKind);
        } else if (c.resourceKind == QLatin1String("network-acl") || c.resourceKind == QLatin1String("route-table")) {
            const bool acl = c.resourceKind == QLatin1String("network-acl");
            for (const Subnet &s : estate.subnets)
                if ((acl ? s.nacl : s.routeTable) == c.resource || c.detail.contains(s.id))
                    put(s.id, partKind);
        } else {
            put(c.resource, kind);
        }
    }
    return marks;
}

} // namespace

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
        if (list[i].id == snapshot) {
            before = list[i - 1].id;
            m_graph->setComparison(list[i - 1].takenAt, list[i].takenAt, tr("snapshot %1 → %2").arg(before).arg(snapshot));
        }
    if (!before)
        m_graph->clearComparison();
    try {
        const SnapshotDiff diff = before ? diffSnapshots(*m_workspace, before, snapshot) : SnapshotDiff{0, snapshot, {}, {}, {}};
        m_changes->showDiff(diff);
        // Marked on the graph while the Changes view is in sight (the dock's visibility follows).
        m_graph->view()->setChangeMarks(m_estate && m_changesInSight ? graphMarksOf(diff, *m_estate) : QHash<QString, QString>{});
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

void MainWindow::replayAgainstSnapshot(qint64 snapshot)
{
    if (!m_workspace)
        return;
    qint64 takenAt = -1;
    for (const SnapshotInfo &s : m_workspace->snapshots())
        if (s.id == snapshot)
            takenAt = s.takenAt;
    if (takenAt < 0)
        return;
    statusBar()->showMessage(tr("Replaying the period's connections against snapshot %1…").arg(snapshot));
    runInBackground(
        this, QThreadPool::globalInstance(), m_replayJobs.next(),
        [path = m_workspace->path(), takenAt, range = m_range]() -> std::optional<ReplayResult> {
            QString error;
            auto ws = Workspace::openForReading(path, &error);
            if (!ws)
                return std::nullopt;
            try {
                const Estate proposed = loadEstate(*ws, takenAt);
                const auto timeline = trailTimeline(*ws);
                return replayAgainst(*ws, proposed, range, timeline.get());
            } catch (const sql::Error &) {
                return std::nullopt;
            }
        },
        [this, snapshot](const std::optional<ReplayResult> &r) {
            statusBar()->clearMessage();
            if (!r) {
                statusBar()->showMessage(tr("Replay failed: the workspace could not be read."), 8000);
                return;
            }
            auto *dialog = new ReplayDialog(tr("snapshot %1").arg(snapshot), *r, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &ReplayDialog::flipActivated, this, [this](const ReplayFlip &f) {
                QString filter = QStringLiteral("srcaddr == %1 and dstaddr == %2 and protocol == %3").arg(f.client, f.server).arg(f.protocol);
                if (f.port >= 0 && (f.protocol == 6 || f.protocol == 17))
                    filter += QStringLiteral(" and dstport == %1").arg(f.port);
                m_flows->setContextFilter(filter, tr("%1 → %2 in the replay").arg(f.from, f.to));
            });
            dialog->show();
        });
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
