// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/addresscolumn.h"

#include "base/communityid.h"

#include <cstring>

namespace vpclens {

void bindAddress(sqlite3_stmt *stmt, int column, const FlowAddress &address)
{
    if (address.kind == FlowAddress::V4)
        sqlite3_bind_int64(stmt, column, address.v4);
    else if (address.kind == FlowAddress::V6)
        sqlite3_bind_blob(stmt, column, address.v6.data(), 16, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(stmt, column);
}

void bindAddress(sqlite3_stmt *stmt, int column, const IpAddress &address)
{
    if (address.isV4()) {
        sqlite3_bind_int64(stmt, column, address.v4());
        return;
    }
    const Ipv6Bytes b = address.bytes();
    sqlite3_bind_blob(stmt, column, b.data(), 16, SQLITE_TRANSIENT);
}

namespace {

std::optional<IpAddress> valueAddress(sqlite3_value *v)
{
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER: return IpAddress(std::uint32_t(sqlite3_value_int64(v)));
    case SQLITE_BLOB:
        if (sqlite3_value_bytes(v) == 16) {
            Ipv6Bytes b;
            std::memcpy(b.data(), sqlite3_value_blob(v), 16);
            return IpAddress::fromBytes(b);
        }
        return std::nullopt;
    default: return std::nullopt;
    }
}

void communityIdFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto src = valueAddress(argv[1]), dst = valueAddress(argv[2]);
    if (!src || !dst || sqlite3_value_type(argv[0]) != SQLITE_INTEGER) {
        sqlite3_result_null(ctx);
        return;
    }
    auto port = [](sqlite3_value *v) { return sqlite3_value_type(v) == SQLITE_INTEGER ? int(sqlite3_value_int64(v)) : -1; };
    const QByteArray id = communityId(int(sqlite3_value_int64(argv[0])), *src, *dst, port(argv[3]), port(argv[4])).toLatin1();
    if (id.isEmpty())
        sqlite3_result_null(ctx);
    else
        sqlite3_result_text(ctx, id.constData(), int(id.size()), SQLITE_TRANSIENT);
}

} // namespace

void registerCommunityIdFunction(sqlite3 *db)
{
    sqlite3_create_function_v2(db, "vpclens_community_id", 5, SQLITE_UTF8 | SQLITE_DIRECTONLY | SQLITE_DETERMINISTIC, nullptr,
                               communityIdFunction, nullptr, nullptr, nullptr);
}

std::optional<IpAddress> storedAddress(sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER: return IpAddress(std::uint32_t(sqlite3_column_int64(stmt, column)));
    case SQLITE_BLOB:
        if (sqlite3_column_bytes(stmt, column) == 16) {
            Ipv6Bytes b;
            std::memcpy(b.data(), sqlite3_column_blob(stmt, column), 16);
            return IpAddress::fromBytes(b);
        }
        return std::nullopt;
    default: return std::nullopt;
    }
}

FlowAddress storedFlowAddress(sqlite3_stmt *stmt, int column)
{
    FlowAddress a;
    if (const auto stored = storedAddress(stmt, column); stored && stored->isV4()) {
        a.kind = FlowAddress::V4;
        a.v4 = stored->v4();
    } else if (stored) {
        a.kind = FlowAddress::V6;
        a.v6 = stored->bytes();
    }
    return a;
}

QString formatStoredAddress(sqlite3_stmt *stmt, int column)
{
    const auto address = storedAddress(stmt, column);
    return address ? formatIp(*address) : QStringLiteral("-");
}

bool storedAddressLess(const IpAddress &a, const IpAddress &b)
{
    if (a.isV4() != b.isV4())
        return a.isV4();
    return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo; // hi/lo hold the bytes big-endian: byte order
}

bool storedAddressLess(const FlowAddress &a, const FlowAddress &b)
{
    if (a.kind != b.kind)
        return a.kind < b.kind; // None < V4 < V6
    if (a.kind == FlowAddress::V4)
        return a.v4 < b.v4;
    return a.kind == FlowAddress::V6 && a.v6 < b.v6;
}

} // namespace vpclens
