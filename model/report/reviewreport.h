// SPDX-License-Identifier: GPL-3.0-or-later
// The review report: one document from workspace to sign-off. A first page with the scope (accounts,
// regions, VPCs, snapshots, the period the flow logs cover and how completely, findings by severity),
// the estate's diagram and one per VPC with the period's traffic, the findings by severity each with
// its evidence and a traced example, the top refused connections and the rules that refused them, the
// disagreements between logs and configuration, and every rule's usage as an appendix.
//
// HTML: one self-contained file (diagrams as inline SVG). PDF: searchable text (Qt's text engine
// writes glyphs with their Unicode), diagrams as vector pages drawn by the same painter as the screen.
// The same inputs give the same document; the only clock in it is the export date on the first page.
#pragma once

#include "findings/checks.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

class QPagedPaintDevice;

namespace vpclens {

class Workspace;

struct ReportOptions {
    QString title;        // empty: "Security review: <workspace name>"
    CheckOptions checks;  // the range and the analyst's checks file
    QStringList vpcs;     // the VPCs with a diagram page (empty: every VPC)
    QDateTime exportedAt; // shown on the first page; invalid: now
};

struct ReportContent;

// The report gathered once (on a worker: it reads the workspace), then written or drawn as often as
// asked: as HTML, or page by page on any paged device at 72 dpi (a PDF file, a print preview).
class ReviewReport
{
public:
    static ReviewReport gather(Workspace &ws, const ReportOptions &options);
    QString title() const;
    QString html() const;
    // Sets the device's page sizes as it goes (A4 text pages, a page per diagram at its size);
    // call it before anything else painted on the device.
    bool paint(QPagedPaintDevice &device, QString *error = nullptr) const;

private:
    std::shared_ptr<const ReportContent> m_content; // shared: copies are cheap, across threads
};

enum class ReportFormat { Html, Pdf };
std::optional<ReportFormat> reportFormatForPath(const QString &path); // .html/.htm or .pdf

// The report as HTML (diagrams inline), for the file and for a preview.
QString reviewReportHtml(Workspace &ws, const ReportOptions &options);

// Writes the report (by the file's suffix), next to the target and renamed into place when complete.
bool writeReviewReport(Workspace &ws, const ReportOptions &options, const QString &path, QString *error);

} // namespace vpclens
