// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/logging.h"
#include "graph/edgerouter.h"
#include "graph/graphlayout.h"
#include "graph/graphvizhandles.h"
#include "graph/gridlayout.h"
#include "graph/graphvizlock.h"

#include <QDataStream>
#include <QIODevice>
#include <QSizeF>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <mutex>

namespace vpclens {
namespace {

struct GvcFree {
    void operator()(GVC_t *c) const noexcept { gvFreeContext(c); }
};
using GvcPtr = std::unique_ptr<GVC_t, GvcFree>;
using gv::GraphPtr;
using gv::LayoutGuard;
using gv::set;


using gv::kPointsPerInch;
constexpr double kGroupGap = 48.0;
constexpr double kSharedGap = 36.0;

QPointF flip(pointf p, double height)
{
    return {p.x, height - p.y};
}

QRectF boxRect(boxf b, double height)
{
    return QRectF(QPointF(b.LL.x, height - b.UR.y), QPointF(b.UR.x, height - b.LL.y));
}

struct GroupResult {
    QList<LayoutCluster> clusters;
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
    QList<LayoutBand> bands;
    QRectF bounds;
};

void translate(GroupResult &r, QPointF by)
{
    for (LayoutCluster &c : r.clusters)
        c.rect.translate(by);
    for (LayoutNode &n : r.nodes)
        n.rect.translate(by);
    for (LayoutEdge &e : r.edges)
        for (QPointF &p : e.points)
            p += by;
    for (LayoutBand &b : r.bands) {
        b.rect.translate(by);
        b.labelRect.translate(by);
    }
    r.bounds.translate(by);
}

// One VPC on its grid, with the lines inside it routed around its boxes and labels.
GroupResult gridGroup(GVC_t *gvc, const TopologyGraph &graph, const QString &group)
{
    PlacedGroup placed = placeVpc(graph, group);
    GroupResult out{placed.clusters, placed.nodes, {}, placed.bands, placed.bounds};
    QList<const GraphEdge *> inside;
    QList<QPair<int, int>> ends;
    for (const GraphEdge &e : graph.edges) {
        const int a = placed.shapeOf.value(e.from, -1), b = placed.shapeOf.value(e.to, -1);
        if (a < 0 || b < 0 || a == b)
            continue;
        inside.append(&e);
        ends.append({a, b});
    }
    const QList<QList<QPointF>> paths = routeAround(gvc, placed.shapes, ends);
    for (int i = 0; i < inside.size(); ++i)
        if (paths[i].size() >= 4)
            out.edges.append({inside[i]->from, inside[i]->to, inside[i]->kind, inside[i]->label, paths[i]});
    return out;
}

// One VPC (or, for the VPC level, one VPC node and its gateway) laid out by dot.
GroupResult layoutGroup(GVC_t *gvc, const TopologyGraph &graph, const QString &group)
{
    GroupResult out;
    GraphPtr g(agopen(const_cast<char *>("vpc"), Agdirected, nullptr));
    set(g.get(), "rankdir", "TB");
    set(g.get(), "compound", "true");
    set(g.get(), "nodesep", "0.25");
    set(g.get(), "ranksep", "0.45");
    set(g.get(), "fontsize", "10");
    set(g.get(), "fontname", "Helvetica");

    // Clusters used by the group's nodes, with their ancestors.
    QHash<QString, const GraphCluster *> clusterById;
    for (const GraphCluster &c : graph.clusters)
        clusterById.insert(c.id, &c);
    QHash<QString, Agraph_t *> subgraphs;
    QHash<QString, int> depthOf;
    std::function<Agraph_t *(const QString &)> subgraphFor = [&](const QString &id) -> Agraph_t * {
        if (id.isEmpty())
            return g.get();
        if (auto it = subgraphs.constFind(id); it != subgraphs.cend())
            return *it;
        const GraphCluster *c = clusterById.value(id);
        if (!c)
            return g.get();
        Agraph_t *parent = subgraphFor(c->parent);
        const QByteArray name = "cluster_" + QByteArray::number(subgraphs.size());
        Agraph_t *sg = agsubg(parent, const_cast<char *>(name.constData()), 1);
        set(sg, "label", c->label.toUtf8());
        set(sg, "labeljust", "l");
        set(sg, "labelloc", "t");
        // Graphviz reserves room for the label with its own font estimate: ask for a larger size than
        // the painter draws with, so labels are never cut.
        set(sg, "fontsize", c->kind == QLatin1String("vpc") ? "15" : "13");
        set(sg, "margin", "10");
        subgraphs.insert(id, sg);
        depthOf.insert(id, c->parent.isEmpty() ? 0 : depthOf.value(c->parent) + 1);
        return sg;
    };

    QHash<QString, Agnode_t *> nodes;
    QHash<QString, Agnode_t *> firstInCluster;
    QList<const GraphNode *> groupNodes;
    for (const GraphNode &n : graph.nodes) {
        if (n.group != group)
            continue;
        Agraph_t *parent = subgraphFor(n.cluster);
        const QByteArray name = "n" + QByteArray::number(nodes.size());
        Agnode_t *an = agnode(parent, const_cast<char *>(name.constData()), 1);
        const QSizeF size = nodeSizeFor(n.kind, n.label, n.badges);
        set(an, "shape", "box");
        set(an, "fixedsize", "true");
        set(an, "label", "");
        set(an, "width", QByteArray::number(size.width() / kPointsPerInch, 'f', 3));
        set(an, "height", QByteArray::number(size.height() / kPointsPerInch, 'f', 3));
        nodes.insert(n.id, an);
        groupNodes.append(&n);
        for (QString c = n.cluster; !c.isEmpty(); c = clusterById.contains(c) ? clusterById[c]->parent : QString())
            if (!firstInCluster.contains(c))
                firstInCluster.insert(c, an);
    }
    // Many nodes in one cluster would make one long rank: fold them into rows with invisible edges.
    // Interfaces fold into rows about twice as wide as tall; subnets of one AZ into a near square.
    QHash<QString, QList<Agnode_t *>> byCluster;
    QHash<QString, double> aspect;
    for (const GraphNode *n : groupNodes) {
        const bool eni = n->kind == QLatin1String("eni") || n->kind == QLatin1String("nat");
        if (eni || n->kind == QLatin1String("subnet")) {
            byCluster[n->cluster].append(nodes.value(n->id));
            aspect[n->cluster] = eni ? 2.0 : 1.0;
        }
    }
    for (auto it = byCluster.cbegin(); it != byCluster.cend(); ++it) {
        const QList<Agnode_t *> &members = it.value();
        if (members.size() <= 3)
            continue;
        const qsizetype columns = qsizetype(std::ceil(std::sqrt(double(members.size()) * aspect.value(it.key()))));
        for (qsizetype i = 0; i + columns < members.size(); ++i) {
            Agedge_t *fold = agedge(g.get(), members[i], members[i + columns], nullptr, 1);
            set(fold, "style", "invis");
        }
    }
    // Edges inside the group; an end that is a cluster attaches to one of its nodes and is clipped at its box.
    QList<QPair<const GraphEdge *, Agedge_t *>> edges;
    for (const GraphEdge &e : graph.edges) {
        Agnode_t *from = nodes.value(e.from, firstInCluster.value(e.from));
        Agnode_t *to = nodes.value(e.to, firstInCluster.value(e.to));
        if (!from || !to || from == to)
            continue;
        const QByteArray name = "e" + QByteArray::number(edges.size());
        Agedge_t *ae = agedge(g.get(), from, to, const_cast<char *>(name.constData()), 1);
        set(ae, "dir", "none");
        if (!nodes.contains(e.from))
            set(ae, "ltail", agnameof(subgraphs.value(e.from)));
        if (!nodes.contains(e.to))
            set(ae, "lhead", agnameof(subgraphs.value(e.to)));
        if (e.kind == QLatin1String("applies"))
            set(ae, "weight", "2");
        edges.append({&e, ae});
    }

    if (gvLayout(gvc, g.get(), "dot") != 0) {
        qCWarning(lcGraph) << "Graphviz could not lay out" << group;
        return out;
    }
    LayoutGuard guard{gvc, g.get()};
    const double height = GD_bb(g.get()).UR.y;
    out.bounds = boxRect(GD_bb(g.get()), height);
    for (auto it = subgraphs.cbegin(); it != subgraphs.cend(); ++it) {
        const GraphCluster *c = clusterById.value(it.key());
        out.clusters.append({c->id, c->kind, c->label, boxRect(GD_bb(it.value()), height), depthOf.value(c->id), {}});
    }
    std::stable_sort(out.clusters.begin(), out.clusters.end(), [](const LayoutCluster &a, const LayoutCluster &b) { return a.depth < b.depth; });
    for (const GraphNode *n : groupNodes) {
        Agnode_t *an = nodes.value(n->id);
        const QPointF c = flip(ND_coord(an), height);
        const QSizeF size(ND_width(an) * kPointsPerInch, ND_height(an) * kPointsPerInch);
        out.nodes.append({n->id, n->kind, n->label, n->tooltip, QRectF(c - QPointF(size.width() / 2, size.height() / 2), size), n->badges});
    }
    for (const auto &[e, ae] : edges) {
        LayoutEdge le{e->from, e->to, e->kind, e->label, {}};
        const splines *spl = ED_spl(ae);
        if (spl && spl->size > 0)
            for (int i = 0; i < spl->list[0].size; ++i)
                le.points.append(flip(spl->list[0].list[i], height));
        if (le.points.size() >= 4)
            out.edges.append(le);
    }
    return out;
}

// Lines between groups and to the shared nodes, routed around the VPC boxes (each one obstacle, a
// little inside its border so the gateways hanging on it stay free) and every node outside them.
void routeBetweenGroups(GVC_t *gvc, const TopologyGraph &graph, GraphLayout &layout)
{
    QSet<QPair<QString, QString>> drawn;
    for (const LayoutEdge &e : layout.edges)
        drawn.insert({e.from, e.to});
    QList<QRectF> shapes;
    QHash<QString, int> shapeOf;
    QList<QRectF> vpcBoxes;
    for (const LayoutCluster &c : layout.clusters)
        if (c.depth == 0) {
            shapeOf.insert(c.id, int(shapes.size()));
            shapes.append(c.rect.adjusted(8, 8, -8, -8));
            vpcBoxes.append(c.rect);
        }
    for (const LayoutNode &n : layout.nodes) {
        const bool inside = std::any_of(vpcBoxes.cbegin(), vpcBoxes.cend(), [&](const QRectF &box) { return box.intersects(n.rect); });
        if (!inside) {
            shapeOf.insert(n.id, int(shapes.size()));
            shapes.append(n.rect);
        }
    }
    QList<const GraphEdge *> between;
    QList<QPair<int, int>> ends;
    QList<const GraphEdge *> straight;
    for (const GraphEdge &e : graph.edges) {
        if (drawn.contains({e.from, e.to}) || layout.rectOf(e.from).isNull() || layout.rectOf(e.to).isNull())
            continue;
        const int a = shapeOf.value(e.from, -1), b = shapeOf.value(e.to, -1);
        if (a < 0 || b < 0 || a == b) {
            straight.append(&e);
            continue;
        }
        between.append(&e);
        ends.append({a, b});
    }
    const QList<QList<QPointF>> paths = routeAround(gvc, shapes, ends);
    for (int i = 0; i < between.size(); ++i) {
        const GraphEdge &e = *between[i];
        const QList<QPointF> points = paths[i].size() >= 4 ? paths[i] : straightBetween(layout.rectOf(e.from), layout.rectOf(e.to));
        layout.edges.append({e.from, e.to, e.kind, e.label, points});
    }
    for (const GraphEdge *e : straight)
        layout.edges.append({e->from, e->to, e->kind, e->label, straightBetween(layout.rectOf(e->from), layout.rectOf(e->to))});
}

// One context for the process: Graphviz 2.42's text layout keeps pointers into the context's font
// table across calls, so a context freed and created again is read after free (seen under ASan).
// Call with the Graphviz lock held.
const GvcPtr &context()
{
    static GvcPtr gvc(gvContext());
    return gvc;
}

} // namespace


namespace {

// Where a cluster's name is drawn: a subnet box's whole header (name, routes, badges), else the
// name's line at the top left.
QRectF nameBoxOf(const LayoutCluster &c)
{
    if (c.kind == QLatin1String("subnet"))
        return QRectF(c.rect.topLeft(), QSizeF(c.rect.width(), clusterHeaderHeight(c.kind, c.label, c.badges)));
    const bool vpc = c.kind == QLatin1String("vpc");
    return QRectF(c.rect.left() + 6, c.rect.top() + 6, std::min(labelWidth(c.label, vpc ? 11 : 9.5, vpc) + 8, c.rect.width() - 12), 16);
}

// A node's text: the whole box, but a subnet node holding its NAT gateways only by its text part.
QRectF textBoxOf(const LayoutNode &n)
{
    QRectF r = n.rect;
    if (n.kind == QLatin1String("subnet"))
        r.setHeight(std::min(r.height(), nodeSizeFor(n.kind, n.label, n.badges).height()));
    return r;
}

// The clusters and nodes of a layout as a tree (each in the innermost cluster holding it), so a
// line can be routed among the few boxes that matter to it.
struct LayoutTree {
    QList<QList<int>> childClusters, childNodes; // per cluster
    QList<int> topClusters, topNodes;
    explicit LayoutTree(const GraphLayout &l) : childClusters(l.clusters.size()), childNodes(l.clusters.size())
    {
        for (int i = 0; i < l.clusters.size(); ++i) {
            const int parent = l.innermostClusterOf(l.clusters[i].rect, i);
            (parent < 0 ? topClusters : childClusters[parent]).append(i);
        }
        for (int i = 0; i < l.nodes.size(); ++i) {
            const int parent = l.innermostClusterOf(l.nodes[i].rect);
            (parent < 0 ? topNodes : childNodes[parent]).append(i);
        }
    }
};

// The boxes one line goes around: a cluster holding neither end as one box (a VPC the line passes,
// an AZ column beside its ends), a cluster holding an end opened into its name and what it holds.
struct LineBoxes {
    const GraphLayout &l;
    const LayoutTree &tree;
    QRectF from, to;
    QString fromId, toId;
    QList<QRectF> boxes;
    int a = -1, b = -1;

    void mark(const QString &id)
    {
        if (id == fromId)
            a = int(boxes.size()) - 1;
        if (id == toId)
            b = int(boxes.size()) - 1;
    }
    void cluster(int i)
    {
        const LayoutCluster &c = l.clusters[i];
        const bool isEnd = c.id == fromId || c.id == toId;
        const bool holds = !isEnd && (c.rect.contains(from.center()) || c.rect.contains(to.center()));
        const bool subnetEnd = isEnd && c.kind == QLatin1String("subnet");
        if (!holds && !subnetEnd) {
            boxes.append(c.rect);
            mark(c.id);
            return;
        }
        boxes.append(nameBoxOf(c)); // a subnet's header: where its own lines start
        mark(c.id);
        for (const LayoutBand &band : l.bands)
            if (band.vpc == c.id)
                boxes.append(band.labelRect);
        if (!holds) { // a subnet box at an end: what it holds, as one box under its header
            QRectF inside;
            for (int n : tree.childNodes[i])
                inside |= l.nodes[n].rect;
            if (!inside.isNull())
                boxes.append(inside);
            return;
        }
        for (int k : tree.childClusters[i])
            cluster(k);
        for (int n : tree.childNodes[i])
            node(n);
    }
    void node(int i)
    {
        boxes.append(textBoxOf(l.nodes[i]));
        mark(l.nodes[i].id);
    }
};

} // namespace

QList<QRectF> overlayObstacles(const GraphLayout &layout)
{
    QList<QRectF> out;
    for (const LayoutCluster &c : layout.clusters)
        out.append(nameBoxOf(c));
    for (const LayoutBand &b : layout.bands)
        out.append(b.labelRect);
    for (const LayoutNode &n : layout.nodes)
        out.append(textBoxOf(n));
    return out;
}

QList<QList<QPointF>> routeOverlay(const GraphLayout &layout, const QList<OverlayEdge> &overlay, const std::atomic_bool *cancel)
{
    const LayoutTree tree(layout);
    QList<QList<QPointF>> paths(overlay.size());
    std::lock_guard lock(graphvizMutex());
    for (int i = 0; i < overlay.size(); ++i) {
        if (cancel && cancel->load())
            return {};
        const OverlayEdge &e = overlay[i];
        LineBoxes line{layout, tree, layout.rectOf(e.from), layout.rectOf(e.to), e.from, e.to, {}};
        if (line.from.isNull() || line.to.isNull() || e.from == e.to)
            continue;
        for (int c : tree.topClusters)
            line.cluster(c);
        for (int n : tree.topNodes)
            line.node(n);
        paths[i] = routeAround(context().get(), line.boxes, {{line.a, line.b}}).value(0);
    }
    return paths;
}

std::mutex &graphvizMutex()
{
    static std::mutex m;
    return m;
}

double labelWidth(const QString &line, double px, bool bold)
{
    // DejaVu Sans's digits (what ids and addresses are made of) are 0.64 em wide, 0.70 em in bold.
    return line.size() * px * (bold ? 0.70 : 0.64);
}

double badgeWidth(const QString &text)
{
    return std::ceil(labelWidth(text, kBadgePx) + 10);
}

QSizeF nodeSizeFor(const QString &kind, const QString &label, const QStringList &badges)
{
    const QStringList lines = label.split(QLatin1Char('\n'));
    if (kind == QLatin1String("empty"))
        return {std::max(60.0, labelWidth(label, 8) + 12), 20};
    double text = 0;
    for (qsizetype i = 0; i < lines.size(); ++i)
        text = std::max(text, labelWidth(lines[i], kNodeTextPx, i == 0));
    const double icon = 24;
    double badgeRow = 0;
    for (const QString &b : badges)
        badgeRow += badgeWidth(b) + 4;
    const double w = std::max({72.0, text + icon + 16, badgeRow + icon + 14});
    double h = std::max(34.0, lines.size() * (kNodeTextPx + 3) + 10);
    if (!badges.isEmpty())
        h += kBadgeHeight + 3;
    return {std::ceil(w), std::ceil(h)};
}

double clusterHeaderHeight(const QString &kind, const QString &label, const QStringList &badges)
{
    Q_UNUSED(kind)
    const qsizetype lines = label.count(QLatin1Char('\n')) + 1;
    return 6 + 15 + (lines - 1) * (kNodeTextPx + 3) + (badges.isEmpty() ? 0 : kBadgeHeight + 4) + 4;
}

GraphLayout layoutGraph(const TopologyGraph &graph, const std::atomic_bool *cancel)
{
    GraphLayout layout;
    layout.level = graph.level;
    layout.nodeFor = graph.nodeFor;
    std::lock_guard lock(graphvizMutex());
    const GvcPtr &gvc = context();

    // Each VPC on its own, then shelf-packed into rows about as wide as the page is tall.
    QList<GroupResult> groups;
    double area = 0, widest = 0;
    for (const QString &group : graph.groups()) {
        if (cancel && cancel->load())
            return GraphLayout{};
        const bool grid = std::any_of(graph.clusters.cbegin(), graph.clusters.cend(), [&](const GraphCluster &c) { return c.id == group; });
        GroupResult r = grid ? gridGroup(gvc.get(), graph, group) : layoutGroup(gvc.get(), graph, group);
        translate(r, -r.bounds.topLeft());
        area += (r.bounds.width() + kGroupGap) * (r.bounds.height() + kGroupGap);
        widest = std::max(widest, r.bounds.width());
        groups.append(std::move(r));
    }
    const double rowWidth = std::max(widest, std::sqrt(area) * 1.5);

    // Shared nodes first: their row height decides where the VPCs start.
    QList<const GraphNode *> shared;
    double sharedHeight = 0;
    for (const GraphNode &n : graph.nodes)
        if (n.group.isEmpty()) {
            shared.append(&n);
            sharedHeight = std::max(sharedHeight, nodeSizeFor(n.kind, n.label, n.badges).height());
        }
    const double top = shared.isEmpty() ? 0 : sharedHeight + 80;
    double x = 0, y = top, rowHeight = 0;
    for (GroupResult &r : groups) {
        if (x > 0 && x + r.bounds.width() > rowWidth) {
            x = 0;
            y += rowHeight + kGroupGap;
            rowHeight = 0;
        }
        translate(r, QPointF(x, y));
        x += r.bounds.width() + kGroupGap;
        rowHeight = std::max(rowHeight, r.bounds.height());
        layout.clusters += r.clusters;
        layout.nodes += r.nodes;
        layout.edges += r.edges;
        layout.bands += r.bands;
        layout.bounds |= r.bounds;
    }
    std::stable_sort(layout.clusters.begin(), layout.clusters.end(),
                     [](const LayoutCluster &a, const LayoutCluster &b) { return a.depth < b.depth; });

    // The shared row, ordered by where the things each shared node connects to are.
    std::map<QString, double> meanX;
    for (const GraphNode *n : shared) {
        double sum = 0;
        int count = 0;
        for (const GraphEdge &e : graph.edges) {
            const QString other = e.from == n->id ? e.to : e.to == n->id ? e.from : QString();
            const QRectF r = other.isEmpty() ? QRectF() : layout.rectOf(other);
            if (!r.isNull()) {
                sum += r.center().x();
                ++count;
            }
        }
        meanX[n->id] = count ? sum / count : layout.bounds.center().x();
    }
    std::stable_sort(shared.begin(), shared.end(), [&](const GraphNode *a, const GraphNode *b) { return meanX[a->id] < meanX[b->id]; });
    double rowW = 0;
    for (const GraphNode *n : shared)
        rowW += nodeSizeFor(n->kind, n->label, n->badges).width() + kSharedGap;
    double sx = std::max(0.0, layout.bounds.center().x() - rowW / 2);
    for (const GraphNode *n : shared) {
        const QSizeF size = nodeSizeFor(n->kind, n->label, n->badges);
        const QRectF r(QPointF(sx, (sharedHeight - size.height()) / 2), size);
        layout.nodes.append({n->id, n->kind, n->label, n->tooltip, r, n->badges});
        layout.bounds |= r;
        sx += size.width() + kSharedGap;
    }

    routeBetweenGroups(gvc.get(), graph, layout);
    layout.bounds.adjust(-20, -20, 20, 20);
    return layout;
}

} // namespace vpclens
