// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/connectionrepair.h"

#include "base/logging.h"
#include "base/timetext.h"
#include "flowlog/connectionmatcher.h"
#include "flowlog/flowbits.h"
#include "topology/estate.h"
#include "workspace/storedestate.h"
#include "workspace/storedrow.h"
#include "workspace/workspace.h"


#include <algorithm>
#include <vector>

namespace vpclens {
namespace {

constexpr qint64 kHour = 3600;
constexpr std::size_t kBatch = 8192;

// The interface owning each address, by the id its name has in `strings` (the id records carry), or
// a negative id of its own when no record names it. The first interface in the order of their ids
// owns an address two of them claim, as in the import (loadSetup).
AddressOwners ownersOf(const Workspace &ws)
{
    AddressOwners owners;
    const Estate estate = loadEstate(ws);
    QStringList ids = estate.enis.keys();
    ids.sort();
    sql::Statement interned(ws.handle(), "SELECT id FROM strings WHERE s = ?1");
    std::int64_t unnamed = -2; // -1 is FlowOwners::kNotAConnection
    for (const QString &id : ids) {
        interned.bind(1, id);
        const std::int64_t eni = interned.step() ? interned.int64(0) : unnamed--;
        interned.reset();
        const Eni &n = estate.enis[id];
        for (const auto *addresses : {&n.privateIps, &n.publicIps})
            for (const IpAddress &a : *addresses) {
                if (a.isV4())
                    owners.add(a.v4(), eni);
                else
                    owners.add(a.bytes(), eni);
            }
    }
    return owners;
}

} // namespace

CountedEdits::CountedEdits(sqlite3 *db)
    : m_block(db, "SELECT first_id, last_id FROM flow_blocks WHERE first_id <= ?1 ORDER BY first_id DESC LIMIT 1")
    , m_reader(db)
{
}

bool CountedEdits::set(qint64 id, qint64 importId, bool counted)
{
    m_block.bind(1, id);
    const bool found = m_block.step() && m_block.int64(1) >= id;
    const qint64 first = found ? m_block.int64(0) : 0, last = found ? m_block.int64(1) : 0;
    m_block.reset();
    if (!found)
        return false;
    if (m_reader.firstId() != first)
        flushBits();
    m_reader.moveTo(first, last);
    const std::size_t i = std::size_t(id - first);
    if (m_bits.empty())
        m_bits = m_reader.column(flowcolumns::Bits);
    if (flowbits::counted(m_bits[i]) == counted)
        return false;
    const FlowRow r = m_reader.row(i); // as stored: its sums move with the bit
    m_bits[i] = counted ? (m_bits[i] | flowbits::kCounted) : (m_bits[i] & ~std::int64_t(flowbits::kCounted));
    m_dirty = true;
    if (isConnection(r))
        m_byImport[importId].add(r, counted ? 1 : -1);
    return true;
}

void CountedEdits::flushBits()
{
    if (m_dirty)
        m_reader.rewrite(flowcolumns::Bits, m_bits);
    m_dirty = false;
    m_bits.clear();
}

void CountedEdits::write(FlowRollups::Statements &statements)
{
    flushBits();
    for (auto &[importId, sums] : m_byImport) {
        sums.seal();
        sums.write(statements, importId);
    }
    m_byImport.clear();
}

ConnectionRepair repairConnections(Workspace &ws, qint64 from, qint64 to)
{
    ConnectionRepair out;
    sqlite3 *db = ws.handle();
    struct Block {
        qint64 first, last, file;
    };
    std::vector<Block> blocks;
    qint64 maxId = 0;
    {
        sql::Statement q(db, "SELECT first_id, last_id, file FROM flow_blocks ORDER BY first_id");
        while (q.step()) {
            blocks.push_back({q.int64(0), q.int64(1), q.int64(2)});
            maxId = std::max<qint64>(maxId, q.int64(1));
        }
    }
    if (blocks.empty())
        return out;
    const AddressOwners owners = ownersOf(ws);
    const qint64 readFrom = addSeconds(from, -2 * kHour), readTo = addSeconds(to, 2 * kHour);
    const qint64 applyFrom = addSeconds(from, -kHour), applyTo = addSeconds(to, kHour);
    // Bit sets by record id: stored as counted, decided counted, in the window to apply.
    std::vector<bool> before(std::size_t(maxId) + 1), after(std::size_t(maxId) + 1), apply(std::size_t(maxId) + 1);

    ConnectionMatcher matcher;
    std::vector<FlowRow> rows;
    std::vector<FlowOwners> rowOwners;
    std::vector<std::int64_t> ids;
    std::vector<Uncount> uncount;
    auto decide = [&] {
        matcher.decide(rows, rowOwners, 0, 0, uncount, &ids);
        for (std::size_t i = 0; i < rows.size(); ++i)
            after[std::size_t(ids[i])] = flowbits::counted(rows[i].bits);
        for (const Uncount &u : uncount)
            after[std::size_t(u.ordinal)] = false;
        uncount.clear();
        rows.clear();
        rowOwners.clear();
        ids.clear();
    };
    {
        sql::Statement q(db, selectStoredRows("f.id, ", "FROM flow_blocks b JOIN flows f ON f.id BETWEEN b.first_id AND b.last_id "
                                                        "WHERE b.max_start >= ?1 AND b.min_start <= ?2 AND f.start BETWEEN ?1 AND ?2 ORDER BY f.start, f.id"));
        q.bind(1, readFrom).bind(2, readTo);
        while (q.step()) {
            const qint64 id = q.int64(0);
            FlowRow r = storedRow(q.get(), 1);
            ++out.records;
            before[std::size_t(id)] = flowbits::counted(r.bits);
            apply[std::size_t(id)] = r.start >= applyFrom && r.start <= applyTo;
            r.bits &= ~flowbits::kCounted;
            rows.push_back(r);
            rowOwners.push_back(owners.of(r));
            ids.push_back(id);
            if (rows.size() >= kBatch)
                decide();
        }
        decide();
    }
    // Where the decision changed: the bit, and the record's sums in or out of its file's.
    CountedEdits edits(db);
    for (qint64 id = 0; id <= maxId; ++id) {
        const std::size_t i = std::size_t(id);
        if (!apply[i] || before[i] == after[i])
            continue;
        const auto block = std::upper_bound(blocks.begin(), blocks.end(), id, [](qint64 v, const Block &b) { return v < b.first; });
        if (block != blocks.begin() && std::prev(block)->last >= id && edits.set(id, std::prev(block)->file, after[i]))
            ++out.changed;
    }
    FlowRollups::Statements statements(db);
    edits.write(statements);
    sql::exec(db, "DELETE FROM rollup_time WHERE flows = 0; DELETE FROM rollup_eni WHERE flows = 0");
    qCInfo(lcWorkspace) << out.records << "records read," << out.changed << "counted differently";
    return out;
}

} // namespace vpclens
