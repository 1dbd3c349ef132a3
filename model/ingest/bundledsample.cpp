// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/bundledsample.h"

#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "trace/flowexplainer.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace vpclens {
namespace {

const QDateTime kSampleSnapshotTime = QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC); // before its first record


// Copies a tree (possibly from a Qt resource) to a real folder, so that zlib can read the gzip files.
bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + src.mid(from.size());
        QDir().mkpath(QFileInfo(dst).path());
        if (!QFile::copy(src, dst))
            return false;
        QFile::setPermissions(dst, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

} // namespace

bool buildSampleWorkspace(const QString &sourceDir, const QString &workspacePath, QString *error,
                          JobFeedback *feedback)
{
    QTemporaryDir scratch;
    if (!scratch.isValid() || !copyTree(sourceDir, scratch.path())) {
        if (error)
            *error = QStringLiteral("cannot unpack the sample estate from %1").arg(sourceDir);
        return false;
    }
    QDir().mkpath(QFileInfo(workspacePath).path());
    const QString partial = workspacePath + QStringLiteral(".partial");
    QFile::remove(partial);
    const bool built = [&] {
        auto ws = Workspace::open(partial, error);
        if (!ws)
            return false;
        // The sample's exports describe the estate as it was when its logs begin (a checkout gives the
        // files the time of the clone, months after the logs).
        const TopologyImportResult topo = importTopology(*ws, {scratch.filePath(QStringLiteral("topology"))}, kSampleSnapshotTime, feedback);
        if (topo.snapshotId == 0) {
            if (error)
                *error = QStringLiteral("the sample estate at %1 holds no topology").arg(sourceDir);
            return false;
        }
        const FlowImportResult flows = importFlowLogs(*ws, {scratch.filePath(QStringLiteral("flowlogs"))}, {}, feedback);
        if (flows.filesFailed > 0 || flows.canceled) {
            if (error)
                *error = QStringLiteral("the sample flow logs did not import: %1").arg(flows.messages.join(QLatin1Char('\n')));
            return false;
        }
        explainWorkspace(*ws);
        ws->setMeta(QStringLiteral("title"), QStringLiteral("Sample estate"));
        return true;
    }();
    if (!built) {
        QFile::remove(partial);
        return false;
    }
    QFile::remove(workspacePath);
    if (!QFile::rename(partial, workspacePath)) {
        if (error)
            *error = QStringLiteral("cannot move the sample workspace to %1").arg(workspacePath);
        return false;
    }
    return true;
}

} // namespace vpclens
