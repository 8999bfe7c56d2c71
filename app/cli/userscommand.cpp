// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/userscommand.h"

#include <QJsonDocument>

#include "cli/output.h"
#include "profiles/envcredentialstore.h"
#include "profiles/profilestore.h"
#include "providers/profileconnector.h"

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
    });
    if (!parser.parse(QStringList{QStringLiteral("users")} + args.mid(1))) {
        finish(m_context->usage(parser.errorText()));
        return;
    }
    if (!CliContext::parseFormat(parser.value(QStringLiteral("format")), &m_format)) {
        finish(m_context->usage(QStringLiteral("--format must be table, json or csv.")));
        return;
    }
    if (!parser.isSet(QStringLiteral("profile"))) {
        finish(m_context->usage(QStringLiteral("users %1 needs --profile NAME.").arg(sub)));
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
        finish(m_context->usage(
            QStringLiteral("users needs one of: list, show, disable, enable, unlock.")));
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
            finish(m_context->usage(QStringLiteral("--limit must be a positive number.")));
            return;
        }
        m_all = true; // page until the limit is reached
    }
    openProfile(parser.value(QStringLiteral("profile")), [this] {
        if (!m_provider->capabilities().canBrowse && m_query.text.trimmed().isEmpty()) {
            finish(m_context->usage(QStringLiteral("%1 cannot list every user; search with "
                                                   "--query E-MAIL or --query USERNAME.")
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
                Output::RowWriter rows(
                    m_context->out(), m_format, {QStringLiteral("FIELD"), QStringLiteral("VALUE")});
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
    Q_UNUSED(action)
    Q_UNUSED(parser)
    finish(m_context->usage(QStringLiteral("not available yet")));
}

} // namespace Gatehouse
