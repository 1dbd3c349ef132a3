// SPDX-License-Identifier: GPL-3.0-or-later
// The current topology as a two-level tree: resource kinds (with counts), then their resources.
#pragma once

#include "workspace/workspace.h"

#include <QAbstractItemModel>

namespace vpclens {

class ResourceTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, VpcColumn, StateColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, IdRole, SortRole };

    explicit ResourceTreeModel(QObject *parent = nullptr);

    // Re-reads the current topology from the workspace (nullptr clears the model).
    void reload(const Workspace *ws);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int kindCount() const { return int(m_groups.size()); }
    // The row of a resource by id (the first of a comma-separated list), invalid when absent.
    QModelIndex indexOfId(const QString &id) const;

private:
    struct Group {
        QString kind;
        QList<ResourceSummary> items;
    };
    QList<Group> m_groups;
};

} // namespace vpclens
