// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingspane.h"

#include "base/timetext.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
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
    , m_coverage(new QStandardItemModel(this))
    , m_coverageTree(new QTreeView)
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
    m_coverageTree->setModel(m_coverage);
    m_coverageTree->setUniformRowHeights(true);
    m_coverageTree->setAlternatingRowColors(true);
    m_coverageTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_severity);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *tabs = new QTabWidget;
    tabs->setDocumentMode(true);
    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_tree, 1);
    tabs->addTab(list, tr("Findings"));
    tabs->addTab(m_coverageTree, tr("Flow-log coverage"));
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &FindingsPane::rebuild);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *note = new QAction(tr("Add Note for the Report…"), m_tree);
    m_tree->addAction(note);
    connect(note, &QAction::triggered, this, [this] {
        const int i = m_tree->currentIndex().siblingAtColumn(0).data(kFindingRole).toInt();
        if (i >= 0 && i < m_report.findings.size())
            emit noteRequested(findingSubject(m_report.findings[i]));
    });
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
    rebuildCoverage();
}

// From the report's coverage (findings.h): one row per VPC, its flow logs, gaps and interfaces with
// SKIPDATA records below it.
void FindingsPane::rebuildCoverage()
{
    m_coverage->clear();
    m_coverage->setHorizontalHeaderLabels({tr("VPC / flow log"), tr("Traffic"), tr("Status"), tr("Interfaces logging"), tr("First record"),
                                           tr("Last record"), tr("Gaps")});
    const auto text = [](const QJsonValue &v) { return new QStandardItem(v.toString()); };
    const QJsonObject vpcs = m_report.coverage.value(QStringLiteral("vpcs")).toObject();
    const bool imported = m_report.coverage.value(QStringLiteral("flow_logs_imported")).toBool();
    for (auto it = vpcs.constBegin(); it != vpcs.constEnd(); ++it) {
        const QJsonObject v = it.value().toObject();
        const QJsonArray logs = v.value(QStringLiteral("flow_logs")).toArray();
        const QJsonArray gaps = v.value(QStringLiteral("gaps")).toArray();
        const QJsonArray skipping = v.value(QStringLiteral("skipping")).toArray();
        QStringList traffic, status;
        for (const QJsonValue &l : logs) {
            traffic << l[QStringLiteral("traffic_type")].toString();
            status << l[QStringLiteral("status")].toString();
        }
        traffic.removeDuplicates();
        status.removeDuplicates();
        const int interfaces = v.value(QStringLiteral("interfaces")).toInt(), logging = v.value(QStringLiteral("interfaces_logging")).toInt();
        qint64 gapHours = 0;
        for (const QJsonValue &g : gaps)
            gapHours += g[QStringLiteral("hours")].toInteger();
        auto *vpc = new QStandardItem(v.value(QStringLiteral("name")).toString(it.key()));
        const bool uncovered = imported && logs.isEmpty();
        // Whole coverage: logged for ALL traffic (where describe-flow-logs says), every interface seen, no gap.
        const bool partial = imported && traffic != QStringList{QStringLiteral("ALL")};
        const bool whole = !partial && gaps.isEmpty() && skipping.isEmpty() && logging == interfaces;
        vpc->setIcon(QApplication::style()->standardIcon(whole ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
        auto *span = new QStandardItem(tr("%1 of %2").arg(logging).arg(interfaces));
        span->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QList<QStandardItem *> row{vpc,
                                   new QStandardItem(uncovered ? tr("no flow log") : traffic.join(QStringLiteral(", "))),
                                   new QStandardItem(status.join(QStringLiteral(", "))),
                                   span,
                                   text(v.value(QStringLiteral("first_seen"))),
                                   text(v.value(QStringLiteral("last_seen"))),
                                   new QStandardItem(gaps.isEmpty() ? tr("none") : tr("%n gap(s), %1 h", nullptr, int(gaps.size())).arg(gapHours))};
        for (const QJsonValue &l : logs) {
            const int seconds = l[QStringLiteral("aggregation_seconds")].toInt();
            auto *log = new QStandardItem(tr("%1 on %2").arg(l[QStringLiteral("id")].toString(), l[QStringLiteral("resource")].toString()));
            log->setToolTip(l[QStringLiteral("format")].toString());
            vpc->appendRow({log, text(l[QStringLiteral("traffic_type")]),
                            new QStandardItem(tr("%1, delivery %2").arg(l[QStringLiteral("status")].toString(), l[QStringLiteral("delivery")].toString())),
                            new QStandardItem(seconds ? tr("to %1, every %2 s").arg(l[QStringLiteral("destination")].toString()).arg(seconds)
                                                      : l[QStringLiteral("destination")].toString())});
        }
        for (const QJsonValue &g : gaps)
            vpc->appendRow({new QStandardItem(tr("no records from any interface")), new QStandardItem, new QStandardItem, new QStandardItem,
                            text(g[QStringLiteral("from")]), text(g[QStringLiteral("to")]),
                            new QStandardItem(tr("%n h", nullptr, g[QStringLiteral("hours")].toInt()))});
        if (!skipping.isEmpty()) {
            QStringList enis;
            for (const QJsonValue &e : skipping)
                enis << e.toString();
            auto *skipped = new QStandardItem(tr("SKIPDATA records on %n interface(s)", nullptr, int(enis.size())));
            skipped->setToolTip(enis.join(QLatin1Char('\n')));
            vpc->appendRow(skipped);
        }
        m_coverage->appendRow(row);
    }
    m_coverageTree->expandAll();
    m_coverageTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
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
