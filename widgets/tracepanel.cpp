// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracepanel.h"

#include "base/ipaddress.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vpclens {

TracePanel::TracePanel(QWidget *parent)
    : QWidget(parent)
    , m_source(new QLineEdit(this))
    , m_destination(new QLineEdit(this))
    , m_protocol(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_verdict(new QLabel(this))
    , m_snapshot(new QLabel(this))
    , m_hops(new QTreeWidget(this))
{
    m_source->setPlaceholderText(tr("IP address, eni-… or i-…"));
    m_destination->setPlaceholderText(tr("IP address, eni-… or i-…"));
    m_protocol->addItems({QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp"), QStringLiteral("icmpv6")});
    m_port->setRange(0, 65535);
    m_port->setValue(443);
    m_port->setToolTip(tr("Destination port; for ICMP the type (8 = echo request)"));
    auto *traceButton = new QPushButton(tr("&Trace"), this);
    traceButton->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Destination:"), m_destination);
    auto *protoRow = new QHBoxLayout;
    protoRow->addWidget(m_protocol);
    protoRow->addWidget(m_port, 1);
    protoRow->addWidget(traceButton);
    form->addRow(tr("Protocol, port:"), protoRow);

    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setMargin(6);
    m_hops->setColumnCount(4);
    m_hops->setHeaderLabels({tr("Hop"), tr("Component"), tr("Rule"), tr("Result")});
    m_hops->setRootIsDecorated(true);
    m_hops->setUniformRowHeights(true);
    // A note about the trace shown, for the review report.
    m_hops->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *note = new QAction(tr("Add Note for the Report…"), m_hops);
    m_hops->addAction(note);
    connect(note, &QAction::triggered, this, [this] {
        if (!m_traced.isEmpty())
            emit noteRequested(QStringLiteral("trace %1").arg(m_traced));
    });
    m_hops->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_snapshot->setWordWrap(true);
    m_snapshot->setStyleSheet(QStringLiteral("color: palette(dark); font-style: italic;"));
    m_snapshot->hide();
    layout->addWidget(m_snapshot);
    layout->addWidget(m_verdict);
    layout->addWidget(m_hops, 1);

    for (QLineEdit *edit : {m_source, m_destination})
        connect(edit, &QLineEdit::returnPressed, this, &TracePanel::runTrace);
    connect(traceButton, &QPushButton::clicked, this, &TracePanel::runTrace);
    connect(m_protocol, &QComboBox::currentTextChanged, this, [this](const QString &p) {
        if (p == QLatin1String("icmp") || p == QLatin1String("icmpv6"))
            m_port->setValue(p == QLatin1String("icmp") ? 8 : 128); // echo request
    });
    connect(m_hops, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(1, Qt::UserRole).toString();
        if (!id.isEmpty())
            emit componentActivated(id);
    });
    setEstate(nullptr);
}

TracePanel::~TracePanel() = default;

QString TracePanel::snapshotNote() const
{
    return m_snapshot->text();
}

void TracePanel::setEstate(std::shared_ptr<const Estate> estate, const QString &snapshotNote)
{
    m_snapshot->setText(snapshotNote);
    m_snapshot->setHidden(snapshotNote.isEmpty());
    m_estate = std::move(estate);
    m_hops->clear();
    m_verdict->setText(m_estate ? tr("Pick two endpoints and a port, then Trace.") : tr("Open a workspace to trace flows."));
    m_verdict->setStyleSheet({});
    setEnabled(m_estate != nullptr);
}

void TracePanel::traceFlow(const QString &source, const QString &destination, const QString &protocol, int port, const QString &logged)
{
    m_logged = logged;
    m_source->setText(source);
    m_destination->setText(destination);
    m_protocol->setCurrentText(protocol);
    m_port->setValue(port);
    runTrace();
}

void TracePanel::showUntraceable(const QString &why)
{
    m_logged.clear();
    m_traced.clear();
    m_source->clear();
    m_destination->clear();
    m_hops->clear();
    m_verdict->setText(why);
    m_verdict->setStyleSheet(QStringLiteral("color: palette(text);"));
}

QString TracePanel::verdictText() const
{
    return m_verdict->text();
}

void TracePanel::runTrace()
{
    if (!m_estate)
        return;
    const auto ends = m_estate->resolveEndpoints(m_source->text(), m_destination->text());
    if (!ends) {
        m_hops->clear();
        m_logged.clear();
        m_traced.clear();
        m_verdict->setText(tr("Source and destination must be IP addresses of one family or known eni-/i- ids."));
        m_verdict->setStyleSheet(QStringLiteral("color: palette(text);"));
        return;
    }
    Packet p;
    std::tie(p.src, p.dst) = *ends;
    m_traced = QStringLiteral("%1 -> %2 %3 %4").arg(m_source->text().trimmed(), m_destination->text().trimmed(), m_protocol->currentText())
                   .arg(m_port->value());
    p.protocol = parseIpProtocol(m_protocol->currentText()).value_or(6);
    if (p.protocol == 1 || p.protocol == 58) {
        p.icmpType = m_port->value();
        p.icmpCode = 0;
    } else {
        p.dstPort = m_port->value();
    }
    showTrace(RuleEvaluator(*m_estate).trace(p));
    // Where a capture of these packets may be: the mirror sessions on either end's interface.
    QStringList mirrored;
    for (const IpAddress &end : {p.src, p.dst}) {
        const QString eni = m_estate->privateOwner.value(end, m_estate->publicOwner.value(end));
        for (const MirrorSession &m : m_estate->mirrorSessions.value(eni))
            mirrored << tr("%1 is mirrored by %2 (VNI %3, filter %4%5) to %6")
                            .arg(m_estate->displayName(eni), m.id).arg(m.vni).arg(m.filter,
                                 m.packetLength > 0 ? tr(", first %1 bytes of each packet").arg(m.packetLength) : QString(), m.target);
    }
    if (!mirrored.isEmpty())
        m_verdict->setText(m_verdict->text() + QStringLiteral("\n\n") + mirrored.join(QLatin1Char('\n')));
}

void TracePanel::showTrace(const Trace &trace)
{
    m_hops->clear();
    auto addPath = [this](const QString &title, const PathTrace &path) {
        auto *root = new QTreeWidgetItem(m_hops, {title, {}, {}, QLatin1String(verdictName(path.verdict))});
        QFont bold = root->font(0);
        bold.setBold(true);
        root->setFont(0, bold);
        for (std::size_t i = 0; i < path.hops.size(); ++i) {
            const Hop &h = path.hops[i];
            QString rule = h.rule;
            // Hop details are stored in English (the CLI's JSON); shown translated (marked in the core).
            const QString detail = QCoreApplication::translate("vpclens::RuleEvaluator", h.detail.toUtf8().constData());
            if (!h.detail.isEmpty() && h.detail != h.rule)
                rule += (rule.isEmpty() ? QString() : QStringLiteral(": ")) + detail;
            if (!h.target.isEmpty())
                rule += QStringLiteral(" → %1").arg(h.target);
            auto *item = new QTreeWidgetItem(root, {hopKindText(h.kind), m_estate->displayName(h.id), rule, h.result});
            item->setData(1, Qt::UserRole, h.id);
            item->setToolTip(2, rule);
            if (int(i) == path.decidingHop)
                for (int c = 0; c < 4; ++c)
                    item->setForeground(c, QColor(0xc0, 0x39, 0x2b));
        }
        root->setExpanded(true);
    };
    addPath(tr("Request"), trace.forward);
    if (trace.reply)
        addPath(tr("Reply"), *trace.reply);
    const bool ok = trace.forward.verdict == Verdict::Accept && (!trace.reply || trace.reply->verdict == Verdict::Accept);
    m_traced += QStringLiteral(": ") + trace.sentence.section(QLatin1Char('\n'), 0, 0);
    QString text = trace.sentence;
    // A record's trace: say so when the configuration disagrees with what the flow log recorded.
    if (!m_logged.isEmpty() && (m_logged == QLatin1String("ACCEPT") || m_logged == QLatin1String("REJECT"))
        && trace.forward.verdict != Verdict::Unknown && ok != (m_logged == QLatin1String("ACCEPT")))
        text = tr("⚠ The flow log recorded %1, but the configuration %2 this packet. The configuration may have changed since, "
                  "or traffic took a path VpcLens does not model.").arg(m_logged, ok ? tr("accepts") : tr("rejects"))
               + QStringLiteral("\n\n") + text;
    m_logged.clear();
    m_verdict->setText(text);
    const bool unknown = trace.forward.verdict == Verdict::Unknown || (trace.reply && trace.reply->verdict == Verdict::Unknown);
    m_verdict->setStyleSheet(unknown ? QStringLiteral("background: #fdf3d7; color: #6b4e00; border-radius: 4px;")
                             : ok    ? QStringLiteral("background: #e3f4e1; color: #1e5b20; border-radius: 4px;")
                                     : QStringLiteral("background: #fbe3e1; color: #8a1f16; border-radius: 4px;"));
}

} // namespace vpclens
