// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>

namespace vpclens {

class JobFeedback;
class Workspace;

struct TopologyImportResult {
    int filesRead = 0;        // files that held a supported export
    int resources = 0;        // resources stored in the new snapshot (after de-duplication)
    qint64 snapshotId = 0;    // 0 when nothing was stored
    QDateTime snapshotTime;
    QStringList errors;       // unreadable or malformed files, each naming the file (and line)
    QStringList skipped;      // valid files that are not a supported export
    QStringList warnings;     // imported, but worth a look (an interface id two instances name, a snapshot time)
    bool unchanged = false;   // the same resources as snapshot `snapshotId`, stored before: nothing added
    bool canceled = false;
};

// Every *.json under the given files and folders, sorted.
QStringList collectJsonFiles(const QStringList &paths);

// Reads AWS CLI exports and stores them as one snapshot, in one transaction. A resource seen in several
// files (a shared VPC in two accounts' exports) is stored once. The snapshot time is `snapshotTime` when
// valid, else the newest input file's modification time. The same resources as an earlier snapshot
// (and no other time asked for) add no snapshot: `unchanged` names the earlier one.
TopologyImportResult importTopology(Workspace &ws, const QStringList &paths, const QDateTime &snapshotTime = {},
                                    JobFeedback *feedback = nullptr);

} // namespace vpclens
