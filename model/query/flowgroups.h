// SPDX-License-Identifier: GPL-3.0-or-later
// Conversations and endpoints: the matching records summed per pair of ends (or per address), each
// connection once (the record counted once at import), with both directions apart, first and last
// seen, and a conversation's outcome (conversationoutcome.h). One sum serves both ways of reading the
// records: a scan of the columns for a filter they evaluate, the rows of SQL for any other.
#pragma once

#include "query/conversationoutcome.h"
#include "query/flowfilter.h"

#include <QList>
#include <QString>

namespace vpclens {

class ColumnFilter;
class Workspace;

enum class GroupBy {
    Conversation, // client, server, service port, protocol: a request and its reply in one row
    Endpoint,     // one address, what it sent and received
};

struct GroupRow {
    QString a, b;                    // conversation: client and server; endpoint: the address (b empty)
    qint64 port = -1, protocol = -1; // port: the server's, -1 for ICMP and records without ports
    qint64 flows = 0, packets = 0, bytes = 0, rejected = 0; // both ways
    Way ab, ba;                      // conversation: client to server and back; endpoint: sent, received
    qint64 first = 0, last = 0;      // the earliest start and latest end
    ConversationOutcome outcome = ConversationOutcome::None; // conversations
};

// The biggest `limit` by bytes. Throws sql::Error (also when interrupted).
QList<GroupRow> groupFlows(const Workspace &ws, const CompiledFilter &filter, GroupBy by, int limit = 1000);
// The same over the columns (a null filter: every record).
QList<GroupRow> scanGroups(const Workspace &ws, const ColumnFilter *filter, GroupBy by, int limit);

} // namespace vpclens
