// SPDX-License-Identifier: GPL-3.0-or-later
// Conversations pair a request with its reply, both ways apart, with an outcome. Expected values are
// summed by hand from the raw lines (the AWS documentation's examples, and lines written here).
#include "ingest/flowimporter.h"
#include "query/flowgroups.h"
#include "query/flowsearch.h"
#include "testpaths.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

namespace {

const char *const kV2 = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status";
const char *const kV3 = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status tcp-flags";

// The workspace of one file: a header (empty: the AWS default format, no header) and lines.
std::unique_ptr<Workspace> workspaceOf(const QTemporaryDir &dir, const QString &name, const QString &header, const QStringList &lines)
{
    const QString path = dir.filePath(name + QStringLiteral(".log"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return nullptr;
    f.write(((header.isEmpty() ? QString() : header + QLatin1Char('\n')) + lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    f.close();
    QString error;
    auto ws = Workspace::open(dir.filePath(name + QStringLiteral(".vpclens")), &error);
    if (!ws || importFlowLogs(*ws, {path}).records != lines.size())
        return nullptr;
    return ws;
}

QStringList fileLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            out << QString::fromUtf8(line).simplified();
    return out;
}

// Both paths give the same rows: the column scan (no filter) and SQL (a filter every record passes).
QList<GroupRow> bothWays(const Workspace &ws, GroupBy by)
{
    const QList<GroupRow> scanned = groupFlows(ws, CompiledFilter{}, by, 1000);
    auto compiled = compileFilter(QStringLiteral("version >= 2"), {&ws, nullptr});
    CompiledFilter rows = std::get<CompiledFilter>(compiled);
    rows.columns.reset(); // SQL over the rows
    const QList<GroupRow> viaSql = groupFlows(ws, rows, by, 1000);
    auto text = [](const QList<GroupRow> &rows) {
        QStringList out;
        for (const GroupRow &g : rows)
            out << QStringLiteral("%1 %2 %3/%4 %5 ab %6,%7,%8,%9,%10 ba %11,%12,%13,%14,%15 %16-%17")
                       .arg(g.a, g.b)
                       .arg(g.port)
                       .arg(g.protocol)
                       .arg(outcomeKey(g.outcome))
                       .arg(g.ab.records)
                       .arg(g.ab.rejected)
                       .arg(g.ab.packets)
                       .arg(g.ab.bytes)
                       .arg(g.ab.flags)
                       .arg(g.ba.records)
                       .arg(g.ba.rejected)
                       .arg(g.ba.packets)
                       .arg(g.ba.bytes)
                       .arg(g.ba.flags)
                       .arg(g.first)
                       .arg(g.last);
        out.sort();
        return out;
    };
    if (text(scanned) != text(viaSql))
        qWarning() << "scan" << text(scanned) << "sql" << text(viaSql);
    return text(scanned) == text(viaSql) ? scanned : QList<GroupRow>{};
}

const GroupRow *find(const QList<GroupRow> &rows, const QString &a, const QString &b)
{
    for (const GroupRow &g : rows)
        if (g.a == a && g.b == b)
            return &g;
    return nullptr;
}

} // namespace

class TestConversations : public QObject
{
    Q_OBJECT
private slots:
    void tcpFlagSequenceIsOneEstablishedConversation();
    void icmpReplyJoinsItsRequest();
    void outcomes();
    void rejectedReplyFromAServicePort();
    void endpointsSplitSentAndReceived();
    void outcomeNamesRoundTrip();

private:
    QTemporaryDir m_dir;
};

// The AWS documentation's TCP flag sequence: 52.213.180.42 connects to 10.0.0.62:5001 three times
// (source ports 43416, 43418, 43638); the server's records (source port 5001, flags 18 and 19) are
// replies. Summed by hand: to the server 8 + 70 + 15774 + 17 packets and 568 + 100701 + 23294588 + 1260
// bytes; back 7 + 12 + 1219 + 14 packets and 376 + 632 + 63388 + 967 bytes; first start 1566848875,
// last end 1566933193; no reset.
void TestConversations::tcpFlagSequenceIsOneEstablishedConversation()
{
    if (!test::haveShared())
        QSKIP("../shared/data/real is not here");
    const QString dir = test::sharedPath(QStringLiteral("data/real/awsdocs-vpc-user-guide/flow-logs-records-examples"));
    const QString fields = fileLines(dir + QStringLiteral("/tcp-flag-sequence.fields.txt")).value(0);
    QVERIFY(fields.contains(QLatin1String("tcp-flags")));
    auto ws = workspaceOf(m_dir, QStringLiteral("flags"), fields, fileLines(dir + QStringLiteral("/tcp-flag-sequence.log")));
    QVERIFY(ws);
    const QList<GroupRow> rows = bothWays(*ws, GroupBy::Conversation);
    QCOMPARE(rows.size(), 1);
    const GroupRow &g = rows[0];
    QCOMPARE(g.a, QStringLiteral("52.213.180.42"));
    QCOMPARE(g.b, QStringLiteral("10.0.0.62"));
    QCOMPARE(g.port, 5001);
    QCOMPARE(g.protocol, 6);
    QCOMPARE(g.flows, 8);
    QCOMPARE(g.ab.records, 4);
    QCOMPARE(g.ab.packets, 8 + 70 + 15774 + 17);
    QCOMPARE(g.ab.bytes, 568 + 100701 + 23294588 + 1260);
    QCOMPARE(g.ba.packets, 7 + 12 + 1219 + 14);
    QCOMPARE(g.ba.bytes, 376 + 632 + 63388 + 967);
    QCOMPARE(g.bytes, g.ab.bytes + g.ba.bytes);
    QCOMPARE(g.ab.flags, 2 | 1 | 3);   // SYN, FIN, SYN+FIN
    QCOMPARE(g.ba.flags, 18 | 1 | 19); // SYN-ACK, FIN, SYN-ACK+FIN
    QCOMPARE(g.first, 1566848875);
    QCOMPARE(g.last, 1566933193);
    QCOMPARE(g.outcome, ConversationOutcome::Established);
    QCOMPARE(g.rejected, 0);
}

// The documentation's ping through a NACL that lets the request in but not the reply out: one ICMP
// conversation (flow logs give ICMP no ports), the pinging host the client (its record starts first).
void TestConversations::icmpReplyJoinsItsRequest()
{
    if (!test::haveShared())
        QSKIP("../shared/data/real is not here");
    const QString log = test::sharedPath(QStringLiteral("data/real/awsdocs-vpc-user-guide/flow-logs-records-examples/sg-nacl-icmp.log"));
    auto ws = workspaceOf(m_dir, QStringLiteral("icmp"), {}, fileLines(log));
    QVERIFY(ws);
    const QList<GroupRow> rows = bothWays(*ws, GroupBy::Conversation);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].a, QStringLiteral("203.0.113.12"));
    QCOMPARE(rows[0].b, QStringLiteral("172.31.16.139"));
    QCOMPARE(rows[0].port, -1);
    QCOMPARE(rows[0].protocol, 1);
    QCOMPARE(rows[0].ab.records, 1);
    QCOMPARE(rows[0].ab.rejected, 0);
    QCOMPARE(rows[0].ba.records, 1);
    QCOMPARE(rows[0].ba.rejected, 1);
    QCOMPARE(rows[0].outcome, ConversationOutcome::ReplyRejected);

    // The same pair the other way round in the file: still one conversation, the same client.
    QStringList reversed = fileLines(log);
    std::reverse(reversed.begin(), reversed.end());
    auto again = workspaceOf(m_dir, QStringLiteral("icmp2"), {}, reversed);
    QVERIFY(again);
    const QList<GroupRow> same = bothWays(*again, GroupBy::Conversation);
    QCOMPARE(same.size(), 1);
    QCOMPARE(same[0].a, QStringLiteral("203.0.113.12"));
}

// One conversation per outcome, written with tcp-flags (FIN 1, SYN 2, RST 4, SYN-ACK 18).
void TestConversations::outcomes()
{
    const QStringList lines{
        // 10.0.0.1 -> 10.0.0.9:22 rejected twice.
        QStringLiteral("3 1 eni-a 10.0.0.1 10.0.0.9 40001 22 6 1 40 100 160 REJECT OK 2"),
        QStringLiteral("3 1 eni-a 10.0.0.1 10.0.0.9 40002 22 6 1 40 200 260 REJECT OK 2"),
        // 10.0.0.2 -> 10.0.0.9:80 accepted SYN, nothing back: no reply.
        QStringLiteral("3 1 eni-a 10.0.0.2 10.0.0.9 40003 80 6 3 180 100 160 ACCEPT OK 2"),
        // 10.0.0.3 -> 10.0.0.9:8080: a SYN answered by a reset alone: refused.
        QStringLiteral("3 1 eni-a 10.0.0.3 10.0.0.9 40004 8080 6 1 60 100 160 ACCEPT OK 2"),
        QStringLiteral("3 1 eni-a 10.0.0.9 10.0.0.3 8080 40004 6 1 40 100 160 ACCEPT OK 4"),
        // 10.0.0.4 -> 10.0.0.9:443: SYN-ACK back, then a reset: reset.
        QStringLiteral("3 1 eni-a 10.0.0.4 10.0.0.9 40005 443 6 5 500 100 160 ACCEPT OK 2"),
        QStringLiteral("3 1 eni-a 10.0.0.9 10.0.0.4 443 40005 6 4 900 100 160 ACCEPT OK 22"),
        // 10.0.0.5 -> 10.0.0.9:5432 accepted both ways once, a second attempt rejected: partly rejected.
        QStringLiteral("3 1 eni-a 10.0.0.5 10.0.0.9 40006 5432 6 5 500 100 160 ACCEPT OK 3"),
        QStringLiteral("3 1 eni-a 10.0.0.9 10.0.0.5 5432 40006 6 4 400 100 160 ACCEPT OK 19"),
        QStringLiteral("3 1 eni-a 10.0.0.5 10.0.0.9 40007 5432 6 1 60 300 360 REJECT OK 2"),
        // 10.0.0.6 -> 10.0.0.9:53 UDP both ways: answered.
        QStringLiteral("3 1 eni-a 10.0.0.6 10.0.0.9 40008 53 17 1 70 100 160 ACCEPT OK -"),
        QStringLiteral("3 1 eni-a 10.0.0.9 10.0.0.6 53 40008 17 1 120 100 160 ACCEPT OK -"),
        // A reply whose request was not logged: reply only.
        QStringLiteral("3 1 eni-a 10.0.0.9 10.0.0.7 3306 40009 6 2 100 100 160 ACCEPT OK 18"),
        // A scan from source port 53 to 8443: its SYN says it is a request, not a reply from a DNS server.
        QStringLiteral("3 1 eni-a 198.51.100.7 10.0.0.9 53 8443 6 1 40 100 160 REJECT OK 2"),
    };
    auto ws = workspaceOf(m_dir, QStringLiteral("outcomes"), QString::fromLatin1(kV3), lines);
    QVERIFY(ws);
    const QList<GroupRow> rows = bothWays(*ws, GroupBy::Conversation);
    QCOMPARE(rows.size(), 8);
    const std::pair<QString, ConversationOutcome> expected[] = {
        {QStringLiteral("10.0.0.1"), ConversationOutcome::Rejected},     {QStringLiteral("10.0.0.2"), ConversationOutcome::NoReply},
        {QStringLiteral("10.0.0.3"), ConversationOutcome::Refused},      {QStringLiteral("10.0.0.4"), ConversationOutcome::Reset},
        {QStringLiteral("10.0.0.5"), ConversationOutcome::PartlyRejected}, {QStringLiteral("10.0.0.6"), ConversationOutcome::Answered},
        {QStringLiteral("10.0.0.7"), ConversationOutcome::ReplyOnly},    {QStringLiteral("198.51.100.7"), ConversationOutcome::Rejected},
    };
    for (const auto &[client, outcome] : expected) {
        const GroupRow *g = find(rows, client, QStringLiteral("10.0.0.9"));
        QVERIFY2(g, qPrintable(client));
        QCOMPARE(outcomeKey(g->outcome), outcomeKey(outcome));
    }
    QCOMPARE(find(rows, QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.9"))->ab.records, 2);
    QCOMPARE(find(rows, QStringLiteral("10.0.0.5"), QStringLiteral("10.0.0.9"))->ab.rejected, 1);
    QCOMPARE(find(rows, QStringLiteral("10.0.0.5"), QStringLiteral("10.0.0.9"))->ba.bytes, 400);
    QCOMPARE(find(rows, QStringLiteral("198.51.100.7"), QStringLiteral("10.0.0.9"))->port, 8443);
    QCOMPARE(find(rows, QStringLiteral("10.0.0.6"), QStringLiteral("10.0.0.9"))->ab.flags, -1); // UDP carries none
}

// Without flags (version 2), a rejected record from a well-known port to an ephemeral one is the
// reply of the conversation to that port: an outbound NACL without the ephemeral range.
void TestConversations::rejectedReplyFromAServicePort()
{
    const QStringList lines{
        QStringLiteral("2 1 eni-a 203.0.113.9 10.0.0.5 51000 443 6 3 180 100 160 ACCEPT OK"),
        QStringLiteral("2 1 eni-a 10.0.0.5 203.0.113.9 443 51000 6 2 120 100 160 REJECT OK"),
        // A rejected record between two high ports stays a request (a scan of 40000 from 50000).
        QStringLiteral("2 1 eni-a 198.51.100.7 10.0.0.5 40000 50000 6 1 40 100 160 REJECT OK"),
    };
    auto ws = workspaceOf(m_dir, QStringLiteral("nacl"), QString::fromLatin1(kV2), lines);
    QVERIFY(ws);
    const QList<GroupRow> rows = bothWays(*ws, GroupBy::Conversation);
    QCOMPARE(rows.size(), 2);
    const GroupRow *https = find(rows, QStringLiteral("203.0.113.9"), QStringLiteral("10.0.0.5"));
    QVERIFY(https);
    QCOMPARE(https->port, 443);
    QCOMPARE(https->outcome, ConversationOutcome::ReplyRejected);
    QCOMPARE(https->ba.rejected, 1);
    QCOMPARE(https->ba.bytes, 120);
    const GroupRow *scan = find(rows, QStringLiteral("198.51.100.7"), QStringLiteral("10.0.0.5"));
    QVERIFY(scan);
    QCOMPARE(scan->port, 50000);
    QCOMPARE(scan->outcome, ConversationOutcome::Rejected);
}

// An endpoint's sent and received, from the documentation's TCP flag sequence: the client sent what
// went to the server and received the replies.
void TestConversations::endpointsSplitSentAndReceived()
{
    if (!test::haveShared())
        QSKIP("../shared/data/real is not here");
    const QString dir = test::sharedPath(QStringLiteral("data/real/awsdocs-vpc-user-guide/flow-logs-records-examples"));
    auto ws = workspaceOf(m_dir, QStringLiteral("endpoints"), fileLines(dir + QStringLiteral("/tcp-flag-sequence.fields.txt")).value(0),
                          fileLines(dir + QStringLiteral("/tcp-flag-sequence.log")));
    QVERIFY(ws);
    const QList<GroupRow> rows = bothWays(*ws, GroupBy::Endpoint);
    QCOMPARE(rows.size(), 2);
    const GroupRow *client = find(rows, QStringLiteral("52.213.180.42"), QString());
    QVERIFY(client);
    QCOMPARE(client->ab.packets, 8 + 70 + 15774 + 17);
    QCOMPARE(client->ba.packets, 7 + 12 + 1219 + 14);
    QCOMPARE(client->outcome, ConversationOutcome::None);
    const GroupRow *server = find(rows, QStringLiteral("10.0.0.62"), QString());
    QVERIFY(server);
    QCOMPARE(server->ab.bytes, client->ba.bytes);
}

void TestConversations::outcomeNamesRoundTrip()
{
    for (int o = int(ConversationOutcome::Rejected); o <= int(ConversationOutcome::ReplyOnly); ++o) {
        const auto outcome = ConversationOutcome(o);
        QCOMPARE(parseOutcome(outcomeKey(outcome)), outcome);
        QCOMPARE(parseOutcome(outcomeName(outcome).toUpper()), outcome);
    }
    QVERIFY(!parseOutcome(QStringLiteral("sf")));
}

QTEST_GUILESS_MAIN(TestConversations)
#include "tst_conversations.moc"
