// SPDX-License-Identifier: GPL-3.0-or-later
#include <functional>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "audit/auditexporter.h"
#include "support/cliprocess.h"
#include "tasks/actionjournal.h"
#include "tasks/journaltestutil.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;
using namespace Gatehouse::TestUtil;

namespace {

const QString trickyReason = QStringLiteral("INC-9, \"urgent\"\nsecond line; Zoë Ångström");

// RFC 4180: records of fields; quoted fields may hold commas, quotes ("") and line breaks.
QVector<QStringList> parseCsv(const QString &text)
{
    QVector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record += field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
            && text.at(i + 1) == QLatin1Char('\n')) {
            record += field;
            records += record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record += field;
        records += record;
    }
    return records;
}

} // namespace

// `gatehouse-cli audit verify|export` as a real process on a journal written by the core.
class TestCliAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void verifiesAnIntactTrail();
    void verifyCatchesTampering_data();
    void verifyCatchesTampering();
    void verifyNoticesADeletedJournal();
    void exportsCsv();
    void exportsJson();
    void exportsAnEmptyTrail();
    void rejectsBadUsage_data();
    void rejectsBadUsage();

private:
    void writeJournal();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliProcess> m_cli;
    qint64 m_entries = 0;
};

void TestCliAudit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCliAudit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_cli = std::make_unique<CliProcess>(m_dir->path());
    writeJournal();
}

void TestCliAudit::cleanup()
{
    m_cli.reset();
    m_dir.reset();
}

void TestCliAudit::writeJournal()
{
    ActionJournal journal;
    QVERIFY(journal.open(m_dir->path()).ok());
    BatchRecord batch = makeBatch();
    batch.reason = trickyReason;
    QVector<ActionRecord> actions;
    for (int i = 0; i < 4; ++i) {
        ActionRecord a = makeAction(batch, i);
        a.displayName = QStringLiteral("Zoë Ångström %1").arg(i);
        actions.append(a);
    }
    QVERIFY(journal.addBatch(batch, actions).ok());
    for (ActionRecord &a : actions) {
        a.state = ActionState::Sending;
        a.attempts = 1;
        QVERIFY(journal.record(a).ok());
    }
    actions[0].state = ActionState::Failed;
    actions[0].error = ApiError(ApiError::Kind::Forbidden, QStringLiteral("No rights, sorry"), 403);
    actions[0].error.setProviderCode(QStringLiteral("403 Forbidden"));
    QVERIFY(journal.record(actions[0]).ok());
    m_entries = journal.entryCount().value();
}

void TestCliAudit::verifiesAnIntactTrail()
{
    const CliRun text = m_cli->run({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.stdoutText().contains(QStringLiteral("intact: %1 entries").arg(m_entries)),
        qPrintable(text.stdoutText()));
    QVERIFY(text.stderrText().isEmpty());

    const CliRun json = m_cli->run({QStringLiteral("audit"), QStringLiteral("verify"),
        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root.value(QLatin1String("intact")).toBool(), true);
    QCOMPARE(root.value(QLatin1String("entries")).toInteger(), m_entries);
    QCOMPARE(root.value(QLatin1String("head")).toObject().value(QLatin1String("seq")).toInteger(),
        m_entries);
    QCOMPARE(root.value(QLatin1String("anchorChecked")).toBool(), true);
    QVERIFY(root.value(QLatin1String("findings")).toArray().isEmpty());
}

void TestCliAudit::verifyCatchesTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("seq");
    QTest::newRow("update") << QStringLiteral(
        "UPDATE entries SET operator = 'mallory' WHERE seq = 3")
                            << QStringLiteral("edited") << 3;
    QTest::newRow("delete") << QStringLiteral("DELETE FROM entries WHERE seq = 6")
                            << QStringLiteral("deleted") << 6;
    QTest::newRow("insert") << QStringLiteral(
        "INSERT INTO entries SELECT seq + 100, ts_ms, action_id, batch_id,"
        " profile_id, profile_name, provider, user_id, login, email,"
        " display_name, action, operator, reason, 'confirmed', attempt,"
        " request_id, task_id, error_kind, error_status, error_code,"
        " error_message, note, hash, hash FROM entries WHERE seq = 9")
                            << QStringLiteral("inserted") << 109;
    QTest::newRow("swap") << QStringLiteral("UPDATE entries SET seq = -1 WHERE seq = 2;"
                                            "UPDATE entries SET seq = 2 WHERE seq = 7;"
                                            "UPDATE entries SET seq = 7 WHERE seq = -1")
                          << QStringLiteral("reordered") << 2;
}

void TestCliAudit::verifyCatchesTampering()
{
    QFETCH(QString, sql);
    QFETCH(QString, kind);
    QFETCH(int, seq);
    {
        RawDatabase raw(QDir(m_dir->path()).filePath(QStringLiteral("journal.sqlite")));
        for (const QString &statement : sql.split(QLatin1Char(';')))
            QVERIFY(raw.exec(statement));
    }
    const CliRun run = m_cli->run({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.stderrText().contains(QLatin1String("tampered")), qPrintable(run.stderrText()));
    const QString expected = kind + QStringLiteral(": Entr");
    QVERIFY2(run.stdoutText().contains(expected), qPrintable(run.stdoutText()));
    QVERIFY2(run.stdoutText().contains(QString::number(seq)), qPrintable(run.stdoutText()));

    const CliRun json = m_cli->run({QStringLiteral("audit"), QStringLiteral("verify"),
        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root.value(QLatin1String("intact")).toBool(), false);
    bool found = false;
    for (const QJsonValue &f : root.value(QLatin1String("findings")).toArray()) {
        const QJsonObject o = f.toObject();
        if (o.value(QLatin1String("kind")).toString() == kind
            && o.value(QLatin1String("seq")).toInt() == seq)
            found = true;
    }
    QVERIFY2(found, json.out.constData());
}

void TestCliAudit::verifyNoticesADeletedJournal()
{
    for (const QString &name : {QStringLiteral("journal.sqlite"),
             QStringLiteral("journal.sqlite-wal"), QStringLiteral("journal.sqlite-shm")})
        QFile::remove(QDir(m_dir->path()).filePath(name));
    const CliRun run = m_cli->run({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.stdoutText().contains(QLatin1String("is gone")), qPrintable(run.stdoutText()));
}

void TestCliAudit::exportsCsv()
{
    const CliRun run = m_cli->run({QStringLiteral("audit"), QStringLiteral("export")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.endsWith("\r\n"));
    const QVector<QStringList> records = parseCsv(run.stdoutText());
    QCOMPARE(records.size(), m_entries + 1);
    QCOMPARE(records.first(), AuditExporter::fieldNames());
    const int reason = int(AuditExporter::fieldNames().indexOf(QStringLiteral("reason")));
    const int state = int(AuditExporter::fieldNames().indexOf(QStringLiteral("state")));
    const int seq = int(AuditExporter::fieldNames().indexOf(QStringLiteral("seq")));
    const int message = int(AuditExporter::fieldNames().indexOf(QStringLiteral("errorMessage")));
    for (int i = 1; i < records.size(); ++i) {
        QCOMPARE(records[i].size(), AuditExporter::fieldNames().size());
        QCOMPARE(records[i][reason], trickyReason);
        QCOMPARE(records[i][seq].toInt(), i);
    }
    QCOMPARE(records.last()[state], QStringLiteral("failed"));
    QCOMPARE(records.last()[message], QStringLiteral("No rights, sorry"));
}

void TestCliAudit::exportsJson()
{
    const CliRun run = m_cli->run({QStringLiteral("audit"), QStringLiteral("export"),
        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonArray entries = QJsonDocument::fromJson(run.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(entries.size(), m_entries);

    ActionJournal journal;
    QVERIFY(journal.open(m_dir->path(), ActionJournal::OpenMode::ExistingOnly).ok());
    QVector<AuditEntry> stored;
    journal.forEachEntry(0, [&](const AuditEntry &e) {
        stored.append(e);
        return true;
    });
    QStringList names = AuditExporter::fieldNames();
    names.sort();
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries[i].toObject();
        QStringList keys = e.keys();
        keys.sort();
        QCOMPARE(keys, names);
        QVERIFY(e.value(QLatin1String("seq")).isDouble());
        QVERIFY(e.value(QLatin1String("attempt")).isDouble());
        QCOMPARE(e.value(QLatin1String("seq")).toInteger(), stored[i].seq);
        QCOMPARE(e.value(QLatin1String("hash")).toString().toLatin1(), stored[i].hash);
        QCOMPARE(e.value(QLatin1String("reason")).toString(), trickyReason);
        QCOMPARE(QDateTime::fromString(
                     e.value(QLatin1String("timestamp")).toString(), Qt::ISODateWithMs),
            stored[i].timestamp);
    }
    QCOMPARE(entries.last().toObject().value(QLatin1String("errorStatus")).toInt(), 403);
}

void TestCliAudit::exportsAnEmptyTrail()
{
    QTemporaryDir empty;
    CliProcess cli(empty.path());
    const CliRun csv = cli.run({QStringLiteral("audit"), QStringLiteral("export")});
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(parseCsv(csv.stdoutText()), QVector<QStringList>{AuditExporter::fieldNames()});
    const CliRun json = cli.run({QStringLiteral("audit"), QStringLiteral("export"),
        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 0);
    const CliRun verify = cli.run({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 0);
}

void TestCliAudit::rejectsBadUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no sub-command") << QStringList{QStringLiteral("audit")};
    QTest::newRow("unknown sub-command")
        << QStringList{QStringLiteral("audit"), QStringLiteral("shred")};
    QTest::newRow("bad export format") << QStringList{QStringLiteral("audit"),
        QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("bad verify format") << QStringList{QStringLiteral("audit"),
        QStringLiteral("verify"), QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("stray argument")
        << QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("now")};
}

void TestCliAudit::rejectsBadUsage()
{
    QFETCH(QStringList, args);
    const CliRun run = m_cli->run(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.stderrText().contains(QLatin1String("usage error")));
}

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cliaudit.moc"
