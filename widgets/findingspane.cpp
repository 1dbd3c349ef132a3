// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingspane.h"

#include "base/timetext.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <map>

namespace vpclens {
namespace {

constexpr int kFindingRole = Qt::UserRole + 1; // the finding's index in the report; -1 on a group row

QIcon severityIcon(Severity s)
{
    const QStyle::StandardPixmap pixmap = s == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                          : s == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                   : QStyle::SP_MessageBoxInformation;
    return QApplication::style()->standardIcon(pixmap);
}

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Error: return FindingsPane::tr("Error");
    case Severity::Warning: return FindingsPane::tr("Warning");
    case Severity::Note: return FindingsPane::tr("Note");
    }
    return {};
}

} // namespace

FindingsPane::FindingsPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_severity(new QComboBox)
    , m_tree(new QTreeView)
    , m_status(new QLabel)
{
    m_severity->addItem(tr("All severities"), -1);
    m_severity->addItem(tr("Errors"), int(Severity::Error));
    m_severity->addItem(tr("Errors and warnings"), int(Severity::Warning));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_status->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_severity);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &FindingsPane::rebuild);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const int i = index.siblingAtColumn(0).data(kFindingRole).toInt();
        if (i >= 0 && i < m_report.findings.size())
            emit findingActivated(m_report.findings[i]);
    });
    rebuild();
}

void FindingsPane::setReport(FindingsReport report)
{
    m_report = std::move(report);
    rebuild();
}

void FindingsPane::clear()
{
    setReport({});
}

std::optional<Severity> FindingsPane::highest() const
{
    std::optional<Severity> out;
    for (const Finding &f : m_report.findings)
        if (!out || f.severity > *out)
            out = f.severity;
    return out;
}

QString FindingsPane::countsText() const
{
    int counts[3] = {0, 0, 0};
    for (const Finding &f : m_report.findings)
        ++counts[int(f.severity)];
    QStringList parts;
    if (counts[2])
        parts << tr("%n error(s)", nullptr, counts[2]);
    if (counts[1])
        parts << tr("%n warning(s)", nullptr, counts[1]);
    if (counts[0])
        parts << tr("%n note(s)", nullptr, counts[0]);
    return parts.join(QStringLiteral(", "));
}

void FindingsPane::rebuild()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Finding"), tr("Severity"), tr("Records"), tr("Rule"), tr("Resources"), tr("Last seen")});
    const int minimum = m_severity->currentData().toInt();
    // One group per check, most severe first (the report's order), each with its count.
    std::map<std::pair<int, QString>, QStandardItem *> groups;
    for (qsizetype i = 0; i < m_report.findings.size(); ++i) {
        const Finding &f = m_report.findings[i];
        if (int(f.severity) < minimum)
            continue;
        QStandardItem *&group = groups[{-int(f.severity), f.check}];
        if (!group) {
            group = new QStandardItem(severityIcon(f.severity), f.check);
            group->setData(-1, kFindingRole);
            m_model->appendRow({group, new QStandardItem(severityText(f.severity)), new QStandardItem, new QStandardItem, new QStandardItem,
                                new QStandardItem});
        }
        auto *summary = new QStandardItem(f.summary);
        summary->setData(int(i), kFindingRole);
        QString tip = f.summary;
        if (!f.evidence.filter.isEmpty())
            tip += tr("\n\nEvidence: %1").arg(f.evidence.filter);
        if (const QJsonObject r = f.evidence.example.value(QStringLiteral("record")).toObject(); !r.isEmpty())
            tip += tr("\nFirst record: %1 %2 -> %3 port %4 %5 (traced when you open it)")
                       .arg(r.value(QStringLiteral("start")).toString(), r.value(QStringLiteral("srcaddr")).toString(),
                            r.value(QStringLiteral("dstaddr")).toString())
                       .arg(r.value(QStringLiteral("dstport")).toInt())
                       .arg(r.value(QStringLiteral("action")).toString());
        summary->setToolTip(tip);
        auto *records = new QStandardItem(f.evidence.records ? QLocale().toString(f.evidence.records) : QString());
        records->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        group->appendRow({summary, new QStandardItem(severityText(f.severity)), records, new QStandardItem(f.rule),
                          new QStandardItem(f.resources.join(QStringLiteral(", "))),
                          new QStandardItem(f.evidence.lastSeen ? formatTime(f.evidence.lastSeen, false) : QString())});
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *group = m_model->item(row);
        group->setText(QStringLiteral("%1 (%2)").arg(group->text()).arg(group->rowCount()));
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 520);
    const QString counts = countsText();
    if (m_report.findings.isEmpty())
        m_status->setText(tr("No findings yet: they appear once a topology is imported."));
    else
        m_status->setText((counts + (m_report.explained ? QString() : tr(". The records have not all been explained since the last import: "
                                                                          "no rule is called unused.")))
                          + tr(" Double-click a finding for its evidence."));
}

} // namespace vpclens
