// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace vpclens {

// One AWS resource as read from a CLI export, before it is stored in a snapshot.
struct TopologyResource {
    QString kind;    // ResourceKindInfo::kind
    QString id;
    QString account; // owner account, from the data or the path; "unknown" when neither tells
    QString region;
    QString vpcId;
    QString name;    // Name tag, else a natural name (GroupName, LoadBalancerName), else empty
    QString state;
    bool deleted = false; // deleted/failed/terminated: kept, but its addresses answer nothing
    QByteArray raw;       // the element's JSON, compact
};

// A stored resource as the workspace lists it (its JSON apart).
struct ResourceSummary {
    QString kind;
    QString id;
    QString name;
    QString vpcId;
    QString account;
    QString region;
    QString state;
    bool deleted = false;
};

// What reading one JSON file produced.
struct TopologyFile {
    QString path;
    QList<TopologyResource> resources;
    QString jsonKey;       // the recognised top-level key, empty when not recognised
    QString error;         // a parse error naming the line, empty when the file was read
    QStringList problems;  // elements skipped (each named by its index), the rest of the file read
    QString skippedReason; // set for valid JSON that is not a supported AWS export
    QDateTime modified;
};

// Parses the timestamp styles seen in real exports: 2019-12-09T11:38:05.000Z,
// 2022-11-15T10:48:59+00:00 and 2020-06-21 03:33:52+00:00. Invalid input gives an invalid QDateTime.
QDateTime parseAwsTimestamp(const QString &text);

// Account and region implied by a path (aws_configs/<region>/, accounts/<account>/<region>/,
// account-data/<account>/<region>/, AWSLogs/<account>/...). Empty strings when the path does not tell.
struct PathScope {
    QString account;
    QString region;
};
PathScope scopeFromPath(const QString &path);

// Reads one AWS CLI JSON export. Never throws; problems are reported in the result.
TopologyFile readTopologyFile(const QString &path);

} // namespace vpclens
