// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/edgerouter.h"

#include "base/logging.h"
#include "graph/graphvizhandles.h"

#include <graphviz/cgraph.h>

#include <algorithm>
#include <cmath>

namespace vpclens {
namespace {

using gv::GraphPtr;
using gv::set;

constexpr double kPointsPerInch = 72.0;
constexpr double kShrink = 2.0;
constexpr qsizetype kOneRun = 120; // boxes routed in one Graphviz run; more: line by line

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 2);
}

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

} // namespace

QList<QPointF> straightBetween(const QRectF &a, const QRectF &b)
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

namespace {

// One Graphviz run over all the boxes and lines given; an empty path where it could not route.
QList<QList<QPointF>> routeOnce(GVC_t *gvc, const QList<QRectF> &boxes, const QList<QPair<int, int>> &ends)
{
    QList<QList<QPointF>> out(ends.size());
    agseterr(AGERR); // boxes that touch make Graphviz warn on stderr and draw straight lines: that is handled here
    GraphPtr g(agopen(const_cast<char *>("route"), Agdirected, nullptr));
    set(g.get(), "splines", "true");
    set(g.get(), "notranslate", "true");
    // Graphviz routes only when no two boxes come within twice `esep` of each other, else it draws
    // every line straight: each box is handed over 2 pt smaller (lines end under the box's border,
    // which is drawn over them), so boxes that merely touch still get routed lines.
    set(g.get(), "esep", "+1");
    QList<Agnode_t *> nodes;
    nodes.reserve(boxes.size());
    for (int i = 0; i < boxes.size(); ++i) {
        const QByteArray name = "b" + QByteArray::number(i);
        Agnode_t *n = agnode(g.get(), const_cast<char *>(name.constData()), 1);
        const QRectF r = boxes[i].adjusted(kShrink, kShrink, -kShrink, -kShrink);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "label", "");
        set(n, "width", num(std::max(r.width(), 1.0) / kPointsPerInch));
        set(n, "height", num(std::max(r.height(), 1.0) / kPointsPerInch));
        set(n, "pos", num(r.center().x()) + ',' + num(-r.center().y()) + '!');
        nodes.append(n);
    }
    QList<Agedge_t *> edges(ends.size(), nullptr);
    for (int i = 0; i < ends.size(); ++i) {
        const auto [a, b] = ends[i];
        if (a == b || a < 0 || b < 0 || a >= nodes.size() || b >= nodes.size())
            continue;
        const QByteArray name = "e" + QByteArray::number(i);
        edges[i] = agedge(g.get(), nodes[a], nodes[b], const_cast<char *>(name.constData()), 1);
        set(edges[i], "dir", "none");
    }
    if (gvLayout(gvc, g.get(), "nop2") != 0) {
        qCWarning(lcGraph) << "Graphviz could not route the lines";
        return out;
    }
    LayoutGuard guard{gvc, g.get()};
    for (int i = 0; i < ends.size(); ++i) {
        const splines *spl = edges[i] ? ED_spl(edges[i]) : nullptr;
        if (spl && spl->size > 0)
            for (int k = 0; k < spl->list[0].size; ++k)
                out[i].append(QPointF(spl->list[0].list[k].x, -spl->list[0].list[k].y));
        if (out[i].size() < 4 || (out[i].size() - 1) % 3 != 0)
            out[i].clear();
    }
    return out;
}

// The boxes (other than `a` and `b`) a path passes through, sampled along its Bézier segments.
QList<int> crossed(const QList<QPointF> &path, const QList<QRectF> &boxes, int a, int b)
{
    QList<int> out;
    for (qsizetype s = 0; s + 3 < path.size(); s += 3)
        for (int k = 1; k < 16; ++k) {
            const double t = k / 16.0, u = 1 - t;
            const QPointF p = u * u * u * path[s] + 3 * u * u * t * path[s + 1] + 3 * u * t * t * path[s + 2] + t * t * t * path[s + 3];
            for (int i = 0; i < boxes.size(); ++i)
                if (i != a && i != b && !out.contains(i) && boxes[i].adjusted(kShrink, kShrink, -kShrink, -kShrink).contains(p))
                    out.append(i);
        }
    return out;
}

} // namespace

QList<QList<QPointF>> routeAround(GVC_t *gvc, const QList<QRectF> &boxes, const QList<QPair<int, int>> &ends, bool lineByLine)
{
    QList<QList<QPointF>> out(ends.size());
    if (ends.isEmpty())
        return out;
    if (boxes.size() <= kOneRun && !lineByLine) {
        out = routeOnce(gvc, boxes, ends);
    } else {
        // The router's visibility graph grows with the cube of the corners: route each line on its own
        // among the boxes its straight line crosses, adding those its path then crosses, a few times.
        for (int i = 0; i < ends.size(); ++i) {
            const auto [a, b] = ends[i];
            if (a == b)
                continue;
            QList<int> local{a, b};
            QList<QPointF> path = straightBetween(boxes[a], boxes[b]);
            for (int round = 0; round < 4; ++round) {
                const QList<int> more = crossed(path, boxes, a, b);
                const qsizetype before = local.size();
                for (int m : more)
                    if (!local.contains(m))
                        local.append(m);
                if (local.size() == before || local.size() > kOneRun)
                    break;
                QList<QRectF> subset;
                for (int k : local)
                    subset.append(boxes[k]);
                const QList<QPointF> routed = routeOnce(gvc, subset, {{0, 1}}).value(0);
                if (routed.isEmpty())
                    break;
                path = routed;
            }
            out[i] = path;
        }
    }
    for (int i = 0; i < ends.size(); ++i)
        if (out[i].isEmpty() && ends[i].first != ends[i].second)
            out[i] = straightBetween(boxes[ends[i].first], boxes[ends[i].second]);
    return out;
}

} // namespace vpclens
