// SPDX-License-Identifier: GPL-3.0-or-later
// The flow table's view. QTableView's header keeps 8 bytes for every row of its model (800 MB for 100
// million matches), so FlowTableModel gives it a window of rows; this view moves the window as it
// scrolls and draws a scroll bar of its own over every match: dragging it to any point of 100 million
// records shows them, the wheel and the keys scroll on across the window's edges.
#pragma once

#include <QTableView>

class QScrollBar;

namespace vpclens {

class FlowTableModel;

class FlowTableView : public QTableView
{
    Q_OBJECT
public:
    explicit FlowTableView(FlowTableModel *model, QWidget *parent = nullptr);

    QScrollBar *matchScrollBar() const { return m_bar; } // over all matches; the view's own one is hidden
    // Makes the match at this position (among all matches) current and scrolls it to the centre.
    void showMatch(qint64 match);
    qint64 currentMatch() const; // -1 when no row is current

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void viewScrolled();           // the wheel, the keys, scrollTo: the window follows near its edges
    void barMoved(int top);        // the match scroll bar dragged: the window goes where it points
    void moveWindowTo(qint64 top); // the window centred on this match, which becomes the top row
    void updateBar();

    FlowTableModel *m_model; // not owned
    QScrollBar *m_bar;       // a child of this view
    bool m_syncing = false;
    bool m_updatingBar = false; // updateBar is running
};

} // namespace vpclens
