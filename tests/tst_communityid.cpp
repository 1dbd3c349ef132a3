// SPDX-License-Identifier: GPL-3.0-or-later
// Community ID v1 (base/communityid.h) held to Zeek's own expected output: every connection of the
// bifs.community_id baselines (TCP, UDP, SCTP, ICMP, ICMPv6 with one-way and paired messages, IPv6),
// computed from the ends Zeek printed. Both directions of a connection hash alike.
#include "base/communityid.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace vpclens;

class TestCommunityId : public QObject
{
    Q_OBJECT
private slots:
    void zeekBaselines();
    void bothDirectionsAlike();
};

void TestCommunityId::zeekBaselines()
{
    VPCLENS_REQUIRE_SHARED();
    const QDir dir(test::sharedPath(QStringLiteral("data/real/zeek-traces/Baseline/bifs.community_id.run-pcaps")));
    static const QRegularExpression line(QStringLiteral(
        R"(orig_h=([^,]+), orig_p=(\d+)/\w+, resp_h=([^,]+), resp_p=(\d+)/\w+, proto=(\d+), ctx=\[\]\], (1:\S+))"));
    int checked = 0;
    for (const QString &name : dir.entryList({QStringLiteral("*.out")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        while (!f.atEnd()) {
            const QString text = QString::fromUtf8(f.readLine()).trimmed();
            const auto m = line.match(text);
            if (!m.hasMatch())
                continue;
            const auto src = parseIp(m.captured(1).toStdString()), dst = parseIp(m.captured(3).toStdString());
            QVERIFY2(src && dst, qPrintable(text));
            const QString id = communityId(m.captured(5).toInt(), *src, *dst, m.captured(2).toInt(), m.captured(4).toInt());
            QVERIFY2(id == m.captured(6), qPrintable(QStringLiteral("%1: %2, computed %3").arg(name, text, id)));
            ++checked;
        }
    }
    QCOMPARE(checked, 19); // the data lines of the seven baselines: icmp6 14, icmp, ipv6, sctp, tcp, udp 1 each, arp none
}

void TestCommunityId::bothDirectionsAlike()
{
    const IpAddress a = *parseIp("10.10.0.20"), b = *parseIp("10.10.20.41");
    QCOMPARE(communityId(6, a, b, 40000, 5432), communityId(6, b, a, 5432, 40000));
    QVERIFY(communityId(6, a, b, 40000, 5432) != communityId(17, a, b, 40000, 5432));
    // An echo request and its reply are one conversation; a one-way message keeps its direction.
    QCOMPARE(communityId(1, a, b, 8, 0), communityId(1, b, a, 0, 0));
    QVERIFY(communityId(1, a, b, 3, 1) != communityId(1, b, a, 3, 1));
    QCOMPARE(communityId(6, a, *parseIp("2001:db8::1"), 1, 2), QString()); // families differ
}

QTEST_GUILESS_MAIN(TestCommunityId)
#include "tst_communityid.moc"
