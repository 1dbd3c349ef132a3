// SPDX-License-Identifier: GPL-3.0-or-later
// One line of a details tree (a record's, a resource's): a field, its value, what it holds, and the
// filter clause that keeps the records sharing the value (Apply as Filter), where there is one.
#pragma once

#include <QList>
#include <QString>

namespace vpclens {

struct DetailItem {
    DetailItem() = default;
    DetailItem(QString field_, QString value_, QList<DetailItem> children_ = {}, QString filter_ = {})
        : field(std::move(field_)), value(std::move(value_)), children(std::move(children_)), filter(std::move(filter_))
    {
    }
    QString field, value;
    QList<DetailItem> children;
    QString filter; // the clause keeping the records with this value (query/filterclause.h); empty: none
};

} // namespace vpclens
