// SPDX-License-Identifier: GPL-3.0-or-later
// Imports VPC Flow Logs into a workspace: one thread decodes and parses while the calling thread writes
// with one prepared statement. Each file is one transaction with its rollups, so a cancelled or killed
// import leaves every finished file and nothing of the one in flight.
#pragma once

#include <QList>
#include <QStringList>

namespace vpclens {

class JobFeedback;
class Workspace;

struct FlowImportOptions {
    QString format; // AWS syntax ("${version} ${account-id} ..."), for files without a header line
};

struct FlowFileReport {
    QString path;
    QString status; // "imported", "replaced", "duplicate", "failed"
    qint64 records = 0;
    qint64 badLines = 0;
    QString message;
};

struct FlowImportResult {
    int filesImported = 0;
    int filesSkipped = 0; // duplicates of files already in the workspace
    int filesFailed = 0;
    int filesLeftOut = 0; // JSON found in a folder that holds no CloudWatch Logs events (topology exports)
    qint64 records = 0;
    qint64 badLines = 0;
    qint64 bytes = 0;
    double seconds = 0;
    double parseCpuSeconds = 0; // CPU time of the parsing thread (decompressing, parsing, summing)
    double writeCpuSeconds = 0; // CPU time of the writing thread (SQLite)
    bool canceled = false;
    bool stopped = false; // a failure of the workspace (disk full, damaged) or of memory ended the import early
    QStringList messages; // each names its file (and line)
    QList<FlowFileReport> files;
};

// Flow-log files under the given files and folders (.log, .log.gz, .gz, .txt, .json, .parquet), sorted.
// Folders that cannot be listed are named in `unreadable`.
QStringList collectFlowLogFiles(const QStringList &paths, QStringList *unreadable = nullptr);
// Whether a JSON file can hold CloudWatch Logs events ("events" or "logEvents" in its first 64 KiB).
// A folder of flow logs may also hold the estate's AWS CLI exports: those are left out, not failed.
bool mayHoldLogEvents(const QString &jsonPath);

// Throws nothing: SQLite failures end the import with a message and roll back the file in flight.
FlowImportResult importFlowLogs(Workspace &ws, const QStringList &paths, const FlowImportOptions &options = {},
                                JobFeedback *feedback = nullptr);

} // namespace vpclens
