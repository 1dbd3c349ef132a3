// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's one selection: a table row, a graph node or a traffic line updates the others,
// and the charts follow the filter (plus the analyst's own series).
#include "mainwindow.h"

#include "base/logging.h"
#include "base/protocols.h"
#include "base/timetext.h"
#include "detailspane.h"
#include "flowspane.h"
#include "graphpane.h"
#include "graphview.h"
#include "models/flowtablemodel.h"
#include "models/resourcetreemodel.h"
#include "query/chartdata.h"
#include "query/recorddetails.h"
#include "topology/estate.h"
#include "tracepanel.h"
#include "trafficchart.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QStatusBar>
#include <QTreeView>
#include <QtConcurrent>

#include <algorithm>

namespace vpclens {

void MainWindow::refreshCharts(const CompiledFilter &filter)
{
    if (!m_workspace)
        return;
    m_charts->setFilterText(m_flows->effectiveExpression());
    stopCharts();
    const JobGenerations::Ticket ticket = m_chartJobs.next();
    m_chartCancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_chartCancel;
    // The time series first; the top rejected ports and talkers after it, since for a filter on
    // other fields than time and action they need a scan of the matching records.
    runInBackground(
        this, QThreadPool::globalInstance(), ticket,
        [path = m_workspace->path(), filter, range = m_range, counting = m_charts->counting(), cancel] {
            return loadChartSeries(path, filter, range, counting, cancel.get());
        },
        [this](const ChartSeries &d) {
            m_charts->setSeries(d.buckets.accepted, d.buckets.rejected, d.bucketSeconds);
            emit chartsUpdated();
        });
    refreshUserSeries(); // the analyst's lines follow the time range
    using Bars = QList<QPair<QString, qint64>>;
    runInBackground(
        this, &m_portsPool, ticket,
        [path = m_workspace->path(), filter, range = m_range, cancel] {
            return cancel->load() ? Bars{} : loadTopRejectedPorts(path, filter, range, cancel.get());
        },
        [this](const Bars &ports) { m_charts->setTopPorts(ports); });
    runInBackground(
        this, &m_portsPool, ticket,
        [path = m_workspace->path(), filter, range = m_range, cancel] {
            return cancel->load() ? Bars{} : loadTopTalkers(path, filter, range, cancel.get());
        },
        [this](const Bars &talkers) { m_charts->setTopTalkers(talkers); });
}

void MainWindow::stopCharts()
{
    m_chartJobs.next(); // results still arriving are dropped
    m_chartCancel->store(true);
}

bool MainWindow::addChartSeries(const QString &expression)
{
    const auto compiled = compileFilter(expression, {m_workspace.get(), m_estate.get()});
    if (const auto *e = std::get_if<FilterError>(&compiled)) {
        statusBar()->showMessage(tr("Series not added: %1").arg(e->message), 10000);
        return false;
    }
    m_seriesFilters.append(expression);
    refreshUserSeries();
    return true;
}

// Each series is its own filter over the current time range, in the same buckets as the main chart.
void MainWindow::refreshUserSeries()
{
    const JobGenerations::Ticket ticket = m_seriesJobs.next();
    if (!m_workspace || m_seriesFilters.isEmpty()) {
        m_charts->setUserSeries({});
        return;
    }
    const QString range = m_range.filterExpression();
    QList<QPair<QString, CompiledFilter>> filters;
    for (const QString &expression : std::as_const(m_seriesFilters)) {
        const QString text = range.isEmpty() ? expression : QStringLiteral("(%1) and %2").arg(expression, range);
        const auto compiled = compileFilter(text, {m_workspace.get(), m_estate.get()});
        if (const auto *f = std::get_if<CompiledFilter>(&compiled))
            filters.append({expression, *f});
    }
    using Series = QList<TrafficChart::UserSeries>;
    runInBackground(
        this, QThreadPool::globalInstance(), ticket,
        [path = m_workspace->path(), filters, timeRange = m_range, counting = m_charts->counting()] {
            Series out;
            for (const auto &[label, filter] : filters)
                out.append({label, allRecords(loadChartSeries(path, filter, timeRange, counting).buckets)});
            return out;
        },
        [this](const Series &series) { m_charts->setUserSeries(series); });
}

void MainWindow::useEstateAt(qint64 start)
{
    // The newest snapshot taken at or before the start; for a record older than every snapshot, the
    // oldest one, and the panel says that the configuration at the record's time is not known. The
    // newest of all is the current topology.
    const auto after = std::upper_bound(m_snapshotTimes.cbegin(), m_snapshotTimes.cend(), start);
    const qsizetype newestBefore = after - m_snapshotTimes.cbegin() - 1; // -1: none
    const bool fellBack = newestBefore < 0 && !m_snapshotTimes.isEmpty();
    const qsizetype i = std::max<qsizetype>(newestBefore, 0);
    const bool current = !m_workspace || m_snapshotTimes.size() <= 1 || i == m_snapshotTimes.size() - 1;
    QString note;
    if (fellBack)
        note = tr("Traced against the oldest snapshot (%1): every snapshot was taken after this record started, so the configuration at "
                  "its time is not known.").arg(formatTime(m_snapshotTimes.first(), true));
    else if (!current)
        note = tr("Traced against the snapshot of %1, the newest taken at or before this record started.").arg(formatTime(m_snapshotTimes[i], true));
    if (current) {
        if (m_trace->estate() != m_estate.get() || m_trace->snapshotNote() != note)
            m_trace->setEstate(m_estate, note);
        return;
    }
    const qint64 taken = m_snapshotTimes[i];
    auto &estate = m_earlierEstates[taken];
    if (!estate)
        estate = std::make_shared<const Estate>(loadEstate(*m_workspace, taken));
    if (m_trace->estate() != estate.get() || m_trace->snapshotNote() != note)
        m_trace->setEstate(estate, note);
}

void MainWindow::showFlow(const FlowRecord &r)
{
    if (!useConfigurationAt(r))
        useEstateAt(r.start);
    if (r.status != 0) // NODATA and SKIPDATA records carry no packet
        m_trace->showUntraceable(r.status == 1 ? tr("A NODATA record: the interface had no traffic in this window, so there is nothing to trace.")
                                               : tr("A SKIPDATA record: AWS skipped this window's records, so there is nothing to trace."));
    else
        m_trace->traceFlow(r.src, r.dst, protocolShortName(r.protocol), r.protocol == 1 ? 8 : std::max(0, r.dstPort),
                           r.action == 1 ? QStringLiteral("ACCEPT") : r.action == 2 ? QStringLiteral("REJECT") : QString());
    if (!m_syncing) { // the graph follows the table, without filtering the table again
        m_syncing = true;
        m_graph->view()->findNode(r.eni);
        m_syncing = false;
    }
    // The record's details, after the graph and the resource tree have followed it.
    if (m_workspace) {
        try {
            m_details->showRecord(tr("Record %1: %2 → %3").arg(r.id).arg(r.src, r.dst), recordDetails(*m_workspace, m_estate.get(), r));
        } catch (const sql::Error &e) {
            qCInfo(lcViews) << "record details not read:" << e.what();
        }
    }
}

// A graph node filters the table to what it stands for and shows its resource.
void MainWindow::showGraphNode(const QString &id)
{
    const QModelIndex index = m_resourceModel->indexOfId(id);
    if (index.isValid()) {
        m_resourceView->setCurrentIndex(index);
        m_resourceView->scrollTo(index);
    }
    if (m_syncing)
        return;
    const QString expression = filterFor(id);
    if (!expression.isEmpty())
        m_flows->setContextFilter(expression, tr("Selection: %1").arg(id));
}

QString MainWindow::filterFor(const QString &id) const
{
    if (id.startsWith(QLatin1String("eni-")))
        return QStringLiteral("eni == %1").arg(id);
    if (id.startsWith(QLatin1String("subnet-")))
        return QStringLiteral("subnet == %1").arg(id);
    if (id.startsWith(QLatin1String("vpc-")))
        return QStringLiteral("vpc == %1").arg(id);
    if (id.startsWith(QLatin1String("sg-")))
        return QStringLiteral("sg == %1").arg(id);
    if (id == QLatin1String(kInternetNode))
        return QStringLiteral("not (srcaddr in {10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16} and dstaddr in {10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16})");
    if (m_estate && m_estate->natGateways.contains(id))
        return QStringLiteral("eni == %1").arg(m_estate->natGateways.value(id).eniId);
    return {};
}

// An overlay line lists its flows (records of the one side towards the other) and traces the first.
void MainWindow::showOverlayEdge(const OverlayEdge &e)
{
    const auto estate = m_estate;
    if (!estate || e.configured)
        return;
    QString toRange;
    if (e.to == QLatin1String(kInternetNode))
        toRange = QStringLiteral("not dstaddr in {10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16}");
    else if (estate->subnets.contains(e.to))
        toRange = QStringLiteral("dstaddr in %1/%2").arg(formatIpv4(estate->subnets[e.to].cidr.network)).arg(estate->subnets[e.to].cidr.prefix);
    else if (estate->vpcs.contains(e.to)) {
        QStringList cidrs;
        for (const Ipv4Cidr &c : estate->vpcs[e.to].cidrs)
            cidrs << QStringLiteral("%1/%2").arg(formatIpv4(c.network)).arg(c.prefix);
        toRange = QStringLiteral("dstaddr in {%1}").arg(cidrs.join(QStringLiteral(", ")));
    } else if (estate->enis.contains(e.to) && !estate->enis[e.to].privateIps.empty()) {
        toRange = QStringLiteral("dstaddr == %1").arg(formatIp(estate->enis[e.to].privateIps.front()));
    }
    const QString from = filterFor(e.from);
    if (from.isEmpty() || toRange.isEmpty())
        return;
    m_flows->setContextFilter(QStringLiteral("%1 and %2").arg(from, toRange), tr("Traffic %1 → %2").arg(e.from, e.to));
    if (e.rejectedFlows > 0)
        m_flows->selectNextRejected(true);
    else if (m_flows->model()->rowCount() > 0)
        m_flows->table()->setCurrentIndex(m_flows->model()->index(0, 0));
}

} // namespace vpclens
