// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspane.h"

#include "filtermenu.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QSignalBlocker>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace vpclens {
namespace {
constexpr int kFilterRole = Qt::UserRole + 1; // an item's filter clause
}

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_json(new QPlainTextEdit(this))
    , m_record(new QTreeWidget(this))
{
    m_tabs->addTab(m_record, tr("Details"));
    m_tabs->addTab(m_json, tr("JSON"));
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabBarClicked, this, [this](int index) { m_jsonChosen = index == 1; });
    m_record->setHeaderLabels({tr("Field"), tr("Value")});
    m_record->setColumnCount(2);
    m_record->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_record->setUniformRowHeights(true);
    m_record->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // A field's value as a filter (Apply / Prepare as Filter), as Wireshark's packet details offer.
    m_record->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *copy = new QAction(tr("Copy"), m_record);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_record->addAction(copy);
    connect(copy, &QAction::triggered, this, [this] {
        QStringList lines;
        for (const QTreeWidgetItem *item : m_record->selectedItems())
            lines << (item->text(0).isEmpty() ? item->text(1) : item->text(0) + QStringLiteral(": ") + item->text(1));
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    connect(m_record, &QWidget::customContextMenuRequested, this, [this, copy](const QPoint &at) {
        const QTreeWidgetItem *item = m_record->itemAt(at);
        const QString clause = item ? item->data(0, kFilterRole).toString() : QString();
        QMenu menu;
        addFilterMenus(menu, clause, [this, clause](FilterJoin how, bool run) { emit clauseChosen(clause, how, run); });
        menu.addSeparator();
        menu.addAction(copy);
        menu.exec(m_record->viewport()->mapToGlobal(at));
    });
    connect(m_record, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *i) { m_collapsed.insert(i->text(0)); });
    connect(m_record, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *i) { m_collapsed.remove(i->text(0)); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    clear();
}

void DetailsPane::showResource(const QString &title, const QByteArray &rawJson, const QList<DetailItem> &items)
{
    m_title->setText(title);
    const QJsonDocument doc = QJsonDocument::fromJson(rawJson);
    m_json->setPlainText(doc.isNull() ? QString::fromUtf8(rawJson) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    fillTree(items);
    m_tabs->setTabVisible(0, !items.isEmpty());
    m_tabs->setTabVisible(1, true);
    m_tabs->setCurrentIndex(items.isEmpty() || m_jsonChosen ? 1 : 0);
}

void DetailsPane::showRecord(const QString &title, const QList<DetailItem> &items)
{
    m_title->setText(title);
    fillTree(items);
    m_tabs->setTabVisible(0, true);
    m_tabs->setTabVisible(1, false); // a record has no JSON of its own
    m_tabs->setCurrentIndex(0);
}

void DetailsPane::fillTree(const QList<DetailItem> &items)
{
    const QSignalBlocker block(m_record); // collapsing to rebuild is not the analyst's
    m_record->clear();
    std::function<void(QTreeWidgetItem *, const DetailItem &)> add = [&](QTreeWidgetItem *parent, const DetailItem &d) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_record);
        item->setText(0, d.field);
        item->setText(1, d.value);
        item->setToolTip(1, d.filter.isEmpty() ? d.value : QStringLiteral("%1\n%2").arg(d.value, d.filter));
        item->setData(0, kFilterRole, d.filter);
        for (const DetailItem &c : d.children)
            add(item, c);
    };
    for (const DetailItem &d : items)
        add(nullptr, d);
    m_record->expandAll();
    for (int i = 0; i < m_record->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_record->topLevelItem(i);
        top->setExpanded(!m_collapsed.contains(top->text(0)));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
    }
    // The field names fit, but never take more than half the width from the values.
    m_record->resizeColumnToContents(0);
    m_record->setColumnWidth(0, std::min(m_record->columnWidth(0), std::max(120, m_record->viewport()->width() / 2)));
}

void DetailsPane::clear()
{
    m_title->setText(tr("Select a resource to see its details."));
    m_record->clear();
    m_json->clear();
    m_tabs->setTabVisible(0, false);
    m_tabs->setTabVisible(1, true);
}

} // namespace vpclens
