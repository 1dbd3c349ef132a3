// SPDX-License-Identifier: GPL-3.0-or-later
// A stored record column of any bytes (workspace/flowcolumns.h), for any block size: decoded, or
// refused, as the scan and the flows table read it; every IPv6 reference of an accepted column names
// an address the column holds.
#include "workspace/flowcolumns.h"

#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace vpclens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    namespace fc = flowcolumns;
    if (size < 2)
        return 0;
    const std::size_t n = std::size_t(data[0] | data[1] << 8) % std::size_t(fc::kMaxBlockRows + 1);
    std::vector<std::int64_t> values;
    std::vector<fc::V6> v6;
    if (fc::decode(data + 2, size - 2, n, values, &v6)) {
        for (const std::int64_t v : values)
            if (v < 0 && v != fc::kNull && std::size_t(-(v + 1)) >= v6.size())
                std::abort();
        (void)fc::addressOf(values.empty() ? fc::kNull : values.front(), v6);
    }
    if (fc::decode(data + 2, size - 2, n, values)) {
        // What decodes encodes back to the same values.
        const fc::Encoded e = fc::encode(values.data(), values.size());
        std::vector<std::int64_t> again;
        if (!fc::decode(e.data.data(), e.data.size(), values.size(), again) || again != values)
            std::abort();
    }
    return 0;
}
