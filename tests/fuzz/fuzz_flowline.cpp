// SPDX-License-Identifier: GPL-3.0-or-later
// The flow-log line parser: the first line is a header (or, failing that, the default format is
// used), every further line a record. The one-pass and two-pass parsers must agree on good lines.
#include "flowlog/flowlineparser.h"
#include "flowlog/flowlogformat.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace vpclens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    std::string_view input(reinterpret_cast<const char *>(data), size);
    const std::size_t nl = input.find('\n');
    const std::string_view first = input.substr(0, nl);
    auto format = FlowLogFormat::fromHeader(first);
    if (!format)
        format = FlowLogFormat::defaultFormat();
    if (format->size() > int(FlowField::Count))
        std::abort(); // a format never holds a field twice
    std::string_view rest = nl == std::string_view::npos ? std::string_view() : input.substr(nl + 1);
    ParsedFlow a, b;
    while (!rest.empty()) {
        const std::size_t end = rest.find('\n');
        std::string_view line = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        const BadLine one = parseFlowLine(line, *format, a);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        const BadLine two = parseFlowLineTwoPass(line, *format, b);
        if ((one == BadLine::None) != (two == BadLine::None))
            std::abort(); // the fast path and the careful one disagree on whether a line is good
        if (one == BadLine::None && (a.bytes != b.bytes || a.start != b.start || a.srcPort != b.srcPort || a.action != b.action))
            std::abort();
    }
    return 0;
}
