// SPDX-License-Identifier: GPL-3.0-or-later
#include "packetsdialog.h"

#include "base/protocols.h"
#include "base/timetext.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vpclens {
namespace {

enum Column { Number, Time, Delta, From, To, Flags, Length, Payload, File, ColumnCount };

QString microTime(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
           + QStringLiteral(".%1").arg(us % 1000000, 6, 10, QLatin1Char('0'));
}

QString printableText(const QByteArray &bytes)
{
    QString out;
    for (const char c : bytes)
        out += (c >= 0x20 && c < 0x7f) ? QChar(QLatin1Char(c)) : QChar(0x00b7); // a middle dot, as Wireshark's
    return out;
}

QString hexDump(const QByteArray &bytes)
{
    QString out;
    for (qsizetype at = 0; at < bytes.size(); at += 16) {
        const QByteArray line = bytes.mid(at, 16);
        QString hex;
        for (qsizetype i = 0; i < 16; ++i)
            hex += i < line.size() ? QStringLiteral("%1 ").arg(quint8(line[i]), 2, 16, QLatin1Char('0')) : QStringLiteral("   ");
        out += QStringLiteral("%1  %2 %3\n").arg(at, 4, 16, QLatin1Char('0')).arg(hex, printableText(line));
    }
    return out;
}

QString endpoint(const QString &address, int port, int protocol)
{
    if (port < 0 || protocol == 1 || protocol == 58)
        return address;
    return address.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(address).arg(port) : QStringLiteral("%1:%2").arg(address).arg(port);
}

} // namespace

PacketsDialog::PacketsDialog(const FlowRecord &record, const CapturedFlows &found, QWidget *parent)
    : QDialog(parent)
    , m_found(found)
{
    setWindowTitle(tr("Captured Packets"));
    const QString connection = tr("%1 %2 → %3").arg(protocolShortName(record.protocol), endpoint(record.src, record.srcPort, record.protocol),
                                                     endpoint(record.dst, record.dstPort, record.protocol));
    QString summary;
    if (found.flows.isEmpty()) {
        summary = tr("No packet capture in this workspace holds %1 around %2.").arg(connection, formatTime(record.start, true));
    } else {
        summary = tr("%1: %n capture flow(s), %2 packets in all (the first packets of each flow are kept).", nullptr, int(found.flows.size()))
                      .arg(connection)
                      .arg(found.packetsInFlows);
        QStringList where;
        for (const FlowRecord &f : found.flows)
            if (!f.eni.isEmpty() && !where.contains(f.eni))
                where << f.eni;
        if (!where.isEmpty())
            summary += QLatin1Char(' ') + tr("Captured at %1").arg(where.join(QStringLiteral(", ")))
                       + (found.sessions.isEmpty() ? QStringLiteral(".") : QLatin1Char(' ') + tr("(mirrored by %1).").arg(found.sessions.join(QStringLiteral(", "))));
    }
    auto *label = new QLabel(summary);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list = new QTreeWidget;
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Frame"), tr("Time (UTC)"), tr("Δt (ms)"), tr("From"), tr("To"), tr("Flags"), tr("Length"),
                             tr("First bytes"), tr("File")});
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    qint64 previous = -1;
    for (const CapturedPacketRow &p : found.packets) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Number, QString::number(p.frame));
        item->setText(Time, microTime(p.timeUs));
        item->setText(Delta, previous < 0 ? QString() : QString::number(double(p.timeUs - previous) / 1000.0, 'f', 3));
        item->setText(From, endpoint(p.src, p.srcPort, p.protocol));
        item->setText(To, endpoint(p.dst, p.dstPort, p.protocol));
        item->setText(Flags, p.protocol == 6 ? tcpFlagNames(p.tcpFlags) : QString());
        item->setText(Length, QString::number(p.length));
        item->setText(Payload, printableText(p.head.left(32)));
        item->setFont(Payload, fixed);
        item->setText(File, QFileInfo(p.file).fileName());
        item->setToolTip(File, p.file);
        item->setTextAlignment(Number, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(Length, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, int(m_list->topLevelItemCount() - 1));
        previous = p.timeUs;
    }
    for (int c = 0; c < ColumnCount; ++c)
        m_list->resizeColumnToContents(c);

    m_bytes = new QPlainTextEdit;
    m_bytes->setReadOnly(true);
    m_bytes->setFont(fixed);
    m_bytes->setPlaceholderText(tr("Select a packet to see its first bytes."));

    // The same connection as a Wireshark display filter, to open the capture there.
    const bool v6 = record.src.contains(QLatin1Char(':'));
    const QString ip = v6 ? QStringLiteral("ipv6.addr") : QStringLiteral("ip.addr");
    m_wireshark = QStringLiteral("%1 == %2 && %1 == %3").arg(ip, record.src, record.dst);
    if (record.protocol == 6 || record.protocol == 17) {
        const QString proto = record.protocol == 6 ? QStringLiteral("tcp") : QStringLiteral("udp");
        if (record.srcPort >= 0 && record.dstPort >= 0)
            m_wireshark += QStringLiteral(" && %1.port == %2 && %1.port == %3").arg(proto).arg(record.srcPort).arg(record.dstPort);
    } else if (record.protocol == 1 || record.protocol == 58) {
        m_wireshark += record.protocol == 1 ? QStringLiteral(" && icmp") : QStringLiteral(" && icmpv6");
    }

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(m_bytes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("Copy Wireshark Filter"), QDialogButtonBox::ActionRole);
    copy->setToolTip(m_wireshark);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_wireshark); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &PacketsDialog::showBytes);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(980, 520);
}

void PacketsDialog::showBytes()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const int i = item ? item->data(0, Qt::UserRole).toInt() : -1;
    if (i < 0 || i >= m_found.packets.size()) {
        m_bytes->clear();
        return;
    }
    const CapturedPacketRow &p = m_found.packets[i];
    m_bytes->setPlainText(p.head.isEmpty() ? tr("Frame %1 carries no payload (or the capture cut it).").arg(p.frame)
                                           : tr("Frame %1, the first %2 payload bytes:\n").arg(p.frame).arg(p.head.size()) + hexDump(p.head));
}

} // namespace vpclens
