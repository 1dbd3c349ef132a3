// SPDX-License-Identifier: GPL-3.0-or-later
#include "warningnotices.h"

#include <QMetaObject>
#include <QStatusBar>

#include <mutex>

namespace vpclens {
namespace {

// The one installed notice target and the handler it replaced. The handler runs on any thread and
// only posts the text to the target's thread, under the lock its destructor takes to clear it.
std::mutex lock;
WarningNotices *current = nullptr;
QtMessageHandler previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (previous)
        previous(type, context, message);
    if (type != QtWarningMsg && type != QtCriticalMsg)
        return;
    if (!context.category || qstrncmp(context.category, "vpclens.", 8) != 0)
        return;
    const std::lock_guard guard(lock);
    if (current)
        QMetaObject::invokeMethod(current, "show", Qt::QueuedConnection, Q_ARG(QString, message));
}

} // namespace

WarningNotices::WarningNotices(QStatusBar *bar) : QObject(bar)
{
    {
        const std::lock_guard guard(lock);
        current = this;
    }
    QtMessageHandler replaced = qInstallMessageHandler(handler);
    if (replaced != handler)
        previous = replaced;
}

WarningNotices::~WarningNotices()
{
    const std::lock_guard guard(lock);
    if (current == this)
        current = nullptr;
}

void WarningNotices::show(const QString &text)
{
    auto *bar = static_cast<QStatusBar *>(parent());
    bar->showMessage(tr("Problem: %1").arg(text), 10000);
}

} // namespace vpclens
