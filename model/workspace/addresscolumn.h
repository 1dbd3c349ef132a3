// SPDX-License-Identifier: GPL-3.0-or-later
// How the workspace stores an address (flows.src and .dst, the pkt- addresses, the cached top lists):
// IPv4 as an integer, IPv6 as a 16-byte blob, absent as NULL. SQLite then orders a column NULL first,
// IPv4 next, IPv6 last byte by byte. The one place that reads, writes and orders that encoding.
#pragma once

#include "base/ipaddress.h"
#include "flowlog/flowlineparser.h"

#include <sqlite3.h>

#include <QString>

#include <optional>

namespace vpclens {

void bindAddress(sqlite3_stmt *stmt, int column, const FlowAddress &address); // None binds NULL
void bindAddress(sqlite3_stmt *stmt, int column, const IpAddress &address);

// The column's address; empty for NULL (or a blob that is not 16 bytes).
std::optional<IpAddress> storedAddress(sqlite3_stmt *stmt, int column);
FlowAddress storedFlowAddress(sqlite3_stmt *stmt, int column);
// As text: "-" when absent.
QString formatStoredAddress(sqlite3_stmt *stmt, int column);

// The SQL function vpclens_community_id(proto, src, dst, sport, dport): a record's Community ID v1
// (base/communityid.h) from its stored columns, NULL without both addresses. Only VpcLens's own
// statements may call it (SQLITE_DIRECTONLY): the filter's `community-id` field.
void registerCommunityIdFunction(sqlite3 *db);

// The order SQLite gives stored addresses: absent first, then IPv4 (integers), then IPv6 (blobs) byte by byte.
bool storedAddressLess(const IpAddress &a, const IpAddress &b);
bool storedAddressLess(const FlowAddress &a, const FlowAddress &b);

} // namespace vpclens
