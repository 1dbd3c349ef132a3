// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowtableview.h"

#include "models/flowtablemodel.h"

#include <QKeyEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>

namespace vpclens {

FlowTableView::FlowTableView(FlowTableModel *model, QWidget *parent)
    : QTableView(parent), m_model(model), m_bar(new QScrollBar(Qt::Vertical, this))
{
    setModel(model);
    setVerticalScrollMode(ScrollPerItem); // the view's scroll value is its top row in the window
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_bar->setObjectName(QStringLiteral("matchScrollBar"));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &FlowTableView::viewScrolled);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &FlowTableView::updateBar);
    connect(m_bar, &QScrollBar::valueChanged, this, &FlowTableView::barMoved);
    connect(model, &FlowTableModel::matchCountChanged, this, &FlowTableView::updateBar);
    connect(model, &FlowTableModel::countingFinished, this, &FlowTableView::updateBar);
    connect(model, &QAbstractItemModel::modelReset, this, &FlowTableView::updateBar);
}

qint64 FlowTableView::currentMatch() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? m_model->windowStart() + current.row() : -1;
}

void FlowTableView::showMatch(qint64 match)
{
    if (match < 0 || match >= m_model->matchCount())
        return;
    const int visible = std::max(verticalScrollBar()->pageStep(), 1);
    if (match < m_model->windowStart() || match >= m_model->windowStart() + m_model->rowCount())
        moveWindowTo(std::max<qint64>(match - visible / 2, 0));
    const QModelIndex index = m_model->index(int(match - m_model->windowStart()), std::max(currentIndex().column(), 0));
    setCurrentIndex(index);
    scrollTo(index, PositionAtCenter);
}

void FlowTableView::moveWindowTo(qint64 top)
{
    const qint64 current = currentMatch();
    m_syncing = true;
    m_model->setWindowStart(top - m_model->windowRows() / 2);
    verticalScrollBar()->setValue(int(top - m_model->windowStart()));
    // The same record stays current (its row in the window changed), or none when it left the window.
    const qint64 row = current - m_model->windowStart();
    if (current >= 0 && row >= 0 && row < m_model->rowCount())
        selectionModel()->setCurrentIndex(m_model->index(int(row), currentIndex().column()),
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else if (current >= 0)
        selectionModel()->clear();
    m_syncing = false;
    updateBar();
}

void FlowTableView::viewScrolled()
{
    if (m_syncing)
        return;
    const int top = verticalScrollBar()->value();
    const int edge = m_model->windowRows() / 8;
    const bool moreBefore = m_model->windowStart() > 0;
    const bool moreAfter = m_model->windowStart() + m_model->rowCount() < m_model->matchCount();
    if ((moreBefore && top < edge) || (moreAfter && top + verticalScrollBar()->pageStep() > m_model->rowCount() - edge))
        moveWindowTo(m_model->windowStart() + top);
    else
        updateBar();
}

void FlowTableView::barMoved(int top)
{
    if (m_syncing)
        return;
    const qint64 start = m_model->windowStart();
    if (top < start || top + verticalScrollBar()->pageStep() > start + m_model->rowCount())
        moveWindowTo(top);
    else {
        m_syncing = true;
        verticalScrollBar()->setValue(int(top - start));
        m_syncing = false;
    }
}

void FlowTableView::updateBar()
{
    // Setting the margins resizes the viewport, which can come back here before this returns (and
    // again, without end, when the rows shown sit right at what fits): the outer call decides.
    if (m_updatingBar)
        return;
    const QScopedValueRollback updating(m_updatingBar, true);
    const int visible = std::max(verticalScrollBar()->pageStep(), 1);
    const qint64 total = m_model->matchCount();
    const bool syncing = m_syncing;
    m_syncing = true;
    m_bar->setRange(0, int(std::clamp<qint64>(total - visible, 0, INT_MAX)));
    m_bar->setPageStep(visible);
    m_bar->setSingleStep(1);
    m_bar->setValue(int(std::min<qint64>(m_model->windowStart() + verticalScrollBar()->value(), INT_MAX)));
    m_bar->setVisible(total > visible);
    m_syncing = syncing;
    // Room for the bar at the viewport's right, where the view's own bar would be.
    const int width = m_bar->isVisible() ? m_bar->sizeHint().width() : 0;
    if (viewportMargins().right() != width)
        setViewportMargins(0, 0, width, 0);
}

void FlowTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    const QRect area = contentsRect();
    const int width = m_bar->sizeHint().width();
    const int headerHeight = horizontalHeader()->isVisible() ? horizontalHeader()->height() : 0;
    const int belowHeight = horizontalScrollBar()->isVisible() ? horizontalScrollBar()->height() : 0;
    m_bar->setGeometry(area.right() - width + 1, area.top() + headerHeight, width, area.height() - headerHeight - belowHeight);
    updateBar();
}

// Home and End (with Ctrl, as the view reads them) go to the first and last of all matches, not of
// the window.
void FlowTableView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Home || event->key() == Qt::Key_End) && event->modifiers() & Qt::ControlModifier
        && m_model->matchCount() > 0) {
        showMatch(event->key() == Qt::Key_Home ? 0 : m_model->matchCount() - 1);
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace vpclens
