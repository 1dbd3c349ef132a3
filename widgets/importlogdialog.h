// SPDX-License-Identifier: GPL-3.0-or-later
// File > Import Log: what every import brought in and every problem it met, read from the workspace
// (so it is there after a restart too; the main window reloads it after each import). Two tabs,
// Files and Problems, each sortable and filterable; Ctrl+C copies the selected problems as the CLI
// prints them (file:line: reason: text).
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace vpclens {

class ImportFilesModel;
class ImportProblemsModel;
class Workspace;

class ImportLogDialog : public QDialog
{
    Q_OBJECT
public:
    enum Tab { FilesTab, ProblemsTab, SnapshotsTab };

    explicit ImportLogDialog(const Workspace &ws, QWidget *parent = nullptr);
    ~ImportLogDialog() override;

    void showTab(Tab tab);
    void reload(const Workspace &ws); // after another import
    QTableView *filesView() const { return m_filesView; }
    QTableView *problemsView() const { return m_problemsView; }
    QLineEdit *problemsFilter() const { return m_problemsFilter; }
    QTreeWidget *snapshotsView() const { return m_snapshots; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTableView *addTable(QAbstractItemModel *model, int sortColumn, QLineEdit **filter, const QString &placeholder, int filterRole);
    void copySelectedProblems();

    ImportFilesModel *m_files;             // owned by this
    ImportProblemsModel *m_problems;       // owned by this
    QSortFilterProxyModel *m_problemsProxy = nullptr; // owned by this
    QTabWidget *m_tabs;                    // owned by this
    QTableView *m_filesView = nullptr;     // owned by m_tabs
    QTableView *m_problemsView = nullptr;  // owned by m_tabs
    QLineEdit *m_problemsFilter = nullptr; // owned by m_tabs
    QTreeWidget *m_snapshots;              // owned by m_tabs
    QLabel *m_summary;                     // owned by this
};

} // namespace vpclens
