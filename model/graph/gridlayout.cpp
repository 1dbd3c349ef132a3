// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/gridlayout.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace vpclens {
namespace {

constexpr double kPad = 12;        // inside a VPC box
constexpr double kGap = 10;        // between boxes in a cell or a row
constexpr double kColumnGap = 18;  // between AZ columns
constexpr double kRowGap = 22;     // between tier rows: room for the lines
constexpr double kAzPad = 10;      // inside an AZ column
constexpr double kVpcHeader = 26;  // the VPC's name line
constexpr double kAzHeader = 22;   // the AZ's name line
constexpr double kTierGutter = 64; // the tiers' names, left of the columns
constexpr double kMemberPad = 8;   // inside a subnet box, around what it holds
constexpr double kShapeGap = 6;    // the VPC's name this far inside its box

// One subnet in a cell: a node (subnet level, or a collapsed subnet) or a cluster (interface level),
// with the boxes drawn inside it.
struct Item {
    QString subnet;
    const GraphCluster *cluster = nullptr;
    const GraphNode *node = nullptr;
    QList<const GraphNode *> members;
    QSizeF size, text, member; // the whole box, its text part (node) or header height (cluster), one member's slot
    int columns = 1;
    int ends = 0; // members that lines end at: first, each a shape of its own; the rest one shape
};

// A cluster item's member slots: the line ends fill the first rows, the rest start on a row of their own.
int slotOf(const Item &item, int i)
{
    if (i < item.ends)
        return i;
    const int endRows = (item.ends + item.columns - 1) / item.columns;
    return endRows * item.columns + (i - item.ends);
}

void sizeItem(Item &item)
{
    QSizeF largest;
    for (const GraphNode *m : item.members)
        largest = largest.expandedTo(nodeSizeFor(m->kind, m->label, m->badges));
    item.member = largest;
    const qsizetype n = item.members.size();
    if (item.node) { // members stacked under the text
        item.text = nodeSizeFor(item.node->kind, item.node->label, item.node->badges);
        double w = item.text.width(), h = item.text.height();
        if (n > 0) {
            w = std::max(w, largest.width() + 2 * kMemberPad);
            h += n * (largest.height() + kGap / 2) + kMemberPad / 2;
        }
        item.size = {w, h};
        return;
    }
    const double header = clusterHeaderHeight(item.cluster->kind, item.cluster->label, item.cluster->badges);
    item.text = {0, header};
    // Members in rows about twice as wide as tall.
    item.columns = n <= 3 ? int(std::max<qsizetype>(1, n)) : int(std::ceil(std::sqrt(double(n) * 2.0)));
    const qsizetype rows = n == 0 ? 0 : slotOf(item, int(n) - 1) / item.columns + 1;
    double width = 0;
    const QStringList lines = item.cluster->label.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i)
        width = std::max(width, labelWidth(lines[i], i == 0 ? 9.5 : 8.5, i == 0) + 16);
    double badges = 8;
    for (const QString &b : item.cluster->badges)
        badges += badgeWidth(b) + 4;
    width = std::max({width, badges + 8, item.columns * (largest.width() + kGap) - kGap + 2 * kMemberPad});
    item.size = {width, header + rows * (largest.height() + kGap) - (rows ? kGap : 0) + kMemberPad};
}

// Places the members of an item whose box is at `box`.
void placeMembers(const Item &item, const QRectF &box, PlacedGroup &out)
{
    QRectF rest; // the members no line ends at: one shape, so the router's work does not grow with them
    for (int i = 0; i < item.members.size(); ++i) {
        const GraphNode *m = item.members[i];
        const QSizeF size = nodeSizeFor(m->kind, m->label, m->badges);
        QPointF at;
        if (item.node) {
            at = {box.center().x() - size.width() / 2, box.top() + item.text.height() + i * (item.member.height() + kGap / 2)};
        } else {
            const int slot = slotOf(item, i);
            const int row = slot / item.columns, column = slot % item.columns;
            const double gridWidth = item.columns * (item.member.width() + kGap) - kGap;
            at = {box.center().x() - gridWidth / 2 + column * (item.member.width() + kGap), box.top() + item.text.height() + row * (item.member.height() + kGap)};
        }
        out.nodes.append({m->id, m->kind, m->label, m->tooltip, QRectF(at, size), m->badges});
        if (i < item.ends || item.node) {
            out.shapeOf.insert(m->id, int(out.shapes.size()));
            out.shapes.append(out.nodes.last().rect);
        } else {
            rest |= out.nodes.last().rect;
        }
    }
    if (!rest.isNull())
        out.shapes.append(rest);
}

} // namespace

PlacedGroup placeVpc(const TopologyGraph &graph, const QString &vpc)
{
    PlacedGroup out;
    const GraphCluster *vpcCluster = nullptr;
    QList<const GraphCluster *> azs;
    QHash<QString, const GraphCluster *> subnetClusters;
    for (const GraphCluster &c : graph.clusters) {
        if (c.id == vpc)
            vpcCluster = &c;
        else if (c.kind == QLatin1String("az") && c.parent == vpc)
            azs.append(&c);
        else if (c.kind == QLatin1String("subnet"))
            subnetClusters.insert(c.id, &c);
    }
    if (!vpcCluster)
        return out;
    QHash<QString, int> azColumn;
    for (int i = 0; i < azs.size(); ++i)
        azColumn.insert(azs[i]->id, i);

    // Sort the group's nodes: subnets (with their members), border nodes, the rest.
    std::map<std::pair<int, int>, QList<Item>> cells; // (column, tier) -> items, in graph order
    QHash<QString, std::pair<int, int>> cellOf;
    QList<const GraphNode *> top, left, right, bottom;
    QHash<QString, QList<const GraphNode *>> membersOf;
    auto cellFor = [&](const QString &subnet, const QString &azCluster) {
        const SubnetPlace place = graph.places.value(subnet);
        return std::pair{azColumn.value(azCluster), int(place.tier)};
    };
    for (const GraphCluster &c : graph.clusters)
        if (c.kind == QLatin1String("subnet") && azColumn.contains(c.parent)) {
            const auto cell = cellFor(c.id, c.parent);
            cells[cell].append(Item{c.id, &c, nullptr, {}, {}, {}, {}, 1});
            cellOf.insert(c.id, cell);
        }
    for (const GraphNode &n : graph.nodes) {
        if (n.group != vpc)
            continue;
        if (n.kind == QLatin1String("subnet") && azColumn.contains(n.cluster)) {
            const auto cell = cellFor(n.id, n.cluster);
            cells[cell].append(Item{n.id, nullptr, &n, {}, {}, {}, {}, 1});
            cellOf.insert(n.id, cell);
            continue;
        }
        const QString holder = subnetClusters.contains(n.cluster) ? n.cluster : n.subnet;
        if (!holder.isEmpty() && cellOf.contains(holder)) {
            membersOf[holder].append(&n);
            continue;
        }
        switch (borderSide(n)) {
        case BorderSide::Top: top.append(&n); break;
        case BorderSide::Left: left.append(&n); break;
        case BorderSide::Right: right.append(&n); break;
        case BorderSide::None: bottom.append(&n); break;
        }
    }
    QList<int> tiers; // the rows drawn, in tier order
    QSet<QString> lineEnds;
    for (const GraphEdge &e : graph.edges) {
        lineEnds.insert(e.from);
        lineEnds.insert(e.to);
    }
    for (auto &[cell, items] : cells) {
        if (!tiers.contains(cell.second))
            tiers.append(cell.second);
        for (Item &item : items) {
            item.members = membersOf.value(item.subnet);
            std::stable_partition(item.members.begin(), item.members.end(), [&](const GraphNode *m) { return lineEnds.contains(m->id); });
            item.ends = int(std::count_if(item.members.cbegin(), item.members.cend(), [&](const GraphNode *m) { return lineEnds.contains(m->id); }));
            sizeItem(item);
        }
    }
    std::sort(tiers.begin(), tiers.end());

    // Column widths and row heights from the cells.
    QList<double> columnWidth(azs.size(), 0), rowHeight(tiers.size(), 0);
    for (int i = 0; i < azs.size(); ++i)
        columnWidth[i] = labelWidth(azs[i]->label, 9.5) + 8;
    for (const auto &[cell, items] : cells) {
        double w = 0, h = -kGap;
        for (const Item &item : items) {
            w = std::max(w, item.size.width());
            h += item.size.height() + kGap;
        }
        const int row = int(tiers.indexOf(cell.second));
        columnWidth[cell.first] = std::max(columnWidth[cell.first], w);
        rowHeight[row] = std::max(rowHeight[row], h);
    }

    const auto widest = [](const QList<const GraphNode *> &nodes) {
        double w = 0;
        for (const GraphNode *n : nodes)
            w = std::max(w, nodeSizeFor(n->kind, n->label, n->badges).width());
        return w;
    };
    double topHeight = 0;
    for (const GraphNode *n : top)
        topHeight = std::max(topHeight, nodeSizeFor(n->kind, n->label, n->badges).height());
    const QPointF origin(widest(left), topHeight); // the VPC box's top left; border nodes hang outside it
    const double innerLeft = origin.x() + kPad;
    const double gridTop = origin.y() + kVpcHeader;
    const double gridLeft = innerLeft + (tiers.isEmpty() ? 0 : kTierGutter);

    // The AZ columns and the subnets in their cells.
    double gridHeight = kAzHeader + kAzPad - kRowGap;
    for (double h : rowHeight)
        gridHeight += h + kRowGap;
    QList<double> rowTop;
    double y = gridTop + kAzHeader;
    for (double h : rowHeight) {
        rowTop.append(y);
        y += h + kRowGap;
    }
    double x = gridLeft, gridRight = innerLeft, gridBottom = gridTop;
    QList<QRectF> azRects;
    for (int i = 0; i < azs.size(); ++i) {
        const QRectF r(x, gridTop, columnWidth[i] + 2 * kAzPad, gridHeight);
        azRects.append(r);
        out.clusters.append({azs[i]->id, azs[i]->kind, azs[i]->label, r, 1, {}});
        out.shapes.append(QRectF(r.left() + 6, r.top() + 2, labelWidth(azs[i]->label, 9.5) + 4, 16));
        x = r.right() + kColumnGap;
        gridRight = r.right();
        gridBottom = r.bottom();
    }
    for (auto &[cell, items] : cells) {
        const QRectF column = azRects[cell.first];
        double cy = rowTop[tiers.indexOf(cell.second)];
        for (const Item &item : items) {
            const QRectF box(column.center().x() - item.size.width() / 2, cy, item.size.width(), item.size.height());
            cy += item.size.height() + kGap;
            if (item.node) {
                out.nodes.append({item.node->id, item.node->kind, item.node->label, item.node->tooltip, box, item.node->badges});
                out.shapeOf.insert(item.subnet, int(out.shapes.size()));
                out.shapes.append(QRectF(box.topLeft(), QSizeF(box.width(), item.text.height())));
            } else {
                out.clusters.append({item.cluster->id, item.cluster->kind, item.cluster->label, box, 2, item.cluster->badges});
                out.shapeOf.insert(item.subnet, int(out.shapes.size()));
                out.shapes.append(QRectF(box.topLeft(), QSizeF(box.width(), item.text.height())));
            }
            placeMembers(item, box, out);
        }
    }
    for (int r = 0; r < tiers.size(); ++r) {
        const QString name = subnetTierName(SubnetTier(tiers[r]));
        const QRectF band(innerLeft, rowTop[r] - kRowGap / 2, gridRight - innerLeft, rowHeight[r] + kRowGap);
        const QRectF text(innerLeft, rowTop[r], kTierGutter - 8, 14);
        out.bands.append({vpc, tiers[r], name, band, text});
        out.shapes.append(text);
    }

    // The rest in a row under the grid, wrapping at the grid's width.
    const double rowWidth = std::max(gridRight - innerLeft, 360.0);
    double bx = innerLeft, by = (azs.isEmpty() ? gridTop : gridBottom + kGap), bottomRow = 0, contentRight = gridRight;
    for (const GraphNode *n : bottom) {
        const QSizeF size = nodeSizeFor(n->kind, n->label, n->badges);
        if (bx > innerLeft && bx + size.width() > innerLeft + rowWidth) {
            bx = innerLeft;
            by += bottomRow + kGap;
            bottomRow = 0;
        }
        out.nodes.append({n->id, n->kind, n->label, n->tooltip, QRectF(QPointF(bx, by), size), n->badges});
        out.shapeOf.insert(n->id, int(out.shapes.size()));
        out.shapes.append(out.nodes.last().rect);
        contentRight = std::max(contentRight, bx + size.width());
        bx += size.width() + kGap;
        bottomRow = std::max(bottomRow, size.height());
    }
    const double contentBottom = bottom.isEmpty() ? gridBottom : by + bottomRow;

    // The box, its label, and the border nodes hanging on it.
    const double vpcLabel = labelWidth(vpcCluster->label, 11, true) + 8;
    double topRow = -kGap;
    for (const GraphNode *n : top)
        topRow += nodeSizeFor(n->kind, n->label, n->badges).width() + kGap;
    double rightSide = -kGap, leftSide = -kGap;
    for (const GraphNode *n : right)
        rightSide += nodeSizeFor(n->kind, n->label, n->badges).height() + kGap;
    for (const GraphNode *n : left)
        leftSide += nodeSizeFor(n->kind, n->label, n->badges).height() + kGap;
    const double width = std::max({contentRight - origin.x() + kPad, vpcLabel + 16 + topRow + 24, 200.0});
    const double height = std::max({contentBottom - origin.y() + kPad, kVpcHeader + std::max(rightSide, leftSide) + kPad, 80.0});
    const QRectF box(origin, QSizeF(width, height));
    out.clusters.prepend({vpc, vpcCluster->kind, vpcCluster->label, box, 0, {}});
    out.shapes.append(QRectF(box.left() + 6, box.top() + kShapeGap, vpcLabel, 16));
    const auto hang = [&](const GraphNode *n, QPointF at) {
        out.nodes.append({n->id, n->kind, n->label, n->tooltip, QRectF(at, nodeSizeFor(n->kind, n->label, n->badges)), n->badges});
        out.shapeOf.insert(n->id, int(out.shapes.size()));
        out.shapes.append(out.nodes.last().rect);
        return out.nodes.last().rect.size();
    };
    double tx = std::max(box.left() + vpcLabel + 24, box.center().x() - topRow / 2);
    for (const GraphNode *n : top) {
        const QSizeF size = nodeSizeFor(n->kind, n->label, n->badges);
        tx += hang(n, QPointF(tx, box.top() - size.height())).width() + kGap;
    }
    double ly = gridTop + kAzHeader, ry = gridTop + kAzHeader;
    for (const GraphNode *n : left)
        ly += hang(n, QPointF(box.left() - nodeSizeFor(n->kind, n->label, n->badges).width(), ly)).height() + kGap;
    for (const GraphNode *n : right)
        ry += hang(n, QPointF(box.right(), ry)).height() + kGap;
    out.bounds = box;
    for (const LayoutNode &n : out.nodes)
        out.bounds |= n.rect;
    return out;
}

} // namespace vpclens
