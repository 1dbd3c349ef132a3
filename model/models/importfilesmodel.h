// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace's import history, one row per input file (topology and flow logs): when, what,
// how it ended, how many records and bad lines. For the Import Log window; read once per reload.
#pragma once

#include "workspace/workspace.h"

#include <QAbstractTableModel>

namespace vpclens {

class ImportFilesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ImportedAt, Kind, Status, Records, BadLines, Size, Path, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit ImportFilesModel(QObject *parent = nullptr);

    void reload(const Workspace *ws); // nullptr: empty
    const QList<ImportRecord> &files() const { return m_files; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportRecord> m_files;
};

} // namespace vpclens
