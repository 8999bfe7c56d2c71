// SPDX-License-Identifier: GPL-3.0-or-later
// `gatehouse-cli sandbox serve` as a real process: exactly one JSON line once it listens, the
// documented keys, options taking effect, a clean exit on SIGTERM/SIGINT (temporary key file
// removed), and usage errors with exit code 2.
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "sandboxclients.h"
#include "sandboxtestutil.h"
#include "support/testhttp.h"

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Gatehouse::Test;

namespace {

QString cliPath()
{
    return qEnvironmentVariable("GATEHOUSE_CLI");
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

} // namespace

class TestSandboxCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servePrintsOneJsonLineAndStopsOnSigterm();
    void stopsOnSigint();
    void keyFileOption();
    void portInUseFails();
    void usageErrors_data();
    void usageErrors();

private:
    // Starts `sandbox serve args`, returns the parsed first stdout line.
    QJsonObject startServe(QProcess &process, const QStringList &args);
};

void TestSandboxCli::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), "GATEHOUSE_CLI must name gatehouse-cli");
}

QJsonObject TestSandboxCli::startServe(QProcess &process, const QStringList &args)
{
    process.start(
        cliPath(), QStringList{QStringLiteral("sandbox"), QStringLiteral("serve")} + args);
    if (!process.waitForStarted(10000))
        return {};
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(30000))
            return {};
    }
    const QByteArray line = process.readLine();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !line.endsWith('\n')
        || line.trimmed().contains('\n'))
        return {};
    return doc.object();
}

void TestSandboxCli::servePrintsOneJsonLineAndStopsOnSigterm()
{
    QProcess process;
    const QJsonObject info = startServe(process,
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--users"),
            QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("4"),
            QStringLiteral("--rate=50/10"), QStringLiteral("--task-seconds"), QStringLiteral("1"),
            QStringLiteral("--token-seconds"), QStringLiteral("60"), QStringLiteral("--faults"),
            QStringLiteral("slow=10,path=/v3/**")});
    QVERIFY2(!info.isEmpty(), process.readAllStandardError().constData());
    QCOMPARE(keysOf(info),
        (QSet<QString>{QStringLiteral("baseUrl"), QStringLiteral("sailpoint"),
            QStringLiteral("huawei"), QStringLiteral("securid")}));
    QCOMPARE(keysOf(info.value(QStringLiteral("sailpoint")).toObject()),
        (QSet<QString>{QStringLiteral("baseUrl"), QStringLiteral("clientId"),
            QStringLiteral("clientSecret")}));
    QCOMPARE(keysOf(info.value(QStringLiteral("huawei")).toObject()),
        (QSet<QString>{QStringLiteral("baseUrl"), QStringLiteral("region"),
            QStringLiteral("identityStoreId"), QStringLiteral("accessKey"),
            QStringLiteral("secretKey")}));
    QCOMPARE(keysOf(info.value(QStringLiteral("securid")).toObject()),
        (QSet<QString>{QStringLiteral("baseUrl"), QStringLiteral("keyFile")}));
    const QUrl base(info.value(QStringLiteral("baseUrl")).toString());
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(base.port() > 0);
    const QString keyFile = info.value(QStringLiteral("securid"))
                                .toObject()
                                .value(QStringLiteral("keyFile"))
                                .toString();
    QVERIFY(QFileInfo::exists(keyFile));

    // It serves, with the options given.
    TestHttp http;
    const QJsonObject extended =
        http.get(QUrl(base.toString() + QStringLiteral("/_sandbox/info"))).object();
    const QJsonObject options = extended.value(QStringLiteral("options")).toObject();
    QCOMPARE(options.value(QStringLiteral("users")).toInt(), 500);
    QCOMPARE(options.value(QStringLiteral("seed")).toString(), QStringLiteral("4"));
    QCOMPARE(options.value(QStringLiteral("rate")).toString(), QStringLiteral("50/10"));
    QCOMPARE(options.value(QStringLiteral("taskSeconds")).toInt(), 1);
    QCOMPARE(options.value(QStringLiteral("tokenSeconds")).toInt(), 60);
    QCOMPARE(
        options.value(QStringLiteral("faults")).toString(), QStringLiteral("slow=10,path=/v3/**"));
    const QJsonObject sailpoint = info.value(QStringLiteral("sailpoint")).toObject();
    const QByteArray token = sailpointToken(http, base,
        sailpoint.value(QStringLiteral("clientId")).toString().toLatin1(),
        sailpoint.value(QStringLiteral("clientSecret")).toString().toLatin1());
    const HttpResult list = http.get(
        QUrl(base.toString() + QStringLiteral("/v3/accounts?count=true&limit=1")), bearer(token));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.header("X-Total-Count"), QByteArray("500"));

    // Exactly one line: nothing more on stdout while serving.
    QVERIFY(!process.waitForReadyRead(300));
    QCOMPARE(process.bytesAvailable(), 0);

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    QVERIFY(!QFileInfo::exists(keyFile)); // the temporary key file went with it
    QCOMPARE(http.get(QUrl(base.toString() + QStringLiteral("/_sandbox/info"))).error,
        QNetworkReply::ConnectionRefusedError);
}

void TestSandboxCli::stopsOnSigint()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGINT is POSIX-only");
#else
    QProcess process;
    const QJsonObject info = startServe(process, {QStringLiteral("--users"), QStringLiteral("10")});
    QVERIFY(!info.isEmpty());
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
#endif
}

void TestSandboxCli::keyFileOption()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("admin.key"));
    QProcess process;
    const QJsonObject info = startServe(process,
        {QStringLiteral("--users"), QStringLiteral("10"), QStringLiteral("--key-file"), path});
    QVERIFY(!info.isEmpty());
    QCOMPARE(info.value(QStringLiteral("securid"))
                 .toObject()
                 .value(QStringLiteral("keyFile"))
                 .toString(),
        QFileInfo(path).absoluteFilePath());
    RsaKeyFile key;
    QString error;
    QVERIFY2(key.load(path, &error), qPrintable(error));
    QCOMPARE(QString::fromLatin1(key.adminRestApiUrl),
        info.value(QStringLiteral("baseUrl")).toString()
            + QStringLiteral("/AdminInterface/restapi/v1"));
    process.terminate();
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFileInfo::exists(path)); // a file the user named stays
}

void TestSandboxCli::portInUseFails()
{
    QProcess first;
    const QJsonObject info = startServe(first, {QStringLiteral("--users"), QStringLiteral("10")});
    QVERIFY(!info.isEmpty());
    const QString port =
        QString::number(QUrl(info.value(QStringLiteral("baseUrl")).toString()).port());
    QProcess second;
    second.start(cliPath(),
        {QStringLiteral("sandbox"), QStringLiteral("serve"), QStringLiteral("--port"), port});
    QVERIFY(second.waitForFinished(30000));
    QCOMPARE(second.exitCode(), 1);
    QVERIFY(second.readAllStandardError().contains(port.toLatin1()));
    QCOMPARE(second.readAllStandardOutput(), QByteArray());
    first.terminate();
    QVERIFY(first.waitForFinished(15000));
}

void TestSandboxCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("sandbox")};
    QTest::newRow("unknown subcommand")
        << QStringList{QStringLiteral("sandbox"), QStringLiteral("start")};
    const QStringList serve{QStringLiteral("sandbox"), QStringLiteral("serve")};
    QTest::newRow("port too big") << serve
            + QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("port not a number")
        << serve + QStringList{QStringLiteral("--port"), QStringLiteral("http")};
    QTest::newRow("port without value") << serve + QStringList{QStringLiteral("--port")};
    QTest::newRow("negative users")
        << serve + QStringList{QStringLiteral("--users"), QStringLiteral("-1")};
    QTest::newRow("too many users")
        << serve + QStringList{QStringLiteral("--users"), QStringLiteral("1000001")};
    QTest::newRow("bad seed") << serve + QStringList{QStringLiteral("--seed"), QStringLiteral("x")};
    QTest::newRow("bad rate") << serve
            + QStringList{QStringLiteral("--rate"), QStringLiteral("100")};
    QTest::newRow("bad task seconds")
        << serve + QStringList{QStringLiteral("--task-seconds"), QStringLiteral("-2")};
    QTest::newRow("bad token seconds") << serve + QStringList{QStringLiteral("--token-seconds=0")};
    QTest::newRow("bad faults") << serve
            + QStringList{QStringLiteral("--faults"), QStringLiteral("explode")};
    QTest::newRow("unknown option")
        << serve + QStringList{QStringLiteral("--verbose"), QStringLiteral("1")};
}

void TestSandboxCli::usageErrors()
{
    QFETCH(QStringList, args);
    QProcess process;
    process.start(cliPath(), args);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("usage error"), err.constData());
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
