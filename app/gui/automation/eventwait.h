// SPDX-License-Identifier: GPL-3.0-or-later
// Driving the main window from code (the GUI benchmark, the screenshot tour): run the event loop
// until something has happened.
#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace vpclens {

// Runs the event loop until the condition holds (or 60 s pass), then settleMs longer so deferred
// paints land; returns the milliseconds until the condition held. The loop sleeps between events,
// as the application's does (a 2 ms tick wakes it to look again), so background threads get the
// cores they would get in use.
template <typename Condition>
qint64 waitFor(Condition done, int settleMs = 0)
{
    QTimer tick;
    tick.start(2);
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    const qint64 took = t.elapsed();
    t.restart();
    while (t.elapsed() < settleMs)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    return took;
}

} // namespace vpclens
