// SPDX-License-Identifier: GPL-3.0-or-later
// The Findings view, in the spirit of Wireshark's Expert Info: the review's findings grouped by check,
// with severity icons and counts, filtered by severity. Activating a finding asks for its evidence in
// the flow table and its first resource in the resource tree. A second tab shows the flow-log coverage
// every "unused" stands on: per VPC its flow logs, interfaces seen logging, time span and gaps.
#pragma once

#include "findings/findings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTreeView;

namespace vpclens {

class FindingsPane : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPane(QWidget *parent = nullptr);
    void setReport(FindingsReport report);
    void clear();
    QTreeView *tree() const { return m_tree; }
    QTreeView *coverageTree() const { return m_coverageTree; }
    const FindingsReport &report() const { return m_report; }
    // "2 errors, 5 warnings, 30 notes", or empty when there are none.
    QString countsText() const;
    std::optional<Severity> highest() const;

signals:
    void findingActivated(const Finding &finding);
    void noteRequested(const QString &subject); // "Add Note…" on a finding (findingSubject)

private:
    void rebuild();
    void rebuildCoverage();

    FindingsReport m_report;
    QStandardItemModel *m_model;
    QComboBox *m_severity;
    QTreeView *m_tree;
    QStandardItemModel *m_coverage;
    QTreeView *m_coverageTree;
    QLabel *m_status;
};

} // namespace vpclens
