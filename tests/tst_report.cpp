// SPDX-License-Identifier: GPL-3.0-or-later
// The review report on the sample estate: the PDF's text (read back with pdftotext) holds every
// finding's summary and the scope; the HTML is one self-contained file with a diagram per VPC and the
// overview; the same inputs give the same HTML byte for byte; bad paths fail cleanly.
#include "findings/findings.h"
#include "ingest/bundledsample.h"
#include "report/reviewreport.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "trace/flowexplainer.h"
#include "workspace/notes.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

namespace {

// Without any whitespace and in compatibility form: a PDF's text wraps where the page does.
QString squeezed(QString s)
{
    s = s.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfTextHoldsEveryFinding();
    void htmlIsSelfContainedAndRepeatable();
    void refusesWhatItCannotWrite();
    void notesFromTheCommandLine(); // last: it adds and removes a note

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    ReportOptions m_options;
};

void TestReport::initTestCase()
{
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("sample.vpclens"));
    QVERIFY2(buildSampleWorkspace(test::sourcePath(QStringLiteral("resources/sample")), path, &error), qPrintable(error));
    m_ws = Workspace::open(path, &error);
    QVERIFY2(m_ws, qPrintable(error));
    QVERIFY(explainWorkspace(*m_ws).error.isEmpty());
    m_options.exportedAt = QDateTime(QDate(2026, 12, 7), QTime(0, 0), Qt::UTC);
    // The analyst's notes: one about the port scan, one about a record, markup in both (text only).
    for (const Finding &f : reviewEstate(*m_ws, loadEstate(*m_ws)).findings)
        if (f.check == QLatin1String("port-scan"))
            addNote(*m_ws, findingSubject(f), QStringLiteral("Blocked at the edge since 2025-06-02 <script>alert(1)</script>"));
    addNote(*m_ws, QStringLiteral("flow 42: a record"), QStringLiteral("Asked the app team & the network team."));
    QCOMPARE(notes(*m_ws).size(), 2);
}

void TestReport::pdfTextHoldsEveryFinding()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (Debian poppler-utils, in packaging/debian-packages.txt) is needed to read the PDF back");
    const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
    QString error;
    QVERIFY2(writeReviewReport(*m_ws, m_options, pdf, &error), qPrintable(error));
    QVERIFY(!QFile::exists(pdf + QStringLiteral(".part")));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    QCOMPARE(text.exitCode(), 0);
    const QString all = squeezed(QString::fromUtf8(text.readAllStandardOutput()));
    const FindingsReport report = reviewEstate(*m_ws, loadEstate(*m_ws));
    QVERIFY(report.findings.size() >= 5);
    for (const Finding &f : report.findings)
        QVERIFY2(all.contains(squeezed(f.summary)), qPrintable(f.summary));
    // The scope: both VPCs by name, the record count and the export date.
    for (const char *s : {"shop-prod", "shared-services", "Exported2026-12-07", "Flow-logrecords5184"})
        QVERIFY2(all.contains(QLatin1String(s)), s);
    // The notes, as text.
    QVERIFY(all.contains(squeezed(QStringLiteral("Blocked at the edge since 2025-06-02 <script>alert(1)</script>"))));
    QVERIFY(all.contains(squeezed(QStringLiteral("Asked the app team & the network team."))));
    // The sample's ssh finding traced hop by hop: the security group's rule is in the PDF.
    QVERIFY(all.contains(squeezed(QStringLiteral("sg-0d0000000000bast1 ingress tcp 22 203.0.113.0/24"))));
}

void TestReport::htmlIsSelfContainedAndRepeatable()
{
    const QString a = m_dir.filePath(QStringLiteral("a.html")), b = m_dir.filePath(QStringLiteral("b.html"));
    QString error;
    QVERIFY2(writeReviewReport(*m_ws, m_options, a, &error), qPrintable(error));
    QVERIFY2(writeReviewReport(*m_ws, m_options, b, &error), qPrintable(error));
    QFile fa(a), fb(b);
    QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    const QByteArray html = fa.readAll();
    QCOMPARE(html, fb.readAll());
    // The overview and one diagram for each of the sample's two VPCs, inline; nothing fetched.
    QCOMPARE(html.count("<svg"), 3);
    QVERIFY(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("<link"));
    const FindingsReport report = reviewEstate(*m_ws, loadEstate(*m_ws));
    for (const Finding &f : report.findings)
        QVERIFY2(html.contains(f.summary.toHtmlEscaped().toUtf8()), qPrintable(f.summary));
    // Notes are text, never markup: the port scan's under its finding, the record's in the notes section.
    QVERIFY(!html.contains("<script>"));
    const qsizetype scan = html.indexOf("was refused on"), note = html.indexOf("Blocked at the edge since 2025-06-02 &lt;script&gt;");
    QVERIFY(scan > 0 && note > scan);
    QVERIFY(html.indexOf("<h3>", scan) > note); // before the next finding
    QVERIFY(html.contains("<h3>flow 42: a record</h3>"));
    QVERIFY(html.contains("Asked the app team &amp; the network team."));
    // One VPC asked for: the overview and its page.
    ReportOptions one = m_options;
    one.vpcs = {QStringLiteral("vpc-0a1b2c3d4e5f60002")};
    QCOMPARE(reviewReportHtml(*m_ws, one).count(QLatin1String("<svg")), 2);
}

void TestReport::refusesWhatItCannotWrite()
{
    QString error;
    QVERIFY(!writeReviewReport(*m_ws, m_options, m_dir.filePath(QStringLiteral("review.docx")), &error));
    QVERIFY(error.contains(QLatin1String(".pdf")));
    const QString missing = m_dir.filePath(QStringLiteral("no-such-dir/review.pdf"));
    QVERIFY(!writeReviewReport(*m_ws, m_options, missing, &error));
    QVERIFY(error.contains(missing));
    QVERIFY(!QFile::exists(missing + QStringLiteral(".part")));
    // The CLI: 2 on a bad suffix, 0 and the file otherwise.
    QProcess cli;
    cli.start(QStringLiteral(VPCLENS_CLI), {QStringLiteral("report"), QStringLiteral("--workspace"), m_ws->path(), QStringLiteral("-o"),
                                           m_dir.filePath(QStringLiteral("r.txt"))});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
    cli.start(QStringLiteral(VPCLENS_CLI), {QStringLiteral("report"), QStringLiteral("--workspace"), m_ws->path(), QStringLiteral("-o"),
                                           m_dir.filePath(QStringLiteral("cli.html")), QStringLiteral("--date"), QStringLiteral("2026-12-07")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("cli.html"))));
}

// vpclens-cli notes: added without the GUI, listed as JSON, printed by the report, removed again.
void TestReport::notesFromTheCommandLine()
{
    const auto cli = [&](const QStringList &args, QByteArray *out = nullptr) {
        QProcess p;
        p.start(QStringLiteral(VPCLENS_CLI), QStringList{QStringLiteral("notes"), QStringLiteral("--workspace"), m_ws->path()} + args);
        if (!p.waitForFinished(60000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    };
    const QString subject = QStringLiteral("trace 10.10.0.20 -> 10.10.20.41 tcp 5432");
    QCOMPARE(cli({QStringLiteral("--add"), subject}), 2); // no --text
    QCOMPARE(cli({QStringLiteral("--remove"), QStringLiteral("x")}), 2);
    QCOMPARE(cli({QStringLiteral("--add"), subject, QStringLiteral("--text"), QStringLiteral("Asked for in SEC-12.")}), 0);
    QByteArray listed;
    QCOMPARE(cli({QStringLiteral("--json")}, &listed), 0);
    const QJsonArray list = QJsonDocument::fromJson(listed).object().value(QStringLiteral("notes")).toArray();
    QCOMPARE(list.size(), 3); // the two of initTestCase and this one
    const QJsonObject added = list.last().toObject();
    QCOMPARE(added.value(QStringLiteral("subject")).toString(), subject);
    QCOMPARE(added.value(QStringLiteral("text")).toString(), QStringLiteral("Asked for in SEC-12."));
    QVERIFY(reviewReportHtml(*m_ws, m_options).contains(QStringLiteral("Asked for in SEC-12.")));
    const QString id = QString::number(added.value(QStringLiteral("id")).toInteger());
    QCOMPARE(cli({QStringLiteral("--remove"), QStringLiteral("999999")}), 1);
    QCOMPARE(cli({QStringLiteral("--remove"), id}), 0);
    QCOMPARE(notes(*m_ws).size(), 2);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
