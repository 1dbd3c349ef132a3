// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace vpclens {

inline constexpr const char *kVersion = VPCLENS_VERSION;
inline constexpr const char *kAppId = VPCLENS_APP_ID;
inline constexpr const char *kOrganization = "VpcLens";
inline constexpr const char *kApplicationName = "VpcLens";

} // namespace vpclens
