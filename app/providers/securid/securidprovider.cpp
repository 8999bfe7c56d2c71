// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/securid/securidprovider.h"

#include <QJsonDocument>

#include "auth/rs256jwtsigner.h"
#include "providers/securid/securidwire.h"

namespace Gatehouse {

namespace {

const QString adminApiBucket = QStringLiteral("admin");
const QString usersPath = QStringLiteral("/AdminInterface/restapi/v1/users");

// Requests go to the key file's host with the documented path; its adminRestApiUrl is only
// used verbatim as the JWT audience.
ProviderConfig withApiHost(ProviderConfig config, const SecurIdKeyFile &keyFile)
{
    if (config.baseUrl.isEmpty()) {
        const QUrl api(keyFile.adminRestApiUrl);
        config.baseUrl =
            QUrl(api.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment));
    }
    return config;
}

} // namespace

Result<SecurIdProvider *> SecurIdProvider::create(
    const ProviderConfig &config, QNetworkAccessManager *nam, QObject *parent)
{
    const Result<SecurIdKeyFile> keyFile = SecurIdKeyFile::parse(config.keyFile);
    if (!keyFile)
        return keyFile.error();
    auto *provider =
        new SecurIdProvider(withApiHost(config, keyFile.value()), keyFile.value(), nam, parent);
    Result<Rs256JwtSigner *> signer =
        Rs256JwtSigner::create(keyFile.value(), Clock::system(), provider);
    if (!signer) {
        delete provider;
        return signer.error();
    }
    provider->m_client->setSigner(signer.value());
    return provider;
}

SecurIdProvider::SecurIdProvider(const ProviderConfig &config, const SecurIdKeyFile &keyFile,
    QNetworkAccessManager *nam, QObject *parent)
    : ProviderBase(config, nam, parent)
{
    Q_UNUSED(keyFile)
    m_client->setErrorParser(&SecurIdWire::parseError);
}

ProviderCapabilities SecurIdProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.canBrowse = false;
    caps.asyncActions = false;
    caps.canUnlock = false;
    caps.reportsTotal = false;
    caps.pageSize = 1;
    caps.searchFields = {QStringLiteral("email"), QStringLiteral("username")};
    caps.searchHint = tr("E-mail address or user name (RSA finds one user at a time)");
    return caps;
}

PendingCall *SecurIdProvider::lookup(
    const QString &text, const QString &field, QObject *context, ResultHandler<UserPage> done)
{
    const QString key = !field.isEmpty()
        ? field
        : (text.contains(QLatin1Char('@')) ? QStringLiteral("email") : QStringLiteral("username"));
    const QJsonObject body{{key, text}, {QStringLiteral("searchUnsynched"), false}};
    ApiRequest request = ApiRequest::post(usersPath + QStringLiteral("/lookup"),
        QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
    request.rateBucket = adminApiBucket;
    request.retryable = true; // a lookup changes nothing
    ApiCall *call = m_client->send(request);
    auto *pending = new ApiPendingCall(call);
    connect(call, &ApiCall::finished, context, [done = std::move(done)](const ApiResult &result) {
        if (result.httpStatus == 404) {
            done(UserPage{}); // no such user: an empty result, not a failure
            return;
        }
        if (!result.ok()) {
            done(result.error);
            return;
        }
        const Result<QJsonObject> details = result.jsonObject();
        if (!details) {
            done(details.error());
            return;
        }
        UserPage page;
        page.users.append(SecurIdWire::toUser(details.value()));
        page.total = 1;
        done(page);
    });
    return pending;
}

PendingCall *SecurIdProvider::listUsers(const UserQuery &query, const QString &pageToken,
    QObject *context, ResultHandler<UserPage> done)
{
    Q_UNUSED(pageToken)
    const QString text = query.text.trimmed();
    if (text.isEmpty()) {
        UserPage empty;
        empty.total = 0;
        return answer<UserPage>(empty, context, std::move(done));
    }
    return lookup(text, query.field, context, std::move(done));
}

PendingCall *SecurIdProvider::getUser(
    const UserKey &key, QObject *context, ResultHandler<UserRecord> done)
{
    const QString text = !key.email.isEmpty() ? key.email : key.login;
    if (text.isEmpty()) {
        return answer<UserRecord>(ApiError(ApiError::Kind::Config,
                                      tr("RSA looks users up by e-mail or user name; "
                                         "neither is known for %1.")
                                          .arg(key.id)),
            context, std::move(done));
    }
    return lookup(
        text, QString(), context, [key, done = std::move(done)](const Result<UserPage> &page) {
            if (!page) {
                done(page.error());
                return;
            }
            if (page->users.isEmpty()) {
                done(ApiError(ApiError::Kind::NotFound,
                    tr("RSA has no user %1.").arg(key.email.isEmpty() ? key.login : key.email),
                    404));
                return;
            }
            done(page->users.first());
        });
}

PendingCall *SecurIdProvider::changeState(
    UserAction action, const UserKey &key, QObject *context, ResultHandler<ActionOutcome> done)
{
    if (action == UserAction::Unlock) {
        return answer<ActionOutcome>(
            ApiError(ApiError::Kind::Config,
                tr("RSA's User Status API cannot unlock; unlock factors in the RSA "
                   "console.")),
            context, std::move(done));
    }
    const QString status =
        action == UserAction::Enable ? QStringLiteral("Enabled") : QStringLiteral("Disabled");
    const QJsonObject body{{QStringLiteral("userStatus"), status}};
    ApiRequest request =
        ApiRequest::put(usersPath + QLatin1Char('/') + key.id + QStringLiteral("/userStatus"),
            QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
    request.rateBucket = adminApiBucket;
    return run<ActionOutcome>(
        request, context,
        [action](const ApiResult &result) -> Result<ActionOutcome> {
            ActionOutcome outcome;
            outcome.kind = ActionOutcome::Kind::Confirmed;
            outcome.state = action == UserAction::Enable ? UserRecord::State::Enabled
                                                         : UserRecord::State::Disabled;
            // The 200 body echoes the new status; trust it when it is readable.
            const Result<QJsonObject> echo = result.jsonObject();
            if (echo && echo->contains(QLatin1String("userStatus"))) {
                const QString said = echo->value(QLatin1String("userStatus")).toString();
                outcome.state = said.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0
                    ? UserRecord::State::Enabled
                    : UserRecord::State::Disabled;
            }
            return outcome;
        },
        std::move(done));
}

PendingCall *SecurIdProvider::testConnection(QObject *context, ResultHandler<Done> done)
{
    // A lookup of a user that surely does not exist: 404 proves auth and rights work.
    return lookup(QStringLiteral("gatehouse-connection-test@invalid"), QStringLiteral("email"),
        context, [done = std::move(done)](const Result<UserPage> &page) {
            if (!page) {
                done(page.error());
                return;
            }
            done(Done{});
        });
}

} // namespace Gatehouse
