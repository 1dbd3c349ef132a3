// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaydialog.h"

#include "base/protocols.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vpclens {

ReplayDialog::ReplayDialog(const QString &against, const ReplayResult &result, QWidget *parent)
    : QDialog(parent)
    , m_flips(new QTreeWidget)
    , m_result(result.flips)
{
    setWindowTitle(tr("Replay against %1").arg(against));
    auto *summary = new QLabel(result.flips.isEmpty()
                                   ? tr("%L1 connections seen in the period replayed against %2: none changes its verdict.").arg(result.connections).arg(against)
                                   : tr("%L1 connections seen in the period replayed against %2: %n would change their verdict.", nullptr,
                                        int(result.flips.size())).arg(result.connections).arg(against));
    summary->setWordWrap(true);
    m_flips->setObjectName(QStringLiteral("replayFlips"));
    m_flips->setHeaderLabels({tr("Verdict"), tr("Client"), tr("Server"), tr("Connections"), tr("Rule responsible")});
    m_flips->setAlternatingRowColors(true);
    for (qsizetype i = 0; i < result.flips.size(); ++i) {
        const ReplayFlip &f = result.flips[i];
        const QString protocol = protocolShortName(f.protocol);
        const QString server = f.port >= 0 && (f.protocol == 6 || f.protocol == 17) ? QStringLiteral("%1:%2 %3").arg(f.server).arg(f.port).arg(protocol)
                                                                                     : QStringLiteral("%1 %2").arg(f.server, protocol);
        auto *item = new QTreeWidgetItem({QStringLiteral("%1 → %2").arg(f.from, f.to), f.client, server, QLocale().toString(f.connections), f.rule});
        item->setForeground(0, f.to == QLatin1String("REJECT") ? QColor(0xb9, 0x1c, 0x1c) : QColor(0x15, 0x80, 0x3d));
        item->setData(0, Qt::UserRole, int(i));
        m_flips->addTopLevelItem(item);
        for (const QString &hop : f.trace) {
            auto *child = new QTreeWidgetItem(item, {hop});
            child->setFirstColumnSpanned(true); // a hop reads as one line across the columns
        }
    }
    for (int c = 0; c < 4; ++c)
        m_flips->resizeColumnToContents(c);
    connect(m_flips, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        while (item->parent())
            item = item->parent();
        emit flipActivated(m_result.value(item->data(0, Qt::UserRole).toInt()));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_flips, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

} // namespace vpclens
