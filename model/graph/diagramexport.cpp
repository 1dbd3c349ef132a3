// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/diagramexport.h"

#include "graph/drawio.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace vpclens {

std::optional<DiagramFormat> diagramFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("svg")) return DiagramFormat::Svg;
    if (n == QLatin1String("png")) return DiagramFormat::Png;
    if (n == QLatin1String("pdf")) return DiagramFormat::Pdf;
    if (n == QLatin1String("dot") || n == QLatin1String("gv")) return DiagramFormat::Dot;
    if (n == QLatin1String("drawio")) return DiagramFormat::Drawio;
    return std::nullopt;
}

std::optional<DiagramFormat> diagramFormatForPath(const QString &path)
{
    return diagramFormatFromName(QFileInfo(path).suffix());
}

bool exportDiagram(const GraphLayout &layout, const QList<OverlayEdge> &overlay, const DiagramExportOptions &o, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("DiagramExport", "Cannot write %1: %2").arg(o.path, why);
        return false;
    };
    if (layout.nodes.isEmpty())
        return fail(QCoreApplication::translate("DiagramExport", "the graph is empty"));
    GraphPainter painter(o.dark ? GraphPalette::darkPalette() : GraphPalette::light());
    const bool observed = overlay.isEmpty() || !overlay.first().configured;
    const QSizeF size = painter.diagramSize(layout, observed);
    // Written next to the target and renamed when complete: a failed export leaves no half file.
    const QString partial = o.path + QStringLiteral(".part");
    QFile::remove(partial);
    switch (o.format) {
    case DiagramFormat::Dot:
    case DiagramFormat::Drawio: {
        QSaveFile f(o.path);
        if (!f.open(QIODevice::WriteOnly))
            return fail(f.errorString());
        f.write(o.format == DiagramFormat::Dot ? layoutToDot(layout, o.title, overlay) : layoutToDrawio(layout, o.title, overlay));
        return f.commit() || fail(f.errorString());
    }
    case DiagramFormat::Svg: {
        QSvgGenerator svg;
        svg.setFileName(partial);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(o.title);
        svg.setDescription(o.subtitle);
        QPainter p;
        if (!p.begin(&svg))
            return fail(QCoreApplication::translate("DiagramExport", "the SVG writer did not start"));
        painter.setVectorIcons(true);
        painter.paintDiagram(p, layout, overlay, o.metric, o.title, o.subtitle, QRectF(QPointF(0, 0), size));
        p.end();
        break;
    }
    case DiagramFormat::Png: {
        const double scale = o.pngWidth > 0 ? o.pngWidth / size.width() : 2.0;
        const QSize px(int(std::lround(size.width() * scale)), int(std::lround(size.height() * scale)));
        if (px.width() <= 0 || px.height() <= 0 || qint64(px.width()) * px.height() > 400'000'000LL)
            return fail(QCoreApplication::translate("DiagramExport", "%1 × %2 pixels is too large").arg(px.width()).arg(px.height()));
        QImage image(px, QImage::Format_ARGB32_Premultiplied);
        image.fill(painter.palette().background);
        {
            QPainter p(&image);
            painter.paintDiagram(p, layout, overlay, o.metric, o.title, o.subtitle, QRectF(QPointF(0, 0), QSizeF(px)));
        }
        if (!image.save(partial, "PNG"))
            return fail(QCoreApplication::translate("DiagramExport", "the PNG could not be written"));
        break;
    }
    case DiagramFormat::Pdf: {
        QPdfWriter pdf(partial);
        pdf.setTitle(o.title);
        pdf.setCreator(QStringLiteral("VpcLens"));
        pdf.setPageSize(QPageSize(size, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(300);
        QPainter p;
        if (!p.begin(&pdf))
            return fail(QCoreApplication::translate("DiagramExport", "the PDF writer did not start"));
        painter.setVectorIcons(true);
        painter.paintDiagram(p, layout, overlay, o.metric, o.title, o.subtitle, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())));
        p.end();
        break;
    }
    }
    QFile::remove(o.path);
    if (!QFile::rename(partial, o.path)) {
        QFile::remove(partial);
        return fail(QCoreApplication::translate("DiagramExport", "the file could not be renamed into place"));
    }
    return true;
}

} // namespace vpclens
