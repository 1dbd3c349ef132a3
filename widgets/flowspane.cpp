// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowspane.h"

#include "packetsdialog.h"
#include "query/capturepackets.h"

#include "base/logging.h"
#include "base/printable.h"
#include "base/protocols.h"
#include "base/timetext.h"
#include "graphitems.h"
#include "groupsview.h"
#include "models/flowtablemodel.h"
#include "query/athenasql.h"
#include "query/chartdata.h"
#include "topology/estate.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTableView>
#include <QTextStream>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace vpclens {

FlowsPane::FlowsPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new FlowTableModel(this))
{
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter: action == REJECT and dstport in {22, 3389}   (Enter to apply)"));
    m_filter->setClearButtonEnabled(true);
    auto *completer = new QCompleter(filterFields() + filterKeywords(), m_filter);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::InlineCompletion);
    m_filter->setCompleter(completer);
    m_error = new QLabel;
    m_error->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_contextChip = new QLabel;
    m_contextChip->setStyleSheet(QStringLiteral("background: palette(highlight); color: palette(highlighted-text); border-radius: 3px; padding: 1px 6px;"));
    m_contextChip->hide();
    m_clearContext = new QToolButton;
    m_clearContext->setText(QStringLiteral("✕"));
    m_clearContext->setToolTip(tr("Stop filtering to the selection"));
    m_clearContext->hide();
    m_rejectedOnly = new QToolButton;
    m_rejectedOnly->setText(tr("Rejected only"));
    m_rejectedOnly->setCheckable(true);
    auto *previous = new QToolButton;
    previous->setText(tr("◀ Rejected"));
    previous->setToolTip(tr("Previous rejected flow (Shift+F8)"));
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    auto *nextButton = new QToolButton;
    nextButton->setText(tr("Rejected ▶"));
    nextButton->setToolTip(tr("Next rejected flow (F8)"));
    nextButton->setShortcut(QKeySequence(Qt::Key_F8));
    m_view = new QComboBox;
    m_view->addItems({tr("Records"), tr("Conversations"), tr("Endpoints")});
    m_saved = new QComboBox;
    m_saved->setToolTip(tr("Saved filters (kept in the workspace)"));
    auto *save = new QToolButton;
    save->setText(tr("Save…"));
    save->setToolTip(tr("Save this filter in the workspace"));
    auto *utc = new QToolButton;
    utc->setText(tr("UTC"));
    utc->setCheckable(true);
    utc->setChecked(true);
    utc->setToolTip(tr("Show times in UTC (off: local time)"));
    auto *csv = new QToolButton;
    csv->setText(tr("CSV…"));
    csv->setToolTip(tr("Export the records matching the filter as CSV"));

    m_table = new FlowTableView(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The cell's value as a filter (Apply / Prepare as Filter), then the record's own actions.
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_table->indexAt(at);
        const auto r = index.isValid() ? m_model->record(index.row()) : std::nullopt;
        QMenu menu;
        const QString clause = r ? recordClause(*r, FlowTableModel::filterField(index.column())) : QString();
        addFilterMenus(menu, clause, [this, clause](FilterJoin how, bool run) { useClause(clause, how, run); });
        menu.addSeparator();
        // An address outside the estate (no interface holds it) named here, for every view that shows it.
        const QString address = !r ? QString() : index.column() == FlowTableModel::Source ? r->src : index.column() == FlowTableModel::Destination ? r->dst : QString();
        if (const auto ip = parseIp(address.toStdString()); ip && m_ws && !m_ws->isReadOnly() && (!m_estate || m_estate->nameOf(*ip).isEmpty()))
            connect(menu.addAction(tr("Name This Address…")), &QAction::triggered, this, [this, ip = *ip] { nameAddress(ip); });
        menu.addActions(m_table->actions());
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    // A note about a record, for the review report.
    auto *note = new QAction(tr("Add Note for the Report…"), m_table);
    m_table->addAction(note);
    connect(note, &QAction::triggered, this, [this] {
        if (const auto r = m_model->record(m_table->currentIndex().row()))
            emit noteRequested(QStringLiteral("flow %1: %2 %3 %4 -> %5 port %6 %7")
                                   .arg(r->id)
                                   .arg(formatTime(r->start, true), r->eni, r->src, r->dst)
                                   .arg(r->dstPort)
                                   .arg(r->action == 1 ? QStringLiteral("ACCEPT") : r->action == 2 ? QStringLiteral("REJECT") : QStringLiteral("-")));
    });
    // The connection in the packet captures, and the connection in both sources.
    auto *packets = new QAction(tr("Show Captured Packets…"), m_table);
    packets->setToolTip(tr("The packets the captures hold of this record's connection, around its time"));
    m_table->addAction(packets);
    connect(packets, &QAction::triggered, this, &FlowsPane::showCapturedPackets);
    auto *both = new QAction(tr("Filter on This Connection (Flow Logs and Captures)"), m_table);
    m_table->addAction(both);
    connect(both, &QAction::triggered, this, [this] {
        if (const auto r = m_model->record(m_table->currentIndex().row()))
            setFilterText(connectionFilter(*r));
    });
    auto *athena = new QAction(tr("Copy Filter as Athena SQL"), m_table);
    athena->setToolTip(tr("The SQL that selects these records from the organisation's flow-log table in Athena"));
    m_table->addAction(athena);
    connect(athena, &QAction::triggered, this, &FlowsPane::copyAthenaSql);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    { // widths for what the columns hold (a time, an ENI name, an address, a port with its service)
        const QFontMetrics fm = m_table->fontMetrics();
        const auto width = [&fm](const char *sample) { return fm.horizontalAdvance(QLatin1String(sample)) + 18; };
        using C = FlowTableModel::Column;
        for (const auto &[column, sample] : {std::pair{C::Start, "8888-88-88 88:88:88 88"}, {C::Interface, "web-1 (eni-0123456789abcdef0)"},
                                            {C::Source, "888.888.888.888"}, {C::Destination, "888.888.888.888"},
                                            {C::SrcPort, "88888 (https)"}, {C::DstPort, "88888 (https)"}, {C::Protocol, "icmpv6"},
                                            {C::Packets, "888,888"}, {C::Bytes, "888.8 MiB"}, {C::Action, "REJECT"}})
            m_table->setColumnWidth(column, width(sample));
    }
    m_groups = new GroupsView;
    connect(m_groups, &GroupsView::filterRequested, this, [this](const QString &expression) {
        setView(View::Records); // the records of the row
        setFilterText(expression);
    });
    connect(m_groups, &GroupsView::clauseChosen, this, &FlowsPane::useClause); // the view stays
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_groups);
    m_status = new QLabel;
    m_stop = new QToolButton;
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop the work on this filter (Esc): counting, grouping, chart scans; what was found so far stays"));
    m_stop->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stop->hide();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_saved);
    bar->addWidget(save);
    auto *quick = new QHBoxLayout;
    quick->setContentsMargins(4, 0, 4, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_rejectedOnly, previous, nextButton, m_view, utc, csv, m_contextChip, m_clearContext})
        quick->addWidget(w);
    quick->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addLayout(quick);
    layout->addWidget(m_stack, 1);
    auto *statusBar = new QHBoxLayout;
    statusBar->setContentsMargins(4, 0, 4, 0);
    statusBar->addWidget(m_status, 1);
    statusBar->addWidget(m_stop);
    layout->addLayout(statusBar);

    connect(m_filter, &QLineEdit::returnPressed, this, &FlowsPane::apply);
    // The clear button (or the text deleted) takes the filter away at once, not at the next Enter.
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_appliedText.isEmpty())
            apply();
    });
    connect(m_rejectedOnly, &QToolButton::toggled, this, &FlowsPane::refilter);
    connect(previous, &QToolButton::clicked, this, [this] { selectNextRejected(false); });
    connect(nextButton, &QToolButton::clicked, this, [this] { selectNextRejected(true); });
    connect(m_view, &QComboBox::currentIndexChanged, this, &FlowsPane::showGroups);
    connect(utc, &QToolButton::toggled, m_model, &FlowTableModel::setUtc);
    connect(utc, &QToolButton::toggled, m_groups, &GroupsView::setUtc);
    connect(m_clearContext, &QToolButton::clicked, this, [this] { setContextFilter({}, {}); });
    connect(save, &QToolButton::clicked, this, &FlowsPane::saveFilter);
    connect(m_saved, &QComboBox::activated, this, [this](int i) {
        if (i > 0)
            setFilterText(m_saved->itemData(i).toString());
    });
    connect(csv, &QToolButton::clicked, this, &FlowsPane::chooseCsvExport);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FlowsPane::currentChanged);
    connect(m_model, &FlowTableModel::countingFinished, this, &FlowsPane::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FlowsPane::updateStatus);
    connect(m_stop, &QToolButton::clicked, this, [this] {
        if (m_grouping) { // what the group table showed stays
            m_groupCancel->store(true);
            m_groupJobs.next(); // its result, if any still comes, is dropped
            m_grouping = false;
        }
        m_model->stopCounting();
        updateStatus();
        emit stopRequested();
    });
    // Record order: Start oldest first or newest first (the one order tens of millions of rows keep).
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(FlowTableModel::Start, Qt::AscendingOrder);
    header->setToolTip(tr("Click Start to show the newest or the oldest records first; right-click to choose the columns"));
    // Columns on and off, as in Wireshark: right-click the header.
    header->moveSection(header->visualIndex(FlowTableModel::Origin), header->visualIndex(FlowTableModel::Action) + 1);
    header->moveSection(header->visualIndex(FlowTableModel::Handshake), header->visualIndex(FlowTableModel::Origin) + 1);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &at) {
        QMenu menu;
        for (int c = 0; c < FlowTableModel::ColumnCount; ++c) {
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            a->setEnabled(c != FlowTableModel::Start);
            connect(a, &QAction::toggled, this, [this, header, c](bool on) {
                header->setSectionHidden(c, !on);
                saveColumns();
            });
        }
        menu.exec(header->mapToGlobal(at));
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section, Qt::SortOrder order) {
        if (section != FlowTableModel::Start) { // only the record order is kept sorted
            header->setSortIndicator(FlowTableModel::Start, m_model->newestFirst() ? Qt::DescendingOrder : Qt::AscendingOrder);
            return;
        }
        m_model->sort(section, order);
        updateStatus();
        if (m_ws) {
            try {
                const Workspace::BriefWait brief(*m_ws);
                m_ws->setMeta(QStringLiteral("view/newestFirst"), order == Qt::DescendingOrder ? QStringLiteral("1") : QStringLiteral("0"));
            } catch (const sql::Error &e) {
                qCInfo(lcViews) << "record order not remembered:" << e.what();
            }
        }
    });
}

void FlowsPane::setWorkspace(Workspace *ws, std::shared_ptr<const Estate> estate)
{
    m_ws = ws;
    m_estate = std::move(estate);
    const bool newest = ws && ws->meta(QStringLiteral("view/newestFirst")) == QLatin1String("1");
    m_model->setNewestFirst(newest); // before the first page is read
    {
        const QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(FlowTableModel::Start, newest ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    m_model->setWorkspace(ws, m_estate);
    showCaptureColumns(ws && hasCaptures(*ws));
    restoreColumns();
    m_context.clear();
    m_contextLabel.clear();
    m_range = {};
    m_appliedText.clear(); // the last workspace's filter is not this one's, even if its own fails
    m_filter->setText(ws ? ws->meta(QStringLiteral("view/filter")) : QString());
    reloadSavedFilters();
    apply();
}

QString FlowsPane::filterText() const
{
    return m_filter->text();
}

bool FlowsPane::setFilterText(const QString &text)
{
    m_filter->setText(text);
    apply();
    return m_error->isHidden();
}

void FlowsPane::setContextFilter(const QString &expression, const QString &label)
{
    m_context = expression;
    m_contextLabel = label;
    m_contextChip->setText(label);
    m_contextChip->setVisible(!expression.isEmpty());
    m_clearContext->setVisible(!expression.isEmpty());
    refilter();
}

void FlowsPane::setTimeRange(const TimeRange &range)
{
    m_range = range;
    refilter();
}

void FlowsPane::setRejectedOnly(bool on)
{
    m_rejectedOnly->setChecked(on);
}

void FlowsPane::copyAthenaSql()
{
    if (!m_ws)
        return;
    // The filter without the time range: that becomes Athena's bounds on start and the day partitions.
    AthenaQuery query;
    query.from = m_range.from;
    query.to = m_range.to > 0 ? m_range.to + 1 : 0;
    query.shape = m_view->currentIndex() == 1 ? AthenaQuery::Shape::Conversations
                  : m_view->currentIndex() == 2 ? AthenaQuery::Shape::Endpoints
                                                : AthenaQuery::Shape::Records;
    const auto sql = athenaSql(expressionWithoutRange().join(QStringLiteral(" and ")), {m_ws, m_estate.get()}, query);
    if (const auto *e = std::get_if<FilterError>(&sql)) {
        m_error->setText(tr("Not for Athena: %1").arg(e->message));
        m_error->show();
        return;
    }
    QGuiApplication::clipboard()->setText(std::get<QString>(sql) + QStringLiteral(";\n"));
    m_status->setText(tr("Athena SQL copied to the clipboard (table vpc_flow_logs, partitions by day)."));
}

QStringList FlowsPane::expressionWithoutRange() const
{
    QStringList parts;
    if (!m_appliedText.trimmed().isEmpty())
        parts << QStringLiteral("(%1)").arg(m_appliedText.trimmed());
    if (!m_context.isEmpty())
        parts << QStringLiteral("(%1)").arg(m_context);
    if (m_rejectedOnly->isChecked())
        parts << QStringLiteral("action == REJECT");
    return parts;
}

QString FlowsPane::effectiveExpression() const
{
    QStringList parts = expressionWithoutRange();
    if (const QString range = m_range.filterExpression(); !range.isEmpty())
        parts << range;
    return parts.join(QStringLiteral(" and "));
}

void FlowsPane::apply()
{
    if (!m_ws) {
        m_model->setWorkspace(nullptr, nullptr);
        return;
    }
    // The typed part first, so its errors point into what the analyst typed.
    const auto typed = compileFilter(m_filter->text(), {m_ws, m_estate.get()});
    if (const auto *e = std::get_if<FilterError>(&typed)) {
        m_error->setText(tr("%1 (at column %2)").arg(e->message).arg(e->position + 1));
        m_error->show();
        m_filter->setStyleSheet(QStringLiteral("border: 1px solid #b42318;"));
        return;
    }
    m_error->hide();
    m_filter->setStyleSheet({});
    m_appliedText = m_filter->text();
    refilter();
}

void FlowsPane::refilter()
{
    if (!m_ws)
        return;
    const QString expression = effectiveExpression();
    const auto all = compileFilter(expression, {m_ws, m_estate.get()});
    if (const auto *e = std::get_if<FilterError>(&all)) {
        m_error->setText(e->message);
        m_error->show();
        return;
    }
    m_effective = std::get<CompiledFilter>(all);
    m_model->setFilter(m_effective);
    updateStatus();
    if (m_view->currentIndex() > 0)
        showGroups();
    emit filterApplied(m_effective, expression);
    // Remembered only once it ran: a filter that fails must not come back on every open.
    try {
        const Workspace::BriefWait brief(*m_ws);
        m_ws->setMeta(QStringLiteral("view/filter"), m_appliedText);
    } catch (const sql::Error &e) { // a busy workspace still filters; it just does not remember
        qCInfo(lcViews) << "filter not remembered:" << e.what();
    }
}

void FlowsPane::updateStatus()
{
    m_stop->setVisible(m_model->isCounting() || m_grouping);
    if (m_grouping)
        m_status->setText(tr("Grouping the matching records…"));
    else if (m_model->isCounting())
        m_status->setText(tr("Counting… %L1 records so far.").arg(m_model->matchCount()));
    else if (m_model->countStopped())
        m_status->setText(tr("Stopped: %L1 records counted; more may match.").arg(m_model->matchCount()));
    else
        m_status->setText(tr("%L1 records match.").arg(m_model->matchCount()));
}

void FlowsPane::showGroups()
{
    m_stack->setCurrentIndex(m_view->currentIndex() == 0 ? 0 : 1);
    if (m_groupCancel)
        m_groupCancel->store(true);
    const JobGenerations::Ticket ticket = m_groupJobs.next();
    m_grouping = false;
    if (m_view->currentIndex() == 0 || !m_ws) {
        updateStatus();
        return;
    }
    const GroupBy by = m_view->currentIndex() == 1 ? GroupBy::Conversation : GroupBy::Endpoint;
    m_groupCancel = std::make_shared<std::atomic_bool>(false);
    m_grouping = true;
    updateStatus();
    runInBackground(
        this, QThreadPool::globalInstance(), ticket,
        [path = m_ws->path(), filter = m_effective, by, cancel = m_groupCancel] { return loadGroups(path, filter, by, 2000, cancel.get()); },
        [this, by](const QList<GroupRow> &rows) {
            m_grouping = false;
            fillGroups(by, rows);
            updateStatus();
        });
}

void FlowsPane::setView(View view)
{
    m_view->setCurrentIndex(int(view));
}

FlowsPane::View FlowsPane::view() const
{
    return View(m_view->currentIndex());
}

void FlowsPane::fillGroups(GroupBy by, const QList<GroupRow> &rows)
{
    m_groups->showRows(by, rows, m_estate);
}

void FlowsPane::currentChanged()
{
    if (const auto r = m_model->record(m_table->currentIndex().row()))
        emit currentFlowChanged(*r);
}

bool FlowsPane::selectNextRejected(bool forward)
{
    if (!m_ws)
        return false;
    const auto current = m_model->record(m_table->currentIndex().row());
    const bool up = forward != m_model->newestFirst(); // "next" goes down the table, whichever the order
    const FlowKey from = current ? keyOf(*current) : (up ? FlowKey::first() : FlowKey::last());
    const auto next = nextRejected(*m_ws, m_effective, from, up);
    if (!next) {
        m_status->setText(forward ? tr("No rejected flow after this one.") : tr("No rejected flow before this one."));
        return false;
    }
    const qint64 match = m_model->matchOfKey(keyOf(*next));
    if (match < 0) {
        m_status->setText(tr("The next rejected flow is beyond the rows counted so far."));
        return false;
    }
    m_table->showMatch(match);
    return true;
}

bool FlowsPane::selectFirstRecord()
{
    if (m_model->matchCount() == 0)
        return false;
    if (m_table->currentMatch() == 0) // the same row again: still show its trace
        currentChanged();
    m_table->showMatch(0);
    return true;
}

} // namespace vpclens
