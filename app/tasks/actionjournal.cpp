// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/actionjournal.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

#include "core/logging.h"

namespace Gatehouse {

namespace {

constexpr int busyTimeoutMs = 15000;

// Schema steps: migration N brings a journal from version N-1 to N. Add v2 as a new case;
// never change a step that has shipped.
QStringList migrationStatements(int toVersion)
{
    switch (toVersion) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE batches ("
                           " id TEXT PRIMARY KEY, profile_id TEXT NOT NULL,"
                           " profile_name TEXT NOT NULL, provider TEXT NOT NULL,"
                           " action TEXT NOT NULL, operator TEXT NOT NULL,"
                           " reason TEXT NOT NULL, created_ms INTEGER NOT NULL,"
                           " cancelled INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE actions ("
                           " id TEXT PRIMARY KEY, batch_id TEXT NOT NULL,"
                           " profile_id TEXT NOT NULL, profile_name TEXT NOT NULL,"
                           " provider TEXT NOT NULL, user_id TEXT NOT NULL,"
                           " login TEXT NOT NULL, email TEXT NOT NULL,"
                           " display_name TEXT NOT NULL, action TEXT NOT NULL,"
                           " operator TEXT NOT NULL, reason TEXT NOT NULL, state TEXT NOT NULL,"
                           " request_id TEXT NOT NULL, task_id TEXT NOT NULL,"
                           " attempts INTEGER NOT NULL, resent INTEGER NOT NULL,"
                           " error_kind TEXT NOT NULL, error_status INTEGER NOT NULL,"
                           " error_code TEXT NOT NULL, error_message TEXT NOT NULL,"
                           " error_request_id TEXT NOT NULL, note TEXT NOT NULL,"
                           " created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,"
                           " owner TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX actions_by_batch ON actions (batch_id)"),
            QStringLiteral("CREATE INDEX actions_by_user ON actions (profile_id, user_id)"),
            QStringLiteral("CREATE INDEX actions_by_state ON actions (state)"),
            QStringLiteral("CREATE TABLE entries ("
                           " seq INTEGER PRIMARY KEY, ts_ms INTEGER NOT NULL,"
                           " action_id TEXT NOT NULL, batch_id TEXT NOT NULL,"
                           " profile_id TEXT NOT NULL, profile_name TEXT NOT NULL,"
                           " provider TEXT NOT NULL, user_id TEXT NOT NULL,"
                           " login TEXT NOT NULL, email TEXT NOT NULL,"
                           " display_name TEXT NOT NULL, action TEXT NOT NULL,"
                           " operator TEXT NOT NULL, reason TEXT NOT NULL, state TEXT NOT NULL,"
                           " attempt INTEGER NOT NULL, request_id TEXT NOT NULL,"
                           " task_id TEXT NOT NULL, error_kind TEXT NOT NULL,"
                           " error_status INTEGER NOT NULL, error_code TEXT NOT NULL,"
                           " error_message TEXT NOT NULL, note TEXT NOT NULL,"
                           " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX entries_by_hash ON entries (hash)"),
        };
    default:
        break;
    }
    return {};
}

constexpr QLatin1String actionColumns(
    "id, batch_id, profile_id, profile_name, provider, user_id, login, email, display_name,"
    " action, operator, reason, state, request_id, task_id, attempts, resent, error_kind,"
    " error_status, error_code, error_message, error_request_id, note, created_ms, updated_ms,"
    " owner");
constexpr int actionColumnCount = 26;

constexpr QLatin1String entryColumns(
    "seq, ts_ms, action_id, batch_id, profile_id, profile_name, provider, user_id, login,"
    " email, display_name, action, operator, reason, state, attempt, request_id, task_id,"
    " error_kind, error_status, error_code, error_message, note, prev_hash, hash");
constexpr int entryColumnCount = 25;

constexpr QLatin1String batchColumns(
    "id, profile_id, profile_name, provider, action, operator, reason, created_ms, cancelled");

// The unfinished states as an SQL list; the names are our own constants, not input.
QString unfinishedStateList()
{
    QStringList names;
    for (ActionState state : {ActionState::Planned, ActionState::Sending, ActionState::Accepted,
             ActionState::Unknown, ActionState::ReconciledNotApplied}) {
        names += QLatin1Char('\'') + actionStateName(state) + QLatin1Char('\'');
    }
    return names.join(QLatin1Char(','));
}

QString placeholders(int count)
{
    QString list;
    for (int i = 0; i < count; ++i)
        list += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return list;
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QUuid uuidFrom(const QVariant &value)
{
    return QUuid::fromString(value.toString());
}

QDateTime utcFromMs(qint64 ms)
{
    static const QTimeZone utc = QTimeZone::utc();
    return QDateTime::fromMSecsSinceEpoch(ms, utc);
}

qint64 msOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// Values of an action in actionColumns order.
QVariantList actionValues(const ActionRecord &a)
{
    const ApiError &e = a.error;
    return {uuidText(a.id), uuidText(a.batchId), uuidText(a.profileId), a.profileName,
        providerKindName(a.provider), a.userId, a.login, a.email, a.displayName,
        userActionName(a.action), a.operatorName, a.reason, actionStateName(a.state), a.requestId,
        a.taskId, a.attempts, a.resent ? 1 : 0,
        e.isError() ? ApiError::kindName(e.kind()) : QString(), e.httpStatus(), e.providerCode(),
        e.message(), e.requestId(), a.note, msOf(a.created), msOf(a.updated), a.owner};
}

ActionRecord actionFromQuery(const QSqlQuery &q)
{
    ActionRecord a;
    a.id = uuidFrom(q.value(0));
    a.batchId = uuidFrom(q.value(1));
    a.profileId = uuidFrom(q.value(2));
    a.profileName = q.value(3).toString();
    providerKindFromName(q.value(4).toString(), &a.provider);
    a.userId = q.value(5).toString();
    a.login = q.value(6).toString();
    a.email = q.value(7).toString();
    a.displayName = q.value(8).toString();
    userActionFromName(q.value(9).toString(), &a.action);
    a.operatorName = q.value(10).toString();
    a.reason = q.value(11).toString();
    a.state = actionStateFromName(q.value(12).toString()).value_or(ActionState::Unknown);
    a.requestId = q.value(13).toString();
    a.taskId = q.value(14).toString();
    a.attempts = q.value(15).toInt();
    a.resent = q.value(16).toInt() != 0;
    const QString errorKind = q.value(17).toString();
    if (!errorKind.isEmpty()) {
        a.error = ApiError(
            ApiError::kindFromName(errorKind), q.value(20).toString(), q.value(18).toInt());
        a.error.setProviderCode(q.value(19).toString()).setRequestId(q.value(21).toString());
    }
    a.note = q.value(22).toString();
    a.created = utcFromMs(q.value(23).toLongLong());
    a.updated = utcFromMs(q.value(24).toLongLong());
    a.owner = q.value(25).toString();
    return a;
}

QVariantList entryValues(const AuditEntry &e)
{
    return {e.seq, msOf(e.timestamp), e.actionId, e.batchId, e.profileId, e.profileName, e.provider,
        e.userId, e.login, e.email, e.displayName, e.action, e.operatorName, e.reason, e.state,
        e.attempt, e.requestId, e.taskId, e.errorKind, e.errorStatus, e.errorCode, e.errorMessage,
        e.note, QString::fromLatin1(e.prevHash), QString::fromLatin1(e.hash)};
}

AuditEntry entryFromQuery(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.timestamp = utcFromMs(q.value(1).toLongLong());
    e.actionId = q.value(2).toString();
    e.batchId = q.value(3).toString();
    e.profileId = q.value(4).toString();
    e.profileName = q.value(5).toString();
    e.provider = q.value(6).toString();
    e.userId = q.value(7).toString();
    e.login = q.value(8).toString();
    e.email = q.value(9).toString();
    e.displayName = q.value(10).toString();
    e.action = q.value(11).toString();
    e.operatorName = q.value(12).toString();
    e.reason = q.value(13).toString();
    e.state = q.value(14).toString();
    e.attempt = q.value(15).toInt();
    e.requestId = q.value(16).toString();
    e.taskId = q.value(17).toString();
    e.errorKind = q.value(18).toString();
    e.errorStatus = q.value(19).toInt();
    e.errorCode = q.value(20).toString();
    e.errorMessage = q.value(21).toString();
    e.note = q.value(22).toString();
    e.prevHash = q.value(23).toString().toLatin1();
    e.hash = q.value(24).toString().toLatin1();
    return e;
}

BatchRecord batchFromQuery(const QSqlQuery &q)
{
    BatchRecord b;
    b.id = uuidFrom(q.value(0));
    b.profileId = uuidFrom(q.value(1));
    b.profileName = q.value(2).toString();
    providerKindFromName(q.value(3).toString(), &b.provider);
    userActionFromName(q.value(4).toString(), &b.action);
    b.operatorName = q.value(5).toString();
    b.reason = q.value(6).toString();
    b.created = utcFromMs(q.value(7).toLongLong());
    b.cancelled = q.value(8).toInt() != 0;
    return b;
}

bool execWith(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values) {
        // A null QString binds as SQL NULL; the columns hold '' for "none".
        if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    return query.exec();
}

} // namespace

ActionJournal::ActionJournal(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{
    qRegisterMetaType<ActionRecord>();
    qRegisterMetaType<BatchRecord>();
}

ActionJournal::~ActionJournal()
{
    close();
}

QString ActionJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString ActionJournal::fileName()
{
    return QStringLiteral("journal.sqlite");
}

Result<Done> ActionJournal::open(const QString &directory, OpenMode mode)
{
    close();
    const QString dirPath = directory.isEmpty() ? defaultDirectory() : directory;
    const QString path = QDir(dirPath).filePath(fileName());
    if (mode == OpenMode::ExistingOnly && !QFileInfo::exists(path)) {
        return ApiError(ApiError::Kind::Config,
            tr("There is no journal in %1 yet.").arg(QDir::toNativeSeparators(dirPath)));
    }
    if (!QDir().mkpath(dirPath)) {
        return ApiError(ApiError::Kind::Config,
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dirPath)));
    }

    m_filePath = path;
    m_connectionName = QStringLiteral("gatehouse-journal-") + uuidText(QUuid::createUuid());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open()) {
            const ApiError error = databaseError(Operation::Open, db.lastError().text());
            close();
            return error;
        }
        QSqlQuery pragma(db);
        // WAL: the GUI and the CLI read while the other writes. FULL: a commit is on disk
        // before the next step (a request) happens.
        if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !pragma.next()
            || pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0
            || !pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"))
            || !pragma.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs))) {
            const ApiError error = databaseError(Operation::Open, pragma.lastError().text());
            pragma.finish();
            close();
            return error;
        }
    }
    if (auto migrated = migrate(); !migrated) {
        close();
        return migrated;
    }
    qCInfo(lcTasks) << "journal opened" << QDir::toNativeSeparators(path) << "schema"
                    << m_schemaVersion;
    return Done{};
}

void ActionJournal::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_schemaVersion = 0;
}

bool ActionJournal::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

Result<Done> ActionJournal::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    // IMMEDIATE: a second process opening a fresh journal at the same time waits here
    // instead of creating the tables twice.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return databaseError(Operation::Write, q.lastError().text());
    auto fail = [&](const QString &detail) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return databaseError(Operation::Upgrade, detail);
    };
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT "
                               "NULL)")))
        return fail(q.lastError().text());
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")))
        return fail(q.lastError().text());
    int version = q.next() ? q.value(0).toInt() : 0;
    const bool hasRow = version > 0;
    q.finish();
    if (version > currentSchemaVersion) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return ApiError(ApiError::Kind::Config,
            tr("The journal %1 was written by a newer Gatehouse (schema %2).")
                .arg(QDir::toNativeSeparators(m_filePath))
                .arg(version));
    }
    for (int next = version + 1; next <= currentSchemaVersion; ++next) {
        for (const QString &statement : migrationStatements(next)) {
            if (!q.exec(statement))
                return fail(q.lastError().text());
        }
        version = next;
    }
    const QString store = hasRow
        ? QStringLiteral("UPDATE schema_version SET version = ?")
        : QStringLiteral("INSERT INTO schema_version (version) VALUES (?)");
    if (!execWith(q, store, {version}))
        return fail(q.lastError().text());
    q.finish();
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q.lastError().text());
    m_schemaVersion = version;
    return Done{};
}

Result<Done> ActionJournal::addBatch(const BatchRecord &batch, QVector<ActionRecord> &actions)
{
    return writeTransitions(actions, &batch);
}

Result<Done> ActionJournal::record(ActionRecord &action)
{
    QVector<ActionRecord> one{action};
    auto result = writeTransitions(one, nullptr);
    if (result)
        action = one.constFirst();
    return result;
}

Result<Done> ActionJournal::recordAll(QVector<ActionRecord> &actions)
{
    return writeTransitions(actions, nullptr);
}

Result<Done> ActionJournal::writeTransitions(
    QVector<ActionRecord> &actions, const BatchRecord *newBatch)
{
    if (!isOpen())
        return ApiError(ApiError::Kind::Config, tr("The journal is not open."));
    if (actions.isEmpty() && !newBatch)
        return Done{};

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return databaseError(Operation::Write, q.lastError().text());
    auto fail = [&](ApiError error) {
        q.finish();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    auto dbFail = [&](const QString &detail) {
        return fail(databaseError(Operation::Write, detail));
    };

    const auto head = chainHead();
    if (!head)
        return fail(head.error());
    ChainHead current = head.value();
    const QDateTime now = m_clock->utcNow();

    if (newBatch) {
        const QVariantList values{uuidText(newBatch->id), uuidText(newBatch->profileId),
            newBatch->profileName, providerKindName(newBatch->provider),
            userActionName(newBatch->action), newBatch->operatorName, newBatch->reason,
            msOf(newBatch->created.isValid() ? newBatch->created : now),
            newBatch->cancelled ? 1 : 0};
        if (!execWith(q,
                QStringLiteral("INSERT INTO batches (") + batchColumns
                    + QStringLiteral(") VALUES (") + placeholders(values.size()) + QLatin1Char(')'),
                values))
            return dbFail(q.lastError().text());
    }

    const QString insertAction = QStringLiteral("INSERT INTO actions (") + actionColumns
        + QStringLiteral(") VALUES (") + placeholders(actionColumnCount) + QLatin1Char(')');
    const QString updateAction = QStringLiteral(
        "UPDATE actions SET state = ?, request_id = ?, task_id = ?, attempts = ?, resent = ?,"
        " error_kind = ?, error_status = ?, error_code = ?, error_message = ?,"
        " error_request_id = ?, note = ?, updated_ms = ?, owner = ?,"
        " login = ?, email = ?, display_name = ?"
        " WHERE id = ?");
    const QString insertEntry = QStringLiteral("INSERT INTO entries (") + entryColumns
        + QStringLiteral(") VALUES (") + placeholders(entryColumnCount) + QLatin1Char(')');

    QVector<ActionRecord> written = actions;
    for (ActionRecord &a : written) {
        a.updated = now;
        const QString claimedBy = a.owner;
        // Nobody owns a finished action: any runner may retry it.
        if (isFinalState(a.state))
            a.owner.clear();
        if (newBatch) {
            if (!isInitialState(a.state)) {
                return fail(ApiError(ApiError::Kind::Config,
                    tr("An action cannot start in the state %1.").arg(actionStateName(a.state))));
            }
            a.created = now;
            if (!execWith(q, insertAction, actionValues(a)))
                return dbFail(q.lastError().text());
        } else {
            if (!execWith(q, QStringLiteral("SELECT state, owner FROM actions WHERE id = ?"),
                    {uuidText(a.id)}))
                return dbFail(q.lastError().text());
            if (!q.next()) {
                return fail(ApiError(ApiError::Kind::NotFound,
                    tr("The journal has no action %1.").arg(uuidText(a.id))));
            }
            const QString onDiskName = q.value(0).toString();
            const auto onDisk = actionStateFromName(onDiskName);
            const QString owner = q.value(1).toString();
            q.finish();
            if (!onDisk || !isAllowedTransition(*onDisk, a.state)) {
                return fail(ApiError(ApiError::Kind::Conflict,
                    tr("Action %1 cannot go from %2 to %3.")
                        .arg(uuidText(a.id), onDiskName, actionStateName(a.state))));
            }
            if (!owner.isEmpty() && owner != claimedBy) {
                return fail(ApiError(ApiError::Kind::Conflict,
                    tr("Action %1 is handled by another Gatehouse process.").arg(uuidText(a.id))));
            }
            const QVariantList all = actionValues(a);
            // state … updated_ms (columns 12..24 without created_ms), owner, the user's names
            // (a read may have learnt them after the action was planned), then the id.
            const QVariantList values{all[12], all[13], all[14], all[15], all[16], all[17], all[18],
                all[19], all[20], all[21], all[22], all[24], all[25], all[6], all[7], all[8],
                all[0]};
            if (!execWith(q, updateAction, values))
                return dbFail(q.lastError().text());
        }
        AuditEntry entry = AuditEntry::fromAction(a);
        entry.seq = current.seq + 1;
        entry.prevHash = current.hash;
        entry.hash = entry.computeHash();
        if (!execWith(q, insertEntry, entryValues(entry)))
            return dbFail(q.lastError().text());
        current = ChainHead{entry.seq, entry.hash};
    }
    q.finish();

    // The anchor names both heads, so a crash between it and the commit is told apart from
    // tampering.
    if (auto anchored = AuditAnchor(anchorPath()).record(head.value(), current); !anchored)
        return fail(anchored.error());
    if (!q.exec(QStringLiteral("COMMIT")))
        return dbFail(q.lastError().text());
    confirmAnchor(current);

    actions = written;
    if (newBatch)
        emit batchAdded(*newBatch);
    for (const ActionRecord &a : std::as_const(actions))
        emit actionRecorded(a);
    return Done{};
}

void ActionJournal::confirmAnchor(const ChainHead &head)
{
    // Until now the anchor also accepts the head before this write (a crash before the
    // commit). Naming only the new head makes deleting the entries just written detectable.
    // Under the write lock, and only if no other writer moved the head on meanwhile.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        qCWarning(lcAudit) << "cannot confirm the audit anchor:" << q.lastError().text();
        return;
    }
    const auto now = chainHead();
    if (now && now.value() == head) {
        if (auto confirmed = AuditAnchor(anchorPath()).record(head, head, AuditAnchor::Sync::Lazy);
            !confirmed)
            qCWarning(lcAudit).noquote() << confirmed.error().message();
    }
    q.exec(QStringLiteral("COMMIT"));
}

Result<Done> ActionJournal::setBatchCancelled(const QUuid &batchId)
{
    if (!isOpen())
        return ApiError(ApiError::Kind::Config, tr("The journal is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!execWith(q, QStringLiteral("UPDATE batches SET cancelled = 1 WHERE id = ?"),
            {uuidText(batchId)}))
        return databaseError(Operation::Write, q.lastError().text());
    return Done{};
}

Result<int> ActionJournal::reassign(
    const QString &fromOwner, const QString &toOwner, const QUuid &profileId)
{
    if (!isOpen())
        return ApiError(ApiError::Kind::Config, tr("The journal is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!execWith(q,
            QStringLiteral("UPDATE actions SET owner = ? WHERE owner = ? AND profile_id = ?"
                           " AND state IN (")
                + unfinishedStateList() + QLatin1Char(')'),
            {toOwner, fromOwner, uuidText(profileId)}))
        return databaseError(Operation::Write, q.lastError().text());
    return q.numRowsAffected();
}

Result<QVector<ActionRecord>> ActionJournal::selectActions(
    const QString &whereAndOrder, const QVariantList &values) const
{
    if (!isOpen())
        return ApiError(ApiError::Kind::Config, tr("The journal is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!execWith(q,
            QStringLiteral("SELECT ") + actionColumns + QStringLiteral(" FROM actions ")
                + whereAndOrder,
            values))
        return databaseError(Operation::Read, q.lastError().text());
    QVector<ActionRecord> result;
    while (q.next())
        result.append(actionFromQuery(q));
    return result;
}

Result<std::optional<ActionRecord>> ActionJournal::action(const QUuid &id) const
{
    auto found = selectActions(QStringLiteral("WHERE id = ?"), {uuidText(id)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ActionRecord>();
    return std::optional<ActionRecord>(found->constFirst());
}

Result<QVector<ActionRecord>> ActionJournal::actionsInBatch(const QUuid &batchId) const
{
    return selectActions(QStringLiteral("WHERE batch_id = ? ORDER BY rowid"), {uuidText(batchId)});
}

Result<QVector<ActionRecord>> ActionJournal::unfinishedActions(const QUuid &profileId) const
{
    const QString states =
        QStringLiteral("WHERE state IN (") + unfinishedStateList() + QLatin1Char(')');
    if (profileId.isNull())
        return selectActions(states + QStringLiteral(" ORDER BY rowid"), {});
    return selectActions(
        states + QStringLiteral(" AND profile_id = ? ORDER BY rowid"), {uuidText(profileId)});
}

Result<QSet<QString>> ActionJournal::usersWithUnfinishedActions(const QUuid &profileId) const
{
    if (!isOpen())
        return ApiError(ApiError::Kind::Config, tr("The journal is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!execWith(q,
            QStringLiteral("SELECT DISTINCT user_id FROM actions WHERE profile_id = ?"
                           " AND state IN (")
                + unfinishedStateList() + QLatin1Char(')'),
            {uuidText(profileId)}))
        return databaseError(Operation::Read, q.lastError().text());
    QSet<QString> users;
    while (q.next())
        users.insert(q.value(0).toString());
    return users;
}

Result<QVector<ActionRecord>> ActionJournal::recentActionsForUser(
    const QUuid &profileId, const QString &userId, int limit) const
{
    return selectActions(
        QStringLiteral("WHERE profile_id = ? AND user_id = ? ORDER BY rowid DESC LIMIT ?"),
        {uuidText(profileId), userId, limit});
}

Result<QVector<ActionRecord>> ActionJournal::allActions(int limit) const
{
    if (limit < 0)
        return selectActions(QStringLiteral("ORDER BY rowid"), {});
    auto newest = selectActions(QStringLiteral("ORDER BY rowid DESC LIMIT ?"), {limit});
    if (newest)
        std::reverse(newest.value().begin(), newest.value().end());
    return newest;
}

Result<std::optional<BatchRecord>> ActionJournal::batch(const QUuid &batchId) const
{
    if (!isOpen())
        return ApiError(ApiError::Kind::Config, tr("The journal is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!execWith(q,
            QStringLiteral("SELECT ") + batchColumns + QStringLiteral(" FROM batches WHERE id = ?"),
            {uuidText(batchId)}))
        return databaseError(Operation::Read, q.lastError().text());
    if (!q.next())
        return std::optional<BatchRecord>();
    return std::optional<BatchRecord>(batchFromQuery(q));
}

Result<QVector<BatchRecord>> ActionJournal::batches(int limit) const
{
    if (!isOpen())
        return ApiError(ApiError::Kind::Config, tr("The journal is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!execWith(q,
            QStringLiteral("SELECT ") + batchColumns
                + QStringLiteral(" FROM batches ORDER BY rowid DESC LIMIT ?"),
            {limit}))
        return databaseError(Operation::Read, q.lastError().text());
    QVector<BatchRecord> result;
    while (q.next())
        result.append(batchFromQuery(q));
    return result;
}

Result<BatchSummary> ActionJournal::batchSummary(const QUuid &batchId) const
{
    if (!isOpen())
        return ApiError(ApiError::Kind::Config, tr("The journal is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!execWith(q,
            QStringLiteral("SELECT state, COUNT(*) FROM actions WHERE batch_id = ? GROUP BY state"),
            {uuidText(batchId)}))
        return databaseError(Operation::Read, q.lastError().text());
    BatchSummary summary;
    summary.batchId = batchId;
    while (q.next()) {
        const ActionState state =
            actionStateFromName(q.value(0).toString()).value_or(ActionState::Unknown);
        const int count = q.value(1).toInt();
        for (int i = 0; i < count; ++i)
            summary.add(state);
    }
    return summary;
}

Result<Done> ActionJournal::forEachEntry(
    qint64 afterSeq, const std::function<bool(const AuditEntry &)> &visit) const
{
    if (!isOpen())
        return ApiError(ApiError::Kind::Config, tr("The journal is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!execWith(q,
            QStringLiteral("SELECT ") + entryColumns
                + QStringLiteral(" FROM entries WHERE seq > ? ORDER BY seq"),
            {afterSeq}))
        return databaseError(Operation::Read, q.lastError().text());
    while (q.next()) {
        if (!visit(entryFromQuery(q)))
            break;
    }
    return Done{};
}

Result<std::optional<AuditEntry>> ActionJournal::entryWithHash(const QByteArray &hash) const
{
    if (!isOpen())
        return ApiError(ApiError::Kind::Config, tr("The journal is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!execWith(q,
            QStringLiteral("SELECT ") + entryColumns
                + QStringLiteral(" FROM entries WHERE hash = ? ORDER BY seq LIMIT 1"),
            {QString::fromLatin1(hash)}))
        return databaseError(Operation::Read, q.lastError().text());
    if (!q.next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(entryFromQuery(q));
}

Result<std::optional<AuditEntry>> ActionJournal::entryAfterHash(const QByteArray &hash) const
{
    if (!isOpen())
        return ApiError(ApiError::Kind::Config, tr("The journal is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!execWith(q,
            QStringLiteral("SELECT ") + entryColumns
                + QStringLiteral(" FROM entries WHERE prev_hash = ? ORDER BY seq LIMIT 1"),
            {QString::fromLatin1(hash)}))
        return databaseError(Operation::Read, q.lastError().text());
    if (!q.next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(entryFromQuery(q));
}

Result<ChainHead> ActionJournal::chainHead() const
{
    if (!isOpen())
        return ApiError(ApiError::Kind::Config, tr("The journal is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1")))
        return databaseError(Operation::Read, q.lastError().text());
    ChainHead head{0, AuditEntry::genesisHash()};
    if (q.next())
        head = ChainHead{q.value(0).toLongLong(), q.value(1).toString().toLatin1()};
    return head;
}

Result<qint64> ActionJournal::entryCount() const
{
    if (!isOpen())
        return ApiError(ApiError::Kind::Config, tr("The journal is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM entries")) || !q.next())
        return databaseError(Operation::Read, q.lastError().text());
    return q.value(0).toLongLong();
}

Result<QVector<TrailMismatch>> ActionJournal::actionsDisagreeingWithTrail(int limit) const
{
    if (!isOpen())
        return ApiError(ApiError::Kind::Config, tr("The journal is not open."));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    // SQLite takes the bare column `state` from the row holding MAX(seq).
    if (!execWith(q,
            QStringLiteral("SELECT a.id, a.state, e.state FROM actions a LEFT JOIN"
                           " (SELECT action_id, state, MAX(seq) FROM entries"
                           " GROUP BY action_id) e ON e.action_id = a.id"
                           " WHERE e.state IS NULL OR e.state <> a.state"
                           " ORDER BY a.rowid LIMIT ?"),
            {limit}))
        return databaseError(Operation::Read, q.lastError().text());
    QVector<TrailMismatch> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return result;
}

ApiError ActionJournal::databaseError(Operation operation, const QString &detail) const
{
    const QString file = QDir::toNativeSeparators(m_filePath);
    QString text;
    switch (operation) {
    case Operation::Open:
        //: %1 is the journal file, %2 SQLite's message.
        text = tr("Cannot open the journal %1: %2").arg(file, detail);
        break;
    case Operation::Upgrade:
        text = tr("Cannot upgrade the journal %1: %2").arg(file, detail);
        break;
    case Operation::Write:
        text = tr("Cannot write to the journal %1: %2").arg(file, detail);
        break;
    case Operation::Read:
        text = tr("Cannot read the journal %1: %2").arg(file, detail);
        break;
    }
    qCWarning(lcTasks).noquote() << text;
    return ApiError(ApiError::Kind::Config, text);
}

} // namespace Gatehouse
