// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowrollups.h"

#include "sqlite.h"

namespace vpclens {

void FlowRollups::write(sqlite3 *db) const
{
    sql::Statement time(db, "INSERT INTO rollup_time(minute, action, flows, packets, bytes) VALUES(?1, ?2, ?3, ?4, ?5) "
                            "ON CONFLICT DO UPDATE SET flows = flows + excluded.flows, packets = packets + excluded.packets, "
                            "bytes = bytes + excluded.bytes");
    for (const auto &[key, s] : m_time)
        time.bind(1, key >> 2).bind(2, key & 3).bind(3, s.flows).bind(4, s.packets).bind(5, s.bytes).run();
    sql::Statement eni(db, "INSERT INTO rollup_eni(minute, eni, action, flows, packets, bytes) VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
                           "ON CONFLICT DO UPDATE SET flows = flows + excluded.flows, packets = packets + excluded.packets, "
                           "bytes = bytes + excluded.bytes");
    for (const auto &[key, s] : m_eni)
        eni.bind(1, key.minute).bind(2, key.eni).bind(3, key.action).bind(4, s.flows).bind(5, s.packets).bind(6, s.bytes).run();
    sql::Statement talkers(db, "INSERT INTO rollup_talkers(action, src, dst, dport, proto, flows, packets, bytes, hour) "
                               "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT DO UPDATE SET flows = flows + excluded.flows, "
                               "packets = packets + excluded.packets, bytes = bytes + excluded.bytes");
    for (const auto &[key, s] : m_talkers) {
        talkers.bind(1, key.action);
        bindAddress(talkers.get(), 2, key.src);
        bindAddress(talkers.get(), 3, key.dst);
        talkers.bind(4, key.dstPort).bind(5, key.protocol).bind(6, s.flows).bind(7, s.packets).bind(8, s.bytes).bind(9, key.hour).run();
    }
}

} // namespace vpclens
