// SPDX-License-Identifier: GPL-3.0-or-later
// vpclens: the desktop application. Arguments are parsed before the GUI exists, so --help and
// --version work without a display.
#include "automation/guibench.h"
#include "automation/screenshottour.h"
#include "base/appinfo.h"
#include "base/translations.h"
#include "guardedapplication.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cstring>
#include <memory>

using namespace vpclens;

namespace {

bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    std::unique_ptr<QCoreApplication> app;
    if (wantsTextOnly(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<GuardedApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QLatin1String(kOrganization));
    QCoreApplication::setApplicationName(QLatin1String(kApplicationName));
    QCoreApplication::setApplicationVersion(QLatin1String(kVersion));
    installTranslations(languageArgument(argc, argv));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "VpcLens explores AWS VPC topology and VPC Flow Logs offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"), QCoreApplication::translate("main", "The workspace file (.vpclens) to open."), QStringLiteral("[workspace]"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("main", "Use this language (for example de) instead of the system's."), QStringLiteral("code"));
    const QCommandLineOption sample(QStringLiteral("sample"), QCoreApplication::translate("main", "Open the bundled sample estate."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QCoreApplication::translate("main", "Save a picture of the window to this PNG file once the workspace is shown, then quit."), QStringLiteral("file"));
    const QCommandLineOption bench(QStringLiteral("bench"), QCoreApplication::translate("main", "Open this workspace, print how long opening, filtering, changing the time range and panning take, then quit."), QStringLiteral("workspace"));
    const QCommandLineOption tour(QStringLiteral("tour"), QCoreApplication::translate("main", "Open the workspace given (or the sample), take the README's screenshots into this folder, then quit."), QStringLiteral("folder"));
    parser.addOptions({lang, sample, screenshot, bench, tour});
    parser.process(*app);

    auto *gui = qobject_cast<QApplication *>(app.get());
    if (!gui)
        return 0; // not reached: --help and --version exit in process()
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vpclens.svg")));
    QApplication::setDesktopFileName(QLatin1String(kAppId));

    if (parser.isSet(bench))
        return runGuiBench(parser.value(bench), sinceStart);

    if (parser.isSet(tour))
        return runScreenshotTour(parser.positionalArguments().value(0), parser.value(tour));

    MainWindow window;
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QObject::connect(&window, &MainWindow::workspaceOpened, &window, [&window, file] {
            QTimer::singleShot(800, &window, [&window, file] {
                window.grab().save(file);
                QApplication::quit();
            });
        });
    }
    window.show();
    // Another program writing to the workspace: said in the status bar while VpcLens waits for it.
    Workspace::setBusyNotice([&window](const QString &notice) {
        QMetaObject::invokeMethod(&window, [&window, notice] { window.statusBar()->showMessage(notice, 30000); }, Qt::QueuedConnection);
    });

    const QString remembered = QSettings().value(QStringLiteral("lastWorkspace")).toString();
    if (!parser.positionalArguments().isEmpty())
        window.openWorkspace(parser.positionalArguments().constFirst());
    else if (!parser.isSet(sample) && !remembered.isEmpty() && QFileInfo::exists(remembered))
        window.openWorkspace(remembered);
    else
        window.openSample();
    return QApplication::exec();
}
