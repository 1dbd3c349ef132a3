// SPDX-License-Identifier: GPL-3.0-or-later
// A .vpclens file of any content: opened (and refused, or read) like a workspace a colleague mailed.
#include "fuzzinput.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

using namespace vpclens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QString path = fuzz::writeInput(data, size, ".vpclens");
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QString error;
    auto ws = Workspace::openForReading(path, &error);
    if (!ws)
        return 0;
    try {
        (void)ws->imports();
        (void)ws->flowCount();
        (void)ws->snapshots();
        (void)ws->importErrors(50);
        (void)ws->resourceCounts();
    } catch (const sql::Error &) {
        // a damaged file: a clear error, which is what the callers show
    }
    return 0;
}
