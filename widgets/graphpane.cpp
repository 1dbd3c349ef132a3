// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphpane.h"

#include "base/logging.h"
#include "base/timetext.h"
#include "diagramdialog.h"
#include "graph/diagramexport.h"
#include "graph/graphlayout.h"
#include "graph/layoutcache.h"
#include "graphview.h"
#include "overlay/overlaycache.h"
#include "overlay/trafficoverlay.h"
#include "topology/estate.h"
#include "workspace/ownconnection.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QMessageBox>
#include <QSettings>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace vpclens {
namespace {

// All Graphviz work runs on this one thread.
QThreadPool &layoutPool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    return pool;
}

// Reading the hourly traffic is work nobody waits for: one thread at idle priority.
QThreadPool &hourlyPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setThreadPriority(QThread::IdlePriority);
        return p;
    }();
    return *pool;
}

struct LayoutOutcome {
    GraphLayout layout;
    bool cached = false;
    qint64 ms = 0;
};

} // namespace

GraphPane::GraphPane(QWidget *parent) : QWidget(parent)
{
    m_level = new QComboBox;
    m_level->addItem(tr("VPCs"), int(GraphLevel::Vpc));
    m_level->addItem(tr("Subnets"), int(GraphLevel::Subnet));
    m_level->addItem(tr("Interfaces"), int(GraphLevel::Eni));
    m_level->setCurrentIndex(1);
    m_level->setToolTip(tr("Level of detail (double-click a VPC or subnet box to collapse it, its node to expand it)"));
    m_overlay = new QComboBox;
    m_overlay->addItem(tr("Observed traffic"), QStringLiteral("observed"));
    m_overlay->addItem(tr("Configured reachability"), QStringLiteral("configured"));
    m_overlay->addItem(tr("No overlay"), QStringLiteral("none"));
    m_metric = new QComboBox;
    m_metric->addItem(tr("Bytes"), int(OverlayMetric::Bytes));
    m_metric->addItem(tr("Packets"), int(OverlayMetric::Packets));
    m_metric->addItem(tr("Flows"), int(OverlayMetric::Flows));
    m_metric->setToolTip(tr("Line width"));
    m_groups = new QCheckBox(tr("SGs"));
    m_groups->setToolTip(tr("Show security groups"));
    m_nacls = new QCheckBox(tr("NACLs"));
    m_nacls->setChecked(true);
    m_nacls->setToolTip(tr("Show each subnet's network ACL as a badge on it"));
    m_tables = new QCheckBox(tr("Routes"));
    m_tables->setChecked(true);
    m_tables->setToolTip(tr("Show each subnet's route table as a badge, its routes in its label and a line to each target"));
    m_dark = new QCheckBox(tr("Dark"));
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Find: name, id or address"));
    m_search->setClearButtonEnabled(true);
    auto *fit = new QToolButton;
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Fit the graph to the window (0)"));
    auto *exportButton = new QToolButton;
    exportButton->setText(tr("Export…"));
    m_status = new QLabel;
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view = new GraphView;

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    for (QWidget *w : std::initializer_list<QWidget *>{m_level, m_overlay, m_metric, m_groups, m_nacls, m_tables, m_dark})
        bar->addWidget(w);
    bar->addWidget(m_search, 1);
    bar->addWidget(fit);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    QSettings settings;
    m_dark->setChecked(settings.value(QStringLiteral("graph/dark"), false).toBool());
    m_view->setDark(m_dark->isChecked());
    for (QCheckBox *box : {m_groups, m_nacls, m_tables})
        connect(box, &QCheckBox::toggled, this, &GraphPane::relayout);
    connect(m_level, &QComboBox::currentIndexChanged, this, &GraphPane::relayout);
    connect(m_overlay, &QComboBox::currentIndexChanged, this, &GraphPane::refreshOverlay);
    connect(m_overlay, &QComboBox::activated, this, [this] { m_overlayByDefault = false; }); // the analyst's choice
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] { m_view->setOverlay(m_view->overlay(), OverlayMetric(m_metric->currentData().toInt())); });
    connect(m_dark, &QCheckBox::toggled, this, [this](bool on) {
        m_view->setDark(on);
        QSettings().setValue(QStringLiteral("graph/dark"), on);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &GraphPane::find);
    connect(fit, &QToolButton::clicked, m_view, &GraphView::fitAll);
    connect(exportButton, &QToolButton::clicked, this, &GraphPane::exportDiagram);
    connect(m_view, &GraphView::nodeSelected, this, &GraphPane::nodeSelected);
    connect(m_view, &GraphView::overlaySelected, this, &GraphPane::overlaySelected);
    connect(m_view, &GraphView::collapseToggled, this, &GraphPane::toggleCollapsed);
}

GraphPane::~GraphPane()
{
    m_jobs.next(); // workers still running see they are stale
}

GraphOptions GraphPane::options() const
{
    GraphOptions o;
    o.level = GraphLevel(m_level->currentData().toInt());
    o.securityGroups = m_groups->isChecked();
    o.nacls = m_nacls->isChecked();
    o.routeTables = m_tables->isChecked();
    o.collapsed = m_collapsed;
    return o;
}

QString GraphPane::viewState() const
{
    QJsonObject o;
    o.insert(QStringLiteral("level"), m_level->currentData().toInt());
    o.insert(QStringLiteral("overlay"), m_overlay->currentData().toString() == QLatin1String("compare") ? QStringLiteral("observed")
                                                                                                        : m_overlay->currentData().toString());
    o.insert(QStringLiteral("metric"), m_metric->currentData().toInt());
    o.insert(QStringLiteral("sgs"), m_groups->isChecked());
    o.insert(QStringLiteral("nacls"), m_nacls->isChecked());
    o.insert(QStringLiteral("routes"), m_tables->isChecked());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void GraphPane::setViewState(const QString &state, bool hasTraffic)
{
    const QJsonObject o = QJsonDocument::fromJson(state.toUtf8()).object(); // a damaged value: the defaults
    const QSignalBlocker blocks[] = {QSignalBlocker(m_level), QSignalBlocker(m_overlay), QSignalBlocker(m_metric),
                                     QSignalBlocker(m_groups), QSignalBlocker(m_nacls), QSignalBlocker(m_tables)};
    auto choose = [](QComboBox *box, const QVariant &value, int fallback) {
        const int i = box->findData(value);
        box->setCurrentIndex(i >= 0 ? i : fallback);
    };
    choose(m_level, o.value(QStringLiteral("level")).toInt(int(GraphLevel::Subnet)), 1);
    const QString overlay = o.value(QStringLiteral("overlay")).toString(hasTraffic ? QStringLiteral("observed") : QStringLiteral("configured"));
    choose(m_overlay, overlay, hasTraffic ? 0 : 1);
    m_overlayByDefault = !hasTraffic && !o.contains(QStringLiteral("overlay"));
    choose(m_metric, o.value(QStringLiteral("metric")).toInt(int(OverlayMetric::Bytes)), 0);
    m_groups->setChecked(o.value(QStringLiteral("sgs")).toBool(false));
    m_nacls->setChecked(o.value(QStringLiteral("nacls")).toBool(true));
    m_tables->setChecked(o.value(QStringLiteral("routes")).toBool(true));
    m_collapsed.clear();
}

void GraphPane::trafficArrived()
{
    if (!m_overlayByDefault)
        return;
    m_overlayByDefault = false;
    const QSignalBlocker block(m_overlay); // setWorkspace draws it
    m_overlay->setCurrentIndex(m_overlay->findData(QStringLiteral("observed")));
}

void GraphPane::toggleCollapsed(const QString &id)
{
    const auto &clusters = m_view->layoutResult().clusters;
    if (m_collapsed.contains(id))
        m_collapsed.remove(id);
    else if (std::any_of(clusters.begin(), clusters.end(), [&id](const LayoutCluster &c) { return c.id == id; }))
        m_collapsed.insert(id); // only boxes collapse; a node that was never a box stays as it is
    else
        return;
    relayout();
}

void GraphPane::setLevel(GraphLevel level)
{
    m_level->setCurrentIndex(m_level->findData(int(level)));
}

void GraphPane::setWorkspace(const QString &path, std::shared_ptr<const Estate> estate)
{
    m_path = path;
    m_estate = std::move(estate);
    relayout();
}

void GraphPane::setTimeRange(const TimeRange &range)
{
    m_range = range;
    refreshOverlay();
}

void GraphPane::relayout()
{
    const JobGenerations::Ticket ticket = m_jobs.next();
    m_awaited = 0;
    if (m_path.isEmpty() || !m_estate) {
        m_view->setLayoutResult({});
        m_status->clear();
        return;
    }
    m_status->setText(tr("Laying out…"));
    ++m_awaited;
    const GraphOptions options = this->options();
    runInBackground(this, &layoutPool(), ticket, [path = m_path, estate = m_estate, options] {
        LayoutOutcome out;
        QElapsedTimer timer;
        timer.start();
        QString error;
        auto ws = Workspace::open(path, &error, false); // the worker's own connection (none: laid out, not kept)
        CachedLayout laid = cachedOrLaidOut(ws.get(), *estate, options);
        out.layout = std::move(laid.layout);
        out.cached = laid.fromCache;
        out.ms = timer.elapsed();
        return out;
    }, [this](const LayoutOutcome &r) {
        --m_awaited;
        m_view->setLayoutResult(r.layout);
        m_status->setText(tr("%1 nodes, %2 clusters · %3").arg(r.layout.nodes.size()).arg(r.layout.clusters.size())
                              .arg(r.cached ? tr("layout from the workspace") : tr("laid out in %1 ms").arg(r.ms)));
        refreshOverlay();
    });
}

void GraphPane::setComparison(qint64 olderTakenAt, qint64 newerTakenAt, const QString &label)
{
    const bool same = olderTakenAt == m_compareOlder && newerTakenAt == m_compareNewer;
    m_compareOlder = olderTakenAt;
    m_compareNewer = newerTakenAt;
    const QString text = tr("Reachability: %1").arg(label);
    const int at = m_overlay->findData(QStringLiteral("compare"));
    if (at < 0)
        m_overlay->addItem(text, QStringLiteral("compare"));
    else
        m_overlay->setItemText(at, text);
    if (!same && m_overlay->currentData().toString() == QLatin1String("compare"))
        refreshOverlay();
}

void GraphPane::clearComparison()
{
    m_compareOlder = m_compareNewer = -1;
    const int at = m_overlay->findData(QStringLiteral("compare"));
    if (at < 0)
        return;
    if (m_overlay->currentIndex() == at)
        m_overlay->setCurrentIndex(m_overlay->findData(QStringLiteral("observed")));
    m_overlay->removeItem(at);
}

void GraphPane::refreshOverlay()
{
    const QString kind = m_overlay->currentData().toString();
    const OverlayMetric metric = OverlayMetric(m_metric->currentData().toInt());
    if (m_path.isEmpty() || !m_estate || kind == QLatin1String("none") || m_view->layoutResult().nodes.isEmpty()) {
        m_view->setOverlay({}, metric);
        emit layoutReady();
        return;
    }
    const JobGenerations::Ticket ticket = m_jobs.current();
    const auto hourly = m_hourlyGeneration == ticket.number() ? m_hourly : nullptr;
    if (!hourly && kind != QLatin1String("configured") && m_hourlyGeneration != ticket.number())
        readHourlyTraffic();
    ++m_awaited;
    runInBackground(this, QThreadPool::globalInstance(), ticket, [path = m_path, estate = m_estate, nodeFor = m_view->layoutResult().nodeFor,
                                                                  range = m_range, kind, options = options(), hourly,
                                                                  older = m_compareOlder, newer = m_compareNewer] {
        if (kind == QLatin1String("configured"))
            return configuredReachability(*estate, nodeFor);
        if (kind == QLatin1String("compare")) {
            QString error;
            auto ws = Workspace::openForReading(path, &error);
            if (!ws || older < 0)
                return QList<OverlayEdge>{};
            try {
                return comparedReachability(loadEstate(*ws, older), loadEstate(*ws, newer), nodeFor);
            } catch (const sql::Error &e) {
                qCWarning(lcViews) << "reachability not compared:" << e.what();
                return QList<OverlayEdge>{};
            }
        }
        if (hourly)
            return hourly->edges(range);
        QString error;
        auto ws = Workspace::open(path, &error, false);
        if (!ws) {
            qCWarning(lcViews) << "traffic overlay not read:" << error;
            return QList<OverlayEdge>{};
        }
        ws->useScanCache();
        try {
            if (range.isAll()) // what opening shows: kept in the workspace
                return cachedObservedTraffic(*ws, *estate, nodeFor, options);
            return observedTraffic(*ws, *estate, nodeFor, range);
        } catch (const sql::Error &e) {
            qCWarning(lcViews) << "traffic overlay not read:" << e.what();
            return QList<OverlayEdge>{};
        }
    }, [this, metric](const QList<OverlayEdge> &edges) {
        --m_awaited;
        m_view->setOverlay(edges, metric);
        emit layoutReady();
    });
}

void GraphPane::readHourlyTraffic()
{
    const JobGenerations::Ticket ticket = m_jobs.current();
    m_hourlyGeneration = ticket.number(); // asked for; m_hourly stays empty until it arrives
    m_hourly.reset();
    using Hourly = std::shared_ptr<const HourlyTraffic>;
    runInBackground(this, &hourlyPool(), ticket, [path = m_path, estate = m_estate, nodeFor = m_view->layoutResult().nodeFor, ticket]() -> Hourly {
        if (ticket.stale())
            return nullptr; // a new layout came first
        QString error;
        auto ws = Workspace::open(path, &error, false);
        if (!ws) {
            qCWarning(lcViews) << "hourly traffic not read:" << error;
            return nullptr;
        }
        ws->useScanCache();
        try {
            return std::make_shared<const HourlyTraffic>(HourlyTraffic::read(*ws, *estate, nodeFor));
        } catch (const sql::Error &e) {
            qCWarning(lcViews) << "hourly traffic not read:" << e.what();
            return nullptr;
        }
    }, [this, ticket](const Hourly &read) {
        if (m_hourlyGeneration == ticket.number())
            m_hourly = read;
    });
}

void GraphPane::find()
{
    if (!m_view->findNode(m_search->text()))
        m_status->setText(tr("Nothing matches “%1”.").arg(m_search->text()));
}

bool GraphPane::exportTo(const QString &path, QString *error, int pngWidth)
{
    DiagramRequest r = viewRequest();
    r.path = path;
    r.pngWidth = pngWidth;
    return exportRequest(r, error);
}

// What the view shows, as an export request (its level and scope, its title, its theme).
DiagramRequest GraphPane::viewRequest() const
{
    DiagramRequest r;
    r.level = options().level;
    r.vpc = options().vpc;
    r.title = tr("%1 — %2").arg(QFileInfo(m_path).completeBaseName(), m_level->currentText());
    r.dark = m_dark->isChecked();
    return r;
}

void GraphPane::exportDiagram()
{
    if (m_view->layoutResult().nodes.isEmpty() || !m_estate)
        return;
    QList<QPair<QString, QString>> vpcs;
    for (const QString &id : sortedIds(m_estate->vpcs))
        vpcs.append({id, m_estate->displayName(id)});
    DiagramRequest initial = viewRequest();
    initial.path = QFileInfo(m_path).absoluteDir().filePath(QFileInfo(m_path).completeBaseName() + QStringLiteral(".svg"));
    DiagramDialog dialog(vpcs, initial, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DiagramRequest r = dialog.request();
    QString error;
    if (!exportRequest(r, &error))
        QMessageBox::warning(this, tr("Export Diagram"), error);
}

// The view as it is when level and scope are the view's; else that graph laid out here (a modal
// export: the analyst waits for it) with the same kind of overlay for the same time range.
bool GraphPane::exportRequest(const DiagramRequest &r, QString *error)
{
    const auto format = diagramFormatForPath(r.path);
    if (!format) {
        if (error)
            *error = tr("Choose a file ending in .svg, .png, .pdf, .dot or .drawio.");
        return false;
    }
    GraphOptions graph = options();
    const bool asShown = r.level == graph.level && r.vpc == graph.vpc;
    graph.level = r.level;
    graph.vpc = r.vpc;
    GraphLayout layout = m_view->layoutResult();
    QList<OverlayEdge> overlay = m_view->overlay();
    if (!asShown) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const QString kind = m_overlay->currentData().toString();
        std::tie(layout, overlay) = onOwnConnection(m_path, "diagram export", nullptr, [&](Workspace &ws) {
            GraphLayout l = cachedOrLaidOut(&ws, *m_estate, graph).layout;
            QList<OverlayEdge> o;
            if (kind == QLatin1String("observed"))
                o = observedTraffic(ws, *m_estate, l.nodeFor, m_range);
            else if (kind == QLatin1String("configured"))
                o = configuredReachability(*m_estate, l.nodeFor);
            return std::pair(l, o);
        });
        QApplication::restoreOverrideCursor();
    }
    DiagramExportOptions o;
    o.format = *format;
    o.path = r.path;
    o.pngWidth = r.pngWidth;
    o.metric = m_view->metric();
    o.dark = r.dark;
    o.title = r.title;
    const QString range = m_range.isAll() ? tr("all records")
                                          : tr("%1 to %2").arg(m_range.from ? formatTime(m_range.from) : tr("the start"),
                                                               m_range.to ? formatTime(m_range.to) : tr("the end"));
    o.subtitle = m_overlay->currentText() + QStringLiteral(" · ") + range
                 + (r.vpc.isEmpty() ? QString() : QStringLiteral(" · ") + m_estate->displayName(r.vpc));
    return vpclens::exportDiagram(layout, overlay, o, error);
}

} // namespace vpclens
