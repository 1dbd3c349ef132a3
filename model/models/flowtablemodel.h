// SPDX-License-Identifier: GPL-3.0-or-later
// The flow table: a window onto the records matching a filter, in start-time order (then id), oldest
// or newest first. A background scan counts the matches and notes every 256th key, so any page is one
// keyed read (after the anchor, LIMIT 256; see fetchFlows); only a bounded number of pages is kept in
// memory. The scan can be stopped: the rows counted so far stay.
// The model's rows are a window onto the matches (at most windowRows() of them from windowStart()): a
// view's header keeps 8 bytes for each row it is given, 800 MB for 100 million; FlowTableView moves
// the window as it scrolls and shows a scroll bar over all matches.
#pragma once

#include "query/flowfilter.h"
#include "query/flowsearch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>

namespace vpclens {

class Estate;
class Workspace;

class FlowTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Start, Interface, Source, SrcPort, Destination, DstPort, Protocol, Packets, Bytes, Action, Status, TcpFlags, Duration, DecidedBy,
                  Origin, Handshake, CommunityId,
                  // The fields of versions 3-8 (hidden at first: the header's menu shows them)
                  VpcId, SubnetId, InstanceId, TrafficType, PktSrc, PktDst, Region, AzId, FlowDirection, TrafficPath, RejectReason,
                  OtherFields, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, ActionRole };
    static constexpr int kPageSize = 256;
    static constexpr int kMaxPages = 64; // at most 16,384 records held
    static constexpr int kWindowRows = 1 << 20;

    explicit FlowTableModel(QObject *parent = nullptr);
    ~FlowTableModel() override;

    // The workspace (its path for the background scan, the GUI-thread connection for pages).
    void setWorkspace(const Workspace *ws, std::shared_ptr<const Estate> estate);
    void setFilter(const CompiledFilter &filter);
    const CompiledFilter &filter() const { return m_filter; }
    void setUtc(bool utc);

    // Sorting is by the record order only (the one index over tens of millions of rows): the Start
    // column ascending (oldest first) or descending (newest first); other columns are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool newestFirst() const { return m_newestFirst; }
    void setNewestFirst(bool on) { m_newestFirst = on; } // for the next filter; sort() applies it now

    bool isCounting() const;
    void stopCounting(); // keeps the rows counted so far
    bool countStopped() const { return m_stopped; }
    qint64 matchCount() const { return m_total; } // so far, while counting

    // The window: model row r is match windowStart() + r. Moving it changes every row's data, not the
    // row count (except at the end of the matches).
    qint64 windowStart() const { return m_windowStart; }
    int windowRows() const { return m_windowRows; }
    void setWindowStart(qint64 start); // clamped so the window is as full as the matches allow
    void setWindowRows(int rows);      // for tests; kWindowRows by default

    std::optional<FlowRecord> record(int row) const // a row of the window (-1, no current row: none)
    {
        return row >= 0 && row < m_rows ? recordAt(m_windowStart + row) : std::nullopt;
    }
    std::optional<FlowRecord> recordAt(qint64 match) const; // by position among all matches
    // The position of a record among all matches (loading its page); -1 when it does not match or is
    // not counted yet.
    qint64 matchOfKey(FlowKey key) const;
    int pagesHeld() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The filter field a column shows (query/filterfields.h): "dstport" for DstPort; empty for Other Fields.
    static QString filterField(int column);

signals:
    void countingFinished(qint64 matches);
    void matchCountChanged(qint64 matches); // as the count goes on, also past the window's end
    void windowMoved(qint64 start);

private:
    struct Scan;
    void startScan();
    void pollScan();
    const QList<FlowRecord> *page(int index) const;
    QList<FlowRecord> fetchPage(FlowKey anchor) const;
    QString interfaceName(const QString &eni) const;

    const Workspace *m_ws = nullptr; // not owned
    std::shared_ptr<const Estate> m_estate;
    QHash<QString, QString> m_eniNames; // eni -> "web-1 (eni-...)"
    CompiledFilter m_filter;
    bool m_utc = true;
    bool m_newestFirst = false;
    bool m_stopped = false;
    qint64 m_total = 0; // matches counted
    qint64 m_windowStart = 0;
    int m_windowRows = kWindowRows;
    int m_rows = 0; // rows in the window: min(m_total - m_windowStart, m_windowRows)
    std::shared_ptr<Scan> m_scan;
    QList<FlowKey> m_anchors; // m_anchors[p]: the key before page p in the order shown (first page: FlowKey::first() or last())
    mutable QHash<int, QList<FlowRecord>> m_pages;
    mutable QList<int> m_pageOrder; // least recently used first
    QTimer m_poll;
};

} // namespace vpclens
