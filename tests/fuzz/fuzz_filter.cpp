// SPDX-License-Identifier: GPL-3.0-or-later
// The filter language: any text either compiles to SQL that SQLite prepares and runs on a workspace,
// or is refused with an error; never a crash, never SQL that fails. Where the record columns can
// answer the filter, the scan counts what SQLite counts row by row.
#include "fuzzinput.h"
#include "query/flowfilter.h"
#include "query/flowsearch.h"
#include "workspace/flowcolumns.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <cstdlib>
#include <cstdio>

using namespace vpclens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static std::unique_ptr<Workspace> ws = [] {
        QString error;
        auto w = Workspace::open(QStringLiteral(":memory:"), &error, true);
        // An IPv4 connection, an IPv6 one refused, a NODATA record: one block.
        FlowAddress a4{FlowAddress::V4, 167772161, {}}, b4{FlowAddress::V4, 167772162, {}}, a6{FlowAddress::V6, 0, {}}, none;
        a6.v6[0] = 0x20;
        a6.v6[15] = 1;
        const FlowRow rows[] = {
            {1700000000, 1700000060, 1, 40000, 22, 6, 10, 840, a4, b4, 17 | 2 << 8, -1},
            {1700000030, 1700000090, 1, 50000, 443, 6, 3, 300, a6, a6, 18 | 2 << 8, -1},
            {1700000060, 1700000120, 1, -1, -1, -1, -1, -1, none, none, 4 | 16 | 2 << 8, -1},
        };
        flowcolumns::BlockBuilder block;
        for (const FlowRow &r : rows)
            block.add(r);
        sql::Statement insert(w->handle(), "INSERT INTO flow_columns(id, low, high, data) VALUES(?1, ?2, ?3, ?4)");
        block.write(insert, 1);
        sql::exec(w->handle(), "INSERT INTO flow_blocks(file, first_id, last_id, min_start, max_start) VALUES(0, 1, 3, 1700000000, 1700000060)");
        return w;
    }();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto compiled = compileFilter(text, {ws.get(), nullptr});
    const auto *filter = std::get_if<CompiledFilter>(&compiled);
    if (!filter)
        return 0;
    const QString sqlText = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(filter->from(), filter->sql);
    try {
        sql::Statement q(ws->handle(), sqlText.toStdString());
        filter->bind(q.get());
        q.step();
        if (filter->columns && countFlows(*ws, *filter) != q.int64(0)) {
            std::fprintf(stderr, "the column scan counts otherwise than SQLite: %s\n", qPrintable(text));
            std::abort();
        }
    } catch (const sql::Error &e) {
        std::fprintf(stderr, "compiled filter fails in SQLite: %s\n", e.what());
        std::abort();
    }
    return 0;
}
