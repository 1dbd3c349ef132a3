// SPDX-License-Identifier: GPL-3.0-or-later
// What the parsing thread hands to the writing thread: rows ready to bind, bad lines, new interned
// strings, and the start and end of each file.
#pragma once

#include "flowlog/connectionmatcher.h"
#include "flowlog/flowrow.h"
#include "workspace/flowrollups.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace vpclens {

struct BadLineRow {
    std::int64_t line;
    BadLine reason;
    std::string text; // cut to a sane length
    // field-count: the fields the format expects and the line has; whether the file had no header
    // line and none was given (--format, the flow log's LogFormat), so the default was assumed.
    int expected = -1, found = -1;
    bool headerless = false;
};

struct FlowBatch {
    // DiscardFile: forget the file in flight (its checks failed after rows were sent); it is read again.
    enum class Kind : std::uint8_t { BeginFile, Rows, EndFile, FailedFile, DiscardFile };
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
    const char *damageReason = "truncated"; // EndFile with a message: "truncated", "altered", "too-long"
    // EndFile: the bad lines not listed one by one (past kMaxListedBadLines), by reason
    std::vector<std::pair<BadLine, std::int64_t>> unlisted;
    // EndFile / DiscardFile: the start times the file's rows span (for deciding connections again)
    std::int64_t minStart = 0, maxStart = -1;
    QString hash;
    std::int64_t size = 0;
    std::int64_t bytesRead = 0; // running total over all files, for progress
    std::shared_ptr<FlowRollups> rollups; // EndFile: the file's sums, computed on the parsing thread
    std::vector<Uncount> uncount;         // EndFile: rows sent before that stop counting (connectionmatcher.h)
};

} // namespace vpclens
