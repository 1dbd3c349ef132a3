// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

using namespace vpclens;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void englishPluralsWithoutATranslation_data();
    void englishPluralsWithoutATranslation();
};

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

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
