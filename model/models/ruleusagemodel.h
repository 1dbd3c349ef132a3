// SPDX-License-Identifier: GPL-3.0-or-later
// The Rules view's rows: every rule with what the flow logs say it decided (query/ruleusage.h).
#pragma once

#include "query/ruleusage.h"

#include <QAbstractTableModel>

namespace vpclens {

class RuleUsageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rule, State, Records, Rejected, Connections, Bytes, FirstSeen, LastSeen, Says, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, NameRole, StateRole };
    using QAbstractTableModel::QAbstractTableModel;

    void setRules(QList<RuleUsage> rules);
    const QList<RuleUsage> &rules() const { return m_rules; }
    void setUtc(bool utc);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateText(const RuleUsage &u) const;
    QList<RuleUsage> m_rules;
    bool m_utc = false;
};

} // namespace vpclens
