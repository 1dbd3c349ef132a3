<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DiagramExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG writer did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF writer did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be renamed into place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterMenu</name>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and not Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or not Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply as Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare as Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceDetails</name>
    <message numerus="yes">
        <source>%n group(s), then %1</source>
        <translation><numerusform>%n group, then %1</numerusform><numerusform>%n groups, then %1</numerusform></translation>
    </message>
</context>
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
    <message>
        <source>Security group rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic mirror sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic mirror targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic mirror filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC DNS support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC DNS hostnames</source>
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
    <message>
        <source>Waiting for %1: another VpcLens program (an import or the GUI) is writing to it; this goes on when it is done (Ctrl+C to stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a workspace as VpcLens writes them, so it is not opened (a workspace is data, and this one holds more): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by an older VpcLens (schema %1) and needs an upgrade, which cannot be written here: open a writable copy</source>
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
        <source>Import into a new workspace and print speed, memory and size figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology exports (optional).</source>
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
        <source>trace: no AWS export found in %1</source>
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
    <message>
        <source>List every imported file: result, kind, records, bad lines, path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every problem the imports met, as file:line: reason: text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --topology or --workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--protocol: &apos;%1&apos; is not tcp, udp, icmp, icmpv6 or a number 0-255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dst-port is missing (%1 needs a destination port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number from 0 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--src &apos;%1&apos; and --dst &apos;%2&apos; must be IP addresses of one family or known eni-/i- ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vpclens-cli %1: the workspace could not be read or written: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vpclens-cli %1: out of memory
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vpclens-cli %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import AWS CLI topology exports and VPC Flow Logs into a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise a workspace: resources by kind, imports, import errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain one packet hop by hop (security groups, network ACLs, routes, reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare every logged record with the configuration; list disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter flow records (the GUI&apos;s filter language) and print them or their groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into a new workspace and print speed, memory and size figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out the topology graph at each level and print the times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vpclens-cli &lt;command&gt; [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;vpclens-cli &lt;command&gt; --help&apos; for a command&apos;s options.
Options: --help, --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review checks: what is wrong in the estate, and what in the flow logs proves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule, NACL entry and route with the records it decided (after explain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the review report (scope, coverage, diagrams, findings with evidence, rule usage) as PDF or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the topology graph with traffic as SVG, PNG, PDF, DOT or draw.io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add or remove the analyst&apos;s notes the review report prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace to create (replaced when it exists); without --flows, the workspace to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow logs to import (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench: --workspace is required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Athena SQL for a filter over an organisation&apos;s flow-log table in S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the topology snapshots of a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed between two topology snapshots, rule by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the topology snapshots of a workspace, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshots: --workspace is required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed between two topology snapshots: resources added, removed and changed, down to the rule, entry, route and attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier snapshot (its id; default: the one before --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The later snapshot (its id; default: the newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff: --workspace is required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff: no snapshot &apos;%1&apos; in this workspace (vpclens-cli snapshots lists them)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff: the workspace holds %1 snapshot(s); a diff needs two
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not compared: %1 is in one snapshot only
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which connections seen would another configuration flip (accepted to rejected and back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the connections the flow logs saw against another configuration (a snapshot, or an export): those whose verdict flips, both ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration to replay against: a snapshot of the workspace (its id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration to replay against: AWS CLI exports, not imported (a folder or files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay: --workspace and one of --snapshot or --topology are required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay: &apos;%1&apos; is not a time
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay: no snapshot &apos;%1&apos; in this workspace (vpclens-cli snapshots lists them)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay: no AWS export found in %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the CloudTrail calls that changed the network, oldest first, with their status (applied, failed, not-applied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check that each snapshot plus the events after it gives the next snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes: --workspace is required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes: &apos;%1&apos; is not a time
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n network change(s)</source>
        <translation>
            <numerusform>%n network change</numerusform>
            <numerusform>%n network changes</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 applied, %2 failed, %3 not applied
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 resource(s) AWS created with a new VPC (no event names them)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not applied: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CloudTrail calls that changed the network, with their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 record(s) (e.g. record %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree only because of a change since the snapshot before them:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTrail logs: a file (JSON, gzip, lookup-events output) or a folder tree of them (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad record: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTrail: %1 files, %2 records, %3 network changes (%4 new, %5 failed, %6 not applied), %7 other events counted apart, %8 bad records
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import AWS CLI exports, VPC Flow Logs, CloudTrail logs and packet captures into a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A packet capture (pcap, pcapng; from a traffic-mirror target or tcpdump) or a folder of them (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface (eni-...) a capture without VXLAN was taken on; default: the interface the estate knows by address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a capture flow sums packets over (60 or 600 as flow logs); default: the flow logs&apos; aggregation interval, else 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --workspace and at least one --topology, --flows, --cloudtrail or --capture are required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --window &apos;%1&apos; is not a number of seconds (1-86400)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures: %1 files, %2 frames, %3 flows, %4 skipped, %5 failed, %6 MB/s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a synthetic traffic-mirror capture, import it and print MB/s and memory (beside tcpdump -r).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace to create (replaced when it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture to import (written first with --write).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a synthetic mirrored capture of --megabytes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the synthetic capture (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench-capture: --workspace and --capture are required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a synthetic mirrored capture, import it and print MB/s and memory beside tcpdump -r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: an IPv4 or IPv6 address, eni-..., i-... or an instance&apos;s Name tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: an IPv4 or IPv6 address, eni-..., i-... or an instance&apos;s Name tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 + %2 -&gt; snapshot %3 (%4): %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3 resources from %4  %5  %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 -&gt; %2 (%3): %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 connections (%L2 per hour and pair) replayed: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flip(s)</source>
        <translation>
            <numerusform>%n flip</numerusform>
            <numerusform>%n flips</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace %1: %2, %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n snapshot</numerusform>
            <numerusform>%n snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 flow-log record(s)</source>
        <translation>
            <numerusform>%1 flow-log record</numerusform>
            <numerusform>%1 flow-log records</numerusform>
        </translation>
    </message>
    <message>
        <source>Packet captures: %1, %2 beside the flow-log records
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 capture flow(s)</source>
        <translation>
            <numerusform>%1 capture flow</numerusform>
            <numerusform>%1 capture flows</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1: taken %2, %3 from %4 in %5; %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports: %1 in, %2 not; %3 (--files and --problems list them)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 problem(s)</source>
        <translation>
            <numerusform>%1 problem</numerusform>
            <numerusform>%1 problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Name addresses outside the estate (your blocks, AWS&apos;s ip-ranges.json), or look one up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 prefix(es)</source>
        <translation><numerusform>%1 prefix</numerusform><numerusform>%1 prefixes</numerusform></translation>
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
    <message>
        <source>Open this workspace, print how long opening, filtering, changing the time range and panning take, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace given (or the sample), take the README&apos;s screenshots into this folder, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens</name>
    <message>
        <source>The quoted text starting here is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operator &apos;%1&apos;; use &apos;and&apos; or &apos;or&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress-only internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual private gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peering connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TGW attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2
%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed by a security group, blocked on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2
%L3 flows, %L4 packets, %5
rejected: %L6 flows (%7 %)
ports: %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address or CIDR block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action; use ACCEPT or REJECT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a log status; use OK, NODATA or SKIPDATA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (0-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than any value a record holds (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protocol; use tcp, udp, icmp, icmpv6 or a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; use 2024-06-01T10:00 (UTC), an offset like +02:00, or epoch seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 matches &apos;%2&apos; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule has decided a record yet: run explain first (vpclens-cli explain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule matches &apos;%1&apos;: no record was decided by it, or explain has not run since it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a verdict; use ACCEPT, REJECT or UNFILTERED (traffic no group or NACL filters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record has a verdict yet: run explain first (vpclens-cli explain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a table name (letters, digits and _, database.table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a source; use flow-log or capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a handshake state; use attempted, rejected, established, reset, mid-stream, no-reply or two-way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capture has been imported into this workspace: no record has a handshake state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Community ID; it looks like 1:LQU9qZlK+B5F3KDmev6m5PMibrg= (quote it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a traffic type; use IPv4, IPv6 or EFA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow direction; use ingress or egress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value a flow-log field holds (one word).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is compared with ==, != or in only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; stands for either of two fields: compare one of them (srcaddr, dstaddr, srcport or dstport).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; hold different kinds of values: they cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is compared with another field by == or != only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no topology imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public (Elastic IP or auto-assigned): seen inside the VPC only as the private one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet %1 of %2, no interface known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC %1, no subnet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private address (a peered network, VPN, on-premises)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public address (the internet or an AWS service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the topology imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network ACL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (* public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source/destination check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off: it forwards traffic for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a packet capture (flow summed from its packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VPC Flow Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: this record stands for its connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: another interface&apos;s record of the same connection stands for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not explained yet (run explain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of versions 3-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (rewritten: the packet&apos;s, not the record&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1 (bad lines not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS ip-ranges.json shipped with VpcLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (default quota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: nothing leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: nothing gets in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (default quota), lowest number first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the longest prefix wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (blackhole: the target is gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the group is attached to nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: subnets without an association of their own use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply is a packet of its own: it needs an entry the other way (ephemeral ports 1024-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective outbound rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective inbound rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NACL known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stateful: any rule allows, and the reply goes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not in the export, its rules are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not exported (aws ec2 describe-vpc-attribute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 IPv4 of %2, %3 IPv6 of %4 (default quotas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private DNS of interface endpoints works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private DNS of interface endpoints does not work (needs both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of AWS&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network ACLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 CIDR blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (AWS reserves 5 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of the usable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::AthenaEmitter</name>
    <message>
        <source>&apos;%1&apos; is what VpcLens decided in this workspace; Athena&apos;s flow-log table does not hold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be asked of Athena&apos;s flow-log table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a column of Athena&apos;s flow-log table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::Builder</name>
    <message>
        <source>%1 subnets · %2 ENIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses outside every imported VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (blackhole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subnets imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IGW %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 more routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TGW attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 VPCs attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TGW %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirror VNI %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirrored → %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::ChangesPane</name>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts and regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search calls (name, resource, who, why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTrail: calls that changed the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CloudTrail imported: File &gt; Import CloudTrail reads the trail&apos;s S3 objects, lookup-events output or EventBridge events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s): %1 failed (never applied), %2 not applied (see why)</source>
        <translation>
            <numerusform>%n call: %1 failed (never applied), %2 not applied (see why)</numerusform>
            <numerusform>%n calls: %1 failed (never applied), %2 not applied (see why)</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes (the first snapshot: nothing to compare with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changes from snapshot %1 to %2: %n</source>
        <translation>
            <numerusform>Changes from snapshot %1 to %2: %n</numerusform>
            <numerusform>Changes from snapshot %1 to %2: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in one snapshot only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the Period Against This Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::DetailsPane</name>
    <message>
        <source>Select a resource to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::DiagramDialog</name>
    <message>
        <source>Dark background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice the layout&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG &amp;width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG image (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;draw.io (*.drawio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must end in .svg, .png, .pdf, .dot or .drawio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::FilterParser</name>
    <message>
        <source>Expected &apos;and&apos;, &apos;or&apos; or the end, found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parenthesis opened here is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a field name at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a field name, found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;. Fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set opened here is not closed with &apos;}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be compared with %2; use == or in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an operator after &apos;%1&apos; (==, !=, &lt;, &lt;=, &gt;, &gt;=, in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a value at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a value, found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many comparisons: at most %1 (count each value of a set).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::FilterParser::Nest</name>
    <message>
        <source>Nested too deeply: at most %1 levels of parentheses and &apos;not&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::FindingsPane</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings yet: they appear once a topology is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The records have not all been explained since the last import: no rule is called unused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Double-click a finding for its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow-log coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC / flow log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no flow log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s), %1 h</source>
        <translation>
            <numerusform>%n gap, %1 h</numerusform>
            <numerusform>%n gaps, %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, delivery %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1, every %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no records from any interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SKIPDATA records on %n interface(s)</source>
        <translation>
            <numerusform>SKIPDATA records on %n interface</numerusform>
            <numerusform>SKIPDATA records on %n interfaces</numerusform>
        </translation>
    </message>
    <message>
        <source>
First record: %1 %2 -&gt; %3 port %4 %5 (traced when you open it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note for the Report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::FlowTableModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Src port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dst port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summed from a packet capture: no action of its own (the flow log decides); its packets under Show Captured Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VPC Flow Logs record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::FlowsPane</name>
    <message>
        <source>Filter: action == REJECT and dstport in {22, 3389}   (Enter to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop filtering to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous rejected flow (Shift+F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next rejected flow (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters (kept in the workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this filter in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in UTC (off: local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the records matching the filter as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Flows as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 records match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting… %L1 records so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rejected flow after this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rejected flow before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next rejected flow is beyond the rows counted so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping the matching records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %L1 records counted; more may match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the work on this filter (Esc): counting, grouping, chart scans; what was found so far stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note for the Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Filter as Athena SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL that selects these records from the organisation&apos;s flow-log table in Athena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for Athena: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athena SQL copied to the clipboard (table vpc_flow_logs, partitions by day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Captured Packets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packets the captures hold of this record&apos;s connection, around its time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter on This Connection (Flow Logs and Captures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Start to show the newest or the oldest records first; right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The captured packets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::GraphPainter</name>
    <message>
        <source>Observed traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured reachability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width: bytes (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed by security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed by a group, blocked on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route (subnet → target; the subnet lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment, security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachability compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable only in the newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable only in the older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic mirror session (interface → target)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::GraphPane</name>
    <message>
        <source>VPCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured reachability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NACLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find: name, id or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the graph to the window (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes, %2 clusters · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout from the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laid out in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of detail (double-click a VPC or subnet box to collapse it, its node to expand it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file ending in .svg, .png, .pdf, .dot or .drawio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each subnet&apos;s network ACL as a badge on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each subnet&apos;s route table as a badge, its routes in its label and a line to each target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachability: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::GraphView</name>
    <message>
        <source>%1: %2 since the snapshot before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::GroupsView</name>
    <message>
        <source>Filter Records on This Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the records of this conversation or endpoint (double-click, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets A → B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes A → B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets B → A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes B → A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::GuardedApplication</name>
    <message>
        <source>VpcLens ran out of memory for that step; it was stopped. Close other views or work on a smaller time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That step stopped: %1

The workspace may be damaged, or another program holds it. Nothing was changed by the step that stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VpcLens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::ImportFilesModel</name>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: nothing VpcLens reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::ImportLogDialog</name>
    <message>
        <source>Import Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter files by name, kind or result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter problems by file, problem or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files: %2 flow records, %3 bad lines; %4 files could not be read, %5 hold nothing VpcLens reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Problems tab lists the first %1 of %2 problems; vpclens-cli info --problems lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts and regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::ImportProblemsModel</name>
    <message>
        <source>wrong number of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields not separated by one space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number, or out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action not ACCEPT, REJECT or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log status not OK, NODATA or SKIPDATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable AWS export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line too long to be a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data fails its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more bad lines, counted, not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element of an AWS export skipped</source>
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
        <translation>
            <numerusform>About %n second left</numerusform>
            <numerusform>About %n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <source>Less than a second left</source>
        <translation type="unfinished"></translation>
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
        <source>Flows</source>
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
        <source>Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows as CSV…</source>
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
    <message numerus="yes">
        <source>%1 — %n resource(s) in %2 kinds</source>
        <translation>
            <numerusform>%1 — %n resource in %2 kinds</numerusform>
            <numerusform>%1 — %n resources in %2 kinds</numerusform>
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
        <translation>
            <numerusform>Topology: %n file read, %1 resources stored.</numerusform>
            <numerusform>Topology: %n files read, %1 resources stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flow logs: %n file(s) imported, %L1 records, %L2 bad lines, %L3 files skipped as duplicates, %L4 failed.</source>
        <translation>
            <numerusform>Flow logs: %n file imported, %L1 records, %L2 bad lines, %L3 files skipped as duplicates, %L4 failed.</numerusform>
            <numerusform>Flow logs: %n files imported, %L1 records, %L2 bad lines, %L3 files skipped as duplicates, %L4 failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files finished before cancelling were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the flow logs with the configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log vs configuration: %L1 agree · %L2 logged REJECT, config accepts · %L3 logged ACCEPT, config rejects · %L4 undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traced against the snapshot of %1, the newest taken at or before this record started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to this version of VpcLens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Topology F&amp;iles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Flow &amp;Log Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Topology: choose AWS CLI exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS CLI exports (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Flow Logs: choose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow logs (*.log.gz *.log *.gz *.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Lo&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Topology: %n file(s) read, unchanged since snapshot %1: no new snapshot.</source>
        <translation>
            <numerusform>Topology: %n file read, unchanged since snapshot %1: no new snapshot.</numerusform>
            <numerusform>Topology: %n files read, unchanged since snapshot %1: no new snapshot.</numerusform>
        </translation>
    </message>
    <message>
        <source>Traced against the oldest snapshot (%1): every snapshot was taken after this record started, so the configuration at its time is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — VpcLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NODATA record: the interface had no traffic in this window, so there is nothing to trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SKIPDATA record: AWS skipped this window&apos;s records, so there is nothing to trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML, one file (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the review report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the workspace could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1. Open it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only: notes cannot be kept in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the review report about
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note kept; the review report prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Report &amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Report Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering the review report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter as Athena SQL (to the Clipboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;CloudTrail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CloudTr&amp;ail Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CloudTrail: choose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTrail (*.json *.json.gz *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CloudTrail: choose a folder (an S3 download of the trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Traced against the configuration at %1: the snapshot before it plus %n CloudTrail change(s) since.</source>
        <translation>
            <numerusform>Traced against the configuration at %1: the snapshot before it plus %n CloudTrail change since.</numerusform>
            <numerusform>Traced against the configuration at %1: the snapshot before it plus %n CloudTrail changes since.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on this record&apos;s path before it started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing CloudTrail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CloudTrail: %n file(s), %L1 network changes (%L2 new, %L3 failed, %L4 not applied), %L5 other events counted apart, %L6 bad records.</source>
        <translation>
            <numerusform>CloudTrail: %n file, %L1 network changes (%L2 new, %L3 failed, %L4 not applied), %L5 other events counted apart, %L6 bad records.</numerusform>
            <numerusform>CloudTrail: %n files, %L1 network changes (%L2 new, %L3 failed, %L4 not applied), %L5 other events counted apart, %L6 bad records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaying the period&apos;s connections against snapshot %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay failed: the workspace could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 in the replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 agree by a CloudTrail change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Packet Ca&amp;ptures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Packet Captures: choose files (from a traffic-mirror target or tcpdump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing packet captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Packet captures: %n file(s) imported, %L1 frames, %L2 flows, %L3 files skipped as duplicates, %L4 failed.</source>
        <translation>
            <numerusform>Packet captures: %n file imported, %L1 frames, %L2 flows, %L3 files skipped as duplicates, %L4 failed.</numerusform>
            <numerusform>Packet captures: %n files imported, %L1 frames, %L2 flows, %L3 files skipped as duplicates, %L4 failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::PacketsDialog</name>
    <message>
        <source>Captured Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packet capture in this workspace holds %1 around %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n capture flow(s), %2 packets in all (the first packets of each flow are kept).</source>
        <translation>
            <numerusform>%1: %n capture flow, %2 packets in all (the first packets of each flow are kept).</numerusform>
            <numerusform>%1: %n capture flows, %2 packets in all (the first packets of each flow are kept).</numerusform>
        </translation>
    </message>
    <message>
        <source>Captured at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(mirrored by %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δt (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a packet to see its first bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Wireshark Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 carries no payload (or the capture cut it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1, the first %2 payload bytes:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::Reachability</name>
    <message>
        <source>; blocked on the path: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::ReplayDialog</name>
    <message>
        <source>Replay against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 connections seen in the period replayed against %2: none changes its verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 connections seen in the period replayed against %2: %n would change their verdict.</source>
        <translation>
            <numerusform>%L1 connections seen in the period replayed against %2: %n would change their verdict.</numerusform>
            <numerusform>%L1 connections seen in the period replayed against %2: %n would change their verdict.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule responsible</source>
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
    <message>
        <source>load balancer target %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the route table is not in the snapshot (not exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network ACL not in the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DENY all (default rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route back to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interface answers on this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VPC has no internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source subnet is not in the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blackhole route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NAT gateway&apos;s address answers nothing unsolicited (or was released)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AWS service at this address answers only tcp 80 and 443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private address is not routed on the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NAT gateway answers nothing unsolicited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interface owns this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peering is not active or does not reach that VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is not in this VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interface endpoint answers only HTTPS (tcp 443)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an egress-only internet gateway carries only IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interface has no public IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination&apos;s VPC has no internet gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NAT gateway translates IPv4 only (DNS64/NAT64 aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NAT gateway is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NAT gateway&apos;s subnet has no route to the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appliance is gone or has its source/destination check on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed to the appliance: what it forwards is its own configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this route target cannot carry the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the internet reaches an interface only through its public IPv4 address or an Elastic IP, never through its private address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination&apos;s subnet has no route back to the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interface owns the source address in this VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private address outside the VPC arrives only through a virtual private gateway, a transit gateway or a peering, and the subnet routes this one elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrives from outside the VPC through the gateway the subnet routes the source to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filtered: traffic to %1 never meets security groups or network ACLs, and flow logs do not record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted up to the appliance %1; what it forwards is its own configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet gateway %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request accepted; the reply is unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no registered target in the balancer&apos;s Availability Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client is this target: with its address preserved the packet comes back to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this VPC has no attachment to the transit gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attachment subnet in the source&apos;s Availability Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blackhole route in the transit gateway route table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route in the transit gateway route table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interface owns this address in the attached VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gateway&apos;s own address answers nothing unsolicited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attachment has no usable subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route back through a transit gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attachment subnet in the server&apos;s Availability Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transit gateway has no route back to the source&apos;s VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attachment subnet in the client&apos;s Availability Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance metadata service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Amazon Time Sync Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Amazon DNS server (Route 53 Resolver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ECS task metadata endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows license activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Amazon DNS server (Route 53 Resolver, the VPC base + 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default VPC router (the subnet base + 1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::RuleUsageModel</name>
    <message>
        <source>used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence (not explained since the last import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence (applies to no interface)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence (not logging: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence (records not credited to a rule on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence (no longer configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence (the flow log records only ACCEPT or REJECT on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence (gaps in the flow logs: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::RulesPane</name>
    <message>
        <source>Search rules (name, group, NACL, route table, what it says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records have not all been compared with the rules since the last import: counts are incomplete, and no rule is called unused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules: import a topology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rules shown of %2: %3 used, %4 unused, %5 without evidence. Double-click a rule for its records.</source>
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
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The flow log recorded %1, but the configuration %2 this packet. The configuration may have changed since, or traffic took a path VpcLens does not model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and destination must be IP addresses of one family or known eni-/i- ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note for the Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mirrored by %2 (VNI %3, filter %4%5) to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, first %1 bytes of each packet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::TrafficChart</name>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC) — drag to choose a range, click a bucket to filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top rejected destination ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (*.png);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC
accepted: %L2 records, %3
rejected: %L4 records, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line for the records of a filter of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter for the new line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connection once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connection once: a connection between two logging interfaces counts once.
Every record: each interface&apos;s record counts, as the flow logs hold them (scans the records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top talkers (sent and received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow records in this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow records over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::TrailEventModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::WarningNotices</name>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vpclens::cli</name>
    <message>
        <source>Build and lay out the topology graph at each level; print the times and the peak memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this workspace&apos;s estate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic estate: VPCs (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic estate: interfaces (default 3000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 VPCs, %3 subnets, %4 ENIs
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 level: %2 nodes, %3 clusters, %4 edges; built in %5 ms, laid out in %6 ms; page %7 x %8 pt
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak RSS: %1 MiB
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the topology graph for a review (drawn like the GUI draws it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vpc, subnet or eni (default: subnet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this VPC and what it connects to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic from this time (ISO 8601 or epoch seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic up to this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed (traffic from the flow logs; default when there are flows), configured (what security groups allow) or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw security groups as nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG width in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title printed on the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace and -o are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;; use vpc, subnet or eni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the time &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown overlay &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-diagram: the workspace has no VPC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed traffic, all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed traffic %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured reachability: security groups, checked against network ACLs and routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes, %2 edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 nodes, %3 clusters, %4 edges, %5 overlay lines)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a flow filter on a workspace and print the matching records or their groups.
Example: --filter &apos;action == REJECT and dstport in {22, 3389} and not srcaddr in 10.0.0.0/8&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter expression (empty: every record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation or endpoint (each connection counted once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many rows (default 1000; 0: all records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only the number of matching records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query: --workspace is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query: unknown format &apos;%1&apos;; use csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query: unknown grouping &apos;%1&apos;; use conversation or endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query: %1
  %2
  %3^
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records newest first (the default is oldest first, by start time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the review checks over the configuration and the flow logs (explain first for rule usage): each finding with its severity, the resources and rule it concerns, and its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with 3 when a finding of this severity or higher exists: error, warning or note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records from this time (ISO 8601 or epoch seconds; counted by whole hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records up to this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos;; use error, warning or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings: the records have not all been explained since the last import (run vpclens-cli explain): rule usage is incomplete and no rule is called unused
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every security-group rule, NACL entry and route with the records it decided (run explain first): used, unused, or no evidence where the flow logs could not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One rule (its name or sgr- id): its usage and its biggest conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: --workspace is required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: cannot read the time &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: no rule is named &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: the records have not all been explained since the last import (run vpclens-cli explain): counts are incomplete and no rule is called unused
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checks file (JSON): sensitive_ports, scan_ports, authorised_sources, segments, must_not_reach, internet_facing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>svg, png, pdf, dot or drawio (default: from the output&apos;s suffix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format; use svg, png, pdf, dot or drawio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the review report: scope and flow-log coverage, the estate&apos;s and each VPC&apos;s diagram with the period&apos;s traffic, the findings with their evidence and a traced example, refused traffic, rule usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report: a .pdf or .html file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checks file (JSON), as for findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VPC to draw a page for (repeat; default: every VPC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export date on the first page (default: today), for reports that must come out the same byte for byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records from this time (ISO 8601 or epoch seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report must be a .pdf or .html file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the date &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has no VPC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the notes the review report prints, add one about a subject (a finding, a flow, a trace), or remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note about this subject (with --text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the note with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List as JSON: {&quot;notes&quot;: [{&quot;id&quot;, &quot;subject&quot;, &quot;text&quot;}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add and --remove exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add needs a subject and --text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remove needs a note&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added note %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes: the workspace has no note %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed note %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Athena (Trino) SQL that selects what a filter selects, over AWS&apos;s documented
flow-log table with partition projection (partitions accid, region, day).
Names (interfaces, instances, subnets, VPCs, groups) resolve in --workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records starting at or after this time (ISO 8601 or epoch seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records starting before this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table, [database.]name (default vpc_flow_logs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute, conversation or endpoint (default: the records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many rows (default: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>athena-sql: &apos;%1&apos; is not a time (ISO 8601 or epoch seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>athena-sql: unknown grouping &apos;%1&apos;; use minute, conversation or endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>athena-sql: %1
  %2
  %3^
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name addresses outside the estate: blocks of your own (an office, a partner&apos;s VPN) and AWS&apos;s published ranges (a copy of ip-ranges.json ships with VpcLens; --aws-ip-ranges keeps a newer one in the workspace). The names show in the record details, the conversations and query&apos;s names. Without options: the names kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a block: CIDR=NAME (203.0.113.0/24=office); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget a block&apos;s name; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this copy of AWS&apos;s ip-ranges.json in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the name of this address, and where it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not CIDR=NAME (203.0.113.0/24=office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CIDR block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names: %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no name
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS ip-ranges.json of %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
