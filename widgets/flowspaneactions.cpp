// SPDX-License-Identifier: GPL-3.0-or-later
// The Flows dock's actions on what it shows and what it keeps: a value applied as a filter, an address
// named, the captured packets of a record's connection, the columns and saved filters kept in the
// workspace, CSV export.
#include "flowspane.h"

#include "base/logging.h"
#include "base/printable.h"
#include "base/protocols.h"
#include "base/timetext.h"
#include "groupsview.h"
#include "models/flowtablemodel.h"
#include "packetsdialog.h"
#include "query/capturepackets.h"
#include "topology/estate.h"
#include "workspace/sqlite.h"
#include "workspace/storednames.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTextStream>

namespace vpclens {

void FlowsPane::useClause(const QString &clause, FilterJoin how, bool run)
{
    if (clause.isEmpty())
        return;
    const QString text = joinFilter(m_filter->text(), clause, how);
    if (run) {
        setFilterText(text);
        return;
    }
    m_filter->setText(text); // prepared: it waits for Enter
    m_filter->setFocus();
}

// Origin and Handshake where captures sit beside the flow logs; the Community ID on request.
void FlowsPane::showCaptureColumns(bool on)
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionHidden(FlowTableModel::Origin, !on);
    header->setSectionHidden(FlowTableModel::Handshake, !on);
    header->setSectionHidden(FlowTableModel::CommunityId, true);
    for (int c = FlowTableModel::VpcId; c < FlowTableModel::ColumnCount; ++c)
        header->setSectionHidden(c, true);
}

// The columns shown, by the field each shows ("dstport", "vpc-id"; "other-fields"), in the workspace:
// names outlive a reordering of the model's columns.
namespace {
QString columnKey(int column)
{
    const QString field = FlowTableModel::filterField(column);
    return field.isEmpty() ? QStringLiteral("other-fields") : field;
}
} // namespace

void FlowsPane::saveColumns()
{
    if (!m_ws)
        return;
    QStringList shown;
    for (int c = 0; c < FlowTableModel::ColumnCount; ++c)
        if (!m_table->horizontalHeader()->isSectionHidden(c))
            shown << columnKey(c);
    try {
        const Workspace::BriefWait brief(*m_ws);
        m_ws->setMeta(QStringLiteral("view/columns"), shown.join(QLatin1Char(',')));
    } catch (const sql::Error &e) { // a busy workspace still shows them; it just does not remember
        qCInfo(lcViews) << "columns not remembered:" << e.what();
    }
}

void FlowsPane::restoreColumns()
{
    const QString saved = m_ws ? m_ws->meta(QStringLiteral("view/columns")) : QString();
    if (saved.isEmpty())
        return; // the defaults showCaptureColumns chose
    const QStringList shown = saved.split(QLatin1Char(','));
    for (int c = 0; c < FlowTableModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionHidden(c, c != FlowTableModel::Start && !shown.contains(columnKey(c)));
}

bool FlowsPane::hasCaptures(const Workspace &ws)
{
    if (!ws.hasTable("capture_flows"))
        return false;
    sql::Statement q(ws.handle(), "SELECT 1 FROM capture_flows LIMIT 1");
    return q.step();
}

// The record's connection in both sources: its Community ID (TCP, UDP), or its two addresses (ICMP:
// flow logs carry no ICMP type to hash).
QString FlowsPane::connectionFilter(const FlowRecord &r)
{
    const QString id = communityIdOf(r);
    if (!id.isEmpty() && r.protocol != 1 && r.protocol != 58)
        return QStringLiteral("community-id == \"%1\"").arg(id);
    return QStringLiteral("((srcaddr == %1 and dstaddr == %2) or (srcaddr == %2 and dstaddr == %1)) and protocol == %3")
        .arg(r.src, r.dst, protocolShortName(r.protocol));
}

void FlowsPane::showCapturedPackets()
{
    const auto r = m_model->record(m_table->currentIndex().row());
    if (!r || !m_ws)
        return;
    try {
        auto *dialog = new PacketsDialog(*r, capturedFlowsOf(*m_ws, *r), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    } catch (const sql::Error &e) {
        m_status->setText(tr("The captured packets could not be read: %1").arg(QString::fromUtf8(e.what())));
    }
}

// The block defaults to the address alone; a wider one (203.0.113.0/24) names a network.
void FlowsPane::nameAddress(const IpAddress &address)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Name This Address"));
    auto *form = new QFormLayout(&dialog);
    auto *block = new QLineEdit(formatCidr(IpCidr(address, 128)));
    auto *name = new QLineEdit(m_estate ? m_estate->outsideName(address) : QString());
    name->setPlaceholderText(tr("office, partner VPN, scanner; empty to forget the block's name"));
    form->addRow(tr("Address or block:"), block);
    form->addRow(tr("Name:"), name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    name->setFocus();
    if (dialog.exec() != QDialog::Accepted || !m_ws)
        return;
    const auto cidr = parseIpCidr(block->text().trimmed().toStdString());
    if (!cidr) {
        m_status->setText(tr("'%1' is not an address or a CIDR block: nothing named.").arg(block->text()));
        return;
    }
    try {
        const Workspace::BriefWait brief(*m_ws);
        setAddressName(*m_ws, *cidr, name->text());
    } catch (const sql::Error &e) {
        m_status->setText(tr("The name could not be kept: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    emit addressNamed();
}

void FlowsPane::setEstate(std::shared_ptr<const Estate> estate)
{
    m_estate = std::move(estate);
    if (m_view->currentIndex() > 0)
        showGroups(); // the names beside the addresses
    currentChanged(); // the record's details name it too
}

void FlowsPane::chooseCsvExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Flows as CSV"), QStringLiteral("flows.csv"), tr("CSV (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Flows"), error);
}

bool FlowsPane::exportCsv(const QString &path, QString *error) const
{
    if (!m_ws)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QTextStream out(&file);
    QStringList header;
    for (int c = 0; c < FlowTableModel::ColumnCount; ++c)
        header << m_model->headerData(c, Qt::Horizontal).toString();
    out << header.join(QLatin1Char(',')) << '\n';
    // In the order the table shows.
    FlowKey after = m_model->newestFirst() ? FlowKey::last() : FlowKey::first();
    for (;;) {
        const QList<FlowRecord> page = m_model->newestFirst() ? fetchFlowsBefore(*m_ws, m_effective, after, 4096)
                                                              : fetchFlows(*m_ws, m_effective, after, 4096);
        if (page.isEmpty())
            break;
        for (const FlowRecord &r : page) {
            out << formatTime(r.start) << ',' << csvCell(r.eni) << ',' << r.src << ',' << r.srcPort << ',' << r.dst << ',' << r.dstPort << ','
                << protocolShortName(r.protocol) << ',' << r.packets << ',' << r.bytes << ','
                << (r.action == 1 ? "ACCEPT" : r.action == 2 ? "REJECT" : "-") << ','
                << (r.status == 0 ? "OK" : r.status == 1 ? "NODATA" : "SKIPDATA") << ",\"" << tcpFlagsText(r.tcpFlags) << "\"," << r.duration << '\n';
            after = keyOf(r);
        }
    }
    out.flush();
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void FlowsPane::saveFilter()
{
    if (!m_ws || m_filter->text().trimmed().isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Filter"), tr("Name:"), QLineEdit::Normal, m_filter->text().left(40), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    sql::Statement q(m_ws->handle(), "INSERT OR REPLACE INTO saved_filters(name, expression) VALUES(?1, ?2)");
    q.bind(1, name.trimmed());
    q.bind(2, m_filter->text());
    q.run();
    reloadSavedFilters();
}

void FlowsPane::reloadSavedFilters()
{
    m_saved->clear();
    m_saved->addItem(tr("Saved filters"));
    if (!m_ws)
        return;
    sql::Statement q(m_ws->handle(), "SELECT name, expression FROM saved_filters ORDER BY name");
    while (q.step())
        m_saved->addItem(q.text(0), q.text(1));
}

} // namespace vpclens
