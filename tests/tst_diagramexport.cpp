// SPDX-License-Identifier: GPL-3.0-or-later
// Exported diagrams are valid files: the SVG parses and carries the labels, the PNG has the requested
// width, the PDF has one page, the DOT names every node with its position.
#include "graph/diagramexport.h"
#include "ingest/topologyimporter.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace vpclens;

class TestDiagramExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void svg();
    void png();
    void pdf();
    void dot();
    void drawio_data();
    void drawio();
    void formatFromSuffix();
    void unwritablePathFailsCleanly();

private:
    DiagramExportOptions options(DiagramFormat f, const QString &name) const;
    QTemporaryDir m_dir;
    GraphLayout m_layout;
    GraphLayout m_eniLayout; // subnets as boxes: lines start at them
    QList<OverlayEdge> m_overlay;
};

void TestDiagramExport::initTestCase()
{
    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("t.vpclens")), &error);
    QVERIFY(ws);
    importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
    const Estate estate = loadEstate(*ws);
    m_layout = layoutGraph(buildTopologyGraph(estate, {}));
    GraphOptions eni;
    eni.level = GraphLevel::Eni;
    m_eniLayout = layoutGraph(buildTopologyGraph(estate, eni));
    // One made-up traffic line between two subnets, to have an overlay in the files.
    OverlayEdge e;
    e.from = QStringLiteral("subnet-0aa0000000000a001");
    e.to = QStringLiteral("subnet-0aa0000000000a010");
    e.flows = 10;
    e.rejectedFlows = 4;
    e.bytes = 4096;
    e.ports = QStringLiteral("tcp/8080");
    m_overlay = {e};
}

DiagramExportOptions TestDiagramExport::options(DiagramFormat f, const QString &name) const
{
    DiagramExportOptions o;
    o.format = f;
    o.path = m_dir.filePath(name);
    o.title = QStringLiteral("Review diagram");
    o.subtitle = QStringLiteral("2025-06-01 08:00 to 09:00 UTC");
    return o;
}

void TestDiagramExport::svg()
{
    const DiagramExportOptions o = options(DiagramFormat::Svg, QStringLiteral("d.svg"));
    QString error;
    QVERIFY2(exportDiagram(m_layout, m_overlay, o, &error), qPrintable(error));
    QFile f(o.path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QStringList texts;
    QString root;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && root.isEmpty())
            root = xml.name().toString();
        if (xml.isCharacters())
            texts << xml.text().toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    const QString all = texts.join(QLatin1Char(' '));
    QVERIFY(all.contains(QStringLiteral("Review diagram")));
    QVERIFY(all.contains(QStringLiteral("public-a")));
    QVERIFY(all.contains(QStringLiteral("tcp/8080")));
    QVERIFY(all.contains(QStringLiteral("Observed traffic"))); // the legend
    QVERIFY(!QFile::exists(o.path + QStringLiteral(".part")));
}

void TestDiagramExport::png()
{
    DiagramExportOptions o = options(DiagramFormat::Png, QStringLiteral("d.png"));
    o.pngWidth = 1600;
    QString error;
    QVERIFY2(exportDiagram(m_layout, m_overlay, o, &error), qPrintable(error));
    const QImage image(o.path);
    QCOMPARE(image.width(), 1600);
    QVERIFY(image.height() > 100);
    // Not blank: the background and at least one other colour.
    QVERIFY(image.pixelColor(0, 0) != image.pixelColor(image.width() / 2, image.height() / 2)
            || image.pixelColor(0, 0) != image.pixelColor(image.width() / 3, image.height() / 3));
}

void TestDiagramExport::pdf()
{
    const DiagramExportOptions o = options(DiagramFormat::Pdf, QStringLiteral("d.pdf"));
    QString error;
    QVERIFY2(exportDiagram(m_layout, m_overlay, o, &error), qPrintable(error));
    QFile f(o.path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QVERIFY(data.startsWith("%PDF-"));
    QCOMPARE(data.count("/Type /Page\n") + data.count("/Type /Page\r") + data.count("/Type /Page "), qsizetype(1));
}

void TestDiagramExport::dot()
{
    const DiagramExportOptions o = options(DiagramFormat::Dot, QStringLiteral("d.dot"));
    QString error;
    QVERIFY2(exportDiagram(m_layout, m_overlay, o, &error), qPrintable(error));
    QFile f(o.path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.startsWith(QStringLiteral("digraph")));
    for (const LayoutNode &n : m_layout.nodes)
        QVERIFY2(text.contains(n.id), qPrintable(n.id));
    QCOMPARE(text.count(QRegularExpression(QStringLiteral("\\bpos=\"\\d"))), m_layout.nodes.size() + m_layout.edges.size());
    // The overlay too, with its sums (it was dropped before).
    const QRegularExpression traffic(QStringLiteral("\"?subnet-0aa0000000000a001\"? -> \"?subnet-0aa0000000000a010\"?\\s*\\[([^\\]]*)\\]"));
    const QRegularExpressionMatch m = traffic.match(text);
    QVERIFY2(m.hasMatch(), qPrintable(text.right(600)));
    for (const char *attribute : {"class=traffic", "bytes=4096", "flows=10", "rejected_flows=4", "label=\"tcp/8080\""})
        QVERIFY2(m.captured(1).contains(QLatin1String(attribute)), qPrintable(m.captured(1)));
}

void TestDiagramExport::drawio_data()
{
    QTest::addColumn<bool>("interfaces");
    QTest::newRow("subnet level") << false;
    QTest::newRow("interface level") << true;
}

// One cell per cluster, node and edge (the overlay's too, and the routes that start at a subnet's
// box); every box inside its container's; a subnet's route table and NACL in its text.
void TestDiagramExport::drawio()
{
    QFETCH(bool, interfaces);
    const GraphLayout &layout = interfaces ? m_eniLayout : m_layout;
    const DiagramExportOptions o = options(DiagramFormat::Drawio, QStringLiteral("d.drawio"));
    QCOMPARE(diagramFormatForPath(o.path), std::optional(DiagramFormat::Drawio));
    QString error;
    QVERIFY2(exportDiagram(layout, m_overlay, o, &error), qPrintable(error));
    QFile f(o.path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    struct Cell {
        QString parent, value, tooltip, source, target;
        bool vertex = false, edge = false;
        QRectF geometry;
    };
    QHash<QString, Cell> cells;
    QString current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("mxCell")) {
            current = a.value(QLatin1String("id")).toString();
            QVERIFY2(!cells.contains(current), qPrintable(current));
            Cell &c = cells[current];
            c.parent = a.value(QLatin1String("parent")).toString();
            c.value = a.value(QLatin1String("value")).toString();
            c.tooltip = a.value(QLatin1String("tooltip")).toString();
            c.source = a.value(QLatin1String("source")).toString();
            c.target = a.value(QLatin1String("target")).toString();
            c.vertex = a.value(QLatin1String("vertex")) == QLatin1String("1");
            c.edge = a.value(QLatin1String("edge")) == QLatin1String("1");
        } else if (xml.name() == QLatin1String("mxGeometry") && a.hasAttribute(QLatin1String("width"))) {
            cells[current].geometry = QRectF(a.value(QLatin1String("x")).toDouble(), a.value(QLatin1String("y")).toDouble(),
                                             a.value(QLatin1String("width")).toDouble(), a.value(QLatin1String("height")).toDouble());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    int vertices = 0, edges = 0;
    QHash<QString, QString> cellOfNode;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        vertices += it->vertex;
        edges += it->edge;
        if (it->vertex)
            cellOfNode.insert(it->tooltip.section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(' '), 0, 0), it.key());
        if (it->vertex && cells.value(it->parent).vertex) { // inside its container, in the container's coordinates
            const QRectF box(QPointF(0, 0), cells.value(it->parent).geometry.size());
            QVERIFY2(box.adjusted(-0.1, -0.1, 0.1, 0.1).contains(it->geometry), qPrintable(it.key()));
        }
    }
    QCOMPARE(vertices, layout.nodes.size() + layout.clusters.size());
    QCOMPARE(edges, layout.edges.size() + 1);
    QVERIFY(std::any_of(cells.cbegin(), cells.cend(), [](const Cell &c) { return c.value.contains(QStringLiteral("RT private-rt · ACL shop-default")); }));
    bool overlaySeen = false;
    for (const Cell &c : std::as_const(cells))
        overlaySeen = overlaySeen || (c.edge && c.value == QLatin1String("tcp/8080") && c.source == cellOfNode.value(QStringLiteral("subnet-0aa0000000000a001")));
    QVERIFY(overlaySeen);
}

void TestDiagramExport::formatFromSuffix()
{
    QCOMPARE(diagramFormatForPath(QStringLiteral("/x/Review.PDF")), std::optional(DiagramFormat::Pdf));
    QCOMPARE(diagramFormatForPath(QStringLiteral("a.gv")), std::optional(DiagramFormat::Dot));
    QVERIFY(!diagramFormatForPath(QStringLiteral("a.jpeg")));
}

void TestDiagramExport::unwritablePathFailsCleanly()
{
    DiagramExportOptions o = options(DiagramFormat::Png, QStringLiteral("missing-dir/d.png"));
    QString error;
    QVERIFY(!exportDiagram(m_layout, m_overlay, o, &error));
    QVERIFY(error.contains(o.path));
    QVERIFY(!exportDiagram(GraphLayout{}, {}, options(DiagramFormat::Svg, QStringLiteral("e.svg")), &error));
}

QTEST_MAIN(TestDiagramExport)
#include "tst_diagramexport.moc"
