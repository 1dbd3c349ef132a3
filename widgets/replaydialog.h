// SPDX-License-Identifier: GPL-3.0-or-later
// What a replay found: the connections whose verdict another configuration flips, both ways, with
// the rule responsible and, under each, its trace where it is refused. Activating one asks for its
// records.
#pragma once

#include "history/replay.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace vpclens {

class ReplayDialog : public QDialog
{
    Q_OBJECT
public:
    ReplayDialog(const QString &against, const ReplayResult &result, QWidget *parent = nullptr);
    QTreeWidget *flipList() const { return m_flips; }

signals:
    void flipActivated(const ReplayFlip &flip);

private:
    QTreeWidget *m_flips;
    QList<ReplayFlip> m_result;
};

} // namespace vpclens
