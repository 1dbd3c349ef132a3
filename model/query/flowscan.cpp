// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/flowscan.h"

#include "base/logging.h"
#include "workspace/workspace.h"

#include <exception>
#include <thread>
#include <vector>

namespace vpclens {
namespace {

namespace fc = flowcolumns;

struct ScanBlock {
    qint64 first, last, minStart, maxStart;
};

constexpr std::size_t kBlocksForTwoThreads = 32;   // fewer: opening a second connection costs more than it saves
constexpr std::size_t kStopped = std::size_t(1) << 62; // the shared block counter at or past this: stop

class Worker
{
public:
    Worker(sqlite3 *db, const ScanRequest &r, const std::vector<ScanBlock> &blocks, std::atomic<std::size_t> &next)
        : m_db(db), m_reader(db), m_request(r), m_blocks(blocks), m_next(next)
    {
        m_columns = r.columns | (r.filter ? r.filter->columns() : 0);
    }

    // False when cancelled.
    bool run(int index, const ScanConsumer &consume)
    {
        const sql::ReadTransaction snapshot(m_db); // no file lock taken per column read
        std::vector<std::uint8_t> selected;
        for (;;) {
            if (m_request.cancel && m_request.cancel->load())
                return false;
            // Partitioned: every worker reads every block (it keeps its share of the keys).
            const std::size_t k = m_request.partitioned ? m_own++ : m_next.fetch_add(1);
            if (k >= m_blocks.size() || m_next.load() >= kStopped)
                return true;
            const ScanBlock &b = m_blocks[k];
            const bool partial = b.minStart < m_request.from || b.maxStart >= m_request.to;
            const BlockView view = loadBlock(m_reader, b.first, b.last, m_columns | (partial ? 1u << fc::Start : 0));
            selected.assign(view.size, 1);
            if (m_request.filter)
                m_request.filter->evaluate(view, selected.data());
            bool any = false;
            const std::int64_t *start = view.columns[fc::Start];
            for (std::size_t i = 0; i < view.size; ++i) {
                if (partial && (start[i] < m_request.from || start[i] >= m_request.to))
                    selected[i] = 0;
                any = any || selected[i];
            }
            if (any)
                consume(index, view, selected.data());
        }
    }

private:
    sqlite3 *m_db; // not owned
    fc::BlockReader m_reader;
    const ScanRequest &m_request;
    const std::vector<ScanBlock> &m_blocks;
    std::atomic<std::size_t> &m_next;
    std::size_t m_own = 0;
    std::uint32_t m_columns = 0;
};

} // namespace

void scanFlows(const Workspace &ws, const ScanRequest &asked, const ScanConsumer &consume)
{
    ScanRequest request = asked;
    if (!request.cancel)
        request.cancel = sql::CancelGuard::current();
    if (request.filter) { // a time range in the filter narrows the blocks read
        request.from = std::max<qint64>(request.from, request.filter->startFrom());
        request.to = std::min<qint64>(request.to, request.filter->startTo());
    }
    std::vector<ScanBlock> blocks;
    {
        sql::Statement q(ws.handle(), "SELECT first_id, last_id, min_start, max_start FROM flow_blocks "
                                      "WHERE max_start >= ?1 AND min_start < ?2 ORDER BY first_id");
        q.bind(1, request.from).bind(2, request.to);
        while (q.step())
            blocks.push_back({q.int64(0), q.int64(1), q.int64(2), q.int64(3)});
    }
    std::atomic<std::size_t> next{0};
    // A second connection sees what is committed: not while this one is inside a transaction.
    std::unique_ptr<Workspace> second;
    if (blocks.size() >= kBlocksForTwoThreads && sqlite3_get_autocommit(ws.handle()) && ws.path() != QLatin1String(":memory:")) {
        QString error;
        second = Workspace::openForReading(ws.path(), &error);
        if (!second)
            qCInfo(lcQuery) << "scanning on one thread:" << error;
    }
    Worker first(ws.handle(), request, blocks, next);
    auto stopped = [] { return sql::Error("scanning the records: interrupted"); };
    if (!second) {
        if (!first.run(0, consume))
            throw stopped();
        // Partitioned on one thread: the second share of the keys in a second pass.
        if (request.partitioned && !Worker(ws.handle(), request, blocks, next).run(1, consume))
            throw stopped();
        return;
    }
    std::exception_ptr failure;
    bool otherDone = true;
    std::thread other([&] {
        try {
            Worker w(second->handle(), request, blocks, next);
            otherDone = w.run(1, consume);
        } catch (...) {
            failure = std::current_exception();
            next = kStopped; // stops the first worker too
        }
    });
    bool done = false;
    try {
        done = first.run(0, consume);
    } catch (...) {
        next = kStopped;
        other.join();
        throw;
    }
    other.join();
    if (failure)
        std::rethrow_exception(failure);
    if (!done || !otherDone)
        throw stopped();
}

BlockView loadBlock(flowcolumns::BlockReader &reader, qint64 first, qint64 last, std::uint32_t columns)
{
    reader.moveTo(first, last);
    BlockView view;
    view.size = reader.size();
    view.firstId = first;
    for (int c = 0; c < fc::Count; ++c)
        if (columns & (1u << c)) {
            view.columns[std::size_t(c)] = reader.column(c).data();
            if (c == fc::Src || c == fc::Dst)
                view.v6[std::size_t(c - fc::Src)] = &reader.v6(c);
        }
    return view;
}

qint64 storedRecords(const Workspace &ws)
{
    sql::Statement q(ws.handle(), "SELECT COALESCE(SUM(last_id - first_id + 1), 0) FROM flow_blocks");
    q.step();
    return q.int64(0);
}

} // namespace vpclens
