// SPDX-License-Identifier: GPL-3.0-or-later
// Conversations and endpoints as a table: each way apart (A -> B and B -> A), first and last seen, a
// conversation's outcome, and the names of the ends the estate holds. A double-click (or Enter, or
// the context menu) filters the records on the row.
#pragma once

#include "query/filterclause.h"
#include "query/flowgroups.h"

#include <QTableView>

#include <memory>

class QStandardItemModel;

namespace vpclens {

class Estate;

class GroupsView : public QTableView
{
    Q_OBJECT
public:
    explicit GroupsView(QWidget *parent = nullptr);
    void showRows(GroupBy by, const QList<GroupRow> &rows, std::shared_ptr<const Estate> estate);
    void clearRows();
    void setUtc(bool utc);
    // The filter that keeps a row's records: both ends (and the service port and protocol).
    static QString filterFor(GroupBy by, const GroupRow &row);
    // A cell's value as a filter clause: an end (`addr == A`), the port, the protocol; the row's filter
    // from the other cells (counts, times, outcome: no field of a record holds them).
    static QString cellClause(GroupBy by, const GroupRow &row, int column);

signals:
    void filterRequested(const QString &expression);
    void clauseChosen(const QString &clause, FilterJoin how, bool run); // Apply / Prepare as Filter

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void requestFilter(const QModelIndex &index);
    void refill();

    QStandardItemModel *m_model;
    GroupBy m_by = GroupBy::Conversation;
    QList<GroupRow> m_rows;
    std::shared_ptr<const Estate> m_estate; // for the names of the ends
    bool m_utc = true;
    bool m_sortChosen = false; // the analyst clicked a column; else biggest by bytes first
};

} // namespace vpclens
