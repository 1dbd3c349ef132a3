// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a laid-out graph as SVG, PNG, PDF or DOT for a security review, with a title, the time
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
};
std::optional<DiagramFormat> diagramFormatFromName(const QString &name); // svg, png, pdf, dot
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
