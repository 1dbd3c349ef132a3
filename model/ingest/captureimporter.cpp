// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/captureimporter.h"

#include "base/filecollector.h"
#include "base/jobfeedback.h"
#include "base/logging.h"
#include "capture/capturefile.h"
#include "capture/flowassembler.h"
#include "capture/packetdecoder.h"
#include "ingest/capturewriter.h"
#include "query/logcoverage.h"
#include "topology/estate.h"
#include "workspace/sqlite.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace vpclens {
namespace {

constexpr std::int64_t kDefaultWindow = 600; // AWS's default MaxAggregationInterval

// A file's identity without reading it twice: its size and SHA-256 over its first and last 4 MiB
// (the whole file when smaller). Two captures agree there only when they are the same capture.
QString fingerprint(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 kPart = 4 << 20;
    QCryptographicHash h(QCryptographicHash::Sha256);
    const qint64 size = f.size();
    h.addData(QByteArray::number(size));
    h.addData(f.read(kPart));
    if (size > kPart) {
        f.seek(std::max(kPart, size - kPart));
        h.addData(f.read(kPart));
    }
    return QString::fromLatin1(h.result().toHex());
}

// The interface, session and place of a capture flow.
class Attributor
{
public:
    Attributor(const Estate &estate, const QString &interfaceId) : m_estate(estate), m_interface(interfaceId)
    {
        for (auto it = estate.mirrorSessions.cbegin(); it != estate.mirrorSessions.cend(); ++it)
            for (const MirrorSession &s : it.value())
                if (s.vni >= 0 && !m_byVni.contains(s.vni))
                    m_byVni.insert(s.vni, s);
    }

    CaptureAttribution operator()(const CaptureFlow &f) const
    {
        CaptureAttribution a;
        if (f.vni >= 0) {
            if (const auto it = m_byVni.constFind(f.vni); it != m_byVni.cend()) {
                a.session = it->id;
                a.eni = it->eni;
            }
        }
        if (a.eni.isEmpty() && !m_interface.isEmpty())
            a.eni = m_interface;
        if (a.eni.isEmpty()) { // the one end the estate knows
            const QString src = m_estate.privateOwner.value(f.src), dst = m_estate.privateOwner.value(f.dst);
            if (src.isEmpty() != dst.isEmpty())
                a.eni = src.isEmpty() ? dst : src;
        }
        if (const auto eni = m_estate.enis.constFind(a.eni); eni != m_estate.enis.cend()) {
            a.vpc = eni->vpcId;
            a.subnet = eni->subnetId;
            a.instance = eni->instanceId;
        }
        return a;
    }

private:
    const Estate &m_estate;
    QString m_interface;
    QHash<qint64, MirrorSession> m_byVni;
};

std::int64_t windowOf(const Workspace &ws, const CaptureImportOptions &options)
{
    if (options.windowSeconds > 0)
        return options.windowSeconds;
    int smallest = 0;
    for (const FlowLogConfig &c : flowLogConfigs(ws))
        if (c.aggregationSeconds > 0 && (smallest == 0 || c.aggregationSeconds < smallest))
            smallest = c.aggregationSeconds;
    return smallest > 0 ? smallest : kDefaultWindow;
}

const char *problemReason(DecodeStatus s)
{
    return s == DecodeStatus::Truncated ? "truncated" : "malformed";
}

} // namespace

QStringList collectCaptureFiles(const QStringList &paths, QStringList *unreadable)
{
    return collectFiles(paths, {QStringLiteral("*.pcap"), QStringLiteral("*.pcapng"), QStringLiteral("*.cap"), QStringLiteral("*.dmp")},
                        unreadable);
}

CaptureImportResult importCaptures(Workspace &ws, const QStringList &paths, const CaptureImportOptions &options, JobFeedback *feedback)
{
    CaptureImportResult result;
    QElapsedTimer clock;
    clock.start();
    QStringList unreadable;
    const QStringList files = collectCaptureFiles(paths, &unreadable);
    result.messages += unreadable;
    result.filesFailed += int(unreadable.size());
    qint64 total = 0, before = 0;
    for (const QString &f : files)
        total += QFileInfo(f).size();
    try {
        const Estate estate = loadEstate(ws);
        if (!options.interfaceId.isEmpty() && !estate.enis.contains(options.interfaceId))
            result.messages.append(QStringLiteral("--interface %1: not an interface of the estate; its flows are kept under that id").arg(options.interfaceId));
        const Attributor attribute(estate, options.interfaceId);
        const std::int64_t window = windowOf(ws, options);
        CaptureWriter writer(ws);
        for (const QString &path : files) {
            if (feedback && feedback->isCanceled()) {
                result.canceled = true;
                break;
            }
            CaptureFileReport report;
            report.path = path;
            // The same capture imported before (under any path): skipped before it is read, naming both.
            const QString print = fingerprint(path);
            const auto skip = [&](const QString &other) {
                report.status = QStringLiteral("duplicate");
                report.message = QStringLiteral("%1: skipped, same size and content as %2, imported before").arg(path, other);
                result.messages.append(report.message);
                ++result.filesSkipped;
                result.files.append(report);
            };
            if (const QString other = print.isEmpty() ? QString() : writer.importedAs(print); !other.isEmpty()) {
                skip(other);
                before += QFileInfo(path).size();
                continue;
            }
            QString error;
            const std::unique_ptr<CaptureFile> capture = CaptureFile::open(path, &error);
            const auto fail = [&](const QString &message) {
                report.status = QStringLiteral("failed");
                report.message = message;
                result.messages.append(message);
                ++result.filesFailed;
                result.files.append(report);
            };
            if (!capture) {
                fail(error);
                before += QFileInfo(path).size();
                continue;
            }
            report.format = QStringLiteral("%1 (%2)").arg(capture->format(), capture->linkTypeName());
            if (!decodesLinkType(capture->linkType())) {
                fail(QStringLiteral("%1: link type %2 is not one VpcLens decodes (Ethernet, Linux cooked, raw IP, loopback)")
                         .arg(path, capture->linkTypeName()));
                before += QFileInfo(path).size();
                continue;
            }
            writer.begin(path, QFileInfo(path).size(), report.format);
            std::int64_t problems = 0;
            FlowAssembler assembler(window, [&](CaptureFlow &&f) {
                const CaptureAttribution where = attribute(f);
                if (where.eni.isEmpty())
                    ++report.unattributed;
                report.bytes += f.bytes;
                writer.add(f, where);
            });
            CaptureFrame frame;
            DecodedPacket packet;
            bool damaged = false;
            for (;;) {
                const CaptureFile::Next next = capture->next(frame, &error);
                if (next == CaptureFile::Next::End)
                    break;
                if (next == CaptureFile::Next::Error) { // cut short mid-frame, or a damaged block
                    damaged = true;
                    ++problems;
                    const QString text = QStringLiteral("after frame %1: %2").arg(frame.number).arg(error);
                    writer.problem(frame.number + 1, "truncated", text);
                    result.messages.append(QStringLiteral("%1: %2").arg(path, text));
                    break;
                }
                ++report.frames;
                const DecodeResult r = decodePacket(capture->linkType(), frame.data, frame.captured, packet);
                switch (r.status) {
                case DecodeStatus::Ok:
                    assembler.add(packet, frame.timeUs, frame.number);
                    break;
                case DecodeStatus::NotIp: ++report.notIp; break;
                case DecodeStatus::Fragment: ++report.fragments; break;
                case DecodeStatus::Truncated:
                case DecodeStatus::Malformed:
                    ++(r.status == DecodeStatus::Truncated ? report.truncated : report.malformed);
                    if (problems++ < 20)
                        result.messages.append(QStringLiteral("%1: frame %2: %3").arg(path).arg(frame.number).arg(QLatin1String(r.why)));
                    writer.problem(frame.number, problemReason(r.status), QStringLiteral("frame %1: %2").arg(frame.number).arg(QLatin1String(r.why)));
                    break;
                case DecodeStatus::Unsupported: break; // refused above, per file
                }
                if ((report.frames & 0xfff) == 0 && feedback) {
                    feedback->progress(before + capture->bytesRead(), total, result.flows + writer.flows());
                    if (feedback->isCanceled())
                        break;
                }
            }
            if (feedback && feedback->isCanceled()) {
                writer.abort();
                result.canceled = true;
                break;
            }
            assembler.finish();
            before += QFileInfo(path).size();
            bool replaced = false;
            report.flows = writer.flows();
            if (const QString other = writer.finish(print, problems, &replaced); !other.isEmpty()) {
                report.flows = report.bytes = 0;
                skip(other); // the same file twice in one import
                continue;
            }
            report.status = replaced ? QStringLiteral("replaced") : QStringLiteral("imported");
            if (damaged)
                report.message = QStringLiteral("%1: cut short; the frames before the damage are imported").arg(path);
            ++result.filesImported;
            result.frames += report.frames;
            result.flows += report.flows;
            result.bytes += report.bytes;
            result.files.append(report);
        }
    } catch (const sql::Error &e) {
        qCWarning(lcIngest) << "capture import stopped:" << e.what();
        result.messages.append(QStringLiteral("The import stopped: %1").arg(QString::fromUtf8(e.what())));
    }
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (feedback)
        feedback->progress(total, total, result.flows);
    return result;
}

} // namespace vpclens
