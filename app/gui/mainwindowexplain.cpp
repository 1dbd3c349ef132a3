// SPDX-License-Identifier: GPL-3.0-or-later
// The flow logs against the configuration in the main window: explain on a worker after an import
// (CloudTrail changes between snapshots included), and its counts in the status bar.
#include "mainwindow.h"

#include "history/trailtimeline.h"
#include "trace/flowexplainer.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QFutureWatcher>
#include <QStatusBar>
#include <QtConcurrent>

#include <array>

namespace vpclens {

void MainWindow::explainInBackground()
{
    if (!m_workspace)
        return;
    statusBar()->showMessage(tr("Comparing the flow logs with the configuration…"));
    auto *watcher = new QFutureWatcher<ExplainResult>(this);
    connect(watcher, &QFutureWatcher<ExplainResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        statusBar()->clearMessage();
        refreshViews();
    });
    const QString wsPath = m_workspace->path();
    watcher->setFuture(QtConcurrent::run([wsPath] {
        QString error;
        auto ws = Workspace::open(wsPath, &error, false); // the worker's own connection
        ExplainResult r;
        if (!ws) {
            r.error = error;
            return r;
        }
        try {
            const auto timeline = trailTimeline(*ws); // the CloudTrail changes between snapshots
            r = explainWorkspace(*ws, nullptr, timeline.get());
        } catch (const sql::Error &e) {
            r.error = QString::fromUtf8(e.what());
        }
        return r;
    }));
}

QString MainWindow::explainSummary(const Workspace &ws)
{
    sql::Statement q(ws.handle(), "SELECT class, records FROM explain_summary ORDER BY class");
    std::array<qint64, std::size_t(ExplainClass::Count)> classes{};
    bool any = false;
    while (q.step()) {
        any = true;
        if (q.int64(0) >= 0 && q.int64(0) < qint64(classes.size()))
            classes[std::size_t(q.int64(0))] = q.int64(1);
    }
    if (!any)
        return {};
    QString text = tr("Log vs configuration: %L1 agree · %L2 logged REJECT, config accepts · %L3 logged ACCEPT, config rejects · %L4 undetermined")
                       .arg(classes[0]).arg(classes[1]).arg(classes[2]).arg(classes[3]);
    // Of those that agree, the ones a CloudTrail change since their snapshot explains.
    qint64 byChange = 0;
    for (const ChangeExplains &c : storedAgreeByChange(ws))
        byChange += c.records;
    if (byChange > 0)
        text += QStringLiteral(" · ") + tr("%L1 agree by a CloudTrail change").arg(byChange);
    return text;
}

} // namespace vpclens
