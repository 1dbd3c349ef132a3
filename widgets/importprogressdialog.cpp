// SPDX-License-Identifier: GPL-3.0-or-later
#include "importprogressdialog.h"

#include <QLocale>
#include <QTimer>

#include <limits>

namespace vpclens {

ImportProgressDialog::ImportProgressDialog(const QString &title, QWidget *parent)
    : QProgressDialog(parent)
    , m_timer(new QTimer(this))
{
    setWindowTitle(title);
    setLabelText(tr("Preparing…"));
    setRange(0, 1000);
    setMinimumDuration(300);
    setWindowModality(Qt::WindowModal);
    setAutoClose(false);
    setAutoReset(false);
    connect(this, &QProgressDialog::canceled, this, [this] {
        JobFeedback::cancel();
        setLabelText(tr("Cancelling after the current file…"));
    });
    connect(m_timer, &QTimer::timeout, this, &ImportProgressDialog::refresh);
    m_timer->start(100);
    m_clock.start();
}

void ImportProgressDialog::progress(qint64 bytesDone, qint64 bytesTotal, qint64 records)
{
    m_done.store(bytesDone, std::memory_order_relaxed);
    m_total.store(bytesTotal, std::memory_order_relaxed);
    m_records.store(records, std::memory_order_relaxed);
}

void ImportProgressDialog::finish()
{
    m_timer->stop();
    setMinimumDuration(std::numeric_limits<int>::max()); // QProgressDialog shows itself late otherwise
    hide();
}

void ImportProgressDialog::refresh()
{
    if (isCanceled())
        return;
    const qint64 done = m_done.load(std::memory_order_relaxed);
    const qint64 total = m_total.load(std::memory_order_relaxed);
    const qint64 records = m_records.load(std::memory_order_relaxed);
    if (total <= 0)
        return;
    setValue(int(1000 * double(done) / double(total)));
    const double secs = std::max(0.001, m_clock.elapsed() / 1000.0);
    const QLocale locale;
    QString text = tr("%1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total));
    if (records > 0)
        text += QLatin1Char('\n') + tr("%1 records, %2 records/s").arg(locale.toString(records), locale.toString(qint64(records / secs)));
    if (done > 0 && done < total) {
        const qint64 left = qint64(secs * double(total - done) / double(done));
        text += QLatin1Char('\n') + (left < 1 ? tr("Less than a second left") : tr("About %n second(s) left", nullptr, int(left)));
    }
    setLabelText(text);
}

} // namespace vpclens
