// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlog/flowlineparser.h"

#include <QTest>

using namespace vpclens;

class TestFlowLineParser : public QObject
{
    Q_OBJECT
private slots:
    void awsDocumentationRecord();
    void nodataKeepsDashes();
    void ipv6Record();
    void badLines_data();
    void badLines();
    void customOrder();
    void onePassAgreesWithTwoPasses();
};

void TestFlowLineParser::awsDocumentationRecord()
{
    // From the AWS "Flow log record examples": SSH accepted.
    ParsedFlow p;
    const auto fmt = FlowLogFormat::defaultFormat();
    QCOMPARE(parseFlowLine("2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK", fmt, p), BadLine::None);
    QCOMPARE(p.version, 2);
    QCOMPARE(p.field(FlowField::InterfaceId), std::string_view("eni-1235b8ca123456789"));
    QCOMPARE(p.src.kind, FlowAddress::V4);
    QCOMPARE(formatIpv4(p.src.v4), QStringLiteral("172.31.16.139"));
    QCOMPARE(p.srcPort, 20641);
    QCOMPARE(p.dstPort, 22);
    QCOMPARE(p.protocol, 6);
    QCOMPARE(p.packets, 20);
    QCOMPARE(p.bytes, 4249);
    QCOMPARE(p.start, 1418530010);
    QCOMPARE(p.end, 1418530070);
    QCOMPARE(p.action, FlowAction::Accept);
    QCOMPARE(p.status, LogStatus::Ok);
}

void TestFlowLineParser::nodataKeepsDashes()
{
    ParsedFlow p;
    QCOMPARE(parseFlowLine("2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA", FlowLogFormat::defaultFormat(), p), BadLine::None);
    QCOMPARE(p.status, LogStatus::NoData);
    QCOMPARE(p.action, FlowAction::None);
    QCOMPARE(p.src.kind, FlowAddress::None);
    QCOMPARE(p.packets, ParsedFlow::Absent);
}

void TestFlowLineParser::ipv6Record()
{
    ParsedFlow p;
    QCOMPARE(parseFlowLine("2 123456789010 eni-1235b8ca123456789 2001:db8:1234:a100:8d6e:3477:df66:f105 2001:db8:1234:a102:3304:8879:34cf:4071 34892 22 6 54 8855 1477913708 1477913820 ACCEPT OK", FlowLogFormat::defaultFormat(), p), BadLine::None);
    QCOMPARE(p.src.kind, FlowAddress::V6);
    QCOMPARE(formatIpv6(p.dst.v6), QStringLiteral("2001:db8:1234:a102:3304:8879:34cf:4071"));
}

void TestFlowLineParser::badLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("reason");
    const QByteArray good = "2 123456789010 eni-1 10.0.0.1 10.0.0.2 443 50000 6 10 840 1418530010 1418530070 ACCEPT OK";
    QTest::newRow("good") << good << int(BadLine::None);
    QTest::newRow("too few") << QByteArray("2 123456789010 eni-1 - - - - - - - 1742570089 1742570142 -") << int(BadLine::FieldCount);
    QTest::newRow("too many") << (good + " extra") << int(BadLine::FieldCount);
    QTest::newRow("tab") << QByteArray(good).replace(' ', '\t') << int(BadLine::Separator);
    QTest::newRow("double space") << QByteArray(good).replace("443 ", "443  ") << int(BadLine::Separator);
    QTest::newRow("trailing space") << (good + " ") << int(BadLine::Separator);
    QTest::newRow("port word") << QByteArray(good).replace(" 443 ", " http ") << int(BadLine::Port);
    QTest::newRow("port 8o80") << QByteArray(good).replace(" 443 ", " 8o80 ") << int(BadLine::Port);
    QTest::newRow("port range") << QByteArray(good).replace(" 443 ", " 65536 ") << int(BadLine::Port);
    QTest::newRow("negative") << QByteArray(good).replace(" 840 ", " -840 ") << int(BadLine::Number);
    QTest::newRow("exponent") << QByteArray(good).replace(" 840 ", " 8e2 ") << int(BadLine::Number);
    QTest::newRow("NaN") << QByteArray(good).replace(" 840 ", " NaN ") << int(BadLine::Number);
    QTest::newRow("bad ip") << QByteArray(good).replace("10.0.0.2", "10.0.256.7") << int(BadLine::Address);
    QTest::newRow("short ip") << QByteArray(good).replace("10.0.0.2", "172.31.16") << int(BadLine::Address);
    QTest::newRow("bad ipv6") << QByteArray(good).replace("10.0.0.2", "fe80::zz1") << int(BadLine::Address);
    QTest::newRow("ALLOW") << QByteArray(good).replace("ACCEPT", "ALLOW") << int(BadLine::Action);
    QTest::newRow("lowercase") << QByteArray(good).replace("ACCEPT", "accept") << int(BadLine::Action);
    QTest::newRow("status") << QByteArray(good).replace(" OK", " FINE") << int(BadLine::LogStatus);
    QTest::newRow("dash start") << QByteArray(good).replace("1418530010", "-") << int(BadLine::Number);
    // Byte counts up to 2^63 - 1 (what SQLite stores); one more does not fit.
    QTest::newRow("bytes 2^63-1") << QByteArray(good).replace(" 840 ", " 9223372036854775807 ") << int(BadLine::None);
    QTest::newRow("bytes 2^63") << QByteArray(good).replace(" 840 ", " 9223372036854775808 ") << int(BadLine::Number);
    QTest::newRow("bytes 20 digits") << QByteArray(good).replace(" 840 ", " 99999999999999999999 ") << int(BadLine::Number);
}

void TestFlowLineParser::badLines()
{
    QFETCH(QByteArray, line);
    QFETCH(int, reason);
    ParsedFlow p;
    QCOMPARE(int(parseFlowLine(std::string_view(line.constData(), std::size_t(line.size())), FlowLogFormat::defaultFormat(), p)), reason);
}

void TestFlowLineParser::customOrder()
{
    // traffic-path-v5 example from the AWS documentation, with the field list the page gives.
    const auto fmt = FlowLogFormat::fromHeader("version srcaddr dstaddr srcport dstport protocol start end type packets bytes account-id vpc-id "
                                               "subnet-id instance-id interface-id region az-id sublocation-type sublocation-id action "
                                               "tcp-flags pkt-srcaddr pkt-dstaddr pkt-src-aws-service pkt-dst-aws-service traffic-path "
                                               "flow-direction log-status");
    QVERIFY(fmt);
    ParsedFlow p;
    QCOMPARE(parseFlowLine("5 10.0.0.71 52.95.128.179 34210 80 6 1616729292 1616729349 IPv4 7 471 123456789012 vpc-abcdefab012345678 "
                           "subnet-aaaaaaaa012345678 i-0c50d5961bcb2d47b eni-1235b8ca123456789 ap-southeast-2 apse2-az3 - - ACCEPT 3 "
                           "10.0.0.71 52.95.128.179 - S3 8 egress OK", *fmt, p), BadLine::None);
    QCOMPARE(p.packets, 7);
    QCOMPARE(p.bytes, 471);
    QCOMPARE(p.tcpFlags, 3);
    QCOMPARE(p.trafficPath, 8);
    QCOMPARE(p.field(FlowField::PktDstAwsService), std::string_view("S3"));
    QCOMPARE(p.field(FlowField::FlowDirection), std::string_view("egress"));
}

namespace {

// Everything a parse yields, as text, so two parses can be compared in one QCOMPARE.
QString outcome(BadLine reason, const ParsedFlow &p, const FlowLogFormat &format)
{
    if (reason != BadLine::None)
        return QString::fromLatin1(badLineReason(reason));
    auto address = [](const FlowAddress &a) {
        return a.kind == FlowAddress::V4 ? formatIpv4(a.v4) : a.kind == FlowAddress::V6 ? formatIpv6(a.v6) : QStringLiteral("none");
    };
    QStringList out;
    for (std::int64_t v : {p.version, p.srcPort, p.dstPort, p.protocol, p.packets, p.bytes, p.start, p.end, p.tcpFlags, p.trafficPath})
        out << QString::number(v);
    for (const FlowAddress *a : {&p.src, &p.dst, &p.pktSrc, &p.pktDst})
        out << address(*a);
    out << QString::number(int(p.action)) << QString::number(int(p.status));
    for (FlowField f : format.fields())
        out << QString::fromLatin1(p.field(f).data(), qsizetype(p.field(f).size()));
    return out.join(QLatin1Char('|'));
}

} // namespace

// parseFlowLine reads a line in one pass and falls back on two passes (split, then read) when the
// line is irregular. Every single-character change of good lines (each position replaced by
// characters that matter to the grammar, deleted, or doubled) must get the same answer from both:
// the same reason, or the same values and field texts.
void TestFlowLineParser::onePassAgreesWithTwoPasses()
{
    const auto v5 = FlowLogFormat::fromHeader("version srcaddr dstaddr srcport dstport protocol start end type packets bytes account-id vpc-id "
                                              "subnet-id instance-id interface-id region az-id sublocation-type sublocation-id action "
                                              "tcp-flags pkt-srcaddr pkt-dstaddr pkt-src-aws-service pkt-dst-aws-service traffic-path "
                                              "flow-direction log-status");
    QVERIFY(v5);
    const FlowLogFormat v2 = FlowLogFormat::defaultFormat();
    const std::pair<const FlowLogFormat *, QByteArray> lines[] = {
        {&v2, "2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK"},
        {&v2, "2 123456789010 eni-1 0.0.0.0 255.255.255.255 0 65535 255 0 999999999999999999 1418530010 1418530070 REJECT OK"},
        {&v2, "2 123456789010 eni-1 - - - - - - - 1418530010 1418530070 - NODATA"},
        {&v2, "2 123456789010 eni-1 - - - - - - - 1418530010 1418530070 - SKIPDATA"},
        {&v2, "2 123456789010 eni-1 2001:db8::1 fe80::1:2 443 50000 6 1 52 1418530010 1418530070 ACCEPT OK\r"},
        {&*v5, "5 10.0.0.71 52.95.128.179 34210 80 6 1616729292 1616729349 IPv4 7 471 123456789012 vpc-abcdefab012345678 "
               "subnet-aaaaaaaa012345678 i-0c50d5961bcb2d47b eni-1235b8ca123456789 ap-southeast-2 apse2-az3 - - ACCEPT 3 "
               "10.0.0.71 52.95.128.179 - S3 8 egress OK"},
    };
    const char replacements[] = {' ', '\t', '-', '.', ':', '0', '1', '9', 'x', 'A', '\r'};
    int compared = 0, good = 0;
    for (const auto &[format, line] : lines) {
        QList<QByteArray> variants{line};
        for (qsizetype i = 0; i < line.size(); ++i) {
            for (char c : replacements)
                variants << QByteArray(line).replace(i, 1, QByteArray(1, c));
            variants << QByteArray(line).remove(i, 1) << QByteArray(line).insert(i, line[i]);
        }
        for (const QByteArray &v : variants) {
            const std::string_view text(v.constData(), std::size_t(v.size()));
            ParsedFlow one, two;
            const BadLine a = parseFlowLine(text, *format, one);
            std::string_view trimmed = text;
            if (!trimmed.empty() && trimmed.back() == '\r')
                trimmed.remove_suffix(1);
            const BadLine b = parseFlowLineTwoPass(trimmed, *format, two);
            QCOMPARE(outcome(a, one, *format), outcome(b, two, *format));
            ++compared;
            good += a == BadLine::None ? 1 : 0;
        }
    }
    // Both kinds were exercised: many variants stay valid (a digit for a digit), most do not.
    QVERIFY2(good > 500 && compared - good > 1500, qPrintable(QStringLiteral("%1 of %2 valid").arg(good).arg(compared)));
}

QTEST_GUILESS_MAIN(TestFlowLineParser)
#include "tst_flowlineparser.moc"
