// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/ipaddress.h"

#include <QTest>

using namespace vpclens;

class TestIpAddress : public QObject
{
    Q_OBJECT
private slots:
    void ipv4_data();
    void ipv4();
    void ipv6_data();
    void ipv6();
    void cidr();
    void bothFamilies();
};

void TestIpAddress::ipv4_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint32>("value");
    QTest::newRow("plain") << "172.31.16.139" << true << quint32(0xAC1F108B);
    QTest::newRow("zero") << "0.0.0.0" << true << quint32(0);
    QTest::newRow("max") << "255.255.255.255" << true << quint32(0xFFFFFFFF);
    QTest::newRow("three parts") << "172.31.16" << false << quint32(0);
    QTest::newRow("256") << "10.0.256.7" << false << quint32(0);
    QTest::newRow("leading zero") << "138.000.000.248" << false << quint32(0);
    QTest::newRow("hex") << "0x0a.0.0.1" << false << quint32(0);
    QTest::newRow("sign") << "+1.2.3.4" << false << quint32(0);
    QTest::newRow("trailing dot") << "1.2.3.4." << false << quint32(0);
    QTest::newRow("five parts") << "1.2.3.4.5" << false << quint32(0);
    QTest::newRow("empty part") << "1..3.4" << false << quint32(0);
    QTest::newRow("space") << "1.2.3.4 " << false << quint32(0);
}

void TestIpAddress::ipv4()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(quint32, value);
    const QByteArray b = text.toLatin1();
    const auto r = parseIpv4(std::string_view(b.constData(), std::size_t(b.size())));
    QCOMPARE(r.has_value(), valid);
    if (valid) {
        QCOMPARE(*r, value);
        QCOMPARE(formatIpv4(*r), text);
    }
}

void TestIpAddress::ipv6_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty: invalid
    QTest::newRow("full") << "2001:db8:1234:a100:8d6e:3477:df66:f105" << "2001:db8:1234:a100:8d6e:3477:df66:f105";
    QTest::newRow("compressed") << "2001:0db8:0000:0000:0000:0000:0000:0001" << "2001:db8::1";
    QTest::newRow("loopback") << "::1" << "::1";
    QTest::newRow("any") << "::" << "::";
    QTest::newRow("trailing gap") << "fe80::" << "fe80::";
    QTest::newRow("v4 tail") << "::ffff:192.0.2.128" << "::ffff:c000:280";
    QTest::newRow("bad hex") << "fe80::zz1" << "";
    QTest::newRow("two gaps") << "1::2::3" << "";
    QTest::newRow("five digits") << "12345::1" << "";
    QTest::newRow("nine groups") << "1:2:3:4:5:6:7:8:9" << "";
    QTest::newRow("seven groups") << "1:2:3:4:5:6:7" << "";
    QTest::newRow("single colon end") << "1:2:3:4:5:6:7:" << "";
    QTest::newRow("zone") << "fe80::1%eth0" << "";
}

void TestIpAddress::ipv6()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const QByteArray b = text.toLatin1();
    const auto r = parseIpv6(std::string_view(b.constData(), std::size_t(b.size())));
    QCOMPARE(r.has_value(), !canonical.isEmpty());
    if (r)
        QCOMPARE(formatIpv6(*r), canonical);
}

void TestIpAddress::cidr()
{
    const auto c = parseIpv4Cidr("10.10.0.0/16");
    QVERIFY(c);
    QVERIFY(c->contains(*parseIpv4("10.10.255.1")));
    QVERIFY(!c->contains(*parseIpv4("10.11.0.1")));
    const auto all = parseIpv4Cidr("0.0.0.0/0");
    QVERIFY(all && all->contains(*parseIpv4("203.0.113.9")));
    const auto host = parseIpv4Cidr("10.0.0.5/32");
    QVERIFY(host && host->contains(*parseIpv4("10.0.0.5")) && !host->contains(*parseIpv4("10.0.0.6")));
    QCOMPARE(parseIpv4Cidr("10.10.1.7/16")->network, *parseIpv4("10.10.0.0")); // host bits cleared
    QVERIFY(!parseIpv4Cidr("10.0.0.0/33"));
    QVERIFY(!parseIpv4Cidr("10.0.0.0"));
}

void TestIpAddress::bothFamilies()
{
    // IPv4 is held as the IPv4-mapped address ::ffff:a.b.c.d (RFC 4291 2.5.5.2).
    const IpAddress v4 = *parseIp("10.0.0.5");
    QVERIFY(v4.isV4());
    QCOMPARE(v4.v4(), *parseIpv4("10.0.0.5"));
    QVERIFY(v4 == IpAddress::fromBytes(*parseIpv6("::ffff:10.0.0.5")));
    const IpAddress v6 = *parseIp("2001:db8::1");
    QVERIFY(!v6.isV4());
    QCOMPARE(formatIp(v6), QStringLiteral("2001:db8::1"));
    QCOMPARE(formatIp(v4), QStringLiteral("10.0.0.5"));
    QVERIFY(IpAddress::fromBytes(v6.bytes()) == v6);
    QVERIFY(!parseIp("10.0.0"));

    // Host routes compare every bit; /0 of one family holds nothing of the other.
    const IpCidr host = *parseIpCidr("10.4.1.100/32");
    QVERIFY(host.contains(*parseIp("10.4.1.100")));
    QVERIFY(!host.contains(*parseIp("10.3.1.140")));
    QVERIFY(parseIpCidr("0.0.0.0/0")->contains(v4));
    QVERIFY(!parseIpCidr("0.0.0.0/0")->contains(v6));
    QVERIFY(parseIpCidr("::/0")->contains(v6));
    QVERIFY(!parseIpCidr("::/0")->contains(v4));
    const IpCidr block = *parseIpCidr("2600:1f18:1234:5600::/56");
    QVERIFY(block.contains(*parseIp("2600:1f18:1234:56ff::1")));
    QVERIFY(!block.contains(*parseIp("2600:1f18:1234:5700::1")));
    const IpCidr lower = *parseIpCidr("2001:db8::ab00/120"); // a prefix inside the low 64 bits
    QVERIFY(lower.contains(*parseIp("2001:db8::abff")));
    QVERIFY(!lower.contains(*parseIp("2001:db8::ac00")));
    QCOMPARE(formatCidr(*parseIpCidr("2600:1f18:1234:5601:aaaa::/64")), QStringLiteral("2600:1f18:1234:5601::/64")); // host bits cleared
    QCOMPARE(formatCidr(*parseIpCidr("10.10.1.7/16")), QStringLiteral("10.10.0.0/16"));
    QVERIFY(!parseIpCidr("2001:db8::/129"));
    QVERIFY(!parseIpCidr("2001:db8::/064"));

    QVERIFY(isPrivateIp(*parseIp("fd00::1")));     // unique local
    QVERIFY(isPrivateIp(*parseIp("fe80::1")));     // link local
    QVERIFY(!isPrivateIp(*parseIp("2600:1f18::1")));
    QVERIFY(isPrivateIp(*parseIp("172.20.0.1")));
}

QTEST_GUILESS_MAIN(TestIpAddress)
#include "tst_ipaddress.moc"
