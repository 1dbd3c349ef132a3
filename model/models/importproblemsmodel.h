// SPDX-License-Identifier: GPL-3.0-or-later
// Every problem the imports met, as kept in the workspace: a bad flow-log line (file, line number,
// reason, the line itself), a truncated gzip, a file that could not be read or is not an AWS export.
// For the Import Log window; holds at most kMaxRows (the count says how many there are in all).
#pragma once

#include "workspace/workspace.h"

#include <QAbstractTableModel>

namespace vpclens {

class ImportProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { File, Line, Reason, Text, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };
    static constexpr int kMaxRows = 100000;

    explicit ImportProblemsModel(QObject *parent = nullptr);

    void reload(const Workspace *ws); // nullptr: empty
    qint64 totalCount() const { return m_total; } // in the workspace; rowCount() holds the first kMaxRows

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "file:line: reason: text", as the CLI prints a bad line; for copying rows.
    QString lineText(int row) const;

private:
    QList<ImportError> m_problems;
    qint64 m_total = 0;
};

} // namespace vpclens
