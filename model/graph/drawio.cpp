// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/drawio.h"

#include <QHash>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace vpclens {
namespace {

QString number(double v)
{
    return QString::number(std::round(v * 10.0) / 10.0, 'f', 1);
}

// Styles after the AWS architecture icons' group colours: VPC purple, AZ dashed blue, subnets filled.
QString clusterStyle(const QString &kind)
{
    const QString common = QStringLiteral("container=1;collapsible=0;html=0;whiteSpace=wrap;align=left;verticalAlign=top;spacingLeft=6;"
                                          "fontStyle=1;fontSize=11;");
    if (kind == QLatin1String("vpc"))
        return common + QStringLiteral("rounded=0;fillColor=none;strokeColor=#8C4FFF;fontColor=#8C4FFF;strokeWidth=2;");
    if (kind == QLatin1String("az"))
        return common + QStringLiteral("rounded=0;fillColor=none;strokeColor=#147EBA;fontColor=#147EBA;dashed=1;");
    return common + QStringLiteral("rounded=0;fillColor=#F2F6E8;strokeColor=#7AA116;fontColor=#248814;");
}

QString nodeStyle(const QString &kind)
{
    static const QHash<QString, QString> fill{{QStringLiteral("igw"), QStringLiteral("#F3E5F5")},  {QStringLiteral("nat"), QStringLiteral("#F3E5F5")},
                                              {QStringLiteral("tgw"), QStringLiteral("#F3E5F5")},  {QStringLiteral("pcx"), QStringLiteral("#F3E5F5")},
                                              {QStringLiteral("nacl"), QStringLiteral("#FFF3E0")}, {QStringLiteral("rtb"), QStringLiteral("#E3F2FD")},
                                              {QStringLiteral("sg"), QStringLiteral("#FFEBEE")},   {QStringLiteral("internet"), QStringLiteral("#ECEFF1")}};
    return QStringLiteral("rounded=1;html=0;whiteSpace=wrap;fontSize=9;strokeColor=#545B64;fillColor=%1;").arg(fill.value(kind, QStringLiteral("#FFFFFF")));
}

QString overlayStyle(const OverlayEdge &o)
{
    const QString colour = QLatin1String(o.colourName());
    const double width = o.configured ? 1.5 : std::clamp(1.0 + std::log10(double(std::max<qint64>(o.bytes, 1))) / 2.0, 1.0, 6.0);
    return QStringLiteral("endArrow=block;endSize=4;html=0;fontSize=8;curved=1;strokeColor=%1;strokeWidth=%2;%3")
        .arg(colour, number(width), o.configured && o.blocked ? QStringLiteral("dashed=1;") : QString());
}

} // namespace

QByteArray layoutToDrawio(const GraphLayout &layout, const QString &title, const QList<OverlayEdge> &overlay)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("mxfile"));
    x.writeAttribute(QStringLiteral("host"), QStringLiteral("VpcLens"));
    x.writeStartElement(QStringLiteral("diagram"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("vpclens"));
    x.writeAttribute(QStringLiteral("name"), title.isEmpty() ? QStringLiteral("VpcLens") : title);
    x.writeStartElement(QStringLiteral("mxGraphModel"));
    x.writeAttribute(QStringLiteral("grid"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("page"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("pageWidth"), number(layout.bounds.width()));
    x.writeAttribute(QStringLiteral("pageHeight"), number(layout.bounds.height()));
    x.writeStartElement(QStringLiteral("root"));
    x.writeEmptyElement(QStringLiteral("mxCell"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    x.writeEmptyElement(QStringLiteral("mxCell"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    x.writeAttribute(QStringLiteral("parent"), QStringLiteral("0"));

    // Each cluster and node inside the innermost cluster whose box holds it (clusters come outer
    // first), at coordinates relative to that parent, as draw.io's containers want.
    const QPointF origin = layout.bounds.topLeft();
    QList<int> clusterParent(layout.clusters.size(), -1);
    for (int i = 0; i < layout.clusters.size(); ++i)
        clusterParent[i] = layout.innermostClusterOf(layout.clusters[i].rect, i);
    const auto parentId = [](int cluster) { return cluster < 0 ? QStringLiteral("1") : QStringLiteral("c%1").arg(cluster); };
    const auto geometry = [&](const QRectF &r, int parent) {
        const QPointF at = r.topLeft() - (parent < 0 ? origin : layout.clusters[parent].rect.topLeft());
        x.writeStartElement(QStringLiteral("mxGeometry"));
        x.writeAttribute(QStringLiteral("x"), number(at.x()));
        x.writeAttribute(QStringLiteral("y"), number(at.y()));
        x.writeAttribute(QStringLiteral("width"), number(r.width()));
        x.writeAttribute(QStringLiteral("height"), number(r.height()));
        x.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        x.writeEndElement();
    };
    QHash<QString, QString> cellOf; // node or cluster id -> cell id (lines start at subnet boxes too)
    // A label and the badges under it (a subnet's route table and NACL).
    const auto value = [](const QString &label, const QStringList &badges) {
        return badges.isEmpty() ? label : label + QLatin1Char('\n') + badges.join(QStringLiteral(" · "));
    };
    for (int i = 0; i < layout.clusters.size(); ++i) {
        const LayoutCluster &c = layout.clusters[i];
        cellOf.insert(c.id, QStringLiteral("c%1").arg(i));
        x.writeStartElement(QStringLiteral("mxCell"));
        x.writeAttribute(QStringLiteral("id"), QStringLiteral("c%1").arg(i));
        x.writeAttribute(QStringLiteral("value"), value(c.label, c.badges));
        x.writeAttribute(QStringLiteral("tooltip"), c.id);
        x.writeAttribute(QStringLiteral("style"), clusterStyle(c.kind));
        x.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
        x.writeAttribute(QStringLiteral("parent"), parentId(clusterParent[i]));
        geometry(c.rect, clusterParent[i]);
        x.writeEndElement();
    }
    for (int i = 0; i < layout.nodes.size(); ++i) {
        const LayoutNode &n = layout.nodes[i];
        const int parent = layout.innermostClusterOf(n.rect);
        const QString id = QStringLiteral("n%1").arg(i);
        cellOf.insert(n.id, id);
        x.writeStartElement(QStringLiteral("mxCell"));
        x.writeAttribute(QStringLiteral("id"), id);
        x.writeAttribute(QStringLiteral("value"), value(n.label, n.badges));
        // The id first (what a reviewer searches for), then what the view's tooltip says.
        x.writeAttribute(QStringLiteral("tooltip"), n.tooltip.isEmpty() || n.tooltip.startsWith(n.id) ? n.id : n.id + QLatin1Char('\n') + n.tooltip);
        x.writeAttribute(QStringLiteral("style"), nodeStyle(n.kind));
        x.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
        x.writeAttribute(QStringLiteral("parent"), parentId(parent));
        geometry(n.rect, parent);
        x.writeEndElement();
    }
    int edge = 0;
    const auto writeEdge = [&](const QString &from, const QString &to, const QString &label, const QString &style) {
        if (!cellOf.contains(from) || !cellOf.contains(to))
            return;
        x.writeStartElement(QStringLiteral("mxCell"));
        x.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(edge++));
        x.writeAttribute(QStringLiteral("value"), label);
        x.writeAttribute(QStringLiteral("style"), style);
        x.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
        x.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
        x.writeAttribute(QStringLiteral("source"), cellOf.value(from));
        x.writeAttribute(QStringLiteral("target"), cellOf.value(to));
        x.writeEmptyElement(QStringLiteral("mxGeometry"));
        x.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
        x.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        x.writeEndElement();
    };
    for (const LayoutEdge &e : layout.edges)
        writeEdge(e.from, e.to, e.label, QStringLiteral("endArrow=none;html=0;fontSize=8;strokeColor=#879196;%1")
                                             .arg(e.kind == QLatin1String("applies") || e.kind == QLatin1String("mirror") ? QStringLiteral("dashed=1;") : QString()));
    for (const OverlayEdge &o : overlay)
        writeEdge(o.from, o.to, o.ports, overlayStyle(o));
    x.writeEndElement(); // root
    x.writeEndElement(); // mxGraphModel
    x.writeEndElement(); // diagram
    x.writeEndElement(); // mxfile
    x.writeEndDocument();
    return out;
}

} // namespace vpclens
