// SPDX-License-Identifier: GPL-3.0-or-later
// Shows the selected resource (its kind, id, name and raw JSON as exported by the AWS CLI) or the
// selected record's details as a tree of decoded fields (query/recorddetails.h).
#pragma once

#include "query/filterclause.h"
#include "query/recorddetails.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace vpclens {

class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);
    void showResource(const QString &title, const QByteArray &rawJson);
    void showRecord(const QString &title, const QList<DetailItem> &items);
    void clear();
    QTreeWidget *recordTree() const { return m_record; }

signals:
    void clauseChosen(const QString &clause, FilterJoin how, bool run); // a field's Apply / Prepare as Filter

private:
    QLabel *m_title;        // owned by the layout
    QPlainTextEdit *m_json; // owned by the layout
    QTreeWidget *m_record;  // owned by the layout; shown instead of the JSON for a record
    QSet<QString> m_collapsed; // the sections the analyst closed stay closed from record to record
};

} // namespace vpclens
