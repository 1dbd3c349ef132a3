// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export > Review Report…: the review report (report/reviewreport.h) for the time range the
// window shows, written on a worker with its own connection; the finished file opens in the desktop's
// viewer when the analyst asks. File > Export > Review Report Preview…: the same pages, gathered on a
// worker, in a print preview (zoom, page through, print or print to PDF).
#include "mainwindow.h"

#include "base/backgroundjob.h"
#include "report/reviewreport.h"
#include "workspace/notes.h"
#include "workspace/ownconnection.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThreadPool>
#include <QUrl>

namespace vpclens {

void MainWindow::exportReviewReport()
{
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Review Report"),
                                                      QFileInfo(m_workspace->path()).completeBaseName() + QStringLiteral("-review.pdf"),
                                                      tr("PDF (*.pdf);;HTML, one file (*.html)"));
    if (path.isEmpty())
        return;
    ReportOptions options;
    options.checks.range = m_range;
    auto *progress = new QProgressDialog(tr("Writing the review report…"), QString(), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    struct Outcome {
        bool ok = false;
        QString error;
    };
    runInBackground(
        this, QThreadPool::globalInstance(), m_reportJobs.next(),
        [workspace = m_workspace->path(), options, path] {
            Outcome out;
            out.ok = onOwnConnection(workspace, "report", nullptr, [&](Workspace &ws) { return writeReviewReport(ws, options, path, &out.error); });
            if (!out.ok && out.error.isEmpty())
                out.error = tr("Cannot write %1: the workspace could not be read.").arg(path);
            return out;
        },
        [this, progress, path](const Outcome &out) {
            progress->deleteLater();
            if (!out.ok) {
                QMessageBox::warning(this, tr("Export Review Report"), out.error);
                return;
            }
            if (QMessageBox::question(this, tr("Export Review Report"), tr("Wrote %1. Open it?").arg(QDir::toNativeSeparators(path)))
                == QMessageBox::Yes)
                QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        });
}

QPrintPreviewDialog *MainWindow::previewReviewReport()
{
    if (!m_workspace)
        return nullptr;
    ReportOptions options;
    options.checks.range = m_range;
    auto *dialog = new QPrintPreviewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Review Report Preview"));
    dialog->resize(1000, 800);
    auto *progress = new QProgressDialog(tr("Gathering the review report…"), QString(), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    struct Outcome {
        ReviewReport report;
        QString error;
    };
    runInBackground(
        dialog, QThreadPool::globalInstance(), m_reportJobs.next(),
        [workspace = m_workspace->path(), options] {
            Outcome out;
            const bool ok = onOwnConnection(workspace, "report preview", nullptr, [&](Workspace &ws) {
                try {
                    out.report = ReviewReport::gather(ws, options);
                    return true;
                } catch (const sql::Error &e) {
                    out.error = QString::fromUtf8(e.what());
                    return false;
                }
            });
            if (!ok && out.error.isEmpty())
                out.error = tr("The workspace could not be read.");
            return out;
        },
        [this, dialog, progress](const Outcome &out) {
            progress->deleteLater();
            if (!out.error.isEmpty()) {
                dialog->close();
                QMessageBox::warning(this, tr("Review Report Preview"), out.error);
                return;
            }
            dialog->printer()->setDocName(out.report.title());
            connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [report = out.report](QPrinter *printer) {
                printer->setResolution(72); // one unit a point, as in the PDF
                report.paint(*printer);
            });
            dialog->open();
        });
    return dialog;
}

void MainWindow::addNoteAbout(const QString &subject)
{
    if (!m_workspace)
        return;
    if (m_workspace->isReadOnly()) {
        QMessageBox::information(this, tr("Add Note"), tr("This workspace is open read-only: notes cannot be kept in it."));
        return;
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Add Note"), tr("A note for the review report about\n%1").arg(subject), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    try {
        addNote(*m_workspace, subject, text.trimmed());
        statusBar()->showMessage(tr("Note kept; the review report prints it."), 5000);
    } catch (const sql::Error &e) {
        QMessageBox::warning(this, tr("Add Note"), tr("The note could not be kept: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace vpclens
