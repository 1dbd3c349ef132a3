// SPDX-License-Identifier: GPL-3.0-or-later
#include "filtermenu.h"

#include <QCoreApplication>
#include <QMenu>

namespace vpclens {

void addFilterMenus(QMenu &menu, const QString &clause, const ClauseChosen &chosen)
{
    const std::pair<FilterJoin, const char *> joins[] = {
        {FilterJoin::Selected, QT_TRANSLATE_NOOP("FilterMenu", "Selected")},
        {FilterJoin::NotSelected, QT_TRANSLATE_NOOP("FilterMenu", "Not Selected")},
        {FilterJoin::AndSelected, QT_TRANSLATE_NOOP("FilterMenu", "…and Selected")},
        {FilterJoin::OrSelected, QT_TRANSLATE_NOOP("FilterMenu", "…or Selected")},
        {FilterJoin::AndNotSelected, QT_TRANSLATE_NOOP("FilterMenu", "…and not Selected")},
        {FilterJoin::OrNotSelected, QT_TRANSLATE_NOOP("FilterMenu", "…or not Selected")},
    };
    for (const bool apply : {true, false}) {
        QMenu *sub = menu.addMenu(apply ? QCoreApplication::translate("FilterMenu", "Apply as Filter")
                                        : QCoreApplication::translate("FilterMenu", "Prepare as Filter"));
        sub->setEnabled(!clause.isEmpty());
        sub->setToolTip(clause);
        sub->setToolTipsVisible(true);
        for (const auto &join : joins) { // no structured binding: clang 14 cannot capture one
            const FilterJoin how = join.first;
            QAction *a = sub->addAction(QCoreApplication::translate("FilterMenu", join.second));
            QObject::connect(a, &QAction::triggered, &menu, [chosen, how, apply] { chosen(how, apply); });
        }
    }
}

} // namespace vpclens
