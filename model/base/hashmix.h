// SPDX-License-Identifier: GPL-3.0-or-later
// One 64-bit finaliser for the hand-made hash tables and hash functions: every input bit reaches
// every output bit (the finalising steps of MurmurHash3, a published algorithm).
#pragma once

#include <cstdint>

namespace vpclens {

constexpr std::uint64_t mix64(std::uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 33);
}

} // namespace vpclens
