// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficchart.h"

#include "graphitems.h"
#include "query/chartdata.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>
#include <limits>
#include <tuple>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace vpclens {
namespace {

// Tick labels in KiB, MiB, GiB for axes that count bytes.
// Steps are round in binary units (256 MiB, 512 MiB, 1 GiB), so the labels are too.
class ByteTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override { return formatBytes(qint64(tick)); }
    double getTickStep(const QCPRange &range) override
    {
        const double raw = range.size() / std::max(1, tickCount());
        double unit = 1;
        while (raw / unit >= 1024)
            unit *= 1024;
        for (double step : {1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 200.0, 250.0, 500.0})
            if (raw / unit <= step && (unit > 1 || step != 2.5)) // no half bytes
                return step * unit;
        return 1024 * unit;
    }
};

// As many value ticks as the bar chart's height leaves room for: its rotated names and axis label
// take about 75 pixels, a tick label about 26.
int barTickCount(int plotHeight)
{
    return std::clamp((plotHeight - 75) / 26, 2, 5);
}

double valueOf(const TimeBucket &b, int metric)
{
    return metric == 1 ? double(b.bytes) : metric == 2 ? double(b.packets) : double(b.flows);
}

} // namespace

TrafficChart::TrafficChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_ports(new QCustomPlot(this))
    , m_talkers(new QCustomPlot(this))
    , m_metric(new QComboBox(this))
    , m_counting(new QComboBox(this))
{
    m_metric->addItems({tr("Records"), tr("Bytes"), tr("Packets")});
    m_counting->addItems({tr("Each connection once"), tr("Every record")});
    m_counting->setToolTip(tr("Each connection once: a connection between two logging interfaces counts once.\n"
                              "Every record: each interface's record counts, as the flow logs hold them (scans the records)."));
    auto *reset = new QToolButton(this);
    reset->setText(tr("All time"));
    reset->setToolTip(tr("Clear the time range"));
    auto *addSeries = new QToolButton(this);
    addSeries->setText(tr("+ Series…"));
    addSeries->setToolTip(tr("Add a line for the records of a filter of your own"));
    auto *clearSeries = new QToolButton(this);
    clearSeries->setText(tr("Clear series"));
    auto *save = new QToolButton(this);
    save->setText(tr("Export…"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addWidget(m_metric);
    bar->addWidget(m_counting);
    bar->addWidget(reset);
    bar->addWidget(addSeries);
    bar->addWidget(clearSeries);
    bar->addStretch(1);
    bar->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 3);
    auto *bars = new QHBoxLayout;
    bars->setSpacing(0);
    bars->addWidget(m_ports, 1);
    bars->addWidget(m_talkers, 1);
    layout->addLayout(bars, 2);
    m_ports->setMinimumHeight(120);
    m_talkers->setMinimumHeight(120);
    m_plot->setMinimumHeight(160);

    auto dates = QSharedPointer<QCPAxisTickerDateTime>::create();
    dates->setDateTimeFormat(QStringLiteral("HH:mm\ndd MMM"));
    dates->setTickCount(5);
    dates->setDateTimeSpec(Qt::UTC);
    m_plot->xAxis->setTicker(dates);
    m_plot->xAxis->setLabel(tr("Time (UTC) — drag to choose a range, click a bucket to filter"));
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(QColor(255, 255, 255, 190)); // the lines show through
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->setInteractions(QCP::iRangeZoom);
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
    m_band = new QCPItemRect(m_plot);
    m_band->setPen(QPen(QColor(0x25, 0x63, 0xeb), 1));
    m_band->setBrush(QColor(0x25, 0x63, 0xeb, 40));
    m_band->setVisible(false);
    m_emptyNote = new QCPItemText(m_plot);
    m_emptyNote->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_emptyNote->position->setCoords(0.5, 0.5);
    m_emptyNote->setText(tr("No flow records in this view"));
    m_emptyNote->setColor(palette().color(QPalette::PlaceholderText));
    m_emptyNote->setVisible(false);

    for (const auto &[plot, axis, label, colour] : {std::tuple{m_ports, tr("Rejected"), tr("Top rejected destination ports"), QColor(0xd6, 0x45, 0x41)},
                                                    std::tuple{m_talkers, tr("Bytes"), tr("Top talkers (sent and received)"), QColor(0x2f, 0x80, 0xc8)}}) {
        plot->yAxis->setLabel(axis);
        plot->yAxis->ticker()->setTickCount(3); // a short axis: a few readable ticks
        plot->yAxis->ticker()->setTickStepStrategy(QCPAxisTicker::tssMeetTickCount);
        plot->yAxis->setNumberFormat(QStringLiteral("gb")); // 1.5e+06, not 1500000
        plot->xAxis->setLabel(label);
        plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
        plot->xAxis->setTickLabelRotation(30);
        if (plot == m_talkers) {
            auto bytes = QSharedPointer<ByteTicker>::create();
            bytes->setTickCount(3);
            bytes->setTickStepStrategy(QCPAxisTicker::tssMeetTickCount);
            plot->yAxis->setTicker(bytes);
        }
        plot->installEventFilter(this);
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setPen(QPen(colour));
        QColor fill = colour;
        fill.setAlpha(120);
        bars->setBrush(fill);
    }

    connect(m_metric, &QComboBox::currentIndexChanged, this, &TrafficChart::redraw);
    connect(m_counting, &QComboBox::currentIndexChanged, this, [this] { emit countingChanged(counting()); });
    connect(reset, &QToolButton::clicked, this, [this] {
        m_band->setVisible(false);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        emit rangeCleared();
    });
    connect(save, &QToolButton::clicked, this, &TrafficChart::chooseExport);
    connect(addSeries, &QToolButton::clicked, this, [this] {
        bool ok = false;
        const QString expression = QInputDialog::getText(this, tr("Add Series"), tr("Filter for the new line:"), QLineEdit::Normal,
                                                         QStringLiteral("dstport == 443"), &ok);
        if (ok && !expression.trimmed().isEmpty())
            emit seriesRequested(expression.trimmed());
    });
    connect(clearSeries, &QToolButton::clicked, this, &TrafficChart::seriesCleared);
    connect(m_plot, &QCustomPlot::mousePress, this, &TrafficChart::mousePressed);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &TrafficChart::mouseReleased);
    connect(m_plot, &QCustomPlot::mouseMove, this, &TrafficChart::mouseMoved);
}

void TrafficChart::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), QStringLiteral("traffic.png"), tr("PNG (*.png);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Export Chart"), tr("Title:"), QLineEdit::Normal, tr("Flow records over time"), &ok);
    if (ok && !exportTo(path, title))
        QMessageBox::warning(this, tr("Export Chart"), tr("Cannot write %1.").arg(path));
}

void TrafficChart::setSeries(const QList<TimeBucket> &accepted, const QList<TimeBucket> &rejected, int bucketSeconds)
{
    m_accepted = accepted;
    m_rejected = rejected;
    m_bucket = std::max(60, bucketSeconds);
    redraw();
    bool found = false;
    QCPRange keys = m_plot->graph(0)->getKeyRange(found);
    bool found2 = false;
    const QCPRange keys2 = m_plot->graph(1)->getKeyRange(found2);
    if (found2)
        keys = found ? QCPRange(std::min(keys.lower, keys2.lower), std::max(keys.upper, keys2.upper)) : keys2;
    if (found || found2)
        m_plot->xAxis->setRange(keys.lower, keys.upper); // the last point closes the last bucket
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrafficChart::setUserSeries(const QList<UserSeries> &series)
{
    static const QColor colours[] = {QColor(0x7c, 0x3a, 0xed), QColor(0x05, 0x96, 0x69), QColor(0xd9, 0x77, 0x06), QColor(0x0e, 0x74, 0x90),
                                     QColor(0xbe, 0x18, 0x5d)};
    while (m_plot->graphCount() > 2)
        m_plot->removeGraph(m_plot->graphCount() - 1);
    m_user = series;
    for (qsizetype i = 0; i < series.size(); ++i) {
        QCPGraph *g = m_plot->addGraph();
        g->setName(series[i].label);
        g->setPen(QPen(colours[i % std::size(colours)], 2));
        g->setLineStyle(QCPGraph::lsStepLeft);
    }
    redraw();
}

void TrafficChart::setChangeMarks(const QList<ChangeMark> &marks)
{
    for (QCPItemStraightLine *line : std::as_const(m_markLines))
        m_plot->removeItem(line);
    m_markLines.clear();
    m_marks = marks;
    for (const ChangeMark &m : marks) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(double(m.time), 0);
        line->point2->setCoords(double(m.time), 1);
        line->setPen(m.applied ? QPen(QColor(0xd9, 0x77, 0x06), 1.5, Qt::DashLine) : QPen(QColor(0x9c, 0xa3, 0xaf), 1, Qt::DotLine));
        line->setSelectable(false);
        m_markLines.append(line);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrafficChart::redraw()
{
    const int metric = m_metric->currentIndex();
    // Every line over the same span, empty buckets as zero (denseBuckets).
    std::int64_t from = std::numeric_limits<std::int64_t>::max(), to = std::numeric_limits<std::int64_t>::min();
    auto widen = [&](const QList<TimeBucket> &buckets) {
        for (const TimeBucket &b : buckets) {
            from = std::min(from, b.start);
            to = std::max(to, b.start);
        }
    };
    widen(m_accepted);
    widen(m_rejected);
    for (const UserSeries &u : std::as_const(m_user))
        widen(u.buckets);
    double maxY = 1;
    auto plot = [&](int graph, const QList<TimeBucket> &buckets) {
        QVector<double> x, y;
        for (const TimeBucket &b : denseBuckets(buckets, from, to, m_bucket)) {
            x.append(double(b.start));
            y.append(valueOf(b, metric));
            maxY = std::max(maxY, valueOf(b, metric));
        }
        m_plot->graph(graph)->setData(x, y, true);
    };
    plot(0, m_accepted);
    plot(1, m_rejected);
    for (qsizetype i = 0; i < m_user.size() && 2 + i < m_plot->graphCount(); ++i)
        plot(int(2 + i), m_user[i].buckets);
    m_plot->yAxis->setLabel(tr("%1 per %2 min").arg(m_metric->currentText()).arg(m_bucket / 60));
    m_plot->yAxis->setRange(0, maxY * 1.1);
    // Nothing to draw (no flow logs yet, or a filter that matches nothing): a note, not tick labels
    // of an empty range ("00:00 01 Jan" five times, "0.2 0.4 0.6").
    bool empty = true;
    for (int i = 0; i < m_plot->graphCount() && empty; ++i)
        empty = m_plot->graph(i)->dataCount() == 0;
    m_emptyNote->setVisible(empty);
    m_plot->xAxis->setTickLabels(!empty);
    m_plot->yAxis->setTickLabels(!empty);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool TrafficChart::showsEmptyNote() const
{
    return m_emptyNote->visible();
}

void TrafficChart::setTopPorts(const QList<QPair<QString, qint64>> &ports)
{
    setBars(m_ports, ports);
}

void TrafficChart::setTopTalkers(const QList<QPair<QString, qint64>> &talkers)
{
    setBars(m_talkers, talkers);
}

bool TrafficChart::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && (watched == m_ports || watched == m_talkers)) {
        auto *plot = static_cast<QCustomPlot *>(watched);
        const int ticks = barTickCount(plot->height());
        if (plot->yAxis->ticker()->tickCount() != ticks) {
            plot->yAxis->ticker()->setTickCount(ticks);
            plot->replot(QCustomPlot::rpQueuedReplot);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TrafficChart::setBars(QCustomPlot *plot, const QList<QPair<QString, qint64>> &bars)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> x, y;
    double maxY = 1;
    for (int i = 0; i < bars.size(); ++i) {
        ticker->addTick(i + 1, bars[i].first);
        x.append(i + 1);
        y.append(double(bars[i].second));
        maxY = std::max(maxY, double(bars[i].second));
    }
    plot->xAxis->setTicker(ticker);
    static_cast<QCPBars *>(plot->plottable(0))->setData(x, y);
    plot->xAxis->setRange(0, std::max<qsizetype>(bars.size(), 1) + 1);
    plot->yAxis->setRange(0, maxY * 1.15);
    plot->yAxis->setTickLabels(!bars.isEmpty()); // not "0 bytes, 1 bytes" for nothing
    plot->replot(QCustomPlot::rpQueuedReplot);
}

QList<QPair<QString, double>> TrafficChart::barValues(bool talkers) const
{
    QCustomPlot *plot = talkers ? m_talkers : m_ports;
    const auto ticker = plot->xAxis->ticker().staticCast<QCPAxisTickerText>();
    QList<QPair<QString, double>> out;
    const auto data = static_cast<QCPBars *>(plot->plottable(0))->data();
    for (auto it = data->constBegin(); it != data->constEnd(); ++it)
        out.append({ticker->ticks().value(it->key), it->value});
    return out;
}

Counting TrafficChart::counting() const
{
    return m_counting->currentIndex() == 1 ? Counting::Records : Counting::Connections;
}

void TrafficChart::setCounting(Counting counting)
{
    m_counting->setCurrentIndex(counting == Counting::Records ? 1 : 0);
}

void TrafficChart::clear()
{
    setSeries({}, {}, 60);
    setTopPorts({});
    setTopTalkers({});
}

int TrafficChart::graphPointCount(int graph) const
{
    return m_plot->graph(graph)->dataCount();
}

double TrafficChart::graphValueSum(int graph) const
{
    double sum = 0;
    for (auto it = m_plot->graph(graph)->data()->constBegin(); it != m_plot->graph(graph)->data()->constEnd(); ++it)
        sum += it->value;
    return sum;
}

bool TrafficChart::exportTo(const QString &path, const QString &title)
{
    const QString screenLabel = m_plot->xAxis->label();
    m_plot->xAxis->setLabel(tr("Time (UTC)"));
    m_plot->plotLayout()->insertRow(0);
    QFont font = m_plot->xAxis->labelFont();
    font.setBold(true);
    const QString heading = (title.isEmpty() ? tr("Flow records over time") : title) + QLatin1Char('\n')
                            + (m_filterText.isEmpty() ? tr("All records") : tr("Filter: %1").arg(m_filterText));
    auto *caption = new QCPTextElement(m_plot, heading, font);
    m_plot->plotLayout()->addElement(0, 0, caption);
    const bool ok = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? m_plot->savePdf(path) : m_plot->savePng(path, 0, 0, 2.0);
    // Back to the screen's chart.
    m_plot->plotLayout()->remove(caption);
    m_plot->plotLayout()->simplify();
    m_plot->xAxis->setLabel(screenLabel);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    return ok;
}

void TrafficChart::mousePressed(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressX = event->position().x();
}

void TrafficChart::mouseMoved(QMouseEvent *event)
{
    const double key = m_plot->xAxis->pixelToCoord(event->position().x());
    if (m_pressX >= 0 && (event->buttons() & Qt::LeftButton)) { // dragging a range
        const double a = m_plot->xAxis->pixelToCoord(m_pressX);
        m_band->topLeft->setCoords(std::min(a, key), m_plot->yAxis->range().upper);
        m_band->bottomRight->setCoords(std::max(a, key), m_plot->yAxis->range().lower);
        m_band->setVisible(true);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    // Over a change's line: what changed, by whom.
    QStringList near;
    for (const ChangeMark &m : std::as_const(m_marks))
        if (std::abs(m_plot->xAxis->coordToPixel(double(m.time)) - event->position().x()) <= 4)
            near << m.text;
    if (!near.isEmpty()) {
        QToolTip::showText(event->globalPosition().toPoint(), near.mid(0, 8).join(QLatin1Char('\n')), m_plot);
        return;
    }
    const qint64 bucket = qint64(std::floor(key / m_bucket)) * m_bucket;
    auto find = [bucket](const QList<TimeBucket> &s) {
        for (const TimeBucket &b : s)
            if (b.start == bucket)
                return b;
        return TimeBucket{bucket, 0, 0, 0};
    };
    const TimeBucket a = find(m_accepted), r = find(m_rejected);
    if (a.flows + r.flows == 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(),
                       tr("%1 UTC\naccepted: %L2 records, %3\nrejected: %L4 records, %5")
                           .arg(QDateTime::fromSecsSinceEpoch(bucket, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                           .arg(a.flows).arg(formatBytes(a.bytes)).arg(r.flows).arg(formatBytes(r.bytes)),
                       m_plot);
}

void TrafficChart::mouseReleased(QMouseEvent *event)
{
    if (m_pressX < 0 || event->button() != Qt::LeftButton)
        return;
    const double x = event->position().x();
    const double a = m_plot->xAxis->pixelToCoord(m_pressX), b = m_plot->xAxis->pixelToCoord(x);
    const bool drag = std::abs(x - m_pressX) > 4;
    m_pressX = -1;
    if (drag) {
        emit rangeSelected(qint64(std::min(a, b)), qint64(std::max(a, b)));
        return;
    }
    const qint64 bucket = qint64(std::floor(b / m_bucket)) * m_bucket;
    m_band->topLeft->setCoords(double(bucket), m_plot->yAxis->range().upper);
    m_band->bottomRight->setCoords(double(bucket + m_bucket), m_plot->yAxis->range().lower);
    m_band->setVisible(true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    emit bucketClicked(bucket, bucket + m_bucket - 1);
}

} // namespace vpclens
