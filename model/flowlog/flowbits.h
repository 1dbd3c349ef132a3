// SPDX-License-Identifier: GPL-3.0-or-later
// The bits of a flow record (FlowRow::bits in memory, flows.bits in the workspace), one integer:
//   action (0 '-', 1 ACCEPT, 2 REJECT) | log-status (0 OK, 1 NODATA, 2 SKIPDATA) << 2
//   | counted once << 4 (connectionmatcher.h) | from a packet capture << 5 | version << 8
// A capture flow (ingest/captureimporter.h) has action '-' and is never counted: it is evidence beside
// the flow-log records, not more traffic, so no sum, rollup or explanation takes it in.
// The one place that spells the layout, for C++ and for SQL over `flows f`.
#pragma once

#include <QString>

#include <cstdint>

namespace vpclens::flowbits {

inline constexpr std::int32_t kActionMask = 3;
inline constexpr int kStatusShift = 2;
inline constexpr std::int32_t kStatusMask = 3;
inline constexpr std::int32_t kCounted = 1 << 4;
inline constexpr std::int32_t kCapture = 1 << 5;
inline constexpr int kVersionShift = 8;
inline constexpr std::int32_t kVersionMask = 0xff;

constexpr int action(std::int64_t bits) { return int(bits & kActionMask); }
constexpr int status(std::int64_t bits) { return int((bits >> kStatusShift) & kStatusMask); }
constexpr bool isOk(std::int64_t bits) { return status(bits) == 0; }
constexpr bool counted(std::int64_t bits) { return (bits & kCounted) != 0; }
constexpr int version(std::int64_t bits) { return int((bits >> kVersionShift) & kVersionMask); }
constexpr bool captured(std::int64_t bits) { return (bits & kCapture) != 0; }
// Counted once and log status OK: what every sum holds.
constexpr bool countedOk(std::int64_t bits) { return counted(bits) && isOk(bits); }
constexpr std::int32_t pack(int action, int status, bool counted, int version)
{
    return std::int32_t(action) | std::int32_t(status) << kStatusShift | (counted ? kCounted : 0) | std::int32_t(version) << kVersionShift;
}

// The same fields in SQL, over a flows table named f (tst_workspace checks they agree with the above).
inline constexpr const char *kSqlAction = "(f.bits & 3)";
inline constexpr const char *kSqlStatus = "((f.bits >> 2) & 3)";
inline constexpr const char *kSqlVersion = "((f.bits >> 8) & 255)";
inline constexpr const char *kSqlCounted = "(f.bits & 16)";
inline constexpr const char *kSqlSource = "((f.bits >> 5) & 1)"; // 0 flow log, 1 capture

// SQL over `flows f` with the fields named: {action}, {status}, {version}, {counted}, and the tests
// {accepted}, {rejected}, {ok} (log status OK), {countedOk} (counted and OK: what sums hold) and
// {flowLog} (not from a capture) and {captured} (from one).
QString sql(QString text);

} // namespace vpclens::flowbits
