// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/flowimporter.h"
#include "ingest/topologyimporter.h"
#include "samplelogs.h"
#include "testpaths.h"
#include "trace/flowexplainer.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace vpclens;

namespace {
std::int64_t cls(const ExplainResult &r, ExplainClass c)
{
    return r.classes[std::size_t(c)];
}
} // namespace

class TestFlowExplainer : public QObject
{
    Q_OBJECT
private slots:
    void sampleAgreesWithItsConfiguration();
    void changedRuleShowsUpAsDisagreement();
    void generatorVerdictsAgree();
    void ipv6RecordsAreExplained();
    void neverFilteredTrafficIsNamed();

private:
    std::unique_ptr<Workspace> sample(const QString &name)
    {
        QString error;
        auto ws = Workspace::open(m_dir.filePath(name), &error);
        importTopology(*ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))}, QDateTime::fromSecsSinceEpoch(1748700000, Qt::UTC));
        importFlowLogs(*ws, {test::sourcePath(QStringLiteral("resources/sample/flowlogs"))});
        return ws;
    }
    QTemporaryDir m_dir;
};

void TestFlowExplainer::sampleAgreesWithItsConfiguration()
{
    auto ws = sample(QStringLiteral("a.vpclens"));
    const ExplainResult r = explainWorkspace(*ws);
    QCOMPARE(r.records, 5184);
    QCOMPARE(cls(r, ExplainClass::NotExplainable), 7); // 6 NODATA + 1 SKIPDATA, as authored
    QCOMPARE(cls(r, ExplainClass::LoggedRejectConfigAccepts), 0);
    QCOMPARE(cls(r, ExplainClass::LoggedAcceptConfigRejects), 0);
    QVERIFY(cls(r, ExplainClass::Agree) > 4000);
    sql::Statement q(ws->handle(), "SELECT SUM(records) FROM explain_summary");
    QVERIFY(q.step());
    QCOMPARE(q.int64(0), 5184);
}

// A later snapshot without data-nacl's rule 90 (which rejects bastion -> db): each record is
// explained against the newest snapshot taken at or before it started, so the rule change shows as
// "logged REJECT, configuration accepts" exactly for the attempts logged after the change.
void TestFlowExplainer::changedRuleShowsUpAsDisagreement()
{
    QList<qint64> attempts; // the bastion's rejected connections to the database, read from the raw logs
    for (const test::SampleRecord &r : test::sampleRecords())
        if (r.src == QLatin1String("10.10.0.20") && r.dstPort == 5432 && r.action == QLatin1String("REJECT"))
            attempts.append(r.start);
    std::sort(attempts.begin(), attempts.end());
    QCOMPARE(attempts.size(), 24); // every 15 minutes for 6 hours, as authored

    QTemporaryDir changed;
    const QString src = test::sourcePath(QStringLiteral("resources/sample/topology"));
    for (const QString &f : QDir(src).entryList({QStringLiteral("*.json")}))
        QFile::copy(src + QLatin1Char('/') + f, changed.filePath(f));
    QFile nacls(changed.filePath(QStringLiteral("describe-network-acls.json")));
    QVERIFY(nacls.open(QIODevice::ReadWrite));
    QJsonObject doc = QJsonDocument::fromJson(nacls.readAll()).object();
    QJsonArray acls = doc.value(QLatin1String("NetworkAcls")).toArray();
    for (qsizetype i = 0; i < acls.size(); ++i) {
        QJsonObject acl = acls[i].toObject();
        QJsonArray kept;
        for (const auto &e : acl.value(QLatin1String("Entries")).toArray())
            if (!(acl.value(QLatin1String("NetworkAclId")).toString() == QLatin1String("acl-0e000000000000a03")
                  && e.toObject().value(QLatin1String("RuleNumber")).toInt() == 90))
                kept.append(e);
        acl.insert(QStringLiteral("Entries"), kept);
        acls[i] = acl;
    }
    doc.insert(QStringLiteral("NetworkAcls"), acls);
    nacls.resize(0);
    nacls.write(QJsonDocument(doc).toJson());
    nacls.close();

    // The change taken before every record, in the middle (11 attempts before it), after every record.
    const qint64 middle = attempts[11];
    for (const auto &[name, changedAt, expected] : {std::tuple{QStringLiteral("before"), attempts.first() - 3600, qint64(24)},
                                                    std::tuple{QStringLiteral("middle"), middle, qint64(24 - 11)},
                                                    std::tuple{QStringLiteral("after"), attempts.last() + 3600, qint64(0)}}) {
        auto ws = sample(QStringLiteral("b-%1.vpclens").arg(name));
        importTopology(*ws, {changed.path()}, QDateTime::fromSecsSinceEpoch(changedAt, Qt::UTC));
        const ExplainResult r = explainWorkspace(*ws);
        QVERIFY2(cls(r, ExplainClass::LoggedRejectConfigAccepts) == expected,
                 qPrintable(QStringLiteral("%1: %2 disagreements").arg(name).arg(cls(r, ExplainClass::LoggedRejectConfigAccepts))));
        QCOMPARE(cls(r, ExplainClass::LoggedAcceptConfigRejects), 0);
        sql::Statement q(ws->handle(), "SELECT COUNT(*), MIN(f.start) FROM explain_disagreements d JOIN flows f ON f.id = d.flow_id "
                                       "WHERE d.class = 1 AND f.dport = 5432 AND f.src = 168427540"); // 10.10.0.20, the bastion
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), expected);
        if (expected > 0)
            QVERIFY(q.int64(1) >= std::min(changedAt, attempts.first()));
    }
}

void TestFlowExplainer::generatorVerdictsAgree()
{
    // gen-vpc-dataset decides ACCEPT/REJECT by evaluating its own security groups and NACLs: an
    // independent evaluator. With v5 records (tcp-flags) every determinable record must agree.
    VPCLENS_REQUIRE_GENERATOR();
    QTemporaryDir out;
    QCOMPARE(test::runGenerator(out.path(), {QStringLiteral("--records"), QStringLiteral("20000"), QStringLiteral("--format"),
                                             QStringLiteral("v5"), QStringLiteral("--vpcs"), QStringLiteral("3"),
                                             QStringLiteral("--days"), QStringLiteral("1")}), 0);
    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("gen.vpclens")), &error);
    importTopology(*ws, {out.filePath(QStringLiteral("topology"))});
    QCOMPARE(importFlowLogs(*ws, {out.filePath(QStringLiteral("flowlogs"))}).records, 20000);
    const ExplainResult r = explainWorkspace(*ws);
    QCOMPARE(r.records, 20000);
    QCOMPARE(cls(r, ExplainClass::LoggedRejectConfigAccepts), 0);
    QCOMPARE(cls(r, ExplainClass::LoggedAcceptConfigRejects), 0);
    QVERIFY(cls(r, ExplainClass::Agree) > 15000);
}

// tests/data/dualstack/flows.log: four records at the database's interface, worked out by hand
// against the dual-stack rules (see tst_ruletraceipv6):
//  web6 -> db6 tcp 5432 ACCEPT: db-acl 100 and the web group reference allow it    -> agree
//  2001:db8::7 -> db6 tcp 5432 REJECT: db-acl 110 allows, no group rule does        -> agree
//  2001:db8::7 -> db6 tcp 22 REJECT: db-acl 120 and "tcp 22 from ::/0" allow it       -> logged REJECT, config accepts
//  web4 -> db4 tcp 5432 REJECT: the IPv4 '*' of db-acl                               -> agree
void TestFlowExplainer::ipv6RecordsAreExplained()
{
    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("v6.vpclens")), &error);
    QVERIFY2(ws, qPrintable(error));
    const QString dir = test::sourcePath(QStringLiteral("tests/data/dualstack"));
    importTopology(*ws, {dir}, QDateTime::fromSecsSinceEpoch(1690000000, Qt::UTC));
    importFlowLogs(*ws, {dir + QStringLiteral("/flows.log")});
    const ExplainResult r = explainWorkspace(*ws);
    QCOMPARE(r.records, 4);
    QCOMPARE(cls(r, ExplainClass::NotExplainable), 0);
    QCOMPARE(cls(r, ExplainClass::Agree), 3);
    QCOMPARE(cls(r, ExplainClass::LoggedRejectConfigAccepts), 1);
    sql::Statement q(ws->handle(), "SELECT f.dport, d.kind, d.component, d.rule FROM explain_disagreements d JOIN flows f ON f.id = d.flow_id");
    QVERIFY(q.step());
    QCOMPARE(q.int64(0), 22);
    QCOMPARE(q.text(1), QStringLiteral("sg-ingress")); // the hop that let it through last
    QCOMPARE(q.text(2), QStringLiteral("sg-0d60000000000f002"));
    QVERIFY(!q.step());
}

// db-1 (whose group allows nothing out) asks the Amazon DNS server at the VPC base + 2 and the
// instance metadata service: neither meets a security group or NACL (AWS: "Network ACL basics"), so
// neither is a disagreement; a query to another address is (logged ACCEPT, the configuration rejects).
void TestFlowExplainer::neverFilteredTrafficIsNamed()
{
    auto ws = sample(QStringLiteral("unfiltered.vpclens"));
    const QString path = m_dir.filePath(QStringLiteral("unfiltered.log"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("2 111122223333 eni-01000000000000006 10.10.20.41 10.10.0.2 40000 53 17 1 60 1748762400 1748762460 ACCEPT OK\n"
            "2 111122223333 eni-01000000000000006 10.10.20.41 169.254.169.254 40001 80 6 3 180 1748762400 1748762460 ACCEPT OK\n"
            "2 111122223333 eni-01000000000000006 10.10.20.41 10.10.0.9 40002 53 17 1 60 1748762400 1748762460 ACCEPT OK\n");
    f.close();
    QCOMPARE(importFlowLogs(*ws, {path}).records, 3);
    const ExplainResult r = explainWorkspace(*ws);
    QCOMPARE(cls(r, ExplainClass::Unfiltered), 2);
    QCOMPARE(cls(r, ExplainClass::LoggedAcceptConfigRejects), 1);
}

QTEST_GUILESS_MAIN(TestFlowExplainer)
#include "tst_flowexplainer.moc"
