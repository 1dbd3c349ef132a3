// SPDX-License-Identifier: GPL-3.0-or-later
// Accepted and rejected traffic over time (records, bytes or packets per bucket), the top rejected
// ports and the top talkers, drawn with QCustomPlot from vectors the core computed. Drag across the chart to
// choose a time range, click a bucket to filter to it, hover for exact values.
#pragma once

#include "query/flowsearch.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QMouseEvent;

namespace vpclens {

class TrafficChart : public QWidget
{
    Q_OBJECT
public:
    explicit TrafficChart(QWidget *parent = nullptr);
    void setSeries(const QList<TimeBucket> &accepted, const QList<TimeBucket> &rejected, int bucketSeconds);
    void setTopPorts(const QList<QPair<QString, qint64>> &ports); // label, rejected records
    void setTopTalkers(const QList<QPair<QString, qint64>> &talkers); // address, bytes
    Counting counting() const;
    void setCounting(Counting counting);
    QList<QPair<QString, double>> barValues(bool talkers) const; // for tests: labels and heights
    void clear();
    int graphPointCount(int graph) const; // for tests
    bool showsEmptyNote() const; // nothing to draw: a note instead of axes of nothing
    double graphValueSum(int graph) const; // for tests: the plotted values summed
    // .png or .pdf, with a title and the filter above the plot and the axis label without the
    // screen's hints (drag, click).
    bool exportTo(const QString &path, const QString &title = {});
    void setFilterText(const QString &expression) { m_filterText = expression; } // what the lines count, for exports

    void chooseExport(); // asks for a PNG or PDF file name and writes the chart

    // Extra lines, each the records of the analyst's own filter (Wireshark's I/O graphs): drawn over
    // the accepted/rejected areas with the same buckets. Replaces the ones shown.
    struct UserSeries {
        QString label;
        QList<TimeBucket> buckets; // accepted and rejected together
    };
    void setUserSeries(const QList<UserSeries> &series);
    int userSeriesCount() const { return int(m_user.size()); }

    // The configuration changes on the time axis (CloudTrail): a dashed line each, its text on hover.
    struct ChangeMark {
        qint64 time = 0; // epoch seconds
        QString text;    // "10:02 DeleteNetworkAclEntry acl-0e... by arn:... (applied)"
        bool applied = true; // failed and not-applied calls are drawn grey
    };
    void setChangeMarks(const QList<ChangeMark> &marks);
    int changeMarkCount() const { return int(m_marks.size()); }

signals:
    void rangeSelected(qint64 from, qint64 to); // epoch seconds, inclusive
    void bucketClicked(qint64 from, qint64 to);
    void rangeCleared();
    void seriesRequested(const QString &expression); // "+ Series…": a filter for one more line
    void seriesCleared();
    void countingChanged(Counting counting); // each connection once, or every record as logged

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void redraw();
    static void setBars(QCustomPlot *plot, const QList<QPair<QString, qint64>> &bars);
    void mousePressed(QMouseEvent *event);
    void mouseReleased(QMouseEvent *event);
    void mouseMoved(QMouseEvent *event);

    QCustomPlot *m_plot;  // owned by the layout
    QCustomPlot *m_ports;   // owned by the layout
    QCustomPlot *m_talkers; // owned by the layout
    QComboBox *m_metric;    // owned by the layout
    QComboBox *m_counting;  // owned by the layout
    QCPItemRect *m_band = nullptr; // owned by the plot
    QCPItemText *m_emptyNote = nullptr; // owned by the plot; shown instead of axes of nothing
    QList<TimeBucket> m_accepted, m_rejected;
    QList<UserSeries> m_user;
    QList<ChangeMark> m_marks;
    QList<QCPItemStraightLine *> m_markLines; // owned by the plot
    int m_bucket = 60;
    double m_pressX = -1;
    QString m_filterText;
};

} // namespace vpclens
