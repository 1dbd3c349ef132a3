// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's imports: File > Import (folders or files: topology, flow logs, CloudTrail, packet
// captures), drag and drop, the worker and its dialog.
#include "importlogdialog.h"
#include "history/trailimporter.h"
#include "history/trailreader.h"
#include "importprogressdialog.h"
#include "capture/capturefile.h"
#include "ingest/captureimporter.h"
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "mainwindow.h"
#include "overlay/overlaycache.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>

namespace vpclens {

namespace {

constexpr auto kImportDirKey = "importDirectory"; // where the last import was chosen from

// Asks for a folder (fileFilter empty) or for files, starting where the last import was chosen;
// remembers where this one was. Empty when the user cancelled.
QStringList chooseImportPaths(QWidget *parent, const QString &title, const QString &fileFilter = {})
{
    const QString start = QSettings().value(QLatin1String(kImportDirKey), QDir::homePath()).toString();
    QStringList chosen;
    if (fileFilter.isEmpty()) {
        if (const QString dir = QFileDialog::getExistingDirectory(parent, title, start); !dir.isEmpty())
            chosen.append(dir);
    } else {
        chosen = QFileDialog::getOpenFileNames(parent, title, start, fileFilter);
    }
    if (!chosen.isEmpty()) {
        const QFileInfo fi(chosen.first());
        QSettings().setValue(QLatin1String(kImportDirKey), fi.isDir() ? fi.absoluteFilePath() : fi.absolutePath());
    }
    return chosen;
}

} // namespace

void MainWindow::importTopology()
{
    if (const QStringList paths = chooseImportPaths(this, tr("Import Topology: choose a folder of AWS CLI exports")); !paths.isEmpty())
        importPaths(paths, true, false);
}

void MainWindow::importTopologyFiles()
{
    const QStringList paths = chooseImportPaths(this, tr("Import Topology: choose AWS CLI exports"), tr("AWS CLI exports (*.json);;All files (*)"));
    if (!paths.isEmpty())
        importPaths(paths, true, false);
}

void MainWindow::importFlowLogs()
{
    const QStringList paths = chooseImportPaths(this, tr("Import Flow Logs: choose a folder (an S3 download or CloudWatch exports)"));
    if (!paths.isEmpty())
        importPaths(paths, false, true);
}

void MainWindow::importFlowLogFiles()
{
    const QStringList paths = chooseImportPaths(this, tr("Import Flow Logs: choose files"),
                                                tr("Flow logs (*.log.gz *.log *.gz *.txt *.json);;All files (*)"));
    if (!paths.isEmpty())
        importPaths(paths, false, true);
}

void MainWindow::importCloudTrail()
{
    if (const QStringList paths = chooseImportPaths(this, tr("Import CloudTrail: choose a folder (an S3 download of the trail)")); !paths.isEmpty())
        importPaths(ImportRequest{{}, {}, paths, {}});
}

void MainWindow::importCaptures()
{
    const QStringList paths = chooseImportPaths(this, tr("Import Packet Captures: choose files (from a traffic-mirror target or tcpdump)"),
                                                tr("Packet captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)"));
    if (!paths.isEmpty())
        importPaths(ImportRequest{{}, {}, {}, paths});
}

void MainWindow::importCloudTrailFiles()
{
    const QStringList paths = chooseImportPaths(this, tr("Import CloudTrail: choose files"),
                                                tr("CloudTrail (*.json *.json.gz *.jsonl *.ndjson);;All files (*)"));
    if (!paths.isEmpty())
        importPaths(ImportRequest{{}, {}, paths, {}});
}

void MainWindow::showImportLog(int tab)
{
    if (!m_workspace) {
        QMessageBox::information(this, tr("Import Log"), tr("Create or open a workspace first."));
        return;
    }
    if (!m_importLog) {
        m_importLog = new ImportLogDialog(*m_workspace, this);
        m_importLog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_importLog->reload(*m_workspace);
    }
    m_importLog->showTab(ImportLogDialog::Tab(tab));
    m_importLog->show();
    m_importLog->raise();
}

void MainWindow::importPaths(const ImportRequest &request)
{
    const bool topology = !request.topology.isEmpty(), flows = !request.flows.isEmpty(), trail = !request.cloudtrail.isEmpty();
    const bool captures = !request.captures.isEmpty();
    if (!m_workspace) {
        QMessageBox::information(this, tr("Import"), tr("Create or open a workspace first."));
        return;
    }
    struct Outcome {
        TopologyImportResult topology;
        FlowImportResult flows;
        TrailImportResult trail;
        CaptureImportResult captures;
        QString error;
    };
    const QString title = flows                   ? tr("Importing flow logs")
                          : captures && !topology ? tr("Importing packet captures")
                          : trail && !topology    ? tr("Importing CloudTrail")
                                                  : tr("Importing topology");
    auto *dialog = new ImportProgressDialog(title, this);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    const QString wsPath = m_workspace->path();
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, dialog] {
        const Outcome r = watcher->result();
        watcher->deleteLater();
        dialog->finish(); // not behind the summary: deleteLater waits for the summary's own event loop to end
        dialog->deleteLater();
        refreshViews(); // the Import Log too
        if (r.flows.filesImported > 0 || r.topology.snapshotId > 0 || r.trail.added > 0)
            explainInBackground();
        QStringList lines;
        if (!r.error.isEmpty())
            lines << r.error;
        if (r.topology.unchanged)
            lines << tr("Topology: %n file(s) read, unchanged since snapshot %1: no new snapshot.", nullptr, r.topology.filesRead).arg(r.topology.snapshotId);
        else if (r.topology.filesRead > 0 || !r.topology.errors.isEmpty())
            lines << tr("Topology: %n file(s) read, %1 resources stored.", nullptr, r.topology.filesRead).arg(r.topology.resources);
        if (r.flows.filesImported + r.flows.filesSkipped + r.flows.filesFailed > 0)
            lines << tr("Flow logs: %n file(s) imported, %L1 records, %L2 bad lines, %L3 files skipped as duplicates, %L4 failed.", nullptr,
                        r.flows.filesImported).arg(r.flows.records).arg(r.flows.badLines).arg(r.flows.filesSkipped).arg(r.flows.filesFailed);
        if (r.trail.filesRead > 0 || !r.trail.errors.isEmpty())
            lines << tr("CloudTrail: %n file(s), %L1 network changes (%L2 new, %L3 failed, %L4 not applied), %L5 other events counted apart, "
                        "%L6 bad records.", nullptr, r.trail.filesRead)
                         .arg(r.trail.changes).arg(r.trail.added).arg(r.trail.failed).arg(r.trail.notApplied)
                         .arg(std::accumulate(r.trail.otherEvents.cbegin(), r.trail.otherEvents.cend(), qint64(0)))
                         .arg(r.trail.problems.size());
        if (r.captures.filesImported + r.captures.filesSkipped + r.captures.filesFailed > 0)
            lines << tr("Packet captures: %n file(s) imported, %L1 frames, %L2 flows, %L3 files skipped as duplicates, %L4 failed.", nullptr,
                        r.captures.filesImported).arg(r.captures.frames).arg(r.captures.flows).arg(r.captures.filesSkipped).arg(r.captures.filesFailed);
        if (r.flows.canceled || r.trail.canceled || r.captures.canceled)
            lines << tr("Cancelled: the files finished before cancelling were kept.");
        const bool problems = !r.error.isEmpty() || !r.topology.errors.isEmpty() || r.flows.badLines > 0 || r.flows.filesFailed > 0
                              || !r.trail.errors.isEmpty() || !r.trail.problems.isEmpty() || r.captures.filesFailed > 0
                              || std::any_of(r.captures.files.cbegin(), r.captures.files.cend(),
                                             [](const CaptureFileReport &f) { return f.truncated + f.malformed > 0 || !f.message.isEmpty(); })
                              || std::any_of(r.flows.files.cbegin(), r.flows.files.cend(), [](const FlowFileReport &f) { return !f.message.isEmpty(); });
        QMessageBox box(problems ? QMessageBox::Warning : QMessageBox::Information, tr("Import"), lines.join(QLatin1Char('\n')), QMessageBox::Ok, this);
        const QStringList details = r.topology.errors + r.topology.warnings + r.topology.skipped + r.flows.messages + r.trail.errors + r.trail.problems
                                    + r.captures.messages;
        if (!details.isEmpty())
            box.setDetailedText(details.mid(0, 500).join(QLatin1Char('\n')));
        // Every bad line with its file and line number stays in the workspace: the Import Log lists them.
        QPushButton *log = problems && m_workspace ? box.addButton(tr("Show Problems…"), QMessageBox::ActionRole) : nullptr;
        box.exec();
        if (log && box.clickedButton() == log)
            showImportLog(ImportLogDialog::ProblemsTab);
    });
    dialog->show();
    watcher->setFuture(QtConcurrent::run([wsPath, request, topology, flows, trail, captures, dialog] {
        Outcome out;
        QString error;
        auto ws = Workspace::open(wsPath, &error, false); // the worker's own connection
        if (!ws) {
            out.error = error;
            return out;
        }
        try {
            if (topology)
                out.topology = vpclens::importTopology(*ws, request.topology, {}, dialog);
            if (trail && !dialog->isCanceled())
                out.trail = vpclens::importCloudTrail(*ws, request.cloudtrail, dialog);
            if (flows && !dialog->isCanceled())
                out.flows = vpclens::importFlowLogs(*ws, request.flows, {}, dialog);
            if (captures && !dialog->isCanceled())
                out.captures = vpclens::importCaptures(*ws, request.captures, {}, dialog);
            out.topology.warnings += ws->snapshotTimeWarnings();
            if (out.topology.snapshotId > 0 || out.flows.filesImported > 0)
                warmOpeningCaches(*ws); // before the explanation takes the write lock
        } catch (const sql::Error &e) {
            out.error = QString::fromUtf8(e.what());
        }
        return out;
    }));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // CloudTrail (its S3 objects, a folder named so, or a file that reads as a trail) goes to the
    // changes; JSON exports to the topology; everything else that looks like a flow log to the flows.
    // Packet captures (by their magic number, or a folder holding some) go to the captures as well.
    ImportRequest request;
    QStringList rest;
    for (const QString &p : std::as_const(paths)) {
        if (QFileInfo(p).isFile() && CaptureFile::looksLikeCapture(p)) {
            request.captures << p;
            continue;
        }
        if (QFileInfo(p).isDir() && !collectCaptureFiles({p}).isEmpty())
            request.captures << p;
        (looksLikeCloudTrail(p) ? request.cloudtrail : rest) << p;
    }
    bool anyJson = !collectJsonFiles(rest).isEmpty();
    bool anyLogs = false;
    for (const QString &f : collectFlowLogFiles(rest))
        anyLogs = anyLogs || !f.endsWith(QLatin1String(".json"));
    if (!rest.isEmpty() && (anyJson || anyLogs || request.captures.isEmpty())) {
        if (anyJson)
            request.topology = rest;
        if (anyLogs || !anyJson)
            request.flows = rest;
    }
    importPaths(request);
}

} // namespace vpclens
