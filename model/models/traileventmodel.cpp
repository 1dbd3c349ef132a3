// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/traileventmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace vpclens {

TrailEventModel::TrailEventModel(QObject *parent) : QAbstractTableModel(parent) {}

void TrailEventModel::setEvents(QList<TrailEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

const TrailEvent *TrailEventModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

int TrailEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TrailEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrailEventModel::data(const QModelIndex &index, int role) const
{
    const TrailEvent *e = eventAt(index.row());
    if (!e)
        return {};
    if (role == TimeRole)
        return e->time;
    if (role == Qt::ForegroundRole && index.column() == Status) {
        switch (e->status) {
        case TrailEvent::Status::Applied: return QBrush(QColor(0x15, 0x80, 0x3d));
        case TrailEvent::Status::Failed: return QBrush(QColor(0xb9, 0x1c, 0x1c));
        case TrailEvent::Status::NotApplied: return QBrush(QColor(0xb4, 0x53, 0x09));
        }
    }
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n%2 #%3").arg(e->error.isEmpty() ? e->name : e->error, e->file).arg(e->record);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return e->time == 0 ? tr("unknown") : QDateTime::fromMSecsSinceEpoch(e->time, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Status:
        switch (e->status) {
        case TrailEvent::Status::Applied: return tr("applied");
        case TrailEvent::Status::Failed: return tr("failed");
        case TrailEvent::Status::NotApplied: return tr("not applied");
        }
        return {};
    case Event: return e->name;
    case Resources: return e->resources.join(QLatin1Char(' '));
    case Actor: return e->actor;
    case Error: return e->error;
    default: return {};
    }
}

QVariant TrailEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time (UTC)");
    case Status: return tr("Status");
    case Event: return tr("Call");
    case Resources: return tr("Resources");
    case Actor: return tr("By");
    case Error: return tr("Why not applied");
    default: return {};
    }
}

} // namespace vpclens
