// SPDX-License-Identifier: GPL-3.0-or-later
// Figures the benchmarks print about the process itself.
#pragma once

#include <sys/resource.h>

#include <ctime>

namespace vpclens {

// The most memory the process has held so far, in MiB (ru_maxrss is in KiB on Linux).
inline double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// CPU time the calling thread has used so far, in seconds.
inline double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

} // namespace vpclens
