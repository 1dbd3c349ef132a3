// SPDX-License-Identifier: GPL-3.0-or-later
// The Flows dock: a filter bar (completion, errors under it, saved filters), quick filters, the
// record table, next/previous rejected, conversations and endpoints, CSV export.
#pragma once

#include "base/backgroundjob.h"
#include "base/ipaddress.h"
#include "flowtableview.h"
#include "overlay/trafficoverlay.h"
#include "query/filterclause.h"
#include "query/flowfilter.h"
#include "query/flowsearch.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace vpclens {

class Estate;
class GroupsView;
class FlowTableModel;
class Workspace;

class FlowsPane : public QWidget
{
    Q_OBJECT
public:
    explicit FlowsPane(QWidget *parent = nullptr);

    void setWorkspace(Workspace *ws, std::shared_ptr<const Estate> estate); // not owned; nullptr clears
    void setEstate(std::shared_ptr<const Estate> estate); // the same estate, renamed addresses: the views follow
    // The typed filter; returns false (and shows the error) when it does not compile.
    bool setFilterText(const QString &text);
    // "Apply as Filter" (run) or "Prepare as Filter": the clause joined to the typed filter.
    void useClause(const QString &clause, FilterJoin how, bool run);
    enum class View { Records, Conversations, Endpoints };
    void setView(View view);
    View view() const;
    bool isGrouping() const { return m_grouping; }
    QString filterText() const;
    // A filter from elsewhere (the graph's selection), combined with the typed one; empty clears.
    void setContextFilter(const QString &expression, const QString &label);
    void setTimeRange(const TimeRange &range);
    void setRejectedOnly(bool on);
    // The combined filter in effect (the typed one applied last, context, time range, rejected only);
    // a filter prepared in the bar joins it only at Enter.
    const CompiledFilter &effectiveFilter() const { return m_effective; }
    QString effectiveExpression() const;
    FlowTableModel *model() const { return m_model; }
    FlowTableView *table() const { return m_table; }
    bool selectNextRejected(bool forward);
    // Makes the table's first row current (its trace follows); false when the table is empty.
    bool selectFirstRecord();
    bool exportCsv(const QString &path, QString *error) const;

    void chooseCsvExport(); // asks for a file name and writes the records the filter keeps
    // The filter, its time range and the view (records, conversations, endpoints) as Athena SQL, on the
    // clipboard (query/athenasql.h).
    void copyAthenaSql();

    void showCapturedPackets(); // of the current record: the packets the captures hold of its connection
    static bool hasCaptures(const Workspace &ws);
    // The record's connection in both sources (flow logs and captures), in the filter language.
    static QString connectionFilter(const FlowRecord &r);

signals:
    void filterApplied(const CompiledFilter &filter, const QString &expression);
    void currentFlowChanged(const FlowRecord &record);
    void stopRequested(); // Stop: the count stops here, and what else works on this filter should too
    void noteRequested(const QString &subject); // "Add Note…" on a record (its context menu)
    void addressNamed(); // "Name This Address…" kept a name in the workspace

private:
    void apply();    // the typed filter (Enter): checked, then it joins the others in refilter
    void refilter(); // the filter applied last with the context, time range and rejected only
    QStringList expressionWithoutRange() const; // applied, context and rejected only, each in parentheses
    void showGroups(); // starts grouping on a worker; the rows arrive in fillGroups
    void fillGroups(GroupBy by, const QList<GroupRow> &rows);
    void currentChanged();
    void nameAddress(const IpAddress &address); // asks for a block and a name, keeps them
    void showCaptureColumns(bool on);
    void saveColumns();    // the columns shown, kept in the workspace (view/columns)
    void restoreColumns(); // as kept; the defaults when the workspace kept none
    void saveFilter();
    void reloadSavedFilters();
    void updateStatus();

    Workspace *m_ws = nullptr; // not owned
    QString m_appliedText;     // the typed filter the table shows
    std::shared_ptr<const Estate> m_estate;
    CompiledFilter m_effective;
    QString m_context, m_contextLabel;
    TimeRange m_range;
    FlowTableModel *m_model;          // owned by this
    QLineEdit *m_filter;              // owned by the layout
    QLabel *m_error;                  // owned by the layout
    QLabel *m_contextChip;            // owned by the layout
    QToolButton *m_clearContext;      // owned by the layout
    QToolButton *m_rejectedOnly;      // owned by the layout
    QComboBox *m_view;                // owned by the layout
    QComboBox *m_saved;               // owned by the layout
    QStackedWidget *m_stack;          // owned by the layout
    FlowTableView *m_table;           // owned by the stack
    GroupsView *m_groups;             // owned by the stack
    QLabel *m_status;                 // owned by the layout
    QToolButton *m_stop;              // owned by the layout
    // The conversations/endpoints grouping under way (a scan: seconds on tens of millions of records).
    std::shared_ptr<std::atomic_bool> m_groupCancel;
    JobGenerations m_groupJobs; // Conversations and Endpoints: only the newest grouping is shown
    bool m_grouping = false;
};

} // namespace vpclens
