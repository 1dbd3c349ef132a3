// SPDX-License-Identifier: GPL-3.0-or-later
// Figures the benchmarks print about the process itself.
#pragma once

#include <sys/resource.h>

namespace vpclens {

// The most memory the process has held so far, in MiB (ru_maxrss is in KiB on Linux).
inline double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace vpclens
