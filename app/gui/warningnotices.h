// SPDX-License-Identifier: GPL-3.0-or-later
// What the core and the views log as a warning (categories vpclens.*: a chart that could not be read,
// a count that failed) shown in the status bar, from whichever thread logged it, so a view that stays
// empty says why. Everything logged still goes where it went before (the terminal, the journal).
#pragma once

#include <QObject>

class QStatusBar;

namespace vpclens {

// While it lives, warnings show in `bar` for ten seconds; one at a time (the newest wins).
class WarningNotices : public QObject
{
    Q_OBJECT

public:
    explicit WarningNotices(QStatusBar *bar);
    ~WarningNotices() override;

private:
    Q_INVOKABLE void show(const QString &text); // on the status bar's thread
};

} // namespace vpclens
