// SPDX-License-Identifier: GPL-3.0-or-later
// One CloudTrail record of a call that changes the network (networkchanges.h), as VpcLens keeps it.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace vpclens {

struct TrailEvent {
    // applied: its effect is understood and applied to the configuration; failed: the call failed
    // (errorCode), so nothing changed; not-applied: it succeeded, but its effect cannot be applied
    // (missing parameters, or a kind VpcLens does not model): `error` says why.
    enum class Status { Applied, Failed, NotApplied };

    QString id;            // eventID (a hash of the record when it has none)
    qint64 time = 0;       // eventTime, milliseconds since the epoch, UTC
    QString name, source;  // eventName, eventSource
    QString actor;         // userIdentity.arn, else its principalId, else its type
    QString account, region;
    QStringList resources; // the ids the call names, request first, then response
    Status status = Status::Applied;
    QString error;         // "errorCode: errorMessage" when failed; the reason when not applied
    QJsonObject request, response; // requestParameters and responseElements as logged
    QString file;          // where it was read
    int record = 0;        // its number in the file, from 1
};

const char *trailStatusName(TrailEvent::Status status); // "applied", "failed", "not-applied"
TrailEvent::Status trailStatusFromName(const QString &name);

} // namespace vpclens
