// SPDX-License-Identifier: GPL-3.0-or-later
// The parsing side of a flow-log import: decodes each file, parses its lines and sends batches.
#pragma once

#include "base/boundedqueue.h"
#include "flowlog/connectionmatcher.h"
#include "flowlog/flowlogformat.h"
#include "ingest/flowbatch.h"

#include <QHash>
#include <QStringList>

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace vpclens {

// Looks strings up by std::string_view without building a std::string per record.
struct StringViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
using InternedStrings = std::unordered_map<std::string, std::int64_t, StringViewHash, std::equal_to<>>;

struct FlowParseSetup {
    QStringList files;
    std::optional<FlowLogFormat> userFormat;        // --format, for files without a header
    QHash<QString, FlowLogFormat> flowLogFormats;   // fl-id -> LogFormat from describe-flow-logs
    InternedStrings strings; // interned strings already in the workspace
    std::int64_t nextStringId = 1;
    std::unordered_map<std::uint32_t, std::string> ipv4Owner; // private/public IPv4 -> owning ENI id
    std::map<Ipv6Bytes, std::string> ipv6Owner;               // an interface's IPv6 addresses -> its id
    QStringList warnings; // stored formats that cannot be used, for the import's messages
};

class FlowParseJob
{
public:
    FlowParseJob(FlowParseSetup setup, BoundedQueue<FlowBatch> &queue, const std::atomic<bool> &cancel);
    void run(); // on the parsing thread

private:
    // Reads one file, up to lineLimit lines when not negative. Returns the lines to read it again up to
    // when its data failed a check after rows were sent (-1 otherwise).
    std::int64_t parseFile(int index, const QString &path, std::int64_t lineLimit);
    std::int64_t intern(std::string_view s, FlowBatch &batch);
    bool send(FlowBatch &batch);

    FlowParseSetup m_setup;
    AddressOwners m_owners; // by interned ENI id
    ConnectionMatcher m_matcher;
    BoundedQueue<FlowBatch> &m_queue;  // not owned
    const std::atomic<bool> &m_cancel; // not owned
    std::int64_t m_bytesBefore = 0;
};

} // namespace vpclens
