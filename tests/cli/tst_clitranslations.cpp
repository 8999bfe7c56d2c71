// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "cli/clitestutil.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

namespace {

// Display columns of text: CJK characters take two (what the table output aligns by).
int columns(QStringView text)
{
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 && c.unicode() <= 0x9FFF ? 2 : 1;
    return width;
}

int columnOf(const QString &line, const QString &needle)
{
    const qsizetype index = line.indexOf(needle);
    return index < 0 ? -1 : columns(QStringView(line).first(index));
}

QString zh(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

// gatehouse-cli under a Chinese locale: the human-facing frames (help, usage errors, errors,
// table headers, summaries) come from the embedded zh_CN catalogue, tables stay aligned, and
// what scripts read (JSON, CSV, exit codes) is the same as in English.
class TestCliTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpIsTranslated();
    void englishHelpIsUnchanged();
    void usageErrorsAreTranslated_data();
    void usageErrorsAreTranslated();
    void errorsAreTranslated();
    void emptyJournalIsReportedInChinese();
    void userTableIsTranslatedAndAligned();
    void machineReadableOutputIgnoresTheLocale_data();
    void machineReadableOutputIgnoresTheLocale();
    void batchSummaryIsTranslated();

private:
    CliProcess chinese(const QString &profile = QString()) const;
    CliProcess english(const QString &profile = QString()) const;

    SandboxFixture m_sandbox{[] {
        SandboxOptions options;
        options.users = 50;
        options.taskSeconds = 0;
        return options;
    }()};
    QTemporaryDir m_dir;
    QTemporaryDir m_emptyDir;
    QHash<QString, QString> m_secrets;
};

CliProcess TestCliTranslations::chinese(const QString &profile) const
{
    CliProcess cli(m_dir.path());
    // Only the locale: no zh_CN system locale needs to be installed for the catalogue to load.
    cli.setEnv(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    if (!profile.isEmpty())
        cli.setEnv(QStringLiteral("GATEHOUSE_SECRET"), m_secrets.value(profile));
    return cli;
}

CliProcess TestCliTranslations::english(const QString &profile) const
{
    CliProcess cli(m_dir.path());
    cli.setEnv(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!profile.isEmpty())
        cli.setEnv(QStringLiteral("GATEHOUSE_SECRET"), m_secrets.value(profile));
    return cli;
}

void TestCliTranslations::initTestCase()
{
    QVERIFY(!CliProcess::binary().isEmpty());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_emptyDir.isValid());
    m_secrets = addSandboxProfiles(english(), m_sandbox);
}

void TestCliTranslations::helpIsTranslated()
{
    const CliRun run = chinese().run({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QString help = run.stdoutText();
    QVERIFY2(help.startsWith(zh("用法：gatehouse-cli [--config-dir DIR] COMMAND ...\n")),
        qPrintable(help));
    QVERIFY2(help.contains(zh("\n命令：\n")), qPrintable(help));
    QVERIFY2(help.contains(zh("\n选项：\n")), qPrintable(help));
    QVERIFY2(!help.contains(QLatin1String("Options:")), qPrintable(help));
    // The synopsis is syntax and stays as it is.
    QVERIFY2(help.contains(QLatin1String("  users disable|enable|unlock --profile NAME")),
        qPrintable(help));
    QVERIFY2(help.contains(QLatin1String("GATEHOUSE_SECRET")), qPrintable(help));
}

void TestCliTranslations::englishHelpIsUnchanged()
{
    const CliRun run = english().run({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.stdoutText().startsWith(
                 QLatin1String("Usage: gatehouse-cli [--config-dir DIR] COMMAND ...\n\nCommands:\n"
                               "  sandbox serve [--port N]")),
        qPrintable(run.stdoutText()));
    QVERIFY2(run.stdoutText().contains(QLatin1String(
                 "\n\nOptions:\n"
                 "  --config-dir DIR   keep profiles, journal and settings in DIR\n"
                 "  --timeout SECONDS  a request without an answer for this long times out "
                 "(default 15)\n"
                 "  --version          print the version\n"
                 "  --help             print this help\n\n"
                 "Secrets come from the OS keychain; for automation, GATEHOUSE_SECRET supplies "
                 "the secret of the\nprofile in use for one run. Exit codes: 0 success, 1 "
                 "provider or action failure, 2 usage error.\n")),
        qPrintable(run.stdoutText()));
}

void TestCliTranslations::usageErrorsAreTranslated_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << zh("用法错误：未知命令“frobnicate”");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate")} << zh("用法错误：未知选项 --frobnicate");
    QTest::newRow("profiles without verb")
        << QStringList{QStringLiteral("profiles")} << zh("用法错误：profiles 需要以下子命令之一");
    QTest::newRow("bad format") << QStringList{QStringLiteral("tasks"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("xml")}
                                << zh("用法错误：--format 必须是 table、json 或 csv。");
    QTest::newRow("sandbox") << QStringList{QStringLiteral("sandbox")}
                             << zh("用法：gatehouse-cli sandbox serve");
}

void TestCliTranslations::usageErrorsAreTranslated()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const CliRun run = chinese().run(args);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.stderrText().contains(mentions), qPrintable(run.stderrText()));
    QVERIFY2(
        !run.stderrText().contains(QLatin1String("usage error")), qPrintable(run.stderrText()));
}

void TestCliTranslations::errorsAreTranslated()
{
    const CliRun run =
        chinese().run({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("nope")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.stderrText().startsWith(zh("错误：")), qPrintable(run.stderrText()));
    QVERIFY2(run.stderrText().contains(QLatin1String("nope")), qPrintable(run.stderrText()));
}

void TestCliTranslations::emptyJournalIsReportedInChinese()
{
    CliProcess cli(m_emptyDir.path());
    cli.setEnv(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    const CliRun tasks = cli.run({QStringLiteral("tasks"), QStringLiteral("list")});
    QCOMPARE(tasks.exitCode, 0);
    QCOMPARE(tasks.stdoutText(), zh("没有操作。\n"));
    const CliRun audit = cli.run({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(audit.exitCode, 0);
    QCOMPARE(audit.stdoutText(), zh("审计记录完好：共 0 个条目。\n"));
}

void TestCliTranslations::userTableIsTranslatedAndAligned()
{
    const QStringList list{QStringLiteral("users"), QStringLiteral("list"),
        QStringLiteral("--profile"), QStringLiteral("hw"), QStringLiteral("--limit"),
        QStringLiteral("5")};
    const CliRun json =
        english(QStringLiteral("hw"))
            .run(list + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray users =
        QJsonDocument::fromJson(json.out).object().value(QLatin1String("users")).toArray();
    QCOMPARE(users.size(), 5);

    const CliRun table = chinese(QStringLiteral("hw")).run(list);
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.stdoutText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QVERIFY2(lines.first().startsWith(zh("显示名称")), qPrintable(lines.first()));
    // The login column starts at the same terminal column in the (wide) header and each row.
    const int loginColumn = columnOf(lines.first(), zh("登录名"));
    QVERIFY2(loginColumn > 0, qPrintable(lines.first()));
    for (int i = 0; i < users.size(); ++i) {
        const QString login = users.at(i).toObject().value(QLatin1String("login")).toString();
        QCOMPARE(columnOf(lines.at(i + 1), QStringLiteral("  ") + login) + 2, loginColumn);
    }

    const CliRun profiles = chinese().run({QStringLiteral("profiles"), QStringLiteral("list")});
    QCOMPARE(profiles.exitCode, 0);
    QVERIFY2(profiles.stdoutText().startsWith(zh("名称")), qPrintable(profiles.stdoutText()));
}

void TestCliTranslations::machineReadableOutputIgnoresTheLocale_data()
{
    QTest::addColumn<QStringList>("args");
    const QStringList list{QStringLiteral("users"), QStringLiteral("list"),
        QStringLiteral("--profile"), QStringLiteral("sp"), QStringLiteral("--limit"),
        QStringLiteral("20")};
    QTest::newRow("users json") << list
            + QStringList{QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("users csv") << list
            + QStringList{QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("profiles csv") << QStringList{QStringLiteral("profiles"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("tasks csv") << QStringList{QStringLiteral("tasks"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("csv")};
}

void TestCliTranslations::machineReadableOutputIgnoresTheLocale()
{
    QFETCH(QStringList, args);
    const CliRun inEnglish = english(QStringLiteral("sp")).run(args);
    const CliRun inChinese = chinese(QStringLiteral("sp")).run(args);
    QCOMPARE(inEnglish.exitCode, 0);
    QCOMPARE(inChinese.exitCode, 0);
    QVERIFY(!inEnglish.out.isEmpty());
    QCOMPARE(inChinese.out, inEnglish.out);
}

void TestCliTranslations::batchSummaryIsTranslated()
{
    const QJsonObject target =
        m_sandbox
            .users(QStringLiteral("huawei"), {}, false, QStringLiteral("state=enabled&limit=1"))
            .value(QLatin1String("users"))
            .toArray()
            .first()
            .toObject();
    const QString id = target.value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    const CliRun run =
        chinese(QStringLiteral("hw"))
            .run({QStringLiteral("users"), QStringLiteral("disable"), id,
                QStringLiteral("--profile"), QStringLiteral("hw"), QStringLiteral("--reason"),
                QStringLiteral("INC-42"), QStringLiteral("--wait")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.stdoutText().contains(
                 zh("摘要：1 项成功，0 项失败，0 项结果未知，0 项已跳过，0 项已取消（批次 ")),
        qPrintable(run.stdoutText()));
    // The action's state word is the stable name scripts match on, in every language.
    QVERIFY2(
        run.stdoutText().contains(QLatin1String("  confirmed\n")), qPrintable(run.stdoutText()));
    QCOMPARE(m_sandbox.user(QStringLiteral("huawei"), id).value(QLatin1String("state")).toString(),
        QStringLiteral("disabled"));
}

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "tst_clitranslations.moc"
