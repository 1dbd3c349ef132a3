// SPDX-License-Identifier: GPL-3.0-or-later
// Reads CloudTrail as AWS delivers it and as tools pass it on: the S3 object ({"Records": [...]},
// plain or gzip), `aws cloudtrail lookup-events` output (each record a JSON string in
// Events[].CloudTrailEvent), a bare array of records, EventBridge "AWS API Call via CloudTrail" events
// (the record under `detail`), detection-rule test lists (under `data`) and JSON Lines, one record or
// event per line. The network changes are kept; every other event is counted by service; a record
// that cannot be read is named by its number (and line), the rest of the file still read.
#pragma once

#include "history/trailevent.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace vpclens {

struct TrailFile {
    QString path;
    QList<TrailEvent> changes;        // the network changes, in file order
    qint64 records = 0;               // every record read, changes included
    QMap<QString, qint64> otherEvents; // the rest, by eventSource ("s3.amazonaws.com")
    QStringList problems;             // "path: record 7 (line 9): no eventTime", one per bad record
    QString error;                    // set when the whole file is refused (why, where)
};

// Never throws. Files larger than `maxBytes` once decompressed (64 MiB: AWS delivers a trail in
// objects of a few MB) are refused, not read in part: a gzip bomb costs no more than that.
TrailFile readTrailFile(const QString &path, qint64 maxBytes = qint64(64) << 20);

// The same for text already in memory (`path` only names it in messages).
TrailFile readTrailText(const QByteArray &text, const QString &path);

// Whether a path holds CloudTrail: a folder or file whose path says so (AWSLogs/<account>/CloudTrail/,
// <account>_CloudTrail_<region>_<time>_<id>.json.gz), or a JSON file whose first 64 KiB read as a
// trail (a record's eventVersion, eventSource, or lookup-events' CloudTrailEvent). For drops.
bool looksLikeCloudTrail(const QString &path);

// eventTime in the styles seen: 2023-07-10T12:05:09Z, with an offset, with milliseconds, and with a
// space for the T; no zone means UTC. Milliseconds since the epoch, or nullopt.
std::optional<qint64> parseTrailTime(const QString &text);

} // namespace vpclens
