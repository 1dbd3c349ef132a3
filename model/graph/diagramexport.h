// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a laid-out graph as SVG, PNG, PDF, DOT or draw.io for a security review, with a title, the time
// range and a legend. SVG, PNG and PDF are drawn by GraphPainter, as on screen.
#pragma once

#include "graph/graphpainter.h"

#include <optional>

namespace vpclens {

enum class DiagramFormat {
    Svg,
    Png,
    Pdf,
    Dot,
    Drawio, // draw.io / diagrams.net (graph/drawio.h)
};
std::optional<DiagramFormat> diagramFormatFromName(const QString &name); // svg, png, pdf, dot, drawio
std::optional<DiagramFormat> diagramFormatForPath(const QString &path);  // by the file's suffix

struct DiagramExportOptions {
    DiagramFormat format = DiagramFormat::Svg;
    QString path, title, subtitle;
    int pngWidth = 0; // pixels; 0: two pixels per point
    OverlayMetric metric = OverlayMetric::Bytes;
    bool dark = false;
};

bool exportDiagram(const GraphLayout &layout, const QList<OverlayEdge> &overlay, const DiagramExportOptions &options, QString *error);

} // namespace vpclens
