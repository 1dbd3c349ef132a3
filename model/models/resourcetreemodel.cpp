// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/resourcetreemodel.h"

#include "topology/resourcekind.h"

#include <algorithm>

namespace vpclens {

// Internal ids: 0 for a kind row, group index + 1 for a resource row.

ResourceTreeModel::ResourceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ResourceTreeModel::reload(const Workspace *ws)
{
    beginResetModel();
    m_groups.clear();
    if (ws) {
        QList<KindCount> counts = ws->resourceCounts();
        std::sort(counts.begin(), counts.end(), [](const KindCount &a, const KindCount &b) {
            return kindOrder(a.kind) < kindOrder(b.kind);
        });
        for (const KindCount &c : std::as_const(counts))
            m_groups.append({c.kind, ws->resources(c.kind)});
    }
    endResetModel();
}

QModelIndex ResourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ResourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ResourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_groups[parent.row()].items.size());
    return 0;
}

int ResourceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ResourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Group &g = m_groups[index.row()];
        if (role == KindRole)
            return g.kind;
        if (role == SortRole)
            return kindOrder(g.kind);
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("%1 (%2)").arg(kindTitle(g.kind)).arg(g.items.size());
        return {};
    }
    const ResourceSummary &r = m_groups[int(index.internalId() - 1)].items[index.row()];
    switch (role) {
    case KindRole:
        return r.kind;
    case IdRole:
        return r.id;
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case NameColumn: return r.name.isEmpty() ? r.id : r.name;
        case IdColumn: return r.id;
        case VpcColumn: return r.vpcId;
        case StateColumn: return r.state;
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1 in %2 / %3").arg(r.id, r.account, r.region);
    default:
        break;
    }
    return {};
}

QModelIndex ResourceTreeModel::indexOfId(const QString &id) const
{
    const QString first = id.section(QLatin1Char(','), 0, 0);
    for (int g = 0; g < m_groups.size(); ++g)
        for (int i = 0; i < m_groups[g].items.size(); ++i)
            if (m_groups[g].items[i].id == first)
                return index(i, 0, index(g, 0));
    return {};
}

QVariant ResourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case IdColumn: return tr("ID");
    case VpcColumn: return tr("VPC");
    case StateColumn: return tr("State");
    case ColumnCount: break;
    }
    return {};
}

} // namespace vpclens
