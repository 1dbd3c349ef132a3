// SPDX-License-Identifier: GPL-3.0-or-later
// Validates the desktop entry and the AppStream metadata with the distribution's own validators.
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

class TestPackaging : public QObject
{
    Q_OBJECT
private slots:
    void desktopFileIsValid();
    void metainfoIsValid();
    void packageListHasBothSections();

private:
    static void validate(const QString &tool, const QStringList &args)
    {
        const QString exe = QStandardPaths::findExecutable(tool);
        if (exe.isEmpty())
            QSKIP(qPrintable(tool + QStringLiteral(" is not installed (packaging/setup.sh installs it)")));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(exe, args);
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAll())));
    }
};

void TestPackaging::desktopFileIsValid()
{
    validate(QStringLiteral("desktop-file-validate"), {QStringLiteral(VPCLENS_APP_ID_FILE ".desktop")});
}

void TestPackaging::metainfoIsValid()
{
    validate(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
                                              QStringLiteral(VPCLENS_APP_ID_FILE ".metainfo.xml")});
}

void TestPackaging::packageListHasBothSections()
{
    QFile f(QStringLiteral(VPCLENS_SOURCE_DIR "/packaging/debian-packages.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QLatin1String("[build]")));
    QVERIFY(text.contains(QLatin1String("[runtime]")));
    for (const char *pkg : {"qt6-base-dev", "libqcustomplot-dev", "libgraphviz-dev", "desktop-file-utils", "appstream", "libqt6sql6-sqlite", "qt6-qpa-plugins"})
        QVERIFY2(text.contains(QLatin1String(pkg)), pkg);
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
