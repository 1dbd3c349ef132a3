// SPDX-License-Identifier: GPL-3.0-or-later
// The rule evaluator on a dual-stack VPC (tests/data/dualstack). Every expectation was worked out by
// hand from the AWS documentation: IPv4 and IPv6 security-group rules and network-ACL entries are
// separate (an IPv4 rule never matches IPv6 traffic, an icmp rule never matches ICMPv6, the NACL's
// '*' exists once per family); an interface's IPv6 addresses are global, reached through the
// internet gateway without a public IPv4; an egress-only internet gateway lets IPv6 out and replies
// back in, but the internet cannot start a connection through it.
#include "ingest/topologyimporter.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "trace/ruletrace.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

namespace {
IpAddress ip(const char *s)
{
    return *parseIp(s);
}

Packet packet(const char *src, const char *dst, int protocol, int port)
{
    Packet p;
    p.src = ip(src);
    p.dst = ip(dst);
    p.protocol = protocol;
    if (protocol == 1 || protocol == 58)
        p.icmpType = port, p.icmpCode = 0;
    else
        p.dstPort = port;
    return p;
}

// "kind id rule result [target]" per hop, to compare whole paths at once.
QStringList hops(const PathTrace &p)
{
    QStringList out;
    for (const Hop &h : p.hops)
        out << QStringLiteral("%1 %2 %3 %4%5").arg(hopKindText(h.kind), h.id, h.rule.isEmpty() ? QStringLiteral("null") : h.rule, h.result,
                                                 h.target.isEmpty() ? QString() : QStringLiteral(" ") + h.target);
    return out;
}

constexpr const char *kWeb6 = "2600:1f18:1234:5601::10";
constexpr const char *kDb6 = "2600:1f18:1234:5602::20";
constexpr const char *kClient6 = "2001:db8::7"; // on the internet (documentation prefix)
const QString kWebAcl = QStringLiteral("acl-0d60000000000e001");
const QString kDbAcl = QStringLiteral("acl-0d60000000000e002");
const QString kWebSg = QStringLiteral("sg-0d60000000000f001");
const QString kDbSg = QStringLiteral("sg-0d60000000000f002");
const QString kWebRt = QStringLiteral("rtb-0d60000000000d001");
const QString kDbRt = QStringLiteral("rtb-0d60000000000d002");
const QString kIgw = QStringLiteral("igw-0d60000000000c001");
const QString kEigw = QStringLiteral("eigw-0d60000000000c002");
} // namespace

class TestRuleTraceIpv6 : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importsBothFamilies();
    void webToDatabaseOverIpv6();
    void ipv4EntriesNeverMatchIpv6();
    void internetToWebOverIpv6();
    void egressOnlyGatewayRefusesInbound();
    void egressOnlyGatewayCarriesOutbound();
    void ipv6DefaultRouteCarriesNoIpv4();
    void icmpRuleDoesNotMatchIcmpv6();
    void icmpv6EchoAndItsReply();
    void icmpv6ErrorHasNoReply();
    void endpointsResolveInOneFamily();

private:
    Trace trace(const Packet &p) const { return RuleEvaluator(m_estate).trace(p); }
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Estate m_estate;
};

void TestRuleTraceIpv6::initTestCase()
{
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("t.vpclens")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    importTopology(*m_ws, {test::sourcePath(QStringLiteral("tests/data/dualstack"))});
    m_estate = loadEstate(*m_ws);
}

void TestRuleTraceIpv6::importsBothFamilies()
{
    const Eni db = m_estate.enis.value(QStringLiteral("eni-0d6000000000a0002"));
    QCOMPARE(db.privateIps.size(), std::size_t(2));
    QVERIFY(db.privateIps[0] == ip("10.20.2.20"));
    QVERIFY(db.privateIps[1] == ip(kDb6));
    QCOMPARE(m_estate.privateOwner.value(ip(kDb6)), db.id);
    QCOMPARE(m_estate.vpcs.value(QStringLiteral("vpc-0d6000000000000a1")).ipv6Cidrs.size(), std::size_t(1));
    // Each family keeps its own '*': 32767 for IPv4, 32768 for IPv6, in both directions.
    const NetworkAcl acl = m_estate.nacls.value(kDbAcl);
    QCOMPARE(acl.ingress.size(), std::size_t(7));
    QCOMPARE(acl.egress.size(), std::size_t(6));
    QCOMPARE(acl.ingress.back().ruleNumber, 32768);
    QVERIFY(acl.ingress.back().ipv6);
}

void TestRuleTraceIpv6::webToDatabaseOverIpv6()
{
    const Trace t = trace(packet(kWeb6, kDb6, 6, 5432));
    QCOMPARE(t.forward.verdict, Verdict::Accept);
    QCOMPARE(hops(t.forward), (QStringList{
        "sg-egress " + kWebSg + " all to 0.0.0.0/0, ::/0 allow",
        "nacl-egress " + kWebAcl + " 101 allow", // rule 100 is the IPv4 twin: skipped
        "route " + kWebRt + " 2600:1f18:1234:5600::/56 allow local",
        "nacl-ingress " + kDbAcl + " 100 allow",
        "sg-ingress " + kDbSg + " tcp 5432 from " + kWebSg + " allow", // a group reference holds its members' IPv6 addresses too
    }));
    QVERIFY(t.reply);
    QCOMPARE(hops(*t.reply), (QStringList{
        "sg-egress " + kDbSg + " stateful allow",
        "nacl-egress " + kDbAcl + " 100 allow", // tcp 1024-65535 to ::/0: the client's port 40000
        "route " + kDbRt + " 2600:1f18:1234:5600::/56 allow local",
        "nacl-ingress " + kWebAcl + " 101 allow",
        "sg-ingress " + kWebSg + " stateful allow",
    }));
}

void TestRuleTraceIpv6::ipv4EntriesNeverMatchIpv6()
{
    // The same connection over IPv4: db-acl opens 5432 only to the web subnet's IPv6 block, and its
    // one IPv4 allow (rule 140) covers 32768-65535, so the IPv4 '*' denies.
    const Trace t = trace(packet("10.20.1.10", "10.20.2.20", 6, 5432));
    QCOMPARE(t.forward.verdict, Verdict::Reject);
    const Hop &d = t.forward.hops[std::size_t(t.forward.decidingHop)];
    QCOMPARE(hopKindText(d.kind), QStringLiteral("nacl-ingress"));
    QCOMPARE(d.id, kDbAcl);
    QCOMPARE(d.rule, QStringLiteral("*"));
}

void TestRuleTraceIpv6::internetToWebOverIpv6()
{
    // No public IPv4 involved: the internet gateway delivers to the interface's IPv6 address.
    const Trace t = trace(packet(kClient6, kWeb6, 6, 443));
    QCOMPARE(t.forward.verdict, Verdict::Accept);
    QCOMPARE(hops(t.forward), (QStringList{
        "route " + kIgw + " null allow eni-0d6000000000a0001",
        "nacl-ingress " + kWebAcl + " 101 allow",
        "sg-ingress " + kWebSg + " tcp 443 from 0.0.0.0/0, ::/0 allow",
    }));
    QVERIFY(t.reply);
    QCOMPARE(t.reply->verdict, Verdict::Accept);
    QCOMPARE(t.reply->hops.back().target, kIgw);
    QCOMPARE(t.reply->hops.back().rule, QStringLiteral("::/0"));
}

void TestRuleTraceIpv6::egressOnlyGatewayRefusesInbound()
{
    // db-acl and the db group both allow tcp 22 from ::/0, but the subnet's way out is the
    // egress-only gateway: the internet cannot start a connection through it.
    const Trace t = trace(packet(kClient6, kDb6, 6, 22));
    QCOMPARE(t.forward.verdict, Verdict::Accept);
    QCOMPARE(t.forward.hops[1].rule, QStringLiteral("120"));
    QVERIFY(t.reply);
    QCOMPARE(t.reply->verdict, Verdict::NoRoute);
    const Hop &d = t.reply->hops[std::size_t(t.reply->decidingHop)];
    QCOMPARE(hopKindText(d.kind), QStringLiteral("route"));
    QCOMPARE(d.id, kDbRt);
    QCOMPARE(d.target, kEigw);
    QVERIFY(t.sentence.startsWith(QLatin1String("Request accepted, but the reply is not routed")));
}

void TestRuleTraceIpv6::egressOnlyGatewayCarriesOutbound()
{
    const Trace t = trace(packet(kDb6, kClient6, 6, 443));
    QCOMPARE(t.forward.verdict, Verdict::Accept);
    QCOMPARE(hops(t.forward), (QStringList{
        "sg-egress " + kDbSg + " all to 0.0.0.0/0, ::/0 allow",
        "nacl-egress " + kDbAcl + " 110 allow",
        "route " + kDbRt + " ::/0 allow " + kEigw,
    }));
    QVERIFY(t.reply);
    QCOMPARE(hops(*t.reply), (QStringList{
        "nacl-ingress " + kDbAcl + " 110 allow", // tcp 1024-65535 from ::/0
        "sg-ingress " + kDbSg + " stateful allow",
    }));
}

void TestRuleTraceIpv6::ipv6DefaultRouteCarriesNoIpv4()
{
    // db-rt has ::/0 to the egress-only gateway and no IPv4 default: ::/0 holds no IPv4 address.
    const Trace t = trace(packet("10.20.2.20", "8.8.8.8", 6, 443));
    QCOMPARE(t.forward.verdict, Verdict::NoRoute);
    const Hop &d = t.forward.hops[std::size_t(t.forward.decidingHop)];
    QCOMPARE(hopKindText(d.kind), QStringLiteral("route"));
    QCOMPARE(d.id, kDbRt);
    QVERIFY(d.rule.isEmpty());
    QCOMPARE(t.forward.hops[1].rule, QStringLiteral("130")); // the egress NACL allowed it first (IPv4 all)
}

void TestRuleTraceIpv6::icmpRuleDoesNotMatchIcmpv6()
{
    // The web group allows "icmp" from 0.0.0.0/0: neither the protocol nor the family fits a ping6.
    const Trace t = trace(packet(kClient6, kWeb6, 58, 128));
    QCOMPARE(t.forward.verdict, Verdict::Reject);
    const Hop &d = t.forward.hops[std::size_t(t.forward.decidingHop)];
    QCOMPARE(hopKindText(d.kind), QStringLiteral("sg-ingress"));
    QCOMPARE(d.rule, QStringLiteral("no matching rule"));
}

void TestRuleTraceIpv6::icmpv6EchoAndItsReply()
{
    const Trace t = trace(packet(kWeb6, kDb6, 58, 128));
    QCOMPARE(t.forward.verdict, Verdict::Accept);
    QCOMPARE(t.forward.hops[3].rule, QStringLiteral("130"));
    QCOMPARE(t.forward.hops[4].rule, QStringLiteral("icmpv6 any type from 2600:1f18:1234:5601::/64"));
    QVERIFY(t.reply); // echo request 128 is answered by echo reply 129 (RFC 4443)
    QCOMPARE(t.reply->verdict, Verdict::Accept);
    QCOMPARE(t.reply->hops[1].rule, QStringLiteral("120"));
}

void TestRuleTraceIpv6::icmpv6ErrorHasNoReply()
{
    const Trace t = trace(packet(kWeb6, kDb6, 58, 1)); // destination unreachable
    QCOMPARE(t.forward.verdict, Verdict::Accept);
    QVERIFY(!t.reply);
}

void TestRuleTraceIpv6::endpointsResolveInOneFamily()
{
    const auto v6 = m_estate.resolveEndpoints(QStringLiteral("eni-0d6000000000a0001"), QString::fromLatin1(kClient6));
    QVERIFY(v6);
    QVERIFY(v6->first == ip(kWeb6));
    const auto v4 = m_estate.resolveEndpoints(QStringLiteral("eni-0d6000000000a0001"), QStringLiteral("eni-0d6000000000a0002"));
    QVERIFY(v4);
    QVERIFY(v4->second == ip("10.20.2.20"));
    QVERIFY(!m_estate.resolveEndpoints(QStringLiteral("10.20.1.10"), QString::fromLatin1(kClient6)));
    QVERIFY(!m_estate.resolveEndpoints(QStringLiteral("eni-0d60000000000ffff"), QString::fromLatin1(kClient6)));
}

QTEST_GUILESS_MAIN(TestRuleTraceIpv6)
#include "tst_ruletraceipv6.moc"
