// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <functional>

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "audit/auditanchor.h"
#include "audit/auditverifier.h"
#include "tasks/actionjournal.h"
#include "tasks/journaltestutil.h"

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

namespace {

constexpr int actionsPerBatch = 4;
constexpr qint64 entryTotal = 2 * actionsPerBatch * 3; // planned, sending, confirmed

using Tamper = std::function<void(RawDatabase &, ActionJournal &, const QString &dir)>;

struct Expected
{
    AuditFinding::Kind kind;
    qint64 seq;
    qint64 lastSeq;
};

QString describe(const AuditReport &report)
{
    QStringList lines;
    for (const AuditFinding &f : report.findings) {
        lines += QStringLiteral("%1 %2-%3: %4")
                     .arg(AuditFinding::kindName(f.kind))
                     .arg(f.seq)
                     .arg(f.lastSeq)
                     .arg(f.message);
    }
    return lines.join(QLatin1Char('\n'));
}

AuditEntry entryAt(ActionJournal &journal, qint64 seq)
{
    AuditEntry found;
    journal.forEachEntry(seq - 1, [&](const AuditEntry &e) {
        found = e;
        return false;
    });
    return found;
}

void insertEntry(RawDatabase &raw, const AuditEntry &e)
{
    QVERIFY(raw.exec(
        QStringLiteral("INSERT INTO entries (seq, ts_ms, action_id, batch_id, profile_id,"
                       " profile_name, provider, user_id, login, email, display_name, action,"
                       " operator, reason, state, attempt, request_id, task_id, error_kind,"
                       " error_status, error_code, error_message, note, prev_hash, hash) VALUES"
                       " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {e.seq, e.timestamp.toMSecsSinceEpoch(), e.actionId, e.batchId, e.profileId, e.profileName,
            e.provider, e.userId, e.login, e.email, e.displayName, e.action, e.operatorName,
            e.reason, e.state, e.attempt, e.requestId.isNull() ? QStringLiteral("-") : e.requestId,
            QStringLiteral("-"), QStringLiteral("-"), e.errorStatus, QStringLiteral("-"),
            QStringLiteral("-"), QStringLiteral("-"), QString::fromLatin1(e.prevHash),
            QString::fromLatin1(e.hash)}));
}

// A copy of the entry at `from` pretending to be a new entry at `seq` after `prevHash`,
// with hashes computed as Gatehouse would (the best a forger can do without the anchor).
AuditEntry forge(ActionJournal &journal, qint64 from, qint64 seq, const QByteArray &prevHash)
{
    AuditEntry e = entryAt(journal, from);
    e.reason = QStringLiteral("forged");
    e.requestId = QStringLiteral("-");
    e.taskId = e.errorKind = e.errorCode = e.errorMessage = e.note = QStringLiteral("-");
    e.seq = seq;
    e.prevHash = prevHash;
    e.hash = e.computeHash();
    return e;
}

void shiftSeq(RawDatabase &raw, qint64 from, int by)
{
    QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET seq = -seq WHERE seq >= ?"), {from}));
    QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET seq = -seq + ? WHERE seq < 0"), {by}));
}

} // namespace

Q_DECLARE_METATYPE(Tamper)
Q_DECLARE_METATYPE(QVector<Expected>)

class TestAuditVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void intactJournalVerifies();
    void emptyJournalVerifies();
    void catchesTampering_data();
    void catchesTampering();
    void crashBeforeCommitIsNotTampering();
    void reportsAreBounded();

private:
    void buildJournal();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAuditVerifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<Tamper>();
}

void TestAuditVerifier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    buildJournal();
}

void TestAuditVerifier::cleanup()
{
    m_dir.reset();
}

void TestAuditVerifier::buildJournal()
{
    ActionJournal journal;
    QVERIFY(journal.open(m_dir->path()).ok());
    QVector<ActionRecord> all;
    for (int b = 0; b < 2; ++b) {
        const BatchRecord batch = makeBatch();
        QVector<ActionRecord> actions;
        for (int i = 0; i < actionsPerBatch; ++i)
            actions.append(makeAction(batch, b * actionsPerBatch + i));
        QVERIFY(journal.addBatch(batch, actions).ok());
        all += actions;
    }
    for (ActionRecord &a : all) {
        a.state = ActionState::Sending;
        a.attempts = 1;
        QVERIFY(journal.record(a).ok());
    }
    for (ActionRecord &a : all) {
        a.state = ActionState::Confirmed;
        a.requestId = QStringLiteral("req-") + a.userId;
        QVERIFY(journal.record(a).ok());
    }
    QCOMPARE(journal.entryCount().value(), entryTotal);
}

void TestAuditVerifier::intactJournalVerifies()
{
    ActionJournal journal;
    QVERIFY(journal.open(m_dir->path(), ActionJournal::OpenMode::ExistingOnly).ok());
    const auto report = AuditVerifier(journal).verify();
    QVERIFY2(report.ok(), qPrintable(report.error().message()));
    QVERIFY2(report->intact(), qPrintable(describe(report.value())));
    QCOMPARE(report->entries, entryTotal);
    QCOMPARE(report->head.seq, entryTotal);
    QVERIFY(report->anchorChecked);
}

void TestAuditVerifier::emptyJournalVerifies()
{
    QTemporaryDir dir;
    ActionJournal journal;
    QVERIFY(journal.open(dir.path()).ok());
    const auto report = AuditVerifier(journal).verify();
    QVERIFY(report.ok());
    QVERIFY(report->intact());
    QCOMPARE(report->entries, 0);
}

void TestAuditVerifier::catchesTampering_data()
{
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<QVector<Expected>>("expected");
    using K = AuditFinding::Kind;
    const qint64 last = entryTotal;

    QTest::newRow("update a field") << Tamper([](RawDatabase &raw, ActionJournal &,
                                                  const QString &) {
        QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET reason = 'no reason' WHERE seq = 5")));
    }) << QVector<Expected>{{K::Edited, 5, 5}};
    QTest::newRow("update the state of the first entry") << Tamper(
        [](RawDatabase &raw, ActionJournal &, const QString &) {
            QVERIFY(
                raw.exec(QStringLiteral("UPDATE entries SET state = 'cancelled' WHERE seq = 1")));
        }) << QVector<Expected>{{K::Edited, 1, 1}};
    QTest::newRow("update a field and recompute its hash") << Tamper(
        [](RawDatabase &raw, ActionJournal &journal, const QString &) {
            AuditEntry e = entryAt(journal, 10);
            e.operatorName = QStringLiteral("someone-else");
            e.hash = e.computeHash();
            QVERIFY(
                raw.exec(QStringLiteral("UPDATE entries SET operator = ?, hash = ? WHERE seq = 10"),
                    {e.operatorName, QString::fromLatin1(e.hash)}));
        }) << QVector<Expected>{{K::Edited, 10, 10}};
    QTest::newRow("update the last entry and recompute its hash") << Tamper(
        [last](RawDatabase &raw, ActionJournal &journal, const QString &) {
            AuditEntry e = entryAt(journal, last);
            e.state = QStringLiteral("failed");
            e.hash = e.computeHash();
            QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET state = ?, hash = ? WHERE seq = ?"),
                {e.state, QString::fromLatin1(e.hash), last}));
            // Keep the current-state view in line so only the trail tells.
            QVERIFY(raw.exec(
                QStringLiteral("UPDATE actions SET state = 'failed' WHERE id = ?"), {e.actionId}));
        }) << QVector<Expected>{{K::Edited, last, last}};
    QTest::newRow("delete a row") << Tamper([](RawDatabase &raw, ActionJournal &, const QString &) {
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM entries WHERE seq = 7")));
    }) << QVector<Expected>{{K::Deleted, 7, 7}};
    QTest::newRow("delete the first row") << Tamper(
        [](RawDatabase &raw, ActionJournal &, const QString &) {
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM entries WHERE seq = 1")));
        }) << QVector<Expected>{{K::Deleted, 1, 1}};
    QTest::newRow("delete three rows") << Tamper(
        [](RawDatabase &raw, ActionJournal &, const QString &) {
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM entries WHERE seq BETWEEN 11 AND 13")));
        }) << QVector<Expected>{{K::Deleted, 11, 13}};
    QTest::newRow("delete the last row") << Tamper(
        [last](RawDatabase &raw, ActionJournal &, const QString &) {
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM entries WHERE seq = ?"), {last}));
        }) << QVector<Expected>{{K::Deleted, last, last}};
    QTest::newRow("delete the last two rows") << Tamper(
        [last](RawDatabase &raw, ActionJournal &, const QString &) {
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM entries WHERE seq >= ?"), {last - 1}));
        }) << QVector<Expected>{{K::Deleted, last - 1, last}};
    QTest::newRow("delete a row and renumber the rest") << Tamper(
        [](RawDatabase &raw, ActionJournal &, const QString &) {
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM entries WHERE seq = 6")));
            shiftSeq(raw, 7, -1);
        }) << QVector<Expected>{{K::Deleted, 6, 6}, {K::Reordered, 6, last - 1}};
    QTest::newRow("insert a forged row at the end") << Tamper(
        [last](RawDatabase &raw, ActionJournal &journal, const QString &) {
            AuditEntry e = forge(journal, 3, last + 1, entryAt(journal, last).hash);
            e.hash = QByteArray(64, 'a');
            insertEntry(raw, e);
        }) << QVector<Expected>{{K::Inserted, last + 1, last + 1}};
    QTest::newRow("insert a forged row with a valid hash at the end") << Tamper(
        [last](RawDatabase &raw, ActionJournal &journal, const QString &) {
            insertEntry(raw, forge(journal, 3, last + 1, entryAt(journal, last).hash));
        }) << QVector<Expected>{{K::Inserted, last + 1, last + 1}};
    QTest::newRow("insert a forged row in the middle, renumbering the rest") << Tamper(
        [](RawDatabase &raw, ActionJournal &journal, const QString &) {
            const AuditEntry forged = forge(journal, 3, 6, entryAt(journal, 5).hash);
            shiftSeq(raw, 6, 1);
            insertEntry(raw, forged);
        }) << QVector<Expected>{{K::Inserted, 6, 6}, {K::Reordered, 7, last + 1}};
    QTest::newRow("insert a forged row into a gap") << Tamper(
        [](RawDatabase &raw, ActionJournal &journal, const QString &) {
            const AuditEntry forged = forge(journal, 3, 9, entryAt(journal, 8).hash);
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM entries WHERE seq = 9")));
            insertEntry(raw, forged);
        }) << QVector<Expected>{{K::Edited, 9, 9}};
    QTest::newRow("swap two rows' seq") << Tamper(
        [](RawDatabase &raw, ActionJournal &, const QString &) {
            QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET seq = -1 WHERE seq = 4")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET seq = 4 WHERE seq = 9")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET seq = 9 WHERE seq = -1")));
        }) << QVector<Expected>{{K::Reordered, 4, 4}, {K::Reordered, 9, 9}};
    QTest::newRow("swap two adjacent rows") << Tamper(
        [](RawDatabase &raw, ActionJournal &, const QString &) {
            QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET seq = -1 WHERE seq = 12")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET seq = 12 WHERE seq = 13")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET seq = 13 WHERE seq = -1")));
        }) << QVector<Expected>{{K::Reordered, 12, 12}, {K::Reordered, 13, 13}};
    QTest::newRow("delete the anchor") << Tamper(
        [](RawDatabase &, ActionJournal &journal, const QString &) {
            QVERIFY(QFile::remove(journal.anchorPath()));
        }) << QVector<Expected>{{K::AnchorMissing, 0, 0}};
    QTest::newRow("change an action's current state") << Tamper(
        [](RawDatabase &raw, ActionJournal &, const QString &) {
            QVERIFY(
                raw.exec(QStringLiteral("UPDATE actions SET state = 'planned' WHERE rowid = 2")));
        }) << QVector<Expected>{{K::StateMismatch, 0, 0}};
}

void TestAuditVerifier::catchesTampering()
{
    QFETCH(Tamper, tamper);
    QFETCH(QVector<Expected>, expected);
    {
        ActionJournal journal;
        QVERIFY(journal.open(m_dir->path()).ok());
        RawDatabase raw(journal.filePath());
        tamper(raw, journal, m_dir->path());
        if (QTest::currentTestFailed())
            return;
    }
    ActionJournal journal;
    QVERIFY(journal.open(m_dir->path(), ActionJournal::OpenMode::ExistingOnly).ok());
    const auto report = AuditVerifier(journal).verify();
    QVERIFY2(report.ok(), qPrintable(report.error().message()));
    const QString text = describe(report.value());
    QVERIFY2(!report->intact(), "tampering went unnoticed");
    // Cutting or forging entries also leaves actions whose state disagrees with their trail;
    // those follow-on findings are only compared where the case is about them.
    const bool aboutState = std::any_of(expected.begin(), expected.end(),
        [](const Expected &e) { return e.kind == AuditFinding::Kind::StateMismatch; });
    QVector<AuditFinding> findings;
    for (const AuditFinding &f : report->findings) {
        if (aboutState || f.kind != AuditFinding::Kind::StateMismatch)
            findings.append(f);
    }
    QVERIFY2(findings.size() == expected.size(), qPrintable(text));
    for (int i = 0; i < expected.size(); ++i) {
        const AuditFinding &f = findings.at(i);
        QVERIFY2(f.kind == expected[i].kind && f.seq == expected[i].seq
                && f.lastSeq == expected[i].lastSeq,
            qPrintable(text));
        QVERIFY(!f.message.isEmpty());
        if (f.seq > 0)
            QVERIFY2(f.message.contains(QString::number(f.seq)), qPrintable(f.message));
    }
}

void TestAuditVerifier::crashBeforeCommitIsNotTampering()
{
    // A crash after the anchor named the next head but before the commit: the journal ends
    // at the anchor's "previous" head, which is what a crash leaves, not tampering.
    ActionJournal journal;
    QVERIFY(journal.open(m_dir->path()).ok());
    const ChainHead head = journal.chainHead().value();
    QVERIFY(AuditAnchor(journal.anchorPath())
                .record(head, ChainHead{head.seq + 2, QByteArray(64, 'f')})
                .ok());
    const auto report = AuditVerifier(journal).verify();
    QVERIFY(report.ok());
    QVERIFY2(report->intact(), qPrintable(describe(report.value())));

    // The next write carries on from the journal's real head.
    const BatchRecord batch = makeBatch();
    QVector<ActionRecord> more{makeAction(batch, 99)};
    QVERIFY(journal.addBatch(batch, more).ok());
    const auto after = AuditVerifier(journal).verify();
    QVERIFY(after.ok());
    QVERIFY2(after->intact(), qPrintable(describe(after.value())));
    QCOMPARE(after->entries, entryTotal + 1);
}

void TestAuditVerifier::reportsAreBounded()
{
    {
        ActionJournal journal;
        QVERIFY(journal.open(m_dir->path()).ok());
        RawDatabase raw(journal.filePath());
        QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET reason = 'x'")));
    }
    ActionJournal journal;
    QVERIFY(journal.open(m_dir->path()).ok());
    AuditVerifier verifier(journal);
    verifier.setMaxFindings(5);
    const auto report = verifier.verify();
    QVERIFY(report.ok());
    QCOMPARE(report->findings.size(), 5);
    QVERIFY(report->truncated);
}

QTEST_GUILESS_MAIN(TestAuditVerifier)
#include "tst_auditverifier.moc"
