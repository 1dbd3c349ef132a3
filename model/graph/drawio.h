// SPDX-License-Identifier: GPL-3.0-or-later
// A laid-out graph as a draw.io (diagrams.net) file, which reviewers open and edit afterwards: one
// cell per cluster (a container, so moving a VPC moves what it holds), node and edge, at the layout's
// positions, with the overlay's traffic as edges of their own. Uncompressed XML (draw.io reads it).
#pragma once

#include "graph/graphlayout.h"
#include "graph/overlayedge.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vpclens {

QByteArray layoutToDrawio(const GraphLayout &layout, const QString &title, const QList<OverlayEdge> &overlay = {});

} // namespace vpclens
