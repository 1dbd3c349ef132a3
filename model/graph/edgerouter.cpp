// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/edgerouter.h"

#include "base/logging.h"
#include "graph/graphvizhandles.h"

#include <QLineF>

#include <graphviz/cgraph.h>

#include <algorithm>
#include <cmath>

namespace vpclens {
namespace {

using gv::GraphPtr;
using gv::LayoutGuard;
using gv::set;

using gv::kPointsPerInch;
constexpr double kShrink = 2.0;              // boxes handed to Graphviz this much smaller (see routeOnce)
constexpr qsizetype kMostBoxes = 150; // boxes one line is routed among
constexpr int kRounds = 6;            // of adding the boxes a route still crosses

// One Graphviz run over the boxes and lines given; an empty path where it could not route.
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
        set(n, "width", gv::number(std::max(r.width(), 1.0) / kPointsPerInch));
        set(n, "height", gv::number(std::max(r.height(), 1.0) / kPointsPerInch));
        set(n, "pos", gv::number(r.center().x()) + ',' + gv::number(-r.center().y()) + '!');
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
    // Only boxes within the control points' bounds can be crossed (a Bézier stays in their hull).
    QRectF hull(path.first(), QSizeF(0, 0));
    for (const QPointF &p : path)
        hull |= QRectF(p, QSizeF(0.01, 0.01));
    QList<int> near;
    for (int i = 0; i < boxes.size(); ++i)
        if (i != a && i != b && boxes[i].intersects(hull))
            near.append(i);
    for (qsizetype s = 0; s + 3 < path.size(); s += 3) {
        // A sample every 3 pt or so along the control polygon: no box is stepped over.
        const double reach = QLineF(path[s], path[s + 1]).length() + QLineF(path[s + 1], path[s + 2]).length()
                             + QLineF(path[s + 2], path[s + 3]).length();
        const int samples = std::clamp(int(reach / 3), 16, 2000);
        for (int k = 1; k < samples; ++k) {
            const double t = double(k) / samples, u = 1 - t;
            const QPointF p = u * u * u * path[s] + 3 * u * u * t * path[s + 1] + 3 * u * t * t * path[s + 2] + t * t * t * path[s + 3];
            for (int i : near)
                if (!out.contains(i) && boxes[i].adjusted(kShrink, kShrink, -kShrink, -kShrink).contains(p))
                    out.append(i);
        }
    }
    return out;
}

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

QList<QList<QPointF>> routeAround(GVC_t *gvc, const QList<QRectF> &boxes, const QList<QPair<int, int>> &ends)
{
    // Graphviz builds a visibility graph over every corner of every box it is given, which costs
    // with their cube: one run over a 64-VPC page took seconds. Each line is routed on its own among
    // the boxes its straight line crosses, adding those its path then crosses, a few rounds; 2 to 10
    // times faster on every estate measured (bench-graph), and the same routes.
    QList<QList<QPointF>> out(ends.size());
    for (int i = 0; i < ends.size(); ++i) {
        const auto [a, b] = ends[i];
        if (a == b || a < 0 || b < 0 || a >= boxes.size() || b >= boxes.size())
            continue;
        QList<int> local{a, b};
        QList<QPointF> path = straightBetween(boxes[a], boxes[b]);
        for (int round = 0; round < kRounds; ++round) {
            const QList<int> more = crossed(path, boxes, a, b);
            const qsizetype before = local.size();
            for (int m : more)
                if (!local.contains(m))
                    local.append(m);
            if (local.size() == before || local.size() > kMostBoxes)
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
    return out;
}

} // namespace vpclens
