// SPDX-License-Identifier: GPL-3.0-or-later
// A modal progress dialog for an import running on a worker thread. The worker reports through the
// JobFeedback interface (atomics only); a timer reads them ten times a second, so a fast import
// never floods the event loop. Cancel sets the feedback's flag; the worker stops between batches.
#pragma once

#include "base/jobfeedback.h"

#include <QElapsedTimer>
#include <QProgressDialog>

#include <atomic>

class QTimer;

namespace vpclens {

class ImportProgressDialog : public QProgressDialog, public JobFeedback
{
    Q_OBJECT
public:
    explicit ImportProgressDialog(const QString &title, QWidget *parent = nullptr);

    void progress(qint64 bytesDone, qint64 bytesTotal, qint64 records) override;
    // The import ended: no more refreshes (a late setValue could show the dialog again over the summary).
    void finish();

private:
    void refresh();

    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<qint64> m_records{0};
    QElapsedTimer m_clock;
    QTimer *m_timer; // owned by this (QObject parent)
};

} // namespace vpclens
