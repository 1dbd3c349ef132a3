// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficchart.h"

#include <QVBoxLayout>

#include <qcustomplot.h>

namespace vpclens {

TrafficChart::TrafficChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    auto dates = QSharedPointer<QCPAxisTickerDateTime>::create();
    dates->setDateTimeFormat(QStringLiteral("HH:mm\ndd MMM"));
    dates->setTickCount(5);
    dates->setDateTimeSpec(Qt::UTC);
    m_plot->xAxis->setTicker(dates);
    m_plot->xAxis->setLabel(tr("Time (UTC)"));
    m_plot->yAxis->setLabel(tr("Records per bucket"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    for (const auto &[name, colour] : {std::pair{tr("Accepted"), QColor(0x2f, 0x80, 0xc8)}, std::pair{tr("Rejected"), QColor(0xd6, 0x45, 0x41)}}) {
        QCPGraph *g = m_plot->addGraph();
        g->setName(name);
        g->setPen(QPen(colour, 1.5));
        QColor fill = colour;
        fill.setAlpha(60);
        g->setBrush(fill);
        g->setLineStyle(QCPGraph::lsStepLeft);
    }
}

void TrafficChart::setSeries(const QList<TimeBucket> &accepted, const QList<TimeBucket> &rejected, int bucketSeconds)
{
    const QList<TimeBucket> *series[] = {&accepted, &rejected};
    double maxY = 1;
    for (int i = 0; i < 2; ++i) {
        QVector<double> x, y;
        for (const TimeBucket &b : *series[i]) {
            x.append(double(b.start));
            y.append(double(b.flows));
            maxY = std::max(maxY, double(b.flows));
        }
        m_plot->graph(i)->setData(x, y, true);
    }
    bool found = false;
    const QCPRange keys = m_plot->graph(0)->getKeyRange(found);
    if (found)
        m_plot->xAxis->setRange(keys.lower, keys.upper + bucketSeconds);
    m_plot->yAxis->setRange(0, maxY * 1.1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrafficChart::clear()
{
    setSeries({}, {}, 60);
}

int TrafficChart::graphPointCount(int graph) const
{
    return m_plot->graph(graph)->dataCount();
}

} // namespace vpclens
