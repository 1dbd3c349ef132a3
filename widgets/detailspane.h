// SPDX-License-Identifier: GPL-3.0-or-later
// Shows the selected resource in a readable form (topology/resourcedetails.h) with its raw JSON, as the
// AWS CLI exported it, one tab away; or the selected record's details as a tree of decoded fields
// (query/recorddetails.h). A field's value can be applied as a filter.
#pragma once

#include "query/filterclause.h"
#include "query/recorddetails.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace vpclens {

class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);
    // items: the readable form; empty shows the JSON alone.
    void showResource(const QString &title, const QByteArray &rawJson, const QList<DetailItem> &items = {});
    void showRecord(const QString &title, const QList<DetailItem> &items);
    void clear();
    QTreeWidget *recordTree() const { return m_record; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void clauseChosen(const QString &clause, FilterJoin how, bool run); // a field's Apply / Prepare as Filter

private:
    void fillTree(const QList<DetailItem> &items);

    QLabel *m_title;        // owned by the layout
    QTabWidget *m_tabs;     // owned by the layout: the tree, then the JSON
    QPlainTextEdit *m_json; // owned by the layout
    QTreeWidget *m_record;  // owned by the tabs: a record's or a resource's details
    bool m_jsonChosen = false; // the analyst last looked at a resource's JSON: the next one opens there
    QSet<QString> m_collapsed; // the sections the analyst closed stay closed from record to record
};

} // namespace vpclens
