// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built programs as a user would, without a display.
#include "testpaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void versionAndHelpWithoutDisplay_data();
    void versionAndHelpWithoutDisplay();
    void guiHelpInGerman();
    void unknownCommandIsBadArguments();
    void importThenInfoAsJson();
    void importWithNothingReadableFails();

private:
    struct Run {
        int code;
        QString out;
        QString err;
    };
    static Run run(const QString &program, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // --help/--version must not need one
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(60000))
            return {-1, {}, QStringLiteral("timeout")};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
};

void TestCommandLine::versionAndHelpWithoutDisplay_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cli version") << QStringLiteral(VPCLENS_CLI) << "--version" << "vpclens-cli 0.1.0";
    QTest::newRow("cli help") << QStringLiteral(VPCLENS_CLI) << "--help" << "Usage: vpclens-cli <command>";
    QTest::newRow("gui version") << QStringLiteral(VPCLENS_GUI) << "--version" << "VpcLens 0.1.0";
    QTest::newRow("gui help") << QStringLiteral(VPCLENS_GUI) << "--help" << "--screenshot";
}

void TestCommandLine::versionAndHelpWithoutDisplay()
{
    QFETCH(QString, program);
    QFETCH(QString, flag);
    QFETCH(QString, expected);
    const Run r = run(program, {flag});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out + r.err));
}

void TestCommandLine::guiHelpInGerman()
{
    const Run r = run(QStringLiteral(VPCLENS_GUI), {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("Die Arbeitsbereichsdatei")), qPrintable(r.out));
}

void TestCommandLine::unknownCommandIsBadArguments()
{
    QCOMPARE(run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("frobnicate")}).code, 2);
    QCOMPARE(run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("import"), QStringLiteral("--bogus")}).code, 2);
}

void TestCommandLine::importThenInfoAsJson()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.vpclens"));
    const Run imp = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--topology"),
                                                      vpclens::test::sourcePath(QStringLiteral("resources/sample/topology")), QStringLiteral("--json")});
    QVERIFY2(imp.code == 0, qPrintable(imp.err));
    QCOMPARE(QJsonDocument::fromJson(imp.out.toUtf8()).object().value(QLatin1String("topology_files")).toInt(), 14);
    const Run info = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("info"), QStringLiteral("--workspace"), ws, QStringLiteral("--json")});
    QCOMPARE(info.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("resources")).toObject().value(QLatin1String("subnet")).toInt(), 8);
    QCOMPARE(o.value(QLatin1String("snapshots")).toInt(), 1);
}

void TestCommandLine::importWithNothingReadableFails()
{
    QTemporaryDir dir;
    const Run r = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("import"), QStringLiteral("--workspace"), dir.filePath(QStringLiteral("w.vpclens")),
                                                    QStringLiteral("--topology"), dir.filePath(QStringLiteral("missing"))});
    QCOMPARE(r.code, 1);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
