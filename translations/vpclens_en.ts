<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ResourceKind</name>
    <message>
        <source>VPCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network ACLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress-only internet gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC peering connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit gateway attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit gateway VPC attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit gateway route tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit gateway routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit gateway propagations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed prefix lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix list entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS prefix lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow logs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot open workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a VpcLens workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer VpcLens (schema %1, this version reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or not a workspace (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>vpclens-cli: unknown command &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import AWS CLI exports and VPC Flow Logs into a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON export or a folder of them (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the topology was exported (ISO 8601); default: the newest file&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --snapshot-time &apos;%1&apos; is not a time
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info: --workspace is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1: %2 snapshot(s), %3 flow-log records
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into a new workspace and print speed, memory and size figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace to create (replaced when it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology exports (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow logs to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench: --workspace and --flows are required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow-log file or a folder tree of them (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record format of files without a header line, in AWS syntax: &apos;${version} ${account-id} ...&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --workspace and at least one --topology or --flows are required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology: %1 files, %2 resources (snapshot %3), %4 errors, %5 skipped
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow logs: %1 files, %2 records, %3 skipped, %4 failed, %5 bad lines, %6 records/s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain one packet hop by hop: security groups, network ACLs, routes and the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS CLI exports (a folder or files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace; its current topology is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: an IPv4 address, eni-... or i-....</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: an IPv4 address, eni-... or i-....</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp, udp, icmp, icmpv6 or a protocol number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source port (default 40000, an ephemeral port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace: give --topology or --workspace, and --src, --dst and --protocol
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace: bad protocol or port
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace: no AWS export found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace: --src and --dst must be IPv4 addresses or known eni-/i- ids
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vpclens-cli &lt;command&gt; [options]

Commands:
  import   Import AWS CLI topology exports and VPC Flow Logs into a workspace
  info     Summarise a workspace: resources by kind, imports, import errors
  trace    Explain one packet hop by hop (security groups, network ACLs, routes, reply)
  explain  Compare every logged record with the configuration; list disagreements
  bench    Import into a new workspace and print speed, memory and size figures

Run &apos;vpclens-cli &lt;command&gt; --help&apos; for a command&apos;s options.
Options: --help, --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain every logged record against the configuration and report where they disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements to list (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain: --workspace is required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records explained in %2 s (%3 records/s, %4 distinct decisions)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VpcLens explores AWS VPC topology and VPC Flow Logs offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file (.vpclens) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (for example de) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled sample estate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once the workspace is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::DetailsPane</name>
    <message>
        <source>Select a resource to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::ImportProgressDialog</name>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records, %2 records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vpclens::MainWindow</name>
    <message>
        <source>VpcLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estate drawn as VPC, AZ and subnet containers with traffic overlaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every flow-log record in a fast, filterable table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Topology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Flow Logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About VpcLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sample estate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VpcLens workspaces (*.vpclens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VpcLens workspaces (*.vpclens);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or open a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Topology: choose a folder of AWS CLI exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — VpcLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 flow-log records in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n resource(s) in %2 kinds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About VpcLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;VpcLens %1&lt;/h3&gt;&lt;p&gt;Explore AWS VPC topology and VPC Flow Logs offline: import, trace, chart and export.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.&lt;/p&gt;&lt;p&gt;It is distributed WITHOUT ANY WARRANTY. See the GNU General Public License (GPL-3.0-or-later) for details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Flow Logs: choose a folder (an S3 download or CloudWatch exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing flow logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Topology: %n file(s) read, %1 resources stored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flow logs: %n file(s) imported, %L1 records, %L2 bad lines, %L3 files skipped as duplicates, %L4 failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files finished before cancelling were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top rejected conversations by bytes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) or file(s) could not be imported; see File &gt; Import for details.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 → %2 port %3: %L4 records, %L5 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the flow logs with the configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log against configuration: %L1 agree, %L2 logged REJECT but the configuration accepts, %L3 logged ACCEPT but the configuration rejects, %L4 undetermined, %L5 not explainable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::ResourceTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::RuleEvaluator</name>
    <message>
        <source>Accepted, and the reply is allowed back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network ACL %1 rule %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security groups %1: no rule allows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load balancer %1: no listener on this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request accepted, but the reply is rejected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request accepted, but the reply is not routed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::TracePanel</name>
    <message>
        <source>IP address, eni-… or i-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination port; for ICMP the type (8 = echo request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol, port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two endpoints and a port, then Trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace to trace flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and destination must be IPv4 addresses or known eni-/i- ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::TrafficChart</name>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records per bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
