// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "models/tasklistmodel.h"
#include "tasks/actionjournal.h"
#include "tasks/journaltestutil.h"

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

class TestTaskListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadsJournalNewestFirst();
    void followsTransitionsRowByRow();
    void failedActionShowsMessageAndRequestId();
    void filtersByBucket();
    void trimsOldestRowsBeyondLimit();

private:
    // A batch of n planned actions, written to the journal.
    QVector<ActionRecord> addBatch(int n, UserAction action = UserAction::Disable);
    bool step(ActionRecord &action, ActionState state);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ActionJournal> m_journal;
};

void TestTaskListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTaskListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<ActionJournal>();
    const Result<Done> opened = m_journal->open(m_dir->path());
    QVERIFY2(opened.ok(), qPrintable(opened.error().summary()));
}

void TestTaskListModel::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

QVector<ActionRecord> TestTaskListModel::addBatch(int n, UserAction action)
{
    const BatchRecord batch = makeBatch(QUuid::createUuid(), action);
    QVector<ActionRecord> actions;
    for (int i = 0; i < n; ++i)
        actions.append(makeAction(batch, i));
    const Result<Done> added = m_journal->addBatch(batch, actions);
    if (!added.ok())
        qWarning() << added.error().summary();
    return actions;
}

bool TestTaskListModel::step(ActionRecord &action, ActionState state)
{
    action.state = state;
    const Result<Done> written = m_journal->record(action);
    if (!written.ok())
        qWarning() << written.error().summary();
    return written.ok();
}

void TestTaskListModel::loadsJournalNewestFirst()
{
    const QVector<ActionRecord> actions = addBatch(3);
    TaskListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.setJournal(m_journal.get()).isError());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(TaskListModel::ColumnCount));
    // allActions() is oldest first; the monitor shows the newest on top.
    QCOMPARE(model.index(0, 0).data(TaskListModel::ActionIdRole).toUuid(), actions.at(2).id);
    QCOMPARE(model.index(2, 0).data(TaskListModel::ActionIdRole).toUuid(), actions.at(0).id);
    QCOMPARE(model.index(0, TaskListModel::StateColumn).data().toString(),
        actionStateTitle(ActionState::Planned));
    QCOMPARE(
        model.index(0, TaskListModel::ActionColumn).data().toString(), QStringLiteral("Disable"));
    QCOMPARE(model.index(0, TaskListModel::UserColumn).data().toString(),
        QStringLiteral("User Number 2 (login2)"));
    QCOMPARE(
        model.index(0, 0).data(TaskListModel::BucketRole).toString(), QStringLiteral("pending"));
    QCOMPARE(model.index(0, 0).data(TaskListModel::FinalRole).toBool(), false);
}

void TestTaskListModel::followsTransitionsRowByRow()
{
    TaskListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStateIconProvider([](ActionState) { return QIcon(); });
    QVERIFY(!model.setJournal(m_journal.get()).isError());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy finished(&model, &TaskListModel::actionFinished);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    QVector<ActionRecord> actions = addBatch(2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 2);

    ActionRecord &first = actions[0];
    QVERIFY(step(first, ActionState::Sending));
    first.taskId = QStringLiteral("2c9180835d2e5168015d32f890ca1581");
    QVERIFY(step(first, ActionState::Accepted));
    const int row = model.rowOfAction(first.id);
    QCOMPARE(row, 1);
    QCOMPARE(changed.size(), 2);
    // One row, every column, with explicit roles.
    const QList<QVariant> last = changed.last();
    QCOMPARE(last.at(0).toModelIndex().row(), row);
    QCOMPARE(last.at(1).toModelIndex().row(), row);
    QVERIFY(last.at(2).value<QList<int>>().contains(TaskListModel::StateRole));
    QCOMPARE(model.index(row, TaskListModel::StateColumn).data().toString(),
        actionStateTitle(ActionState::Accepted));
    QVERIFY(model.index(row, TaskListModel::MessageColumn)
                .data()
                .toString()
                .contains(QStringLiteral("2c9180835d2e5168015d32f890ca1581")));
    QCOMPARE(finished.size(), 0);

    QVERIFY(step(first, ActionState::Succeeded));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ActionRecord>().id, first.id);
    QCOMPARE(model.index(row, 0).data(TaskListModel::BucketRole).toString(),
        QStringLiteral("succeeded"));
    QCOMPARE(model.index(row, 0).data(TaskListModel::FinalRole).toBool(), true);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(resets.size(), 0);
}

void TestTaskListModel::failedActionShowsMessageAndRequestId()
{
    TaskListModel model;
    QVERIFY(!model.setJournal(m_journal.get()).isError());
    QVector<ActionRecord> actions = addBatch(1);
    ActionRecord &action = actions[0];
    QVERIFY(step(action, ActionState::Sending));
    action.error = ApiError(ApiError::Kind::Forbidden, QStringLiteral("The caller is not allowed"))
                       .setHttpStatus(403)
                       .setProviderCode(QStringLiteral("403.1.0"))
                       .setRequestId(QStringLiteral("ab12cd34ef56"));
    QVERIFY(step(action, ActionState::Failed));

    const QModelIndex message = model.index(0, TaskListModel::MessageColumn);
    QVERIFY(message.data().toString().contains(QStringLiteral("The caller is not allowed")));
    QCOMPARE(model.index(0, TaskListModel::RequestIdColumn).data().toString(),
        QStringLiteral("ab12cd34ef56"));
    const QString details = model.index(0, 0).data(TaskListModel::DetailsRole).toString();
    QVERIFY(details.contains(QStringLiteral("ab12cd34ef56")));
    QVERIFY(details.contains(QStringLiteral("INC-1234, leaver")));
    QVERIFY(details.contains(action.id.toString(QUuid::WithoutBraces)));
    QCOMPARE(
        model.index(0, 0).data(TaskListModel::BucketRole).toString(), QStringLiteral("failed"));

    // A fresh model reads the same from the journal.
    TaskListModel reloaded;
    QVERIFY(!reloaded.setJournal(m_journal.get()).isError());
    QCOMPARE(reloaded.index(0, TaskListModel::RequestIdColumn).data().toString(),
        QStringLiteral("ab12cd34ef56"));
}

void TestTaskListModel::filtersByBucket()
{
    TaskListModel model;
    QVERIFY(!model.setJournal(m_journal.get()).isError());
    QVector<ActionRecord> actions = addBatch(4);
    QVERIFY(step(actions[0], ActionState::Sending));
    QVERIFY(step(actions[0], ActionState::Confirmed));
    QVERIFY(step(actions[1], ActionState::Sending));
    QVERIFY(step(actions[1], ActionState::Failed));
    QVERIFY(step(actions[2], ActionState::Cancelled));

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(TaskListModel::BucketRole);
    proxy.setFilterKeyColumn(0);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterRegularExpression(QStringLiteral("^(failed|unknown)$"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(TaskListModel::ActionIdRole).toUuid(), actions[1].id);
    proxy.setFilterRegularExpression(QStringLiteral("^pending$"));
    QCOMPARE(proxy.rowCount(), 1);
    QVERIFY(step(actions[3], ActionState::Sending));
    QVERIFY(step(actions[3], ActionState::Unknown));
    QCOMPARE(proxy.rowCount(), 0);
}

void TestTaskListModel::trimsOldestRowsBeyondLimit()
{
    TaskListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRowLimit(10);
    QVERIFY(!model.setJournal(m_journal.get()).isError());
    QVector<ActionRecord> actions = addBatch(25);
    QVERIFY(model.rowCount() <= 10);
    QVERIFY(model.rowCount() >= 9);
    QCOMPARE(model.index(0, 0).data(TaskListModel::ActionIdRole).toUuid(), actions.last().id);
    QCOMPARE(model.rowOfAction(actions.first().id), -1);
    // Updates still land on the right row after the front was trimmed.
    ActionRecord &newest = actions.last();
    QVERIFY(step(newest, ActionState::Cancelled));
    QCOMPARE(model.rowOfAction(newest.id), 0);
    QCOMPARE(model.index(0, 0).data(TaskListModel::StateRole).toInt(), int(ActionState::Cancelled));
    ActionRecord &older = actions[20];
    QVERIFY(step(older, ActionState::Skipped));
    const int row = model.rowOfAction(older.id);
    QCOMPARE(row, 4);
    QCOMPARE(model.index(row, 0).data(TaskListModel::StateRole).toInt(), int(ActionState::Skipped));
}

QTEST_GUILESS_MAIN(TestTaskListModel)
#include "tst_tasklistmodel.moc"
