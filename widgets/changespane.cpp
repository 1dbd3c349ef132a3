// SPDX-License-Identifier: GPL-3.0-or-later
#include "changespane.h"

#include "models/traileventmodel.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vpclens {
namespace {

QWidget *titled(const QString &title, QLabel **label, QWidget *content, QWidget *above = nullptr)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(title);
    heading->setStyleSheet(QStringLiteral("font-weight: bold"));
    if (label)
        *label = heading;
    layout->addWidget(heading);
    if (above)
        layout->addWidget(above);
    layout->addWidget(content, 1);
    return box;
}

QColor changeColour(SnapshotChange::Kind kind)
{
    switch (kind) {
    case SnapshotChange::Kind::Added: return QColor(0x15, 0x80, 0x3d);
    case SnapshotChange::Kind::Removed: return QColor(0xb9, 0x1c, 0x1c);
    case SnapshotChange::Kind::Changed: return QColor(0xb4, 0x53, 0x09);
    }
    return {};
}

} // namespace

ChangesPane::ChangesPane(QWidget *parent)
    : QWidget(parent)
    , m_snapshots(new QTreeWidget)
    , m_diff(new QTreeWidget)
    , m_diffTitle(nullptr)
    , m_search(new QLineEdit)
    , m_model(new TrailEventModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_events(new QTableView)
    , m_eventStatus(new QLabel)
{
    m_snapshots->setObjectName(QStringLiteral("snapshotList"));
    m_snapshots->setRootIsDecorated(false);
    m_snapshots->setHeaderLabels({tr("Snapshot"), tr("Taken (UTC)"), tr("Resources"), tr("Accounts and regions"), tr("From")});
    m_snapshots->setAlternatingRowColors(true);
    m_diff->setObjectName(QStringLiteral("snapshotDiff"));
    m_diff->setRootIsDecorated(false);
    m_diff->setHeaderLabels({tr("Change"), tr("Kind"), tr("Resource"), tr("What")});
    m_diff->setAlternatingRowColors(true);
    m_search->setPlaceholderText(tr("Search calls (name, resource, who, why)"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_events->setObjectName(QStringLiteral("trailEvents"));
    m_events->setModel(m_proxy);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->setSelectionMode(QAbstractItemView::SingleSelection);
    m_events->setAlternatingRowColors(true);
    m_events->setWordWrap(false);
    m_events->verticalHeader()->hide();
    m_events->verticalHeader()->setDefaultSectionSize(m_events->fontMetrics().height() + 6);
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_eventStatus->setWordWrap(true);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(titled(tr("Snapshots"), nullptr, m_snapshots));
    split->addWidget(titled(tr("Changes"), &m_diffTitle, m_diff));
    auto *eventsBox = titled(tr("CloudTrail: calls that changed the network"), nullptr, m_events, m_search);
    static_cast<QVBoxLayout *>(eventsBox->layout())->addWidget(m_eventStatus);
    split->addWidget(eventsBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_snapshots, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            emit snapshotSelected(item->data(0, Qt::UserRole).toLongLong());
    });
    // Before a change: what would this configuration have done to the traffic seen?
    m_snapshots->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *replay = new QAction(tr("Replay the Period Against This Snapshot"), m_snapshots);
    replay->setObjectName(QStringLiteral("replaySnapshot"));
    m_snapshots->addAction(replay);
    connect(replay, &QAction::triggered, this, [this] {
        if (auto *item = m_snapshots->currentItem())
            emit replayRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_diff, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { emit resourceActivated(item->text(2)); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_events, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit eventActivated(index.data(TrailEventModel::TimeRole).toLongLong());
    });
    clear();
}

void ChangesPane::setSnapshots(const QList<SnapshotInfo> &snapshots)
{
    m_snapshots->clear();
    for (const SnapshotInfo &s : snapshots) {
        auto *item = new QTreeWidgetItem({QString::number(s.id), QDateTime::fromSecsSinceEpoch(s.takenAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                          QString::number(s.resources), s.scopes.join(QStringLiteral(", ")), s.source});
        item->setData(0, Qt::UserRole, s.id);
        item->setToolTip(4, s.source);
        m_snapshots->addTopLevelItem(item);
    }
    for (int c = 0; c < 4; ++c)
        m_snapshots->resizeColumnToContents(c);
    if (m_snapshots->topLevelItemCount() > 0) // the newest: what it changed
        m_snapshots->setCurrentItem(m_snapshots->topLevelItem(m_snapshots->topLevelItemCount() - 1));
}

void ChangesPane::setEvents(QList<TrailEvent> events)
{
    int failed = 0, notApplied = 0;
    for (const TrailEvent &e : std::as_const(events)) {
        failed += e.status == TrailEvent::Status::Failed;
        notApplied += e.status == TrailEvent::Status::NotApplied;
    }
    m_eventStatus->setText(events.isEmpty() ? tr("No CloudTrail imported: File > Import CloudTrail reads the trail's S3 objects, "
                                                 "lookup-events output or EventBridge events.")
                                            : tr("%n call(s): %1 failed (never applied), %2 not applied (see why)", nullptr, int(events.size()))
                                                  .arg(failed).arg(notApplied));
    m_model->setEvents(std::move(events));
    m_events->resizeColumnsToContents();
}

void ChangesPane::showDiff(const SnapshotDiff &diff)
{
    m_diff->clear();
    if (diff.from == 0 || diff.from == diff.to) {
        m_diffTitle->setText(tr("Changes (the first snapshot: nothing to compare with)"));
        return;
    }
    m_diffTitle->setText(tr("Changes from snapshot %1 to %2: %n", nullptr, int(diff.changes.size())).arg(diff.from).arg(diff.to));
    for (const SnapshotChange &c : diff.changes) {
        auto *item = new QTreeWidgetItem({QLatin1String(changeKindName(c.kind)), c.resourceKind, c.resource, c.detail});
        item->setForeground(0, changeColour(c.kind));
        item->setToolTip(2, c.name);
        item->setToolTip(3, c.detail);
        m_diff->addTopLevelItem(item);
    }
    for (const QString &scope : diff.notCompared) {
        auto *item = new QTreeWidgetItem({tr("not compared"), QString(), scope, tr("in one snapshot only")});
        item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
        m_diff->addTopLevelItem(item);
    }
    for (int c = 0; c < 3; ++c)
        m_diff->resizeColumnToContents(c);
}

void ChangesPane::clear()
{
    m_snapshots->clear();
    m_diff->clear();
    m_diffTitle->setText(tr("Changes"));
    setEvents({});
}

} // namespace vpclens
