// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulespane.h"

#include "models/ruleusagemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace vpclens {
namespace {

// Search by the rule's name or what it says; show one state or all.
class RuleFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString text, state;
    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex name = sourceModel()->index(row, RuleUsageModel::Rule, parent);
        if (!state.isEmpty() && name.data(RuleUsageModel::StateRole).toString() != state)
            return false;
        if (text.isEmpty())
            return true;
        return name.data().toString().contains(text, Qt::CaseInsensitive)
               || sourceModel()->index(row, RuleUsageModel::Says, parent).data().toString().contains(text, Qt::CaseInsensitive)
               || name.data(Qt::ToolTipRole).toString().contains(text, Qt::CaseInsensitive);
    }
};

} // namespace

RulesPane::RulesPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new RuleUsageModel(this))
    , m_proxy(new RuleFilter(this))
    , m_search(new QLineEdit)
    , m_state(new QComboBox)
    , m_table(new QTableView)
    , m_status(new QLabel)
{
    m_search->setPlaceholderText(tr("Search rules (name, group, NACL, route table, what it says)"));
    m_search->setClearButtonEnabled(true);
    m_status->setWordWrap(true);
    m_state->addItem(tr("All rules"), QString());
    m_state->addItem(tr("Used"), QStringLiteral("used"));
    m_state->addItem(tr("Unused"), QStringLiteral("unused"));
    m_state->addItem(tr("No evidence"), QStringLiteral("no evidence"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RuleUsageModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the estate's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_state);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    connect(m_search, &QLineEdit::textChanged, this, &RulesPane::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &RulesPane::applyFilter);
    const auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            emit ruleActivated(index.data(RuleUsageModel::NameRole).toString());
    };
    connect(m_table, &QTableView::activated, this, activate); // double-click, Enter
    updateStatus();
}

void RulesPane::setRules(QList<RuleUsage> rules)
{
    m_explained = !rules.isEmpty() && rules.first().explained;
    m_model->setRules(std::move(rules));
    m_table->resizeColumnsToContents();
    if (m_table->columnWidth(RuleUsageModel::Rule) > 420)
        m_table->setColumnWidth(RuleUsageModel::Rule, 420);
    if (m_table->columnWidth(RuleUsageModel::State) > 260)
        m_table->setColumnWidth(RuleUsageModel::State, 260);
    updateStatus();
}

void RulesPane::clear()
{
    setRules({});
}

void RulesPane::applyFilter()
{
    auto *filter = static_cast<RuleFilter *>(m_proxy);
    filter->text = m_search->text().trimmed();
    filter->state = m_state->currentData().toString();
    filter->refresh();
    updateStatus();
}

void RulesPane::updateStatus()
{
    if (!m_explained) {
        m_status->setText(m_model->rowCount() ? tr("The records have not all been compared with the rules since the last import: "
                                                   "counts are incomplete, and no rule is called unused.")
                                              : tr("No rules: import a topology."));
        return;
    }
    int used = 0, unused = 0, unknown = 0;
    for (const RuleUsage &u : m_model->rules()) {
        const QLatin1String s(usageState(u));
        used += s == QLatin1String("used");
        unused += s == QLatin1String("unused");
        unknown += s == QLatin1String("no evidence");
    }
    m_status->setText(tr("%1 rules shown of %2: %3 used, %4 unused, %5 without evidence. Double-click a rule for its records.")
                          .arg(m_proxy->rowCount())
                          .arg(m_model->rowCount())
                          .arg(used)
                          .arg(unused)
                          .arg(unknown));
}

} // namespace vpclens
