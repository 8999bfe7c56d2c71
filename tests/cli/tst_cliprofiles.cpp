// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDirIterator>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "cli/clitestutil.h"
#include "support/tlstestserver.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

// gatehouse-cli as a user runs it: usage errors, profile management, and `profiles test`
// telling apart everything that can go wrong when connecting.
class TestCliProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionHelpAndUsageErrors_data();
    void versionHelpAndUsageErrors();
    void addListShowRemove();
    void invalidProfilesAreRefusedWithReasons();
    void testConnectionDiagnoses_data();
    void testConnectionDiagnoses();
    void unreachableProvidersAreTold();
    void secretsNeverLandInTheConfigFolder();

private:
    SandboxFixture m_sandbox{[] {
        SandboxOptions options;
        options.users = 300;
        return options;
    }()};
    QTemporaryDir m_dir;
    QHash<QString, QString> m_secrets;
};

void TestCliProfiles::initTestCase()
{
    QVERIFY(!CliProcess::binary().isEmpty());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_dir.isValid());
    CliProcess cli(m_dir.path());
    m_secrets = addSandboxProfiles(cli, m_sandbox);
}

void TestCliProfiles::versionHelpAndUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                             << QStringLiteral("gatehouse-cli " GATEHOUSE_TEST_VERSION);
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0
                          << QStringLiteral("users disable");
    QTest::newRow("nothing") << QStringList{} << 2 << QStringLiteral("Usage");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("unknown command");
    QTest::newRow("profiles without verb")
        << QStringList{QStringLiteral("profiles")} << 2 << QStringLiteral("list");
    QTest::newRow("users without profile") << QStringList{QStringLiteral("users"),
        QStringLiteral("list")} << 2 << QStringLiteral("--profile");
    QTest::newRow("bad format") << QStringList{QStringLiteral("profiles"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("xml")}
                                << 2 << QStringLiteral("format");
    QTest::newRow("unknown profile") << QStringList{QStringLiteral("users"), QStringLiteral("list"),
        QStringLiteral("--profile"), QStringLiteral("nope")}
                                     << 1 << QStringLiteral("nope");
}

void TestCliProfiles::versionHelpAndUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const CliRun run = CliProcess(m_dir.path()).run(args);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, exitCode);
    const QString output = run.stdoutText() + run.stderrText();
    QVERIFY2(output.contains(mentions), qPrintable(output));
}

void TestCliProfiles::addListShowRemove()
{
    QTemporaryDir dir;
    CliProcess cli(dir.path());
    addSandboxProfiles(cli, m_sandbox);
    const CliRun list = cli.run({QStringLiteral("profiles"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray profiles =
        QJsonDocument::fromJson(list.out).object().value(QLatin1String("profiles")).toArray();
    QCOMPARE(profiles.size(), 3);
    QStringList providers;
    for (const QJsonValue &p : profiles)
        providers << p.toObject().value(QLatin1String("provider")).toString();
    providers.sort();
    QCOMPARE(providers,
        (QStringList{
            QStringLiteral("huawei"), QStringLiteral("rsa"), QStringLiteral("sailpoint")}));

    const CliRun show = cli.run({QStringLiteral("profiles"), QStringLiteral("show"),
        QStringLiteral("sp"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject sp = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(sp.value(QLatin1String("clientId")).toString(),
        m_sandbox.info()
            .value(QLatin1String("sailpoint"))
            .toObject()
            .value(QLatin1String("clientId"))
            .toString());

    const CliRun table = cli.run({QStringLiteral("profiles"), QStringLiteral("list")});
    QVERIFY(table.stdoutText().startsWith(QLatin1String("NAME")));
    const CliRun csv = cli.run({QStringLiteral("profiles"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.stdoutText().trimmed().split(QLatin1Char('\n')).size(), 4);

    const CliRun duplicate = cli.run({QStringLiteral("profiles"), QStringLiteral("add"),
        QStringLiteral("SP"), QStringLiteral("--provider"), QStringLiteral("sailpoint"),
        QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(), QStringLiteral("--client-id"),
        QStringLiteral("7c8e4f2a-1b3d-4e5f-9a6b-0c1d2e3f4a5b")});
    QCOMPARE(duplicate.exitCode, 1);

    const CliRun removed =
        cli.run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("hw")});
    QCOMPARE(removed.exitCode, 0);
    const CliRun after = cli.run({QStringLiteral("profiles"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(after.out)
                 .object()
                 .value(QLatin1String("profiles"))
                 .toArray()
                 .size(),
        2);
}

void TestCliProfiles::invalidProfilesAreRefusedWithReasons()
{
    QTemporaryDir dir;
    CliProcess cli(dir.path());
    const CliRun http = cli.run({QStringLiteral("profiles"), QStringLiteral("add"),
        QStringLiteral("x"), QStringLiteral("--provider"), QStringLiteral("sailpoint"),
        QStringLiteral("--base-url"), QStringLiteral("http://tenant.api.identitynow.com"),
        QStringLiteral("--client-id"), QStringLiteral("7c8e4f2a-1b3d-4e5f-9a6b-0c1d2e3f4a5b")});
    QCOMPARE(http.exitCode, 1);
    QVERIFY2(http.stderrText().contains(QLatin1String("http://")), qPrintable(http.stderrText()));

    const CliRun badKey = cli.run({QStringLiteral("profiles"), QStringLiteral("add"),
        QStringLiteral("r"), QStringLiteral("--provider"), QStringLiteral("rsa"),
        QStringLiteral("--key-file"), QStringLiteral("/nonexistent/key.json")});
    QCOMPARE(badKey.exitCode, 1);

    const CliRun badProvider = cli.run({QStringLiteral("profiles"), QStringLiteral("add"),
        QStringLiteral("y"), QStringLiteral("--provider"), QStringLiteral("okta")});
    QCOMPARE(badProvider.exitCode, 2);
}

void TestCliProfiles::testConnectionDiagnoses_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("secretOverride");
    QTest::addColumn<QString>("faults");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("sailpoint ok") << "sp" << QString() << QString() << 0 << "Connected";
    QTest::newRow("huawei ok") << "hw" << QString() << QString() << 0 << "Connected";
    QTest::newRow("rsa ok") << "rsa" << QString() << QString() << 0 << "Connected";
    QTest::newRow("bad credentials") << "sp"
                                     << "wrong" << QString() << 1 << "Bad credentials (HTTP 401)";
    QTest::newRow("huawei bad signature")
        << "hw"
        << "wrong" << QString() << 1 << "Bad credentials (HTTP 401)";
    QTest::newRow("missing rights")
        << "sp" << QString() << "status=403,path=/v3/**" << 1 << "missing rights (HTTP 403)";
}

void TestCliProfiles::testConnectionDiagnoses()
{
    QFETCH(QString, profile);
    QFETCH(QString, secretOverride);
    QFETCH(QString, faults);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    QVERIFY(faults.isEmpty() ? m_sandbox.clearFaults() : m_sandbox.setFaults(faults));
    CliProcess cli(m_dir.path());
    cli.setEnv(QStringLiteral("GATEHOUSE_SECRET"),
        secretOverride.isEmpty() ? m_secrets.value(profile) : secretOverride);
    const CliRun run = cli.run({QStringLiteral("profiles"), QStringLiteral("test"), profile});
    QVERIFY(m_sandbox.clearFaults());
    QCOMPARE(run.exitCode, exitCode);
    const QString output = run.stdoutText() + run.stderrText();
    QVERIFY2(output.contains(mentions), qPrintable(output));
}

void TestCliProfiles::unreachableProvidersAreTold()
{
    // A proxy that wants credentials, and profiles that cannot connect for other reasons.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    connect(&proxy, &QTcpServer::newConnection, this, [&proxy] {
        QTcpSocket *socket = proxy.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                          "Proxy-Authenticate: Basic realm=\"corp\"\r\nContent-Length: 0\r\n\r\n");
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    });
    QTemporaryDir dir;
    CliProcess cli(dir.path());
    const auto add = [&](const QString &name, const QString &url) {
        return cli
            .run({QStringLiteral("profiles"), QStringLiteral("add"), name,
                QStringLiteral("--provider"), QStringLiteral("sailpoint"),
                QStringLiteral("--base-url"), url, QStringLiteral("--client-id"),
                QStringLiteral("7c8e4f2a-1b3d-4e5f-9a6b-0c1d2e3f4a5b")})
            .exitCode;
    };
    QCOMPARE(
        add(QStringLiteral("proxied"), QStringLiteral("https://tenant.api.identitynow.com")), 0);
    QCOMPARE(add(QStringLiteral("refused"), QStringLiteral("http://127.0.0.1:1")), 0);
    QCOMPARE(add(QStringLiteral("nodns"), QStringLiteral("https://gatehouse-test.invalid")), 0);
    TlsTestServer tlsServer;
    QVERIFY(tlsServer.start());
    const QString tlsUrl = QStringLiteral("https://127.0.0.1:%1").arg(tlsServer.port());
    QCOMPARE(add(QStringLiteral("notls"), tlsUrl), 0);
    QFile ca(dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(tlsServer.certificatePem());
    ca.close();
    QCOMPARE(cli.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("trusted"),
                         QStringLiteral("--provider"), QStringLiteral("sailpoint"),
                         QStringLiteral("--base-url"), tlsUrl, QStringLiteral("--client-id"),
                         QStringLiteral("7c8e4f2a-1b3d-4e5f-9a6b-0c1d2e3f4a5b"),
                         QStringLiteral("--ca-bundle"), ca.fileName()})
                 .exitCode,
        0);
    cli.setEnv(QStringLiteral("GATEHOUSE_SECRET"), QStringLiteral("s"));
    const auto diagnose = [&](const QString &name) {
        const CliRun run = cli.run({QStringLiteral("profiles"), QStringLiteral("test"), name});
        return qMakePair(run.exitCode, run.stderrText());
    };
    const auto refused = diagnose(QStringLiteral("refused"));
    QCOMPARE(refused.first, 1);
    QVERIFY2(
        refused.second.contains(QLatin1String("Connection refused")), qPrintable(refused.second));
    // The diagnosis follows the error, not its (translated) wording.
    cli.setEnv(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    const auto refusedZh = diagnose(QStringLiteral("refused"));
    QVERIFY2(
        refusedZh.second.contains(QString::fromUtf8("连接被拒绝")), qPrintable(refusedZh.second));
    cli.setEnv(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const auto noDns = diagnose(QStringLiteral("nodns"));
    QVERIFY2(noDns.second.contains(QLatin1String("DNS failure")), qPrintable(noDns.second));
    // A self-signed certificate is refused; trusted through the profile's CA bundle, the TLS
    // connection works and the (canned) 401 comes through.
    const auto untrusted = diagnose(QStringLiteral("notls"));
    QVERIFY2(untrusted.second.contains(QLatin1String("TLS error")), qPrintable(untrusted.second));
    const auto trusted = diagnose(QStringLiteral("trusted"));
    QVERIFY2(trusted.second.contains(QLatin1String("HTTP 401")), qPrintable(trusted.second));
    cli.setEnv(QStringLiteral("https_proxy"),
        QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort()));
    const auto proxied = diagnose(QStringLiteral("proxied"));
    QCOMPARE(proxied.first, 1);
    QVERIFY2(proxied.second.contains(QLatin1String("Proxy problem"))
            && proxied.second.contains(QLatin1String("407")),
        qPrintable(proxied.second));
}

void TestCliProfiles::secretsNeverLandInTheConfigFolder()
{
    // Store secrets the way a user would (stdin), with no keychain: nothing may hit the disk.
    QTemporaryDir dir;
    CliProcess cli(dir.path());
    const QString secret = QStringLiteral("a-very-secret-client-secret-value");
    const CliRun add = cli.run(
        {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("s"),
            QStringLiteral("--provider"), QStringLiteral("sailpoint"), QStringLiteral("--base-url"),
            m_sandbox.baseUrl().toString(), QStringLiteral("--client-id"),
            QStringLiteral("7c8e4f2a-1b3d-4e5f-9a6b-0c1d2e3f4a5b"),
            QStringLiteral("--secret-stdin")},
        secret.toUtf8() + '\n');
    QCOMPARE(add.exitCode, 0);
    QVERIFY2(add.stderrText().contains(QLatin1String("not stored")), qPrintable(add.stderrText()));
    addSandboxProfiles(cli, m_sandbox);
    cli.setEnv(QStringLiteral("GATEHOUSE_SECRET"), m_secrets.value(QStringLiteral("sp")));
    QCOMPARE(cli.run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--profile"),
                         QStringLiteral("sp")})
                 .exitCode,
        0);
    QFile keyFile(m_secrets.value(QStringLiteral("rsa")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray pem = QJsonDocument::fromJson(keyFile.readAll())
                               .object()
                               .value(QLatin1String("accessKey"))
                               .toString()
                               .toUtf8();
    const QList<QByteArray> needles{
        secret.toUtf8(), m_secrets.value(QStringLiteral("sp")).toUtf8(), pem.split('\n').value(1)};
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        for (const QByteArray &needle : needles)
            QVERIFY2(!content.contains(needle), qPrintable(file.fileName()));
    }
    QVERIFY(files >= 1);
}

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cliprofiles.moc"
