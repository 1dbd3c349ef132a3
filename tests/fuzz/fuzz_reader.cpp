// SPDX-License-Identifier: GPL-3.0-or-later
// The flow-log file reader over any bytes: gzip (members, damage), plain text, CloudWatch JSON.
// Every line it returns is within its length limit, and line numbers only grow.
#include "flowlog/flowlinereader.h"
#include "fuzzinput.h"

#include <cstdlib>

using namespace vpclens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QString path = fuzz::writeInput(data, size, ".log");
    FlowLineReader reader;
    if (!reader.open(path, nullptr))
        return 0;
    std::string_view line;
    std::int64_t number = 0, previous = 0;
    bool terminated = true;
    while (reader.next(line, number, terminated)) {
        if (line.size() > FlowLineReader::kMaxLine || number != previous + 1)
            std::abort();
        previous = number;
    }
    if (reader.altered() && reader.verifiedLines() > number)
        std::abort();
    (void)reader.contentHash();
    return 0;
}
