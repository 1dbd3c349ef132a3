// SPDX-License-Identifier: GPL-3.0-or-later
// Athena's query results as flow-log lines. Athena writes CSV: a header of the table's column names
// (AWS's flow-log table: version, account_id, interface_id, ..., log_status, ...), every value in
// double quotes, NULL as an empty value, and the partition columns (accid, day, ...) at the end. The
// header becomes the flow-log header (account_id -> account-id; columns that are no flow-log field
// are left out) and each row a line of space-separated values ('-' for empty), so the slice of an
// organisation's logs an analyst pulled with `vpclens-cli athena-sql` imports like the logs themselves.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vpclens {

class AthenaCsv
{
public:
    // A first line such as "version","account_id",... (quoted names, commas, the version column).
    static bool looksLike(std::string_view firstLine);
    // The header as a flow-log header; false when it names no flow-log field.
    bool header(std::string_view line, std::string &out);
    // A row as a flow-log line; false when it is not a row of the header's CSV (the caller keeps the
    // line as it is, and the parser names what is wrong with it).
    bool row(std::string_view line, std::string &out) const;

private:
    std::vector<bool> m_keep; // per column: a flow-log field
};

} // namespace vpclens
