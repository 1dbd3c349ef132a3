// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlog/flowlogformat.h"

#include <QTest>

using namespace vpclens;

class TestFlowLogFormat : public QObject
{
    Q_OBJECT
private slots:
    void defaultHasFourteenFields();
    void headerInAnyOrder();
    void awsSyntax();
    void unknownNamesAreErrors();
    void everyDocumentedFieldIsKnown();
};

void TestFlowLogFormat::defaultHasFourteenFields()
{
    const FlowLogFormat f = FlowLogFormat::defaultFormat();
    QCOMPARE(f.size(), 14);
    QCOMPARE(f.toHeader(), QStringLiteral("version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status"));
    QVERIFY(f.isDefault());
}

void TestFlowLogFormat::headerInAnyOrder()
{
    // The alphabetical v5 order seen in a real S3 delivery (elastic/integrations#8532).
    const char *alpha = "account-id action az-id bytes dstaddr dstport end flow-direction instance-id interface-id log-status packets "
                        "pkt-dst-aws-service pkt-dstaddr pkt-src-aws-service pkt-srcaddr protocol region srcaddr srcport start "
                        "sublocation-id sublocation-type subnet-id tcp-flags traffic-path type version vpc-id";
    const auto f = FlowLogFormat::fromHeader(alpha);
    QVERIFY(f);
    QCOMPARE(f->size(), 29);
    QCOMPARE(f->fields().front(), FlowField::AccountId);
    QCOMPARE(f->fields().back(), FlowField::VpcId);
    QVERIFY(!f->isDefault());
}

void TestFlowLogFormat::awsSyntax()
{
    const auto f = FlowLogFormat::fromAwsSyntax(QStringLiteral("${version} ${interface-id} ${srcaddr} ${dstaddr}"));
    QVERIFY(f);
    QCOMPARE(f->size(), 4);
    QCOMPARE(f->fields()[1], FlowField::InterfaceId);
    QString error;
    QVERIFY(!FlowLogFormat::fromAwsSyntax(QStringLiteral("version srcaddr"), &error));
    QVERIFY(error.contains(QLatin1String("version")));
}

void TestFlowLogFormat::unknownNamesAreErrors()
{
    QString error;
    QVERIFY(!FlowLogFormat::fromHeader("version account-id colour", &error));
    QVERIFY(error.contains(QLatin1String("colour")));
}

void TestFlowLogFormat::everyDocumentedFieldIsKnown()
{
    // The field names of versions 2-8 as listed in the AWS VPC Flow Logs documentation.
    const QStringList documented = QStringLiteral(
        "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status "
        "vpc-id subnet-id instance-id tcp-flags type pkt-srcaddr pkt-dstaddr region az-id sublocation-type sublocation-id "
        "pkt-src-aws-service pkt-dst-aws-service flow-direction traffic-path ecs-cluster-arn ecs-cluster-name "
        "ecs-container-instance-arn ecs-container-instance-id ecs-container-id ecs-second-container-id ecs-service-name "
        "ecs-task-definition-arn ecs-task-arn ecs-task-id reject-reason resource-type tgw-id tgw-attachment-id "
        "tgw-src-vpc-account-id tgw-dst-vpc-account-id tgw-src-vpc-id tgw-dst-vpc-id tgw-src-subnet-id tgw-dst-subnet-id "
        "tgw-src-eni tgw-dst-eni tgw-src-az-id tgw-dst-az-id tgw-pair-attachment-id packets-lost-no-route "
        "packets-lost-blackhole packets-lost-mtu-exceeded packets-lost-ttl-expired").split(QLatin1Char(' '));
    for (const QString &name : documented) {
        const QByteArray b = name.toLatin1();
        QVERIFY2(fieldFromName(std::string_view(b.constData(), std::size_t(b.size()))), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestFlowLogFormat)
#include "tst_flowlogformat.moc"
