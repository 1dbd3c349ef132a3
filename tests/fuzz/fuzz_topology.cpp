// SPDX-License-Identifier: GPL-3.0-or-later
// An AWS CLI export of any content, imported as the topology and then traced through: the reader,
// the importer, the compiled estate and the rule evaluator.
#include "fuzzinput.h"
#include "ingest/topologyimporter.h"
#include "topology/estate.h"
#include "trace/ruletrace.h"
#include "workspace/sqlite.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

using namespace vpclens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QString path = fuzz::writeInput(data, size, ".json");
    // One workspace for every input (creating the schema each time was most of the work), emptied.
    static std::unique_ptr<Workspace> ws = [] {
        QString error;
        return Workspace::open(QStringLiteral(":memory:"), &error, true);
    }();
    sql::exec(ws->handle(), "DELETE FROM resources; DELETE FROM snapshot_scopes; DELETE FROM snapshots; DELETE FROM imports; "
                            "DELETE FROM import_errors");
    importTopology(*ws, {path});
    const Estate estate = loadEstate(*ws);
    const RuleEvaluator evaluator(estate);
    std::vector<IpAddress> addresses;
    for (auto it = estate.enis.cbegin(); it != estate.enis.cend() && addresses.size() < 4; ++it)
        for (const IpAddress &a : it->privateIps)
            addresses.push_back(a);
    addresses.push_back(*parseIp("203.0.113.9"));
    addresses.push_back(*parseIp("2001:db8::1"));
    for (const IpAddress &src : addresses)
        for (const IpAddress &dst : addresses) {
            if (src.isV4() != dst.isV4())
                continue;
            Packet p;
            p.src = src;
            p.dst = dst;
            p.dstPort = 22;
            (void)evaluator.trace(p);
        }
    return 0;
}
