// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace schema, version 4 (version 1 kept conversation sums in a table, rollup_talkers;
// version 2 counted the sender's record of a connection; version 3 kept the records as rows, `flows`:
// see workspaceupgrade.cpp). Addresses are
// integers (IPv4) or 16-byte blobs (IPv6) in the same column; ids repeated on every flow (ENIs, VPCs,
// subnets) are interned in `strings`.
#pragma once

namespace vpclens::schema {

inline constexpr const char *kCurrent = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE imports(
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, path TEXT NOT NULL, size INTEGER NOT NULL DEFAULT 0,
    hash TEXT, imported_at INTEGER NOT NULL, records INTEGER NOT NULL DEFAULT 0,
    bad_lines INTEGER NOT NULL DEFAULT 0, format TEXT /* NULL: the default v2 format */, status TEXT NOT NULL DEFAULT 'ok');
CREATE INDEX imports_path ON imports(path);
CREATE INDEX imports_hash ON imports(hash);
CREATE TABLE import_errors(import_id INTEGER NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL,
    reason TEXT NOT NULL, text TEXT);
CREATE INDEX import_errors_import ON import_errors(import_id);

CREATE TABLE snapshots(id INTEGER PRIMARY KEY, taken_at INTEGER NOT NULL, import_id INTEGER);
CREATE TABLE snapshot_scopes(snapshot_id INTEGER NOT NULL, account TEXT NOT NULL, region TEXT NOT NULL,
    PRIMARY KEY(snapshot_id, account, region)) WITHOUT ROWID;
CREATE TABLE resources(snapshot_id INTEGER NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL,
    account TEXT NOT NULL, region TEXT NOT NULL, vpc_id TEXT, name TEXT, state TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, raw TEXT NOT NULL,
    PRIMARY KEY(snapshot_id, kind, id)) WITHOUT ROWID;
CREATE VIEW current_scopes AS
    SELECT s.account, s.region,
           (SELECT s2.snapshot_id FROM snapshot_scopes s2 JOIN snapshots n ON n.id = s2.snapshot_id
             WHERE s2.account = s.account AND s2.region = s.region
             ORDER BY n.taken_at DESC, n.id DESC LIMIT 1) AS snapshot_id
      FROM snapshot_scopes s GROUP BY s.account, s.region;
CREATE VIEW current_resources AS
    SELECT r.* FROM resources r
      JOIN current_scopes c ON r.snapshot_id = c.snapshot_id AND r.account = c.account AND r.region = c.region
     GROUP BY r.kind, r.id;

CREATE TABLE strings(id INTEGER PRIMARY KEY, s TEXT NOT NULL UNIQUE);
-- The flow-log records, column by column (workspace/flowcolumns.h): one row per column of each
-- flow_blocks block, id = column << 40 | the block's first record id, with the column's minimum and
-- maximum. The connection reads them as rows through temp.flows (workspace/flowstable.h): id, file,
-- start, dur, eni, src, dst, sport, dport, proto, packets, bytes, bits, where bits is action (0 '-',
-- 1 ACCEPT, 2 REJECT) | log-status << 2 (0 OK, 1 NODATA, 2 SKIPDATA) | counted-once << 4 | version << 8.
CREATE TABLE flow_columns(id INTEGER PRIMARY KEY, low INTEGER, high INTEGER, data BLOB NOT NULL);
-- Fields of versions 3-8, only for files that carry them. Interned ids; rarer fields in `rest`.
CREATE TABLE flow_extra(id INTEGER PRIMARY KEY, account INTEGER, vpc INTEGER, subnet INTEGER,
    instance INTEGER, tcp_flags INTEGER, type INTEGER, pkt_src, pkt_dst, region INTEGER, az INTEGER,
    direction INTEGER, traffic_path INTEGER, reject_reason INTEGER, rest TEXT);
-- A block-range index: flows arrive nearly in time order, so each block of consecutive rows knows
-- its time span. A time range reads only the blocks that overlap it (no per-row B-tree on start).
CREATE TABLE flow_blocks(file INTEGER NOT NULL, first_id INTEGER NOT NULL, last_id INTEGER NOT NULL,
    min_start INTEGER NOT NULL, max_start INTEGER NOT NULL);
CREATE INDEX flow_blocks_start ON flow_blocks(min_start);
CREATE INDEX flow_blocks_first ON flow_blocks(first_id);
-- Rollups for interactive views, kept in the same transaction as the flows they sum.
-- Only records counted once (not the second sighting of a connection) go into them.
CREATE TABLE rollup_time(minute INTEGER NOT NULL, action INTEGER NOT NULL, flows INTEGER NOT NULL,
    packets INTEGER NOT NULL, bytes INTEGER NOT NULL, PRIMARY KEY(minute, action)) WITHOUT ROWID;
CREATE TABLE rollup_eni(minute INTEGER NOT NULL, eni INTEGER NOT NULL, action INTEGER NOT NULL,
    flows INTEGER NOT NULL, packets INTEGER NOT NULL, bytes INTEGER NOT NULL,
    PRIMARY KEY(minute, eni, action)) WITHOUT ROWID;
-- Conversations per hour: talker_chunks, in kTalkerChunks below.
-- The 1,000 biggest rejected conversations of all time by bytes, derived from talker_chunks at the end
-- of each import run (a cache: valid while meta 'rejected_totals_import' equals the newest import id).
CREATE TABLE rejected_totals(src, dst, dport INTEGER NOT NULL, proto INTEGER NOT NULL,
    flows INTEGER NOT NULL, packets INTEGER NOT NULL, bytes INTEGER NOT NULL);
CREATE INDEX rejected_totals_bytes ON rejected_totals(bytes DESC);
-- The last bulk explanation: records whose log disagrees with the configuration, and counts per class.
CREATE TABLE explain_disagreements(flow_id INTEGER PRIMARY KEY, class INTEGER NOT NULL, kind TEXT, component TEXT, rule TEXT);
CREATE TABLE explain_summary(class INTEGER PRIMARY KEY, records INTEGER NOT NULL);
CREATE TABLE explain_by_change(change TEXT PRIMARY KEY, records INTEGER NOT NULL, example INTEGER NOT NULL) WITHOUT ROWID;
-- What decided each record, from the last bulk explanation (trace/flowexplainer.h): the rules named
-- as everywhere (topology/rulenames.h; kind 1 security-group rule, 2 no group rule allows, 3 NACL
-- entry, 4 route; resources: the group(s), NACL or route table), the combinations that decided
-- records (outcome 0 accept, 1 reject, 2 never filtered; `decided` is the rule shown as "decided
-- by"), the decision of every record in blocks of ids (workspace/decisioncolumn.h), and usage per
-- decision and hour (requests: records of the side that opened the connection).
CREATE TABLE rules(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, kind INTEGER NOT NULL, resources TEXT NOT NULL);
CREATE TABLE decisions(id INTEGER PRIMARY KEY, outcome INTEGER NOT NULL, decided INTEGER NOT NULL, sg INTEGER NOT NULL,
    nacl INTEGER NOT NULL, route INTEGER NOT NULL);
CREATE TABLE flow_decisions(block INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE rule_usage(decision INTEGER NOT NULL, hour INTEGER NOT NULL, records INTEGER NOT NULL, requests INTEGER NOT NULL,
    packets INTEGER NOT NULL, bytes INTEGER NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL,
    PRIMARY KEY(decision, hour)) WITHOUT ROWID;
-- Every interface that logged (any record, NODATA included: the log was on), its first and last start.
CREATE TABLE logging_interfaces(eni TEXT PRIMARY KEY, first INTEGER NOT NULL, last INTEGER NOT NULL, records INTEGER NOT NULL) WITHOUT ROWID;
-- The same per hour (start / 3600), with the SKIPDATA records among them: the gaps in the logs.
CREATE TABLE logging_hours(eni TEXT NOT NULL, hour INTEGER NOT NULL, records INTEGER NOT NULL, skipped INTEGER NOT NULL,
    PRIMARY KEY(eni, hour)) WITHOUT ROWID;
-- Graph layouts per set of options, valid while `topology` matches the current snapshots.
CREATE TABLE graph_layouts(key TEXT PRIMARY KEY, topology TEXT NOT NULL, data BLOB NOT NULL);
-- All-time rejected records per protocol and port (a cache: valid while meta 'rejected_ports_import'
-- equals the newest flow import).
CREATE TABLE rejected_ports(proto INTEGER NOT NULL, dport INTEGER NOT NULL, flows INTEGER NOT NULL);
-- The all-time top talkers: bytes sent and received per address (a cache: valid while meta
-- 'top_talkers_import' equals the newest flow import).
CREATE TABLE top_talkers(addr, bytes INTEGER NOT NULL);
-- The all-time traffic overlay per graph, valid while `data_version` matches the topology and imports.
CREATE TABLE overlay_cache(key TEXT PRIMARY KEY, data_version TEXT NOT NULL, data BLOB NOT NULL);
-- Filters the analyst saved by name.
CREATE TABLE saved_filters(name TEXT PRIMARY KEY, expression TEXT NOT NULL);
-- The analyst's notes for the review report (workspace/notes.h).
CREATE TABLE notes(id INTEGER PRIMARY KEY, subject TEXT NOT NULL, text TEXT NOT NULL);
-- CloudTrail: the calls that change the network (model/history/trailimporter.h), times in ms.
CREATE TABLE trail_events(event_id TEXT PRIMARY KEY, time INTEGER NOT NULL, name TEXT NOT NULL, source TEXT,
    actor TEXT, account TEXT, region TEXT, resources TEXT NOT NULL, status TEXT NOT NULL, error TEXT, request TEXT,
    response TEXT, import_id INTEGER, record INTEGER) WITHOUT ROWID;
CREATE INDEX trail_events_time ON trail_events(time);
-- Packet captures (model/ingest/captureimporter.h): what each capture flow (a record of the flows with
-- the capture bit, flowbits.h) knows beyond a flow log: handshake state (capture/handshake.h), times in
-- microseconds, retransmissions, the mirror session; and its first packets with their first bytes.
CREATE TABLE capture_flows(id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL, state INTEGER NOT NULL,
    first_us INTEGER NOT NULL, last_us INTEGER NOT NULL, retransmissions INTEGER NOT NULL, tcp_flags INTEGER NOT NULL,
    vni INTEGER, session TEXT, first_frame INTEGER NOT NULL, originator INTEGER NOT NULL);
CREATE INDEX capture_flows_import ON capture_flows(import_id);
CREATE TABLE capture_packets(flow_id INTEGER NOT NULL, n INTEGER NOT NULL, time_us INTEGER NOT NULL, frame INTEGER NOT NULL,
    length INTEGER NOT NULL, tcp_flags INTEGER NOT NULL, head BLOB, PRIMARY KEY(flow_id, n)) WITHOUT ROWID;
)SQL";

// Schema 1-3's records, a row each (schema 4 keeps them in flow_columns).
inline constexpr const char *kRowFlows =
    "CREATE TABLE flows(id INTEGER PRIMARY KEY, file INTEGER NOT NULL, start INTEGER, dur INTEGER, "
    "eni INTEGER, src, dst, sport INTEGER, dport INTEGER, proto INTEGER, packets INTEGER, bytes INTEGER, "
    "bits INTEGER NOT NULL)";
// What schema 4 added to them.
inline constexpr const char *kColumnFlows =
    "CREATE TABLE flow_columns(id INTEGER PRIMARY KEY, low INTEGER, high INTEGER, data BLOB NOT NULL);"
    "CREATE INDEX flow_blocks_first ON flow_blocks(first_id);";

// Conversations per hour (client, server, service port, protocol, action), one or two compressed
// chunks per flow import (its rejected sums apart), encoded by conversationchunk.cpp. A conversation seen
// in several files has a sum in each file's chunk; readers add them up. Part of the current schema,
// and what the upgrade from schema 1 adds.
inline constexpr const char *kTalkerChunks = R"SQL(
CREATE TABLE talker_chunks(file INTEGER NOT NULL, rejected INTEGER NOT NULL, min_hour INTEGER NOT NULL,
    max_hour INTEGER NOT NULL, entries INTEGER NOT NULL, raw_size INTEGER NOT NULL, data BLOB NOT NULL);
CREATE INDEX talker_chunks_file ON talker_chunks(file);
)SQL";

// Tables added within a schema version (1 and 3): a workspace written before they existed gets them when it is opened
// for writing, and the schema check (workspacecheck.cpp) accepts them in this spelling too.
inline constexpr const char *kAddedWithinSchema1 =
    "CREATE TABLE IF NOT EXISTS explain_disagreements(flow_id INTEGER PRIMARY KEY, class INTEGER NOT NULL, kind TEXT, component TEXT, rule TEXT);"
    "CREATE TABLE IF NOT EXISTS explain_summary(class INTEGER PRIMARY KEY, records INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS graph_layouts(key TEXT PRIMARY KEY, topology TEXT NOT NULL, data BLOB NOT NULL);"
    "CREATE TABLE IF NOT EXISTS saved_filters(name TEXT PRIMARY KEY, expression TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS notes(id INTEGER PRIMARY KEY, subject TEXT NOT NULL, text TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS rejected_ports(proto INTEGER NOT NULL, dport INTEGER NOT NULL, flows INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS overlay_cache(key TEXT PRIMARY KEY, data_version TEXT NOT NULL, data BLOB NOT NULL);"
    "CREATE TABLE IF NOT EXISTS top_talkers(addr, bytes INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS rules(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, kind INTEGER NOT NULL, resources TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS decisions(id INTEGER PRIMARY KEY, outcome INTEGER NOT NULL, decided INTEGER NOT NULL, "
    "sg INTEGER NOT NULL, nacl INTEGER NOT NULL, route INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS flow_decisions(block INTEGER PRIMARY KEY, data BLOB NOT NULL);"
    "CREATE TABLE IF NOT EXISTS rule_usage(decision INTEGER NOT NULL, hour INTEGER NOT NULL, records INTEGER NOT NULL, "
    "requests INTEGER NOT NULL, packets INTEGER NOT NULL, bytes INTEGER NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL, "
    "PRIMARY KEY(decision, hour)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS logging_interfaces(eni TEXT PRIMARY KEY, first INTEGER NOT NULL, last INTEGER NOT NULL, "
    "records INTEGER NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS logging_hours(eni TEXT NOT NULL, hour INTEGER NOT NULL, records INTEGER NOT NULL, "
    "skipped INTEGER NOT NULL, PRIMARY KEY(eni, hour)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS trail_events(event_id TEXT PRIMARY KEY, time INTEGER NOT NULL, name TEXT NOT NULL, source TEXT, "
    "actor TEXT, account TEXT, region TEXT, resources TEXT NOT NULL, status TEXT NOT NULL, error TEXT, request TEXT, "
    "response TEXT, import_id INTEGER, record INTEGER) WITHOUT ROWID;"
    "CREATE INDEX IF NOT EXISTS trail_events_time ON trail_events(time);"
    "CREATE TABLE IF NOT EXISTS explain_by_change(change TEXT PRIMARY KEY, records INTEGER NOT NULL, example INTEGER NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS capture_flows(id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL, state INTEGER NOT NULL, first_us INTEGER NOT NULL, last_us INTEGER NOT NULL, retransmissions INTEGER NOT NULL, tcp_flags INTEGER NOT NULL, vni INTEGER, session TEXT, first_frame INTEGER NOT NULL, originator INTEGER NOT NULL);"
    "CREATE INDEX IF NOT EXISTS capture_flows_import ON capture_flows(import_id);"
    "CREATE TABLE IF NOT EXISTS capture_packets(flow_id INTEGER NOT NULL, n INTEGER NOT NULL, time_us INTEGER NOT NULL, frame INTEGER NOT NULL, length INTEGER NOT NULL, tcp_flags INTEGER NOT NULL, head BLOB, PRIMARY KEY(flow_id, n)) WITHOUT ROWID;";

} // namespace vpclens::schema
