// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/logging.h"
#include "graph/graphlayout.h"
#include "graph/graphvizhandles.h"
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
using gv::set;
// Frees a layout only after gvLayout succeeded, and before the graph closes.
struct LayoutGuard {
    GVC_t *gvc = nullptr;
    Agraph_t *graph = nullptr;
    ~LayoutGuard()
    {
        if (graph)
            gvFreeLayout(gvc, graph);
    }
};


constexpr double kCharWidth = 5.4;   // average advance of that font
constexpr double kPointsPerInch = 72.0;
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

// A straight edge as a Bézier segment between two boxes, clipped at their borders.
QList<QPointF> straightEdge(const QRectF &a, const QRectF &b)
{
    auto clip = [](const QRectF &r, QPointF from, QPointF to) {
        const QPointF d = to - from;
        double t = 1.0;
        if (d.x() != 0)
            t = std::min(t, (r.width() / 2) / std::abs(d.x()));
        if (d.y() != 0)
            t = std::min(t, (r.height() / 2) / std::abs(d.y()));
        return from + d * t;
    };
    const QPointF p0 = clip(a, a.center(), b.center());
    const QPointF p3 = clip(b, b.center(), a.center());
    return {p0, p0 + (p3 - p0) / 3, p0 + (p3 - p0) * 2 / 3, p3};
}

struct GroupResult {
    QList<LayoutCluster> clusters;
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
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
    r.bounds.translate(by);
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
        const QSizeF size = nodeSizeFor(n.kind, n.label);
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
        out.clusters.append({c->id, c->kind, c->label, boxRect(GD_bb(it.value()), height), depthOf.value(c->id)});
    }
    std::stable_sort(out.clusters.begin(), out.clusters.end(), [](const LayoutCluster &a, const LayoutCluster &b) { return a.depth < b.depth; });
    for (const GraphNode *n : groupNodes) {
        Agnode_t *an = nodes.value(n->id);
        const QPointF c = flip(ND_coord(an), height);
        const QSizeF size(ND_width(an) * kPointsPerInch, ND_height(an) * kPointsPerInch);
        out.nodes.append({n->id, n->kind, n->label, n->tooltip, QRectF(c - QPointF(size.width() / 2, size.height() / 2), size)});
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

} // namespace

std::mutex &graphvizMutex()
{
    static std::mutex m;
    return m;
}

QSizeF nodeSizeFor(const QString &kind, const QString &label)
{
    const QStringList lines = label.split(QLatin1Char('\n'));
    qsizetype longest = 0;
    for (const QString &l : lines)
        longest = std::max(longest, l.size());
    if (kind == QLatin1String("empty"))
        return {std::max(60.0, longest * kCharWidth + 12), 20};
    const double icon = 24;
    const double w = std::max(72.0, longest * kCharWidth + icon + 18);
    const double h = std::max(34.0, lines.size() * (kNodeTextPx + 3) + 10);
    return {std::ceil(w), std::ceil(h)};
}

GraphLayout layoutGraph(const TopologyGraph &graph, const std::atomic_bool *cancel)
{
    GraphLayout layout;
    layout.level = graph.level;
    layout.nodeFor = graph.nodeFor;
    std::lock_guard lock(graphvizMutex());
    // One context for the process: Graphviz 2.42's text layout keeps pointers into the context's font
    // table across calls, so a context freed and created again is read after free (seen under ASan).
    static GvcPtr gvc(gvContext());

    // Each VPC on its own, then shelf-packed into rows about as wide as the page is tall.
    QList<GroupResult> groups;
    double area = 0, widest = 0;
    for (const QString &group : graph.groups()) {
        if (cancel && cancel->load())
            return GraphLayout{};
        GroupResult r = layoutGroup(gvc.get(), graph, group);
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
            sharedHeight = std::max(sharedHeight, nodeSizeFor(n.kind, n.label).height());
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
        rowW += nodeSizeFor(n->kind, n->label).width() + kSharedGap;
    double sx = std::max(0.0, layout.bounds.center().x() - rowW / 2);
    for (const GraphNode *n : shared) {
        const QSizeF size = nodeSizeFor(n->kind, n->label);
        const QRectF r(QPointF(sx, (sharedHeight - size.height()) / 2), size);
        layout.nodes.append({n->id, n->kind, n->label, n->tooltip, r});
        layout.bounds |= r;
        sx += size.width() + kSharedGap;
    }

    // Edges between groups (or to shared nodes): straight, clipped at both boxes.
    QSet<QPair<QString, QString>> drawn;
    for (const LayoutEdge &e : layout.edges)
        drawn.insert({e.from, e.to});
    for (const GraphEdge &e : graph.edges) {
        if (drawn.contains({e.from, e.to}))
            continue;
        const QRectF a = layout.rectOf(e.from), b = layout.rectOf(e.to);
        if (a.isNull() || b.isNull())
            continue;
        layout.edges.append({e.from, e.to, e.kind, e.label, straightEdge(a, b)});
    }
    layout.bounds.adjust(-20, -20, 20, 20);
    return layout;
}

} // namespace vpclens
