// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/huaweisim.h"

#include "sandbox/huaweisignature.h"
#include "sandbox/isotime.h"
#include "sandbox/jsonwriter.h"
#include "sandbox/sandboxstate.h"

namespace Gatehouse::Sandbox {

namespace {

constexpr int maxPageLimit = 100;
constexpr qint64 maxClockSkewMs = 15 * 60 * 1000;

// X-Sdk-Date: YYYYMMDDTHHMMSSZ (always UTC).
bool parseSdkDate(const QByteArray &text, qint64 *epochMs)
{
    if (text.size() != 16 || text[8] != 'T' || text[15] != 'Z')
        return false;
    const QByteArray iso = text.left(4) + '-' + text.mid(4, 2) + '-' + text.mid(6, 2) + 'T'
        + text.mid(9, 2) + ':' + text.mid(11, 2) + ':' + text.mid(13, 2) + 'Z';
    return IsoTime::parse(iso, epochMs);
}

QByteArray shownCanonical(QByteArray canonical, const QByteArray &token)
{
    // The gateway shows the canonical request with '\n' as '|'; the security token is a
    // credential, so it is masked rather than echoed.
    if (!token.isEmpty())
        canonical.replace(token, "******");
    canonical.replace('\n', '|');
    return canonical;
}

} // namespace

HuaweiSim::HuaweiSim(SandboxState &state)
    : ProviderSim(state)
{ }

bool HuaweiSim::ownsPath(const QString &path)
{
    return path.startsWith(QLatin1String("/v1/identity-stores"));
}

HuaweiSim::Route HuaweiSim::route(const SimRequest &request)
{
    Route r;
    const QStringList s = request.segments();
    if (s.size() < 4 || s[0] != QLatin1String("v1") || s[1] != QLatin1String("identity-stores")
        || s[3] != QLatin1String("users"))
        return r;
    r.storeId = s[2];
    if (s.size() == 4) {
        r.type = Route::Type::List;
        r.method = "GET";
    } else if (s.size() == 5) {
        r.type = Route::Type::Show;
        r.method = "GET";
        r.userId = s[4];
    } else if (s.size() == 6 && s[5] == QLatin1String("enable")) {
        r.type = Route::Type::Enable;
        r.method = "POST";
        r.userId = s[4];
    } else if (s.size() == 6 && s[5] == QLatin1String("disable")) {
        r.type = Route::Type::Disable;
        r.method = "POST";
        r.userId = s[4];
    }
    return r;
}

int HuaweiSim::userIndex(const QString &userId) const
{
    quint32 index = 0;
    const Directory &dir = m_state.directory();
    if (!dir.ids().decodeUuid(IdKind::HuaweiUser, userId.toLatin1(), &index)
        || int(index) >= dir.size())
        return -1;
    return int(index);
}

int HuaweiSim::targetUser(const SimRequest &request) const
{
    const Route r = route(request);
    if ((r.type != Route::Type::Enable && r.type != Route::Type::Disable)
        || request.method != "POST"
        || r.storeId.toLatin1() != m_state.credentials().identityStoreId)
        return -1;
    return userIndex(r.userId);
}

QByteArray HuaweiSim::codeFor(int status)
{
    switch (status) {
    case 400:
        return "IIC.400";
    case 401:
        return "APIGW.0301";
    case 403:
        return "IIC.1000";
    case 404:
        return "IIC.404";
    case 409:
        return "IIC.1006";
    case 429:
        return "APIGW.0308";
    case 500:
        return "APIGW.0201";
    case 502:
    case 503:
        return "APIGW.0202";
    case 504:
        return "APIGW.0203";
    default:
        return "IIC." + QByteArray::number(status);
    }
}

SimResponse HuaweiSim::error(int status, const QByteArray &code, const QString &message)
{
    const QByteArray requestId = SimHttp::randomHex32();
    QByteArray body;
    JsonWriter w(body);
    w.beginObject();
    w.field("error_code", QByteArrayView(code));
    w.field("error_msg", message);
    w.field("request_id", QByteArrayView(requestId));
    if (status == 403) {
        // An opaque policy-evaluation blob, as IAM v5 returns it.
        w.field("encoded_authorization_message",
            QByteArrayView(
                QByteArray("sandbox:" + requestId + ":deny:IdentityCenter:user").toBase64()));
    }
    w.endObject();
    SimResponse r = SimResponse::json(status, body);
    r.setHeader("X-Request-Id", requestId);
    return r;
}

SimResponse HuaweiSim::errorResponse(int status, const QString &message) const
{
    if (status == 429)
        return rateLimited(1);
    return error(status, codeFor(status), message);
}

SimResponse HuaweiSim::rateLimited(int retryAfterSeconds) const
{
    const SandboxRateLimit &rate = m_state.limiter().limit();
    SimResponse r = error(429, "APIGW.0308",
        QStringLiteral("The throttling threshold has been reached: policy user over ratelimit, "
                       "limit:%1, time:%2 second")
            .arg(rate.isSet() ? rate.requests : 1)
            .arg(rate.isSet() ? rate.seconds : 1));
    r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

int HuaweiSim::verify(const SimRequest &request, qint64 nowMs, SimResponse *out) const
{
    // Gateway codes: APIGW.0301 for IAM AK/SK authentication failures; APIGW.0303, which the
    // signing guide names, for a signature mismatch and an expired X-Sdk-Date.
    HuaweiSignature::Authorization auth;
    QString problem;
    if (!HuaweiSignature::parseAuthorization(request.header("authorization"), &auth, &problem)) {
        *out = error(401, "APIGW.0301",
            QStringLiteral("Incorrect IAM authentication information: %1").arg(problem));
        return -1;
    }
    const auto &keys = m_state.credentials().huaweiKeys;
    int credential = -1;
    for (size_t i = 0; i < keys.size(); ++i) {
        if (keys[i].accessKey == auth.accessKey)
            credential = int(i);
    }
    if (credential < 0) {
        *out = error(401, "APIGW.0301",
            QStringLiteral("Incorrect IAM authentication information: ak %1 not exist")
                .arg(QString::fromUtf8(auth.accessKey)));
        return -1;
    }
    const QByteArray sdkDate = request.header("x-sdk-date").trimmed();
    qint64 signedAt = 0;
    if (sdkDate.isEmpty() || !parseSdkDate(sdkDate, &signedAt)) {
        *out = error(401, "APIGW.0301",
            QStringLiteral("Incorrect IAM authentication information: the X-Sdk-Date header is "
                           "missing or not in the form YYYYMMDDTHHMMSSZ"));
        return -1;
    }
    if (qAbs(nowMs - signedAt) > maxClockSkewMs) {
        *out = error(401, "APIGW.0303",
            QStringLiteral("Incorrect app authentication information: signature expired, "
                           "X-Sdk-Date %1 is more than 15 minutes from the server time")
                .arg(QString::fromLatin1(sdkDate)));
        return -1;
    }
    const auto &key = keys[size_t(credential)];
    if (!key.securityToken.isEmpty()) {
        const QByteArray token = request.header("x-security-token").trimmed();
        if (token.isEmpty()) {
            *out = error(401, "APIGW.0301",
                QStringLiteral("Incorrect IAM authentication information: temporary "
                               "credentials need the X-Security-Token header"));
            return -1;
        }
        if (!HuaweiSignature::constantTimeEquals(token, key.securityToken)) {
            *out = error(401, "APIGW.0301",
                QStringLiteral("Incorrect IAM authentication information: the security token "
                               "is invalid or expired"));
            return -1;
        }
        if (!auth.signedHeaders.contains("x-security-token")) {
            *out = error(401, "APIGW.0301",
                QStringLiteral("Incorrect IAM authentication information: X-Security-Token must "
                               "be among the signed headers"));
            return -1;
        }
    }
    const QByteArray contentSha = request.header("x-sdk-content-sha256").trimmed();
    const QByteArray canonical = HuaweiSignature::canonicalRequest(
        request.method, request.rawPath, request.rawQuery, auth.signedHeaders,
        [&request](const QByteArray &name) { return request.header(name); },
        contentSha.isEmpty() ? HuaweiSignature::sha256Hex(request.body) : contentSha);
    const QByteArray expected =
        HuaweiSignature::sign(key.secretKey, HuaweiSignature::stringToSign(sdkDate, canonical));
    if (!HuaweiSignature::constantTimeEquals(expected, auth.signature.toLower())) {
        *out = error(401, "APIGW.0303",
            QStringLiteral("Incorrect app authentication information: verify signature fail, "
                           "canonicalRequest: %1")
                .arg(QString::fromUtf8(shownCanonical(canonical, key.securityToken))));
        return -1;
    }
    return credential;
}

SimResponse HuaweiSim::handle(const SimRequest &request, const HandleOptions &)
{
    SimResponse response = handleRoute(request);
    if (response.header("X-Request-Id").isEmpty())
        response.setHeader("X-Request-Id", SimHttp::randomHex32());
    return response;
}

SimResponse HuaweiSim::handleRoute(const SimRequest &request)
{
    const Route r = route(request);
    SimResponse out;
    const int credential = verify(request, m_state.epochMs(), &out);
    if (credential < 0)
        return out;
    const int retryAfter = m_state.limiter().acquire(
        "huawei:" + m_state.credentials().huaweiKeys[size_t(credential)].accessKey,
        m_state.monoMs());
    if (retryAfter > 0) {
        m_state.countRateLimited();
        return rateLimited(retryAfter);
    }
    if (r.type == Route::Type::NotFound || request.method != r.method)
        return error(404, "APIGW.0101",
            QStringLiteral("The API does not exist or has not been published in the "
                           "environment"));
    if (r.storeId.toLatin1() != m_state.credentials().identityStoreId)
        return error(
            404, "IIC.404", QStringLiteral("The identity store %1 does not exist").arg(r.storeId));
    if (r.type == Route::Type::List)
        return list(request);
    const int index = userIndex(r.userId);
    if (index < 0)
        return error(404, "IIC.404", QStringLiteral("The user %1 does not exist").arg(r.userId));
    switch (r.type) {
    case Route::Type::Show:
        return show(index);
    case Route::Type::Enable:
        return change(index, true, credential);
    case Route::Type::Disable:
        return change(index, false, credential);
    default:
        break;
    }
    return error(404, "IIC.404", QStringLiteral("Not found"));
}

SimResponse HuaweiSim::list(const SimRequest &request)
{
    int limit = maxPageLimit;
    quint32 offset = 0;
    bool haveUserName = false;
    QString userName;
    for (const auto &[name, value] : request.queryItems()) {
        if (name == QLatin1String("limit")) {
            bool ok = false;
            limit = value.toInt(&ok);
            if (!ok || limit < 1 || limit > maxPageLimit)
                return error(400, "IIC.400",
                    QStringLiteral("Bad Request: limit must be an integer from 1 to %1, got '%2'")
                        .arg(maxPageLimit)
                        .arg(value));
        } else if (name == QLatin1String("marker")) {
            if (value.size() != 24)
                return error(400, "IIC.400",
                    QStringLiteral("Bad Request: marker must be exactly 24 characters"));
            if (!m_state.directory().ids().decodeMarker(value.toLatin1(), &offset))
                return error(
                    400, "IIC.400", QStringLiteral("Bad Request: invalid marker '%1'").arg(value));
        } else if (name == QLatin1String("user_name")) {
            haveUserName = true;
            userName = value;
        }
    }

    const Directory &dir = m_state.directory();
    // Without user_name: every user in index order. With it: the exact match, if any.
    int single = -1;
    if (haveUserName)
        single = dir.findByLogin(userName.toUtf8());
    const qint64 total = haveUserName ? (single >= 0 ? 1 : 0) : dir.size();
    const qint64 begin = qMin<qint64>(offset, total);
    const qint64 end = qMin<qint64>(begin + limit, total);

    QByteArray body;
    body.reserve(qsizetype((end - begin) * 700 + 128));
    JsonWriter w(body);
    w.beginObject();
    w.key("users");
    w.beginArray();
    for (qint64 i = begin; i < end; ++i)
        writeUser(w, haveUserName ? single : int(i));
    w.endArray();
    w.key("page_info");
    w.beginObject();
    if (end < total)
        w.field("next_marker", QByteArrayView(dir.ids().marker(quint32(end))));
    w.field("current_count", int(end - begin));
    w.endObject();
    w.endObject();
    return SimResponse::json(200, body);
}

SimResponse HuaweiSim::show(int index) const
{
    QByteArray body;
    body.reserve(900);
    JsonWriter w(body);
    writeUser(w, index);
    return SimResponse::json(200, body);
}

SimResponse HuaweiSim::change(int index, bool enable, int credential)
{
    if (m_state.credentials().huaweiKeys[size_t(credential)].readOnly) {
        return error(403, "IIC.1000",
            QStringLiteral("No permission for action %1")
                .arg(enable ? QStringLiteral("IdentityCenter:user:enableUser")
                            : QStringLiteral("IdentityCenter:user:disableUser")));
    }
    m_state.countChange(ProviderKind::Huawei, index);
    m_state.setDisabled(ProviderKind::Huawei, index, !enable);
    return SimResponse::empty(200);
}

void HuaweiSim::writeUser(JsonWriter &w, int index) const
{
    const Directory &dir = m_state.directory();
    const Directory::Person &p = dir.person(index);
    const NameTables::Source &source = dir.source(index);
    QByteArray scratch;
    scratch.reserve(64);

    w.beginObject();
    w.field("user_id", QByteArrayView(dir.ids().uuid(IdKind::HuaweiUser, quint32(index))));
    scratch.resize(0);
    dir.appendLogin(scratch, index);
    w.field("user_name", QByteArrayView(scratch));
    scratch.resize(0);
    dir.appendDisplayName(scratch, index);
    w.field("display_name", QByteArrayView(scratch));
    w.key("name");
    w.beginObject();
    w.field("family_name", dir.lastName(index));
    w.field("given_name", dir.firstName(index));
    w.field("formatted", QByteArrayView(scratch));
    w.endObject();
    w.field("enabled", !m_state.isDisabled(ProviderKind::Huawei, index));
    scratch.resize(0);
    dir.appendEmail(scratch, index);
    w.key("emails");
    w.beginArray();
    w.beginObject();
    w.field("value", QByteArrayView(scratch));
    w.field("type", "work");
    w.field("primary", true);
    w.endObject();
    w.endArray();
    w.field("identity_store_id", QByteArrayView(m_state.credentials().identityStoreId));
    w.field("user_type", "Employee");
    w.field("title", dir.title(index));
    if (source.externalIdp) {
        scratch.resize(0);
        dir.appendEmployeeNumber(scratch, index);
        w.field("external_id", QByteArrayView(scratch));
        w.key("external_ids");
        w.beginArray();
        w.beginObject();
        w.field("issuer", "https://example.okta.com");
        w.field("id", QByteArrayView(scratch));
        w.endObject();
        w.endArray();
    }
    w.key("enterprise");
    w.beginObject();
    scratch.resize(0);
    dir.appendEmployeeNumber(scratch, index);
    w.field("employee_number", QByteArrayView(scratch));
    w.field("department", dir.department(index));
    w.endObject();
    // Milliseconds since the epoch (the fact sheet leaves the unit open).
    w.field("created_at", qint64(p.created) * 1000);
    w.field("updated_at", m_state.modifiedSeconds(ProviderKind::Huawei, index) * 1000);
    w.field("created_by", source.externalIdp ? "scim" : "admin");
    w.field("updated_by", source.externalIdp ? "scim" : "admin");
    w.endObject();
}

} // namespace Gatehouse::Sandbox
