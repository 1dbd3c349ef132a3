// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reviewreport.h"

#include "base/protocols.h"
#include "base/timetext.h"
#include "findings/findings.h"
#include "graph/graphpainter.h"
#include "graph/layoutcache.h"
#include "overlay/trafficoverlay.h"
#include "query/flowqueries.h"
#include "query/ruleusage.h"
#include "topology/estate.h"
#include "trace/flowexplainer.h"
#include "workspace/notes.h"
#include "workspace/sqlite.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSvgGenerator>
#include <QTextDocument>

#include <algorithm>
#include <array>

namespace vpclens {
struct ReportDiagram {
    QString heading, subtitle;
    GraphLayout layout;
    QList<OverlayEdge> overlay;
};


// Everything the report shows, read once.
struct ReportContent {
    QString title, workspaceName, exported;
    TimeRange range;
    Estate estate;
    QList<SnapshotInfo> snapshots;
    qint64 records = 0, firstRecord = 0, lastRecord = 0;
    FindingsReport findings;
    QList<RuleUsage> usage;
    QList<ConversationTotal> rejected;
    std::array<qint64, std::size_t(ExplainClass::Count)> classes{};
    bool explainedAtAll = false;
    QList<ReportDiagram> diagrams;
    QList<Note> notes;
};

namespace {

using Diagram = ReportDiagram;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString count(qint64 n)
{
    return QLocale::c().toString(n).replace(QLatin1Char(','), QChar(0x202f)); // a thin space: 1 234 567, the same in every locale
}

QString when(qint64 t)
{
    return t > 0 ? formatTime(t, true) : QStringLiteral("–");
}

using Content = ReportContent;

Diagram diagramOf(Workspace &ws, const Estate &estate, const GraphOptions &graph, const TimeRange &range, const QString &heading)
{
    Diagram d;
    d.heading = heading;
    d.layout = cachedOrLaidOut(&ws, estate, graph).layout;
    if (ws.flowCount() > 0) {
        d.overlay = observedTraffic(ws, estate, d.layout.nodeFor, range);
        d.subtitle = range.isAll() ? QStringLiteral("Observed traffic, all records")
                                   : QStringLiteral("Observed traffic %1 to %2").arg(when(range.from), range.to ? when(range.to) : QStringLiteral("the end"));
    } else {
        d.overlay = configuredReachability(estate, d.layout.nodeFor);
        d.subtitle = QStringLiteral("Configured reachability (no flow logs imported)");
    }
    return d;
}

Content gather(Workspace &ws, const ReportOptions &o)
{
    Content c;
    c.workspaceName = QFileInfo(ws.path()).completeBaseName();
    c.title = o.title.isEmpty() ? QStringLiteral("Security review: %1").arg(c.workspaceName) : o.title;
    c.exported = (o.exportedAt.isValid() ? o.exportedAt : QDateTime::currentDateTimeUtc()).toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    c.range = o.checks.range;
    c.estate = loadEstate(ws);
    c.snapshots = ws.snapshots();
    c.records = ws.flowCount();
    {
        sql::Statement q(ws.handle(), "SELECT MIN(min_start), MAX(max_start) FROM flow_blocks");
        if (q.step()) {
            c.firstRecord = q.isNull(0) ? 0 : q.int64(0);
            c.lastRecord = q.isNull(1) ? 0 : q.int64(1);
        }
    }
    c.findings = reviewEstate(ws, c.estate, o.checks);
    c.notes = notes(ws);
    c.usage = ruleUsage(ws, c.estate, c.range);
    c.rejected = topRejectedConversations(ws, 15);
    if (ws.hasTable("explain_summary")) {
        sql::Statement q(ws.handle(), "SELECT class, records FROM explain_summary");
        while (q.step())
            if (q.int64(0) >= 0 && q.int64(0) < qint64(c.classes.size())) {
                c.classes[std::size_t(q.int64(0))] = q.int64(1);
                c.explainedAtAll = true;
            }
    }
    GraphOptions overview;
    overview.level = GraphLevel::Vpc;
    c.diagrams.append(diagramOf(ws, c.estate, overview, c.range, QStringLiteral("The estate")));
    for (const QString &vpc : sortedIds(c.estate.vpcs)) {
        if (!o.vpcs.isEmpty() && !o.vpcs.contains(vpc))
            continue;
        GraphOptions one;
        one.level = GraphLevel::Subnet;
        one.vpc = vpc;
        c.diagrams.append(diagramOf(ws, c.estate, one, c.range, c.estate.displayName(vpc)));
    }
    return c;
}

QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QString h = QStringLiteral("<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr>");
    for (const QString &s : headers)
        h += QStringLiteral("<th>%1</th>").arg(esc(s));
    h += QStringLiteral("</tr>");
    for (const QStringList &r : rows) {
        h += QStringLiteral("<tr>");
        for (const QString &s : r)
            h += QStringLiteral("<td>%1</td>").arg(esc(s));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

int severityCount(const Content &c, Severity s)
{
    return int(std::count_if(c.findings.findings.cbegin(), c.findings.findings.cend(), [s](const Finding &f) { return f.severity == s; }));
}

QString frontHtml(const Content &c)
{
    QString h = QStringLiteral("<h1>%1</h1><p class=\"meta\">Exported %2 by VpcLens from the workspace %3.</p>")
                    .arg(esc(c.title), esc(c.exported), esc(c.workspaceName));
    QStringList scopes;
    for (const SnapshotInfo &s : c.snapshots)
        scopes += s.scopes;
    scopes.removeDuplicates();
    scopes.sort();
    h += QStringLiteral("<h2>Scope</h2>");
    h += table({QStringLiteral("What"), QStringLiteral("")},
               {{QStringLiteral("Accounts / regions"), scopes.join(QStringLiteral(", "))},
                {QStringLiteral("VPCs"), QString::number(c.estate.vpcs.size())},
                {QStringLiteral("Subnets, interfaces"), QStringLiteral("%1, %2").arg(c.estate.subnets.size()).arg(c.estate.enis.size())},
                {QStringLiteral("Topology snapshots"), QString::number(c.snapshots.size())},
                {QStringLiteral("Flow-log records"), count(c.records)},
                {QStringLiteral("Records from / to"), QStringLiteral("%1 / %2").arg(when(c.firstRecord), when(c.lastRecord))},
                {QStringLiteral("Period reviewed"), c.range.isAll() ? QStringLiteral("all records")
                                                                    : QStringLiteral("%1 to %2").arg(when(c.range.from), c.range.to ? when(c.range.to) : QStringLiteral("the end"))}});
    h += QStringLiteral("<h2>Findings</h2>");
    h += table({QStringLiteral("Errors"), QStringLiteral("Warnings"), QStringLiteral("Notes")},
               {{QString::number(severityCount(c, Severity::Error)), QString::number(severityCount(c, Severity::Warning)),
                 QString::number(severityCount(c, Severity::Note))}});
    if (!c.findings.explained && c.records > 0)
        h += QStringLiteral("<p><b>The records were not all explained since the last import:</b> rule usage is incomplete and no rule is called unused.</p>");

    QList<QStringList> snapshots;
    for (const SnapshotInfo &s : c.snapshots)
        snapshots.append({when(s.takenAt), s.scopes.join(QStringLiteral(", ")), QString::number(s.resources), QFileInfo(s.source).fileName()});
    h += QStringLiteral("<h2>Topology snapshots</h2>") + table({QStringLiteral("Taken"), QStringLiteral("Scope"), QStringLiteral("Resources"), QStringLiteral("From")}, snapshots);

    // How completely the flow logs cover each VPC.
    QList<QStringList> coverage;
    const QJsonObject vpcs = c.findings.coverage.value(QStringLiteral("vpcs")).toObject();
    for (const QString &vpc : sortedIds(c.estate.vpcs)) {
        const QJsonObject v = vpcs.value(vpc).toObject();
        QStringList logs, gaps;
        for (const QJsonValue &l : v.value(QStringLiteral("flow_logs")).toArray())
            logs << QStringLiteral("%1 (%2)").arg(l[QStringLiteral("id")].toString(), l[QStringLiteral("traffic_type")].toString());
        for (const QJsonValue &g : v.value(QStringLiteral("gaps")).toArray())
            gaps << QStringLiteral("%1 to %2").arg(g[QStringLiteral("from")].toString(), g[QStringLiteral("to")].toString());
        coverage.append({c.estate.displayName(vpc), logs.isEmpty() ? QStringLiteral("none imported") : logs.join(QStringLiteral(", ")),
                         QStringLiteral("%1 of %2").arg(v.value(QStringLiteral("interfaces_logging")).toInt()).arg(v.value(QStringLiteral("interfaces")).toInt()),
                         QStringLiteral("%1 / %2").arg(v.value(QStringLiteral("first_seen")).toString(QStringLiteral("–")),
                                                      v.value(QStringLiteral("last_seen")).toString(QStringLiteral("–"))),
                         gaps.isEmpty() ? QStringLiteral("none") : gaps.join(QStringLiteral("; ")),
                         QString::number(v.value(QStringLiteral("skipping")).toArray().size())});
    }
    h += QStringLiteral("<h2>Flow-log coverage</h2>")
         + table({QStringLiteral("VPC"), QStringLiteral("Flow logs"), QStringLiteral("Interfaces logging"), QStringLiteral("Records from / to"),
                  QStringLiteral("Gaps"), QStringLiteral("Interfaces with SKIPDATA")},
                 coverage);
    return h;
}

QString traceHtml(const QJsonObject &example)
{
    const QJsonObject r = example.value(QStringLiteral("record")).toObject();
    QString h = QStringLiteral("<p class=\"meta\">First record: %1, %2 %3 → %4 port %5, logged %6 by %7; decided by %8.</p>")
                    .arg(esc(r.value(QStringLiteral("start")).toString()), esc(r.value(QStringLiteral("protocol")).toString()),
                         esc(r.value(QStringLiteral("srcaddr")).toString()), esc(r.value(QStringLiteral("dstaddr")).toString()))
                    .arg(r.value(QStringLiteral("dstport")).toInt())
                    .arg(esc(r.value(QStringLiteral("action")).toString()), esc(r.value(QStringLiteral("interface")).toString()),
                         r.value(QStringLiteral("decided_by")).toString().isEmpty() ? QStringLiteral("no rule (explain cannot tell a request from a reply here)")
                                                                                    : esc(r.value(QStringLiteral("decided_by")).toString()));
    const QJsonObject trace = example.value(QStringLiteral("trace")).toObject();
    if (trace.isEmpty())
        return h;
    QList<QStringList> hops;
    const auto add = [&](const QJsonObject &path, const QString &side) {
        for (const QJsonValue &v : path.value(QStringLiteral("hops")).toArray())
            hops.append({side, v[QStringLiteral("kind")].toString(), v[QStringLiteral("id")].toString(),
                         v[QStringLiteral("rule_name")].toString(v[QStringLiteral("rule")].toString()), v[QStringLiteral("result")].toString()});
    };
    add(trace, QStringLiteral("request"));
    add(trace.value(QStringLiteral("return")).toObject(), QStringLiteral("reply"));
    return h + QStringLiteral("<p class=\"meta\">Traced against the current configuration: %1.</p>").arg(esc(trace.value(QStringLiteral("verdict")).toString()))
           + table({QStringLiteral("Path"), QStringLiteral("Hop"), QStringLiteral("Component"), QStringLiteral("Rule"), QStringLiteral("Result")}, hops);
}

QString noteHtml(const Note &n)
{
    QString text = esc(n.text);
    text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<table class=\"note\" cellpadding=\"4\" width=\"100%\"><tr><td><b>Analyst's note</b><br>%1</td></tr></table>").arg(text);
}

// The notes that are not about a finding of the report (flows, traces, findings no longer found).
QString notesHtml(const Content &c)
{
    QSet<QString> findings;
    for (const Finding &f : c.findings.findings)
        findings.insert(findingSubject(f));
    QString h;
    for (const Note &n : c.notes)
        if (!findings.contains(n.subject))
            h += QStringLiteral("<h3>%1</h3>").arg(esc(n.subject)) + noteHtml(n);
    return h.isEmpty() ? h : QStringLiteral("<h1>The analyst's notes</h1>") + h;
}

QString findingsHtml(const Content &c)
{
    QString h = QStringLiteral("<h1>Findings</h1>");
    if (c.findings.findings.isEmpty())
        return h + QStringLiteral("<p>None.</p>");
    static const char *kHeadings[] = {"Notes", "Warnings", "Errors"};
    for (const Severity s : {Severity::Error, Severity::Warning, Severity::Note}) {
        if (severityCount(c, s) == 0)
            continue;
        h += QStringLiteral("<h2>%1 (%2)</h2>").arg(QLatin1String(kHeadings[int(s)])).arg(severityCount(c, s));
        for (const Finding &f : c.findings.findings) {
            if (f.severity != s)
                continue;
            h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(f.check), esc(f.summary));
            QList<QStringList> rows;
            if (!f.resources.isEmpty())
                rows.append({QStringLiteral("Resources"), f.resources.join(QStringLiteral(", "))});
            if (!f.rule.isEmpty())
                rows.append({QStringLiteral("Rule"), f.rule});
            if (f.evidence.records > 0 || f.evidence.firstSeen > 0) {
                rows.append(f.evidence.connections > 0
                                ? QStringList{QStringLiteral("Records, connections"), QStringLiteral("%1, %2").arg(count(f.evidence.records), count(f.evidence.connections))}
                                : QStringList{QStringLiteral("Records"), count(f.evidence.records)});
                rows.append({QStringLiteral("First / last seen"), QStringLiteral("%1 / %2").arg(when(f.evidence.firstSeen), when(f.evidence.lastSeen))});
            }
            if (!f.evidence.filter.isEmpty())
                rows.append({QStringLiteral("The records (filter)"), f.evidence.filter});
            if (!rows.isEmpty())
                h += table({QStringLiteral("Evidence"), QString()}, rows);
            if (!f.evidence.example.isEmpty())
                h += traceHtml(f.evidence.example);
            for (const Note &n : c.notes)
                if (n.subject == findingSubject(f))
                    h += noteHtml(n);
        }
    }
    return h;
}

QString appendixHtml(const Content &c)
{
    QString h = QStringLiteral("<h1>Refused traffic</h1><h2>The rules that refused the most</h2>");
    QList<RuleUsage> refusing;
    for (const RuleUsage &u : c.usage)
        if (u.rejected > 0)
            refusing.append(u);
    std::stable_sort(refusing.begin(), refusing.end(), [](const RuleUsage &a, const RuleUsage &b) { return a.rejected > b.rejected; });
    QList<QStringList> rows;
    for (const RuleUsage &u : refusing.mid(0, 20))
        rows.append({u.name, count(u.rejected), when(u.firstSeen), when(u.lastSeen)});
    h += rows.isEmpty() ? QStringLiteral("<p>No rule refused a record in the period (or explain has not run).</p>")
                        : table({QStringLiteral("Rule"), QStringLiteral("Refused records"), QStringLiteral("First seen"), QStringLiteral("Last seen")}, rows);
    rows.clear();
    for (const ConversationTotal &t : c.rejected)
        rows.append({t.src, t.dst, QStringLiteral("%1/%2").arg(protocolShortName(int(t.protocol))).arg(t.dstPort), count(t.flows), count(t.bytes)});
    h += QStringLiteral("<h2>Top refused conversations (all records)</h2>")
         + (rows.isEmpty() ? QStringLiteral("<p>None.</p>")
                           : table({QStringLiteral("Source"), QStringLiteral("Destination"), QStringLiteral("Port"), QStringLiteral("Records"),
                                    QStringLiteral("Bytes")},
                                   rows));

    h += QStringLiteral("<h1>Logs and configuration</h1>");
    if (!c.explainedAtAll) {
        h += QStringLiteral("<p>The records have not been explained (vpclens-cli explain).</p>");
    } else {
        rows.clear();
        for (std::size_t i = 0; i < c.classes.size(); ++i)
            rows.append({QLatin1String(explainClassName(ExplainClass(i))), count(c.classes[i])});
        h += table({QStringLiteral("Every record against the configuration"), QStringLiteral("Records")}, rows);
    }

    h += QStringLiteral("<h1>Appendix: rule usage</h1><p class=\"meta\">Every security-group rule, NACL entry and route with the records it decided in the "
                        "period; \"unused\" only where the flow logs could have seen it.</p>");
    rows.clear();
    for (const RuleUsage &u : c.usage)
        rows.append({u.name, QLatin1String(usageState(u)), count(u.records), count(u.rejected), when(u.lastSeen)});
    h += table({QStringLiteral("Rule"), QStringLiteral("State"), QStringLiteral("Records"), QStringLiteral("Refused"), QStringLiteral("Last seen")}, rows);
    return h;
}

QString styleSheet()
{
    return QStringLiteral("body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#1b1f24}"
                          "h1{font-size:16pt;color:#232f3e;margin-top:18px}h2{font-size:12pt;color:#232f3e}h3{font-size:10pt;margin-bottom:2px}"
                          "table.grid{border-collapse:collapse;border-color:#c8ccd0;margin:4px 0 8px 0}th{background:#eef1f4;text-align:left}"
                          ".meta{color:#545b64}table.note{background:#fff8e1;border-left:3px solid #ef8f00;margin:4px 0 8px 0}");
}

GraphPainter diagramPainter()
{
    GraphPainter painter(GraphPalette::light());
    painter.setVectorIcons(true);
    return painter;
}

bool observedOverlay(const Diagram &d)
{
    return d.overlay.isEmpty() || !d.overlay.first().configured;
}

QString svgOf(const Diagram &d)
{
    GraphPainter painter = diagramPainter();
    const QSizeF size = painter.diagramSize(d.layout, observedOverlay(d));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setTitle(d.heading);
    QPainter p;
    if (!p.begin(&svg))
        return {};
    painter.paintDiagram(p, d.layout, d.overlay, OverlayMetric::Bytes, d.heading, d.subtitle, QRectF(QPointF(0, 0), size));
    p.end();
    QString text = QString::fromUtf8(buffer.data());
    const qsizetype start = text.indexOf(QLatin1String("<svg")); // drop the XML declaration and doctype
    text = start >= 0 ? text.mid(start) : text;
    // Scale to the page's width, keeping the proportions.
    return text.replace(QRegularExpression(QStringLiteral("<svg\\s+width=\"[^\"]*\"\\s+height=\"[^\"]*\"")), QStringLiteral("<svg style=\"width:100%;height:auto\""));
}

QString diagramsHtml(const Content &c)
{
    QString h = QStringLiteral("<h1>Diagrams</h1>");
    for (const Diagram &d : c.diagrams) {
        if (d.layout.nodes.isEmpty())
            continue;
        h += QStringLiteral("<h2>%1</h2><div class=\"diagram\">%2</div>").arg(esc(d.heading), svgOf(d));
    }
    return h;
}

QString document(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style></head><body>%3</body></html>\n")
        .arg(esc(title), styleSheet(), body);
}

// Text pages: the HTML laid out by Qt's text engine, page by page.
void paintText(QPagedPaintDevice &pdf, QPainter &p, const QString &html, bool &firstPage)
{
    const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&pdf);
    // No ligatures: "fl" and "fi" stay two letters, so the PDF's text searches as it reads.
    QFont font(QStringLiteral("DejaVu Sans"), 9);
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(styleSheet());
    doc.setHtml(html);
    doc.setPageSize(page.size());
    for (int i = 0; i < doc.pageCount(); ++i) {
        if (!firstPage)
            pdf.newPage();
        firstPage = false;
        p.save();
        p.translate(0, -i * page.height());
        doc.drawContents(&p, QRectF(0, i * page.height(), page.width(), page.height()));
        p.restore();
    }
}

// The pages on a paged device at 72 dpi (a PDF file, a printer, a print preview).
bool paintPages(const Content &c, QPagedPaintDevice &pdf, QString *why)
{
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(36, 36, 36, 36), QPageLayout::Point);
    QPainter p;
    if (!p.begin(&pdf)) {
        *why = QStringLiteral("the page device did not start");
        return false;
    }
    bool first = true;
    paintText(pdf, p, frontHtml(c), first);
    // One page per diagram, sized to it (landscape A4 at least), the painter's vector drawing.
    GraphPainter painter = diagramPainter();
    for (const Diagram &d : c.diagrams) {
        if (d.layout.nodes.isEmpty())
            continue;
        const QSizeF size = painter.diagramSize(d.layout, observedOverlay(d));
        const QSizeF a4(842, 595);
        const double scale = std::max({1.0, size.width() / a4.width(), size.height() / a4.height()});
        pdf.setPageSize(QPageSize(QSizeF(a4.width() * scale, a4.height() * scale), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
        pdf.newPage();
        const QRectF area(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
        // Centred at its own size (the page is at least as large), or scaled down where a device
        // keeps its page size (a printer).
        const double fit = std::min({1.0, area.width() / size.width(), area.height() / size.height()});
        const QSizeF drawn = size * fit;
        const QRectF target(area.center() - QPointF(drawn.width() / 2, drawn.height() / 2), drawn);
        painter.paintDiagram(p, d.layout, d.overlay, OverlayMetric::Bytes, d.heading, d.subtitle, target);
    }
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(36, 36, 36, 36), QPageLayout::Point);
    first = false;
    paintText(pdf, p, findingsHtml(c) + notesHtml(c) + appendixHtml(c), first);
    if (!p.end()) {
        *why = QStringLiteral("the pages could not be finished");
        return false;
    }
    return true;
}

bool writePdf(const Content &c, const QString &path, QString *why)
{
    QPdfWriter pdf(path);
    pdf.setTitle(c.title);
    pdf.setCreator(QStringLiteral("VpcLens"));
    pdf.setResolution(72); // one unit a point: the text engine and the painter measure alike
    return paintPages(c, pdf, why);
}

} // namespace

std::optional<ReportFormat> reportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    return std::nullopt;
}

ReviewReport ReviewReport::gather(Workspace &ws, const ReportOptions &options)
{
    ReviewReport r;
    r.m_content = std::make_shared<const ReportContent>(vpclens::gather(ws, options));
    return r;
}

QString ReviewReport::title() const
{
    return m_content ? m_content->title : QString();
}

QString ReviewReport::html() const
{
    if (!m_content)
        return {};
    const Content &c = *m_content;
    return document(c.title, frontHtml(c) + diagramsHtml(c) + findingsHtml(c) + notesHtml(c) + appendixHtml(c));
}

bool ReviewReport::paint(QPagedPaintDevice &device, QString *error) const
{
    QString why;
    if (!m_content)
        why = QStringLiteral("nothing was gathered");
    else if (paintPages(*m_content, device, &why))
        return true;
    if (error)
        *error = why;
    return false;
}

QString reviewReportHtml(Workspace &ws, const ReportOptions &options)
{
    return ReviewReport::gather(ws, options).html();
}

bool writeReviewReport(Workspace &ws, const ReportOptions &options, const QString &path, QString *error)
{
    QString why;
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, reason);
        return false;
    };
    const auto format = reportFormatForPath(path);
    if (!format)
        return fail(QStringLiteral("the file must end in .html or .pdf"));
    try {
        if (*format == ReportFormat::Html) {
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return fail(f.errorString());
            f.write(reviewReportHtml(ws, options).toUtf8());
            return f.commit() || fail(f.errorString());
        }
        const Content c = gather(ws, options);
        const QString partial = path + QStringLiteral(".part"); // renamed into place when complete
        QFile::remove(partial);
        if (!writePdf(c, partial, &why)) {
            QFile::remove(partial);
            return fail(why);
        }
        QFile::remove(path);
        if (!QFile::rename(partial, path)) {
            QFile::remove(partial);
            return fail(QStringLiteral("the file could not be renamed into place"));
        }
        return true;
    } catch (const sql::Error &e) {
        return fail(QString::fromUtf8(e.what()));
    }
}

} // namespace vpclens
