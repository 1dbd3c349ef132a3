<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ResourceKind</name>
    <message>
        <source>VPCs</source>
        <translation>VPCs</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Netzwerkschnittstellen</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>Sicherheitsgruppen</translation>
    </message>
    <message>
        <source>Network ACLs</source>
        <translation>Netzwerk-ACLs</translation>
    </message>
    <message>
        <source>Route tables</source>
        <translation>Routentabellen</translation>
    </message>
    <message>
        <source>Internet gateways</source>
        <translation>Internet-Gateways</translation>
    </message>
    <message>
        <source>Egress-only internet gateways</source>
        <translation>Nur-ausgehende Internet-Gateways</translation>
    </message>
    <message>
        <source>NAT gateways</source>
        <translation>NAT-Gateways</translation>
    </message>
    <message>
        <source>VPC peering connections</source>
        <translation>VPC-Peering-Verbindungen</translation>
    </message>
    <message>
        <source>VPC endpoints</source>
        <translation>VPC-Endpunkte</translation>
    </message>
    <message>
        <source>Transit gateways</source>
        <translation>Transit-Gateways</translation>
    </message>
    <message>
        <source>Transit gateway attachments</source>
        <translation>Transit-Gateway-Anhänge</translation>
    </message>
    <message>
        <source>Transit gateway VPC attachments</source>
        <translation>Transit-Gateway-VPC-Anhänge</translation>
    </message>
    <message>
        <source>Transit gateway route tables</source>
        <translation>Transit-Gateway-Routentabellen</translation>
    </message>
    <message>
        <source>Transit gateway routes</source>
        <translation>Transit-Gateway-Routen</translation>
    </message>
    <message>
        <source>Transit gateway propagations</source>
        <translation>Transit-Gateway-Propagierungen</translation>
    </message>
    <message>
        <source>Managed prefix lists</source>
        <translation>Verwaltete Präfixlisten</translation>
    </message>
    <message>
        <source>Prefix list entries</source>
        <translation>Präfixlisten-Einträge</translation>
    </message>
    <message>
        <source>AWS prefix lists</source>
        <translation>AWS-Präfixlisten</translation>
    </message>
    <message>
        <source>VPN gateways</source>
        <translation>VPN-Gateways</translation>
    </message>
    <message>
        <source>VPN connections</source>
        <translation>VPN-Verbindungen</translation>
    </message>
    <message>
        <source>Customer gateways</source>
        <translation>Kunden-Gateways</translation>
    </message>
    <message>
        <source>Elastic IP addresses</source>
        <translation>Elastische IP-Adressen</translation>
    </message>
    <message>
        <source>Load balancers</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>Target health</source>
        <translation>Zielzustand</translation>
    </message>
    <message>
        <source>Flow logs</source>
        <translation>Flow-Logs</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot open workspace %1: %2</source>
        <translation>Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>it is not a VpcLens workspace</source>
        <translation>es ist kein VpcLens-Arbeitsbereich</translation>
    </message>
    <message>
        <source>it was written by a newer VpcLens (schema %1, this version reads %2)</source>
        <translation>er wurde von einer neueren VpcLens-Version geschrieben (Schema %1, diese Version liest %2)</translation>
    </message>
    <message>
        <source>the file is damaged or not a workspace (%1)</source>
        <translation>die Datei ist beschädigt oder kein Arbeitsbereich (%1)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>vpclens-cli: unknown command '%1'
</source>
        <translation>vpclens-cli: unbekannter Befehl '%1'
</translation>
    </message>
    <message>
        <source>Import AWS CLI exports and VPC Flow Logs into a workspace.</source>
        <translation>AWS-CLI-Exporte und VPC Flow Logs in einen Arbeitsbereich importieren.</translation>
    </message>
    <message>
        <source>The workspace file (created when missing).</source>
        <translation>Die Arbeitsbereichsdatei (wird angelegt, wenn sie fehlt).</translation>
    </message>
    <message>
        <source>A JSON export or a folder of them (repeatable).</source>
        <translation>Ein JSON-Export oder ein Ordner davon (mehrfach möglich).</translation>
    </message>
    <message>
        <source>The time the topology was exported (ISO 8601); default: the newest file's time.</source>
        <translation>Zeitpunkt des Topologie-Exports (ISO 8601); Vorgabe: Zeit der neuesten Datei.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Die Zusammenfassung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>import: --snapshot-time '%1' is not a time
</source>
        <translation>import: --snapshot-time '%1' ist keine Zeitangabe
</translation>
    </message>
    <message>
        <source>import failed: %1
</source>
        <translation>Import fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <source>skipped: %1
</source>
        <translation>übersprungen: %1
</translation>
    </message>
    <message>
        <source>Summarise a workspace.</source>
        <translation>Einen Arbeitsbereich zusammenfassen.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>info: --workspace is required</source>
        <translation>info: --workspace ist erforderlich</translation>
    </message>
    <message>
        <source>Workspace %1: %2 snapshot(s), %3 flow-log records
</source>
        <translation>Arbeitsbereich %1: %2 Snapshot(s), %3 Flow-Log-Einträge
</translation>
    </message>
    <message>
        <source>Import into a new workspace and print speed, memory and size figures.</source>
        <translation>In einen neuen Arbeitsbereich importieren und Geschwindigkeit, Speicher und Größe ausgeben.</translation>
    </message>
    <message>
        <source>The workspace to create (replaced when it exists).</source>
        <translation>Der anzulegende Arbeitsbereich (wird ersetzt, wenn er existiert).</translation>
    </message>
    <message>
        <source>Topology exports (optional).</source>
        <translation>Topologie-Exporte (optional).</translation>
    </message>
    <message>
        <source>Flow logs to import.</source>
        <translation>Zu importierende Flow Logs.</translation>
    </message>
    <message>
        <source>bench: --workspace and --flows are required
</source>
        <translation>bench: --workspace und --flows sind erforderlich
</translation>
    </message>
    <message>
        <source>A flow-log file or a folder tree of them (repeatable).</source>
        <translation>Eine Flow-Log-Datei oder ein Ordnerbaum davon (mehrfach möglich).</translation>
    </message>
    <message>
        <source>The record format of files without a header line, in AWS syntax: '${version} ${account-id} ...'.</source>
        <translation>Das Datensatzformat von Dateien ohne Kopfzeile, in AWS-Syntax: '${version} ${account-id} ...'.</translation>
    </message>
    <message>
        <source>import: --workspace and at least one --topology or --flows are required
</source>
        <translation>import: --workspace und mindestens ein --topology oder --flows sind erforderlich
</translation>
    </message>
    <message>
        <source>Topology: %1 files, %2 resources (snapshot %3), %4 errors, %5 skipped
</source>
        <translation>Topologie: %1 Dateien, %2 Ressourcen (Snapshot %3), %4 Fehler, %5 übersprungen
</translation>
    </message>
    <message>
        <source>Flow logs: %1 files, %2 records, %3 skipped, %4 failed, %5 bad lines, %6 records/s
</source>
        <translation>Flow Logs: %1 Dateien, %2 Einträge, %3 übersprungen, %4 fehlgeschlagen, %5 fehlerhafte Zeilen, %6 Einträge/s
</translation>
    </message>
    <message>
        <source>Done in %1 s
</source>
        <translation>Fertig in %1 s
</translation>
    </message>
    <message>
        <source>Explain one packet hop by hop: security groups, network ACLs, routes and the reply.</source>
        <translation>Ein Paket Schritt für Schritt erklären: Sicherheitsgruppen, Netzwerk-ACLs, Routen und die Antwort.</translation>
    </message>
    <message>
        <source>AWS CLI exports (a folder or files).</source>
        <translation>AWS-CLI-Exporte (ein Ordner oder Dateien).</translation>
    </message>
    <message>
        <source>A workspace; its current topology is used.</source>
        <translation>Ein Arbeitsbereich; seine aktuelle Topologie wird verwendet.</translation>
    </message>
    <message>
        <source>Source: an IPv4 address, eni-... or i-....</source>
        <translation>Quelle: eine IPv4-Adresse, eni-... oder i-....</translation>
    </message>
    <message>
        <source>Destination: an IPv4 address, eni-... or i-....</source>
        <translation>Ziel: eine IPv4-Adresse, eni-... oder i-....</translation>
    </message>
    <message>
        <source>tcp, udp, icmp, icmpv6 or a protocol number.</source>
        <translation>tcp, udp, icmp, icmpv6 oder eine Protokollnummer.</translation>
    </message>
    <message>
        <source>Source port (default 40000, an ephemeral port).</source>
        <translation>Quellport (Vorgabe 40000, ein kurzlebiger Port).</translation>
    </message>
    <message>
        <source>Destination port.</source>
        <translation>Zielport.</translation>
    </message>
    <message>
        <source>ICMP type.</source>
        <translation>ICMP-Typ.</translation>
    </message>
    <message>
        <source>ICMP code.</source>
        <translation>ICMP-Code.</translation>
    </message>
    <message>
        <source>trace: give --topology or --workspace, and --src, --dst and --protocol
</source>
        <translation>trace: --topology oder --workspace sowie --src, --dst und --protocol angeben
</translation>
    </message>
    <message>
        <source>trace: bad protocol or port
</source>
        <translation>trace: ungültiges Protokoll oder ungültiger Port
</translation>
    </message>
    <message>
        <source>trace: no AWS export found in %1</source>
        <translation>trace: kein AWS-Export in %1 gefunden</translation>
    </message>
    <message>
        <source>trace: --src and --dst must be IPv4 addresses or known eni-/i- ids
</source>
        <translation>trace: --src und --dst müssen IPv4-Adressen oder bekannte eni-/i--IDs sein
</translation>
    </message>
    <message>
        <source>Usage: vpclens-cli &lt;command&gt; [options]

Commands:
  import   Import AWS CLI topology exports and VPC Flow Logs into a workspace
  info     Summarise a workspace: resources by kind, imports, import errors
  trace    Explain one packet hop by hop (security groups, network ACLs, routes, reply)
  explain  Compare every logged record with the configuration; list disagreements
  bench    Import into a new workspace and print speed, memory and size figures

Run 'vpclens-cli &lt;command&gt; --help' for a command's options.
Options: --help, --version
</source>
        <translation>Aufruf: vpclens-cli &lt;Befehl&gt; [Optionen]

Befehle:
  import   AWS-CLI-Topologie-Exporte und VPC Flow Logs in einen Arbeitsbereich importieren
  info     Einen Arbeitsbereich zusammenfassen: Ressourcen nach Art, Importe, Importfehler
  trace    Ein Paket Schritt für Schritt erklären (Sicherheitsgruppen, Netzwerk-ACLs, Routen, Antwort)
  explain  Jeden protokollierten Eintrag mit der Konfiguration vergleichen; Abweichungen auflisten
  bench    In einen neuen Arbeitsbereich importieren und Geschwindigkeit, Speicher und Größe ausgeben

'vpclens-cli &lt;Befehl&gt; --help' zeigt die Optionen eines Befehls.
Optionen: --help, --version
</translation>
    </message>
    <message>
        <source>Explain every logged record against the configuration and report where they disagree.</source>
        <translation>Jeden protokollierten Eintrag gegen die Konfiguration erklären und Abweichungen melden.</translation>
    </message>
    <message>
        <source>Disagreements to list (default 20).</source>
        <translation>Anzahl aufzulistender Abweichungen (Vorgabe 20).</translation>
    </message>
    <message>
        <source>explain: --workspace is required
</source>
        <translation>explain: --workspace ist erforderlich
</translation>
    </message>
    <message>
        <source>explain failed: %1
</source>
        <translation>explain fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <source>%1 records explained in %2 s (%3 records/s, %4 distinct decisions)
</source>
        <translation>%1 Einträge in %2 s erklärt (%3 Einträge/s, %4 verschiedene Entscheidungen)
</translation>
    </message>
    <message>
        <source>Disagreements:
</source>
        <translation>Abweichungen:
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VpcLens explores AWS VPC topology and VPC Flow Logs offline.</source>
        <translation>VpcLens untersucht AWS-VPC-Topologie und VPC Flow Logs offline.</translation>
    </message>
    <message>
        <source>The workspace file (.vpclens) to open.</source>
        <translation>Die Arbeitsbereichsdatei (.vpclens), die geöffnet werden soll.</translation>
    </message>
    <message>
        <source>Use this language (for example de) instead of the system's.</source>
        <translation>Diese Sprache (zum Beispiel de) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>Open the bundled sample estate.</source>
        <translation>Die mitgelieferte Beispielumgebung öffnen.</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once the workspace is shown, then quit.</source>
        <translation>Ein Bild des Fensters in diese PNG-Datei speichern, sobald der Arbeitsbereich angezeigt wird, dann beenden.</translation>
    </message>
</context>
<context>
    <name>vpclens::DetailsPane</name>
    <message>
        <source>Select a resource to see its details.</source>
        <translation>Wählen Sie eine Ressource, um ihre Details zu sehen.</translation>
    </message>
</context>
<context>
    <name>vpclens::ImportProgressDialog</name>
    <message>
        <source>Preparing…</source>
        <translation>Vorbereitung …</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Abbruch nach der aktuellen Datei …</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 records, %2 records/s</source>
        <translation>%1 Einträge, %2 Einträge/s</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Sekunde</numerusform>
            <numerusform>Noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vpclens::MainWindow</name>
    <message>
        <source>VpcLens</source>
        <translation>VpcLens</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Topology graph</source>
        <translation>Topologie-Graph</translation>
    </message>
    <message>
        <source>The estate drawn as VPC, AZ and subnet containers with traffic overlaid.</source>
        <translation>Die Umgebung als VPC-, AZ- und Subnetz-Container mit überlagertem Verkehr.</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>Every flow-log record in a fast, filterable table.</source>
        <translation>Jeder Flow-Log-Eintrag in einer schnellen, filterbaren Tabelle.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Rule Trace</source>
        <translation>Regelverfolgung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich …</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Sample Estate</source>
        <translation>&amp;Beispielumgebung öffnen</translation>
    </message>
    <message>
        <source>Import &amp;Topology…</source>
        <translation>&amp;Topologie importieren …</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Import &amp;Flow Logs…</source>
        <translation>&amp;Flow Logs importieren …</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Diagram…</source>
        <translation>Diagramm …</translation>
    </message>
    <message>
        <source>Chart…</source>
        <translation>Diagramm (Zeitreihe) …</translation>
    </message>
    <message>
        <source>Flows as CSV…</source>
        <translation>Flows als CSV …</translation>
    </message>
    <message>
        <source>Review Report…</source>
        <translation>Prüfbericht …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About VpcLens</source>
        <translation>&amp;Über VpcLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Preparing the sample estate…</source>
        <translation>Beispielumgebung wird vorbereitet …</translation>
    </message>
    <message>
        <source>Sample Estate</source>
        <translation>Beispielumgebung</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>VpcLens workspaces (*.vpclens)</source>
        <translation>VpcLens-Arbeitsbereiche (*.vpclens)</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>VpcLens workspaces (*.vpclens);;All files (*)</source>
        <translation>VpcLens-Arbeitsbereiche (*.vpclens);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Create or open a workspace first.</source>
        <translation>Legen Sie zuerst einen Arbeitsbereich an oder öffnen Sie einen.</translation>
    </message>
    <message>
        <source>Import Topology: choose a folder of AWS CLI exports</source>
        <translation>Topologie importieren: Ordner mit AWS-CLI-Exporten wählen</translation>
    </message>
    <message>
        <source>Importing topology</source>
        <translation>Topologie wird importiert</translation>
    </message>
    <message>
        <source>%1 — VpcLens</source>
        <translation>%1 — VpcLens</translation>
    </message>
    <message>
        <source>%L1 flow-log records in this workspace.</source>
        <translation>%L1 Flow-Log-Einträge in diesem Arbeitsbereich.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n resource(s) in %2 kinds</source>
        <translation>
            <numerusform>%1 — %n Ressource in %2 Arten</numerusform>
            <numerusform>%1 — %n Ressourcen in %2 Arten</numerusform>
        </translation>
    </message>
    <message>
        <source>About VpcLens</source>
        <translation>Über VpcLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VpcLens %1&lt;/h3&gt;&lt;p&gt;Explore AWS VPC topology and VPC Flow Logs offline: import, trace, chart and export.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.&lt;/p&gt;&lt;p&gt;It is distributed WITHOUT ANY WARRANTY. See the GNU General Public License (GPL-3.0-or-later) for details.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VpcLens %1&lt;/h3&gt;&lt;p&gt;AWS-VPC-Topologie und VPC Flow Logs offline untersuchen: importieren, verfolgen, darstellen und exportieren.&lt;/p&gt;&lt;p&gt;Dieses Programm ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder ändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version.&lt;/p&gt;&lt;p&gt;Es wird OHNE JEDE GEWÄHRLEISTUNG verbreitet. Einzelheiten in der GNU General Public License (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import Flow Logs: choose a folder (an S3 download or CloudWatch exports)</source>
        <translation>VpcLens untersucht AWS-VPC-Topologie und VPC Flow Logs offline.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>VpcLens untersucht AWS-VPC-Topologie und VPC Flow Logs offline.</translation>
    </message>
    <message>
        <source>Importing flow logs</source>
        <translation>Flow Logs werden importiert</translation>
    </message>
    <message numerus="yes">
        <source>Topology: %n file(s) read, %1 resources stored.</source>
        <translation>
            <numerusform>Topologie: %n Datei gelesen, %1 Ressourcen gespeichert.</numerusform>
            <numerusform>Topologie: %n Dateien gelesen, %1 Ressourcen gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flow logs: %n file(s) imported, %L1 records, %L2 bad lines, %L3 files skipped as duplicates, %L4 failed.</source>
        <translation>
            <numerusform>Flow Logs: %n Datei importiert, %L1 Einträge, %L2 fehlerhafte Zeilen, %L3 Dateien als Duplikate übersprungen, %L4 fehlgeschlagen.</numerusform>
            <numerusform>Flow Logs: %n Dateien importiert, %L1 Einträge, %L2 fehlerhafte Zeilen, %L3 Dateien als Duplikate übersprungen, %L4 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files finished before cancelling were kept.</source>
        <translation>Abgebrochen: Die vor dem Abbruch fertigen Dateien wurden behalten.</translation>
    </message>
    <message>
        <source>Top rejected conversations by bytes:</source>
        <translation>Meistabgelehnte Verbindungen nach Bytes:</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) or file(s) could not be imported; see File &gt; Import for details.</source>
        <translation>
            <numerusform>%n Zeile oder Datei konnte nicht importiert werden; Einzelheiten unter Datei &gt; Import.</numerusform>
            <numerusform>%n Zeilen oder Dateien konnten nicht importiert werden; Einzelheiten unter Datei &gt; Import.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 → %2 port %3: %L4 records, %L5 bytes</source>
        <translation>  %1 → %2 Port %3: %L4 Einträge, %L5 Bytes</translation>
    </message>
    <message>
        <source>Comparing the flow logs with the configuration…</source>
        <translation>Flow Logs werden mit der Konfiguration verglichen …</translation>
    </message>
    <message>
        <source>Log against configuration: %L1 agree, %L2 logged REJECT but the configuration accepts, %L3 logged ACCEPT but the configuration rejects, %L4 undetermined, %L5 not explainable.</source>
        <translation>Log gegen Konfiguration: %L1 übereinstimmend, %L2 als REJECT protokolliert, aber von der Konfiguration erlaubt, %L3 als ACCEPT protokolliert, aber von der Konfiguration abgelehnt, %L4 unbestimmt, %L5 nicht erklärbar.</translation>
    </message>
</context>
<context>
    <name>vpclens::ResourceTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2 / %3</source>
        <translation>%1 in %2 / %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>vpclens::RuleEvaluator</name>
    <message>
        <source>Accepted, and the reply is allowed back.</source>
        <translation>Angenommen, und die Antwort darf zurück.</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>Angenommen.</translation>
    </message>
    <message>
        <source>network ACL %1 rule %2: %3</source>
        <translation>Netzwerk-ACL %1 Regel %2: %3</translation>
    </message>
    <message>
        <source>security groups %1: no rule allows it</source>
        <translation>Sicherheitsgruppen %1: keine Regel erlaubt es</translation>
    </message>
    <message>
        <source>load balancer %1: no listener on this port</source>
        <translation>Load Balancer %1: kein Listener auf diesem Port</translation>
    </message>
    <message>
        <source>route table %1: %2</source>
        <translation>Routentabelle %1: %2</translation>
    </message>
    <message>
        <source>Request accepted, but the reply is rejected by %1</source>
        <translation>Anfrage angenommen, aber die Antwort wird abgelehnt von %1</translation>
    </message>
    <message>
        <source>Rejected by %1</source>
        <translation>Abgelehnt von %1</translation>
    </message>
    <message>
        <source>Request accepted, but the reply is not routed: %1</source>
        <translation>Anfrage angenommen, aber für die Antwort gibt es keine Route: %1</translation>
    </message>
    <message>
        <source>No route: %1</source>
        <translation>Keine Route: %1</translation>
    </message>
</context>
<context>
    <name>vpclens::TracePanel</name>
    <message>
        <source>IP address, eni-… or i-…</source>
        <translation>VpcLens untersucht AWS-VPC-Topologie und VPC Flow Logs offline.</translation>
    </message>
    <message>
        <source>Destination port; for ICMP the type (8 = echo request)</source>
        <translation>VpcLens untersucht AWS-VPC-Topologie und VPC Flow Logs offline.</translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation>&amp;Verfolgen</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Protocol, port:</source>
        <translation>Protokoll, Port:</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Pick two endpoints and a port, then Trace.</source>
        <translation>Wählen Sie zwei Endpunkte und einen Port, dann Verfolgen.</translation>
    </message>
    <message>
        <source>Open a workspace to trace flows.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um Flows zu verfolgen.</translation>
    </message>
    <message>
        <source>Source and destination must be IPv4 addresses or known eni-/i- ids.</source>
        <translation>Quelle und Ziel müssen IPv4-Adressen oder bekannte eni-/i--IDs sein.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>vpclens::TrafficChart</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Records per bucket</source>
        <translation>Einträge pro Intervall</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
</TS>