// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/huawei/huaweiprovider.h"

#include <QJsonArray>

#include "auth/sdkhmacsigner.h"
#include "providers/huawei/huaweiwire.h"

namespace Gatehouse {

namespace {

const QString identityStoreBucket = QStringLiteral("identitystore");

Result<UserPage> toPage(const ApiResult &result)
{
    const Result<QJsonObject> body = result.jsonObject();
    if (!body)
        return body.error();
    if (!body->value(QLatin1String("users")).isArray()) {
        return ApiError(ApiError::Kind::Protocol,
            ApiError::tr("Huawei's user list has no 'users' array."), result.httpStatus);
    }
    UserPage page;
    const QJsonArray users = body->value(QLatin1String("users")).toArray();
    page.users.reserve(users.size());
    for (const QJsonValue &user : users)
        page.users.append(HuaweiWire::toUser(user.toObject()));
    page.nextPageToken = body->value(QLatin1String("page_info"))
                             .toObject()
                             .value(QLatin1String("next_marker"))
                             .toString();
    return page;
}

} // namespace

HuaweiProvider::HuaweiProvider(
    const ProviderConfig &config, QNetworkAccessManager *nam, QObject *parent)
    : ProviderBase(config, nam, parent)
{
    SdkHmacSigner::Credentials credentials{
        config.accessKey, config.secretKey, config.securityToken};
    m_client->setSigner(new SdkHmacSigner(credentials, Clock::system(), this));
    m_client->setErrorParser(&HuaweiWire::parseError);
}

ProviderCapabilities HuaweiProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.canBrowse = true;
    caps.asyncActions = false;
    caps.canUnlock = false;
    caps.reportsTotal = false; // the API has no total count
    caps.pageSize = pageSize;
    caps.searchFields = {QStringLiteral("user_name")};
    caps.searchHint = tr("Exact user name");
    return caps;
}

QString HuaweiProvider::usersPath() const
{
    return QStringLiteral("/v1/identity-stores/") + m_config.identityStoreId
        + QStringLiteral("/users");
}

PendingCall *HuaweiProvider::listUsers(const UserQuery &query, const QString &pageToken,
    QObject *context, ResultHandler<UserPage> done)
{
    ApiRequest request = ApiRequest::get(usersPath());
    request.rateBucket = identityStoreBucket;
    request.addQuery(QStringLiteral("limit"), QString::number(pageSize));
    if (!pageToken.isEmpty())
        request.addQuery(QStringLiteral("marker"), pageToken);
    if (!query.text.trimmed().isEmpty())
        request.addQuery(QStringLiteral("user_name"), query.text.trimmed());
    return run<UserPage>(request, context, &toPage, std::move(done));
}

PendingCall *HuaweiProvider::getUser(
    const UserKey &key, QObject *context, ResultHandler<UserRecord> done)
{
    ApiRequest request = ApiRequest::get(usersPath() + QLatin1Char('/') + key.id);
    request.rateBucket = identityStoreBucket;
    return run<UserRecord>(
        request, context,
        [](const ApiResult &result) -> Result<UserRecord> {
            const Result<QJsonObject> user = result.jsonObject();
            if (!user)
                return user.error();
            return HuaweiWire::toUser(user.value());
        },
        std::move(done));
}

PendingCall *HuaweiProvider::changeState(
    UserAction action, const UserKey &key, QObject *context, ResultHandler<ActionOutcome> done)
{
    if (action == UserAction::Unlock) {
        return answer<ActionOutcome>(ApiError(ApiError::Kind::Config,
                                         tr("Huawei IAM Identity Center has no unlock operation.")),
            context, std::move(done));
    }
    ApiRequest request = ApiRequest::post(
        usersPath() + QLatin1Char('/') + key.id + QLatin1Char('/') + userActionName(action));
    request.rateBucket = identityStoreBucket;
    const UserRecord::State target =
        action == UserAction::Enable ? UserRecord::State::Enabled : UserRecord::State::Disabled;
    return run<ActionOutcome>(
        request, context,
        [target](const ApiResult &result) -> Result<ActionOutcome> {
            ActionOutcome outcome;
            outcome.kind = ActionOutcome::Kind::Confirmed;
            outcome.state = target; // 200 is the confirmation; the body is empty
            outcome.requestId = QString::fromLatin1(result.header("x-request-id"));
            return outcome;
        },
        std::move(done));
}

PendingCall *HuaweiProvider::testConnection(QObject *context, ResultHandler<Done> done)
{
    ApiRequest request = ApiRequest::get(usersPath());
    request.rateBucket = identityStoreBucket;
    request.addQuery(QStringLiteral("limit"), QStringLiteral("1"));
    return run<Done>(
        request, context,
        [](const ApiResult &result) -> Result<Done> {
            const Result<UserPage> page = toPage(result);
            if (!page)
                return page.error();
            return Done{};
        },
        std::move(done));
}

} // namespace Gatehouse
