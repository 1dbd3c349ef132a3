// SPDX-License-Identifier: GPL-3.0-or-later
// GraphLayout lookups, its cache format and the DOT export.
#include "graph/graphlayout.h"
#include "graph/graphvizhandles.h"
#include "graph/graphvizlock.h"

#include <QDataStream>
#include <QIODevice>

#include <cstdio>
#include <memory>

namespace vpclens {
namespace {

using gv::GraphClose;
using gv::set;

constexpr quint32 kMagic = 0x564C4159; // "VLAY"
constexpr quint16 kFormat = 2; // 2: badges, tier bands (the grid layout)

struct FileClose {
    void operator()(FILE *f) const noexcept { std::fclose(f); }
};

} // namespace

int GraphLayout::indexOfNode(const QString &id) const
{
    if (m_nodeIndex.size() != nodes.size()) {
        m_nodeIndex.clear();
        for (int i = 0; i < nodes.size(); ++i)
            m_nodeIndex.insert(nodes[i].id, i);
    }
    return m_nodeIndex.value(id, -1);
}

QRectF GraphLayout::rectOf(const QString &id) const
{
    if (const int i = indexOfNode(id); i >= 0)
        return nodes[i].rect;
    for (const LayoutCluster &c : clusters)
        if (c.id == id)
            return c.rect;
    return {};
}

int GraphLayout::innermostClusterOf(const QRectF &box, int before) const
{
    for (int i = (before < 0 ? int(clusters.size()) : before) - 1; i >= 0; --i)
        if (clusters[i].rect.contains(box))
            return i;
    return -1;
}

QByteArray GraphLayout::serialize() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kFormat << int(level) << bounds << nodeFor;
    out << qint32(clusters.size());
    for (const LayoutCluster &c : clusters)
        out << c.id << c.kind << c.label << c.rect << qint32(c.depth) << c.badges;
    out << qint32(nodes.size());
    for (const LayoutNode &n : nodes)
        out << n.id << n.kind << n.label << n.tooltip << n.rect << n.badges;
    out << qint32(edges.size());
    for (const LayoutEdge &e : edges)
        out << e.from << e.to << e.kind << e.label << e.points;
    out << qint32(bands.size());
    for (const LayoutBand &b : bands)
        out << b.vpc << qint32(b.tier) << b.label << b.rect << b.labelRect;
    return data;
}

std::optional<GraphLayout> GraphLayout::deserialize(const QByteArray &data)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 format = 0;
    int level = 0;
    GraphLayout l;
    in >> magic >> format;
    if (magic != kMagic || format != kFormat)
        return std::nullopt;
    in >> level >> l.bounds >> l.nodeFor;
    l.level = GraphLevel(level);
    qint32 count = 0;
    in >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        LayoutCluster c;
        qint32 depth = 0;
        in >> c.id >> c.kind >> c.label >> c.rect >> depth >> c.badges;
        c.depth = depth;
        l.clusters.append(c);
    }
    in >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        LayoutNode n;
        in >> n.id >> n.kind >> n.label >> n.tooltip >> n.rect >> n.badges;
        l.nodes.append(n);
    }
    in >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        LayoutEdge e;
        in >> e.from >> e.to >> e.kind >> e.label >> e.points;
        l.edges.append(e);
    }
    in >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        LayoutBand b;
        qint32 tier = 0;
        in >> b.vpc >> tier >> b.label >> b.rect >> b.labelRect;
        b.tier = tier;
        l.bands.append(b);
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return l;
}

QByteArray layoutToDot(const GraphLayout &layout, const QString &title, const QList<OverlayEdge> &overlay)
{
    std::lock_guard lock(graphvizMutex());
    std::unique_ptr<Agraph_t, GraphClose> g(agopen(const_cast<char *>("vpclens"), Agdirected, nullptr));
    const double h = layout.bounds.bottom();
    auto pt = [h](QPointF p) { return gv::number(p.x()) + ',' + gv::number(h - p.y()); };
    set(g.get(), "label", title.toUtf8());
    set(g.get(), "labelloc", "t");
    set(g.get(), "bb", gv::number(layout.bounds.left()) + ',' + gv::number(h - layout.bounds.bottom()) + ',' + gv::number(layout.bounds.right()) + ','
                           + gv::number(h - layout.bounds.top()));
    QHash<QString, Agraph_t *> sub;
    for (int i = 0; i < layout.clusters.size(); ++i) {
        const LayoutCluster &c = layout.clusters[i];
        const QByteArray name = "cluster_" + QByteArray::number(i);
        Agraph_t *sg = agsubg(g.get(), const_cast<char *>(name.constData()), 1);
        set(sg, "label", c.label.toUtf8());
        set(sg, "id", c.id.toUtf8());
        set(sg, "bb", gv::number(c.rect.left()) + ',' + gv::number(h - c.rect.bottom()) + ',' + gv::number(c.rect.right()) + ',' + gv::number(h - c.rect.top()));
        sub.insert(c.id, sg);
    }
    QHash<QString, Agnode_t *> nodes;
    for (const LayoutNode &n : layout.nodes) {
        Agnode_t *an = agnode(g.get(), const_cast<char *>(n.id.toUtf8().constData()), 1);
        set(an, "label", n.label.toUtf8());
        set(an, "shape", "box");
        set(an, "class", n.kind.toUtf8());
        set(an, "pos", pt(n.rect.center()));
        set(an, "width", gv::number(n.rect.width() / 72.0));
        set(an, "height", gv::number(n.rect.height() / 72.0));
        nodes.insert(n.id, an);
    }
    // A node belongs to the innermost cluster whose box holds it.
    for (const LayoutNode &n : layout.nodes)
        if (const int i = layout.innermostClusterOf(n.rect); i >= 0)
            agsubnode(sub.value(layout.clusters[i].id), nodes.value(n.id), 1);
    int i = 0;
    for (const LayoutEdge &e : layout.edges) {
        Agnode_t *a = nodes.value(e.from), *b = nodes.value(e.to);
        if (!a || !b)
            continue;
        const QByteArray name = "e" + QByteArray::number(i++);
        Agedge_t *ae = agedge(g.get(), a, b, const_cast<char *>(name.constData()), 1);
        QByteArrayList pos;
        for (const QPointF &p : e.points)
            pos << pt(p);
        set(ae, "pos", pos.join(' '));
        set(ae, "dir", "none");
        set(ae, "class", e.kind.toUtf8());
        if (!e.label.isEmpty())
            set(ae, "label", e.label.toUtf8());
    }
    // The traffic (or reachability) drawn over the graph, as edges of their own class with their sums.
    for (const OverlayEdge &o : overlay) {
        Agnode_t *a = nodes.value(o.from), *b = nodes.value(o.to);
        if (!a || !b)
            continue;
        const QByteArray name = "t" + QByteArray::number(i++);
        Agedge_t *ae = agedge(g.get(), a, b, const_cast<char *>(name.constData()), 1);
        set(ae, "class", o.configured ? (o.blocked ? "reachability-blocked" : "reachability") : "traffic");
        if (!o.ports.isEmpty())
            set(ae, "label", o.ports.toUtf8());
        if (!o.configured) {
            set(ae, "flows", QByteArray::number(o.flows));
            set(ae, "packets", QByteArray::number(o.packets));
            set(ae, "bytes", QByteArray::number(o.bytes));
            set(ae, "rejected_flows", QByteArray::number(o.rejectedFlows));
            set(ae, "rejected_bytes", QByteArray::number(o.rejectedBytes));
        }
        set(ae, "color", o.colourName());
    }
    char *buffer = nullptr;
    size_t size = 0;
    {
        std::unique_ptr<FILE, FileClose> f(open_memstream(&buffer, &size));
        if (!f)
            return {};
        agwrite(g.get(), f.get());
    }
    QByteArray out(buffer, qsizetype(size));
    std::free(buffer);
    return out;
}

} // namespace vpclens
