// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphview.h"

#include <algorithm>

#include "graphitems.h"

#include <QFutureWatcher>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QThreadPool>
#include <QtConcurrent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace vpclens {

constexpr double kLegendScale = 0.8; // the legend on screen: smaller than in exports, where it is read on paper

class LegendWidget : public QWidget
{
public:
    explicit LegendWidget(GraphView *view) : QWidget(view), m_view(view) { setAttribute(Qt::WA_TransparentForMouseEvents); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        m_view->paintLegend(p);
    }

private:
    GraphView *m_view; // the parent
};

GraphView::GraphView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);
    connect(scene(), &QGraphicsScene::selectionChanged, this, &GraphView::onSelectionChanged);
    m_legend = new LegendWidget(this);
    m_legend->hide();
}

GraphView::~GraphView()
{
    // The scene (a child) clears its items after this view is gone: it must not call back into it.
    disconnect(scene(), nullptr, this, nullptr);
    if (m_routingCancel) // a routing still running stops at its next line
        m_routingCancel->store(true);
}

void GraphView::setDark(bool dark)
{
    m_painter = GraphPainter(dark ? GraphPalette::darkPalette() : GraphPalette::light());
    m_painter.setHairlineEdges(true);
    for (QGraphicsItem *item : scene()->items())
        item->update();
    viewport()->update();
    m_legend->update();
}

void GraphView::setChangeMarks(const QHash<QString, QString> &marks)
{
    m_changeMarks = marks;
    rebuildChangeMarks();
}

void GraphView::rebuildChangeMarks()
{
    for (QGraphicsItem *item : std::as_const(m_markItems))
        delete item;
    m_markItems.clear();
    auto mark = [this](const QString &id, const QRectF &rect) {
        const QString kind = m_changeMarks.value(id);
        const QColor colour = kind == QLatin1String("added") ? QColor(0x15, 0x80, 0x3d)
                              : kind == QLatin1String("removed") ? QColor(0xb9, 0x1c, 0x1c) : QColor(0xd9, 0x77, 0x06);
        QPainterPath path;
        path.addRoundedRect(rect.adjusted(-5, -5, 5, 5), 8, 8);
        auto *outline = scene()->addPath(path, QPen(colour, 3, Qt::DashLine));
        outline->setZValue(50);
        const QString word = kind == QLatin1String("added") ? tr("added") : kind == QLatin1String("removed") ? tr("removed") : tr("changed");
        outline->setToolTip(tr("%1: %2 since the snapshot before").arg(id, word));
        auto *tag = scene()->addSimpleText(word);
        tag->setBrush(colour);
        QFont font = tag->font();
        font.setBold(true);
        tag->setFont(font);
        tag->setPos(rect.right() - tag->boundingRect().width(), rect.top() - tag->boundingRect().height() - 6);
        tag->setZValue(50);
        m_markItems << outline << tag;
    };
    for (const LayoutCluster &c : std::as_const(m_layout.clusters))
        if (m_changeMarks.contains(c.id))
            mark(c.id, c.rect);
    for (const LayoutNode &n : std::as_const(m_layout.nodes))
        if (m_changeMarks.contains(n.id))
            mark(n.id, n.rect);
}

void GraphView::setLayoutResult(const GraphLayout &layout)
{
    const QString selected = selectedNode();
    const bool first = m_layout.nodes.isEmpty();
    m_layout = layout;
    m_overlayItems.clear();
    m_nodes.clear();
    scene()->blockSignals(true);
    scene()->clear();
    // Room around the graph, so fitting can keep it clear of the legend and panning has slack.
    const double mx = std::max(400.0, layout.bounds.width() * 0.5), my = std::max(300.0, layout.bounds.height() * 0.5);
    scene()->setSceneRect(layout.bounds.adjusted(-mx, -my, mx, my));
    for (const LayoutCluster &c : layout.clusters)
        scene()->addItem(new ClusterItem(c, &m_painter));
    for (const LayoutBand &b : layout.bands)
        scene()->addItem(new BandItem(b, &m_painter));
    for (const LayoutEdge &e : layout.edges)
        scene()->addItem(new EdgeItem(e, &m_painter));
    for (const LayoutNode &n : layout.nodes) {
        auto *item = new NodeItem(n, &m_painter);
        scene()->addItem(item);
        m_nodes.insert(n.id, item);
    }
    scene()->blockSignals(false);
    m_markItems.clear(); // the scene deleted them
    rebuildChangeMarks();
    m_routes.clear();
    rebuildOverlay();
    routeOverlayLater();
    placeLegend();
    if (NodeItem *again = m_nodes.value(selected))
        again->setSelected(true);
    if (first || !m_nodes.contains(selected))
        fitAll();
}

void GraphView::setOverlay(const QList<OverlayEdge> &edges, OverlayMetric metric)
{
    const bool sameLines = edges.size() == m_overlay.size()
                           && std::equal(edges.cbegin(), edges.cend(), m_overlay.cbegin(), [](const OverlayEdge &a, const OverlayEdge &b) {
                                  return a.from == b.from && a.to == b.to;
                              });
    m_overlay = edges;
    m_metric = metric;
    if (!sameLines)
        m_routes.clear();
    rebuildOverlay();
    if (!sameLines)
        routeOverlayLater();
    placeLegend();
}

void GraphView::routeOverlayLater()
{
    const int request = ++m_routing;
    if (m_routingCancel)
        m_routingCancel->store(true);
    m_routingCancel.reset();
    if (m_overlay.isEmpty())
        return;
    // A pool of its own, one thread: routing 250 lines takes seconds on a 64-VPC estate, and in the
    // shared pool it held back the charts and the traffic of the next time range (seen: 2.9 s).
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_routingCancel = cancel;
    auto *watcher = new QFutureWatcher<QList<QList<QPointF>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_routing || watcher->result().size() != m_overlay.size())
            return; // the overlay or the layout changed meanwhile
        m_routes = watcher->result();
        rebuildOverlay();
    });
    watcher->setFuture(QtConcurrent::run(&pool, [layout = m_layout, overlay = m_overlay, cancel] { return routeOverlay(layout, overlay, cancel.get()); }));
}

void GraphView::rebuildOverlay()
{
    QPair<QString, QString> selected;
    for (OverlayItem *item : std::as_const(m_overlayItems))
        if (item->isSelected())
            selected = {item->edge().from, item->edge().to};
    scene()->blockSignals(true);
    for (OverlayItem *item : std::as_const(m_overlayItems))
        delete item;
    m_overlayItems.clear();
    qint64 max = 0;
    for (const OverlayEdge &e : std::as_const(m_overlay))
        max = std::max(max, GraphPainter::metricValue(e, m_metric));
    QHash<QPair<QString, QString>, int> lanes;
    for (const OverlayEdge &e : std::as_const(m_overlay)) {
        const QRectF a = m_layout.rectOf(e.from), b = m_layout.rectOf(e.to);
        if (a.isNull() || b.isNull())
            continue;
        const int lane = lanes[{e.from, e.to}]++;
        const qsizetype i = &e - m_overlay.constData();
        const QPainterPath path = i < m_routes.size() && !m_routes[i].isEmpty() ? GraphPainter::routedPath(m_routes[i], lane)
                                                                                : GraphPainter::overlayPath(a, b, lane);
        auto *item = new OverlayItem(e, path, GraphPainter::overlayWidth(e, m_metric, max), &m_painter);
        scene()->addItem(item);
        item->setSelected(selected == qMakePair(e.from, e.to));
        m_overlayItems.append(item);
    }
    scene()->blockSignals(false);
}

QString GraphView::selectedNode() const
{
    for (QGraphicsItem *item : scene()->selectedItems())
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item)->node().id;
    return {};
}

bool GraphView::findNode(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return false;
    NodeItem *match = m_nodes.value(m_layout.nodeFor.value(needle, needle));
    for (auto it = m_nodes.cbegin(); !match && it != m_nodes.cend(); ++it) {
        const LayoutNode &n = it.value()->node();
        if (n.label.contains(needle, Qt::CaseInsensitive) || n.tooltip.contains(needle, Qt::CaseInsensitive))
            match = it.value();
    }
    if (!match)
        return false;
    scene()->clearSelection();
    match->setSelected(true);
    if (zoomLevel() < 0.8)
        setTransform(QTransform::fromScale(1.0, 1.0));
    centerOn(match);
    m_fitted = false;
    return true;
}

void GraphView::fitAll()
{
    if (m_layout.nodes.isEmpty())
        return;
    // Fit into the part of the viewport the legend leaves free: beside it or above it, whichever
    // gives the larger picture; never magnify past 150 %.
    const QRectF b = m_layout.bounds.adjusted(-12, -12, 12, 12);
    const QSizeF vp = viewport()->size();
    placeLegend();
    const QSizeF legend(m_legend->width() + 20, m_legend->height() + 20);
    const double beside = std::min((vp.width() - legend.width()) / b.width(), vp.height() / b.height());
    const double above = std::min(vp.width() / b.width(), (vp.height() - legend.height()) / b.height());
    const double s = std::clamp(std::max(beside, above), 0.02, 1.5);
    const QPointF freeCentre = beside >= above ? QPointF(legend.width() + (vp.width() - legend.width()) / 2, vp.height() / 2)
                                               : QPointF(vp.width() / 2, (vp.height() - legend.height()) / 2);
    setTransform(QTransform::fromScale(s, s));
    centerOn(b.center() + (QPointF(vp.width() / 2, vp.height() / 2) - freeCentre) / s);
    m_fitted = true;
}

double GraphView::zoomLevel() const
{
    return transform().m11();
}

void GraphView::zoomBy(double factor)
{
    m_fitted = false; // the analyst's zoom stays when the window is resized
    const double next = std::clamp(zoomLevel() * factor, 0.02, 8.0);
    scale(next / zoomLevel(), next / zoomLevel());
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.25); return;
    case Qt::Key_Minus: zoomBy(0.8); return;
    case Qt::Key_0: fitAll(); return;
    case Qt::Key_Left: selectNeighbour(-1, 0); return;
    case Qt::Key_Right: selectNeighbour(1, 0); return;
    case Qt::Key_Up: selectNeighbour(0, -1); return;
    case Qt::Key_Down: selectNeighbour(0, 1); return;
    default: QGraphicsView::keyPressEvent(event);
    }
}

// Arrow keys move the selection to the nearest node in that direction (or pan when none is selected).
void GraphView::selectNeighbour(int dx, int dy)
{
    NodeItem *current = m_nodes.value(selectedNode());
    if (!current) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + dx * 60);
        verticalScrollBar()->setValue(verticalScrollBar()->value() + dy * 60);
        return;
    }
    const QPointF from = current->node().rect.center();
    NodeItem *best = nullptr;
    double bestScore = 0;
    for (NodeItem *n : std::as_const(m_nodes)) {
        const QPointF d = n->node().rect.center() - from;
        const double along = d.x() * dx + d.y() * dy;
        if (n == current || along <= 1)
            continue;
        const double across = std::abs(d.x() * dy) + std::abs(d.y() * dx);
        const double score = along + 2 * across;
        if (!best || score < bestScore) {
            best = n;
            bestScore = score;
        }
    }
    if (best) {
        scene()->clearSelection();
        best->setSelected(true);
        ensureVisible(best, 40, 40);
    }
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (item->type() == NodeItem::Type) {
            const LayoutNode &n = static_cast<NodeItem *>(item)->node();
            if (n.kind == QLatin1String("vpc") || n.kind == QLatin1String("subnet"))
                emit collapseToggled(n.id); // the pane expands it if it was collapsed
            return;
        }
        if (auto *cluster = dynamic_cast<ClusterItem *>(item)) {
            const QString &kind = cluster->cluster().kind;
            if (kind == QLatin1String("vpc") || kind == QLatin1String("subnet")) {
                emit collapseToggled(cluster->cluster().id);
                return;
            }
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void GraphView::onSelectionChanged()
{
    for (QGraphicsItem *item : scene()->selectedItems()) {
        if (item->type() == NodeItem::Type) {
            emit nodeSelected(static_cast<NodeItem *>(item)->node().id);
            return;
        }
        if (item->type() == OverlayItem::Type) {
            emit overlaySelected(static_cast<OverlayItem *>(item)->edge());
            return;
        }
    }
}

void GraphView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_painter.palette().background);
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeLegend();
    if (m_fitted) // a fitted graph stays fitted as its dock grows or shrinks (not once zoomed or searched)
        fitAll();
}

// The legend is a child widget over the viewport: it stays in the corner while the scene scrolls.
void GraphView::placeLegend()
{
    const bool observed = m_overlay.isEmpty() || !m_overlay.first().configured;
    m_painter.setComparedLegend(!m_overlay.isEmpty() && m_overlay.first().compared != 0);
    const QSize size = (m_painter.legendSize(observed, GraphPainter::hasMirrorEdges(m_layout)) * kLegendScale).toSize() + QSize(2, 2);
    m_legend->setFixedSize(size);
    m_legend->move(viewport()->geometry().left() + 10, viewport()->geometry().bottom() - size.height() - 10);
    m_legend->setVisible(!m_layout.nodes.isEmpty());
    m_legend->update();
}

void GraphView::paintLegend(QPainter &p) const
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(kLegendScale, kLegendScale);
    m_painter.paintLegend(p, QPointF(0.5, 0.5), m_overlay.isEmpty() || !m_overlay.first().configured, GraphPainter::hasMirrorEdges(m_layout));
}

} // namespace vpclens
