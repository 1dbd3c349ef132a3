// SPDX-License-Identifier: GPL-3.0-or-later
// Accepted and rejected records over time, drawn with QCustomPlot from vectors the core computed.
#pragma once

#include "flowqueries.h"

#include <QWidget>

class QCustomPlot;

namespace vpclens {

class TrafficChart : public QWidget
{
    Q_OBJECT
public:
    explicit TrafficChart(QWidget *parent = nullptr);
    void setSeries(const QList<TimeBucket> &accepted, const QList<TimeBucket> &rejected, int bucketSeconds);
    void clear();
    int graphPointCount(int graph) const; // for tests

private:
    QCustomPlot *m_plot; // owned by the layout
};

} // namespace vpclens
