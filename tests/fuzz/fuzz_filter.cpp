// SPDX-License-Identifier: GPL-3.0-or-later
// The filter language: any text either compiles to SQL that SQLite prepares and runs on a workspace,
// or is refused with an error; never a crash, never SQL that fails.
#include "fuzzinput.h"
#include "query/flowfilter.h"
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
        sql::exec(w->handle(), "INSERT INTO flows(file, start, dur, eni, src, dst, sport, dport, proto, packets, bytes, bits) "
                               "VALUES(0, 1700000000, 60, 1, 167772161, 167772162, 40000, 22, 6, 10, 840, 17)");
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
    } catch (const sql::Error &e) {
        std::fprintf(stderr, "compiled filter fails in SQLite: %s\n", e.what());
        std::abort();
    }
    return 0;
}
