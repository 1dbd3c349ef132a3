// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/translations.h"
#include "graph/topologygraph.h"
#include "ingest/topologyimporter.h"
#include "query/flowfilter.h"
#include "testpaths.h"
#include "topology/estate.h"
#include "trace/ruletrace.h"
#include "workspace/storedestate.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void englishPluralsWithoutATranslation_data();
    void englishPluralsWithoutATranslation();
    void traceInGerman();
    void graphAndFilterInGerman();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws; // the sample's topology
    Estate m_estate;
};

void TestTranslations::initTestCase()
{
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("sample.vpclens")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    importTopology(*m_ws, {test::sourcePath(QStringLiteral("resources/sample/topology"))});
    m_estate = loadEstate(*m_ws);
}

void TestTranslations::englishPluralsWithoutATranslation_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("C locale (LANG=C.UTF-8)") << QStringLiteral("C");
    QTest::newRow("French, not translated") << QStringLiteral("fr_FR");
}

// The import summary counts files with %n: a locale VpcLens has no translation for (a desktop under
// LANG=C.UTF-8, say) must still read "1 file" and "1,728 files", not "1728 file(s)".
void TestTranslations::englishPluralsWithoutATranslation()
{
    QFETCH(QString, language);
    QVERIFY(installTranslations(language));
    const char *context = "vpclens::MainWindow";
    const char *source = "Topology: %n file(s) read, %1 resources stored.";
    QCOMPARE(QCoreApplication::translate(context, source, nullptr, 1), QStringLiteral("Topology: 1 file read, %1 resources stored."));
    QCOMPARE(QCoreApplication::translate(context, source, nullptr, 22), QStringLiteral("Topology: 22 files read, %1 resources stored."));
    QCOMPARE(QCoreApplication::translate("vpclens::ImportProgressDialog", "About %n second(s) left", nullptr, 1),
             QStringLiteral("About 1 second left"));
}

// The trace's sentence and hop details were looked up in a context the .ts file did not have, so
// German showed English. bastion -> db tcp/5432 on the sample is rejected by data-nacl rule 90.
void TestTranslations::traceInGerman()
{
    QVERIFY(installTranslations(QStringLiteral("de")));
    const Estate &estate = m_estate;
    Packet p;
    p.src = *parseIp("10.10.0.20");
    p.dst = *parseIp("10.10.20.41");
    p.protocol = 6;
    p.dstPort = 5432;
    const Trace rejected = RuleEvaluator(estate).trace(p);
    QVERIFY2(rejected.sentence.startsWith(QLatin1String("Abgelehnt von Netzwerk-ACL")), qPrintable(rejected.sentence));
    p.dst = *parseIp("169.254.169.254");
    p.dstPort = 80;
    const Trace metadata = RuleEvaluator(estate).trace(p);
    QVERIFY2(metadata.sentence.contains(QLatin1String("Instanz-Metadatendienst")), qPrintable(metadata.sentence));
    p.src = *parseIp("198.51.100.7");
    p.dst = *parseIp("10.10.20.41");
    p.dstPort = 5432;
    const Trace internet = RuleEvaluator(estate).trace(p);
    QVERIFY2(internet.sentence.contains(QStringLiteral("öffentliche IPv4-Adresse")), qPrintable(internet.sentence));
    QVERIFY(installTranslations(QStringLiteral("C")));
}

// The graph's node labels and the filter's errors were looked up in contexts the .ts file did not
// have (TopologyGraph, FlowFilter: lupdate files them under the class around the call).
void TestTranslations::graphAndFilterInGerman()
{
    QVERIFY(installTranslations(QStringLiteral("de")));
    const Estate &estate = m_estate;
    QStringList labels;
    for (const GraphNode &n : buildTopologyGraph(estate, {}).nodes)
        labels << n.label << n.badges;
    const QString all = labels.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Internet-Gateway")) && all.contains(QStringLiteral("öffentlich"))
                 && all.contains(QStringLiteral("isoliert")) && all.contains(QStringLiteral("→ Peering")),
             qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("Internet gateway")) && !all.contains(QLatin1String("isolated")), qPrintable(all));
    const auto compiled = compileFilter(QStringLiteral("dstport =="), {m_ws.get(), &estate});
    const auto *e = std::get_if<FilterError>(&compiled);
    QVERIFY(e);
    QVERIFY2(!e->message.startsWith(QLatin1String("Expected")), qPrintable(e->message));
    QVERIFY(installTranslations(QStringLiteral("C")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
