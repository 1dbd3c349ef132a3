// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundledsample.h"
#include "mainwindow.h"
#include "testpaths.h"
#include "translations.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QPlainTextEdit>
#include <QTreeView>

using namespace vpclens;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void hasTheProductDocks();
    void opensWorkspaceAndListsResources();
    void restoresWindowState();
    void germanTranslationIsUsed(); // last: it installs a translator for the process

private:
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VpcLensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    m_sample = m_dir.filePath(QStringLiteral("sample.vpclens"));
    QString error;
    QVERIFY2(buildSampleWorkspace(test::sourcePath(QStringLiteral("resources/sample")), m_sample, &error), qPrintable(error));
}

void TestMainWindow::hasTheProductDocks()
{
    MainWindow w;
    QStringList names;
    for (const QDockWidget *d : w.findChildren<QDockWidget *>())
        names << d->objectName();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("chartsDock"), QStringLiteral("detailsDock"), QStringLiteral("flowsDock"),
                                 QStringLiteral("graphDock"), QStringLiteral("resourcesDock"), QStringLiteral("traceDock")}));
    QCOMPARE(w.menuBar()->actions().size(), 3); // File, View, Help
}

void TestMainWindow::opensWorkspaceAndListsResources()
{
    MainWindow w;
    QSignalSpy opened(&w, &MainWindow::workspaceOpened);
    QVERIFY(w.openWorkspace(m_sample));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(w.workspacePath(), m_sample);
    auto *tree = w.findChild<QTreeView *>();
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 14);
    QVERIFY(w.windowTitle().contains(QLatin1String("Sample estate")));
    // Selecting a resource shows its raw JSON in the details dock.
    const QModelIndex vpcs = tree->model()->index(0, 0);
    tree->setCurrentIndex(tree->model()->index(0, 0, vpcs));
    auto *details = w.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    QVERIFY(details->widget()->findChild<QWidget *>());
    const auto edits = details->findChildren<QPlainTextEdit *>();
    QCOMPARE(edits.size(), 1);
    QVERIFY(edits.first()->toPlainText().contains(QLatin1String("\"VpcId\"")));
}

void TestMainWindow::restoresWindowState()
{
    {
        MainWindow w;
        w.show();
        w.findChild<QDockWidget *>(QStringLiteral("traceDock"))->hide();
        w.close();
    }
    MainWindow again;
    again.show();
    QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("traceDock"))->isVisible());
    again.findChild<QDockWidget *>(QStringLiteral("traceDock"))->show();
    again.close();
}

void TestMainWindow::germanTranslationIsUsed()
{
    QVERIFY(installTranslations(QStringLiteral("de")));
    MainWindow w;
    QCOMPARE(w.menuBar()->actions().at(0)->text(), QStringLiteral("&Datei"));
    QCOMPARE(w.menuBar()->actions().at(1)->text(), QStringLiteral("&Ansicht"));
    QCOMPARE(w.findChild<QDockWidget *>(QStringLiteral("traceDock"))->windowTitle(), QStringLiteral("Regelverfolgung"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
