// SPDX-License-Identifier: GPL-3.0-or-later
// Lines routed around fixed boxes: Graphviz's `nop2` engine (neato -n2) keeps every given position
// and draws each edge as a spline that goes around the other boxes, which is what it is best at and
// what a hand-made grid cannot do. Private to the core; call with the Graphviz lock held.
#pragma once

#include <QList>
#include <QPair>
#include <QPointF>
#include <QRectF>

#include <graphviz/gvc.h>

namespace vpclens {

// Boxes in Qt coordinates (y down) that must not overlap; `ends` index into them. Returns one cubic
// Bézier path per end pair (start, then control, control, end per segment), clipped at both boxes;
// a straight one where Graphviz could not route (boxes too close), an empty one for a self-loop or
// an end out of range.
QList<QList<QPointF>> routeAround(GVC_t *gvc, const QList<QRectF> &boxes, const QList<QPair<int, int>> &ends);

// A straight line between two boxes as one Bézier segment, clipped at their borders.
QList<QPointF> straightBetween(const QRectF &a, const QRectF &b);

} // namespace vpclens
