// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/controlhandler.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "sandbox/jsonwriter.h"
#include "sandbox/sandboxstate.h"

namespace Gatehouse::Sandbox {

namespace {

// Listing every user of a million-user directory in one response helps nobody.
constexpr size_t maxUnpagedUsers = 100000;

SimResponse jsonResponse(int status, const QJsonObject &object)
{
    return SimResponse::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

SimResponse errorResponse(int status, const QString &message)
{
    return jsonResponse(status, QJsonObject{{QStringLiteral("error"), message}});
}

bool providerFromQuery(const QString &name, ProviderKind *provider)
{
    return !name.isEmpty() && providerKindFromName(name, provider);
}

} // namespace

ControlHandler::ControlHandler(
    SandboxState &state, InfoFunction info, CountFunction liveConnections)
    : m_state(state)
    , m_info(std::move(info))
    , m_liveConnections(std::move(liveConnections))
{ }

SimResponse ControlHandler::handle(const SimRequest &request)
{
    const QString endpoint = request.path.mid(int(qstrlen("/_sandbox/")));
    const QByteArray &method = request.method;
    const auto wrongMethod = [&] {
        return errorResponse(405,
            QStringLiteral("%1 is not allowed on %2")
                .arg(QString::fromLatin1(method), request.path));
    };
    if (endpoint == QLatin1String("info"))
        return method == "GET" ? info() : wrongMethod();
    if (endpoint == QLatin1String("users"))
        return method == "GET" ? users(request) : wrongMethod();
    if (endpoint == QLatin1String("stats"))
        return method == "GET" ? stats() : wrongMethod();
    if (endpoint == QLatin1String("faults"))
        return faults(request);
    if (endpoint == QLatin1String("config"))
        return method == "POST" ? config(request) : wrongMethod();
    if (endpoint == QLatin1String("expire-tokens")) {
        if (method != "POST")
            return wrongMethod();
        return jsonResponse(200, QJsonObject{{QStringLiteral("expired"), m_state.expireTokens()}});
    }
    if (endpoint == QLatin1String("reset-counters")) {
        if (method != "POST")
            return wrongMethod();
        m_state.resetCounters();
        return jsonResponse(200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    if (endpoint == QLatin1String("reset")) {
        if (method != "POST")
            return wrongMethod();
        m_state.resetAll();
        return jsonResponse(200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    return errorResponse(404, QStringLiteral("unknown sandbox endpoint %1").arg(request.path));
}

SimResponse ControlHandler::info() const
{
    QJsonObject info = m_info();
    const auto &c = m_state.credentials();
    QJsonArray clients;
    for (const auto &client : c.sailpointClients) {
        clients.append(QJsonObject{
            {QStringLiteral("clientId"), QString::fromLatin1(client.id)},
            {QStringLiteral("clientSecret"), QString::fromLatin1(client.secret)},
            {QStringLiteral("readOnly"), client.readOnly},
        });
    }
    const auto &temporary = c.huaweiKeys[1];
    const auto &readOnly = c.huaweiKeys[2];
    info.insert(QStringLiteral("sailpointClients"), clients);
    info.insert(QStringLiteral("huaweiTemporary"),
        QJsonObject{
            {QStringLiteral("accessKey"), QString::fromLatin1(temporary.accessKey)},
            {QStringLiteral("secretKey"), QString::fromLatin1(temporary.secretKey)},
            {QStringLiteral("securityToken"), QString::fromLatin1(temporary.securityToken)},
        });
    info.insert(QStringLiteral("huaweiReadOnly"),
        QJsonObject{
            {QStringLiteral("accessKey"), QString::fromLatin1(readOnly.accessKey)},
            {QStringLiteral("secretKey"), QString::fromLatin1(readOnly.secretKey)},
        });
    info.insert(QStringLiteral("securidKey"),
        QJsonObject{
            {QStringLiteral("accessId"), QString::fromLatin1(c.rsaAccessId)},
            {QStringLiteral("adminRestApiUrl"), QString::fromLatin1(m_state.adminRestApiUrl())},
        });
    QJsonObject options = m_state.options().toJson();
    options.insert(QStringLiteral("faults"), m_state.faults().text());
    info.insert(QStringLiteral("options"), options);
    info.insert(QStringLiteral("tenant"),
        QJsonObject{
            {QStringLiteral("tenantId"), QString::fromLatin1(c.tenantId)},
            {QStringLiteral("org"), QString::fromLatin1(c.org)},
            {QStringLiteral("pod"), QString::fromLatin1(c.pod)},
        });
    return jsonResponse(200, info);
}

SimResponse ControlHandler::users(const SimRequest &request) const
{
    bool present = false;
    ProviderKind provider = ProviderKind::SailPoint;
    if (!providerFromQuery(request.queryValue(QStringLiteral("provider")), &provider))
        return errorResponse(400, QStringLiteral("provider must be sailpoint, huawei or rsa"));
    const Directory &dir = m_state.directory();
    const IdCodec &ids = dir.ids();

    // Which users: ids=a,b,... | touched=1 | all; then optional filters and paging.
    std::vector<int> rows;
    QStringList unknown;
    const QString idList = request.queryValue(QStringLiteral("ids"), &present);
    const bool byIds = present;
    if (byIds) {
        for (const QString &raw : idList.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QByteArray id = raw.trimmed().toLatin1();
            quint32 index = 0;
            bool ok = false;
            switch (provider) {
            case ProviderKind::SailPoint:
                ok = ids.decodeHex32(IdKind::Account, id, &index);
                break;
            case ProviderKind::Huawei:
                ok = ids.decodeUuid(IdKind::HuaweiUser, id, &index);
                break;
            case ProviderKind::SecurId:
                ok = ids.decodeUuid(IdKind::RsaUser, id, &index);
                break;
            }
            if (ok && int(index) < dir.size())
                rows.push_back(int(index));
            else
                unknown.append(raw.trimmed());
        }
    } else if (request.queryValue(QStringLiteral("touched")) == QLatin1String("1")
        || request.queryValue(QStringLiteral("touched")) == QLatin1String("true")) {
        rows = m_state.touchedUsers(provider);
    } else {
        rows.resize(size_t(dir.size()));
        for (int i = 0; i < dir.size(); ++i)
            rows[size_t(i)] = i;
    }

    bool limitGiven = false;
    const int limit = request.queryValue(QStringLiteral("limit"), &limitGiven).toInt();
    if (!limitGiven && rows.size() > maxUnpagedUsers)
        return errorResponse(400,
            QStringLiteral("%1 users match: pass limit (and offset) to page through them")
                .arg(rows.size()));
    const QString stateFilter = request.queryValue(QStringLiteral("state"));
    const QString lockedFilter = request.queryValue(QStringLiteral("locked"));
    const QString flagFilter = request.queryValue(QStringLiteral("flag"));
    const int offset = qMax(0, request.queryValue(QStringLiteral("offset")).toInt());

    QByteArray body;
    JsonWriter w(body);
    w.beginObject();
    w.field("provider", providerKindName(provider));
    w.key("users");
    w.beginArray();
    int skipped = 0;
    int written = 0;
    QByteArray scratch;
    for (const int index : rows) {
        const bool disabled = m_state.isDisabled(provider, index);
        const bool locked = m_state.isLocked(provider, index);
        if (!stateFilter.isEmpty()
            && stateFilter != (disabled ? QLatin1String("disabled") : QLatin1String("enabled")))
            continue;
        if (!lockedFilter.isEmpty()
            && (lockedFilter == QLatin1String("1") || lockedFilter == QLatin1String("true"))
                != locked)
            continue;
        if (flagFilter == QLatin1String("markDeleted")
            && !dir.has(index, Directory::RsaMarkDeleted))
            continue;
        if (flagFilter == QLatin1String("syncDisabled")
            && !dir.has(index, Directory::RsaSyncDisabled))
            continue;
        if (flagFilter == QLatin1String("uncorrelated") && !dir.has(index, Directory::Uncorrelated))
            continue;
        if (skipped < offset) {
            ++skipped;
            continue;
        }
        if (limitGiven && written >= limit)
            break;
        ++written;
        const UserState *s = m_state.userState(provider, index);
        w.beginObject();
        switch (provider) {
        case ProviderKind::SailPoint:
            w.field("id", QByteArrayView(ids.hex32(IdKind::Account, quint32(index))));
            break;
        case ProviderKind::Huawei:
            w.field("id", QByteArrayView(ids.uuid(IdKind::HuaweiUser, quint32(index))));
            break;
        case ProviderKind::SecurId:
            w.field("id", QByteArrayView(ids.uuid(IdKind::RsaUser, quint32(index))));
            break;
        }
        w.field("index", index);
        w.field("login", QByteArrayView(dir.login(index)));
        w.field("email", QByteArrayView(dir.email(index)));
        w.field("displayName", QByteArrayView(dir.displayName(index)));
        if (provider == ProviderKind::SailPoint)
            w.field("nativeIdentity", QByteArrayView(dir.nativeIdentity(index)));
        w.field("state", disabled ? "disabled" : "enabled");
        w.field("locked", locked);
        if (provider == ProviderKind::SecurId) {
            w.field("markDeleted", dir.has(index, Directory::RsaMarkDeleted));
            w.field("syncDisabled", dir.has(index, Directory::RsaSyncDisabled));
        }
        if (provider == ProviderKind::SailPoint && s && s->pendingTasks > 0 && s->lastTask > 0)
            w.field("pendingTask", QByteArrayView(ids.hex32(IdKind::Task, s->lastTask - 1)));
        else
            w.nullField("pendingTask");
        w.field("changeRequests", s ? s->changeRequests : 0);
        w.field("attempts", s ? s->attempts : 0);
        w.endObject();
    }
    w.endArray();
    if (byIds) {
        w.key("unknownIds");
        w.beginArray();
        for (const QString &id : unknown)
            w.string(id);
        w.endArray();
    }
    w.endObject();
    return SimResponse::json(200, body);
}

SimResponse ControlHandler::stats() const
{
    QJsonObject stats = m_state.statsJson();
    stats.insert(QStringLiteral("liveConnections"), m_liveConnections());
    return jsonResponse(200, stats);
}

SimResponse ControlHandler::faults(const SimRequest &request)
{
    if (request.method == "POST") {
        FaultSpec spec;
        QString error;
        if (!FaultSpec::parse(QString::fromUtf8(request.body), &spec, &error))
            return errorResponse(400, error);
        m_state.faults() = std::move(spec);
    } else if (request.method == "DELETE") {
        m_state.faults() = FaultSpec();
    } else if (request.method != "GET") {
        return errorResponse(405, QStringLiteral("use GET, POST or DELETE"));
    }
    return jsonResponse(200,
        QJsonObject{{QStringLiteral("faults"), m_state.faults().text()},
            {QStringLiteral("rules"), m_state.faults().rulesJson()}});
}

SimResponse ControlHandler::config(const SimRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject())
        return errorResponse(400, QStringLiteral("the body must be a JSON object"));
    const QJsonObject body = doc.object();
    SandboxOptions next = m_state.options();
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue &value = it.value();
        if (key == QLatin1String("rate")) {
            if (value.isNull()) {
                next.rate = SandboxRateLimit();
            } else {
                QString error;
                if (!value.isString()
                    || !SandboxRateLimit::parse(value.toString(), &next.rate, &error))
                    return errorResponse(400,
                        error.isEmpty() ? QStringLiteral("rate must be \"N/S\" or null") : error);
            }
        } else if (key == QLatin1String("taskSeconds") || key == QLatin1String("tokenSeconds")) {
            if (!value.isDouble() || value.toDouble() != double(value.toInt()))
                return errorResponse(400, QStringLiteral("%1 must be an integer").arg(key));
            (key == QLatin1String("taskSeconds") ? next.taskSeconds : next.tokenSeconds) =
                value.toInt();
        } else {
            return errorResponse(400,
                QStringLiteral("unknown setting '%1' (expected rate, taskSeconds, tokenSeconds)")
                    .arg(key));
        }
    }
    next.faults.clear(); // validated separately through /_sandbox/faults
    const QString problem = next.validate();
    if (!problem.isEmpty())
        return errorResponse(400, problem);
    const bool rateChanged = next.rate.requests != m_state.options().rate.requests
        || next.rate.seconds != m_state.options().rate.seconds;
    m_state.options().taskSeconds = next.taskSeconds;
    m_state.options().tokenSeconds = next.tokenSeconds;
    if (rateChanged || body.contains(QLatin1String("rate")))
        m_state.setRate(next.rate);
    QJsonObject options = m_state.options().toJson();
    options.insert(QStringLiteral("faults"), m_state.faults().text());
    return jsonResponse(200, QJsonObject{{QStringLiteral("options"), options}});
}

} // namespace Gatehouse::Sandbox
