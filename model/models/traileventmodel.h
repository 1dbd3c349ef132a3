// SPDX-License-Identifier: GPL-3.0-or-later
// The CloudTrail calls that changed the network, one row each, oldest first: when, how it ended
// (applied, failed, not applied), the call, the resources it names, who made it and why it failed or
// was not applied. For the Changes view.
#pragma once

#include "history/trailevent.h"

#include <QAbstractTableModel>

namespace vpclens {

class TrailEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Status, Event, Resources, Actor, Error, ColumnCount };
    enum Role { TimeRole = Qt::UserRole + 1 }; // milliseconds since the epoch

    explicit TrailEventModel(QObject *parent = nullptr);
    void setEvents(QList<TrailEvent> events);
    const TrailEvent *eventAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TrailEvent> m_events;
};

} // namespace vpclens
