// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlog/flowlinereader.h"
#include "testfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>


using namespace vpclens;
using vpclens::test::gzipMember;

namespace {


QStringList readAll(const QString &path, bool *damaged = nullptr, bool *lastTerminated = nullptr)
{
    FlowLineReader r;
    QString error;
    if (!r.open(path, &error))
        return {QStringLiteral("ERROR ") + error};
    QStringList lines;
    std::string_view line;
    std::int64_t no = 0;
    bool term = true;
    while (r.next(line, no, term))
        lines << QString::fromUtf8(line.data(), qsizetype(line.size()));
    if (damaged)
        *damaged = r.damaged();
    if (lastTerminated)
        *lastTerminated = term;
    return lines;
}

} // namespace

class TestFlowLineReader : public QObject
{
    Q_OBJECT
private slots:
    void plainWithoutFinalNewline();
    void gzipMembersAreConcatenated();
    void truncatedGzipKeepsCompleteLines();
    void cloudWatchGetLogEvents();
    void subscriptionPayloadGzip();
    void firehoseConcatenatedPayloads();
    void exportTaskTimestampsStripped();
    void parquetRefused();
    void missingFileNamed();
    void sameContentSameHash();

private:
    QString write(const QString &name, const QByteArray &data) { return test::writeFile(QDir(m_dir.path()), name, data); }
    QTemporaryDir m_dir;
};

void TestFlowLineReader::plainWithoutFinalNewline()
{
    bool damaged = true, term = true;
    const QStringList lines = readAll(write(QStringLiteral("a.log"), "one\ntwo\nthree"), &damaged, &term);
    QCOMPARE(lines, (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
    QVERIFY(!damaged);
    QVERIFY(!term);
}

void TestFlowLineReader::gzipMembersAreConcatenated()
{
    const QString path = write(QStringLiteral("m.log.gz"), gzipMember("a\nb\n") + gzipMember("c\n") + gzipMember("d\n"));
    bool damaged = true;
    QCOMPARE(readAll(path, &damaged), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    QVERIFY(!damaged);
}

void TestFlowLineReader::truncatedGzipKeepsCompleteLines()
{
    QByteArray second;
    for (int i = 0; i < 2000; ++i)
        second += "record number " + QByteArray::number(i) + " with some padding to make it longer\n";
    const QByteArray cut = gzipMember(second).left(gzipMember(second).size() / 2);
    const QString path = write(QStringLiteral("t.log.gz"), gzipMember("first\nsecond\n") + cut);
    bool damaged = false, term = true;
    const QStringList lines = readAll(path, &damaged, &term);
    QVERIFY(damaged);
    QVERIFY(lines.size() > 2 && lines.size() < 2002);
    QCOMPARE(lines.at(0), QStringLiteral("first"));
    QCOMPARE(lines.at(2), QStringLiteral("record number 0 with some padding to make it longer"));
    // Every complete line decoded before the damage is intact.
    for (int i = 2; i < lines.size() - 1; ++i)
        QCOMPARE(lines.at(i), QStringLiteral("record number %1 with some padding to make it longer").arg(i - 2));
}

void TestFlowLineReader::cloudWatchGetLogEvents()
{
    const QString path = write(QStringLiteral("events.json"),
        R"({"events": [{"timestamp": 1, "message": "2 1 eni-1 - - - - - - - 1 2 - NODATA", "ingestionTime": 2},
                       {"timestamp": 1, "message": "2 1 eni-2 - - - - - - - 1 2 - SKIPDATA"}], "searchedLogStreams": []})");
    QCOMPARE(readAll(path), (QStringList{QStringLiteral("2 1 eni-1 - - - - - - - 1 2 - NODATA"), QStringLiteral("2 1 eni-2 - - - - - - - 1 2 - SKIPDATA")}));
}

void TestFlowLineReader::subscriptionPayloadGzip()
{
    const QString path = write(QStringLiteral("payload.gz"),
        gzipMember(R"({"messageType": "DATA_MESSAGE", "logEvents": [{"id": "1", "timestamp": 1, "message": "x y"}]})"));
    QCOMPARE(readAll(path), QStringList{QStringLiteral("x y")});
}

void TestFlowLineReader::firehoseConcatenatedPayloads()
{
    const QString path = write(QStringLiteral("firehose"),
        R"({"messageType": "CONTROL_MESSAGE", "logEvents": [{"message": "CWL CONTROL MESSAGE"}]}{"messageType": "DATA_MESSAGE", "logEvents": [{"message": "a"}]}{"messageType": "DATA_MESSAGE", "logEvents": [{"message": "b"}]})");
    QCOMPARE(readAll(path), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestFlowLineReader::exportTaskTimestampsStripped()
{
    const QString path = write(QStringLiteral("000000"),
        "2021-03-04T05:06:07.000Z 2 1 eni-1 - - - - - - - 1 2 - NODATA\n2021-03-04T05:06:08.000Z 2 1 eni-2 - - - - - - - 1 2 - NODATA\n");
    QCOMPARE(readAll(path), (QStringList{QStringLiteral("2 1 eni-1 - - - - - - - 1 2 - NODATA"), QStringLiteral("2 1 eni-2 - - - - - - - 1 2 - NODATA")}));
}

void TestFlowLineReader::parquetRefused()
{
    const QString path = write(QStringLiteral("x.parquet"), QByteArray("PAR1") + QByteArray(100, '\0'));
    const QStringList r = readAll(path);
    QCOMPARE(r.size(), 1);
    QVERIFY(r[0].startsWith(QStringLiteral("ERROR ") + path));
    QVERIFY(r[0].contains(QLatin1String("Parquet")));
}

void TestFlowLineReader::missingFileNamed()
{
    const QString path = m_dir.filePath(QStringLiteral("nope.log"));
    const QStringList r = readAll(path);
    QVERIFY(r.value(0).contains(path));
}

void TestFlowLineReader::sameContentSameHash()
{
    auto hashOf = [](const QString &p) {
        FlowLineReader r;
        r.open(p, nullptr);
        std::string_view l;
        std::int64_t n;
        bool t;
        while (r.next(l, n, t)) {}
        return r.contentHash();
    };
    const QString a = write(QStringLiteral("h1.log"), "same\ncontent\n");
    const QString b = write(QStringLiteral("h2.log"), "same\ncontent\n");
    const QString c = write(QStringLiteral("h3.log"), "other\ncontent\n");
    QCOMPARE(hashOf(a), hashOf(b));
    QVERIFY(hashOf(a) != hashOf(c));
}

QTEST_GUILESS_MAIN(TestFlowLineReader)
#include "tst_flowlinereader.moc"
