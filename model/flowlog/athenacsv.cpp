// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlog/athenacsv.h"

#include "flowlog/flowlogformat.h"

#include <algorithm>

namespace vpclens {
namespace {

// Splits one CSV line (RFC 4180: quoted values, "" inside quotes); false on an unclosed quote or
// text after a closing quote.
bool splitCsv(std::string_view line, std::vector<std::string> &values)
{
    values.clear();
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    std::size_t i = 0;
    for (;;) {
        std::string v;
        if (i < line.size() && line[i] == '"') {
            ++i;
            for (;;) {
                if (i >= line.size())
                    return false;
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        v += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                v += line[i++];
            }
            if (i < line.size() && line[i] != ',')
                return false;
        } else {
            const std::size_t comma = line.find(',', i);
            const std::size_t end = comma == std::string_view::npos ? line.size() : comma;
            v.assign(line.substr(i, end - i));
            if (v.find('"') != std::string::npos)
                return false;
            i = end;
        }
        values.push_back(std::move(v));
        if (i >= line.size())
            return true;
        ++i; // the comma
    }
}

} // namespace

bool AthenaCsv::looksLike(std::string_view line)
{
    return line.starts_with("\"version\",") || line.starts_with("version,");
}

bool AthenaCsv::header(std::string_view line, std::string &out)
{
    std::vector<std::string> names;
    if (!splitCsv(line, names))
        return false;
    out.clear();
    m_keep.assign(names.size(), false);
    for (std::size_t k = 0; k < names.size(); ++k) {
        std::string field = names[k];
        std::replace(field.begin(), field.end(), '_', '-');
        if (!fieldFromName(field))
            continue; // a partition column (accid, day, date, hour, ...)
        m_keep[k] = true;
        out += out.empty() ? "" : " ";
        out += field;
    }
    return !out.empty();
}

bool AthenaCsv::row(std::string_view line, std::string &out) const
{
    thread_local std::vector<std::string> values;
    if (!splitCsv(line, values) || values.size() != m_keep.size())
        return false;
    out.clear();
    for (std::size_t k = 0; k < values.size(); ++k) {
        if (!m_keep[k])
            continue;
        const std::string &v = values[k];
        if (v.find_first_of(" \t") != std::string::npos)
            return false; // a value flow logs never hold, and one the space-separated line cannot
        out += out.empty() ? "" : " ";
        out += v.empty() ? std::string_view("-") : std::string_view(v);
    }
    return true;
}

} // namespace vpclens
