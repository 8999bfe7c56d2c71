// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "cli/clitestutil.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

// `users list --all` pages through 100,000 SailPoint accounts: every one exactly once.
class TestCliListAll : public QObject
{
    Q_OBJECT

private slots:
    void hundredThousandAccounts();

private:
    SandboxFixture m_sandbox{[] {
        SandboxOptions options;
        options.users = 100000;
        return options;
    }()};
};

void TestCliListAll::hundredThousandAccounts()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QTemporaryDir dir;
    CliProcess cli(dir.path());
    const auto secrets =
        addSandboxProfiles(cli, m_sandbox, {QStringLiteral("--rate"), QStringLiteral("10000/1")});
    cli.setEnv(QStringLiteral("GATEHOUSE_SECRET"), secrets.value(QStringLiteral("sp")));
    const CliRun run =
        cli.run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--profile"),
                    QStringLiteral("sp"), QStringLiteral("--all"), QStringLiteral("--format"),
                    QStringLiteral("csv")},
            {}, 280000);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.split('\n');
    QSet<QByteArray> ids;
    int rows = 0;
    for (int i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        ++rows;
        ids.insert(lines.at(i).left(lines.at(i).indexOf(',')));
    }
    QCOMPARE(rows, 100000);
    QCOMPARE(ids.size(), 100000);
    // The last seeded account is there, so paging did not stop short.
    const QString lastId =
        m_sandbox
            .users(QStringLiteral("sailpoint"), {}, false, QStringLiteral("limit=1&offset=99999"))
            .value(QLatin1String("users"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    QVERIFY(ids.contains(lastId.toUtf8()));
}

QTEST_GUILESS_MAIN(TestCliListAll)
#include "tst_clilistall.moc"
