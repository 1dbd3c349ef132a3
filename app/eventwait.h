// SPDX-License-Identifier: GPL-3.0-or-later
// Driving the main window from code (the GUI benchmark, the screenshot tour): run the event loop
// until something has happened.
#pragma once

#include <QApplication>
#include <QElapsedTimer>

namespace vpclens {

// Runs the event loop until the condition holds (or 60 s pass), then settleMs longer so deferred
// paints land; returns the milliseconds until the condition held.
template <typename Condition>
qint64 waitFor(Condition done, int settleMs = 0)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 took = t.elapsed();
    t.restart();
    while (t.elapsed() < settleMs)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    return took;
}

} // namespace vpclens
