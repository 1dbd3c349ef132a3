<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DiagramExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the graph is empty</source>
        <translation>der Graph ist leer</translation>
    </message>
    <message>
        <source>the SVG writer did not start</source>
        <translation>der SVG-Schreiber ist nicht gestartet</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large</source>
        <translation>%1 × %2 Pixel ist zu groß</translation>
    </message>
    <message>
        <source>the PNG could not be written</source>
        <translation>die PNG-Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the PDF writer did not start</source>
        <translation>der PDF-Schreiber ist nicht gestartet</translation>
    </message>
    <message>
        <source>the file could not be renamed into place</source>
        <translation>die Datei konnte nicht an ihren Platz umbenannt werden</translation>
    </message>
</context>
<context>
    <name>FilterMenu</name>
    <message>
        <source>Selected</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Not Selected</source>
        <translation>Nicht Auswahl</translation>
    </message>
    <message>
        <source>…and Selected</source>
        <translation>…und Auswahl</translation>
    </message>
    <message>
        <source>…or Selected</source>
        <translation>…oder Auswahl</translation>
    </message>
    <message>
        <source>…and not Selected</source>
        <translation>…und nicht Auswahl</translation>
    </message>
    <message>
        <source>…or not Selected</source>
        <translation>…oder nicht Auswahl</translation>
    </message>
    <message>
        <source>Apply as Filter</source>
        <translation>Als Filter anwenden</translation>
    </message>
    <message>
        <source>Prepare as Filter</source>
        <translation>Als Filter vorbereiten</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>reply rejected</source>
        <translation>Antwort abgelehnt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>established</source>
        <translation>aufgebaut</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>partly rejected</source>
        <translation>teilweise abgelehnt</translation>
    </message>
    <message>
        <source>reply only</source>
        <translation>nur Antwort</translation>
    </message>
</context>
<context>
    <name>ResourceDetails</name>
    <message numerus="yes">
        <source>%n group(s), then %1</source>
        <translation><numerusform>%n Gruppe, dann %1</numerusform><numerusform>%n Gruppen, dann %1</numerusform></translation>
    </message>
</context>
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
    <message>
        <source>Security group rules</source>
        <translation>Sicherheitsgruppenregeln</translation>
    </message>
    <message>
        <source>Traffic mirror sessions</source>
        <translation>Traffic-Mirroring-Sitzungen</translation>
    </message>
    <message>
        <source>Traffic mirror targets</source>
        <translation>Traffic-Mirroring-Ziele</translation>
    </message>
    <message>
        <source>Traffic mirror filters</source>
        <translation>Traffic-Mirroring-Filter</translation>
    </message>
    <message>
        <source>VPC DNS support</source>
        <translation>VPC-DNS-Unterstützung</translation>
    </message>
    <message>
        <source>VPC DNS hostnames</source>
        <translation>VPC-DNS-Hostnamen</translation>
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
    <message>
        <source>Waiting for %1: another VpcLens program (an import or the GUI) is writing to it; this goes on when it is done (Ctrl+C to stop)</source>
        <translation>Warte auf %1: ein anderes VpcLens-Programm (ein Import oder die Oberfläche) schreibt gerade hinein; es geht weiter, sobald es fertig ist (Strg+C bricht ab)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>es hat keine Schemaversion</translation>
    </message>
    <message>
        <source>it is not a workspace as VpcLens writes them, so it is not opened (a workspace is data, and this one holds more): %1</source>
        <translation>es ist kein Arbeitsbereich, wie VpcLens ihn schreibt, und wird daher nicht geöffnet (ein Arbeitsbereich enthält Daten, dieser enthält mehr): %1</translation>
    </message>
    <message>
        <source>it was written by an older VpcLens (schema %1) and needs an upgrade, which cannot be written here: open a writable copy</source>
        <translation>er wurde von einem älteren VpcLens geschrieben (Schema %1) und muss aktualisiert werden, was hier nicht geschrieben werden kann: öffnen Sie eine beschreibbare Kopie</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>vpclens-cli: unknown command &apos;%1&apos;
</source>
        <translation>vpclens-cli: unbekannter Befehl &apos;%1&apos;
</translation>
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
        <source>The time the topology was exported (ISO 8601); default: the newest file&apos;s time.</source>
        <translation>Zeitpunkt des Topologie-Exports (ISO 8601); Vorgabe: Zeit der neuesten Datei.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Die Zusammenfassung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>import: --snapshot-time &apos;%1&apos; is not a time
</source>
        <translation>import: --snapshot-time &apos;%1&apos; ist keine Zeitangabe
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
        <source>Import into a new workspace and print speed, memory and size figures.</source>
        <translation>In einen neuen Arbeitsbereich importieren und Geschwindigkeit, Speicher und Größe ausgeben.</translation>
    </message>
    <message>
        <source>Topology exports (optional).</source>
        <translation>Topologie-Exporte (optional).</translation>
    </message>
    <message>
        <source>A flow-log file or a folder tree of them (repeatable).</source>
        <translation>Eine Flow-Log-Datei oder ein Ordnerbaum davon (mehrfach möglich).</translation>
    </message>
    <message>
        <source>The record format of files without a header line, in AWS syntax: &apos;${version} ${account-id} ...&apos;.</source>
        <translation>Das Datensatzformat von Dateien ohne Kopfzeile, in AWS-Syntax: &apos;${version} ${account-id} ...&apos;.</translation>
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
        <source>trace: no AWS export found in %1</source>
        <translation>trace: kein AWS-Export in %1 gefunden</translation>
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
    <message>
        <source>List every imported file: result, kind, records, bad lines, path.</source>
        <translation>Jede importierte Datei auflisten: Ergebnis, Art, Einträge, fehlerhafte Zeilen, Pfad.</translation>
    </message>
    <message>
        <source>List every problem the imports met, as file:line: reason: text.</source>
        <translation>Jedes Problem der Importe auflisten, als Datei:Zeile: Grund: Text.</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>give either --topology or --workspace</source>
        <translation>entweder --topology oder --workspace angeben</translation>
    </message>
    <message>
        <source>--%1 is missing</source>
        <translation>--%1 fehlt</translation>
    </message>
    <message>
        <source>--protocol: &apos;%1&apos; is not tcp, udp, icmp, icmpv6 or a number 0-255</source>
        <translation>--protocol: „%1“ ist weder tcp, udp, icmp, icmpv6 noch eine Zahl von 0 bis 255</translation>
    </message>
    <message>
        <source>--dst-port is missing (%1 needs a destination port)</source>
        <translation>--dst-port fehlt (%1 braucht einen Zielport)</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number from 0 to %3</source>
        <translation>--%1: „%2“ ist keine Zahl von 0 bis %3</translation>
    </message>
    <message>
        <source>--src &apos;%1&apos; and --dst &apos;%2&apos; must be IP addresses of one family or known eni-/i- ids</source>
        <translation>--src „%1“ und --dst „%2“ müssen IP-Adressen derselben Familie oder bekannte eni-/i-IDs sein</translation>
    </message>
    <message>
        <source>vpclens-cli %1: the workspace could not be read or written: %2
</source>
        <translation>vpclens-cli %1: der Arbeitsbereich konnte nicht gelesen oder geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>vpclens-cli %1: out of memory
</source>
        <translation>vpclens-cli %1: zu wenig Speicher
</translation>
    </message>
    <message>
        <source>vpclens-cli %1: %2
</source>
        <translation>vpclens-cli %1: %2
</translation>
    </message>
    <message>
        <source>Import AWS CLI topology exports and VPC Flow Logs into a workspace</source>
        <translation>AWS-CLI-Topologie-Exporte und VPC Flow Logs in einen Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>Summarise a workspace: resources by kind, imports, import errors</source>
        <translation>Einen Arbeitsbereich zusammenfassen: Ressourcen nach Art, Importe, Importfehler</translation>
    </message>
    <message>
        <source>Explain one packet hop by hop (security groups, network ACLs, routes, reply)</source>
        <translation>Ein Paket Schritt für Schritt erklären (Sicherheitsgruppen, Netzwerk-ACLs, Routen, Antwort)</translation>
    </message>
    <message>
        <source>Compare every logged record with the configuration; list disagreements</source>
        <translation>Jeden protokollierten Eintrag mit der Konfiguration vergleichen; Abweichungen auflisten</translation>
    </message>
    <message>
        <source>Filter flow records (the GUI&apos;s filter language) and print them or their groups</source>
        <translation>Flow-Einträge filtern (die Filtersprache der GUI) und sie oder ihre Gruppen ausgeben</translation>
    </message>
    <message>
        <source>Import into a new workspace and print speed, memory and size figures</source>
        <translation>In einen neuen Arbeitsbereich importieren und Geschwindigkeit, Speicher und Größe ausgeben</translation>
    </message>
    <message>
        <source>Lay out the topology graph at each level and print the times</source>
        <translation>Den Topologie-Graphen auf jeder Ebene anordnen und die Zeiten ausgeben</translation>
    </message>
    <message>
        <source>Usage: vpclens-cli &lt;command&gt; [options]

Commands:
</source>
        <translation>Aufruf: vpclens-cli &lt;Befehl&gt; [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <source>Run &apos;vpclens-cli &lt;command&gt; --help&apos; for a command&apos;s options.
Options: --help, --version
</source>
        <translation>&apos;vpclens-cli &lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls.
Optionen: --help, --version
</translation>
    </message>
    <message>
        <source>The review checks: what is wrong in the estate, and what in the flow logs proves it</source>
        <translation>Die Review-Prüfungen: was in der Umgebung falsch ist und was in den Flow Logs es belegt</translation>
    </message>
    <message>
        <source>Every rule, NACL entry and route with the records it decided (after explain)</source>
        <translation>Jede Regel, jeder NACL-Eintrag und jede Route mit den Einträgen, über die sie entschieden haben (nach explain)</translation>
    </message>
    <message>
        <source>Write the review report (scope, coverage, diagrams, findings with evidence, rule usage) as PDF or HTML</source>
        <translation>Den Prüfbericht schreiben (Umfang, Abdeckung, Diagramme, Befunde mit Nachweis, Regelnutzung) als PDF oder HTML</translation>
    </message>
    <message>
        <source>Draw the topology graph with traffic as SVG, PNG, PDF, DOT or draw.io</source>
        <translation>Den Topologiegraphen mit Verkehr als SVG, PNG, PDF, DOT oder draw.io zeichnen</translation>
    </message>
    <message>
        <source>List, add or remove the analyst&apos;s notes the review report prints</source>
        <translation>Die Notizen der Analystin, die der Prüfbericht druckt, auflisten, hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>The workspace to create (replaced when it exists); without --flows, the workspace to measure.</source>
        <translation>Der anzulegende Arbeitsbereich (wird ersetzt, wenn er existiert); ohne --flows der zu messende Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Flow logs to import (optional).</source>
        <translation>Zu importierende Flow-Logs (optional).</translation>
    </message>
    <message>
        <source>bench: --workspace is required
</source>
        <translation>bench: --workspace ist erforderlich
</translation>
    </message>
    <message>
        <source>Print the Athena SQL for a filter over an organisation&apos;s flow-log table in S3</source>
        <translation>Das Athena-SQL eines Filters über die Flow-Log-Tabelle einer Organisation in S3 ausgeben</translation>
    </message>
    <message>
        <source>List the topology snapshots of a workspace</source>
        <translation>Die Topologie-Snapshots eines Arbeitsbereichs auflisten</translation>
    </message>
    <message>
        <source>What changed between two topology snapshots, rule by rule</source>
        <translation>Was sich zwischen zwei Topologie-Snapshots geändert hat, Regel für Regel</translation>
    </message>
    <message>
        <source>List the topology snapshots of a workspace, oldest first.</source>
        <translation>Die Topologie-Snapshots eines Arbeitsbereichs auflisten, den ältesten zuerst.</translation>
    </message>
    <message>
        <source>snapshots: --workspace is required
</source>
        <translation>snapshots: --workspace ist erforderlich
</translation>
    </message>
    <message>
        <source>What changed between two topology snapshots: resources added, removed and changed, down to the rule, entry, route and attribute.</source>
        <translation>Was sich zwischen zwei Topologie-Snapshots geändert hat: hinzugefügte, entfernte und geänderte Ressourcen, bis hinunter zu Regel, Eintrag, Route und Attribut.</translation>
    </message>
    <message>
        <source>The earlier snapshot (its id; default: the one before --to).</source>
        <translation>Der frühere Snapshot (seine ID; Standard: der vor --to).</translation>
    </message>
    <message>
        <source>The later snapshot (its id; default: the newest).</source>
        <translation>Der spätere Snapshot (seine ID; Standard: der neueste).</translation>
    </message>
    <message>
        <source>diff: --workspace is required
</source>
        <translation>diff: --workspace ist erforderlich
</translation>
    </message>
    <message>
        <source>diff: no snapshot &apos;%1&apos; in this workspace (vpclens-cli snapshots lists them)
</source>
        <translation>diff: kein Snapshot &apos;%1&apos; in diesem Arbeitsbereich (vpclens-cli snapshots listet sie auf)
</translation>
    </message>
    <message>
        <source>diff: the workspace holds %1 snapshot(s); a diff needs two
</source>
        <translation>diff: der Arbeitsbereich enthält %1 Snapshot(s); ein Vergleich braucht zwei
</translation>
    </message>
    <message>
        <source>diff failed: %1
</source>
        <translation>diff fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <source>  not compared: %1 is in one snapshot only
</source>
        <translation>  nicht verglichen: %1 ist nur in einem Snapshot
</translation>
    </message>
    <message>
        <source>Which connections seen would another configuration flip (accepted to rejected and back)</source>
        <translation>Welche gesehenen Verbindungen eine andere Konfiguration umkehren würde (angenommen zu abgelehnt und zurück)</translation>
    </message>
    <message>
        <source>Replay the connections the flow logs saw against another configuration (a snapshot, or an export): those whose verdict flips, both ways.</source>
        <translation>Die Verbindungen der Flow-Logs gegen eine andere Konfiguration abspielen (ein Snapshot oder ein Export): die, deren Urteil sich umkehrt, in beide Richtungen.</translation>
    </message>
    <message>
        <source>The configuration to replay against: a snapshot of the workspace (its id).</source>
        <translation>Die Konfiguration, gegen die abgespielt wird: ein Snapshot des Arbeitsbereichs (seine ID).</translation>
    </message>
    <message>
        <source>The configuration to replay against: AWS CLI exports, not imported (a folder or files).</source>
        <translation>Die Konfiguration, gegen die abgespielt wird: AWS-CLI-Exporte, nicht importiert (ein Ordner oder Dateien).</translation>
    </message>
    <message>
        <source>replay: --workspace and one of --snapshot or --topology are required
</source>
        <translation>replay: --workspace und eines von --snapshot oder --topology sind erforderlich
</translation>
    </message>
    <message>
        <source>replay: &apos;%1&apos; is not a time
</source>
        <translation>replay: &apos;%1&apos; ist keine Zeit
</translation>
    </message>
    <message>
        <source>replay: no snapshot &apos;%1&apos; in this workspace (vpclens-cli snapshots lists them)
</source>
        <translation>replay: kein Snapshot &apos;%1&apos; in diesem Arbeitsbereich (vpclens-cli snapshots listet sie auf)
</translation>
    </message>
    <message>
        <source>replay: no AWS export found in %1
</source>
        <translation>replay: kein AWS-Export gefunden in %1
</translation>
    </message>
    <message>
        <source>replay failed: %1
</source>
        <translation>replay fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>List the CloudTrail calls that changed the network, oldest first, with their status (applied, failed, not-applied).</source>
        <translation>Die CloudTrail-Aufrufe auflisten, die das Netz geändert haben, den ältesten zuerst, mit ihrem Status (applied, failed, not-applied).</translation>
    </message>
    <message>
        <source>Also check that each snapshot plus the events after it gives the next snapshot.</source>
        <translation>Auch prüfen, ob jeder Snapshot mit den Ereignissen danach den nächsten Snapshot ergibt.</translation>
    </message>
    <message>
        <source>changes: --workspace is required
</source>
        <translation>changes: --workspace ist erforderlich
</translation>
    </message>
    <message>
        <source>changes: &apos;%1&apos; is not a time
</source>
        <translation>changes: „%1“ ist keine Zeitangabe
</translation>
    </message>
    <message>
        <source>changes failed: %1
</source>
        <translation>changes fehlgeschlagen: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%n network change(s)</source>
        <translation>
            <numerusform>%n Netzänderung</numerusform>
            <numerusform>%n Netzänderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 applied, %2 failed, %3 not applied
</source>
        <translation>: %1 angewandt, %2 fehlgeschlagen, %3 nicht angewandt
</translation>
    </message>
    <message>
        <source>reproduced</source>
        <translation>reproduziert</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Abweichung</numerusform>
            <numerusform>%n Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 resource(s) AWS created with a new VPC (no event names them)
</source>
        <translation>  %1 Ressource(n), die AWS mit einer neuen VPC angelegt hat (kein Ereignis nennt sie)
</translation>
    </message>
    <message>
        <source>  not applied: %1
</source>
        <translation>  nicht angewandt: %1
</translation>
    </message>
    <message>
        <source>The CloudTrail calls that changed the network, with their status</source>
        <translation>Die CloudTrail-Aufrufe, die das Netz geändert haben, mit ihrem Status</translation>
    </message>
    <message>
        <source>  %1 record(s) (e.g. record %2): %3</source>
        <translation>  %1 Eintrag/Einträge (z. B. Eintrag %2): %3</translation>
    </message>
    <message>
        <source>Agree only because of a change since the snapshot before them:
</source>
        <translation>Stimmen nur wegen einer Änderung seit dem Snapshot davor überein:
</translation>
    </message>
    <message>
        <source>CloudTrail logs: a file (JSON, gzip, lookup-events output) or a folder tree of them (repeatable).</source>
        <translation>CloudTrail-Logs: eine Datei (JSON, gzip, Ausgabe von lookup-events) oder ein Ordnerbaum davon (mehrfach möglich).</translation>
    </message>
    <message>
        <source>bad record: %1
</source>
        <translation>fehlerhafter Eintrag: %1
</translation>
    </message>
    <message>
        <source>CloudTrail: %1 files, %2 records, %3 network changes (%4 new, %5 failed, %6 not applied), %7 other events counted apart, %8 bad records
</source>
        <translation>CloudTrail: %1 Dateien, %2 Einträge, %3 Netzänderungen (%4 neu, %5 fehlgeschlagen, %6 nicht angewandt), %7 andere Ereignisse getrennt gezählt, %8 fehlerhafte Einträge
</translation>
    </message>
    <message>
        <source>Import AWS CLI exports, VPC Flow Logs, CloudTrail logs and packet captures into a workspace.</source>
        <translation>AWS-CLI-Exporte, VPC Flow Logs, CloudTrail-Logs und Paketmitschnitte in einen Arbeitsbereich importieren.</translation>
    </message>
    <message>
        <source>A packet capture (pcap, pcapng; from a traffic-mirror target or tcpdump) or a folder of them (repeatable).</source>
        <translation>Ein Paketmitschnitt (pcap, pcapng; von einem Traffic-Mirroring-Ziel oder tcpdump) oder ein Ordner davon (mehrfach möglich).</translation>
    </message>
    <message>
        <source>The interface (eni-...) a capture without VXLAN was taken on; default: the interface the estate knows by address.</source>
        <translation>Die Schnittstelle (eni-...), an der ein Mitschnitt ohne VXLAN aufgenommen wurde; Vorgabe: die Schnittstelle, die die Umgebung zur Adresse kennt.</translation>
    </message>
    <message>
        <source>Seconds a capture flow sums packets over (60 or 600 as flow logs); default: the flow logs&apos; aggregation interval, else 600.</source>
        <translation>Sekunden, über die ein Mitschnitt-Flow Pakete zusammenfasst (60 oder 600 wie Flow Logs); Vorgabe: das Aggregationsintervall der Flow Logs, sonst 600.</translation>
    </message>
    <message>
        <source>import: --workspace and at least one --topology, --flows, --cloudtrail or --capture are required
</source>
        <translation>import: --workspace und mindestens eines von --topology, --flows, --cloudtrail oder --capture sind erforderlich
</translation>
    </message>
    <message>
        <source>import: --window &apos;%1&apos; is not a number of seconds (1-86400)
</source>
        <translation>import: --window &apos;%1&apos; ist keine Sekundenzahl (1-86400)
</translation>
    </message>
    <message>
        <source>Captures: %1 files, %2 frames, %3 flows, %4 skipped, %5 failed, %6 MB/s
</source>
        <translation>Mitschnitte: %1 Dateien, %2 Frames, %3 Flows, %4 übersprungen, %5 fehlgeschlagen, %6 MB/s
</translation>
    </message>
    <message>
        <source>Write a synthetic traffic-mirror capture, import it and print MB/s and memory (beside tcpdump -r).</source>
        <translation>Einen synthetischen Traffic-Mirroring-Mitschnitt schreiben, importieren und MB/s und Speicher ausgeben (neben tcpdump -r).</translation>
    </message>
    <message>
        <source>The workspace to create (replaced when it exists).</source>
        <translation>Der anzulegende Arbeitsbereich (wird ersetzt, wenn er existiert).</translation>
    </message>
    <message>
        <source>The capture to import (written first with --write).</source>
        <translation>Der zu importierende Mitschnitt (mit --write zuerst geschrieben).</translation>
    </message>
    <message>
        <source>Write a synthetic mirrored capture of --megabytes first.</source>
        <translation>Zuerst einen synthetischen gespiegelten Mitschnitt von --megabytes schreiben.</translation>
    </message>
    <message>
        <source>Size of the synthetic capture (default 1000).</source>
        <translation>Größe des synthetischen Mitschnitts (Vorgabe 1000).</translation>
    </message>
    <message>
        <source>bench-capture: --workspace and --capture are required
</source>
        <translation>bench-capture: --workspace und --capture sind erforderlich
</translation>
    </message>
    <message>
        <source>Write a synthetic mirrored capture, import it and print MB/s and memory beside tcpdump -r</source>
        <translation>Einen synthetischen gespiegelten Mitschnitt schreiben, importieren und MB/s und Speicher neben tcpdump -r ausgeben</translation>
    </message>
    <message>
        <source>Source: an IPv4 or IPv6 address, eni-..., i-... or an instance&apos;s Name tag.</source>
        <translation>Quelle: eine IPv4- oder IPv6-Adresse, eni-..., i-... oder das Name-Tag einer Instanz.</translation>
    </message>
    <message>
        <source>Destination: an IPv4 or IPv6 address, eni-..., i-... or an instance&apos;s Name tag.</source>
        <translation>Ziel: eine IPv4- oder IPv6-Adresse, eni-..., i-... oder das Name-Tag einer Instanz.</translation>
    </message>
    <message>
        <source>Snapshot %1 + %2 -&gt; snapshot %3 (%4): %5
</source>
        <translation>Snapshot %1 + %2 -&gt; Snapshot %3 (%4): %5
</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3 resources from %4  %5  %6
</source>
        <translation>%1  %2  %3 Ressourcen aus %4  %5  %6
</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 -&gt; %2 (%3): %4
</source>
        <translation>Snapshot %1 -&gt; %2 (%3): %4
</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 connections (%L2 per hour and pair) replayed: %3
</source>
        <translation>%L1 Verbindungen (%L2 je Stunde und Paar) nachgespielt: %3
</translation>
    </message>
    <message numerus="yes">
        <source>%n flip(s)</source>
        <translation>
            <numerusform>%n Umschlag</numerusform>
            <numerusform>%n Umschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace %1: %2, %3
</source>
        <translation>Arbeitsbereich %1: %2, %3
</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n Snapshot</numerusform>
            <numerusform>%n Snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 flow-log record(s)</source>
        <translation>
            <numerusform>%1 Flow-Log-Eintrag</numerusform>
            <numerusform>%1 Flow-Log-Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Packet captures: %1, %2 beside the flow-log records
</source>
        <translation>Paketmitschnitte: %1, %2 neben den Flow-Log-Einträgen
</translation>
    </message>
    <message numerus="yes">
        <source>%1 capture flow(s)</source>
        <translation>
            <numerusform>%1 Mitschnitt-Flow</numerusform>
            <numerusform>%1 Mitschnitt-Flows</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1: taken %2, %3 from %4 in %5; %6
</source>
        <translation>Snapshot %1: aufgenommen %2, %3 aus %4 in %5; %6
</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports: %1 in, %2 not; %3 (--files and --problems list them)
</source>
        <translation>Importe: %1 übernommen, %2 nicht; %3 (--files und --problems listen sie auf)
</translation>
    </message>
    <message numerus="yes">
        <source>%1 problem(s)</source>
        <translation>
            <numerusform>%1 Problem</numerusform>
            <numerusform>%1 Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Name addresses outside the estate (your blocks, AWS&apos;s ip-ranges.json), or look one up</source>
        <translation>Adressen außerhalb der Umgebung benennen (eigene Blöcke, AWS&apos; ip-ranges.json) oder nachschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%1 prefix(es)</source>
        <translation><numerusform>%1 Präfix</numerusform><numerusform>%1 Präfixe</numerusform></translation>
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
        <source>Use this language (for example de) instead of the system&apos;s.</source>
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
    <message>
        <source>Open this workspace, print how long opening, filtering, changing the time range and panning take, then quit.</source>
        <translation>Diesen Arbeitsbereich öffnen, ausgeben, wie lange Öffnen, Filtern, Zeitraumwechsel und Verschieben dauern, dann beenden.</translation>
    </message>
    <message>
        <source>Open the workspace given (or the sample), take the README&apos;s screenshots into this folder, then quit.</source>
        <translation>Den angegebenen Arbeitsbereich (oder das Beispiel) öffnen, die Bildschirmfotos der README in diesen Ordner speichern, dann beenden.</translation>
    </message>
</context>
<context>
    <name>vpclens</name>
    <message>
        <source>The quoted text starting here is not closed.</source>
        <translation>Der hier beginnende Text in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>Unknown operator &apos;%1&apos;; use &apos;and&apos; or &apos;or&apos;.</source>
        <translation>Unbekannter Operator &apos;%1&apos;; verwenden Sie &apos;and&apos; oder &apos;or&apos;.</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos;.</source>
        <translation>Unerwartetes Zeichen &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Internet gateway</source>
        <translation>Internet-Gateway</translation>
    </message>
    <message>
        <source>Egress-only internet gateway</source>
        <translation>Internet-Gateway nur für ausgehenden Verkehr</translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation>NAT-Gateway</translation>
    </message>
    <message>
        <source>Virtual private gateway</source>
        <translation>Virtuelles privates Gateway</translation>
    </message>
    <message>
        <source>Transit gateway</source>
        <translation>Transit-Gateway</translation>
    </message>
    <message>
        <source>Peering connection</source>
        <translation>Peering-Verbindung</translation>
    </message>
    <message>
        <source>Gateway endpoint</source>
        <translation>Gateway-Endpunkt</translation>
    </message>
    <message>
        <source>TGW attachment</source>
        <translation>TGW-Anbindung</translation>
    </message>
    <message>
        <source>%1 → %2
%3: %4</source>
        <translation>%1 → %2
%3: %4</translation>
    </message>
    <message>
        <source>allowed by a security group, blocked on the path</source>
        <translation>von einer Sicherheitsgruppe erlaubt, auf dem Weg blockiert</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>%1 → %2
%L3 flows, %L4 packets, %5
rejected: %L6 flows (%7 %)
ports: %8</source>
        <translation>%1 → %2
%L3 Flows, %L4 Pakete, %5
abgelehnt: %L6 Flows (%7 %)
Ports: %8</translation>
    </message>
    <message>
        <source>The filter is too long (at most %1 characters).</source>
        <translation>Der Filter ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address or CIDR block.</source>
        <translation>&apos;%1&apos; ist keine IPv4- oder IPv6-Adresse und kein CIDR-Block.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action; use ACCEPT or REJECT.</source>
        <translation>&apos;%1&apos; ist keine Aktion; verwenden Sie ACCEPT oder REJECT.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a log status; use OK, NODATA or SKIPDATA.</source>
        <translation>&apos;%1&apos; ist kein Protokollstatus; verwenden Sie OK, NODATA oder SKIPDATA.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (0-65535).</source>
        <translation>&apos;%1&apos; ist kein Port (0-65535).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than any value a record holds (at most %2).</source>
        <translation>„%1“ ist größer als jeder Wert eines Eintrags (höchstens %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protocol; use tcp, udp, icmp, icmpv6 or a number.</source>
        <translation>&apos;%1&apos; ist kein Protokoll; verwenden Sie tcp, udp, icmp, icmpv6 oder eine Zahl.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; use 2024-06-01T10:00 (UTC), an offset like +02:00, or epoch seconds.</source>
        <translation>&apos;%1&apos; ist keine Zeit; verwenden Sie 2024-06-01T10:00 (UTC), einen Versatz wie +02:00 oder Epochensekunden.</translation>
    </message>
    <message>
        <source>No %1 matches &apos;%2&apos; in this workspace.</source>
        <translation>Kein %1 passt in diesem Arbeitsbereich zu &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>No rule has decided a record yet: run explain first (vpclens-cli explain).</source>
        <translation>Noch hat keine Regel über einen Eintrag entschieden: zuerst explain ausführen (vpclens-cli explain).</translation>
    </message>
    <message>
        <source>No rule matches &apos;%1&apos;: no record was decided by it, or explain has not run since it was imported.</source>
        <translation>Keine Regel passt zu „%1“: sie hat über keinen Eintrag entschieden, oder explain lief seit ihrem Import nicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a verdict; use ACCEPT, REJECT or UNFILTERED (traffic no group or NACL filters).</source>
        <translation>&apos;%1&apos; ist kein Urteil; verwenden Sie ACCEPT, REJECT oder UNFILTERED (Verkehr, den keine Gruppe und keine NACL filtert).</translation>
    </message>
    <message>
        <source>No record has a verdict yet: run explain first (vpclens-cli explain).</source>
        <translation>Noch kein Datensatz hat ein Urteil: führen Sie zuerst explain aus (vpclens-cli explain).</translation>
    </message>
    <message>
        <source>peering</source>
        <translation>Peering</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>isoliert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a table name (letters, digits and _, database.table)</source>
        <translation>&apos;%1&apos; ist kein Tabellenname (Buchstaben, Ziffern und _, Datenbank.Tabelle)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a source; use flow-log or capture.</source>
        <translation>&apos;%1&apos; ist keine Quelle; verwenden Sie flow-log oder capture.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a handshake state; use attempted, rejected, established, reset, mid-stream, no-reply or two-way.</source>
        <translation>&apos;%1&apos; ist kein Handshake-Zustand; verwenden Sie attempted, rejected, established, reset, mid-stream, no-reply oder two-way.</translation>
    </message>
    <message>
        <source>No capture has been imported into this workspace: no record has a handshake state.</source>
        <translation>In diesen Arbeitsbereich wurde kein Mitschnitt importiert: kein Eintrag hat einen Handshake-Zustand.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Community ID; it looks like 1:LQU9qZlK+B5F3KDmev6m5PMibrg= (quote it).</source>
        <translation>&apos;%1&apos; ist keine Community ID; sie sieht aus wie 1:LQU9qZlK+B5F3KDmev6m5PMibrg= (in Anführungszeichen).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a traffic type; use IPv4, IPv6 or EFA.</source>
        <translation>&apos;%1&apos; ist kein Verkehrstyp; verwenden Sie IPv4, IPv6 oder EFA.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow direction; use ingress or egress.</source>
        <translation>&apos;%1&apos; ist keine Flussrichtung; verwenden Sie ingress oder egress.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value a flow-log field holds (one word).</source>
        <translation>&apos;%1&apos; ist kein Wert, den ein Flow-Log-Feld enthält (ein Wort).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is compared with ==, != or in only.</source>
        <translation>&apos;%1&apos; wird nur mit ==, != oder in verglichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; stands for either of two fields: compare one of them (srcaddr, dstaddr, srcport or dstport).</source>
        <translation>&apos;%1&apos; steht für eines von zwei Feldern: vergleichen Sie eines davon (srcaddr, dstaddr, srcport oder dstport).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; hold different kinds of values: they cannot be compared.</source>
        <translation>&apos;%1&apos; und &apos;%2&apos; enthalten verschiedene Arten von Werten: sie können nicht verglichen werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is compared with another field by == or != only.</source>
        <translation>&apos;%1&apos; wird mit einem anderen Feld nur mit == oder != verglichen.</translation>
    </message>
    <message>
        <source>local</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>no topology imported</source>
        <translation>keine Topologie importiert</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Gehalten von</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>public (Elastic IP or auto-assigned): seen inside the VPC only as the private one</source>
        <translation>öffentlich (Elastic IP oder automatisch vergeben): in der VPC nur als die private sichtbar</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Innerhalb</translation>
    </message>
    <message>
        <source>subnet %1 of %2, no interface known</source>
        <translation>Subnetz %1 von %2, keine Schnittstelle bekannt</translation>
    </message>
    <message>
        <source>VPC %1, no subnet known</source>
        <translation>VPC %1, kein Subnetz bekannt</translation>
    </message>
    <message>
        <source>Outside the estate</source>
        <translation>Außerhalb des Bestands</translation>
    </message>
    <message>
        <source>a private address (a peered network, VPN, on-premises)</source>
        <translation>eine private Adresse (ein Peering-Netz, VPN, lokal)</translation>
    </message>
    <message>
        <source>a public address (the internet or an AWS service)</source>
        <translation>eine öffentliche Adresse (das Internet oder ein AWS-Dienst)</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>not in the topology imported</source>
        <translation>nicht in der importierten Topologie</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Network ACL</source>
        <translation>Netzwerk-ACL</translation>
    </message>
    <message>
        <source>Route table</source>
        <translation>Routentabelle</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>Sicherheitsgruppen</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>  (* public)</source>
        <translation>  (* öffentlich)</translation>
    </message>
    <message>
        <source>Source/destination check</source>
        <translation>Quell-/Zielprüfung</translation>
    </message>
    <message>
        <source>off: it forwards traffic for others</source>
        <translation>aus: sie leitet Verkehr für andere weiter</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>a packet capture (flow summed from its packets)</source>
        <translation>ein Paketmitschnitt (Flow aus seinen Paketen summiert)</translation>
    </message>
    <message>
        <source>a VPC Flow Log</source>
        <translation>ein VPC Flow Log</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Log-Status</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>yes: this record stands for its connection</source>
        <translation>ja: dieser Eintrag steht für seine Verbindung</translation>
    </message>
    <message>
        <source>no: another interface&apos;s record of the same connection stands for it</source>
        <translation>nein: der Eintrag einer anderen Schnittstelle steht für dieselbe Verbindung</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden durch</translation>
    </message>
    <message>
        <source>not explained yet (run explain)</source>
        <translation>noch nicht erklärt (explain ausführen)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Quelladresse</translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation>Zieladresse</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>TCP-Flags</translation>
    </message>
    <message>
        <source>Community ID</source>
        <translation>Community ID</translation>
    </message>
    <message>
        <source>Fields of versions 3-8</source>
        <translation>Felder der Versionen 3-8</translation>
    </message>
    <message>
        <source>  (rewritten: the packet&apos;s, not the record&apos;s)</source>
        <translation>  (umgeschrieben: die des Pakets, nicht die des Eintrags)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Record of the file</source>
        <translation>Eintrag der Datei</translation>
    </message>
    <message>
        <source>number %1 (bad lines not counted)</source>
        <translation>Nummer %1 (fehlerhafte Zeilen nicht gezählt)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>AWS ip-ranges.json shipped with VpcLens</source>
        <translation>AWS-ip-ranges.json, mit VpcLens geliefert</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>Quellport</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>jeder Typ</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>type %1 code %2</source>
        <translation>Typ %1 Code %2</translation>
    </message>
    <message>
        <source>all ports</source>
        <translation>alle Ports</translation>
    </message>
    <message>
        <source>all traffic</source>
        <translation>gesamter Verkehr</translation>
    </message>
    <message>
        <source>Outbound rules</source>
        <translation>Ausgehende Regeln</translation>
    </message>
    <message>
        <source>Inbound rules</source>
        <translation>Eingehende Regeln</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 of %2 (default quota)</source>
        <translation>%1 von %2 (Standardkontingent)</translation>
    </message>
    <message>
        <source>none: nothing leaves</source>
        <translation>keine: nichts geht hinaus</translation>
    </message>
    <message>
        <source>none: nothing gets in</source>
        <translation>keine: nichts kommt herein</translation>
    </message>
    <message>
        <source>Outbound entries</source>
        <translation>Ausgehende Einträge</translation>
    </message>
    <message>
        <source>Inbound entries</source>
        <translation>Eingehende Einträge</translation>
    </message>
    <message>
        <source>%1 of %2 (default quota), lowest number first</source>
        <translation>%1 von %2 (Standardkontingent), niedrigste Nummer zuerst</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>%1, the longest prefix wins</source>
        <translation>%1, das längste Präfix gewinnt</translation>
    </message>
    <message>
        <source>%1 (blackhole: the target is gone)</source>
        <translation>%1 (Blackhole: das Ziel existiert nicht mehr)</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>none: the group is attached to nothing</source>
        <translation>keine: die Gruppe hängt an nichts</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>yes: subnets without an association of their own use it</source>
        <translation>ja: Subnetze ohne eigene Zuordnung verwenden sie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Zustandslos</translation>
    </message>
    <message>
        <source>a reply is a packet of its own: it needs an entry the other way (ephemeral ports 1024-65535)</source>
        <translation>eine Antwort ist ein eigenes Paket: sie braucht einen Eintrag in Gegenrichtung (flüchtige Ports 1024-65535)</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupttabelle</translation>
    </message>
    <message>
        <source>%1 (public)</source>
        <translation>%1 (öffentlich)</translation>
    </message>
    <message>
        <source>Effective outbound rules</source>
        <translation>Wirksame ausgehende Regeln</translation>
    </message>
    <message>
        <source>Effective inbound rules</source>
        <translation>Wirksame eingehende Regeln</translation>
    </message>
    <message>
        <source>no NACL known</source>
        <translation>keine NACL bekannt</translation>
    </message>
    <message>
        <source>stateful: any rule allows, and the reply goes back</source>
        <translation>zustandsbehaftet: eine erlaubende Regel genügt, und die Antwort geht zurück</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>%1: not in the export, its rules are unknown</source>
        <translation>%1: nicht im Export, ihre Regeln sind unbekannt</translation>
    </message>
    <message>
        <source>not exported (aws ec2 describe-vpc-attribute)</source>
        <translation>nicht exportiert (aws ec2 describe-vpc-attribute)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>CIDR blocks</source>
        <translation>CIDR-Blöcke</translation>
    </message>
    <message>
        <source>%1 IPv4 of %2, %3 IPv6 of %4 (default quotas)</source>
        <translation>%1 IPv4 von %2, %3 IPv6 von %4 (Standardkontingente)</translation>
    </message>
    <message>
        <source>%1 addresses</source>
        <translation>%1 Adressen</translation>
    </message>
    <message>
        <source>In subnets</source>
        <translation>In Subnetzen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Held by interfaces</source>
        <translation>Von Schnittstellen belegt</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>none attached</source>
        <translation>keines angehängt</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>private DNS of interface endpoints works</source>
        <translation>privates DNS von Interface-Endpunkten funktioniert</translation>
    </message>
    <message>
        <source>private DNS of interface endpoints does not work (needs both)</source>
        <translation>privates DNS von Interface-Endpunkten funktioniert nicht (braucht beide)</translation>
    </message>
    <message>
        <source>Quotas in use</source>
        <translation>Genutzte Kontingente</translation>
    </message>
    <message>
        <source>of AWS&apos;s defaults</source>
        <translation>der AWS-Standardwerte</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Route tables</source>
        <translation>Routingtabellen</translation>
    </message>
    <message>
        <source>Network ACLs</source>
        <translation>Netzwerk-ACLs</translation>
    </message>
    <message>
        <source>IPv4 CIDR blocks</source>
        <translation>IPv4-CIDR-Blöcke</translation>
    </message>
    <message>
        <source>CIDR block</source>
        <translation>CIDR-Block</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Nutzbar</translation>
    </message>
    <message>
        <source>%1 (AWS reserves 5 of %2)</source>
        <translation>%1 (AWS reserviert 5 von %2)</translation>
    </message>
    <message>
        <source>%1 (%2 of the usable)</source>
        <translation>%1 (%2 der nutzbaren)</translation>
    </message>
    <message>
        <source>Availability Zone</source>
        <translation>Availability Zone</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>Sicherheitsgruppe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Primary interface</source>
        <translation>Primäre Schnittstelle</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>vpclens::AthenaEmitter</name>
    <message>
        <source>&apos;%1&apos; is what VpcLens decided in this workspace; Athena&apos;s flow-log table does not hold it</source>
        <translation>&apos;%1&apos; hat VpcLens in diesem Arbeitsbereich entschieden; Athenas Flow-Log-Tabelle enthält es nicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be asked of Athena&apos;s flow-log table</source>
        <translation>&apos;%1&apos; lässt sich in Athenas Flow-Log-Tabelle nicht abfragen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a column of Athena&apos;s flow-log table</source>
        <translation>&apos;%1&apos; ist keine Spalte der Flow-Log-Tabelle in Athena</translation>
    </message>
</context>
<context>
    <name>vpclens::Builder</name>
    <message>
        <source>%1 subnets · %2 ENIs</source>
        <translation>%1 Subnetze · %2 ENIs</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Internet gateway</source>
        <translation>Internet-Gateway</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Addresses outside every imported VPC</source>
        <translation>Adressen außerhalb aller importierten VPCs</translation>
    </message>
    <message>
        <source>unknown AZ</source>
        <translation>unbekannte AZ</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation>NAT-Gateway</translation>
    </message>
    <message>
        <source>no interfaces</source>
        <translation>keine Schnittstellen</translation>
    </message>
    <message>
        <source> (blackhole)</source>
        <translation> (Blackhole)</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>Sicherheitsgruppe</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inaktiv)</translation>
    </message>
    <message>
        <source>no subnets imported</source>
        <translation>keine Subnetze importiert</translation>
    </message>
    <message>
        <source>IGW %1</source>
        <translation>IGW %1</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>+%1 more routes</source>
        <translation>+%1 weitere Routen</translation>
    </message>
    <message>
        <source>RT %1</source>
        <translation>RT %1</translation>
    </message>
    <message>
        <source>ACL %1</source>
        <translation>ACL %1</translation>
    </message>
    <message>
        <source>Peering</source>
        <translation>Peering</translation>
    </message>
    <message>
        <source>TGW attachment</source>
        <translation>TGW-Anbindung</translation>
    </message>
    <message>
        <source>%1 VPCs attached</source>
        <translation>%1 VPCs angebunden</translation>
    </message>
    <message>
        <source>TGW %1</source>
        <translation>TGW %1</translation>
    </message>
    <message>
        <source>mirror VNI %1 · %2</source>
        <translation>Spiegelung VNI %1 · %2</translation>
    </message>
    <message>
        <source>mirrored → %1</source>
        <translation>gespiegelt → %1</translation>
    </message>
</context>
<context>
    <name>vpclens::ChangesPane</name>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Aufgenommen (UTC)</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Accounts and regions</source>
        <translation>Konten und Regionen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Search calls (name, resource, who, why)</source>
        <translation>Aufrufe suchen (Name, Ressource, wer, warum)</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>CloudTrail: calls that changed the network</source>
        <translation>CloudTrail: Aufrufe, die das Netz geändert haben</translation>
    </message>
    <message>
        <source>No CloudTrail imported: File &gt; Import CloudTrail reads the trail&apos;s S3 objects, lookup-events output or EventBridge events.</source>
        <translation>Kein CloudTrail importiert: Datei &gt; CloudTrail importieren liest die S3-Objekte des Trails, die Ausgabe von lookup-events oder EventBridge-Ereignisse.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s): %1 failed (never applied), %2 not applied (see why)</source>
        <translation>
            <numerusform>%n Aufruf: %1 fehlgeschlagen (nie angewandt), %2 nicht angewandt (siehe warum)</numerusform>
            <numerusform>%n Aufrufe: %1 fehlgeschlagen (nie angewandt), %2 nicht angewandt (siehe warum)</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes (the first snapshot: nothing to compare with)</source>
        <translation>Änderungen (der erste Snapshot: nichts zum Vergleichen)</translation>
    </message>
    <message numerus="yes">
        <source>Changes from snapshot %1 to %2: %n</source>
        <translation>
            <numerusform>Änderungen von Snapshot %1 zu %2: %n</numerusform>
            <numerusform>Änderungen von Snapshot %1 zu %2: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source>in one snapshot only</source>
        <translation>nur in einem Snapshot</translation>
    </message>
    <message>
        <source>Replay the Period Against This Snapshot</source>
        <translation>Den Zeitraum gegen diesen Snapshot abspielen</translation>
    </message>
</context>
<context>
    <name>vpclens::DetailsPane</name>
    <message>
        <source>Select a resource to see its details.</source>
        <translation>Wählen Sie eine Ressource, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
</context>
<context>
    <name>vpclens::DiagramDialog</name>
    <message>
        <source>Dark background</source>
        <translation>Dunkler Hintergrund</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>VPCs</source>
        <translation>VPCs</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>The whole estate</source>
        <translation>Die ganze Umgebung</translation>
    </message>
    <message>
        <source>twice the layout&apos;s size</source>
        <translation>doppelte Größe des Layouts</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>PNG &amp;width:</source>
        <translation>PNG-&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG image (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;draw.io (*.drawio)</source>
        <translation>SVG (*.svg);;PNG-Bild (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;draw.io (*.drawio)</translation>
    </message>
    <message>
        <source>The file must end in .svg, .png, .pdf, .dot or .drawio.</source>
        <translation>Die Datei muss auf .svg, .png, .pdf, .dot oder .drawio enden.</translation>
    </message>
</context>
<context>
    <name>vpclens::FilterParser</name>
    <message>
        <source>Expected &apos;and&apos;, &apos;or&apos; or the end, found &apos;%1&apos;.</source>
        <translation>&apos;and&apos;, &apos;or&apos; oder das Ende erwartet, &apos;%1&apos; gefunden.</translation>
    </message>
    <message>
        <source>The parenthesis opened here is not closed.</source>
        <translation>Die hier geöffnete Klammer ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>Expected a field name at the end.</source>
        <translation>Am Ende wird ein Feldname erwartet.</translation>
    </message>
    <message>
        <source>Expected a field name, found &apos;%1&apos;.</source>
        <translation>Feldname erwartet, &apos;%1&apos; gefunden.</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;. Fields: %2.</source>
        <translation>Unbekanntes Feld &apos;%1&apos;. Felder: %2.</translation>
    </message>
    <message>
        <source>The set opened here is not closed with &apos;}&apos;.</source>
        <translation>Die hier geöffnete Menge ist nicht mit &apos;}&apos; geschlossen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be compared with %2; use == or in.</source>
        <translation>&apos;%1&apos; lässt sich nicht mit %2 vergleichen; verwenden Sie == oder in.</translation>
    </message>
    <message>
        <source>Expected an operator after &apos;%1&apos; (==, !=, &lt;, &lt;=, &gt;, &gt;=, in).</source>
        <translation>Nach &apos;%1&apos; wird ein Operator erwartet (==, !=, &lt;, &lt;=, &gt;, &gt;=, in).</translation>
    </message>
    <message>
        <source>Expected a value at the end.</source>
        <translation>Am Ende wird ein Wert erwartet.</translation>
    </message>
    <message>
        <source>Expected a value, found &apos;%1&apos;.</source>
        <translation>Wert erwartet, &apos;%1&apos; gefunden.</translation>
    </message>
    <message>
        <source>Too many comparisons: at most %1 (count each value of a set).</source>
        <translation>Zu viele Vergleiche: höchstens %1 (jeder Wert einer Menge zählt).</translation>
    </message>
</context>
<context>
    <name>vpclens::FilterParser::Nest</name>
    <message>
        <source>Nested too deeply: at most %1 levels of parentheses and &apos;not&apos;.</source>
        <translation>Zu tief verschachtelt: höchstens %1 Ebenen aus Klammern und „not“.</translation>
    </message>
</context>
<context>
    <name>vpclens::FindingsPane</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>

Evidence: %1</source>
        <translation>

Beleg: %1</translation>
    </message>
    <message>
        <source>No findings yet: they appear once a topology is imported.</source>
        <translation>Noch keine Befunde: sie erscheinen, sobald eine Topologie importiert ist.</translation>
    </message>
    <message>
        <source>. The records have not all been explained since the last import: no rule is called unused.</source>
        <translation>. Seit dem letzten Import sind nicht alle Einträge erklärt: keine Regel wird als ungenutzt bezeichnet.</translation>
    </message>
    <message>
        <source> Double-click a finding for its evidence.</source>
        <translation> Doppelklick auf einen Befund zeigt seine Belege.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Flow-log coverage</source>
        <translation>Flow-Log-Abdeckung</translation>
    </message>
    <message>
        <source>VPC / flow log</source>
        <translation>VPC / Flow-Log</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Interfaces logging</source>
        <translation>Protokollierende Schnittstellen</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Erster Datensatz</translation>
    </message>
    <message>
        <source>Last record</source>
        <translation>Letzter Datensatz</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>no flow log</source>
        <translation>kein Flow-Log</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s), %1 h</source>
        <translation>
            <numerusform>%n Lücke, %1 h</numerusform>
            <numerusform>%n Lücken, %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1, delivery %2</source>
        <translation>%1, Zustellung %2</translation>
    </message>
    <message>
        <source>to %1, every %2 s</source>
        <translation>nach %1, alle %2 s</translation>
    </message>
    <message>
        <source>no records from any interface</source>
        <translation>keine Datensätze von irgendeiner Schnittstelle</translation>
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
            <numerusform>SKIPDATA-Datensätze auf %n Schnittstelle</numerusform>
            <numerusform>SKIPDATA-Datensätze auf %n Schnittstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>
First record: %1 %2 -&gt; %3 port %4 %5 (traced when you open it)</source>
        <translation>
Erster Datensatz: %1 %2 -&gt; %3 Port %4 %5 (wird beim Öffnen verfolgt)</translation>
    </message>
    <message>
        <source>Add Note for the Report…</source>
        <translation>Notiz für den Bericht hinzufügen…</translation>
    </message>
</context>
<context>
    <name>vpclens::FlowTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>Start (local)</source>
        <translation>Beginn (lokal)</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Src port</source>
        <translation>Quellport</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Dst port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>TCP-Flags</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden durch</translation>
    </message>
    <message>
        <source>Summed from a packet capture: no action of its own (the flow log decides); its packets under Show Captured Packets</source>
        <translation>Aus einem Paketmitschnitt summiert: keine eigene Aktion (das Flow Log entscheidet); die Pakete unter „Mitgeschnittene Pakete anzeigen“</translation>
    </message>
    <message>
        <source>A VPC Flow Logs record</source>
        <translation>Ein Eintrag aus VPC Flow Logs</translation>
    </message>
    <message>
        <source>capture</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>flow log</source>
        <translation>Flow Log</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>Community ID</source>
        <translation>Community ID</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
</context>
<context>
    <name>vpclens::FlowsPane</name>
    <message>
        <source>Filter: action == REJECT and dstport in {22, 3389}   (Enter to apply)</source>
        <translation>Filter: action == REJECT and dstport in {22, 3389}   (Eingabe zum Anwenden)</translation>
    </message>
    <message>
        <source>Stop filtering to the selection</source>
        <translation>Nicht mehr auf die Auswahl filtern</translation>
    </message>
    <message>
        <source>Rejected only</source>
        <translation>Nur abgelehnte</translation>
    </message>
    <message>
        <source>◀ Rejected</source>
        <translation>◀ Abgelehnt</translation>
    </message>
    <message>
        <source>Previous rejected flow (Shift+F8)</source>
        <translation>Vorheriger abgelehnter Flow (Umschalt+F8)</translation>
    </message>
    <message>
        <source>Rejected ▶</source>
        <translation>Abgelehnt ▶</translation>
    </message>
    <message>
        <source>Next rejected flow (F8)</source>
        <translation>Nächster abgelehnter Flow (F8)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Saved filters (kept in the workspace)</source>
        <translation>Gespeicherte Filter (im Arbeitsbereich)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save this filter in the workspace</source>
        <translation>Diesen Filter im Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Show times in UTC (off: local time)</source>
        <translation>Zeiten in UTC anzeigen (aus: Ortszeit)</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the records matching the filter as CSV</source>
        <translation>Die zum Filter passenden Einträge als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Flows as CSV</source>
        <translation>Flows als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Flows</source>
        <translation>Flows exportieren</translation>
    </message>
    <message>
        <source>%L1 records match.</source>
        <translation>%L1 Einträge passen.</translation>
    </message>
    <message>
        <source>Counting… %L1 records so far.</source>
        <translation>Zähle… bisher %L1 Einträge.</translation>
    </message>
    <message>
        <source>%1 (at column %2)</source>
        <translation>%1 (bei Spalte %2)</translation>
    </message>
    <message>
        <source>No rejected flow after this one.</source>
        <translation>Kein abgelehnter Flow nach diesem.</translation>
    </message>
    <message>
        <source>No rejected flow before this one.</source>
        <translation>Kein abgelehnter Flow vor diesem.</translation>
    </message>
    <message>
        <source>The next rejected flow is beyond the rows counted so far.</source>
        <translation>Der nächste abgelehnte Flow liegt hinter den bisher gezählten Zeilen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Grouping the matching records…</source>
        <translation>Die passenden Datensätze werden gruppiert…</translation>
    </message>
    <message>
        <source>Stopped: %L1 records counted; more may match.</source>
        <translation>Angehalten: %L1 Datensätze gezählt; weitere können passen.</translation>
    </message>
    <message>
        <source>Stop the work on this filter (Esc): counting, grouping, chart scans; what was found so far stays</source>
        <translation>Die Arbeit an diesem Filter anhalten (Esc): Zählen, Gruppieren, Diagramm-Scans; das bisher Gefundene bleibt</translation>
    </message>
    <message>
        <source>Add Note for the Report…</source>
        <translation>Notiz für den Bericht hinzufügen…</translation>
    </message>
    <message>
        <source>Copy Filter as Athena SQL</source>
        <translation>Filter als Athena-SQL kopieren</translation>
    </message>
    <message>
        <source>The SQL that selects these records from the organisation&apos;s flow-log table in Athena</source>
        <translation>Das SQL, das diese Datensätze aus der Flow-Log-Tabelle der Organisation in Athena auswählt</translation>
    </message>
    <message>
        <source>Not for Athena: %1</source>
        <translation>Nicht für Athena: %1</translation>
    </message>
    <message>
        <source>Athena SQL copied to the clipboard (table vpc_flow_logs, partitions by day).</source>
        <translation>Athena-SQL in die Zwischenablage kopiert (Tabelle vpc_flow_logs, Partitionen nach Tag).</translation>
    </message>
    <message>
        <source>Show Captured Packets…</source>
        <translation>Mitgeschnittene Pakete anzeigen …</translation>
    </message>
    <message>
        <source>The packets the captures hold of this record&apos;s connection, around its time</source>
        <translation>Die Pakete der Verbindung dieses Eintrags, die die Mitschnitte um seine Zeit enthalten</translation>
    </message>
    <message>
        <source>Filter on This Connection (Flow Logs and Captures)</source>
        <translation>Nach dieser Verbindung filtern (Flow Logs und Mitschnitte)</translation>
    </message>
    <message>
        <source>Click Start to show the newest or the oldest records first; right-click to choose the columns</source>
        <translation>Auf Beginn klicken, um die neuesten oder ältesten Einträge zuerst zu zeigen; Rechtsklick wählt die Spalten</translation>
    </message>
    <message>
        <source>The captured packets could not be read: %1</source>
        <translation>Die mitgeschnittenen Pakete konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>vpclens::GraphPainter</name>
    <message>
        <source>Observed traffic</source>
        <translation>Beobachteter Verkehr</translation>
    </message>
    <message>
        <source>Configured reachability</source>
        <translation>Konfigurierte Erreichbarkeit</translation>
    </message>
    <message>
        <source>all accepted</source>
        <translation>alles angenommen</translation>
    </message>
    <message>
        <source>half rejected</source>
        <translation>halb abgelehnt</translation>
    </message>
    <message>
        <source>all rejected</source>
        <translation>alles abgelehnt</translation>
    </message>
    <message>
        <source>width: bytes (log scale)</source>
        <translation>Breite: Bytes (logarithmisch)</translation>
    </message>
    <message>
        <source>allowed by security groups</source>
        <translation>von Sicherheitsgruppen erlaubt</translation>
    </message>
    <message>
        <source>allowed by a group, blocked on the path</source>
        <translation>von einer Gruppe erlaubt, auf dem Weg blockiert</translation>
    </message>
    <message>
        <source>route (subnet → target; the subnet lists them)</source>
        <translation>Route (Subnetz → Ziel; das Subnetz listet sie auf)</translation>
    </message>
    <message>
        <source>attachment, security group</source>
        <translation>Anhang, Sicherheitsgruppe</translation>
    </message>
    <message>
        <source>Reachability compared</source>
        <translation>Erreichbarkeit verglichen</translation>
    </message>
    <message>
        <source>reachable only in the newer</source>
        <translation>nur in der neueren erreichbar</translation>
    </message>
    <message>
        <source>reachable only in the older</source>
        <translation>nur in der älteren erreichbar</translation>
    </message>
    <message>
        <source>traffic mirror session (interface → target)</source>
        <translation>Traffic-Mirroring-Sitzung (Schnittstelle → Ziel)</translation>
    </message>
</context>
<context>
    <name>vpclens::GraphPane</name>
    <message>
        <source>VPCs</source>
        <translation>VPCs</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>Observed traffic</source>
        <translation>Beobachteter Verkehr</translation>
    </message>
    <message>
        <source>Configured reachability</source>
        <translation>Konfigurierte Erreichbarkeit</translation>
    </message>
    <message>
        <source>No overlay</source>
        <translation>Keine Überlagerung</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Linienbreite</translation>
    </message>
    <message>
        <source>SGs</source>
        <translation>SGs</translation>
    </message>
    <message>
        <source>Show security groups</source>
        <translation>Sicherheitsgruppen anzeigen</translation>
    </message>
    <message>
        <source>NACLs</source>
        <translation>NACLs</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Find: name, id or address</source>
        <translation>Suchen: Name, ID oder Adresse</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the graph to the window (0)</source>
        <translation>Den Graphen ins Fenster einpassen (0)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Wird angeordnet…</translation>
    </message>
    <message>
        <source>%1 nodes, %2 clusters · %3</source>
        <translation>%1 Knoten, %2 Cluster · %3</translation>
    </message>
    <message>
        <source>layout from the workspace</source>
        <translation>Anordnung aus dem Arbeitsbereich</translation>
    </message>
    <message>
        <source>laid out in %1 ms</source>
        <translation>in %1 ms angeordnet</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>alle Einträge</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>dem Anfang</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>dem Ende</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Level of detail (double-click a VPC or subnet box to collapse it, its node to expand it)</source>
        <translation>Detailstufe (Doppelklick auf eine VPC- oder Subnetz-Box klappt sie zu einem Knoten zusammen, Doppelklick auf den Knoten öffnet sie wieder)</translation>
    </message>
    <message>
        <source>Choose a file ending in .svg, .png, .pdf, .dot or .drawio.</source>
        <translation>Wählen Sie eine Datei mit der Endung .svg, .png, .pdf, .dot oder .drawio.</translation>
    </message>
    <message>
        <source>Show each subnet&apos;s network ACL as a badge on it</source>
        <translation>Die Netzwerk-ACL jedes Subnetzes als Plakette darauf zeigen</translation>
    </message>
    <message>
        <source>Show each subnet&apos;s route table as a badge, its routes in its label and a line to each target</source>
        <translation>Die Routentabelle jedes Subnetzes als Plakette zeigen, seine Routen in seiner Beschriftung und eine Linie zu jedem Ziel</translation>
    </message>
    <message>
        <source>Reachability: %1</source>
        <translation>Erreichbarkeit: %1</translation>
    </message>
</context>
<context>
    <name>vpclens::GraphView</name>
    <message>
        <source>%1: %2 since the snapshot before</source>
        <translation>%1: %2 seit dem Snapshot davor</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>vpclens::GroupsView</name>
    <message>
        <source>Filter Records on This Row</source>
        <translation>Einträge dieser Zeile filtern</translation>
    </message>
    <message>
        <source>Show the records of this conversation or endpoint (double-click, Enter)</source>
        <translation>Die Einträge dieser Verbindung oder dieses Endpunkts zeigen (Doppelklick, Eingabe)</translation>
    </message>
    <message>
        <source>Client (A)</source>
        <translation>Client (A)</translation>
    </message>
    <message>
        <source>Server (B)</source>
        <translation>Server (B)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Packets A → B</source>
        <translation>Pakete A → B</translation>
    </message>
    <message>
        <source>Packets Sent</source>
        <translation>Pakete gesendet</translation>
    </message>
    <message>
        <source>Bytes A → B</source>
        <translation>Bytes A → B</translation>
    </message>
    <message>
        <source>Bytes Sent</source>
        <translation>Bytes gesendet</translation>
    </message>
    <message>
        <source>Packets B → A</source>
        <translation>Pakete B → A</translation>
    </message>
    <message>
        <source>Packets Received</source>
        <translation>Pakete empfangen</translation>
    </message>
    <message>
        <source>Bytes B → A</source>
        <translation>Bytes B → A</translation>
    </message>
    <message>
        <source>Bytes Received</source>
        <translation>Bytes empfangen</translation>
    </message>
    <message>
        <source>First Seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last Seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>vpclens::GuardedApplication</name>
    <message>
        <source>VpcLens ran out of memory for that step; it was stopped. Close other views or work on a smaller time range.</source>
        <translation>VpcLens hatte für diesen Schritt zu wenig Speicher; er wurde abgebrochen. Schließen Sie andere Ansichten oder wählen Sie einen kleineren Zeitraum.</translation>
    </message>
    <message>
        <source>That step stopped: %1

The workspace may be damaged, or another program holds it. Nothing was changed by the step that stopped.</source>
        <translation>Dieser Schritt wurde abgebrochen: %1

Der Arbeitsbereich ist vielleicht beschädigt, oder ein anderes Programm hält ihn. Der abgebrochene Schritt hat nichts verändert.</translation>
    </message>
    <message>
        <source>VpcLens</source>
        <translation>VpcLens</translation>
    </message>
</context>
<context>
    <name>vpclens::ImportFilesModel</name>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>skipped: nothing VpcLens reads</source>
        <translation>übersprungen: nichts, was VpcLens liest</translation>
    </message>
    <message>
        <source>flow log</source>
        <translation>Flow Log</translation>
    </message>
    <message>
        <source>topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation>Importiert (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Bad lines</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>vpclens::ImportLogDialog</name>
    <message>
        <source>Import Log</source>
        <translation>Importprotokoll</translation>
    </message>
    <message>
        <source>Filter files by name, kind or result</source>
        <translation>Dateien nach Name, Art oder Ergebnis filtern</translation>
    </message>
    <message>
        <source>Filter problems by file, problem or text</source>
        <translation>Probleme nach Datei, Problem oder Text filtern</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Dateien (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>%1 files: %2 flow records, %3 bad lines; %4 files could not be read, %5 hold nothing VpcLens reads</source>
        <translation>%1 Dateien: %2 Flow-Einträge, %3 fehlerhafte Zeilen; %4 Dateien waren nicht lesbar, %5 enthalten nichts, was VpcLens liest</translation>
    </message>
    <message>
        <source>The Problems tab lists the first %1 of %2 problems; vpclens-cli info --problems lists them all.</source>
        <translation>Der Reiter „Probleme“ zeigt die ersten %1 von %2 Problemen; vpclens-cli info --problems listet alle.</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Aufgenommen (UTC)</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Accounts and regions</source>
        <translation>Konten und Regionen</translation>
    </message>
    <message>
        <source>Snapshots (%1)</source>
        <translation>Snapshots (%1)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>vpclens::ImportProblemsModel</name>
    <message>
        <source>wrong number of fields</source>
        <translation>falsche Anzahl Felder</translation>
    </message>
    <message>
        <source>fields not separated by one space</source>
        <translation>Felder nicht durch genau ein Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>not a number, or out of range</source>
        <translation>keine Zahl oder außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>not a port</source>
        <translation>kein Port</translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation>keine IP-Adresse</translation>
    </message>
    <message>
        <source>action not ACCEPT, REJECT or -</source>
        <translation>Aktion nicht ACCEPT, REJECT oder -</translation>
    </message>
    <message>
        <source>log status not OK, NODATA or SKIPDATA</source>
        <translation>Log-Status nicht OK, NODATA oder SKIPDATA</translation>
    </message>
    <message>
        <source>file cut short</source>
        <translation>Datei vorzeitig abgeschnitten</translation>
    </message>
    <message>
        <source>file not read</source>
        <translation>Datei nicht gelesen</translation>
    </message>
    <message>
        <source>not a readable AWS export</source>
        <translation>kein lesbarer AWS-Export</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>line too long to be a record</source>
        <translation>Zeile zu lang für einen Eintrag</translation>
    </message>
    <message>
        <source>data fails its integrity check</source>
        <translation>Daten bestehen die Integritätsprüfung nicht</translation>
    </message>
    <message>
        <source>more bad lines, counted, not listed</source>
        <translation>weitere fehlerhafte Zeilen, gezählt, nicht einzeln aufgeführt</translation>
    </message>
    <message>
        <source>an element of an AWS export skipped</source>
        <translation>ein Element eines AWS-Exports übersprungen</translation>
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
    <message>
        <source>Less than a second left</source>
        <translation>Noch weniger als eine Sekunde</translation>
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
        <source>Flows</source>
        <translation>Flows</translation>
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
        <translation>&amp;Arbeitsbereich öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Sample Estate</source>
        <translation>Beispiel&amp;umgebung öffnen</translation>
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
        <source>Chart…</source>
        <translation>Diagramm (Zeitreihe) …</translation>
    </message>
    <message>
        <source>Flows as CSV…</source>
        <translation>Flows als CSV …</translation>
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
        <translation>Flow Logs importieren: Ordner wählen (ein S3-Download oder CloudWatch-Exporte)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
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
        <source>Comparing the flow logs with the configuration…</source>
        <translation>Flow Logs werden mit der Konfiguration verglichen …</translation>
    </message>
    <message>
        <source>&amp;Diagram…</source>
        <translation>&amp;Diagramm…</translation>
    </message>
    <message>
        <source>Log vs configuration: %L1 agree · %L2 logged REJECT, config accepts · %L3 logged ACCEPT, config rejects · %L4 undetermined</source>
        <translation>Protokoll gegen Konfiguration: %L1 stimmen überein · %L2 als REJECT protokolliert, Konfiguration erlaubt · %L3 als ACCEPT protokolliert, Konfiguration lehnt ab · %L4 unbestimmt</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>Auswahl: %1</translation>
    </message>
    <message>
        <source>Traffic %1 → %2</source>
        <translation>Verkehr %1 → %2</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Series not added: %1</source>
        <translation>Reihe nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Traced against the snapshot of %1, the newest taken at or before this record started.</source>
        <translation>Gegen den Snapshot vom %1 verfolgt, den neuesten, der zu Beginn dieses Datensatzes vorlag.</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version of VpcLens…</source>
        <translation>%1 wird auf diese Version von VpcLens aktualisiert…</translation>
    </message>
    <message>
        <source>Import Topology F&amp;iles…</source>
        <translation>Topologie-&amp;Dateien importieren …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Import Flow &amp;Log Files…</source>
        <translation>Flow-&amp;Log-Dateien importieren …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Import Topology: choose AWS CLI exports</source>
        <translation>Topologie importieren: AWS-CLI-Exporte wählen</translation>
    </message>
    <message>
        <source>AWS CLI exports (*.json);;All files (*)</source>
        <translation>AWS-CLI-Exporte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Flow Logs: choose files</source>
        <translation>Flow Logs importieren: Dateien wählen</translation>
    </message>
    <message>
        <source>Flow logs (*.log.gz *.log *.gz *.txt *.json);;All files (*)</source>
        <translation>Flow Logs (*.log.gz *.log *.gz *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Lo&amp;g…</source>
        <translation>Import&amp;protokoll …</translation>
    </message>
    <message>
        <source>Import Log</source>
        <translation>Importprotokoll</translation>
    </message>
    <message>
        <source>Show Problems…</source>
        <translation>Probleme anzeigen …</translation>
    </message>
    <message numerus="yes">
        <source>Topology: %n file(s) read, unchanged since snapshot %1: no new snapshot.</source>
        <translation>
            <numerusform>Topologie: %n Datei gelesen, unverändert seit Snapshot %1: kein neuer Snapshot.</numerusform>
            <numerusform>Topologie: %n Dateien gelesen, unverändert seit Snapshot %1: kein neuer Snapshot.</numerusform>
        </translation>
    </message>
    <message>
        <source>Traced against the oldest snapshot (%1): every snapshot was taken after this record started, so the configuration at its time is not known.</source>
        <translation>Verfolgt gegen den ältesten Snapshot (%1): jeder Snapshot wurde nach dem Beginn dieses Datensatzes aufgenommen, die Konfiguration zu seiner Zeit ist also nicht bekannt.</translation>
    </message>
    <message>
        <source>%1 (read-only) — VpcLens</source>
        <translation>%1 (schreibgeschützt) — VpcLens</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>entschieden durch %1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Befunde: %1</translation>
    </message>
    <message>
        <source>evidence of %1</source>
        <translation>Belege für %1</translation>
    </message>
    <message>
        <source>A NODATA record: the interface had no traffic in this window, so there is nothing to trace.</source>
        <translation>Ein NODATA-Datensatz: Die Schnittstelle hatte in diesem Zeitfenster keinen Verkehr, es gibt nichts zu verfolgen.</translation>
    </message>
    <message>
        <source>A SKIPDATA record: AWS skipped this window&apos;s records, so there is nothing to trace.</source>
        <translation>Ein SKIPDATA-Datensatz: AWS hat die Datensätze dieses Zeitfensters übersprungen, es gibt nichts zu verfolgen.</translation>
    </message>
    <message>
        <source>&amp;Review Report…</source>
        <translation>&amp;Prüfbericht…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML, one file (*.html)</source>
        <translation>PDF (*.pdf);;HTML, eine Datei (*.html)</translation>
    </message>
    <message>
        <source>Writing the review report…</source>
        <translation>Der Prüfbericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Cannot write %1: the workspace could not be read.</source>
        <translation>%1 kann nicht geschrieben werden: Der Arbeitsbereich konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Wrote %1. Open it?</source>
        <translation>%1 geschrieben. Öffnen?</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>This workspace is open read-only: notes cannot be kept in it.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet: Notizen können darin nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A note for the review report about
%1</source>
        <translation>Eine Notiz für den Prüfbericht zu
%1</translation>
    </message>
    <message>
        <source>Note kept; the review report prints it.</source>
        <translation>Notiz gespeichert; der Prüfbericht druckt sie.</translation>
    </message>
    <message>
        <source>The note could not be kept: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Review Report &amp;Preview…</source>
        <translation>&amp;Vorschau des Prüfberichts…</translation>
    </message>
    <message>
        <source>Review Report Preview</source>
        <translation>Vorschau des Prüfberichts</translation>
    </message>
    <message>
        <source>Gathering the review report…</source>
        <translation>Der Prüfbericht wird zusammengestellt…</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Filter as Athena SQL (to the Clipboard)</source>
        <translation>Filter als Athena-SQL (in die Zwischenablage)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Import &amp;CloudTrail…</source>
        <translation>&amp;CloudTrail importieren …</translation>
    </message>
    <message>
        <source>Import CloudTr&amp;ail Files…</source>
        <translation>CloudTrail-Dateien &amp;importieren …</translation>
    </message>
    <message>
        <source>Import CloudTrail: choose files</source>
        <translation>CloudTrail importieren: Dateien wählen</translation>
    </message>
    <message>
        <source>CloudTrail (*.json *.json.gz *.jsonl *.ndjson);;All files (*)</source>
        <translation>CloudTrail (*.json *.json.gz *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import CloudTrail: choose a folder (an S3 download of the trail)</source>
        <translation>CloudTrail importieren: Ordner wählen (ein S3-Download des Trails)</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Änderungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Traced against the configuration at %1: the snapshot before it plus %n CloudTrail change(s) since.</source>
        <translation>
            <numerusform>Verfolgt gegen die Konfiguration um %1: der Snapshot davor und %n CloudTrail-Änderung seitdem.</numerusform>
            <numerusform>Verfolgt gegen die Konfiguration um %1: der Snapshot davor und %n CloudTrail-Änderungen seitdem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on this record&apos;s path before it started: %1</source>
        <translation>Auf dem Weg dieses Eintrags vor seinem Beginn geändert: %1</translation>
    </message>
    <message>
        <source>Importing CloudTrail</source>
        <translation>CloudTrail wird importiert</translation>
    </message>
    <message numerus="yes">
        <source>CloudTrail: %n file(s), %L1 network changes (%L2 new, %L3 failed, %L4 not applied), %L5 other events counted apart, %L6 bad records.</source>
        <translation>
            <numerusform>CloudTrail: %n Datei, %L1 Netzänderungen (%L2 neu, %L3 fehlgeschlagen, %L4 nicht angewandt), %L5 andere Ereignisse getrennt gezählt, %L6 fehlerhafte Einträge.</numerusform>
            <numerusform>CloudTrail: %n Dateien, %L1 Netzänderungen (%L2 neu, %L3 fehlgeschlagen, %L4 nicht angewandt), %L5 andere Ereignisse getrennt gezählt, %L6 fehlerhafte Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaying the period&apos;s connections against snapshot %1…</source>
        <translation>Die Verbindungen des Zeitraums werden gegen Snapshot %1 abgespielt …</translation>
    </message>
    <message>
        <source>Replay failed: the workspace could not be read.</source>
        <translation>Abspielen fehlgeschlagen: Der Arbeitsbereich konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <source>%1 → %2 in the replay</source>
        <translation>%1 → %2 beim Abspielen</translation>
    </message>
    <message>
        <source>snapshot %1 → %2</source>
        <translation>Snapshot %1 → %2</translation>
    </message>
    <message>
        <source>%L1 agree by a CloudTrail change</source>
        <translation>%L1 stimmen durch eine CloudTrail-Änderung überein</translation>
    </message>
    <message>
        <source>Import Packet Ca&amp;ptures…</source>
        <translation>Pa&amp;ketmitschnitte importieren …</translation>
    </message>
    <message>
        <source>Import Packet Captures: choose files (from a traffic-mirror target or tcpdump)</source>
        <translation>Paketmitschnitte importieren: Dateien wählen (von einem Traffic-Mirroring-Ziel oder tcpdump)</translation>
    </message>
    <message>
        <source>Packet captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Paketmitschnitte (*.pcap *.pcapng *.cap *.dmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing packet captures</source>
        <translation>Paketmitschnitte werden importiert</translation>
    </message>
    <message numerus="yes">
        <source>Packet captures: %n file(s) imported, %L1 frames, %L2 flows, %L3 files skipped as duplicates, %L4 failed.</source>
        <translation>
            <numerusform>Paketmitschnitte: %n Datei importiert, %L1 Frames, %L2 Flows, %L3 Dateien als Duplikate übersprungen, %L4 fehlgeschlagen.</numerusform>
            <numerusform>Paketmitschnitte: %n Dateien importiert, %L1 Frames, %L2 Flows, %L3 Dateien als Duplikate übersprungen, %L4 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1: %2 → %3</source>
        <translation>Eintrag %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>vpclens::PacketsDialog</name>
    <message>
        <source>Captured Packets</source>
        <translation>Mitgeschnittene Pakete</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>No packet capture in this workspace holds %1 around %2.</source>
        <translation>Kein Paketmitschnitt in diesem Arbeitsbereich enthält %1 um %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n capture flow(s), %2 packets in all (the first packets of each flow are kept).</source>
        <translation>
            <numerusform>%1: %n Mitschnitt-Flow, %2 Pakete insgesamt (die ersten Pakete jedes Flows werden aufbewahrt).</numerusform>
            <numerusform>%1: %n Mitschnitt-Flows, %2 Pakete insgesamt (die ersten Pakete jedes Flows werden aufbewahrt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Captured at %1</source>
        <translation>Mitgeschnitten an %1</translation>
    </message>
    <message>
        <source>(mirrored by %1).</source>
        <translation>(gespiegelt durch %1).</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Δt (ms)</source>
        <translation>Δt (ms)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>First bytes</source>
        <translation>Erste Bytes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Select a packet to see its first bytes.</source>
        <translation>Ein Paket wählen, um seine ersten Bytes zu sehen.</translation>
    </message>
    <message>
        <source>Copy Wireshark Filter</source>
        <translation>Wireshark-Filter kopieren</translation>
    </message>
    <message>
        <source>Frame %1 carries no payload (or the capture cut it).</source>
        <translation>Frame %1 trägt keine Nutzdaten (oder der Mitschnitt hat sie abgeschnitten).</translation>
    </message>
    <message>
        <source>Frame %1, the first %2 payload bytes:
</source>
        <translation>Frame %1, die ersten %2 Nutzdaten-Bytes:
</translation>
    </message>
</context>
<context>
    <name>vpclens::Reachability</name>
    <message>
        <source>; blocked on the path: %1</source>
        <translation>; auf dem Weg blockiert: %1</translation>
    </message>
</context>
<context>
    <name>vpclens::ReplayDialog</name>
    <message>
        <source>Replay against %1</source>
        <translation>Abspielen gegen %1</translation>
    </message>
    <message>
        <source>%L1 connections seen in the period replayed against %2: none changes its verdict.</source>
        <translation>%L1 im Zeitraum gesehene Verbindungen gegen %2 abgespielt: keine ändert ihr Urteil.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 connections seen in the period replayed against %2: %n would change their verdict.</source>
        <translation>
            <numerusform>%L1 im Zeitraum gesehene Verbindungen gegen %2 abgespielt: %n würde ihr Urteil ändern.</numerusform>
            <numerusform>%L1 im Zeitraum gesehene Verbindungen gegen %2 abgespielt: %n würden ihr Urteil ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Rule responsible</source>
        <translation>Verantwortliche Regel</translation>
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
    <message>
        <source>load balancer target %1: %2</source>
        <translation>Load-Balancer-Ziel %1: %2</translation>
    </message>
    <message>
        <source>unknown: the route table is not in the snapshot (not exported)</source>
        <translation>unbekannt: die Routentabelle ist nicht im Snapshot (nicht exportiert)</translation>
    </message>
    <message>
        <source>network ACL not in the snapshot</source>
        <translation>Netzwerk-ACL nicht im Snapshot</translation>
    </message>
    <message>
        <source>DENY all (default rule)</source>
        <translation>alles ablehnen (Standardregel)</translation>
    </message>
    <message>
        <source>no route back to the client</source>
        <translation>keine Route zurück zum Client</translation>
    </message>
    <message>
        <source>no interface answers on this address</source>
        <translation>keine Schnittstelle antwortet auf dieser Adresse</translation>
    </message>
    <message>
        <source>the VPC has no internet gateway</source>
        <translation>die VPC hat kein Internet-Gateway</translation>
    </message>
    <message>
        <source>the source subnet is not in the snapshot</source>
        <translation>das Quell-Subnetz ist nicht im Snapshot</translation>
    </message>
    <message>
        <source>no route matches</source>
        <translation>keine Route passt</translation>
    </message>
    <message>
        <source>blackhole route</source>
        <translation>Blackhole-Route</translation>
    </message>
    <message>
        <source>a NAT gateway&apos;s address answers nothing unsolicited (or was released)</source>
        <translation>die Adresse eines NAT-Gateways beantwortet nichts Unaufgefordertes (oder wurde freigegeben)</translation>
    </message>
    <message>
        <source>the AWS service at this address answers only tcp 80 and 443</source>
        <translation>der AWS-Dienst unter dieser Adresse antwortet nur auf tcp 80 und 443</translation>
    </message>
    <message>
        <source>a private address is not routed on the internet</source>
        <translation>eine private Adresse wird im Internet nicht geroutet</translation>
    </message>
    <message>
        <source>a NAT gateway answers nothing unsolicited</source>
        <translation>ein NAT-Gateway beantwortet nichts Unaufgefordertes</translation>
    </message>
    <message>
        <source>no interface owns this address</source>
        <translation>keine Schnittstelle besitzt diese Adresse</translation>
    </message>
    <message>
        <source>the peering is not active or does not reach that VPC</source>
        <translation>das Peering ist nicht aktiv oder erreicht diese VPC nicht</translation>
    </message>
    <message>
        <source>the address is not in this VPC</source>
        <translation>die Adresse liegt nicht in dieser VPC</translation>
    </message>
    <message>
        <source>an interface endpoint answers only HTTPS (tcp 443)</source>
        <translation>ein Schnittstellen-Endpunkt antwortet nur auf HTTPS (tcp 443)</translation>
    </message>
    <message>
        <source>an egress-only internet gateway carries only IPv6</source>
        <translation>ein Egress-only-Internet-Gateway trägt nur IPv6</translation>
    </message>
    <message>
        <source>the interface has no public IPv4 address</source>
        <translation>die Schnittstelle hat keine öffentliche IPv4-Adresse</translation>
    </message>
    <message>
        <source>the destination&apos;s VPC has no internet gateway</source>
        <translation>die VPC des Ziels hat kein Internet-Gateway</translation>
    </message>
    <message>
        <source>a NAT gateway translates IPv4 only (DNS64/NAT64 aside)</source>
        <translation>ein NAT-Gateway übersetzt nur IPv4 (von DNS64/NAT64 abgesehen)</translation>
    </message>
    <message>
        <source>the NAT gateway is gone</source>
        <translation>das NAT-Gateway gibt es nicht mehr</translation>
    </message>
    <message>
        <source>the NAT gateway&apos;s subnet has no route to the internet</source>
        <translation>das Subnetz des NAT-Gateways hat keine Route ins Internet</translation>
    </message>
    <message>
        <source>the appliance is gone or has its source/destination check on</source>
        <translation>die Appliance gibt es nicht mehr, oder ihre Quell-/Zielprüfung ist an</translation>
    </message>
    <message>
        <source>handed to the appliance: what it forwards is its own configuration</source>
        <translation>an die Appliance übergeben: was sie weiterleitet, ist ihre eigene Konfiguration</translation>
    </message>
    <message>
        <source>this route target cannot carry the packet</source>
        <translation>dieses Routenziel kann das Paket nicht tragen</translation>
    </message>
    <message>
        <source>the internet reaches an interface only through its public IPv4 address or an Elastic IP, never through its private address</source>
        <translation>das Internet erreicht eine Schnittstelle nur über ihre öffentliche IPv4-Adresse oder eine Elastic IP, nie über ihre private Adresse</translation>
    </message>
    <message>
        <source>the destination&apos;s subnet has no route back to the source</source>
        <translation>das Subnetz des Ziels hat keine Route zurück zur Quelle</translation>
    </message>
    <message>
        <source>no interface owns the source address in this VPC</source>
        <translation>keine Schnittstelle in dieser VPC besitzt die Quelladresse</translation>
    </message>
    <message>
        <source>a private address outside the VPC arrives only through a virtual private gateway, a transit gateway or a peering, and the subnet routes this one elsewhere</source>
        <translation>eine private Adresse außerhalb der VPC kommt nur über ein virtuelles privates Gateway, ein Transit-Gateway oder ein Peering an, und das Subnetz routet diese woandershin</translation>
    </message>
    <message>
        <source>arrives from outside the VPC through the gateway the subnet routes the source to</source>
        <translation>kommt von außerhalb der VPC über das Gateway an, zu dem das Subnetz die Quelle routet</translation>
    </message>
    <message>
        <source>Not filtered: traffic to %1 never meets security groups or network ACLs, and flow logs do not record it.</source>
        <translation>Nicht gefiltert: Verkehr zu diesem Ziel (%1) trifft nie auf Sicherheitsgruppen oder Netzwerk-ACLs, und Flow-Logs zeichnen ihn nicht auf.</translation>
    </message>
    <message>
        <source>Accepted up to the appliance %1; what it forwards is its own configuration.</source>
        <translation>Angenommen bis zur Appliance %1; was sie weiterleitet, ist ihre eigene Konfiguration.</translation>
    </message>
    <message>
        <source>internet gateway %1 to %2: %3</source>
        <translation>Internet-Gateway %1 zu %2: %3</translation>
    </message>
    <message>
        <source>Request accepted; the reply is unknown: %1</source>
        <translation>Anfrage angenommen; die Antwort ist unbekannt: %1</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unbekannt: %1</translation>
    </message>
    <message>
        <source>no registered target in the balancer&apos;s Availability Zone</source>
        <translation>kein registriertes Ziel in der Availability Zone des Load Balancers</translation>
    </message>
    <message>
        <source>the client is this target: with its address preserved the packet comes back to itself</source>
        <translation>der Client ist dieses Ziel: mit erhaltener Adresse kommt das Paket zu ihm selbst zurück</translation>
    </message>
    <message>
        <source>this VPC has no attachment to the transit gateway</source>
        <translation>diese VPC hat keine Anbindung am Transit-Gateway</translation>
    </message>
    <message>
        <source>no attachment subnet in the source&apos;s Availability Zone</source>
        <translation>kein Anbindungs-Subnetz in der Availability Zone der Quelle</translation>
    </message>
    <message>
        <source>blackhole route in the transit gateway route table</source>
        <translation>Blackhole-Route in der Routentabelle des Transit-Gateways</translation>
    </message>
    <message>
        <source>no route in the transit gateway route table</source>
        <translation>keine Route in der Routentabelle des Transit-Gateways</translation>
    </message>
    <message>
        <source>no interface owns this address in the attached VPC</source>
        <translation>keine Schnittstelle besitzt diese Adresse in der angehängten VPC</translation>
    </message>
    <message>
        <source>a gateway&apos;s own address answers nothing unsolicited</source>
        <translation>die eigene Adresse eines Gateways beantwortet nichts Unaufgefordertes</translation>
    </message>
    <message>
        <source>the attachment has no usable subnet</source>
        <translation>die Anbindung hat kein nutzbares Subnetz</translation>
    </message>
    <message>
        <source>no route back through a transit gateway</source>
        <translation>keine Route zurück über ein Transit-Gateway</translation>
    </message>
    <message>
        <source>no attachment subnet in the server&apos;s Availability Zone</source>
        <translation>kein Anbindungs-Subnetz in der Availability Zone des Servers</translation>
    </message>
    <message>
        <source>the transit gateway has no route back to the source&apos;s VPC</source>
        <translation>das Transit-Gateway hat keine Route zurück zur VPC der Quelle</translation>
    </message>
    <message>
        <source>no attachment subnet in the client&apos;s Availability Zone</source>
        <translation>kein Anbindungs-Subnetz in der Availability Zone des Clients</translation>
    </message>
    <message>
        <source>the instance metadata service</source>
        <translation>Instanz-Metadatendienst</translation>
    </message>
    <message>
        <source>the Amazon Time Sync Service</source>
        <translation>Amazon Time Sync Service</translation>
    </message>
    <message>
        <source>the Amazon DNS server (Route 53 Resolver)</source>
        <translation>Amazon-DNS-Server (Route 53 Resolver)</translation>
    </message>
    <message>
        <source>the ECS task metadata endpoint</source>
        <translation>ECS-Task-Metadaten-Endpunkt</translation>
    </message>
    <message>
        <source>Windows license activation</source>
        <translation>Windows-Lizenzaktivierung</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>the Amazon DNS server (Route 53 Resolver, the VPC base + 2)</source>
        <translation>Amazon-DNS-Server (Route 53 Resolver, VPC-Basis + 2)</translation>
    </message>
    <message>
        <source>the default VPC router (the subnet base + 1)</source>
        <translation>Standard-VPC-Router (Subnetzbasis + 1)</translation>
    </message>
</context>
<context>
    <name>vpclens::RuleUsageModel</name>
    <message>
        <source>used</source>
        <translation>genutzt</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>ungenutzt</translation>
    </message>
    <message>
        <source>no evidence (not explained since the last import)</source>
        <translation>kein Beleg (seit dem letzten Import nicht erklärt)</translation>
    </message>
    <message>
        <source>no evidence (applies to no interface)</source>
        <translation>kein Beleg (gilt für keine Schnittstelle)</translation>
    </message>
    <message>
        <source>no evidence (not logging: %1)</source>
        <translation>kein Beleg (protokolliert nicht: %1)</translation>
    </message>
    <message>
        <source>no evidence (records not credited to a rule on %1)</source>
        <translation>kein Beleg (Einträge auf %1 keiner Regel zugeordnet)</translation>
    </message>
    <message>
        <source>no evidence (no longer configured)</source>
        <translation>kein Beleg (nicht mehr konfiguriert)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>Besagt</translation>
    </message>
    <message>
        <source>no evidence (the flow log records only ACCEPT or REJECT on %1)</source>
        <translation>kein Beleg (das Flow-Log zeichnet auf %1 nur ACCEPT oder REJECT auf)</translation>
    </message>
    <message>
        <source>no evidence (gaps in the flow logs: %1)</source>
        <translation>kein Nachweis (Lücken in den Flow-Logs: %1)</translation>
    </message>
</context>
<context>
    <name>vpclens::RulesPane</name>
    <message>
        <source>Search rules (name, group, NACL, route table, what it says)</source>
        <translation>Regeln suchen (Name, Gruppe, NACL, Routentabelle, Inhalt)</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Kein Beleg</translation>
    </message>
    <message>
        <source>The records have not all been compared with the rules since the last import: counts are incomplete, and no rule is called unused.</source>
        <translation>Seit dem letzten Import sind nicht alle Einträge mit den Regeln verglichen: die Zahlen sind unvollständig, und keine Regel wird als ungenutzt bezeichnet.</translation>
    </message>
    <message>
        <source>No rules: import a topology.</source>
        <translation>Keine Regeln: importieren Sie eine Topologie.</translation>
    </message>
    <message>
        <source>%1 rules shown of %2: %3 used, %4 unused, %5 without evidence. Double-click a rule for its records.</source>
        <translation>%1 von %2 Regeln angezeigt: %3 genutzt, %4 ungenutzt, %5 ohne Beleg. Doppelklick auf eine Regel zeigt ihre Einträge.</translation>
    </message>
</context>
<context>
    <name>vpclens::TracePanel</name>
    <message>
        <source>IP address, eni-… or i-…</source>
        <translation>IP-Adresse, eni-… oder i-…</translation>
    </message>
    <message>
        <source>Destination port; for ICMP the type (8 = echo request)</source>
        <translation>Zielport; bei ICMP der Typ (8 = Echo-Anfrage)</translation>
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
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>⚠ The flow log recorded %1, but the configuration %2 this packet. The configuration may have changed since, or traffic took a path VpcLens does not model.</source>
        <translation>⚠ Das Flow Log hat %1 aufgezeichnet, aber die Konfiguration %2 dieses Paket. Die Konfiguration hat sich vielleicht seitdem geändert, oder der Verkehr nahm einen Weg, den VpcLens nicht nachbildet.</translation>
    </message>
    <message>
        <source>accepts</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>rejects</source>
        <translation>lehnt ab</translation>
    </message>
    <message>
        <source>Source and destination must be IP addresses of one family or known eni-/i- ids.</source>
        <translation>Quelle und Ziel müssen IP-Adressen derselben Familie oder bekannte eni-/i-IDs sein.</translation>
    </message>
    <message>
        <source>Add Note for the Report…</source>
        <translation>Notiz für den Bericht hinzufügen…</translation>
    </message>
    <message>
        <source>%1 is mirrored by %2 (VNI %3, filter %4%5) to %6</source>
        <translation>%1 wird von %2 gespiegelt (VNI %3, Filter %4%5) nach %6</translation>
    </message>
    <message>
        <source>, first %1 bytes of each packet</source>
        <translation>, die ersten %1 Bytes jedes Pakets</translation>
    </message>
</context>
<context>
    <name>vpclens::TrafficChart</name>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamte Zeit</translation>
    </message>
    <message>
        <source>Clear the time range</source>
        <translation>Zeitraum aufheben</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Time (UTC) — drag to choose a range, click a bucket to filter</source>
        <translation>Zeit (UTC) — ziehen, um einen Zeitraum zu wählen; auf einen Balken klicken, um zu filtern</translation>
    </message>
    <message>
        <source>Top rejected destination ports</source>
        <translation>Am häufigsten abgelehnte Zielports</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG (*.png);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 per %2 min</source>
        <translation>%1 pro %2 min</translation>
    </message>
    <message>
        <source>%1 UTC
accepted: %L2 records, %3
rejected: %L4 records, %5</source>
        <translation>%1 UTC
angenommen: %L2 Einträge, %3
abgelehnt: %L4 Einträge, %5</translation>
    </message>
    <message>
        <source>+ Series…</source>
        <translation>+ Reihe…</translation>
    </message>
    <message>
        <source>Add a line for the records of a filter of your own</source>
        <translation>Eine Linie für die Einträge eines eigenen Filters hinzufügen</translation>
    </message>
    <message>
        <source>Clear series</source>
        <translation>Reihen entfernen</translation>
    </message>
    <message>
        <source>Add Series</source>
        <translation>Reihe hinzufügen</translation>
    </message>
    <message>
        <source>Filter for the new line:</source>
        <translation>Filter für die neue Linie:</translation>
    </message>
    <message>
        <source>Each connection once</source>
        <translation>Jede Verbindung einmal</translation>
    </message>
    <message>
        <source>Every record</source>
        <translation>Jeder Datensatz</translation>
    </message>
    <message>
        <source>Each connection once: a connection between two logging interfaces counts once.
Every record: each interface&apos;s record counts, as the flow logs hold them (scans the records).</source>
        <translation>Jede Verbindung einmal: Eine Verbindung zwischen zwei protokollierenden Schnittstellen zählt einmal.
Jeder Datensatz: Jeder Datensatz jeder Schnittstelle zählt, wie die Flow Logs sie enthalten (durchsucht die Datensätze).</translation>
    </message>
    <message>
        <source>Top talkers (sent and received)</source>
        <translation>Top-Talker (gesendet und empfangen)</translation>
    </message>
    <message>
        <source>No flow records in this view</source>
        <translation>Keine Flow-Einträge in dieser Ansicht</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Flow records over time</source>
        <translation>Flow-Datensätze im Zeitverlauf</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
</context>
<context>
    <name>vpclens::TrailEventModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewandt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht angewandt</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Why not applied</source>
        <translation>Warum nicht angewandt</translation>
    </message>
</context>
<context>
    <name>vpclens::WarningNotices</name>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>vpclens::cli</name>
    <message>
        <source>Build and lay out the topology graph at each level; print the times and the peak memory.</source>
        <translation>Den Topologie-Graphen auf jeder Ebene aufbauen und anordnen; die Zeiten und den Spitzenspeicher ausgeben.</translation>
    </message>
    <message>
        <source>Use this workspace&apos;s estate.</source>
        <translation>Die Umgebung dieses Arbeitsbereichs verwenden.</translation>
    </message>
    <message>
        <source>Synthetic estate: VPCs (default 20).</source>
        <translation>Synthetische Umgebung: VPCs (Standard 20).</translation>
    </message>
    <message>
        <source>Synthetic estate: interfaces (default 3000).</source>
        <translation>Synthetische Umgebung: Schnittstellen (Standard 3000).</translation>
    </message>
    <message>
        <source>synthetic estate</source>
        <translation>synthetische Umgebung</translation>
    </message>
    <message>
        <source>%1: %2 VPCs, %3 subnets, %4 ENIs
</source>
        <translation>%1: %2 VPCs, %3 Subnetze, %4 ENIs
</translation>
    </message>
    <message>
        <source>  %1 level: %2 nodes, %3 clusters, %4 edges; built in %5 ms, laid out in %6 ms; page %7 x %8 pt
</source>
        <translation>  Ebene %1: %2 Knoten, %3 Cluster, %4 Kanten; aufgebaut in %5 ms, angeordnet in %6 ms; Seite %7 x %8 pt
</translation>
    </message>
    <message>
        <source>peak RSS: %1 MiB
</source>
        <translation>Spitzen-RSS: %1 MiB
</translation>
    </message>
    <message>
        <source>Export the topology graph for a review (drawn like the GUI draws it).</source>
        <translation>Den Topologie-Graphen für ein Review exportieren (gezeichnet wie in der GUI).</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>vpc, subnet or eni (default: subnet).</source>
        <translation>vpc, subnet oder eni (Standard: subnet).</translation>
    </message>
    <message>
        <source>Only this VPC and what it connects to.</source>
        <translation>Nur diese VPC und was mit ihr verbunden ist.</translation>
    </message>
    <message>
        <source>Traffic from this time (ISO 8601 or epoch seconds).</source>
        <translation>Verkehr ab dieser Zeit (ISO 8601 oder Epochensekunden).</translation>
    </message>
    <message>
        <source>Traffic up to this time.</source>
        <translation>Verkehr bis zu dieser Zeit.</translation>
    </message>
    <message>
        <source>observed (traffic from the flow logs; default when there are flows), configured (what security groups allow) or none.</source>
        <translation>observed (Verkehr aus den Flow Logs; Standard, wenn es Flows gibt), configured (was Sicherheitsgruppen erlauben) oder none.</translation>
    </message>
    <message>
        <source>Draw security groups as nodes.</source>
        <translation>Sicherheitsgruppen als Knoten zeichnen.</translation>
    </message>
    <message>
        <source>PNG width in pixels.</source>
        <translation>PNG-Breite in Pixeln.</translation>
    </message>
    <message>
        <source>Title printed on the diagram.</source>
        <translation>Titel auf dem Diagramm.</translation>
    </message>
    <message>
        <source>Dark palette.</source>
        <translation>Dunkle Farben.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>--workspace and -o are required</source>
        <translation>--workspace und -o sind erforderlich</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;; use vpc, subnet or eni</source>
        <translation>unbekannte Ebene &apos;%1&apos;; verwenden Sie vpc, subnet oder eni</translation>
    </message>
    <message>
        <source>cannot read the time &apos;%1&apos;</source>
        <translation>die Zeit &apos;%1&apos; ist nicht lesbar</translation>
    </message>
    <message>
        <source>unknown overlay &apos;%1&apos;</source>
        <translation>unbekannte Überlagerung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>export-diagram: the workspace has no VPC %1</source>
        <translation>export-diagram: der Arbeitsbereich hat keine VPC %1</translation>
    </message>
    <message>
        <source>Observed traffic, all records</source>
        <translation>Beobachteter Verkehr, alle Einträge</translation>
    </message>
    <message>
        <source>Observed traffic %1 to %2</source>
        <translation>Beobachteter Verkehr %1 bis %2</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>dem Anfang</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>dem Ende</translation>
    </message>
    <message>
        <source>Configured reachability: security groups, checked against network ACLs and routes</source>
        <translation>Konfigurierte Erreichbarkeit: Sicherheitsgruppen, geprüft gegen Netzwerk-ACLs und Routen</translation>
    </message>
    <message>
        <source>%1 — %2 level</source>
        <translation>%1 — Ebene %2</translation>
    </message>
    <message>
        <source>%1 nodes, %2 edges</source>
        <translation>%1 Knoten, %2 Kanten</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 nodes, %3 clusters, %4 edges, %5 overlay lines)
</source>
        <translation>%1 geschrieben (%2 Knoten, %3 Cluster, %4 Kanten, %5 Verkehrslinien)
</translation>
    </message>
    <message>
        <source>Run a flow filter on a workspace and print the matching records or their groups.
Example: --filter &apos;action == REJECT and dstport in {22, 3389} and not srcaddr in 10.0.0.0/8&apos;</source>
        <translation>Einen Flow-Filter auf einen Arbeitsbereich anwenden und die passenden Einträge oder ihre Gruppen ausgeben.
Beispiel: --filter &apos;action == REJECT and dstport in {22, 3389} and not srcaddr in 10.0.0.0/8&apos;</translation>
    </message>
    <message>
        <source>The filter expression (empty: every record).</source>
        <translation>Der Filterausdruck (leer: alle Einträge).</translation>
    </message>
    <message>
        <source>conversation or endpoint (each connection counted once).</source>
        <translation>conversation oder endpoint (jede Verbindung einmal gezählt).</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>At most this many rows (default 1000; 0: all records).</source>
        <translation>Höchstens so viele Zeilen (Standard 1000; 0: alle Einträge).</translation>
    </message>
    <message>
        <source>Print only the number of matching records.</source>
        <translation>Nur die Zahl der passenden Einträge ausgeben.</translation>
    </message>
    <message>
        <source>query: --workspace is required</source>
        <translation>query: --workspace ist erforderlich</translation>
    </message>
    <message>
        <source>query: unknown format &apos;%1&apos;; use csv or json</source>
        <translation>query: unbekanntes Format &apos;%1&apos;; verwenden Sie csv oder json</translation>
    </message>
    <message>
        <source>query: unknown grouping &apos;%1&apos;; use conversation or endpoint</source>
        <translation>query: unbekannte Gruppierung &apos;%1&apos;; verwenden Sie conversation oder endpoint</translation>
    </message>
    <message>
        <source>query: %1
  %2
  %3^
</source>
        <translation>query: %1
  %2
  %3^
</translation>
    </message>
    <message>
        <source>Records newest first (the default is oldest first, by start time).</source>
        <translation>Datensätze, neueste zuerst (Standard: älteste zuerst, nach Startzeit).</translation>
    </message>
    <message>
        <source>Run the review checks over the configuration and the flow logs (explain first for rule usage): each finding with its severity, the resources and rule it concerns, and its evidence.</source>
        <translation>Die Review-Prüfungen über Konfiguration und Flow Logs ausführen (zuerst explain für die Regelnutzung): jeder Befund mit Schweregrad, betroffenen Ressourcen und Regel sowie seinen Belegen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Exit with 3 when a finding of this severity or higher exists: error, warning or note.</source>
        <translation>Mit 3 beenden, wenn ein Befund dieses oder eines höheren Schweregrads vorliegt: error, warning oder note.</translation>
    </message>
    <message>
        <source>Records from this time (ISO 8601 or epoch seconds; counted by whole hours).</source>
        <translation>Einträge ab dieser Zeit (ISO 8601 oder Epochensekunden; in ganzen Stunden gezählt).</translation>
    </message>
    <message>
        <source>Records up to this time.</source>
        <translation>Einträge bis zu dieser Zeit.</translation>
    </message>
    <message>
        <source>findings: %1
</source>
        <translation>findings: %1
</translation>
    </message>
    <message>
        <source>--workspace is required</source>
        <translation>--workspace ist erforderlich</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos;; use error, warning or note</source>
        <translation>unbekannter Schweregrad „%1“; verwenden Sie error, warning oder note</translation>
    </message>
    <message>
        <source>findings failed: %1
</source>
        <translation>findings fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <source>findings: the records have not all been explained since the last import (run vpclens-cli explain): rule usage is incomplete and no rule is called unused
</source>
        <translation>findings: seit dem letzten Import sind nicht alle Einträge erklärt (vpclens-cli explain ausführen): die Regelnutzung ist unvollständig, und keine Regel wird als ungenutzt bezeichnet
</translation>
    </message>
    <message>
        <source>List every security-group rule, NACL entry and route with the records it decided (run explain first): used, unused, or no evidence where the flow logs could not see it.</source>
        <translation>Jede Sicherheitsgruppenregel, jeden NACL-Eintrag und jede Route mit den Einträgen auflisten, über die sie entschieden haben (zuerst explain ausführen): genutzt, ungenutzt oder kein Beleg, wo die Flow Logs es nicht sehen konnten.</translation>
    </message>
    <message>
        <source>One rule (its name or sgr- id): its usage and its biggest conversations.</source>
        <translation>Eine Regel (Name oder sgr-ID): ihre Nutzung und ihre größten Konversationen.</translation>
    </message>
    <message>
        <source>rules: --workspace is required
</source>
        <translation>rules: --workspace ist erforderlich
</translation>
    </message>
    <message>
        <source>rules: cannot read the time &apos;%1&apos;
</source>
        <translation>rules: die Zeit „%1“ ist nicht lesbar
</translation>
    </message>
    <message>
        <source>rules failed: %1
</source>
        <translation>rules fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <source>rules: no rule is named &apos;%1&apos;
</source>
        <translation>rules: keine Regel heißt „%1“
</translation>
    </message>
    <message>
        <source>rules: the records have not all been explained since the last import (run vpclens-cli explain): counts are incomplete and no rule is called unused
</source>
        <translation>rules: seit dem letzten Import sind nicht alle Einträge erklärt (vpclens-cli explain ausführen): die Zahlen sind unvollständig, und keine Regel wird als ungenutzt bezeichnet
</translation>
    </message>
    <message>
        <source>A checks file (JSON): sensitive_ports, scan_ports, authorised_sources, segments, must_not_reach, internet_facing.</source>
        <translation>Eine Prüfdatei (JSON): sensitive_ports, scan_ports, authorised_sources, segments, must_not_reach, internet_facing.</translation>
    </message>
    <message>
        <source>svg, png, pdf, dot or drawio (default: from the output&apos;s suffix).</source>
        <translation>svg, png, pdf, dot oder drawio (Standard: nach der Endung der Ausgabe).</translation>
    </message>
    <message>
        <source>unknown format; use svg, png, pdf, dot or drawio</source>
        <translation>unbekanntes Format; verwenden Sie svg, png, pdf, dot oder drawio</translation>
    </message>
    <message>
        <source>Write the review report: scope and flow-log coverage, the estate&apos;s and each VPC&apos;s diagram with the period&apos;s traffic, the findings with their evidence and a traced example, refused traffic, rule usage.</source>
        <translation>Den Prüfbericht schreiben: Umfang und Flow-Log-Abdeckung, das Diagramm der Umgebung und jeder VPC mit dem Verkehr des Zeitraums, die Befunde mit Nachweis und einem verfolgten Beispiel, abgelehnter Verkehr, Regelnutzung.</translation>
    </message>
    <message>
        <source>The report: a .pdf or .html file.</source>
        <translation>Der Bericht: eine .pdf- oder .html-Datei.</translation>
    </message>
    <message>
        <source>A checks file (JSON), as for findings.</source>
        <translation>Eine Prüfdatei (JSON), wie bei findings.</translation>
    </message>
    <message>
        <source>A VPC to draw a page for (repeat; default: every VPC).</source>
        <translation>Eine VPC, für die eine Seite gezeichnet wird (wiederholbar; Standard: jede VPC).</translation>
    </message>
    <message>
        <source>The report&apos;s title.</source>
        <translation>Der Titel des Berichts.</translation>
    </message>
    <message>
        <source>The export date on the first page (default: today), for reports that must come out the same byte for byte.</source>
        <translation>Das Exportdatum auf der ersten Seite (Standard: heute), für Berichte, die Byte für Byte gleich ausfallen müssen.</translation>
    </message>
    <message>
        <source>Records from this time (ISO 8601 or epoch seconds).</source>
        <translation>Datensätze ab dieser Zeit (ISO 8601 oder Epochensekunden).</translation>
    </message>
    <message>
        <source>report: %1
</source>
        <translation>report: %1
</translation>
    </message>
    <message>
        <source>the report must be a .pdf or .html file</source>
        <translation>der Bericht muss eine .pdf- oder .html-Datei sein</translation>
    </message>
    <message>
        <source>cannot read the date &apos;%1&apos;</source>
        <translation>das Datum &apos;%1&apos; ist nicht lesbar</translation>
    </message>
    <message>
        <source>the workspace has no VPC %1</source>
        <translation>der Arbeitsbereich hat keine VPC %1</translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
    <message>
        <source>List the notes the review report prints, add one about a subject (a finding, a flow, a trace), or remove one.</source>
        <translation>Die Notizen auflisten, die der Prüfbericht druckt, eine zu einem Gegenstand (Befund, Flow, Trace) hinzufügen oder eine entfernen.</translation>
    </message>
    <message>
        <source>Add a note about this subject (with --text).</source>
        <translation>Eine Notiz zu diesem Gegenstand hinzufügen (mit --text).</translation>
    </message>
    <message>
        <source>The note&apos;s text.</source>
        <translation>Der Text der Notiz.</translation>
    </message>
    <message>
        <source>Remove the note with this id.</source>
        <translation>Die Notiz mit dieser ID entfernen.</translation>
    </message>
    <message>
        <source>List as JSON: {&quot;notes&quot;: [{&quot;id&quot;, &quot;subject&quot;, &quot;text&quot;}]}.</source>
        <translation>Als JSON auflisten: {&quot;notes&quot;: [{&quot;id&quot;, &quot;subject&quot;, &quot;text&quot;}]}.</translation>
    </message>
    <message>
        <source>notes: %1
</source>
        <translation>notes: %1
</translation>
    </message>
    <message>
        <source>--add and --remove exclude each other</source>
        <translation>--add und --remove schließen einander aus</translation>
    </message>
    <message>
        <source>--add needs a subject and --text</source>
        <translation>--add braucht einen Gegenstand und --text</translation>
    </message>
    <message>
        <source>--remove needs a note&apos;s id</source>
        <translation>--remove braucht die ID einer Notiz</translation>
    </message>
    <message>
        <source>Added note %1
</source>
        <translation>Notiz %1 hinzugefügt
</translation>
    </message>
    <message>
        <source>notes: the workspace has no note %1
</source>
        <translation>notes: der Arbeitsbereich hat keine Notiz %1
</translation>
    </message>
    <message>
        <source>Removed note %1
</source>
        <translation>Notiz %1 entfernt
</translation>
    </message>
    <message>
        <source>No notes.
</source>
        <translation>Keine Notizen.
</translation>
    </message>
    <message>
        <source>Print the Athena (Trino) SQL that selects what a filter selects, over AWS&apos;s documented
flow-log table with partition projection (partitions accid, region, day).
Names (interfaces, instances, subnets, VPCs, groups) resolve in --workspace.</source>
        <translation>Das Athena-SQL (Trino) ausgeben, das auswählt, was ein Filter auswählt, über die von AWS
dokumentierte Flow-Log-Tabelle mit Partitionsprojektion (Partitionen accid, region, day).
Namen (Schnittstellen, Instanzen, Subnetze, VPCs, Gruppen) werden in --workspace aufgelöst.</translation>
    </message>
    <message>
        <source>Records starting at or after this time (ISO 8601 or epoch seconds).</source>
        <translation>Datensätze, die zu oder nach dieser Zeit beginnen (ISO 8601 oder Epochensekunden).</translation>
    </message>
    <message>
        <source>Records starting before this time.</source>
        <translation>Datensätze, die vor dieser Zeit beginnen.</translation>
    </message>
    <message>
        <source>The table, [database.]name (default vpc_flow_logs).</source>
        <translation>Die Tabelle, [Datenbank.]Name (Vorgabe vpc_flow_logs).</translation>
    </message>
    <message>
        <source>minute, conversation or endpoint (default: the records).</source>
        <translation>minute, conversation oder endpoint (Vorgabe: die Datensätze).</translation>
    </message>
    <message>
        <source>At most this many rows (default: no limit).</source>
        <translation>Höchstens so viele Zeilen (Vorgabe: unbegrenzt).</translation>
    </message>
    <message>
        <source>athena-sql: &apos;%1&apos; is not a time (ISO 8601 or epoch seconds)</source>
        <translation>athena-sql: &apos;%1&apos; ist keine Zeit (ISO 8601 oder Epochensekunden)</translation>
    </message>
    <message>
        <source>athena-sql: unknown grouping &apos;%1&apos;; use minute, conversation or endpoint</source>
        <translation>athena-sql: unbekannte Gruppierung &apos;%1&apos;; minute, conversation oder endpoint verwenden</translation>
    </message>
    <message>
        <source>athena-sql: %1
  %2
  %3^
</source>
        <translation>athena-sql: %1
  %2
  %3^
</translation>
    </message>
    <message>
        <source>Name addresses outside the estate: blocks of your own (an office, a partner&apos;s VPN) and AWS&apos;s published ranges (a copy of ip-ranges.json ships with VpcLens; --aws-ip-ranges keeps a newer one in the workspace). The names show in the record details, the conversations and query&apos;s names. Without options: the names kept.</source>
        <translation>Adressen außerhalb der Umgebung benennen: eigene Blöcke (ein Büro, das VPN eines Partners) und die von AWS veröffentlichten Bereiche (eine Kopie von ip-ranges.json liegt VpcLens bei; --aws-ip-ranges legt eine neuere im Arbeitsbereich ab). Die Namen erscheinen in den Datensatzdetails, den Konversationen und den Namen von query. Ohne Optionen: die gespeicherten Namen.</translation>
    </message>
    <message>
        <source>Name a block: CIDR=NAME (203.0.113.0/24=office); repeatable.</source>
        <translation>Einen Block benennen: CIDR=NAME (203.0.113.0/24=office); wiederholbar.</translation>
    </message>
    <message>
        <source>Forget a block&apos;s name; repeatable.</source>
        <translation>Den Namen eines Blocks vergessen; wiederholbar.</translation>
    </message>
    <message>
        <source>Keep this copy of AWS&apos;s ip-ranges.json in the workspace.</source>
        <translation>Diese Kopie von AWS&apos; ip-ranges.json im Arbeitsbereich ablegen.</translation>
    </message>
    <message>
        <source>Print the name of this address, and where it comes from.</source>
        <translation>Den Namen dieser Adresse ausgeben und woher er stammt.</translation>
    </message>
    <message>
        <source>names: %1
</source>
        <translation>names: %1
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not CIDR=NAME (203.0.113.0/24=office)</source>
        <translation>&apos;%1&apos; ist nicht CIDR=NAME (203.0.113.0/24=office)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CIDR block</source>
        <translation>&apos;%1&apos; ist kein CIDR-Block</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>&apos;%1&apos; ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>names: %1: %2
</source>
        <translation>names: %1: %2
</translation>
    </message>
    <message>
        <source>%1: no name
</source>
        <translation>%1: kein Name
</translation>
    </message>
    <message>
        <source>AWS ip-ranges.json of %1: %2
</source>
        <translation>AWS-ip-ranges.json vom %1: %2
</translation>
    </message>
</context>
</TS>
