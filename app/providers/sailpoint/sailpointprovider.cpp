// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sailpoint/sailpointprovider.h"

#include <QJsonArray>

#include "auth/oauth2clientcredentials.h"
#include "providers/pagereadahead.h"
#include "providers/sailpoint/sailpointwire.h"

namespace Gatehouse {

namespace {

const QString accountsBucket = QStringLiteral("v3");
const QString taskStatusBucket = QStringLiteral("beta");

} // namespace

SailPointProvider::SailPointProvider(
    const ProviderConfig &config, QNetworkAccessManager *nam, QObject *parent)
    : ProviderBase(config, nam, parent)
    // /oauth/token lives on the same host, with the same TLS settings, but is not signed.
    , m_tokenClient(new ApiClient(nam, m_client->config(), this))
    , m_credentials(new OAuth2ClientCredentials(
          m_tokenClient, config.clientId, config.clientSecret, Clock::system(), this))
    , m_readAhead(new PageReadAhead(this))
{
    // The OAuth endpoint answers {error, error_description}; the same parser reads it.
    m_tokenClient->setErrorParser(&SailPointWire::parseError);
    m_client->setSigner(m_credentials);
    m_client->setErrorParser(&SailPointWire::parseError);
    // Only task polling uses the beta API (a budget of its own): it may take all of it.
    m_limiter->setBackgroundOnly(taskStatusBucket);
}

ProviderCapabilities SailPointProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.canBrowse = true;
    caps.asyncActions = true;
    caps.canUnlock = true;
    caps.reportsTotal = true;
    caps.pageSize = pageSize;
    caps.searchFields = {QString(), QStringLiteral("name"), QStringLiteral("nativeIdentity"),
        QStringLiteral("identity.name"), QStringLiteral("id"), QStringLiteral("identityId"),
        QStringLiteral("sourceId")};
    caps.searchHint = tr("Name, login or identity - or a filter such as sourceId eq \"…\"");
    return caps;
}

ApiRequest SailPointProvider::pageRequest(const UserQuery &query, int offset, bool wantTotal)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/v3/accounts"));
    request.rateBucket = accountsBucket;
    request.addQuery(QStringLiteral("limit"), QString::number(pageSize));
    request.addQuery(QStringLiteral("offset"), QString::number(offset));
    if (wantTotal)
        request.addQuery(QStringLiteral("count"), QStringLiteral("true"));
    const QString filters = SailPointWire::filterFor(query);
    if (!filters.isEmpty())
        request.addQuery(QStringLiteral("filters"), filters);
    if (!query.sortField.isEmpty()) {
        request.addQuery(QStringLiteral("sorters"),
            (query.sortDescending ? QStringLiteral("-") : QString()) + query.sortField);
    }
    return request;
}

QString SailPointProvider::listingKey(const UserQuery &query)
{
    return QStringList{
        query.text, query.field, query.sortField, QString::number(int(query.sortDescending))}
        .join(QChar(0x1f));
}

void SailPointProvider::readAheadFrom(const UserQuery &query, qint64 offset)
{
    // With the total known, pages that surely exist, up to the depth; without it, only the
    // next one (it may turn out empty).
    const qint64 total = m_readAhead->total();
    const int pages = total >= 0 ? PageReadAhead::depth : 1;
    for (int i = 0; i < pages && m_readAhead->held() < PageReadAhead::depth; ++i) {
        const qint64 at = offset + qint64(i) * pageSize;
        if (total >= 0 && at >= total)
            break;
        if (!m_readAhead->holds(at))
            m_readAhead->start(at, m_client->send(pageRequest(query, int(at), false)));
    }
}

PendingCall *SailPointProvider::listUsers(const UserQuery &query, const QString &pageToken,
    QObject *context, ResultHandler<UserPage> done)
{
    const int offset = pageToken.isEmpty() ? 0 : pageToken.toInt();
    const bool wantTotal = query.wantTotal && offset == 0;
    const QString listing = query.readAhead ? listingKey(query) : QString();
    const QPointer<SailPointProvider> self(this);
    auto deliver = [self, query, listing, offset, wantTotal, done = std::move(done)](
                       const ApiResult &result) {
        const bool readingAhead =
            query.readAhead && self && self->m_readAhead->listing() == listing;
        const Result<QJsonArray> accounts =
            result.ok() ? result.jsonArray() : Result<QJsonArray>(result.error);
        if (!accounts) {
            // The caller stopped (or this page failed): the pages ahead are not wanted.
            if (readingAhead)
                self->m_readAhead->clear();
            done(accounts.error());
            return;
        }
        UserPage page;
        if (wantTotal) {
            bool ok = false;
            const qint64 total = result.header("x-total-count").toLongLong(&ok);
            page.total = ok ? total : -1;
        }
        if (readingAhead && wantTotal)
            self->m_readAhead->setTotal(page.total);
        const qint64 next = offset + accounts->size();
        // A short page is the last one (SailPoint's own paging rule).
        if (accounts->size() == pageSize && (page.total < 0 || next < page.total)) {
            page.nextPageToken = QString::number(next);
            // Offsets are known in advance: the next pages are on their way while this one
            // is mapped and handed over.
            if (readingAhead)
                self->readAheadFrom(query, next);
        }
        page.users.reserve(accounts->size());
        for (const QJsonValue &account : accounts.value())
            page.users.append(SailPointWire::toUser(account.toObject()));
        done(page);
    };
    if (!query.readAhead) {
        m_readAhead->clear(); // another kind of listing: what was read ahead is not wanted
    } else {
        m_readAhead->use(listing);
        if (PendingCall *ahead = m_readAhead->take(offset, context, deliver)) {
            readAheadFrom(query, offset + pageSize);
            return ahead;
        }
    }
    ApiCall *call = m_client->send(pageRequest(query, offset, wantTotal));
    connect(call, &ApiCall::finished, context, std::move(deliver));
    return new ApiPendingCall(call);
}

PendingCall *SailPointProvider::getUser(
    const UserKey &key, QObject *context, ResultHandler<UserRecord> done)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/v3/accounts/") + key.id);
    request.rateBucket = accountsBucket;
    return run<UserRecord>(
        request, context,
        [](const ApiResult &result) -> Result<UserRecord> {
            const Result<QJsonObject> account = result.jsonObject();
            if (!account)
                return account.error();
            return SailPointWire::toUser(account.value());
        },
        std::move(done));
}

PendingCall *SailPointProvider::changeState(
    UserAction action, const UserKey &key, QObject *context, ResultHandler<ActionOutcome> done)
{
    // The body is required; {} asks for the plain toggle without forced provisioning.
    ApiRequest request = ApiRequest::post(
        QStringLiteral("/v3/accounts/") + key.id + QLatin1Char('/') + userActionName(action),
        QByteArrayLiteral("{}"), "application/json");
    request.rateBucket = accountsBucket;
    return run<ActionOutcome>(
        request, context,
        [](const ApiResult &result) -> Result<ActionOutcome> {
            const Result<QJsonObject> body = result.jsonObject();
            const QString taskId = body ? body->value(QLatin1String("id")).toString() : QString();
            if (taskId.isEmpty()) {
                // Accepted, but we cannot follow it: the state must be read back.
                ApiError error = body ? ApiError(ApiError::Kind::Protocol,
                                     ApiError::tr("SailPoint accepted the request "
                                                  "but sent no task id."),
                                     result.httpStatus)
                                      : body.error();
                error.setOutcomeUnknown(true);
                return error;
            }
            ActionOutcome outcome;
            outcome.kind = ActionOutcome::Kind::Accepted;
            outcome.taskId = taskId;
            return outcome;
        },
        std::move(done));
}

PendingCall *SailPointProvider::taskStatus(
    const QString &taskId, QObject *context, ResultHandler<TaskStatus> done)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/beta/task-status/") + taskId);
    request.rateBucket = taskStatusBucket;
    request.priority = ApiRequest::Priority::Background;
    ApiCall *call = m_client->send(request);
    auto *pending = new ApiPendingCall(call);
    connect(call, &ApiCall::finished, context,
        [taskId, done = std::move(done)](const ApiResult &result) {
            // Task ids that task-status does not know are followed by re-reading the
            // account instead (the fact sheet: unconfirmed that every id resolves).
            if (result.httpStatus == 404) {
                TaskStatus unresolvable;
                unresolvable.id = taskId;
                unresolvable.state = TaskStatus::State::Unresolvable;
                done(unresolvable);
                return;
            }
            if (!result.ok()) {
                done(result.error);
                return;
            }
            const Result<QJsonObject> status = result.jsonObject();
            if (!status) {
                done(status.error());
                return;
            }
            done(SailPointWire::toTaskStatus(status.value()));
        });
    return pending;
}

PendingCall *SailPointProvider::testConnection(QObject *context, ResultHandler<Done> done)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/v3/accounts"));
    request.rateBucket = accountsBucket;
    request.addQuery(QStringLiteral("limit"), QStringLiteral("1"));
    return run<Done>(
        request, context,
        [](const ApiResult &result) -> Result<Done> {
            const Result<QJsonArray> accounts = result.jsonArray();
            if (!accounts)
                return accounts.error();
            return Done{};
        },
        std::move(done));
}

} // namespace Gatehouse
