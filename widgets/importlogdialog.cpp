// SPDX-License-Identifier: GPL-3.0-or-later
#include "importlogdialog.h"

#include "models/importfilesmodel.h"
#include "models/importproblemsmodel.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vpclens {

namespace {
constexpr auto kGeometryKey = "importLog/geometry";
}

ImportLogDialog::ImportLogDialog(const Workspace &ws, QWidget *parent)
    : QDialog(parent)
    , m_files(new ImportFilesModel(this))
    , m_problems(new ImportProblemsModel(this))
    , m_tabs(new QTabWidget(this))
    , m_snapshots(new QTreeWidget(m_tabs))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Import Log"));

    QLineEdit *filesFilter = nullptr;
    // Files filter on their whole path (a folder, a day of the S3 layout), problems on what they show.
    m_filesView = addTable(m_files, ImportFilesModel::ImportedAt, &filesFilter, tr("Filter files by name, kind or result"),
                           ImportFilesModel::SortRole);
    m_problemsView = addTable(m_problems, -1, &m_problemsFilter, tr("Filter problems by file, problem or text"), Qt::DisplayRole);
    m_problemsProxy = qobject_cast<QSortFilterProxyModel *>(m_problemsView->model());
    // Paths and lines are long: both keep their start and their end in sight.
    m_filesView->horizontalHeader()->setSectionResizeMode(ImportFilesModel::Path, QHeaderView::Stretch);
    m_filesView->setTextElideMode(Qt::ElideMiddle);
    m_filesView->horizontalHeader()->setMinimumSectionSize(m_filesView->fontMetrics().averageCharWidth() * 8);
    m_problemsView->horizontalHeader()->setSectionResizeMode(ImportProblemsModel::File, QHeaderView::Interactive);
    m_problemsView->horizontalHeader()->resizeSection(ImportProblemsModel::File, m_problemsView->fontMetrics().averageCharWidth() * 36);
    m_problemsView->horizontalHeader()->setSectionResizeMode(ImportProblemsModel::Text, QHeaderView::Stretch);
    m_problemsView->setTextElideMode(Qt::ElideMiddle);

    m_tabs->addTab(m_filesView->parentWidget(), QString());
    m_tabs->addTab(m_problemsView->parentWidget(), QString());
    // Every topology snapshot: when it was taken (the time records are explained against), from where.
    m_snapshots->setRootIsDecorated(false);
    m_snapshots->setHeaderLabels({tr("Snapshot"), tr("Taken (UTC)"), tr("Resources"), tr("Files"), tr("Source"), tr("Accounts and regions")});
    m_tabs->addTab(m_snapshots, QString());
    reload(ws);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    if (!restoreGeometry(QSettings().value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(1000, 560);
    showTab(m_problems->totalCount() > 0 ? ProblemsTab : FilesTab);
}

ImportLogDialog::~ImportLogDialog()
{
    QSettings().setValue(QLatin1String(kGeometryKey), saveGeometry());
}

void ImportLogDialog::reload(const Workspace &ws)
{
    m_files->reload(&ws);
    m_problems->reload(&ws);
    const QLocale locale;
    m_tabs->setTabText(FilesTab, tr("Files (%1)").arg(locale.toString(m_files->rowCount())));
    m_tabs->setTabText(ProblemsTab, tr("Problems (%1)").arg(locale.toString(m_problems->totalCount())));
    m_snapshots->clear();
    const QList<SnapshotInfo> snapshots = ws.snapshots();
    for (const SnapshotInfo &sn : snapshots) {
        auto *item = new QTreeWidgetItem(m_snapshots, {QString::number(sn.id),
                                                       QDateTime::fromSecsSinceEpoch(sn.takenAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                       locale.toString(sn.resources), locale.toString(sn.files), sn.source,
                                                       sn.scopes.join(QStringLiteral(", "))});
        item->setToolTip(4, sn.source);
    }
    for (int c = 0; c < m_snapshots->columnCount() - 1; ++c) // times and paths in full; the scopes take the rest
        m_snapshots->resizeColumnToContents(c);
    m_tabs->setTabText(SnapshotsTab, tr("Snapshots (%1)").arg(locale.toString(snapshots.size())));
    qint64 records = 0, bad = 0, failed = 0, skipped = 0;
    for (const ImportRecord &f : m_files->files()) {
        if (f.kind == QLatin1String("flows"))
            records += f.records;
        bad += f.badLines;
        failed += f.notRead() ? 1 : 0;
        skipped += f.status == QLatin1String("skipped") ? 1 : 0;
    }
    QString summary = tr("%1 files: %2 flow records, %3 bad lines; %4 files could not be read, %5 hold nothing VpcLens reads")
                          .arg(locale.toString(m_files->rowCount()), locale.toString(records), locale.toString(bad), locale.toString(failed),
                               locale.toString(skipped));
    if (m_problems->totalCount() > m_problems->rowCount())
        summary += QLatin1Char('\n') + tr("The Problems tab lists the first %1 of %2 problems; vpclens-cli info --problems lists them all.")
                                           .arg(locale.toString(m_problems->rowCount()), locale.toString(m_problems->totalCount()));
    for (const QString &w : ws.snapshotTimeWarnings())
        summary += QLatin1Char('\n') + tr("Warning: %1").arg(w);
    m_summary->setWordWrap(true);
    m_summary->setText(summary);
}

QTableView *ImportLogDialog::addTable(QAbstractItemModel *model, int sortColumn, QLineEdit **filter, const QString &placeholder, int filterRole)
{
    auto *page = new QWidget(m_tabs);
    auto *edit = new QLineEdit(page);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(ImportFilesModel::SortRole); // both models: Qt::UserRole + 1, raw values
    proxy->setFilterKeyColumn(-1); // any column
    proxy->setFilterRole(filterRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(edit, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *view = new QTableView(page);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(edit);
    layout->addWidget(view, 1);
    *filter = edit;
    return view;
}

void ImportLogDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
    if (auto *filter = m_tabs->currentWidget()->findChild<QLineEdit *>())
        filter->setFocus(); // type to filter at once
}

void ImportLogDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy) && m_tabs->currentIndex() == ProblemsTab) {
        copySelectedProblems();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ImportLogDialog::copySelectedProblems()
{
    QList<int> rows;
    for (const QModelIndex &i : m_problemsView->selectionModel()->selectedRows())
        rows.append(m_problemsProxy->mapToSource(i).row());
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int r : std::as_const(rows))
        lines.append(m_problems->lineText(r));
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace vpclens
