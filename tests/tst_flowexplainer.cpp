// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowexplainer.h"
#include "flowimporter.h"
#include "testpaths.h"
#include "topologyimporter.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

void TestFlowExplainer::changedRuleShowsUpAsDisagreement()
{
    // A newer snapshot without data-nacl's rule 90: the 24 bastion -> db attempts the log shows as
    // rejected (every 15 minutes for 6 hours) are now accepted by the configuration.
    auto ws = sample(QStringLiteral("b.vpclens"));
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
    importTopology(*ws, {changed.path()}, QDateTime::fromSecsSinceEpoch(1748800000, Qt::UTC));

    const ExplainResult r = explainWorkspace(*ws);
    QCOMPARE(cls(r, ExplainClass::LoggedRejectConfigAccepts), 24);
    QCOMPARE(cls(r, ExplainClass::LoggedAcceptConfigRejects), 0);
    sql::Statement q(ws->handle(), "SELECT COUNT(*) FROM explain_disagreements d JOIN flows f ON f.id = d.flow_id "
                                   "WHERE d.class = 1 AND f.dport = 5432 AND f.src = 168427540"); // 10.10.0.20, the bastion
    QVERIFY(q.step());
    QCOMPARE(q.int64(0), 24);
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

QTEST_GUILESS_MAIN(TestFlowExplainer)
#include "tst_flowexplainer.moc"
