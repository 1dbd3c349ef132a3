// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedapplication.h"

#include <QMessageBox>
#include <QTimer>

#include <exception>
#include <new>

namespace vpclens {

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const std::bad_alloc &) {
        report(tr("VpcLens ran out of memory for that step; it was stopped. Close other views or work on a smaller time range."));
    } catch (const std::exception &e) {
        report(tr("That step stopped: %1\n\nThe workspace may be damaged, or another program holds it. Nothing was changed by the "
                  "step that stopped.").arg(QString::fromUtf8(e.what())));
    }
    return false;
}

void GuardedApplication::report(const QString &text)
{
    if (m_reporting) // one dialog at a time; further errors while it shows are the same cause
        return;
    m_reporting = true;
    QTimer::singleShot(0, this, [this, text] {
        QMessageBox::critical(activeWindow(), tr("VpcLens"), text);
        m_reporting = false;
    });
}

} // namespace vpclens
