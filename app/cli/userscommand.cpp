// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/userscommand.h"

#include <QFile>
#include <QJsonDocument>

#include "cli/output.h"
#include "profiles/envcredentialstore.h"
#include "profiles/profilestore.h"
#include "providers/profileconnector.h"
#include "tasks/actionjournal.h"
#include "tasks/actionrunner.h"

namespace Gatehouse {

UsersCommand::UsersCommand(CliContext *context)
    : Command(context)
{ }

UsersCommand::~UsersCommand() = default;

void UsersCommand::start(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        {QStringLiteral("profile"), QStringLiteral("Profile name."), QStringLiteral("name")},
        {QStringLiteral("query"), QStringLiteral("Server-side search."), QStringLiteral("text")},
        {QStringLiteral("field"), QStringLiteral("Search field."), QStringLiteral("field")},
        {QStringLiteral("sort"), QStringLiteral("Sort field, '-' for descending."),
            QStringLiteral("field")},
        {QStringLiteral("all"), QStringLiteral("Page through everything.")},
        {QStringLiteral("limit"), QStringLiteral("At most N users."), QStringLiteral("n")},
        {QStringLiteral("format"), QStringLiteral("table, json or csv."), QStringLiteral("format"),
            QStringLiteral("table")},
        {QStringLiteral("reason"), QStringLiteral("Reason or ticket."), QStringLiteral("text")},
        {QStringLiteral("wait"), QStringLiteral("Follow tasks to the end.")},
        {QStringLiteral("from-file"), QStringLiteral("Read ids from FILE or - (stdin)."),
            QStringLiteral("file")},
        {QStringLiteral("settle-seconds"),
            QStringLiteral("Wait before reading back an action whose outcome is unknown."),
            QStringLiteral("seconds")},
    });
    if (!parser.parse(QStringList{QStringLiteral("users")} + args.mid(1))) {
        finish(m_context->usage(parser.errorText()));
        return;
    }
    if (!CliContext::parseFormat(parser.value(QStringLiteral("format")), &m_format)) {
        finish(m_context->usage(tr("--format must be table, json or csv.")));
        return;
    }
    if (!parser.isSet(QStringLiteral("profile"))) {
        //: %1 is the subcommand given ("list", "disable", ...)
        finish(m_context->usage(tr("users %1 needs --profile NAME.").arg(sub)));
        return;
    }
    UserAction action = UserAction::Disable;
    if (sub == QLatin1String("list")) {
        list(parser);
    } else if (sub == QLatin1String("show")) {
        show(parser);
    } else if (userActionFromName(sub, &action)) {
        changeState(action, parser);
    } else {
        finish(m_context->usage(tr("users needs one of: list, show, disable, enable, unlock.")));
    }
}

void UsersCommand::openProfile(const QString &name, std::function<void()> next)
{
    const Result<Profile> profile = m_context->profiles()->find(name);
    if (!profile) {
        finish(m_context->fail(profile.error()));
        return;
    }
    m_profile = std::make_unique<Profile>(profile.value());
    m_profileName = profile->name;
    m_context->credentials()->setActiveProfile(profile.value());
    ProfileConnector::open(
        profile.value(), m_context->credentials(), m_context->network(), this, this,
        [this, next = std::move(next)](const Result<IdentityProvider *> &p) {
            if (!p) {
                finish(m_context->fail(p.error()));
                return;
            }
            m_provider = p.value();
            next();
        },
        m_context->transferTimeoutMs());
}

void UsersCommand::list(const QCommandLineParser &parser)
{
    m_query.text = parser.value(QStringLiteral("query"));
    m_query.field = parser.value(QStringLiteral("field"));
    QString sort = parser.value(QStringLiteral("sort"));
    if (sort.startsWith(QLatin1Char('-'))) {
        m_query.sortDescending = true;
        sort.remove(0, 1);
    }
    m_query.sortField = sort;
    m_query.wantTotal = true;
    m_all = parser.isSet(QStringLiteral("all"));
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        m_limit = parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || m_limit <= 0) {
            finish(m_context->usage(tr("--limit must be a positive number.")));
            return;
        }
        m_all = true; // page until the limit is reached
    }
    m_query.readAhead = m_all && m_limit <= 0; // every page will be asked for
    openProfile(parser.value(QStringLiteral("profile")), [this] {
        if (!m_provider->capabilities().canBrowse && m_query.text.trimmed().isEmpty()) {
            //: %1 is the provider ("RSA SecurID"); E-MAIL and USERNAME are placeholders
            finish(m_context->usage(tr("%1 cannot list every user; search with --query E-MAIL "
                                       "or --query USERNAME.")
                                        .arg(providerKindTitle(m_provider->kind()))));
            return;
        }
        m_writer = std::make_unique<Output::UserListWriter>(
            m_context->out(), m_format, m_profileName, providerKindName(m_provider->kind()));
        fetchPage(QString());
    });
}

void UsersCommand::fetchPage(const QString &pageToken)
{
    m_provider->listUsers(m_query, pageToken, this, [this](const Result<UserPage> &page) {
        if (!page) {
            m_writer->finish(m_total, QString());
            finish(m_context->fail(page.error()));
            return;
        }
        if (page->total >= 0)
            m_total = page->total;
        QVector<UserRecord> users = page->users;
        if (m_limit > 0 && m_listed + users.size() > m_limit)
            users.resize(m_limit - m_listed);
        m_writer->addUsers(users);
        m_listed += users.size();
        const bool limitReached = m_limit > 0 && m_listed >= m_limit;
        if (m_all && !limitReached && !page->nextPageToken.isEmpty()) {
            fetchPage(page->nextPageToken);
            return;
        }
        m_writer->finish(m_total, limitReached ? QString() : page->nextPageToken);
        finish(ExitOk);
    });
}

void UsersCommand::show(const QCommandLineParser &parser)
{
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1) {
        finish(m_context->usage(QStringLiteral("users show --profile NAME ID")));
        return;
    }
    openProfile(parser.value(QStringLiteral("profile")), [this, id = ids.first()] {
        // RSA looks users up by e-mail or user name: the same argument serves as either.
        UserKey key{id, id, id.contains(QLatin1Char('@')) ? id : QString()};
        m_provider->getUser(key, this, [this](const Result<UserRecord> &user) {
            if (!user) {
                finish(m_context->fail(user.error()));
                return;
            }
            const QJsonObject json = Output::userJson(user.value(), true);
            if (m_format == OutputFormat::Json) {
                m_context->out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
            } else {
                const QStringList headers = m_format == OutputFormat::Csv
                    ? QStringList{QStringLiteral("FIELD"), QStringLiteral("VALUE")}
                    : QStringList{tr("FIELD", "column header"), tr("VALUE", "column header")};
                Output::RowWriter rows(m_context->out(), m_format, headers);
                for (auto it = json.begin(); it != json.end(); ++it) {
                    if (it.key() == QLatin1String("attributes"))
                        continue;
                    rows.addRow({it.key(), it.value().toVariant().toString()});
                }
                const QJsonObject raw = user->raw;
                for (auto it = raw.begin(); it != raw.end(); ++it) {
                    const QString value = it.value().isObject() || it.value().isArray()
                        ? QString::fromUtf8(QJsonDocument::fromVariant(it.value().toVariant())
                                                .toJson(QJsonDocument::Compact))
                        : it.value().toVariant().toString();
                    rows.addRow({QStringLiteral("attributes.") + it.key(), value});
                }
                rows.flush();
            }
            finish(ExitOk);
        });
    });
}

void UsersCommand::changeState(UserAction action, const QCommandLineParser &parser)
{
    m_action = action;
    m_reason = parser.value(QStringLiteral("reason")).trimmed();
    m_wait = parser.isSet(QStringLiteral("wait"));
    if (parser.isSet(QStringLiteral("settle-seconds"))) {
        bool ok = false;
        m_settleMs = parser.value(QStringLiteral("settle-seconds")).toInt(&ok) * 1000;
        if (!ok || m_settleMs < 0) {
            finish(m_context->usage(tr("--settle-seconds must be a number.")));
            return;
        }
    }
    QStringList keys = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("from-file"))) {
        const QString path = parser.value(QStringLiteral("from-file"));
        QFile file;
        const bool opened = path == QLatin1String("-")
            ? file.open(stdin, QIODevice::ReadOnly)
            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened) {
            //: %1 is the file given with --from-file
            finish(m_context->usage(tr("cannot read %1").arg(path)));
            return;
        }
        // One user per line; blank lines and # comments are skipped, and for CSV only the
        // first column counts.
        for (const QByteArray &raw : file.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw).section(QLatin1Char(','), 0, 0).trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                keys << line;
        }
    }
    keys.removeDuplicates();
    if (keys.isEmpty()) {
        //: %1 is the action's command word ("disable", "enable", "unlock")
        finish(m_context->usage(
            tr("users %1 needs user ids, or --from-file FILE|-.").arg(userActionName(action))));
        return;
    }
    openProfile(parser.value(QStringLiteral("profile")), [this, keys] {
        m_journal = std::make_unique<ActionJournal>();
        const Result<Done> opened = m_journal->open(m_context->configDir());
        if (!opened) {
            finish(m_context->fail(opened.error()));
            return;
        }
        m_runner = new ActionRunner(m_journal.get(), this);
        RunnerSettings settings;
        settings.settleDelayMs = m_settleMs;
        m_runner->setSettings(settings);
        connect(m_runner, &ActionRunner::actionChanged, this, &UsersCommand::onActionChanged);
        connect(m_runner, &ActionRunner::batchFinished, this,
            [this](const QUuid &batchId, const BatchSummary &summary) {
                if (batchId == m_batchId && !m_runner->isBusy())
                    finishBatch(summary);
            });
        connect(m_runner, &ActionRunner::idle, this, &UsersCommand::maybeDone);
        const Result<Done> added = m_runner->addProfile(*m_profile, m_provider);
        if (!added) {
            finish(m_context->fail(added.error()));
            return;
        }
        // What an earlier run left unfinished (a crash, a kill) is taken up first.
        const Result<int> resumed = m_runner->resumeUnfinished(m_profile->id);
        if (resumed && resumed.value() > 0) {
            m_context->err() << tr("note: resuming %n unfinished action(s) of an earlier run",
                nullptr, resumed.value())
                             << '\n';
            m_context->err().flush();
        }
        if (m_provider->kind() == ProviderKind::SecurId)
            resolveUsers(keys, {});
        else {
            QVector<BatchUser> users;
            for (const QString &key : keys) {
                BatchUser user;
                user.id = key;
                users.append(user);
            }
            submitBatch(users);
        }
    });
}

void UsersCommand::resolveUsers(QStringList keys, QVector<BatchUser> resolved)
{
    if (keys.isEmpty()) {
        if (resolved.isEmpty()) {
            finish(ExitFailure);
            return;
        }
        submitBatch(resolved);
        return;
    }
    const QString key = keys.takeFirst();
    const UserKey userKey{key, key, key.contains(QLatin1Char('@')) ? key : QString()};
    m_provider->getUser(
        userKey, this, [this, key, keys, resolved](const Result<UserRecord> &user) mutable {
            if (!user) {
                ++m_unresolved;
                //: %1 is a user id or e-mail the operator gave, %2 why it named no user
                m_context->err() << tr("%1: %2").arg(key, user.error().summary()) << '\n';
            } else {
                resolved.append(BatchUser::fromRecord(user.value()));
            }
            resolveUsers(keys, resolved);
        });
}

void UsersCommand::submitBatch(const QVector<BatchUser> &users)
{
    BatchRequest request;
    request.profileId = m_profile->id;
    request.action = m_action;
    request.reason = m_reason;
    request.users = users;
    const Result<QUuid> batch = m_runner->submit(request);
    if (!batch) {
        finish(m_context->fail(batch.error()));
        return;
    }
    m_batchId = batch.value();
    // Skipped and refused actions are final at once; report what is already known.
    const Result<QVector<ActionRecord>> actions = m_journal->actionsInBatch(m_batchId);
    if (actions) {
        for (const ActionRecord &action : actions.value())
            onActionChanged(action);
    }
    maybeDone();
}

void UsersCommand::onActionChanged(const ActionRecord &action)
{
    if (action.batchId != m_batchId || m_batchId.isNull())
        return;
    const bool accepted = action.state == ActionState::Accepted;
    if (isFinalState(action.state) || (accepted && !m_wait))
        report(action);
    maybeDone();
}

void UsersCommand::report(const ActionRecord &action)
{
    if (m_reportedIds.contains(action.id) && action.state == ActionState::Accepted)
        return;
    m_reportedIds.insert(action.id);
    QJsonObject json{{QStringLiteral("actionId"), action.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("userId"), action.userId}, {QStringLiteral("login"), action.login},
        {QStringLiteral("displayName"), action.displayName},
        {QStringLiteral("action"), userActionName(action.action)},
        {QStringLiteral("state"), actionStateName(action.state)},
        {QStringLiteral("attempts"), action.attempts},
        {QStringLiteral("taskId"),
            action.taskId.isEmpty() ? QJsonValue() : QJsonValue(action.taskId)},
        {QStringLiteral("requestId"),
            action.requestId.isEmpty() ? QJsonValue() : QJsonValue(action.requestId)},
        {QStringLiteral("note"), action.note.isEmpty() ? QJsonValue() : QJsonValue(action.note)}};
    if (action.error.isError()) {
        json.insert(QStringLiteral("error"),
            QJsonObject{{QStringLiteral("kind"), ApiError::kindName(action.error.kind())},
                {QStringLiteral("httpStatus"), action.error.httpStatus()},
                {QStringLiteral("code"), action.error.providerCode()},
                {QStringLiteral("message"), action.error.message()},
                {QStringLiteral("requestId"), action.error.requestId()}});
    } else {
        json.insert(QStringLiteral("error"), QJsonValue());
    }
    m_reported.append(json);
    if (m_format != OutputFormat::Table)
        return;
    QString detail;
    if (action.error.isError()) {
        detail = action.error.summary();
    } else if (!action.taskId.isEmpty()) {
        //: %1 is the provider's task id of an accepted action
        detail = tr("task %1").arg(action.taskId);
    }
    if (!action.note.isEmpty()) {
        //: An action's detail and a note on it: "task 2c91…; already disabled"
        detail = detail.isEmpty() ? action.note : tr("%1; %2").arg(detail, action.note);
    }
    const QString who = action.login.isEmpty() ? action.userId : action.login;
    m_context->out() << who << "  " << actionStateName(action.state)
                     << (detail.isEmpty() ? QString() : QStringLiteral("  ") + detail) << '\n';
    m_context->out().flush();
}

void UsersCommand::maybeDone()
{
    if (m_batchId.isNull() || !m_runner)
        return;
    const Result<BatchSummary> summary = m_journal->batchSummary(m_batchId);
    if (!summary)
        return;
    if (m_wait) {
        // Following everything to its end, including what an earlier run left behind.
        if (summary->pending == 0 && !m_runner->isBusy())
            finishBatch(summary.value());
        return;
    }
    // Without --wait an accepted task is left to the task monitor (next start, or the GUI).
    const Result<QVector<ActionRecord>> actions = m_journal->actionsInBatch(m_batchId);
    if (!actions)
        return;
    for (const ActionRecord &action : actions.value()) {
        if (!isFinalState(action.state) && action.state != ActionState::Accepted)
            return;
    }
    finishBatch(summary.value());
}

void UsersCommand::finishBatch(const BatchSummary &summary)
{
    if (!m_runner)
        return;
    disconnect(m_runner, nullptr, this, nullptr);
    m_runner = nullptr;
    const int failed = summary.failed + m_unresolved;
    if (m_format == OutputFormat::Json) {
        const QJsonObject json{
            {QStringLiteral("batchId"), m_batchId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("profile"), m_profileName},
            {QStringLiteral("action"), userActionName(m_action)},
            {QStringLiteral("actions"), m_reported},
            {QStringLiteral("summary"),
                QJsonObject{{QStringLiteral("total"), summary.total},
                    {QStringLiteral("succeeded"), summary.succeeded},
                    {QStringLiteral("failed"), failed},
                    {QStringLiteral("unknown"), summary.unknown},
                    {QStringLiteral("skipped"), summary.skipped},
                    {QStringLiteral("cancelled"), summary.cancelled},
                    {QStringLiteral("pending"), summary.pending}}}};
        m_context->out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else if (m_format == OutputFormat::Csv) {
        Output::RowWriter rows(m_context->out(), OutputFormat::Csv,
            {QStringLiteral("userId"), QStringLiteral("login"), QStringLiteral("state"),
                QStringLiteral("taskId"), QStringLiteral("requestId"), QStringLiteral("error")});
        for (const QJsonValue &value : std::as_const(m_reported)) {
            const QJsonObject a = value.toObject();
            rows.addRow({a.value(QLatin1String("userId")).toString(),
                a.value(QLatin1String("login")).toString(),
                a.value(QLatin1String("state")).toString(),
                a.value(QLatin1String("taskId")).toString(),
                a.value(QLatin1String("requestId")).toString(),
                a.value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()});
        }
        rows.flush();
    } else {
        const QString batch = m_batchId.toString(QUuid::WithoutBraces);
        if (summary.pending > 0) {
            //: %1-%6 count the batch's actions by outcome, %7 is the batch id
            m_context->out() << tr("Summary: %1 succeeded, %2 failed, %3 unknown, %4 skipped, "
                                   "%5 cancelled, %6 still running (tasks are followed on the "
                                   "next start) (batch %7)")
                                    .arg(QString::number(summary.succeeded),
                                        QString::number(failed), QString::number(summary.unknown),
                                        QString::number(summary.skipped),
                                        QString::number(summary.cancelled),
                                        QString::number(summary.pending), batch);
        } else {
            //: %1-%5 count the batch's actions by outcome, %6 is the batch id
            m_context->out() << tr("Summary: %1 succeeded, %2 failed, %3 unknown, %4 skipped, "
                                   "%5 cancelled (batch %6)")
                                    .arg(QString::number(summary.succeeded),
                                        QString::number(failed), QString::number(summary.unknown),
                                        QString::number(summary.skipped),
                                        QString::number(summary.cancelled), batch);
        }
        m_context->out() << '\n';
    }
    finish(failed > 0 || summary.unknown > 0 ? ExitFailure : ExitOk);
}

} // namespace Gatehouse
