// SPDX-License-Identifier: GPL-3.0-or-later
// The Changes view: the topology snapshots (time, resources, scopes, source), what changed from the
// snapshot before the selected one (rule by rule, coloured by added, removed, changed), and the
// CloudTrail calls that changed the network with their status. Double-click a change to select its
// resource, a call to look at the traffic around it.
#pragma once

#include "history/snapshotdiff.h"
#include "history/trailevent.h"
#include "workspace/workspace.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace vpclens {


class TrailEventModel;

class ChangesPane : public QWidget
{
    Q_OBJECT
public:
    explicit ChangesPane(QWidget *parent = nullptr);
    void setSnapshots(const QList<SnapshotInfo> &snapshots);
    void setEvents(QList<TrailEvent> events);
    void showDiff(const SnapshotDiff &diff); // what the selected snapshot changed
    void clear();
    QTreeWidget *snapshotList() const { return m_snapshots; }
    QTreeWidget *diffList() const { return m_diff; }
    QTableView *eventTable() const { return m_events; }

signals:
    void snapshotSelected(qint64 id);       // compare it with the one before
    void replayRequested(qint64 id);        // replay the period's connections against it
    void resourceActivated(const QString &id);
    void eventActivated(qint64 ms);         // the traffic around this time

private:
    QTreeWidget *m_snapshots;
    QTreeWidget *m_diff;
    QLabel *m_diffTitle;
    QLineEdit *m_search;
    TrailEventModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_events;
    QLabel *m_eventStatus;
};

} // namespace vpclens
