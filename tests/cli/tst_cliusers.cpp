// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "cli/clitestutil.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

// `gatehouse-cli users ...` as a real process against the sandbox: listing in every format,
// each provider's search, every error status and fault kind as a clear error on stderr with
// the provider's tracking id, rate limits and token expiry mid-run, and actions.
class TestCliUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstPageAsJson();
    void allPagesAsCsv();
    void limitStopsEarly();
    void eachProviderSearches_data();
    void eachProviderSearches();
    void rsaCannotBrowse();
    void showReadsEveryAttribute();
    void errorsNameTheTrackingId_data();
    void errorsNameTheTrackingId();
    void faultsBecomeClearErrors_data();
    void faultsBecomeClearErrors();
    void rateLimitIsWaitedOut();
    void tokenExpiresMidRun();
    void disableAndEnableEachProvider_data();
    void disableAndEnableEachProvider();
    void idsFromStdinAndSkipped();
    void reasonRequiredAndReadOnlyAreRefused();
    void rsaConflictIsExplained();

private:
    CliRun users(const QString &profile, const QStringList &args, const QByteArray &input = {});
    QJsonArray sandboxUsers(const QString &provider, const QString &query);

    SandboxFixture m_sandbox{[] {
        SandboxOptions options;
        options.users = 1000;
        options.taskSeconds = 1;
        return options;
    }()};
    QTemporaryDir m_dir;
    QHash<QString, QString> m_secrets;
};

CliRun TestCliUsers::users(const QString &profile, const QStringList &args, const QByteArray &input)
{
    CliProcess cli(m_dir.path());
    cli.setEnv(QStringLiteral("GATEHOUSE_SECRET"), m_secrets.value(profile));
    return cli.run(
        QStringList{QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("users")}
            + args + QStringList{QStringLiteral("--profile"), profile},
        input);
}

QJsonArray TestCliUsers::sandboxUsers(const QString &provider, const QString &query)
{
    return m_sandbox.users(provider, {}, false, query).value(QLatin1String("users")).toArray();
}

void TestCliUsers::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_dir.isValid());
    CliProcess cli(m_dir.path());
    m_secrets =
        addSandboxProfiles(cli, m_sandbox, {QStringLiteral("--rate"), QStringLiteral("1000/1")});
    for (const auto &[name, flag] :
        {qMakePair(QStringLiteral("strict"), QStringLiteral("--require-reason")),
            qMakePair(QStringLiteral("viewer"), QStringLiteral("--read-only"))}) {
        const CliRun added = cli.run({QStringLiteral("profiles"), QStringLiteral("add"), name,
            QStringLiteral("--provider"), QStringLiteral("sailpoint"), QStringLiteral("--base-url"),
            m_sandbox.baseUrl().toString(), QStringLiteral("--client-id"),
            m_sandbox.info()
                .value(QLatin1String("sailpoint"))
                .toObject()
                .value(QLatin1String("clientId"))
                .toString(),
            flag});
        QCOMPARE(added.exitCode, 0);
        m_secrets.insert(name, m_secrets.value(QStringLiteral("sp")));
    }
}

void TestCliUsers::init()
{
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.configure(QJsonObject{
        {QStringLiteral("rate"), QJsonValue()}, {QStringLiteral("tokenSeconds"), 749}}));
    QVERIFY(m_sandbox.reset());
}

void TestCliUsers::firstPageAsJson()
{
    const CliRun run = users(QStringLiteral("sp"),
        {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QLatin1String("provider")).toString(), QStringLiteral("sailpoint"));
    QCOMPARE(json.value(QLatin1String("users")).toArray().size(), 250);
    QCOMPARE(json.value(QLatin1String("count")).toInt(), 250);
    QCOMPARE(json.value(QLatin1String("total")).toInt(), 1000);
    QCOMPARE(json.value(QLatin1String("nextPageToken")).toString(), QStringLiteral("250"));
    const QJsonObject user = json.value(QLatin1String("users")).toArray().first().toObject();
    for (const char *key :
        {"id", "login", "displayName", "email", "state", "locked", "source", "modified"})
        QVERIFY2(user.contains(QLatin1String(key)), key);
}

void TestCliUsers::allPagesAsCsv()
{
    for (const QString &profile : {QStringLiteral("sp"), QStringLiteral("hw")}) {
        const CliRun run = users(profile,
            {QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"),
                QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.stdoutText().trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.first(),
            QStringLiteral("id,login,displayName,email,state,locked,source,modified"));
        QSet<QString> ids;
        for (int i = 1; i < lines.size(); ++i)
            ids.insert(lines.at(i).section(QLatin1Char(','), 0, 0));
        QCOMPARE(lines.size(), 1001);
        QCOMPARE(ids.size(), 1000);
    }
}

void TestCliUsers::limitStopsEarly()
{
    const CliRun run = users(QStringLiteral("hw"),
        {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("123"),
            QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QLatin1String("users")).toArray().size(), 123);
    QVERIFY(json.value(QLatin1String("nextPageToken")).isNull());
    const CliRun table = users(QStringLiteral("sp"),
        {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")});
    QCOMPARE(table.stdoutText().trimmed().split(QLatin1Char('\n')).size(), 4);
    QVERIFY(table.stdoutText().startsWith(QLatin1String("DISPLAY NAME")));
}

void TestCliUsers::eachProviderSearches_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("field");
    QTest::newRow("sailpoint prefix") << "sp"
                                      << "sailpoint"
                                      << "login";
    QTest::newRow("huawei user name") << "hw"
                                      << "huawei"
                                      << "login";
    QTest::newRow("rsa e-mail") << "rsa"
                                << "rsa"
                                << "email";
}

void TestCliUsers::eachProviderSearches()
{
    QFETCH(QString, profile);
    QFETCH(QString, provider);
    QFETCH(QString, field);
    const QJsonObject target =
        sandboxUsers(provider, QStringLiteral("limit=1&offset=17")).first().toObject();
    const QString text = target.value(field).toString();
    const CliRun run = users(profile,
        {QStringLiteral("list"), QStringLiteral("--query"), text, QStringLiteral("--format"),
            QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray found =
        QJsonDocument::fromJson(run.out).object().value(QLatin1String("users")).toArray();
    QVERIFY(!found.isEmpty());
    bool seen = false;
    for (const QJsonValue &user : found)
        seen =
            seen || user.toObject().value(QLatin1String("id")) == target.value(QLatin1String("id"));
    QVERIFY2(seen, qPrintable(run.stdoutText().left(400)));
}

void TestCliUsers::rsaCannotBrowse()
{
    const CliRun run = users(QStringLiteral("rsa"), {QStringLiteral("list")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.stderrText().contains(QLatin1String("--query")));
}

void TestCliUsers::showReadsEveryAttribute()
{
    const QString id = sandboxUsers(QStringLiteral("sailpoint"), QStringLiteral("limit=1"))
                           .first()
                           .toObject()
                           .value(QLatin1String("id"))
                           .toString();
    const CliRun run = users(QStringLiteral("sp"),
        {QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QLatin1String("id")).toString(), id);
    QVERIFY(json.value(QLatin1String("attributes"))
                .toObject()
                .contains(QLatin1String("nativeIdentity")));
    const CliRun table = users(QStringLiteral("sp"), {QStringLiteral("show"), id});
    QVERIFY(table.stdoutText().contains(QLatin1String("attributes.sourceName")));
}

void TestCliUsers::errorsNameTheTrackingId_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("faults");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("400 bad filter")
        << "sp"
        << QStringList{QStringLiteral("list"), QStringLiteral("--query"),
               QStringLiteral("locked eq true")}
        << QString() << "HTTP 400";
    QTest::newRow("404 unknown account")
        << "sp"
        << QStringList{QStringLiteral("show"), QStringLiteral("0123456789abcdef0123456789abcdef")}
        << QString() << "HTTP 404";
    QTest::newRow("403 forbidden")
        << "sp" << QStringList{QStringLiteral("list")} << "status=403,path=/v3/**"
        << "HTTP 403";
    QTest::newRow("500 internal fault")
        << "sp" << QStringList{QStringLiteral("list")} << "status=500,path=/v3/**"
        << "HTTP 500";
    QTest::newRow("huawei 404") << "hw"
                                << QStringList{QStringLiteral("show"), QStringLiteral("nobody")}
                                << QString() << "HTTP 404";
}

void TestCliUsers::errorsNameTheTrackingId()
{
    QFETCH(QString, profile);
    QFETCH(QStringList, args);
    QFETCH(QString, faults);
    QFETCH(QString, mentions);
    if (!faults.isEmpty())
        QVERIFY(m_sandbox.setFaults(faults));
    const CliRun run = users(profile, args);
    QCOMPARE(run.exitCode, 1);
    const QString err = run.stderrText();
    QVERIFY2(err.startsWith(QLatin1String("error: ")), qPrintable(err));
    QVERIFY2(err.contains(mentions), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("[request id ")), qPrintable(err));
}

void TestCliUsers::faultsBecomeClearErrors_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("html page") << "html,path=/v3/**" << 1 << "HTML page";
    QTest::newRow("malformed json") << "malformed,path=/v3/**" << 1 << "not valid JSON";
    QTest::newRow("wrong content type") << "ctype,path=/v3/**" << 1 << "text/plain";
    QTest::newRow("truncated") << "truncate,path=/v3/**" << 1 << "cut off";
    QTest::newRow("connection reset") << "reset,path=/v3/**" << 1 << "connection";
    QTest::newRow("hang") << "hang,path=/v3/**" << 1 << "stopped answering";
    QTest::newRow("429 storm") << "429,retry=1,count=3,path=/v3/**" << 0 << "DISPLAY NAME";
    QTest::newRow("slow") << "slow=300,path=/v3/**" << 0 << "DISPLAY NAME";
    QTest::newRow("transient 503") << "status=503,count=2,path=/v3/**" << 0 << "DISPLAY NAME";
}

void TestCliUsers::faultsBecomeClearErrors()
{
    QFETCH(QString, faults);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    QVERIFY(m_sandbox.setFaults(faults));
    const CliRun run = users(QStringLiteral("sp"),
        {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5")});
    QCOMPARE(run.exitCode, exitCode);
    const QString output = run.stdoutText() + run.stderrText();
    QVERIFY2(output.contains(mentions, Qt::CaseInsensitive), qPrintable(run.stderrText()));
}

void TestCliUsers::rateLimitIsWaitedOut()
{
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("rate"), QStringLiteral("2/1")}}));
    const CliRun run = users(QStringLiteral("sp"),
        {QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"),
            QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("count")).toInt(), 1000);
    QVERIFY(m_sandbox.stats().value(QLatin1String("rateLimited")).toInt() > 0);
}

void TestCliUsers::tokenExpiresMidRun()
{
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("tokenSeconds"), 1}}));
    QVERIFY(m_sandbox.setFaults(QStringLiteral("slow=700,method=GET,path=/v3/**")));
    const CliRun run = users(QStringLiteral("sp"),
        {QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"),
            QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("count")).toInt(), 1000);
}

void TestCliUsers::disableAndEnableEachProvider_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("key");
    QTest::newRow("sailpoint") << "sp"
                               << "sailpoint"
                               << "id";
    QTest::newRow("huawei") << "hw"
                            << "huawei"
                            << "id";
    QTest::newRow("rsa by e-mail") << "rsa"
                                   << "rsa"
                                   << "email";
}

void TestCliUsers::disableAndEnableEachProvider()
{
    QFETCH(QString, profile);
    QFETCH(QString, provider);
    QFETCH(QString, key);
    const QJsonObject target =
        sandboxUsers(provider, QStringLiteral("state=enabled&limit=1&offset=3")).first().toObject();
    const QString id = target.value(QLatin1String("id")).toString();
    const CliRun disabled = users(profile,
        {QStringLiteral("disable"), target.value(key).toString(), QStringLiteral("--reason"),
            QStringLiteral("INC-1001"), QStringLiteral("--wait"), QStringLiteral("--format"),
            QStringLiteral("json")});
    QCOMPARE(disabled.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(disabled.out).object();
    QCOMPARE(
        json.value(QLatin1String("summary")).toObject().value(QLatin1String("succeeded")).toInt(),
        1);
    const QJsonObject action = json.value(QLatin1String("actions")).toArray().first().toObject();
    QCOMPARE(action.value(QLatin1String("userId")).toString(), id);
    if (provider == QLatin1String("sailpoint"))
        QCOMPARE(action.value(QLatin1String("taskId")).toString().size(), 32);
    QJsonObject user = m_sandbox.user(provider, id);
    QCOMPARE(user.value(QLatin1String("state")).toString(), QStringLiteral("disabled"));
    QCOMPARE(user.value(QLatin1String("changeRequests")).toInt(), 1);

    const CliRun enabled = users(profile,
        {QStringLiteral("enable"), target.value(key).toString(), QStringLiteral("--reason"),
            QStringLiteral("INC-1002"), QStringLiteral("--wait")});
    QCOMPARE(enabled.exitCode, 0);
    QVERIFY2(enabled.stdoutText().contains(QLatin1String("Summary: 1 succeeded")),
        qPrintable(enabled.stdoutText()));
    user = m_sandbox.user(provider, id);
    QCOMPARE(user.value(QLatin1String("state")).toString(), QStringLiteral("enabled"));
    QCOMPARE(user.value(QLatin1String("changeRequests")).toInt(), 2);
}

void TestCliUsers::idsFromStdinAndSkipped()
{
    const QJsonArray enabled =
        sandboxUsers(QStringLiteral("huawei"), QStringLiteral("state=enabled&limit=3&offset=10"));
    const QJsonArray disabled =
        sandboxUsers(QStringLiteral("huawei"), QStringLiteral("state=disabled&limit=1"));
    QByteArray input = "# offboarding list\n";
    for (const QJsonValue &u : enabled)
        input += u.toObject().value(QLatin1String("id")).toString().toUtf8() + ",extra column\n";
    input +=
        "\n" + disabled.first().toObject().value(QLatin1String("id")).toString().toUtf8() + "\n";
    const CliRun run = users(QStringLiteral("hw"),
        {QStringLiteral("disable"), QStringLiteral("--from-file"), QStringLiteral("-"),
            QStringLiteral("--reason"), QStringLiteral("CHG-7"), QStringLiteral("--wait")},
        input);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.stdoutText().contains(
                 QLatin1String("Summary: 3 succeeded, 0 failed, 0 unknown, 1 skipped")),
        qPrintable(run.stdoutText()));
    for (const QJsonValue &u : enabled)
        QCOMPARE(
            m_sandbox
                .user(QStringLiteral("huawei"), u.toObject().value(QLatin1String("id")).toString())
                .value(QLatin1String("changeRequests"))
                .toInt(),
            1);
    QCOMPARE(m_sandbox
                 .user(QStringLiteral("huawei"),
                     disabled.first().toObject().value(QLatin1String("id")).toString())
                 .value(QLatin1String("attempts"))
                 .toInt(),
        0);
}

void TestCliUsers::reasonRequiredAndReadOnlyAreRefused()
{
    const QString id =
        sandboxUsers(QStringLiteral("sailpoint"), QStringLiteral("state=enabled&limit=1"))
            .first()
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    const CliRun noReason = users(QStringLiteral("strict"), {QStringLiteral("disable"), id});
    QCOMPARE(noReason.exitCode, 1);
    QVERIFY2(noReason.stderrText().contains(QLatin1String("reason"), Qt::CaseInsensitive),
        qPrintable(noReason.stderrText()));
    const CliRun readOnly = users(QStringLiteral("viewer"),
        {QStringLiteral("disable"), id, QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(readOnly.exitCode, 1);
    QVERIFY2(readOnly.stderrText().contains(QLatin1String("read-only"), Qt::CaseInsensitive),
        qPrintable(readOnly.stderrText()));
    QCOMPARE(
        m_sandbox.user(QStringLiteral("sailpoint"), id).value(QLatin1String("attempts")).toInt(),
        0);
}

void TestCliUsers::rsaConflictIsExplained()
{
    const QString email =
        sandboxUsers(QStringLiteral("rsa"), QStringLiteral("flag=markDeleted&limit=1"))
            .first()
            .toObject()
            .value(QLatin1String("email"))
            .toString();
    const CliRun run = users(QStringLiteral("rsa"),
        {QStringLiteral("enable"), email, QStringLiteral("--reason"), QStringLiteral("x"),
            QStringLiteral("--wait")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.stdoutText().contains(QLatin1String("HTTP 409")), qPrintable(run.stdoutText()));
    QVERIFY2(
        run.stdoutText().contains(QLatin1String("pending deletion")), qPrintable(run.stdoutText()));
}

QTEST_GUILESS_MAIN(TestCliUsers)
#include "tst_cliusers.moc"
