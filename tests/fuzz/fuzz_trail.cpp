// SPDX-License-Identifier: GPL-3.0-or-later
// CloudTrail of any content: read in every shape (trailreader), each network change's effect
// judged from the event alone, then applied to the sample's configuration, which is compiled again
// into an estate (the shapes a call's response gives must never break the estate).
#include "fuzzinput.h"
#include "history/eventeffect.h"
#include "history/resourceset.h"
#include "history/trailreader.h"
#include "ingest/topologyimporter.h"
#include "topology/estate.h"
#include "workspace/workspace.h"

using namespace vpclens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static const ResourceSet sample = [] {
        QString error;
        auto ws = Workspace::open(QStringLiteral(":memory:"), &error, true);
        importTopology(*ws, {QStringLiteral(VPCLENS_SOURCE_DIR "/resources/sample/topology")});
        return snapshotResources(*ws, 1);
    }();
    const TrailFile f = readTrailText(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz.json"));
    ResourceSet set = sample;
    for (const TrailEvent &e : f.changes) {
        (void)effectProblem(e);
        (void)applyEvent(set, e);
    }
    if (!f.changes.isEmpty())
        (void)estateOf(set);
    return 0;
}
