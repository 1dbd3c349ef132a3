// SPDX-License-Identifier: GPL-3.0-or-later
// How a long job (an import, the bulk explanation, building the sample) reports progress and learns it
// was cancelled; knows nothing of widgets.
#pragma once

#include <QString>

#include <atomic>

namespace vpclens {

class JobFeedback
{
public:
    virtual ~JobFeedback() = default;

    // Called from any thread (the GUI's Cancel button); the worker polls isCanceled() between files and batches.
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }

    // Called by the worker; implementations must be thread-safe and cheap. bytesDone counts the input
    // files' bytes read so far (compressed, as on disk) and never goes backwards.
    virtual void progress(qint64 bytesDone, qint64 bytesTotal, qint64 records) {}
    virtual void message(const QString &text) {}

private:
    std::atomic<bool> m_canceled{false};
};

} // namespace vpclens
