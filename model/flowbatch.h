// SPDX-License-Identifier: GPL-3.0-or-later
// What the parsing thread hands to the writing thread: rows ready to bind, bad lines, new interned
// strings, and the start and end of each file.
#pragma once

#include "flowlineparser.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace vpclens {

struct FlowRow {
    std::int64_t start, end, eni; // eni: interned string id, 0 when absent
    std::int64_t srcPort, dstPort, protocol, packets, bytes; // ParsedFlow::Absent when '-'
    FlowAddress src, dst;
    std::int32_t bits;  // action | status << 2 | counted << 4 | version << 8
    std::int32_t extra; // index into FlowBatch::extras, -1 when the file has only v2 fields
};

struct FlowExtraRow {
    std::int64_t vpc, subnet, instance, region, az, rejectReason; // interned ids, 0 when absent
    std::int64_t tcpFlags, type, direction, trafficPath;           // -1 when absent
    FlowAddress pktSrc, pktDst;
    std::string rest; // the other non-'-' fields as "name=value" pairs
};

struct BadLineRow {
    std::int64_t line;
    BadLine reason;
    std::string text; // cut to a sane length
};

struct FlowBatch {
    enum class Kind : std::uint8_t { BeginFile, Rows, EndFile, FailedFile };
    Kind kind = Kind::Rows;
    int fileIndex = 0;
    std::vector<FlowRow> rows;
    std::vector<FlowExtraRow> extras;
    std::vector<BadLineRow> bad;
    std::vector<std::pair<std::int64_t, std::string>> newStrings;
    // BeginFile / EndFile / FailedFile
    QString path;
    QString format;  // header form of the format used
    QString message; // damage warning, or why the file failed
    QString hash;
    std::int64_t size = 0;
    std::int64_t bytesRead = 0; // running total over all files, for progress
};

} // namespace vpclens
