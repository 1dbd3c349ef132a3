// SPDX-License-Identifier: GPL-3.0-or-later
// Imports packet captures (pcap, pcapng) beside the flow logs: each frame decoded (capture/), VXLAN
// and GENEVE taken off with their VNI mapped to the estate's mirror session (and so to the mirrored
// interface and its filter), packets summed into flows per connection, direction and aggregation
// window (capture/flowassembler.h), written one transaction per file (ingest/capturewriter.h).
// Frames that cannot be decoded are counted and named by frame number; a file libpcap cannot read
// fails with its reason; the rest still imports.
#pragma once

#include <QList>
#include <QStringList>

#include <cstdint>

namespace vpclens {

class JobFeedback;
class Workspace;

struct CaptureImportOptions {
    QString interfaceId;        // the interface a capture without VXLAN was taken on (eni-...), else found by address
    std::int64_t windowSeconds = 0; // 0: the flow logs' MaxAggregationInterval (the smallest), else 600
};

struct CaptureFileReport {
    QString path;
    QString status; // "imported", "replaced", "duplicate", "failed"
    QString format; // "pcap (EN10MB)"
    qint64 frames = 0, flows = 0, bytes = 0;
    qint64 notIp = 0, fragments = 0, truncated = 0, malformed = 0, unattributed = 0;
    QString message;
};

struct CaptureImportResult {
    int filesImported = 0, filesSkipped = 0, filesFailed = 0;
    qint64 frames = 0, flows = 0, bytes = 0;
    double seconds = 0;
    bool canceled = false;
    QStringList messages; // each names its file (and frame)
    QList<CaptureFileReport> files;
};

// Capture files under the given files and folders (.pcap, .pcapng, .cap, .dmp), sorted.
QStringList collectCaptureFiles(const QStringList &paths, QStringList *unreadable = nullptr);

// Throws nothing: a failure of the workspace ends the import with a message, the file in flight rolled back.
CaptureImportResult importCaptures(Workspace &ws, const QStringList &paths, const CaptureImportOptions &options = {},
                                   JobFeedback *feedback = nullptr);

} // namespace vpclens
