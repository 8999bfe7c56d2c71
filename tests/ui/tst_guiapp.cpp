// SPDX-License-Identifier: GPL-3.0-or-later
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/version.h"

// The `gatehouse` executable itself: --version, --smoke on an empty config folder and in
// sandbox mode (what CI's package check and the cold-start benchmark run), usage errors.
class TestGuiApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsVersion();
    void smokeWithoutProfiles();
    void smokeInSandboxMode();
    void rejectsBadSandboxSize();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args, int timeoutMs = 60000);

    QString m_program;
};

void TestGuiApp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_program = qEnvironmentVariable("GATEHOUSE_GUI");
    QVERIFY2(!m_program.isEmpty(), "GATEHOUSE_GUI names the gatehouse executable");
}

TestGuiApp::Run TestGuiApp::run(const QStringList &args, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(m_program, args);
    Run result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "did not finish";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestGuiApp::printsVersion()
{
    const Run result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QByteArray("gatehouse " GATEHOUSE_VERSION));
}

void TestGuiApp::smokeWithoutProfiles()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const Run result =
        run({QStringLiteral("--config-dir"), config.path(), QStringLiteral("--smoke")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    static const QRegularExpression line(QStringLiteral("^first window shown after \\d+ ms$"));
    QVERIFY2(
        line.match(QString::fromUtf8(result.out.trimmed())).hasMatch(), result.out.constData());
    // --config-dir keeps the journal (and the settings) in that folder.
    QVERIFY(QFile::exists(config.filePath(QStringLiteral("journal.sqlite"))));
}

void TestGuiApp::smokeInSandboxMode()
{
    QTemporaryDir config;
    const Run result =
        run({QStringLiteral("--sandbox"), QStringLiteral("--sandbox-users"), QStringLiteral("500"),
            QStringLiteral("--config-dir"), config.path(), QStringLiteral("--smoke")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out.count('\n'), 1);
    QVERIFY(result.out.startsWith("first window shown after "));
    // The three demo profiles were written; their secrets were not.
    QFile profiles(config.filePath(QStringLiteral("profiles.ini")));
    QVERIFY(profiles.open(QIODevice::ReadOnly));
    const QByteArray ini = profiles.readAll();
    QCOMPARE(ini.count("provider="), 3);
    QVERIFY(!ini.contains("clientSecret"));
    QVERIFY(!ini.contains("PRIVATE KEY"));
}

void TestGuiApp::rejectsBadSandboxSize()
{
    const Run result = run({QStringLiteral("--sandbox"), QStringLiteral("--sandbox-users"),
        QStringLiteral("many"), QStringLiteral("--smoke")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("--sandbox-users"));
}

QTEST_GUILESS_MAIN(TestGuiApp)
#include "tst_guiapp.moc"
