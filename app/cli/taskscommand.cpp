// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/taskscommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "audit/auditentry.h"
#include "cli/output.h"
#include "profiles/envcredentialstore.h"
#include "profiles/profilestore.h"
#include "providers/profileconnector.h"
#include "tasks/actionjournal.h"
#include "tasks/actionrunner.h"
#include "tasks/runnerlease.h"

namespace Gatehouse {

namespace {

constexpr int watchPollMs = 500;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// "task <id>" for an accepted action.
QString taskText(const QString &taskId)
{
    //: %1 is the provider's task id of an accepted action
    return TasksCommand::tr("task %1").arg(taskId);
}

// detail, then the note if there is one.
QString withNote(const QString &detail, const QString &note)
{
    if (note.isEmpty())
        return detail;
    //: An action's detail and a note on it: "task 2c91…; already disabled"
    return detail.isEmpty() ? note : TasksCommand::tr("%1; %2").arg(detail, note);
}

// What went wrong or what the provider said, in one cell.
QString detailOf(const ActionRecord &action)
{
    QString detail;
    if (action.error.isError())
        detail = action.error.summary();
    else if (!action.taskId.isEmpty())
        detail = taskText(action.taskId);
    return withNote(detail, action.note);
}

} // namespace

TasksCommand::TasksCommand(CliContext *context)
    : Command(context)
{
    m_pollTimer.setInterval(watchPollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &TasksCommand::poll);
}

TasksCommand::~TasksCommand()
{
    // The runner (a child) goes before the journal it writes to.
    delete m_runner;
}

QJsonObject TasksCommand::actionJson(const ActionRecord &a)
{
    QJsonObject json{{QStringLiteral("actionId"), a.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("batchId"), a.batchId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("profileId"), a.profileId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("profile"), a.profileName},
        {QStringLiteral("provider"), providerKindName(a.provider)},
        {QStringLiteral("userId"), a.userId}, {QStringLiteral("login"), a.login},
        {QStringLiteral("email"), a.email}, {QStringLiteral("displayName"), a.displayName},
        {QStringLiteral("action"), userActionName(a.action)},
        {QStringLiteral("operator"), a.operatorName}, {QStringLiteral("reason"), a.reason},
        {QStringLiteral("state"), actionStateName(a.state)},
        {QStringLiteral("attempts"), a.attempts}, {QStringLiteral("taskId"), textOrNull(a.taskId)},
        {QStringLiteral("requestId"), textOrNull(a.requestId)},
        {QStringLiteral("note"), textOrNull(a.note)},
        {QStringLiteral("created"), timeText(a.created)},
        {QStringLiteral("updated"), timeText(a.updated)}};
    if (a.error.isError()) {
        json.insert(QStringLiteral("error"),
            QJsonObject{{QStringLiteral("kind"), ApiError::kindName(a.error.kind())},
                {QStringLiteral("httpStatus"), a.error.httpStatus()},
                {QStringLiteral("code"), a.error.providerCode()},
                {QStringLiteral("message"), a.error.message()},
                {QStringLiteral("requestId"), a.error.requestId()}});
    } else {
        json.insert(QStringLiteral("error"), QJsonValue());
    }
    return json;
}

void TasksCommand::start(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        finish(list(args.mid(1)));
    else if (sub == QLatin1String("watch"))
        watch(args.mid(1));
    else
        finish(m_context->usage(tr("tasks needs one of: list, watch.")));
}

int TasksCommand::list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("table, json or csv."), QStringLiteral("format"),
            QStringLiteral("table")},
        {QStringLiteral("limit"), QStringLiteral("Only the newest N."), QStringLiteral("n")},
        {QStringLiteral("batch"), QStringLiteral("Only this batch."), QStringLiteral("id")},
        {QStringLiteral("unfinished"), QStringLiteral("Only actions still under way.")},
    });
    if (!parser.parse(QStringList{QStringLiteral("tasks"), QStringLiteral("list")} + args))
        return m_context->usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return m_context->usage(tr("tasks list takes no arguments."));
    OutputFormat format = OutputFormat::Table;
    if (!CliContext::parseFormat(parser.value(QStringLiteral("format")), &format))
        return m_context->usage(tr("--format must be table, json or csv."));
    int limit = -1;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return m_context->usage(tr("--limit must be a number."));
    }
    QUuid batchId;
    if (parser.isSet(QStringLiteral("batch"))) {
        batchId = QUuid::fromString(parser.value(QStringLiteral("batch")));
        if (batchId.isNull())
            return m_context->usage(tr("--batch must be a batch id."));
    }

    QVector<ActionRecord> actions;
    const QString directory = m_context->journalDirectory();
    if (QFileInfo::exists(QDir(directory).filePath(ActionJournal::fileName()))) {
        ActionJournal journal;
        if (auto opened = journal.open(directory, ActionJournal::OpenMode::ExistingOnly); !opened)
            return m_context->fail(opened.error());
        const auto found = !batchId.isNull()             ? journal.actionsInBatch(batchId)
            : parser.isSet(QStringLiteral("unfinished")) ? journal.unfinishedActions()
                                                         : journal.allActions(limit);
        if (!found)
            return m_context->fail(found.error());
        actions = found.value();
        if (!batchId.isNull() && parser.isSet(QStringLiteral("unfinished"))) {
            actions.erase(std::remove_if(actions.begin(), actions.end(),
                              [](const ActionRecord &a) { return isFinalState(a.state); }),
                actions.end());
        }
        if (limit >= 0 && actions.size() > limit)
            actions = actions.mid(actions.size() - limit);
    }

    QTextStream &out = m_context->out();
    if (format == OutputFormat::Json) {
        QJsonArray array;
        for (const ActionRecord &a : std::as_const(actions))
            array.append(actionJson(a));
        out << QJsonDocument(QJsonObject{{QStringLiteral("actions"), array}})
                   .toJson(QJsonDocument::Indented);
        out.flush();
        return ExitOk;
    }
    if (format == OutputFormat::Csv) {
        Output::RowWriter rows(out, format,
            {QStringLiteral("updated"), QStringLiteral("actionId"), QStringLiteral("batchId"),
                QStringLiteral("profile"), QStringLiteral("userId"), QStringLiteral("login"),
                QStringLiteral("action"), QStringLiteral("state"), QStringLiteral("attempts"),
                QStringLiteral("operator"), QStringLiteral("reason"), QStringLiteral("taskId"),
                QStringLiteral("requestId"), QStringLiteral("detail")});
        for (const ActionRecord &a : std::as_const(actions)) {
            rows.addRow({timeText(a.updated), a.id.toString(QUuid::WithoutBraces),
                a.batchId.toString(QUuid::WithoutBraces), a.profileName, a.userId, a.login,
                userActionName(a.action), actionStateName(a.state), QString::number(a.attempts),
                a.operatorName, a.reason, a.taskId, a.requestId, detailOf(a)});
        }
        rows.flush();
        out.flush();
        return ExitOk;
    }
    if (actions.isEmpty()) {
        out << tr("No actions.") << '\n';
        out.flush();
        return ExitOk;
    }
    Output::RowWriter rows(out, format,
        {tr("UPDATED", "column header"), tr("PROFILE", "column header"),
            tr("USER", "column header"), tr("ACTION", "column header"),
            tr("STATE", "column header"),
            //: Column header of `tasks list`: how many times the action was sent
            tr("TRIES", "column header"), tr("DETAIL", "column header")});
    for (const ActionRecord &a : std::as_const(actions)) {
        rows.addRow({a.updated.toUTC().toString(Qt::ISODate), a.profileName,
            a.login.isEmpty() ? a.userId : a.login, userActionName(a.action),
            actionStateName(a.state), QString::number(a.attempts), detailOf(a)});
    }
    rows.flush();
    out.flush();
    return ExitOk;
}

void TasksCommand::watch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("table or json."), QStringLiteral("format"),
            QStringLiteral("table")},
        {QStringLiteral("settle-seconds"),
            QStringLiteral("Wait before reading back an action whose outcome is unknown."),
            QStringLiteral("n")},
    });
    if (!parser.parse(QStringList{QStringLiteral("tasks"), QStringLiteral("watch")} + args)) {
        finish(m_context->usage(parser.errorText()));
        return;
    }
    if (parser.isSet(QStringLiteral("settle-seconds"))) {
        bool ok = false;
        m_settings.settleDelayMs = parser.value(QStringLiteral("settle-seconds")).toInt(&ok) * 1000;
        if (!ok || m_settings.settleDelayMs < 0) {
            finish(m_context->usage(tr("--settle-seconds must be a number.")));
            return;
        }
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        finish(m_context->usage(tr("--format must be table or json.")));
        return;
    }
    m_json = format == QLatin1String("json");

    m_journalDirectory = m_context->journalDirectory();
    if (!QFileInfo::exists(QDir(m_journalDirectory).filePath(ActionJournal::fileName()))) {
        if (!m_json)
            m_context->out() << tr("Nothing to watch: no actions yet.") << '\n';
        finish(ExitOk);
        return;
    }
    m_journal = std::make_unique<ActionJournal>();
    if (auto opened = m_journal->open(m_journalDirectory); !opened) {
        finish(m_context->fail(opened.error()));
        return;
    }
    const auto head = m_journal->chainHead();
    const auto unfinished = m_journal->unfinishedActions();
    if (!head || !unfinished) {
        finish(m_context->fail(!head ? head.error() : unfinished.error()));
        return;
    }
    // Show the unfinished ones as they stand, then every transition from here on.
    m_lastSeq = head->seq;
    for (const ActionRecord &a : unfinished.value()) {
        AuditEntry entry = AuditEntry::fromAction(a);
        printEntry(entry);
    }

    // Profiles with unfinished actions whose runner is gone are resumed here.
    QSet<QUuid> profileIds;
    for (const ActionRecord &a : unfinished.value()) {
        if (!RunnerLease::isOwnerAlive(m_journalDirectory, a.owner))
            profileIds.insert(a.profileId);
    }
    for (const QUuid &id : std::as_const(profileIds)) {
        const auto profile = m_context->profiles()->find(id.toString(QUuid::WithoutBraces));
        if (!profile) {
            m_unreachable.insert(id.toString(QUuid::WithoutBraces));
            //: %1 is the id of the deleted profile
            m_context->err() << tr("warning: unfinished actions of a profile that no longer "
                                   "exists (%1) cannot be resumed")
                                    .arg(id.toString(QUuid::WithoutBraces))
                             << '\n';
            continue;
        }
        m_toOpen.append(profile.value());
    }
    m_context->err().flush();
    if (!m_toOpen.isEmpty()) {
        m_runner = new ActionRunner(m_journal.get(), this);
        m_runner->setSettings(m_settings);
    }
    m_pollTimer.start();
    openNextProfile();
}

void TasksCommand::openNextProfile()
{
    if (m_toOpen.isEmpty()) {
        poll();
        return;
    }
    const Profile profile = m_toOpen.takeFirst();
    m_context->credentials()->setActiveProfile(profile);
    ProfileConnector::open(
        profile, m_context->credentials(), m_context->network(), this, this,
        [this, profile](const Result<IdentityProvider *> &provider) {
            ApiError error;
            int resumed = 0;
            if (!provider) {
                error = provider.error();
            } else if (auto added = m_runner->addProfile(profile, provider.value()); !added) {
                error = added.error();
            } else if (auto taken = m_runner->resumeUnfinished(profile.id); !taken) {
                error = taken.error();
            } else {
                resumed = taken.value();
            }
            if (error.isError()) {
                m_unreachable.insert(profile.id.toString(QUuid::WithoutBraces));
                //: %1 is the profile's name, %2 why it could not be opened
                m_context->err() << tr("warning: cannot resume the actions of profile %1: %2")
                                        .arg(profile.name, error.summary())
                                 << '\n';
            } else if (resumed > 0 && !m_json) {
                //: %1 is the profile's name
                m_context->err() << tr(
                    "note: resuming %n unfinished action(s) of profile %1", nullptr, resumed)
                                        .arg(profile.name)
                                 << '\n';
            }
            m_context->err().flush();
            openNextProfile();
        },
        m_context->transferTimeoutMs());
}

void TasksCommand::poll()
{
    if (m_polling || !m_journal)
        return;
    m_polling = true;
    const auto walked = m_journal->forEachEntry(m_lastSeq, [this](const AuditEntry &entry) {
        m_lastSeq = entry.seq;
        printEntry(entry);
        return true;
    });
    m_polling = false;
    if (!walked) {
        m_pollTimer.stop();
        finish(m_context->fail(walked.error()));
        return;
    }
    if (!m_toOpen.isEmpty() || (m_runner && m_runner->isBusy()))
        return;
    // Done when nothing is left that someone is still working on.
    const auto unfinished = m_journal->unfinishedActions();
    if (!unfinished)
        return;
    for (const ActionRecord &a : unfinished.value()) {
        if (m_unreachable.contains(a.profileId.toString(QUuid::WithoutBraces)))
            continue;
        if (RunnerLease::isOwnerAlive(m_journalDirectory, a.owner)
            && !(m_runner && a.owner == m_runner->instanceId()))
            return;
    }
    m_pollTimer.stop();
    int failed = 0;
    int unknown = 0;
    int succeeded = 0;
    for (const QString &state : std::as_const(m_lastState)) {
        const auto s = actionStateFromName(state).value_or(ActionState::Unknown);
        switch (outcomeBucket(s)) {
        case OutcomeBucket::Failed:
            ++failed;
            break;
        case OutcomeBucket::Unknown:
        case OutcomeBucket::Pending:
            ++unknown;
            break;
        case OutcomeBucket::Succeeded:
            ++succeeded;
            break;
        default:
            break;
        }
    }
    if (!m_json) {
        //: %n actions were seen; %1, %2 and %3 count them by outcome
        m_context->out() << tr("Watched %n action(s): %1 succeeded, %2 failed, %3 unknown or "
                               "still open.",
            nullptr, int(m_lastState.size()))
                                .arg(QString::number(succeeded), QString::number(failed),
                                    QString::number(unknown))
                         << '\n';
        m_context->out().flush();
    }
    finish(failed > 0 || unknown > 0 ? ExitFailure : ExitOk);
}

void TasksCommand::printEntry(const AuditEntry &entry)
{
    m_lastState.insert(entry.actionId, entry.state);
    QTextStream &out = m_context->out();
    if (m_json) {
        const QJsonObject json{{QStringLiteral("time"), timeText(entry.timestamp)},
            {QStringLiteral("actionId"), entry.actionId},
            {QStringLiteral("batchId"), entry.batchId},
            {QStringLiteral("profile"), entry.profileName},
            {QStringLiteral("userId"), entry.userId}, {QStringLiteral("login"), entry.login},
            {QStringLiteral("action"), entry.action}, {QStringLiteral("state"), entry.state},
            {QStringLiteral("attempt"), entry.attempt},
            {QStringLiteral("taskId"), textOrNull(entry.taskId)},
            {QStringLiteral("requestId"), textOrNull(entry.requestId)},
            {QStringLiteral("error"), textOrNull(entry.errorMessage)},
            {QStringLiteral("note"), textOrNull(entry.note)}};
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    } else {
        QString detail = entry.errorMessage;
        if (!entry.errorKind.isEmpty()) {
            //: %1 is an error's kind ("forbidden"), %2 its message
            detail = tr("%1: %2").arg(entry.errorKind, detail);
        }
        if (!entry.taskId.isEmpty() && detail.isEmpty())
            detail = taskText(entry.taskId);
        detail = withNote(detail, entry.note);
        out << entry.timestamp.toUTC().toString(Qt::ISODate) << "  " << entry.profileName << "  "
            << (entry.login.isEmpty() ? entry.userId : entry.login) << "  " << entry.action << "  "
            << entry.state;
        if (!detail.isEmpty())
            out << "  " << detail;
        out << '\n';
    }
    out.flush();
}

} // namespace Gatehouse
