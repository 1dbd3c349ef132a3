// SPDX-License-Identifier: GPL-3.0-or-later
// The writing side of a flow-log import: takes the parsing thread's batches and writes them, each
// file in one transaction with its rollups, its conversation chunks and its import row. A file whose
// content was imported before is dropped as a duplicate; a damaged copy never replaces a whole
// import of the same path; a file the parsing thread discards (a gzip member failed its check) is
// rolled back. What the connection matcher saw of dropped files is handed back as spans of time.
#pragma once

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace vpclens {

struct FlowBatch;
struct FlowImportResult;
class Workspace;

class FlowWriter
{
public:
    // Prepares every statement of the import (throws sql::Error).
    FlowWriter(Workspace &ws, FlowImportResult &result);
    ~FlowWriter();
    FlowWriter(const FlowWriter &) = delete;
    FlowWriter &operator=(const FlowWriter &) = delete;

    void handle(FlowBatch &batch); // throws sql::Error; the file in flight is then left to abort()
    void abort() noexcept;         // rolls back the file in flight, if any
    // The start times of rows the parsing thread's matcher saw but that were not written (a file
    // discarded or skipped as a duplicate): the connections there are decided again after the import.
    const std::vector<std::pair<std::int64_t, std::int64_t>> &unwrittenSpans() const;

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace vpclens
