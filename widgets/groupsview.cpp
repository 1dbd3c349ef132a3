// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupsview.h"

#include "base/ipaddress.h"
#include "base/protocols.h"
#include "base/timetext.h"
#include "topology/estate.h"
#include "filtermenu.h"
#include "graphitems.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QStandardItemModel>

namespace vpclens {
namespace {

constexpr int kRowIndex = Qt::UserRole + 1; // the item's row in m_rows, on the first column

QStandardItem *number(qint64 v, const QString &text = {})
{
    auto *item = new QStandardItem(text.isEmpty() ? QLocale().toString(v) : text);
    item->setData(v, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem *textItem(const QString &text, const QString &sortKey = {})
{
    auto *item = new QStandardItem(text);
    item->setData(sortKey.isEmpty() ? text : sortKey, Qt::UserRole);
    return item;
}

QString portText(qint64 protocol, qint64 port)
{
    if (port < 0)
        return QStringLiteral("-");
    const QString service = serviceName(int(protocol), int(port));
    return service.isEmpty() ? QString::number(port) : QStringLiteral("%1 (%2)").arg(port).arg(service);
}

} // namespace

GroupsView::GroupsView(QWidget *parent)
    : QTableView(parent)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setSortingEnabled(true);
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    m_model->setSortRole(Qt::UserRole);
    connect(horizontalHeader(), &QHeaderView::sectionClicked, this, [this] { m_sortChosen = true; });
    auto *filter = new QAction(tr("Filter Records on This Row"), this);
    filter->setToolTip(tr("Show the records of this conversation or endpoint (double-click, Enter)"));
    addAction(filter);
    connect(filter, &QAction::triggered, this, [this] { requestFilter(currentIndex()); });
    // The cell as a filter: an end (addr), the port, the protocol, or the whole row from any other cell.
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this, filter](const QPoint &at) {
        const QModelIndex index = indexAt(at);
        const int i = index.isValid() ? m_model->index(index.row(), 0).data(kRowIndex).toInt() : -1;
        const QString clause = i >= 0 && i < m_rows.size() ? cellClause(m_by, m_rows[i], index.column()) : QString();
        QMenu menu;
        menu.addAction(filter);
        menu.addSeparator();
        addFilterMenus(menu, clause, [this, clause](FilterJoin how, bool run) { emit clauseChosen(clause, how, run); });
        menu.exec(viewport()->mapToGlobal(at));
    });
    connect(this, &QAbstractItemView::doubleClicked, this, &GroupsView::requestFilter);
}

void GroupsView::showRows(GroupBy by, const QList<GroupRow> &rows, std::shared_ptr<const Estate> estate)
{
    if (by != m_by) // the columns differ
        m_sortChosen = false;
    m_by = by;
    m_rows = rows;
    m_estate = std::move(estate);
    refill();
    resizeColumnsToContents();
}

void GroupsView::clearRows()
{
    m_rows.clear();
    m_model->clear();
}

void GroupsView::setUtc(bool utc)
{
    m_utc = utc;
    refill();
}

void GroupsView::refill()
{
    const int sortColumn = horizontalHeader()->sortIndicatorSection();
    const Qt::SortOrder order = horizontalHeader()->sortIndicatorOrder();
    m_model->clear();
    const bool conversation = m_by == GroupBy::Conversation;
    QStringList headers;
    if (conversation)
        headers << tr("Client (A)") << tr("Server (B)") << tr("Port") << tr("Protocol") << tr("Outcome");
    else
        headers << tr("Address");
    headers << tr("Records") << tr("Bytes") << tr("Rejected")
            << (conversation ? tr("Packets A → B") : tr("Packets Sent")) << (conversation ? tr("Bytes A → B") : tr("Bytes Sent"))
            << (conversation ? tr("Packets B → A") : tr("Packets Received")) << (conversation ? tr("Bytes B → A") : tr("Bytes Received"))
            << tr("First Seen") << tr("Last Seen");
    m_model->setHorizontalHeaderLabels(headers);
    auto label = [this](const QString &address) {
        const auto ip = m_estate ? parseIp(address.toStdString()) : std::nullopt;
        const QString name = ip ? m_estate->labelOf(*ip) : QString();
        return name.isEmpty() ? address : QStringLiteral("%1 (%2)").arg(address, name);
    };
    for (int i = 0; i < m_rows.size(); ++i) {
        const GroupRow &g = m_rows[i];
        QList<QStandardItem *> items{textItem(label(g.a), g.a)};
        items.front()->setData(i, kRowIndex);
        if (conversation) {
            auto *outcome = textItem(outcomeName(g.outcome));
            if (g.outcome == ConversationOutcome::Rejected || g.outcome == ConversationOutcome::ReplyRejected
                || g.outcome == ConversationOutcome::PartlyRejected)
                outcome->setForeground(QColor(0xb4, 0x23, 0x18));
            items << textItem(label(g.b), g.b) << number(g.port, portText(g.protocol, g.port)) << textItem(protocolShortName(int(g.protocol)))
                  << outcome;
        }
        items << number(g.flows) << number(g.bytes, formatBytes(g.bytes)) << number(g.rejected) << number(g.ab.packets)
              << number(g.ab.bytes, formatBytes(g.ab.bytes)) << number(g.ba.packets) << number(g.ba.bytes, formatBytes(g.ba.bytes))
              << number(g.first, formatTime(g.first, m_utc)) << number(g.last, formatTime(g.last, m_utc));
        m_model->appendRow(items);
    }
    if (m_sortChosen && sortColumn >= 0 && sortColumn < m_model->columnCount())
        sortByColumn(sortColumn, order);
    else // biggest by bytes first
        sortByColumn(headers.indexOf(tr("Bytes")), Qt::DescendingOrder);
}

QString GroupsView::filterFor(GroupBy by, const GroupRow &g)
{
    if (by == GroupBy::Endpoint)
        return QStringLiteral("addr == %1").arg(g.a);
    QString out = QStringLiteral("addr == %1 and addr == %2").arg(g.a, g.b);
    if (g.protocol >= 0)
        out += QStringLiteral(" and protocol == %1").arg(protocolShortName(int(g.protocol)));
    if (g.port >= 0)
        out += QStringLiteral(" and port == %1").arg(g.port);
    return out;
}

QString GroupsView::cellClause(GroupBy by, const GroupRow &g, int column)
{
    if (by == GroupBy::Conversation) {
        if (column == 0 || column == 1)
            return filterClause(QStringLiteral("addr"), column == 0 ? g.a : g.b);
        if (column == 2)
            return g.port >= 0 ? filterClause(QStringLiteral("port"), QString::number(g.port)) : QString();
        if (column == 3)
            return g.protocol >= 0 ? filterClause(QStringLiteral("protocol"), protocolShortName(int(g.protocol))) : QString();
    } else if (column == 0) {
        return filterClause(QStringLiteral("addr"), g.a);
    }
    return filterFor(by, g);
}

void GroupsView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        requestFilter(currentIndex());
        return;
    }
    QTableView::keyPressEvent(event);
}

void GroupsView::requestFilter(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int i = m_model->index(index.row(), 0).data(kRowIndex).toInt();
    if (i >= 0 && i < m_rows.size())
        emit filterRequested(filterFor(m_by, m_rows[i]));
}

} // namespace vpclens
