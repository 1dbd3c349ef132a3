// SPDX-License-Identifier: GPL-3.0-or-later
// The core's layering, read from the sources (not the build: a unity build hides a missing include).
// model/ is one library in folders by domain; a folder includes only folders below it, never one on
// its own level or above, and every include of the project is written from model/ ("query/flowfilter.h").
// The core never includes the widgets or the programs. See docs/architecture.md.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Lowest first. Folders on one level are independent of each other.
const QHash<QString, int> &levels()
{
    static const QHash<QString, int> table{
        {QStringLiteral("base"), 1},
        {QStringLiteral("flowlog"), 2},
        {QStringLiteral("capture"), 2},
        {QStringLiteral("topology"), 3},
        {QStringLiteral("workspace"), 4},
        {QStringLiteral("trace"), 5}, {QStringLiteral("query"), 5}, {QStringLiteral("graph"), 5},
        {QStringLiteral("overlay"), 6}, {QStringLiteral("ingest"), 6}, {QStringLiteral("findings"), 6},
        {QStringLiteral("history"), 6},
        {QStringLiteral("report"), 7}, {QStringLiteral("models"), 7},
    };
    return table;
}

// What is wrong with the includes of the tree at `root` (a checkout: model/, widgets/, app/), one line
// each as "file:line: problem".
QStringList layeringProblems(const QString &root)
{
    static const QRegularExpression include(QStringLiteral(R"re(^\s*#\s*include\s+"([^"]+)")re"));
    const QDir model(root + QStringLiteral("/model"));
    QStringList problems;
    QDirIterator it(model.path(), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = model.relativeFilePath(path);
        const QString folder = relative.section(QLatin1Char('/'), 0, 0);
        if (!relative.contains(QLatin1Char('/')) || !levels().contains(folder)) {
            problems << QStringLiteral("model/%1: not in a folder of the layering").arg(relative);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems << QStringLiteral("model/%1: not readable").arg(relative);
            continue;
        }
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const auto m = include.match(QString::fromUtf8(file.readLine()));
            if (!m.hasMatch())
                continue;
            const QString target = m.captured(1);
            const QString where = QStringLiteral("model/%1:%2: ").arg(relative).arg(line);
            const QString to = target.section(QLatin1Char('/'), 0, 0);
            if (!target.contains(QLatin1Char('/')) || !QFileInfo::exists(model.filePath(target))) {
                // Qt's generated moc files are the one exception a folder may include unrooted.
                if (!target.endsWith(QLatin1String(".moc")))
                    problems << where + QStringLiteral("\"%1\" is not a core header written from model/").arg(target);
                continue;
            }
            if (to == folder)
                continue;
            if (!levels().contains(to))
                problems << where + QStringLiteral("\"%1\" is in no folder of the layering").arg(target);
            else if (levels().value(to) >= levels().value(folder))
                problems << where + QStringLiteral("%1 (level %2) includes \"%3\" (level %4): %5")
                                        .arg(folder).arg(levels().value(folder)).arg(target).arg(levels().value(to))
                                        .arg(levels().value(to) == levels().value(folder) ? QStringLiteral("sideways") : QStringLiteral("upwards"));
        }
    }
    // The widgets present and never include the programs.
    QDirIterator widgets(root + QStringLiteral("/widgets"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    const QDir app(root + QStringLiteral("/app"));
    while (widgets.hasNext()) {
        const QString path = widgets.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const auto m = include.match(QString::fromUtf8(file.readLine()));
            if (m.hasMatch() && !QFileInfo::exists(QFileInfo(path).dir().filePath(m.captured(1)))
                && !QFileInfo::exists(model.filePath(m.captured(1))) && !m.captured(1).endsWith(QLatin1String(".moc")))
                problems << QStringLiteral("%1:%2: \"%3\" is neither a widget nor a core header").arg(QDir(root).relativeFilePath(path)).arg(line).arg(m.captured(1));
        }
    }
    return problems;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void sourcesKeepTheLayering()
    {
        const QStringList problems = layeringProblems(QStringLiteral(VPCLENS_SOURCE_DIR));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyFolderHoldsSources()
    {
        // A folder of the table that went away, or one added without a level, is caught here.
        const QDir model(QStringLiteral(VPCLENS_SOURCE_DIR "/model"));
        const QStringList folders = model.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &f : folders)
            QVERIFY2(levels().contains(f), qPrintable(QStringLiteral("model/%1 has no level").arg(f)));
        for (auto it = levels().cbegin(); it != levels().cend(); ++it)
            QVERIFY2(folders.contains(it.key()), qPrintable(QStringLiteral("model/%1 is missing").arg(it.key())));
    }

    // The check itself, on trees written here: each planted include is found, by file and line.
    void plantedIncludesAreFound_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("upwards") << "model/base/clock.h" << QByteArray("#pragma once\n#include \"query/filter.h\"\n")
                                 << "model/base/clock.h:2: base (level 1) includes \"query/filter.h\" (level 5): upwards";
        QTest::newRow("sideways") << "model/trace/rule.cpp" << QByteArray("#include \"trace/rule.h\"\n\n#include \"query/filter.h\"\n")
                                  << "model/trace/rule.cpp:3: trace (level 5) includes \"query/filter.h\" (level 5): sideways";
        QTest::newRow("unrooted") << "model/query/other.cpp" << QByteArray("#include \"filter.h\"\n")
                                  << "model/query/other.cpp:1: \"filter.h\" is not a core header written from model/";
        QTest::newRow("flat") << "model/loose.h" << QByteArray("#pragma once\n") << "model/loose.h: not in a folder of the layering";
        QTest::newRow("widget in core") << "model/graph/draw.cpp" << QByteArray("#include \"graphview.h\"\n")
                                        << "model/graph/draw.cpp:1: \"graphview.h\" is not a core header written from model/";
        QTest::newRow("program in widgets") << "widgets/pane.cpp" << QByteArray("#include \"mainwindow.h\"\n")
                                            << "widgets/pane.cpp:1: \"mainwindow.h\" is neither a widget nor a core header";
    }

    void plantedIncludesAreFound()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        // A lawful tree first: a query header including base, a trace header, a widget and the program.
        writeFile(root.filePath("model/base/clock.h"), "#pragma once\n");
        writeFile(root.filePath("model/query/filter.h"), "#pragma once\n#include \"base/clock.h\"\n");
        writeFile(root.filePath("model/trace/rule.h"), "#pragma once\n#include \"base/clock.h\"\n");
        writeFile(root.filePath("widgets/graphview.h"), "#pragma once\n#include \"query/filter.h\"\n");
        writeFile(root.filePath("app/mainwindow.h"), "#pragma once\n#include \"graphview.h\"\n");
        QCOMPARE(layeringProblems(root.path()), QStringList());
        writeFile(root.filePath(file), content);
        QCOMPARE(layeringProblems(root.path()), QStringList{expected});
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
