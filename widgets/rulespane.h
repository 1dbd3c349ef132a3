// SPDX-License-Identifier: GPL-3.0-or-later
// The Rules view: every security-group rule, NACL entry and route with what the flow logs say it
// decided in the time range (used, unused, or no evidence where the logs could not see it). Activating
// a rule (double-click, Enter) asks for its records: the inverse of the trace's flow -> rule.
#pragma once

#include "query/ruleusage.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace vpclens {

class RuleUsageModel;

class RulesPane : public QWidget
{
    Q_OBJECT
public:
    explicit RulesPane(QWidget *parent = nullptr);
    void setRules(QList<RuleUsage> rules);
    void clear();
    QTableView *table() const { return m_table; }

signals:
    void ruleActivated(const QString &name);

private:
    void applyFilter();
    void updateStatus();

    RuleUsageModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_state;
    QTableView *m_table;
    QLabel *m_status;
    bool m_explained = false;
};

} // namespace vpclens
