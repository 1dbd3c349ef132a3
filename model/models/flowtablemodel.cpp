// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/flowtablemodel.h"

#include "capture/handshake.h"

#include "base/logging.h"
#include "base/protocols.h"
#include "base/timetext.h"
#include "topology/estate.h"
#include "workspace/workspace.h"

#include <QColor>
#include <QLocale>
#include <QtConcurrent>

#include <algorithm>
#include <functional>
#include <limits>

namespace vpclens {
namespace {

// Counting every match is work nobody waits for: it runs at idle priority (SCHED_IDLE on Linux), so
// the charts and the graph's traffic for the same filter get the cores first.
QThreadPool &countPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setThreadPriority(QThread::IdlePriority);
        p->setMaxThreadCount(2);
        return p;
    }();
    return *pool;
}

} // namespace

struct FlowTableModel::Scan {
    std::mutex mutex;
    QList<FlowKey> anchors; // every kPageSize-th key, appended as the scan goes
    qint64 count = 0;
    bool done = false;
    std::atomic_bool cancel{false};
};

FlowTableModel::FlowTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &FlowTableModel::pollScan);
}

FlowTableModel::~FlowTableModel()
{
    if (m_scan)
        m_scan->cancel = true;
}

void FlowTableModel::setWorkspace(const Workspace *ws, std::shared_ptr<const Estate> estate)
{
    m_ws = ws;
    m_estate = std::move(estate);
    m_eniNames.clear();
    if (m_ws && m_estate) {
        QHash<QString, QString> instanceNames;
        for (const ResourceSummary &r : m_ws->resources(QStringLiteral("instance")))
            if (!r.name.isEmpty())
                instanceNames.insert(r.id, r.name);
        for (const Eni &n : m_estate->enis) {
            const QString name = instanceNames.value(n.instanceId);
            if (!name.isEmpty())
                m_eniNames.insert(n.id, QStringLiteral("%1 (%2)").arg(name, n.id));
        }
    }
    setFilter(CompiledFilter{});
}

void FlowTableModel::setUtc(bool utc)
{
    m_utc = utc;
    if (m_rows > 0)
        emit dataChanged(index(0, Start), index(m_rows - 1, Start));
}

void FlowTableModel::sort(int column, Qt::SortOrder order)
{
    const bool newest = column == Start && order == Qt::DescendingOrder;
    if (newest == m_newestFirst)
        return;
    m_newestFirst = newest;
    setFilter(m_filter);
}

void FlowTableModel::stopCounting()
{
    if (!m_scan)
        return;
    m_scan->cancel = true;
    pollScan(); // takes what was counted so far
    if (!m_scan)
        return; // it had just finished
    m_poll.stop();
    m_scan.reset();
    m_stopped = true;
    emit countingFinished(m_total);
}

void FlowTableModel::setFilter(const CompiledFilter &filter)
{
    beginResetModel();
    if (m_scan)
        m_scan->cancel = true;
    m_scan.reset();
    m_stopped = false;
    m_filter = filter;
    m_total = 0;
    m_windowStart = 0;
    m_rows = 0;
    m_anchors.clear();
    m_pages.clear();
    m_pageOrder.clear();
    if (m_ws) {
        // The first page at once (the table shows something within a frame), the rest counted behind.
        const FlowKey firstAnchor = m_newestFirst ? FlowKey::last() : FlowKey::first();
        const QList<FlowRecord> first = fetchPage(firstAnchor);
        m_total = first.size();
        m_rows = int(std::min<qint64>(m_total, m_windowRows));
        m_anchors = {firstAnchor};
        if (!first.isEmpty()) {
            m_pages.insert(0, first);
            m_pageOrder.append(0);
        }
    }
    endResetModel();
    if (m_ws && m_total == kPageSize)
        startScan();
    else
        emit countingFinished(m_total);
}

void FlowTableModel::startScan()
{
    auto scan = std::make_shared<Scan>();
    m_scan = scan;
    m_poll.start();
    (void)QtConcurrent::run(&countPool(), [scan, path = m_ws->path(), filter = m_filter, descending = m_newestFirst] {
        QString error;
        auto ws = Workspace::open(path, &error, false); // the worker's own connection
        if (ws) {
            ws->useScanCache();
            try {
                // Every match in the order shown, in one pass; the last key of each page is its anchor.
                qint64 n = 0;
                QList<FlowKey> batch;
                auto publish = [&] {
                    std::lock_guard lock(scan->mutex);
                    scan->anchors += batch;
                    scan->count = n;
                    batch.clear();
                };
                forEachFlowKey(*ws, filter, descending ? FlowKey::last() : FlowKey::first(), !descending, [&](const FlowKey &k) {
                    if (scan->cancel)
                        return false;
                    if (++n % kPageSize == 0)
                        batch.append(k);
                    if (n % (64 * kPageSize) == 0)
                        publish();
                    return true;
                });
                publish();
            } catch (const sql::Error &e) {
                logQueryFailure(lcModels(), "count of the table's records", e, &scan->cancel);
            }
        }
        std::lock_guard lock(scan->mutex);
        scan->done = true;
    });
}

void FlowTableModel::pollScan()
{
    if (!m_scan) {
        m_poll.stop();
        return;
    }
    qint64 count;
    bool done;
    {
        std::lock_guard lock(m_scan->mutex);
        count = m_scan->count;
        done = m_scan->done;
        for (qsizetype i = m_anchors.size() - 1; i < m_scan->anchors.size(); ++i)
            m_anchors.append(m_scan->anchors[i]);
    }
    if (count > m_total) {
        m_total = count;
        if (const int rows = int(std::min<qint64>(m_total - m_windowStart, m_windowRows)); rows > m_rows) {
            beginInsertRows({}, m_rows, rows - 1);
            m_rows = rows;
            endInsertRows();
        }
        emit matchCountChanged(m_total);
    }
    if (done) {
        m_poll.stop();
        m_scan.reset();
        emit countingFinished(m_total);
    }
}

bool FlowTableModel::isCounting() const
{
    return bool(m_scan);
}

QList<FlowRecord> FlowTableModel::fetchPage(FlowKey anchor) const
{
    return m_newestFirst ? fetchFlowsBefore(*m_ws, m_filter, anchor, kPageSize) : fetchFlows(*m_ws, m_filter, anchor, kPageSize);
}

const QList<FlowRecord> *FlowTableModel::page(int index) const
{
    if (auto it = m_pages.find(index); it != m_pages.end()) {
        m_pageOrder.removeOne(index);
        m_pageOrder.append(index);
        return &*it;
    }
    if (!m_ws || index >= m_anchors.size())
        return nullptr;
    QList<FlowRecord> rows = fetchPage(m_anchors[index]);
    while (m_pages.size() >= kMaxPages && !m_pageOrder.isEmpty())
        m_pages.remove(m_pageOrder.takeFirst());
    m_pageOrder.append(index);
    return &*m_pages.insert(index, std::move(rows));
}

void FlowTableModel::setWindowStart(qint64 start)
{
    start = std::clamp<qint64>(start, 0, std::max<qint64>(0, m_total - m_windowRows));
    if (start == m_windowStart)
        return;
    m_windowStart = start;
    const int rows = int(std::min<qint64>(m_total - m_windowStart, m_windowRows));
    if (rows > m_rows) { // the window had been short of its size: only while counting
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    }
    if (m_rows > 0) {
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
        emit headerDataChanged(Qt::Vertical, 0, m_rows - 1);
    }
    emit windowMoved(m_windowStart);
}

void FlowTableModel::setWindowRows(int rows)
{
    beginResetModel();
    m_windowRows = std::max(rows, 1);
    m_windowStart = std::clamp<qint64>(m_windowStart, 0, std::max<qint64>(0, m_total - m_windowRows));
    m_rows = int(std::min<qint64>(m_total - m_windowStart, m_windowRows));
    endResetModel();
}

std::optional<FlowRecord> FlowTableModel::recordAt(qint64 match) const
{
    if (match < 0 || match >= m_total)
        return std::nullopt;
    const QList<FlowRecord> *p = page(int(match / kPageSize));
    if (!p || match % kPageSize >= p->size())
        return std::nullopt;
    return p->at(match % kPageSize);
}

qint64 FlowTableModel::matchOfKey(FlowKey key) const
{
    // The page whose anchor is the last one before the key in the order shown.
    const auto it = m_newestFirst ? std::lower_bound(m_anchors.begin(), m_anchors.end(), key, [](const FlowKey &a, const FlowKey &b) { return b < a; })
                                  : std::lower_bound(m_anchors.begin(), m_anchors.end(), key);
    const int p = int(it - m_anchors.begin()) - 1;
    if (p < 0)
        return -1;
    const QList<FlowRecord> *rows = page(p);
    for (int i = 0; rows && i < rows->size(); ++i)
        if (rows->at(i).id == key.id) {
            const qint64 match = qint64(p) * kPageSize + i;
            return match < m_total ? match : -1;
        }
    return -1;
}

int FlowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int FlowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FlowTableModel::interfaceName(const QString &eni) const
{
    return m_eniNames.value(eni, eni);
}

QVariant FlowTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const auto r = record(index.row());
    if (!r)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    auto port = [&](int p) -> QString {
        if (p < 0)
            return QStringLiteral("-");
        const QString service = serviceName(r->protocol, p);
        return service.isEmpty() ? QString::number(p) : QStringLiteral("%1 (%2)").arg(p).arg(service);
    };
    if (role == IdRole)
        return r->id;
    if (role == ActionRole)
        return r->action;
    if (role == Qt::BackgroundRole)
        return r->action == 2 ? QVariant(QColor(255, 0, 0, 38)) : r->captured ? QVariant(QColor(0, 90, 255, 22)) : QVariant();
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case SrcPort: case DstPort: case Packets: case Bytes: case Duration: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Start: return r->start;
        case Packets: return r->packets;
        case Bytes: return r->bytes;
        case SrcPort: return r->srcPort;
        case DstPort: return r->dstPort;
        case Duration: return r->duration;
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && index.column() == Interface)
        return r->eni;
    if (role == Qt::ToolTipRole && index.column() == Origin)
        return r->captured ? tr("Summed from a packet capture: no action of its own (the flow log decides); its packets under Show Captured Packets")
                           : tr("A VPC Flow Logs record");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Start: return formatTime(r->start, m_utc);
    case Interface: return interfaceName(r->eni);
    case Source: return r->src;
    case SrcPort: return port(r->srcPort);
    case Destination: return r->dst;
    case DstPort: return port(r->dstPort);
    case Protocol: return r->protocol < 0 ? QStringLiteral("-") : protocolShortName(r->protocol);
    case Packets: return r->packets < 0 ? QStringLiteral("-") : QLocale().toString(r->packets);
    case Bytes: return r->bytes < 0 ? QStringLiteral("-") : QLocale().formattedDataSize(r->bytes, 1, QLocale::DataSizeIecFormat);
    case Action: return r->action == 1 ? QStringLiteral("ACCEPT") : r->action == 2 ? QStringLiteral("REJECT") : QStringLiteral("-");
    case Status: return r->status == 0 ? QStringLiteral("OK") : r->status == 1 ? QStringLiteral("NODATA") : QStringLiteral("SKIPDATA");
    case TcpFlags: return tcpFlagsText(r->tcpFlags);
    case Duration: return tr("%1 s").arg(r->duration);
    case DecidedBy: return r->decidedBy;
    case Origin: return r->captured ? tr("capture") : tr("flow log");
    case Handshake: return r->handshake < 0 ? QString() : handshakeName(vpclens::Handshake(r->handshake));
    case CommunityId: return communityIdOf(*r);
    case VpcId: return r->vpcId;
    case SubnetId: return r->subnetId;
    case InstanceId: return r->instanceId;
    case TrafficType: return trafficTypeName(r->type);
    case PktSrc: return r->pktSrc;
    case PktDst: return r->pktDst;
    case Region: return r->region;
    case AzId: return r->azId;
    case FlowDirection: return directionName(r->direction);
    case TrafficPath: return r->trafficPath < 0 ? QString() : QString::number(r->trafficPath);
    case RejectReason: return r->rejectReason;
    case OtherFields: return r->otherFields;
    default: return {};
    }
}

QString FlowTableModel::filterField(int column)
{
    static const char *const fields[ColumnCount] = {
        "start", "eni", "srcaddr", "srcport", "dstaddr", "dstport", "protocol", "packets", "bytes", "action", "log-status", "tcp-flags",
        "duration", "rule", "source", "state", "community-id", "vpc-id", "subnet-id", "instance", "type", "pkt-srcaddr", "pkt-dstaddr",
        "region", "az-id", "flow-direction", "traffic-path", "reject-reason", nullptr};
    static_assert(std::size(fields) == ColumnCount);
    return column >= 0 && column < ColumnCount && fields[column] ? QLatin1String(fields[column]) : QString();
}

QVariant FlowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return m_windowStart + section + 1; // the match's number, whatever the window
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Start: return m_utc ? tr("Start (UTC)") : tr("Start (local)");
    case Interface: return tr("Interface");
    case Source: return tr("Source");
    case SrcPort: return tr("Src port");
    case Destination: return tr("Destination");
    case DstPort: return tr("Dst port");
    case Protocol: return tr("Protocol");
    case Packets: return tr("Packets");
    case Bytes: return tr("Bytes");
    case Action: return tr("Action");
    case Status: return tr("Status");
    case TcpFlags: return tr("TCP flags");
    case Duration: return tr("Duration");
    case DecidedBy: return tr("Decided by");
    case Origin: return tr("Origin");
    case Handshake: return tr("Handshake");
    case CommunityId: return tr("Community ID");
    case VpcId: return QStringLiteral("vpc-id"); // the flow-log field names, as analysts know them
    case SubnetId: return QStringLiteral("subnet-id");
    case InstanceId: return QStringLiteral("instance-id");
    case TrafficType: return QStringLiteral("type");
    case PktSrc: return QStringLiteral("pkt-srcaddr");
    case PktDst: return QStringLiteral("pkt-dstaddr");
    case Region: return QStringLiteral("region");
    case AzId: return QStringLiteral("az-id");
    case FlowDirection: return QStringLiteral("flow-direction");
    case TrafficPath: return QStringLiteral("traffic-path");
    case RejectReason: return QStringLiteral("reject-reason");
    case OtherFields: return tr("Other fields");
    default: return {};
    }
}

} // namespace vpclens
