// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/flowparsejob.h"

#include "flowlog/flowbits.h"
#include "flowlog/flowlinereader.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <map>

namespace vpclens {
namespace {

constexpr std::size_t kBatchRows = 8192;
constexpr std::size_t kMaxBadText = 300;
// Of a file's bad lines, the first are kept one by one (line, reason, text); the rest are counted by
// reason. 39 KB of gzip can hold millions of bad lines: kept whole, they took 1.55 GiB and a 1.2 GB
// workspace.
constexpr std::int64_t kMaxListedBadLines = 1000;
constexpr std::size_t kBatchBadLines = 1024; // a batch is sent once it holds this many
// A record covers at most a few minutes of one interface: 400 Gbit/s for ten minutes is 30 TB
// (2^44.8 bytes). Values far past that are not records, and near INT64_MAX two of them wrapped every
// sum to a negative number.
constexpr std::int64_t kMaxBytes = std::int64_t(1) << 47;
constexpr std::int64_t kMaxPackets = std::int64_t(1) << 40;

bool isV2Only(const FlowLogFormat &f)
{
    for (FlowField x : f.fields())
        if (x > FlowField::LogStatus)
            return false;
    return true;
}

std::int64_t typeCode(std::string_view s)
{
    if (s == "IPv4") return 4;
    if (s == "IPv6") return 6;
    if (s == "EFA") return 0;
    return -1;
}

std::int64_t directionCode(std::string_view s)
{
    if (s == "ingress") return 0;
    if (s == "egress") return 1;
    return -1;
}

} // namespace

FlowParseJob::FlowParseJob(FlowParseSetup setup, BoundedQueue<FlowBatch> &queue, const std::atomic<bool> &cancel)
    : m_setup(std::move(setup))
    , m_queue(queue)
    , m_cancel(cancel)
{
}

std::int64_t FlowParseJob::intern(std::string_view s, FlowBatch &batch)
{
    if (s.empty() || s == "-")
        return 0;
    auto it = m_setup.strings.find(s);
    if (it != m_setup.strings.end())
        return it->second;
    const std::int64_t id = m_setup.nextStringId++;
    m_setup.strings.emplace(std::string(s), id);
    batch.newStrings.emplace_back(id, std::string(s));
    return id;
}

bool FlowParseJob::send(FlowBatch &batch)
{
    const bool ok = m_queue.push(std::move(batch));
    batch = FlowBatch{};
    return ok;
}

void FlowParseJob::run()
{
    // Interned ENI ids of the owners of each IPv4 address, for "counted once".
    FlowBatch preload;
    for (const auto &[ip, eni] : m_setup.ipv4Owner)
        m_owners.add(ip, intern(eni, preload));
    for (const auto &[ip, eni] : m_setup.ipv6Owner)
        m_owners.add(ip, intern(eni, preload));
    if (!preload.newStrings.empty()) {
        preload.kind = FlowBatch::Kind::Rows;
        preload.fileIndex = -1;
        if (!send(preload))
            return;
    }
    for (int i = 0; i < m_setup.files.size() && !m_cancel.load(std::memory_order_relaxed); ++i) {
        // A gzip member that fails its check is found at its end, after its rows were sent: the file
        // is then forgotten and read again up to the last line of the members that passed.
        const std::int64_t verified = parseFile(i, m_setup.files[i], -1);
        if (verified >= 0 && !m_cancel.load(std::memory_order_relaxed))
            parseFile(i, m_setup.files[i], verified);
    }
    m_queue.finish();
}

std::int64_t FlowParseJob::parseFile(int index, const QString &path, std::int64_t lineLimit)
{
    FlowLineReader reader;
    QString error;
    FlowBatch batch;
    batch.fileIndex = index;
    batch.path = path;
    if (!reader.open(path, &error)) {
        batch.kind = FlowBatch::Kind::FailedFile;
        batch.message = error;
        m_bytesBefore += QFileInfo(path).size();
        batch.bytesRead = m_bytesBefore;
        send(batch);
        return -1;
    }

    std::string_view line;
    std::int64_t lineNo = 0;
    bool terminated = true;
    // The format: the file's header line, else --format, else its flow log's LogFormat, else the default.
    std::optional<FlowLogFormat> format;
    bool firstIsHeader = false;
    bool haveFirst = reader.next(line, lineNo, terminated);
    // A header line starts with a field name; a record never does (it starts with a number, an id or '-').
    if (haveFirst && fieldFromName(line.substr(0, line.find(' ')))) {
        QString headerError;
        format = FlowLogFormat::fromHeader(line, &headerError);
        if (!format) {
            batch.kind = FlowBatch::Kind::FailedFile;
            batch.message = QStringLiteral("%1:1: %2").arg(path, headerError);
            m_bytesBefore += reader.fileSize();
            batch.bytesRead = m_bytesBefore;
            send(batch);
            return -1;
        }
        firstIsHeader = true;
    }
    if (!format && m_setup.userFormat)
        format = m_setup.userFormat;
    if (!format) {
        static const QRegularExpression flId(QStringLiteral("fl-[0-9a-f]+"));
        const QString id = flId.match(QFileInfo(path).fileName()).captured(0);
        if (!id.isEmpty() && m_setup.flowLogFormats.contains(id))
            format = m_setup.flowLogFormats.value(id);
    }
    const bool defaulted = !format; // no header, no --format, no LogFormat: the default (version 2) was assumed
    if (!format)
        format = FlowLogFormat::defaultFormat();
    const std::string headerText = format->toHeader().toStdString();

    batch.kind = FlowBatch::Kind::BeginFile;
    batch.format = format->toHeader();
    batch.size = reader.fileSize();
    batch.bytesRead = m_bytesBefore;
    if (!send(batch))
        return -1;
    batch.fileIndex = index;

    const bool extras = !isV2Only(*format);
    auto rollups = std::make_shared<FlowRollups>();
    std::vector<Uncount> uncount;  // rows sent before (this file's or earlier files') that stop counting
    std::vector<FlowOwners> owners; // of each row of the batch
    std::int64_t sent = 0;          // rows of this file sent so far
    std::int64_t minStart = std::numeric_limits<std::int64_t>::max(), maxStart = std::numeric_limits<std::int64_t>::min();
    std::int64_t badLines = 0;
    std::map<BadLine, std::int64_t> unlisted;
    ParsedFlow parsed;
    auto flush = [&] {
        m_matcher.decide(batch.rows, owners, index, sent, uncount);
        for (std::size_t i = 0; i < batch.rows.size(); ++i)
            if (flowbits::counted(batch.rows[i].bits) && isConnection(batch.rows[i]))
                rollups->add(batch.rows[i]);
        sent += std::int64_t(batch.rows.size());
        owners.clear();
        batch.kind = FlowBatch::Kind::Rows;
        batch.fileIndex = index;
        batch.bytesRead = m_bytesBefore + reader.bytesRead();
        return send(batch);
    };
    bool more = haveFirst;
    if (firstIsHeader)
        more = reader.next(line, lineNo, terminated);
    for (; more; more = reader.next(line, lineNo, terminated)) {
        if (lineLimit >= 0 && lineNo > lineLimit)
            break;
        if (line.empty() || line == headerText)
            continue;
        BadLine bad = reader.lastLineTooLong() ? BadLine::TooLong : parseFlowLine(line, *format, parsed);
        if (bad == BadLine::None && (parsed.bytes > kMaxBytes || parsed.packets > kMaxPackets))
            bad = BadLine::Number; // more than any interface carries in a capture window: not a record
        if (!terminated && reader.damaged())
            bad = BadLine::Truncated; // a cut line, even one that looks whole: AWS ends every record with a newline
        if (bad != BadLine::None) {
            if (++badLines > kMaxListedBadLines) {
                ++unlisted[bad];
                continue;
            }
            BadLineRow row{lineNo, bad, std::string(line.substr(0, kMaxBadText))};
            if (bad == BadLine::FieldCount) {
                row.expected = int(format->fields().size());
                row.found = int(std::count(line.begin(), line.end(), ' ')) + 1;
                row.headerless = defaulted; // the hint to give --format; not when it was given
            }
            batch.bad.push_back(std::move(row));
            if (batch.bad.size() >= kBatchBadLines && !flush())
                return -1;
            continue;
        }
        FlowRow row;
        row.start = parsed.start;
        row.end = parsed.end;
        row.eni = intern(parsed.field(FlowField::InterfaceId), batch);
        row.srcPort = parsed.srcPort;
        row.dstPort = parsed.dstPort;
        row.protocol = parsed.protocol;
        row.packets = parsed.packets;
        row.bytes = parsed.bytes;
        row.src = parsed.src;
        row.dst = parsed.dst;
        minStart = std::min(minStart, row.start);
        maxStart = std::max(maxStart, row.start);
        row.bits = flowbits::pack(int(parsed.action), int(parsed.status), false, int(std::max<std::int64_t>(parsed.version, 0) & flowbits::kVersionMask));
        owners.push_back(m_owners.of(row)); // each connection once: decided when the batch is sent (connectionmatcher.h)
        row.extra = -1;
        row.tcpFlags = parsed.tcpFlags; // Absent (negative) when the format has none
        if (extras) {
            FlowExtraRow x;
            x.vpc = intern(parsed.field(FlowField::VpcId), batch);
            x.subnet = intern(parsed.field(FlowField::SubnetId), batch);
            x.instance = intern(parsed.field(FlowField::InstanceId), batch);
            x.region = intern(parsed.field(FlowField::Region), batch);
            x.az = intern(parsed.field(FlowField::AzId), batch);
            x.rejectReason = intern(parsed.field(FlowField::RejectReason), batch);
            x.tcpFlags = parsed.tcpFlags;
            x.type = typeCode(parsed.field(FlowField::Type));
            x.direction = directionCode(parsed.field(FlowField::FlowDirection));
            x.trafficPath = parsed.trafficPath;
            x.pktSrc = parsed.pktSrc;
            x.pktDst = parsed.pktDst;
            for (FlowField f : format->fields()) {
                if (f <= FlowField::LogStatus || f == FlowField::VpcId || f == FlowField::SubnetId || f == FlowField::InstanceId
                    || f == FlowField::Region || f == FlowField::AzId || f == FlowField::RejectReason || f == FlowField::TcpFlags
                    || f == FlowField::Type || f == FlowField::FlowDirection || f == FlowField::TrafficPath
                    || f == FlowField::PktSrcAddr || f == FlowField::PktDstAddr)
                    continue;
                const std::string_view v = parsed.field(f);
                if (v.empty() || v == "-")
                    continue;
                if (!x.rest.empty())
                    x.rest.push_back(' ');
                x.rest.append(fieldName(f)).push_back('=');
                x.rest.append(v);
            }
            row.extra = std::int32_t(batch.extras.size());
            batch.extras.push_back(std::move(x));
        }
        if (batch.rows.capacity() == 0)
            batch.rows.reserve(kBatchRows); // growing it row by row cost as much as parsing a field
        batch.rows.push_back(row);
        if (batch.rows.size() >= kBatchRows) {
            if (!flush() || m_cancel.load(std::memory_order_relaxed))
                return -1;
        }
    }
    if (lineLimit >= 0)
        while (reader.next(line, lineNo, terminated)) {} // read on to the damage, for its message
    if (!batch.rows.empty() || !batch.bad.empty() || !batch.newStrings.empty())
        if (!flush())
            return -1;
    batch.minStart = minStart;
    batch.maxStart = maxStart;
    if (lineLimit < 0 && reader.altered() && lineNo > reader.verifiedLines()) {
        // Lines of a member that failed its check were read: forget them all, read again.
        batch.kind = FlowBatch::Kind::DiscardFile;
        batch.fileIndex = index;
        send(batch);
        return reader.verifiedLines();
    }
    m_bytesBefore += reader.fileSize();
    batch.kind = FlowBatch::Kind::EndFile;
    batch.fileIndex = index;
    batch.path = path;
    batch.hash = reader.contentHash();
    batch.size = reader.fileSize();
    batch.message = reader.damage();
    if (reader.altered()) {
        batch.damageReason = "altered";
        batch.message += QStringLiteral(": the lines from %1 on cannot pass the gzip integrity check (CRC-32) and were left out; "
                                        "the %2 lines before them passed and were kept")
                             .arg(reader.verifiedLines() + 1).arg(reader.verifiedLines());
    }
    batch.unlisted.assign(unlisted.begin(), unlisted.end());
    batch.bytesRead = m_bytesBefore;
    rollups->seal();
    batch.rollups = std::move(rollups);
    batch.uncount = std::move(uncount);
    send(batch);
    return -1;
}

} // namespace vpclens
