// SPDX-License-Identifier: GPL-3.0-or-later
// Validates the desktop entry, the AppStream metadata, the MIME type and the manual page with the
// distribution's own tools.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

class TestPackaging : public QObject
{
    Q_OBJECT
private slots:
    void desktopFileIsValid();
    void metainfoIsValid();
    void packageListHasBothSections();
    void workspacesHaveTheirMimeType();
    void manPageHasEveryCommand();

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

// The shared-mime-info definition, compiled by the distribution's update-mime-database into a
// database of its own (as a file manager reads it): *.vpclens is a VpcLens
// workspace, the type the desktop entry opens.
void TestPackaging::workspacesHaveTheirMimeType()
{
    const QString update = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    if (update.isEmpty())
        QSKIP("update-mime-database is not installed (shared-mime-info)");
    QTemporaryDir data;
    QVERIFY(QDir(data.path()).mkpath(QStringLiteral("mime/packages")));
    QVERIFY(QFile::copy(QStringLiteral(VPCLENS_APP_ID_FILE ".mime.xml"), data.filePath(QStringLiteral("mime/packages/vpclens.xml"))));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(update, {QStringLiteral("-V"), data.filePath(QStringLiteral("mime"))});
    QVERIFY(p.waitForFinished(60000));
    const QString log = QString::fromUtf8(p.readAll());
    QVERIFY2(p.exitCode() == 0 && !log.contains(QLatin1String("rror")) && !log.contains(QLatin1String("arning")), qPrintable(log));
    QVERIFY(QFile::exists(data.filePath(QStringLiteral("mime/mime.cache"))));
    QFile types(data.filePath(QStringLiteral("mime/types")));
    QVERIFY(types.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(types.readAll()).split(QLatin1Char('\n')).contains(QStringLiteral("application/x-vpclens-workspace")));
    QFile globs(data.filePath(QStringLiteral("mime/globs2")));
    QVERIFY(globs.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(globs.readAll()).contains(QLatin1String("application/x-vpclens-workspace:*.vpclens")));
    // The desktop entry opens that type.
    QSettings desktop(QStringLiteral(VPCLENS_APP_ID_FILE ".desktop"), QSettings::IniFormat);
    QVERIFY(desktop.value(QStringLiteral("Desktop Entry/MimeType")).toString().split(QLatin1Char(';')).contains(QStringLiteral("application/x-vpclens-workspace")));
}

// vpclens-cli(1) is written from the program's own help at build time: every command has its
// section, every option of a command its entry, and groff reads it without a warning.
void TestPackaging::manPageHasEveryCommand()
{
    QFile page(QStringLiteral(VPCLENS_MANPAGE));
    if (!page.exists())
        QSKIP("the manual page is not built in this tree (a sanitizer build)");
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString roff = QString::fromUtf8(page.readAll());
    QProcess cli;
    cli.start(QStringLiteral(VPCLENS_CLI), {QStringLiteral("--help")});
    QVERIFY(cli.waitForFinished(60000));
    const QString usage = QString::fromUtf8(cli.readAllStandardOutput());
    const QRegularExpression command(QStringLiteral("^  ([a-z-]+)  "), QRegularExpression::MultilineOption);
    int commands = 0;
    for (auto it = command.globalMatch(usage); it.hasNext();) {
        const QString name = it.next().captured(1);
        ++commands;
        QVERIFY2(roff.contains(QStringLiteral(".SS ") + QString(name).replace(QLatin1Char('-'), QLatin1String("\\-")) + QLatin1Char('\n')), qPrintable(name));
    }
    QVERIFY(commands >= 15);
    // query's options, as its --help lists them.
    for (const char *option : {"workspace", "filter", "group\\-by", "format", "limit", "count", "newest\\-first"})
        QVERIFY2(roff.contains(QStringLiteral("\\fB\\-\\-") + QLatin1String(option)), option);
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    if (groff.isEmpty())
        QSKIP("groff is not installed");
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"), QStringLiteral("-z"), page.fileName()});
    QVERIFY(check.waitForFinished(60000));
    QVERIFY2(check.exitCode() == 0 && check.readAll().trimmed().isEmpty(), "groff warns about the manual page");
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
