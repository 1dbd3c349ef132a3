// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/graphpainter.h"

#include "base/translations.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

namespace vpclens {
namespace {

constexpr double kIcon = 18.0;
constexpr double kTitleHeight = 56.0;
constexpr int kLabelledLines = 12; // port labels on an exported diagram

// The contexts lupdate files this file's tr() calls under (see translateFrom).
QString tr(const char *text)
{
    return translateFrom({"vpclens::GraphPainter", "vpclens"}, text);
}

QFont font(double px, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, int(std::lround(px))));
    f.setBold(bold);
    return f;
}

QString iconPath(const QString &kind)
{
    return QStringLiteral(":/kinds/%1.svg").arg(kind);
}

// Rendered icons, per kind and pixel size; shared by every painter (the screen redraws thousands).
QImage cachedIcon(const QString &kind, int px)
{
    static QMutex mutex;
    static QHash<QString, QImage> cache;
    const QString key = kind + QLatin1Char('@') + QString::number(px);
    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QImage image(px, px, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer svg(iconPath(kind));
    if (svg.isValid()) {
        QPainter p(&image);
        svg.render(&p);
    }
    cache.insert(key, image);
    return image;
}

QPointF bezierPoint(const QList<QPointF> &pts, double t)
{
    // The middle of the middle segment is close enough for a label.
    const int segments = int((pts.size() - 1) / 3);
    const int s = std::max(0, segments / 2);
    const QPointF p0 = pts[3 * s], p1 = pts[3 * s + 1], p2 = pts[3 * s + 2], p3 = pts[3 * s + 3];
    const double u = 1 - t;
    return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

} // namespace

GraphPalette GraphPalette::light()
{
    GraphPalette p;
    p.background = QColor(0xfb, 0xfb, 0xfc);
    p.text = QColor(0x1f, 0x29, 0x37);
    p.mutedText = QColor(0x6b, 0x72, 0x80);
    p.vpcFill = QColor(0xf5, 0xf0, 0xff);
    p.vpcBorder = QColor(0x7b, 0x4d, 0xd6);
    p.azFill = QColor(0xf7, 0xf9, 0xfb);
    p.azBorder = QColor(0x9a, 0xa5, 0xb1);
    p.subnetFill = QColor(0xee, 0xf7, 0xf1);
    p.subnetBorder = QColor(0x2f, 0x8f, 0x5b);
    p.nodeFill = Qt::white;
    p.nodeBorder = QColor(0xb8, 0xc0, 0xcc);
    p.edge = QColor(0x9a, 0xa5, 0xb1);
    p.routeEdge = QColor(0x4a, 0x60, 0x78);
    p.selection = QColor(0x25, 0x63, 0xeb);
    p.highlight = QColor(0xfd, 0xe6, 0x8a);
    return p;
}

GraphPalette GraphPalette::darkPalette()
{
    GraphPalette p;
    p.dark = true;
    p.background = QColor(0x1b, 0x1e, 0x24);
    p.text = QColor(0xe5, 0xe7, 0xeb);
    p.mutedText = QColor(0x9c, 0xa3, 0xaf);
    p.vpcFill = QColor(0x2a, 0x24, 0x3b);
    p.vpcBorder = QColor(0xa7, 0x8b, 0xfa);
    p.azFill = QColor(0x23, 0x27, 0x2f);
    p.azBorder = QColor(0x4b, 0x55, 0x63);
    p.subnetFill = QColor(0x1e, 0x33, 0x2a);
    p.subnetBorder = QColor(0x4a, 0xde, 0x80);
    p.nodeFill = QColor(0x2b, 0x30, 0x3a);
    p.nodeBorder = QColor(0x4b, 0x55, 0x63);
    p.edge = QColor(0x6b, 0x72, 0x80);
    p.routeEdge = QColor(0x9c, 0xa3, 0xaf);
    p.selection = QColor(0x60, 0xa5, 0xfa);
    p.highlight = QColor(0x85, 0x6a, 0x12);
    return p;
}

GraphPainter::GraphPainter(GraphPalette palette) : m_palette(std::move(palette)) {}

void GraphPainter::paintIcon(QPainter &p, const QString &kind, const QRectF &rect) const
{
    if (m_vectorIcons) {
        QSvgRenderer svg(iconPath(kind));
        if (svg.isValid())
            svg.render(&p, rect);
        return;
    }
    const double scale = std::max(1.0, p.transform().m11());
    const int px = std::clamp(int(std::ceil(rect.width() * scale / 8.0)) * 8, 8, 256);
    p.drawImage(rect, cachedIcon(kind, px));
}

void GraphPainter::paintCluster(QPainter &p, const LayoutCluster &c) const
{
    // Solid borders only: Qt dashes a stroke along its whole length, which makes panning over large
    // boxes and long lines slow (measured: dashed AZ boxes and dotted edges cost most of a frame).
    QColor fill = m_palette.azFill, border = m_palette.azBorder;
    Qt::PenStyle style = Qt::SolidLine;
    if (c.kind == QLatin1String("vpc")) {
        fill = m_palette.vpcFill;
        border = m_palette.vpcBorder;
        style = Qt::SolidLine;
    } else if (c.kind == QLatin1String("subnet")) {
        fill = m_palette.subnetFill;
        border = m_palette.subnetBorder;
        style = Qt::SolidLine;
    }
    p.setPen(QPen(border, c.kind == QLatin1String("vpc") ? 1.6 : 1.0, style));
    p.setBrush(fill);
    p.drawRoundedRect(c.rect, 6, 6);
    const bool vpc = c.kind == QLatin1String("vpc");
    const QStringList lines = c.label.split(QLatin1Char('\n'));
    const QRectF text = c.rect.adjusted(8, 3, -8, 0);
    double y = text.top();
    for (int i = 0; i < lines.size(); ++i) {
        p.setFont(font(i == 0 ? (vpc ? 11 : 9.5) : 8.5, i == 0 && (vpc || c.kind == QLatin1String("subnet"))));
        p.setPen(i > 0 ? m_palette.mutedText : vpc ? m_palette.vpcBorder : c.kind == QLatin1String("subnet") ? m_palette.subnetBorder : m_palette.mutedText);
        const QFontMetricsF fm(p.font());
        const double h = i == 0 ? fm.height() + 2 : kNodeTextPx + 3;
        p.drawText(QRectF(QPointF(text.left(), y), QSizeF(text.width(), h)), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(lines[i], Qt::ElideRight, text.width()));
        y += i == 0 ? 15 : kNodeTextPx + 3;
    }
    paintBadges(p, c.badges, QPointF(text.left(), y + 2), text.right());
}

void GraphPainter::paintBadges(QPainter &p, const QStringList &badges, QPointF at, double right) const
{
    p.setFont(font(kBadgePx));
    const QFontMetricsF fm(p.font());
    for (const QString &b : badges) {
        const double w = std::min(badgeWidth(b), right - at.x());
        if (w < 16)
            break;
        const QRectF r(at, QSizeF(w, kBadgeHeight));
        p.setPen(QPen(m_palette.nodeBorder, 0.8));
        p.setBrush(m_palette.dark ? m_palette.azFill : QColor(0xf1, 0xf3, 0xf6));
        p.drawRoundedRect(r, 3, 3);
        p.setPen(m_palette.mutedText);
        p.drawText(r.adjusted(5, 0, -3, 0), Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(b, Qt::ElideRight, r.width() - 8));
        at.rx() += w + 4;
    }
}

QColor GraphPainter::tierTint(int tier) const
{
    // Public green, private blue, isolated grey, faint over the AZ columns (AWS draws the same).
    QColor c = tier == 0 ? QColor(0x2f, 0x9e, 0x5b) : tier == 1 ? QColor(0x25, 0x63, 0xeb) : QColor(0x6b, 0x72, 0x80);
    c.setAlpha(m_palette.dark ? 40 : 22);
    return c;
}

void GraphPainter::paintBand(QPainter &p, const LayoutBand &b) const
{
    p.setPen(Qt::NoPen);
    p.setBrush(tierTint(b.tier));
    p.drawRoundedRect(b.rect, 4, 4);
    p.setFont(font(9, true));
    p.setPen(m_palette.mutedText);
    p.drawText(b.labelRect, Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(p.font()).elidedText(b.label, Qt::ElideRight, b.labelRect.width()));
}

void GraphPainter::paintNode(QPainter &p, const LayoutNode &n, bool selected, bool dimmed) const
{
    if (n.kind == QLatin1String("empty")) {
        p.setFont(font(8));
        p.setPen(m_palette.mutedText);
        p.drawText(n.rect, Qt::AlignCenter, n.label);
        return;
    }
    p.save();
    if (dimmed)
        p.setOpacity(0.35);
    const bool round = n.kind == QLatin1String("internet") || n.kind == QLatin1String("tgw") || n.kind == QLatin1String("igw");
    QColor fill = m_palette.nodeFill;
    if (n.kind == QLatin1String("subnet") || n.kind == QLatin1String("vpc"))
        fill = n.kind == QLatin1String("vpc") ? m_palette.vpcFill : m_palette.subnetFill;
    p.setBrush(fill);
    p.setPen(QPen(selected ? m_palette.selection : m_palette.nodeBorder, selected ? 2.5 : 1.0));
    p.drawRoundedRect(n.rect, round ? n.rect.height() / 2 : 4, round ? n.rect.height() / 2 : 4);
    // The text part: the whole box, less the badge row and (a subnet at the subnet level) the boxes
    // drawn inside it, which nodeSizeFor does not count.
    const QSizeF textSize = nodeSizeFor(n.kind, n.label, n.badges);
    const QRectF body(n.rect.topLeft(), QSizeF(n.rect.width(), std::min(n.rect.height(), textSize.height()) - (n.badges.isEmpty() ? 0 : kBadgeHeight + 3)));
    const QRectF icon(n.rect.left() + 7, body.center().y() - kIcon / 2, kIcon, kIcon);
    paintIcon(p, n.kind, icon);
    const QStringList lines = n.label.split(QLatin1Char('\n'));
    const double textLeft = icon.right() + 6;
    const double lineH = kNodeTextPx + 3;
    double y = body.center().y() - lines.size() * lineH / 2;
    for (int i = 0; i < lines.size(); ++i) {
        p.setFont(font(kNodeTextPx, i == 0));
        p.setPen(i == 0 ? m_palette.text : m_palette.mutedText);
        const QFontMetricsF fm(p.font());
        const QRectF r(textLeft, y, n.rect.right() - textLeft - 4, lineH);
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(lines[i], Qt::ElideRight, r.width()));
        y += lineH;
    }
    paintBadges(p, n.badges, QPointF(textLeft, body.bottom() - 2), n.rect.right() - 4);
    p.restore();
}

QPainterPath GraphPainter::edgePath(const LayoutEdge &e)
{
    QPainterPath path;
    if (e.points.size() < 4)
        return path;
    path.moveTo(e.points[0]);
    for (qsizetype i = 1; i + 2 < e.points.size(); i += 3)
        path.cubicTo(e.points[i], e.points[i + 1], e.points[i + 2]);
    return path;
}

void GraphPainter::paintEdge(QPainter &p, const LayoutEdge &e) const
{
    const bool route = e.kind == QLatin1String("route") || e.kind == QLatin1String("peering");
    QColor colour = route ? m_palette.routeEdge : m_palette.edge;
    if (e.kind == QLatin1String("applies")) // "applies to" links: light, so routes stand out
        colour.setAlpha(110);
    const bool mirror = e.kind == QLatin1String("mirror");
    if (mirror)
        colour = QColor(0x8e, 0x44, 0xad); // a copy of the traffic, not a path of it: purple and dashed (as in the legend)
    QPen pen(colour, m_hairlineEdges ? 1.0 : (route || mirror ? 1.4 : 1.0));
    if (mirror)
        pen.setStyle(Qt::DashLine);
    pen.setCosmetic(m_hairlineEdges);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(edgePath(e));
    if ((route || mirror) && e.points.size() >= 4) { // an arrowhead at the target end
        const QPointF tip = e.points.last(), from = e.points[e.points.size() - 2];
        const double angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
        QPolygonF head;
        head << tip << tip - QPointF(std::cos(angle - 0.4) * 7, std::sin(angle - 0.4) * 7)
             << tip - QPointF(std::cos(angle + 0.4) * 7, std::sin(angle + 0.4) * 7);
        p.setBrush(mirror ? colour : m_palette.routeEdge);
        p.setPen(Qt::NoPen);
        p.drawPolygon(head);
    }
    if (!e.label.isEmpty() && e.points.size() >= 4 && e.kind != QLatin1String("route") && e.kind != QLatin1String("attach")) {
        // Routes: the subnet lists them; attachments: their ids are in the tooltip, not worth the clutter.
        p.setFont(font(7.5));
        const QFontMetricsF fm(p.font());
        const QString text = fm.elidedText(e.label, Qt::ElideRight, 160);
        const QPointF at = bezierPoint(e.points, 0.5);
        QRectF r = fm.boundingRect(text).adjusted(-2, 0, 2, 0);
        r.moveCenter(at);
        QColor bg = m_palette.background;
        bg.setAlpha(220);
        p.setPen(Qt::NoPen);
        p.setBrush(bg);
        p.drawRect(r);
        p.setPen(m_palette.mutedText);
        p.drawText(r, Qt::AlignCenter, text);
    }
}

QPainterPath GraphPainter::overlayPath(const QRectF &from, const QRectF &to, int lane)
{
    const QPointF a = from.center(), b = to.center();
    QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    QPainterPath path(a);
    if (len < 1) {
        path.addEllipse(a + QPointF(0, -from.height()), 10, 10);
        return path;
    }
    const QPointF normal(-d.y() / len, d.x() / len);
    const QPointF control = (a + b) / 2 + normal * (std::min(80.0, len * 0.15) * (lane + 1));
    path.quadTo(control, b);
    return path;
}

QPainterPath GraphPainter::routedPath(const QList<QPointF> &points, int lane)
{
    // Lines between the same two boxes share the route; each further one is set 4 pt aside.
    const QPointF shift(lane * 4.0, lane * 4.0);
    QPainterPath path(points.first() + shift);
    for (qsizetype i = 1; i + 2 < points.size(); i += 3)
        path.cubicTo(points[i] + shift, points[i + 1] + shift, points[i + 2] + shift);
    return path;
}

qint64 GraphPainter::metricValue(const OverlayEdge &e, OverlayMetric metric)
{
    switch (metric) {
    case OverlayMetric::Bytes: return e.bytes;
    case OverlayMetric::Packets: return e.packets;
    case OverlayMetric::Flows: return e.flows;
    }
    return 0;
}

double GraphPainter::overlayWidth(const OverlayEdge &e, OverlayMetric metric, qint64 max)
{
    if (e.configured)
        return 1.6;
    const qint64 v = metricValue(e, metric);
    if (v <= 0 || max <= 0)
        return 1.0;
    // Logarithmic: a 1,000x bigger conversation is drawn about 4x wider, not invisible next to it.
    return 1.0 + 5.0 * std::log1p(double(v)) / std::log1p(double(max));
}

QColor GraphPainter::rejectedColour(double share)
{
    share = std::clamp(share, 0.0, 1.0);
    const QColor ok(0x2f, 0x9e, 0x5b), mid(0xe8, 0xa3, 0x17), bad(0xd6, 0x33, 0x33);
    auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                                a.blueF() + (b.blueF() - a.blueF()) * t);
    };
    return share < 0.5 ? mix(ok, mid, share * 2) : mix(mid, bad, (share - 0.5) * 2);
}

QPen GraphPainter::overlayPen(const OverlayEdge &e, double width, bool selected) const
{
    QColor c = e.compared != 0 ? rejectedColour(e.compared > 0 ? 0.0 : 1.0)
               : e.configured ? (e.blocked ? rejectedColour(1.0) : m_palette.selection) : rejectedColour(e.rejectedShare());
    if (!selected)
        c.setAlpha(170);
    return QPen(c, selected ? width + 2 : width, e.blocked || e.compared < 0 ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
}

void GraphPainter::paintOverlay(QPainter &p, const OverlayEdge &e, const QPainterPath &path, double width, bool selected,
                                bool labelled, QList<QRectF> *taken) const
{
    p.setPen(overlayPen(e, width, selected));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    paintOverlayMarks(p, e, path, width, selected, labelled, taken);
}

void GraphPainter::paintOverlayMarks(QPainter &p, const OverlayEdge &e, const QPainterPath &path, double width, bool selected,
                                     bool labelled, QList<QRectF> *taken) const
{
    // Direction: a small arrowhead at 70 % of the way.
    const QColor c = overlayPen(e, width, selected).color();
    const QPointF tip = path.pointAtPercent(0.7);
    const double angle = -path.angleAtPercent(0.7) * M_PI / 180.0;
    const double s = 4 + width;
    QPolygonF head;
    head << tip + QPointF(std::cos(angle) * s, std::sin(angle) * s) << tip + QPointF(std::cos(angle + 2.5) * s, std::sin(angle + 2.5) * s)
         << tip + QPointF(std::cos(angle - 2.5) * s, std::sin(angle - 2.5) * s);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawPolygon(head);
    if (labelled && !e.ports.isEmpty()) {
        p.setFont(font(8, selected));
        p.setPen(m_palette.text);
        if (!taken) {
            p.drawText(path.pointAtPercent(0.45) + QPointF(4, -4), e.ports);
            return;
        }
        // Where along the line the label meets no box, no name and no other label; none: no label.
        const QFontMetricsF fm(p.font());
        const QString text = fm.elidedText(e.ports, Qt::ElideRight, 180);
        for (double t : {0.45, 0.35, 0.55, 0.25, 0.65, 0.15, 0.75, 0.85}) {
            for (const QPointF offset : {QPointF(4, -4), QPointF(4, 12), QPointF(-fm.horizontalAdvance(text) - 4, -4)}) {
                const QPointF at = path.pointAtPercent(t) + offset;
                const QRectF box = fm.boundingRect(text).translated(at).adjusted(-1, -1, 1, 1);
                if (std::none_of(taken->cbegin(), taken->cend(), [&](const QRectF &r) { return r.intersects(box); })) {
                    p.drawText(at, text);
                    taken->append(box);
                    return;
                }
            }
        }
    }
}

QSizeF GraphPainter::legendSize(bool observed, bool mirror) const
{
    return {290.0, (observed ? 150.0 : 130.0) + (mirror ? 17.0 : 0.0)};
}

bool GraphPainter::hasMirrorEdges(const GraphLayout &layout)
{
    return std::any_of(layout.edges.cbegin(), layout.edges.cend(), [](const LayoutEdge &e) { return e.kind == QLatin1String("mirror"); });
}

void GraphPainter::paintLegend(QPainter &p, const QPointF &topLeft, bool observed, bool mirror) const
{
    const QRectF box(topLeft, legendSize(observed, mirror));
    QColor bg = m_palette.nodeFill;
    bg.setAlpha(235);
    p.setPen(QPen(m_palette.nodeBorder, 1));
    p.setBrush(bg);
    p.drawRoundedRect(box, 6, 6);
    p.setFont(font(9.5, true));
    p.setPen(m_palette.text);
    double y = box.top() + 8;
    p.drawText(QRectF(box.left() + 10, y, box.width() - 20, 14), Qt::AlignLeft, observed ? tr("Observed traffic") : m_comparedLegend ? tr("Reachability compared") : tr("Configured reachability"));
    y += 20;
    p.setFont(font(8.5));
    auto line = [&](const QColor &c, double w, Qt::PenStyle style, const QString &text) {
        p.setPen(QPen(c, w, style, Qt::RoundCap));
        p.drawLine(QPointF(box.left() + 12, y + 6), QPointF(box.left() + 52, y + 6));
        p.setPen(m_palette.text);
        p.drawText(QRectF(box.left() + 60, y, box.width() - 70, 13), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += 17;
    };
    if (observed) {
        line(rejectedColour(0), 3, Qt::SolidLine, tr("all accepted"));
        line(rejectedColour(0.5), 3, Qt::SolidLine, tr("half rejected"));
        line(rejectedColour(1), 3, Qt::SolidLine, tr("all rejected"));
        line(m_palette.mutedText, 1, Qt::SolidLine, tr("width: bytes (log scale)"));
    } else if (m_comparedLegend) {
        line(rejectedColour(0), 2, Qt::SolidLine, tr("reachable only in the newer"));
        line(rejectedColour(1), 2, Qt::DashLine, tr("reachable only in the older"));
    } else {
        line(m_palette.selection, 1.6, Qt::SolidLine, tr("allowed by security groups"));
        line(rejectedColour(1), 1.6, Qt::DashLine, tr("allowed by a group, blocked on the path"));
    }
    line(m_palette.routeEdge, 1.3, Qt::SolidLine, tr("route (subnet → target; the subnet lists them)"));
    QColor applies = m_palette.edge;
    applies.setAlpha(110);
    line(applies, 1, Qt::SolidLine, tr("attachment, security group"));
    if (mirror)
        line(QColor(0x8e, 0x44, 0xad), 1.4, Qt::DashLine, tr("traffic mirror session (interface → target)"));
}

QSizeF GraphPainter::diagramSize(const GraphLayout &layout, bool observed) const
{
    const QSizeF legend = legendSize(observed, hasMirrorEdges(layout));
    return {std::max(layout.bounds.width(), legend.width() + 400), layout.bounds.height() + kTitleHeight + legend.height() + 20};
}

void GraphPainter::paintDiagram(QPainter &p, const GraphLayout &layout, const QList<OverlayEdge> &overlay, OverlayMetric metric,
                                const QString &title, const QString &subtitle, const QRectF &target) const
{
    const bool observed = overlay.isEmpty() || !overlay.first().configured;
    const QSizeF size = diagramSize(layout, observed);
    p.save();
    p.fillRect(target, m_palette.background);
    const double scale = std::min(target.width() / size.width(), target.height() / size.height());
    p.translate(target.topLeft());
    p.scale(scale, scale);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(font(16, true));
    p.setPen(m_palette.text);
    p.drawText(QRectF(16, 8, size.width() - 32, 24), Qt::AlignLeft | Qt::AlignVCenter, title);
    p.setFont(font(10));
    p.setPen(m_palette.mutedText);
    p.drawText(QRectF(16, 32, size.width() - 32, 16), Qt::AlignLeft | Qt::AlignVCenter, subtitle);
    p.translate(-layout.bounds.left(), kTitleHeight - layout.bounds.top());
    for (const LayoutCluster &c : layout.clusters)
        if (c.depth <= 1)
            paintCluster(p, c);
    for (const LayoutBand &b : layout.bands)
        paintBand(p, b);
    for (const LayoutCluster &c : layout.clusters)
        if (c.depth > 1)
            paintCluster(p, c);
    for (const LayoutEdge &e : layout.edges)
        paintEdge(p, e);
    for (const LayoutNode &n : layout.nodes)
        paintNode(p, n);
    qint64 max = 0;
    for (const OverlayEdge &e : overlay)
        max = std::max(max, metricValue(e, metric));
    // Port labels on the biggest lines only; every line keeps its colour and width.
    QList<qint64> values;
    for (const OverlayEdge &e : overlay)
        values.append(metricValue(e, metric));
    std::sort(values.begin(), values.end(), std::greater<>());
    const qint64 labelFloor = values.isEmpty() ? 0 : values[std::min<qsizetype>(values.size(), kLabelledLines) - 1];
    const QList<QList<QPointF>> routes = routeOverlay(layout, overlay);
    QList<QRectF> taken = overlayObstacles(layout);
    int labels = 0;
    QHash<QPair<QString, QString>, int> lanes;
    for (int i = 0; i < overlay.size(); ++i) {
        const OverlayEdge &e = overlay[i];
        const QRectF a = layout.rectOf(e.from), b = layout.rectOf(e.to);
        if (a.isNull() || b.isNull())
            continue;
        const int lane = lanes[{e.from, e.to}]++;
        const QPainterPath path = routes[i].isEmpty() ? overlayPath(a, b, lane) : routedPath(routes[i], lane);
        // The biggest lines' ports (configured lines have no measure: the first ones), at most a dozen.
        const bool labelled = labels < kLabelledLines && (e.configured || metricValue(e, metric) >= labelFloor);
        labels += labelled;
        paintOverlay(p, e, path, overlayWidth(e, metric, max), false, labelled, &taken);
    }
    paintLegend(p, QPointF(layout.bounds.left() + 16, layout.bounds.bottom() + 10), observed, hasMirrorEdges(layout));
    p.restore();
}

} // namespace vpclens
