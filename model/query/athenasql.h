// SPDX-License-Identifier: GPL-3.0-or-later
// A filter of the language (flowfilter.h) as Trino SQL for Amazon Athena, over the flow-log table AWS
// documents (docs.aws.amazon.com/athena/latest/ug/vpc-flow-logs-partition-projection.html: columns
// version, account_id, interface_id, srcaddr, dstaddr, srcport, dstport, protocol, packets, bytes,
// start, "end", action, log_status, ..., tcp_flags, ...; partitions accid, region and day,
// 'yyyy/MM/dd', by partition projection). It selects the records the filter selects in a workspace,
// or sums them per minute, per conversation or per endpoint, so that an organisation's logs are asked
// where they live and the slice of an incident comes back as a CSV that imports like flow logs.
// Values are literals of their type only: numbers, and text quoted with '' escaped.
#pragma once

#include "query/flowfilter.h"

#include <variant>

namespace vpclens {

struct AthenaQuery {
    enum class Shape { Records, Minutes, Conversations, Endpoints };
    QString table = QStringLiteral("vpc_flow_logs"); // [database.]table
    qint64 from = 0, to = 0;                         // records starting in [from, to); 0: open
    Shape shape = Shape::Records;
    int limit = 0; // rows at most; 0: no LIMIT
};

// The statement, or why it cannot be written (a filter error, a field Athena's table does not hold,
// a table name that is not one).
std::variant<QString, FilterError> athenaSql(const QString &filter, const FilterContext &context, const AthenaQuery &query);

} // namespace vpclens
