// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built programs as a user would, without a display.
#include "testpaths.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

#include <limits>

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
    void killedImportLeavesConsistentWorkspace();
    void infoListsEveryProblem();
    void ipv6TraceAndExplain();
    void argumentErrorsNameTheArgument();
    void fieldCountSaysWhatItExpected();
    void queryInStartTimeOrder();
    void queryGivesTheCommunityId();
    void subcommandHelpNamesIt();
    void queryShowsTheFieldsOfVersions3To8();
    void importsACapture();
    void namesForOutsideAddresses();

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

// The fields of versions 3-8 in query's JSON and in the filter: the AWS documentation's NAT gateway
// example (its format in the .fields.txt beside it), the expected values read from the raw lines.
void TestCommandLine::queryShowsTheFieldsOfVersions3To8()
{
    if (!vpclens::test::haveShared())
        QSKIP("../shared/data/real is not here");
    const QString dir = vpclens::test::sharedPath(QStringLiteral("data/real/awsdocs-vpc-user-guide/flow-logs-records-examples"));
    QFile fields(dir + QStringLiteral("/nat-gateway.fields.txt")), log(dir + QStringLiteral("/nat-gateway.log"));
    QVERIFY(fields.open(QIODevice::ReadOnly) && log.open(QIODevice::ReadOnly));
    const QStringList names = QString::fromUtf8(fields.readAll()).simplified().split(QLatin1Char(' '));
    QStringList format;
    for (const QString &n : names)
        format << QStringLiteral("${%1}").arg(n);
    // The raw lines with as many fields as the format: pkt-srcaddr and pkt-dstaddr by position.
    QList<QStringList> lines;
    for (const QByteArray &line : log.readAll().split('\n'))
        if (const QStringList f = QString::fromUtf8(line).simplified().split(QLatin1Char(' ')); f.size() == names.size())
            lines << f;
    QVERIFY(lines.size() >= 4);
    const qsizetype pktSrc = names.indexOf(QStringLiteral("pkt-srcaddr")), pktDst = names.indexOf(QStringLiteral("pkt-dstaddr"));
    QTemporaryDir tmp;
    const QString ws = tmp.filePath(QStringLiteral("nat.vpclens"));
    QCOMPARE(run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--flows"),
                                               log.fileName(), QStringLiteral("--format"), format.join(QLatin1Char(' '))}).code, 0);
    const Run q = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"), QStringLiteral("json")});
    QStringList seen, expected;
    for (const QJsonValue &r : QJsonDocument::fromJson(q.out.toUtf8()).array())
        seen << r[QStringLiteral("pkt-srcaddr")].toString() + QLatin1Char('>') + r[QStringLiteral("pkt-dstaddr")].toString();
    for (const QStringList &f : lines)
        expected << f[pktSrc] + QLatin1Char('>') + f[pktDst];
    seen.sort();
    expected.sort();
    QCOMPARE(seen, expected);
    // The filter: the records a NAT gateway rewrote for the internet host 203.0.113.5.
    const qsizetype toHost = std::count_if(lines.cbegin(), lines.cend(), [&](const QStringList &f) { return f[pktDst] == QLatin1String("203.0.113.5"); });
    const Run c = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--count"),
                                                    QStringLiteral("--filter"), QStringLiteral("pkt-dstaddr == 203.0.113.5")});
    QCOMPARE(c.out.trimmed().toLongLong(), toHost);
    // Field against field: the records the NAT gateway rewrote (the address in the packet is not the
    // address in the record), counted from the raw lines.
    const qsizetype src = names.indexOf(QStringLiteral("srcaddr")), dst = names.indexOf(QStringLiteral("dstaddr"));
    const qsizetype rewritten = std::count_if(lines.cbegin(), lines.cend(), [&](const QStringList &f) { return f[pktSrc] != f[src] || f[pktDst] != f[dst]; });
    QVERIFY(rewritten > 0 && rewritten < lines.size());
    const Run nat = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--count"),
                                                      QStringLiteral("--filter"), QStringLiteral("pkt-srcaddr != srcaddr or pkt-dstaddr != dstaddr")});
    QCOMPARE(nat.out.trimmed().toLongLong(), rewritten);
    const Run same = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--count"),
                                                       QStringLiteral("--filter"), QStringLiteral("pkt-srcaddr == srcaddr and pkt-dstaddr == dstaddr")});
    QCOMPARE(same.out.trimmed().toLongLong(), lines.size() - rewritten);
}

// A sub-command's --help names the sub-command in its usage line, not the program's path.
void TestCommandLine::subcommandHelpNamesIt()
{
    for (const QString &command : {QStringLiteral("query"), QStringLiteral("import"), QStringLiteral("bench-capture")}) {
        const Run r = run(QStringLiteral(VPCLENS_CLI), {command, QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: vpclens-cli %1 [options]").arg(command)), qPrintable(r.out.left(200)));
    }
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

// `names`: a block named in the workspace names the conversations' clients outside the estate;
// AWS's shipped ranges name an S3 address (ip-ranges.json lists 52.219.72.0/22 as AMAZON and S3,
// eu-central-1, and no longer prefix holds .242); a malformed --add names itself.
void TestCommandLine::namesForOutsideAddresses()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.vpclens"));
    const QString cli = QStringLiteral(VPCLENS_CLI);
    QCOMPARE(run(cli, {QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--topology"),
                       vpclens::test::sourcePath(QStringLiteral("resources/sample/topology")), QStringLiteral("--flows"),
                       vpclens::test::sourcePath(QStringLiteral("resources/sample/flowlogs"))}).code, 0);
    const Run add = run(cli, {QStringLiteral("names"), QStringLiteral("--workspace"), ws, QStringLiteral("--add"), QStringLiteral("203.0.113.0/24=office")});
    QVERIFY2(add.code == 0, qPrintable(add.err));
    QVERIFY2(add.out.startsWith(QLatin1String("203.0.113.0/24\toffice\n")), qPrintable(add.out));
    const Run q = run(cli, {QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--group-by"), QStringLiteral("conversation"),
                            QStringLiteral("--filter"), QStringLiteral("srcaddr in 203.0.113.0/24"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(q.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(q.out.toUtf8()).array();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue row : rows)
        if (row.toObject().value(QLatin1String("client")).toString().startsWith(QLatin1String("203.0.113.")))
            QCOMPARE(row.toObject().value(QLatin1String("client-name")).toString(), QStringLiteral("office"));
    const Run s3 = run(cli, {QStringLiteral("names"), QStringLiteral("--workspace"), ws, QStringLiteral("--lookup"), QStringLiteral("52.219.72.242")});
    QCOMPARE(s3.out, QStringLiteral("52.219.72.242\tAWS S3 eu-central-1\tAWS ip-ranges.json of 2022-06-12\n"));
    const Run bad = run(cli, {QStringLiteral("names"), QStringLiteral("--workspace"), ws, QStringLiteral("--add"), QStringLiteral("office")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(QLatin1String("'office' is not CIDR=NAME")), qPrintable(bad.err));
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

// The dual-stack fixture (see tst_ruletraceipv6 and tst_flowexplainer for the worked-out answers):
// an IPv6 trace from the command line, and the one disagreement printed with its IPv6 addresses.
void TestCommandLine::ipv6TraceAndExplain()
{
    const QString fixture = vpclens::test::sourcePath(QStringLiteral("tests/data/dualstack"));
    const Run trace = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("trace"), QStringLiteral("--topology"), fixture, QStringLiteral("--src"),
                                                        QStringLiteral("2001:db8::7"), QStringLiteral("--dst"), QStringLiteral("eni-0d6000000000a0002"),
                                                        QStringLiteral("--protocol"), QStringLiteral("tcp"), QStringLiteral("--dst-port"),
                                                        QStringLiteral("5432"), QStringLiteral("--json")});
    QVERIFY2(trace.code == 0, qPrintable(trace.err));
    const QJsonObject t = QJsonDocument::fromJson(trace.out.toUtf8()).object();
    QCOMPARE(t.value(QLatin1String("verdict")).toString(), QStringLiteral("REJECT"));
    QCOMPARE(t.value(QLatin1String("decided_by")).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("sg-ingress"));

    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("v6.vpclens"));
    const Run imp = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--topology"), fixture,
                                                      QStringLiteral("--flows"), fixture + QStringLiteral("/flows.log")});
    QVERIFY2(imp.code == 0, qPrintable(imp.err));
    const Run explain = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("explain"), QStringLiteral("--workspace"), ws, QStringLiteral("--json")});
    QVERIFY2(explain.code == 0, qPrintable(explain.err));
    const QJsonArray found = QJsonDocument::fromJson(explain.out.toUtf8()).object().value(QLatin1String("disagreements")).toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].toObject().value(QLatin1String("src")).toString(), QStringLiteral("2001:db8::7"));
    QCOMPARE(found[0].toObject().value(QLatin1String("dst")).toString(), QStringLiteral("2600:1f18:1234:5602::20"));
}

void TestCommandLine::importWithNothingReadableFails()
{
    QTemporaryDir dir;
    const Run r = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("import"), QStringLiteral("--workspace"), dir.filePath(QStringLiteral("w.vpclens")),
                                                    QStringLiteral("--topology"), dir.filePath(QStringLiteral("missing"))});
    QCOMPARE(r.code, 1);
}

void TestCommandLine::killedImportLeavesConsistentWorkspace()
{
    VPCLENS_REQUIRE_GENERATOR();
    QTemporaryDir dir;
    QCOMPARE(vpclens::test::runGenerator(dir.filePath(QStringLiteral("data")),
                                         {QStringLiteral("--records"), QStringLiteral("300000"), QStringLiteral("--vpcs"), QStringLiteral("2"),
                                          QStringLiteral("--days"), QStringLiteral("1")}), 0);
    const QString ws = dir.filePath(QStringLiteral("killed.vpclens"));
    QProcess import;
    import.start(QStringLiteral(VPCLENS_CLI), {QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--flows"),
                                               dir.filePath(QStringLiteral("data/flowlogs"))});
    QVERIFY(import.waitForStarted());
    // Wait until at least one file is committed (and more are in flight), then kill it hard.
    qint64 committed = 0;
    for (int i = 0; i < 2000 && committed == 0 && import.state() == QProcess::Running; ++i) {
        QThread::msleep(5);
        sqlite3 *raw = nullptr;
        const int rc = sqlite3_open_v2(ws.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
        vpclens::sql::DbPtr db(raw); // a handle is returned (and must be closed) even when opening fails
        if (rc == SQLITE_OK) {
            sqlite3_busy_timeout(raw, 50);
            try {
                vpclens::sql::Statement q(raw, "SELECT COUNT(*) FROM imports WHERE status = 'ok'");
                if (q.step())
                    committed = q.int64(0);
            } catch (const vpclens::sql::Error &) {
                // not created yet, or busy
            }
        }
    }
    QVERIFY2(import.state() == QProcess::Running, "the import finished before it could be killed");
    import.kill();
    QVERIFY(import.waitForFinished(10000));
    QVERIFY(committed > 0);

    QString error;
    auto w = vpclens::Workspace::open(ws, &error, false);
    QVERIFY2(w, qPrintable(error));
    auto scalar = [&](const char *sql) {
        vpclens::sql::Statement q(w->handle(), sql);
        return q.step() ? q.int64(0) : -1;
    };
    const qint64 okFiles = scalar("SELECT COUNT(*) FROM imports WHERE status = 'ok'");
    QVERIFY(okFiles >= committed);
    QVERIFY(okFiles < 288); // 2 VPCs x 144 windows: it was killed part-way
    QCOMPARE(scalar("SELECT COUNT(*) FROM imports WHERE status = 'partial'"), 0);
    QCOMPARE(scalar("SELECT COUNT(*) FROM flows"), scalar("SELECT SUM(records) FROM imports WHERE status = 'ok'"));
    QCOMPARE(scalar("SELECT COALESCE(SUM(flows), 0) FROM rollup_time"),
             scalar("SELECT COUNT(*) FROM flows WHERE (bits & 28) = 16 AND src IS NOT NULL AND dst IS NOT NULL"));
    // info says exactly which files are in it: each one imported whole, their records summing to the table's.
    const Run files = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("info"), QStringLiteral("--workspace"), ws, QStringLiteral("--files"),
                                                        QStringLiteral("--json")});
    QCOMPARE(files.code, 0);
    const QJsonArray listed = QJsonDocument::fromJson(files.out.toUtf8()).object().value(QLatin1String("files")).toArray();
    QCOMPARE(qint64(listed.size()), okFiles);
    qint64 listedRecords = 0;
    for (const QJsonValue v : listed) {
        QCOMPARE(v.toObject().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QVERIFY(QFileInfo::exists(v.toObject().value(QLatin1String("path")).toString()));
        listedRecords += v.toObject().value(QLatin1String("records")).toInteger();
    }
    QCOMPARE(listedRecords, scalar("SELECT COUNT(*) FROM flows"));
    // The rest imports on a second run, without duplicating what was already there.
    const Run again = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--flows"),
                                                        dir.filePath(QStringLiteral("data/flowlogs")), QStringLiteral("--json")});
    QCOMPARE(again.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("flow_files_skipped")).toInteger(), okFiles);
    QCOMPARE(scalar("SELECT COUNT(*) FROM flows"), 300000);
}

void TestCommandLine::infoListsEveryProblem()
{
    // `info --problems` prints each bad line as file:line: reason: text, like the import did; the
    // addresses the generator's manifest says it broke are all there.
    VPCLENS_REQUIRE_GENERATOR();
    QTemporaryDir dir;
    QCOMPARE(vpclens::test::runGenerator(dir.filePath(QStringLiteral("data")),
                                         {QStringLiteral("--records"), QStringLiteral("6000"), QStringLiteral("--vpcs"), QStringLiteral("1"),
                                          QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--malformed-rate"), QStringLiteral("0.01")}),
             0);
    const QHash<QString, int> broken = vpclens::test::generatedMalformed(dir.filePath(QStringLiteral("data")));
    const int badAddresses = broken.value(QStringLiteral("bad-ip")), malformed = broken.value(QStringLiteral("malformed"));
    QVERIFY(badAddresses > 0);
    const QString ws = dir.filePath(QStringLiteral("w.vpclens"));
    QCOMPARE(run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--flows"),
                                               dir.filePath(QStringLiteral("data/flowlogs"))}).code,
             0);
    const Run info = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("info"), QStringLiteral("--workspace"), ws, QStringLiteral("--problems")});
    QCOMPARE(info.code, 0);
    const QStringList lines = info.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= malformed); // and the truncated gzip's warning
    int addresses = 0;
    static const QRegularExpression shape(QStringLiteral("^(/[^:]+\\.log\\.gz):([0-9]+): ([a-z-]+): "));
    for (const QString &line : lines) {
        const auto m = shape.match(line);
        if (!m.hasMatch()) {
            QVERIFY2(line.contains(QLatin1String(": truncated: ")), qPrintable(line)); // the damaged file, no line number
            continue;
        }
        QVERIFY(QFileInfo::exists(m.captured(1)));
        QVERIFY(m.captured(2).toInt() > 1);
        addresses += m.captured(3) == QLatin1String("address") ? 1 : 0;
    }
    QCOMPARE(addresses, badAddresses);
}

// tcp and udp need a destination port: no silent port 0. Each error names its argument; exit code 2.
void TestCommandLine::argumentErrorsNameTheArgument()
{
    const QString topology = vpclens::test::sourcePath(QStringLiteral("resources/sample/topology"));
    const QStringList base{QStringLiteral("trace"), QStringLiteral("--topology"), topology, QStringLiteral("--src"), QStringLiteral("10.10.0.20"),
                           QStringLiteral("--dst"), QStringLiteral("10.10.20.41")};
    const Run noPort = run(QStringLiteral(VPCLENS_CLI), base + QStringList{QStringLiteral("--protocol"), QStringLiteral("tcp")});
    QCOMPARE(noPort.code, 2);
    QVERIFY2(noPort.err.contains(QLatin1String("--dst-port")), qPrintable(noPort.err));
    const Run badPort = run(QStringLiteral(VPCLENS_CLI), base + QStringList{QStringLiteral("--protocol"), QStringLiteral("udp"), QStringLiteral("--dst-port"),
                                                                           QStringLiteral("70000")});
    QCOMPARE(badPort.code, 2);
    QVERIFY2(badPort.err.contains(QLatin1String("--dst-port")) && badPort.err.contains(QLatin1String("70000")), qPrintable(badPort.err));
    const Run badProtocol = run(QStringLiteral(VPCLENS_CLI), base + QStringList{QStringLiteral("--protocol"), QStringLiteral("tcpp")});
    QCOMPARE(badProtocol.code, 2);
    QVERIFY2(badProtocol.err.contains(QLatin1String("--protocol")), qPrintable(badProtocol.err));
    const Run ping = run(QStringLiteral(VPCLENS_CLI), base + QStringList{QStringLiteral("--protocol"), QStringLiteral("icmp")});
    QCOMPARE(ping.code, 0); // ICMP has no port
}

// A v2 header-less file whose lines carry two more fields (a custom format): the message says what
// was expected, what was found, and how to give the format.
void TestCommandLine::fieldCountSaysWhatItExpected()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("custom.log"));
    QFile f(log);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("2 1 eni-01 10.0.0.1 10.0.0.2 1 2 6 1 40 1748762400 1748762460 ACCEPT OK 5 vpc-1\n");
    f.close();
    const Run r = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("import"), QStringLiteral("--workspace"), dir.filePath(QStringLiteral("w.vpclens")),
                                                    QStringLiteral("--flows"), log});
    QVERIFY2(r.err.contains(QLatin1String("custom.log:1: bad line (field-count): expected 14 fields, found 16")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("--format")), qPrintable(r.err));
}

// The sample's files interleave in time (id order goes back 6 times, by a script over the
// workspace): query lists by start time, oldest first or with --newest-first newest first, every
// record once.
void TestCommandLine::queryInStartTimeOrder()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.vpclens"));
    QCOMPARE(run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--flows"),
                                               vpclens::test::sourcePath(QStringLiteral("resources/sample/flowlogs"))}).code, 0);
    for (const bool newest : {false, true}) {
        QStringList args{QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--limit"), QStringLiteral("0")};
        if (newest)
            args << QStringLiteral("--newest-first");
        const Run q = run(QStringLiteral(VPCLENS_CLI), args);
        QCOMPARE(q.code, 0);
        QStringList lines = q.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeFirst(); // the header
        QCOMPARE(lines.size(), 5184);
        QSet<QString> ids;
        qint64 previous = newest ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
        for (const QString &line : std::as_const(lines)) {
            const qint64 start = line.section(QLatin1Char(','), 1, 1).toLongLong();
            QVERIFY2(newest ? start <= previous : start >= previous, qPrintable(line));
            previous = start;
            ids.insert(line.section(QLatin1Char(','), 0, 0));
        }
        QCOMPARE(ids.size(), 5184);
    }
}

// Both sightings of one connection (the bastion's interface and the database's) carry the same
// Community ID; the value worked out apart from VpcLens, from the specification (SHA-1 of seed 0,
// 10.10.0.20, 10.10.21.42, protocol 6, a zero byte, ports 36619 and 5432; base64).
void TestCommandLine::queryGivesTheCommunityId()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.vpclens"));
    QCOMPARE(run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--flows"),
                                               vpclens::test::sourcePath(QStringLiteral("resources/sample/flowlogs"))}).code, 0);
    const Run q = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--filter"),
                                                    QStringLiteral("srcaddr == 10.10.0.20 and srcport == 36619 and dstport == 5432")});
    QCOMPARE(q.code, 0);
    QStringList lines = q.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = lines.takeFirst().split(QLatin1Char(','));
    const qsizetype column = header.indexOf(QStringLiteral("community-id")), source = header.indexOf(QStringLiteral("source"));
    QVERIFY(column > 0 && source > 0);
    QCOMPARE(lines.size(), 2);
    for (const QString &line : std::as_const(lines)) {
        QCOMPARE(line.split(QLatin1Char(',')).value(column), QStringLiteral("1:5WFRKRJBnxFdUd8uTANfCg3su10="));
        QCOMPARE(line.split(QLatin1Char(',')).value(source), QStringLiteral("flow-log"));
    }
}

// A capture beside the flow logs: Zeek's tcp.pcap (one HTTP connection, SYN to FIN) gives two
// capture flows, one each way, with the Community ID Zeek's baseline has for it and the handshake
// established; the filter finds them by source, state and Community ID.
void TestCommandLine::importsACapture()
{
    if (!vpclens::test::haveShared())
        QSKIP("../shared/data/real is not here");
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("c.vpclens"));
    const QString pcap = vpclens::test::sharedPath(QStringLiteral("data/real/zeek-traces/Traces/communityid/tcp.pcap"));
    const Run imported = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--capture"), pcap,
                                                           QStringLiteral("--json")});
    QCOMPARE(imported.code, 0);
    const QJsonObject summary = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("capture_frames")).toInt(), 12);
    QCOMPARE(summary.value(QStringLiteral("capture_flows")).toInt(), 2);
    const Run q = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--format"), QStringLiteral("json"),
                                                    QStringLiteral("--filter"),
                                                    QStringLiteral("source == capture and state == established and community-id == \"1:LQU9qZlK+B5F3KDmev6m5PMibrg=\"")});
    QCOMPARE(q.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(q.out.toUtf8()).array();
    QCOMPARE(rows.size(), 2);
    qint64 packets = 0;
    for (const QJsonValue &r : rows) {
        QCOMPARE(r[QStringLiteral("source")].toString(), QStringLiteral("capture"));
        QCOMPARE(r[QStringLiteral("state")].toString(), QStringLiteral("established"));
        packets += r[QStringLiteral("packets")].toInteger();
    }
    QCOMPARE(packets, 12);
    const Run none = run(QStringLiteral(VPCLENS_CLI), {QStringLiteral("query"), QStringLiteral("--workspace"), ws, QStringLiteral("--count"),
                                                       QStringLiteral("--filter"), QStringLiteral("source == flow-log")});
    QCOMPARE(none.out.trimmed(), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
