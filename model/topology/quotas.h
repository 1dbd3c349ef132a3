// SPDX-License-Identifier: GPL-3.0-or-later
// AWS's default Amazon VPC quotas ("Amazon VPC quotas", VPC User Guide; most can be raised on request):
// what the quota finding and a VPC's details measure the estate against.
#pragma once

namespace vpclens::quota {

inline constexpr int kVpcsPerRegion = 5;
inline constexpr int kIpv4BlocksPerVpc = 5;
inline constexpr int kIpv6BlocksPerVpc = 5;
inline constexpr int kSubnetsPerVpc = 200;
inline constexpr int kRouteTablesPerVpc = 200;
inline constexpr int kRoutesPerTable = 50;    // routes not propagated
inline constexpr int kNaclsPerVpc = 200;
inline constexpr int kNaclEntries = 20;       // per direction, the default entry aside
inline constexpr int kRulesPerGroup = 60;     // per direction; each CIDR, prefix list or group counts
inline constexpr int kGroupsPerInterface = 5;

} // namespace vpclens::quota
