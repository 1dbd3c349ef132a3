// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vpclens;

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void createsAndReopens();
    void refusesMissingFileWithoutCreate();
    void refusesForeignFile();
    void refusesNewerSchema();
    void refusesOtherSqliteDatabase();
    void metaRoundTrips();

private:
    QTemporaryDir m_dir;
};

void TestWorkspace::createsAndReopens()
{
    const QString path = m_dir.filePath(QStringLiteral("a.vpclens"));
    QString error;
    {
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->snapshotCount(), 0);
        QCOMPARE(ws->flowCount(), 0);
    }
    auto again = Workspace::open(path, &error, false);
    QVERIFY2(again, qPrintable(error));
    sql::Statement v(again->handle(), "PRAGMA user_version");
    QVERIFY(v.step());
    QCOMPARE(v.int64(0), 1);
}

void TestWorkspace::refusesMissingFileWithoutCreate()
{
    QString error;
    QVERIFY(!Workspace::open(m_dir.filePath(QStringLiteral("missing.vpclens")), &error, false));
    QVERIFY(error.contains(QLatin1String("does not exist")));
}

void TestWorkspace::refusesForeignFile()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.vpclens"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("this is a text file, not a database\n").repeated(200));
    f.close();
    QString error;
    QVERIFY(!Workspace::open(path, &error, false));
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("not a workspace")), qPrintable(error));
}

void TestWorkspace::refusesNewerSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("future.vpclens"));
    QString error;
    {
        auto ws = Workspace::open(path, &error);
        QVERIFY(ws);
        sql::exec(ws->handle(), "PRAGMA user_version=99");
    }
    QVERIFY(!Workspace::open(path, &error, false));
    QVERIFY2(error.contains(QLatin1String("newer VpcLens")), qPrintable(error));
}

void TestWorkspace::refusesOtherSqliteDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("other.db"));
    {
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        sql::DbPtr db(raw);
        sql::exec(raw, "CREATE TABLE t(x); INSERT INTO t VALUES(1);");
    }
    QString error;
    QVERIFY(!Workspace::open(path, &error, false));
    QVERIFY2(error.contains(QLatin1String("not a VpcLens workspace")), qPrintable(error));
}

void TestWorkspace::metaRoundTrips()
{
    QString error;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("meta.vpclens")), &error);
    QVERIFY(ws);
    QCOMPARE(ws->meta(QStringLiteral("title")), QString());
    ws->setMeta(QStringLiteral("title"), QStringLiteral("Prod review"));
    ws->setMeta(QStringLiteral("title"), QStringLiteral("Prod review 2"));
    QCOMPARE(ws->meta(QStringLiteral("title")), QStringLiteral("Prod review 2"));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
