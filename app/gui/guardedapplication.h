// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's last line of defence: an exception that escapes an event handler (a damaged or busy
// workspace read in a slot, memory running out) is reported in a dialog instead of aborting the
// program with the analyst's work. Each code path catches what it expects; this catches the rest.
#pragma once

#include <QApplication>

namespace vpclens {

class GuardedApplication : public QApplication
{
    Q_OBJECT
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override;

private:
    void report(const QString &text);
    bool m_reporting = false;
};

} // namespace vpclens
