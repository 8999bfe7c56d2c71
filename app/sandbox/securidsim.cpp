// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/securidsim.h"

#include <cmath>

#include <QJsonDocument>
#include <QJsonObject>

#include "sandbox/isotime.h"
#include "sandbox/jsonwriter.h"
#include "sandbox/sandboxstate.h"

namespace Gatehouse::Sandbox {

namespace {

const QString failedToken = QStringLiteral("Server failed to process provided access token");

QByteArray codeText(int status)
{
    QByteArray reason = SimHttp::reasonPhrase(status).toUpper();
    reason.replace(' ', '_');
    return QByteArray::number(status) + ' ' + reason;
}

bool decodeBase64Url(const QByteArray &text, QByteArray *out)
{
    if (text.isEmpty())
        return false;
    const auto result = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = result.decoded;
    return true;
}

// A NumericDate: a JSON number, or (as RSA's own sample shows) a string of digits.
bool numericDate(const QJsonValue &value, qint64 *seconds)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return false;
        *seconds = qint64(std::floor(d));
        return true;
    }
    if (value.isString()) {
        bool ok = false;
        *seconds = value.toString().trimmed().toLongLong(&ok);
        return ok;
    }
    return false;
}

const char *monthNames[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

} // namespace

SecurIdSim::SecurIdSim(SandboxState &state)
    : ProviderSim(state)
{ }

bool SecurIdSim::ownsPath(const QString &path)
{
    return path.startsWith(QLatin1String("/AdminInterface/"));
}

SecurIdSim::Route SecurIdSim::route(const SimRequest &request)
{
    Route r;
    const QStringList s = request.segments();
    if (s.size() < 4 || s[0] != QLatin1String("AdminInterface") || s[1] != QLatin1String("restapi")
        || s[2] != QLatin1String("v1") || s[3] != QLatin1String("users"))
        return r;
    if (s.size() == 5 && s[4] == QLatin1String("lookup") && request.method == "POST") {
        r.type = Route::Type::Lookup;
    } else if (s.size() == 6 && s[5] == QLatin1String("userStatus") && request.method == "PUT") {
        r.type = Route::Type::UserStatus;
        r.userId = s[4];
    }
    return r;
}

int SecurIdSim::userIndex(const QString &id) const
{
    quint32 index = 0;
    const Directory &dir = m_state.directory();
    if (!dir.ids().decodeUuid(IdKind::RsaUser, id.toLatin1(), &index) || int(index) >= dir.size())
        return -1;
    return int(index);
}

int SecurIdSim::targetUser(const SimRequest &request) const
{
    const Route r = route(request);
    if (r.type != Route::Type::UserStatus)
        return -1;
    return userIndex(r.userId);
}

SimResponse SecurIdSim::codeError(int status, const QString &description)
{
    QByteArray body;
    JsonWriter w(body);
    w.beginObject();
    w.field("code", QByteArrayView(codeText(status)));
    w.field("description", description);
    w.endObject();
    return SimResponse::json(status, body);
}

SimResponse SecurIdSim::forbidden(const SimRequest &request, const QString &message) const
{
    QByteArray body;
    JsonWriter w(body);
    w.beginObject();
    w.field("timestamp", m_state.epochMs());
    w.field("status", 403);
    w.field("error", "Forbidden");
    w.field("message", message);
    w.field("path", QByteArrayView(request.rawPath));
    w.endObject();
    return SimResponse::json(403, body);
}

SimResponse SecurIdSim::errorResponse(int status, const QString &message) const
{
    if (status == 429)
        return rateLimited(1);
    if (status == 403) {
        SimRequest none;
        return forbidden(none, message);
    }
    return codeError(status, message);
}

SimResponse SecurIdSim::rateLimited(int retryAfterSeconds) const
{
    SimResponse r = codeError(429, QStringLiteral("Too many requests"));
    r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

bool SecurIdSim::verifyToken(const SimRequest &request, qint64 now, SimResponse *error) const
{
    const auto reject = [&](const QString &message) {
        *error = forbidden(request, message);
        return false;
    };
    const QByteArray header = request.header("authorization").trimmed();
    if (header.size() < 8 || header.left(7).toLower() != "bearer ")
        return reject(failedToken);
    const QByteArray jwt = header.mid(7).trimmed();
    const QList<QByteArray> parts = jwt.split('.');
    QByteArray headerJson, claimsJson, signature;
    if (parts.size() != 3 || !decodeBase64Url(parts[0], &headerJson)
        || !decodeBase64Url(parts[1], &claimsJson) || !decodeBase64Url(parts[2], &signature))
        return reject(failedToken);

    const QJsonDocument headerDoc = QJsonDocument::fromJson(headerJson);
    if (!headerDoc.isObject()
        || headerDoc.object().value(QLatin1String("alg")).toString() != QLatin1String("RS256")
        || headerDoc.object().value(QLatin1String("typ")).toString() != QLatin1String("JWT"))
        return reject(failedToken);
    const QByteArray signedPart = parts[0] + '.' + parts[1];
    if (!m_state.rsaKey().verifySha256(signedPart, signature))
        return reject(failedToken);

    const QJsonDocument claimsDoc = QJsonDocument::fromJson(claimsJson);
    if (!claimsDoc.isObject())
        return reject(failedToken);
    const QJsonObject claims = claimsDoc.object();
    const QJsonValue sub = claims.value(QLatin1String("sub"));
    const QJsonValue aud = claims.value(QLatin1String("aud"));
    if (!sub.isString() || sub.toString().toUtf8() != m_state.credentials().rsaAccessId)
        return reject(failedToken);
    if (!aud.isString() || aud.toString().toUtf8() != m_state.adminRestApiUrl())
        return reject(failedToken);
    qint64 iat = 0;
    qint64 exp = 0;
    if (!numericDate(claims.value(QLatin1String("iat")), &iat)
        || !numericDate(claims.value(QLatin1String("exp")), &exp))
        return reject(failedToken);
    if (exp <= iat || exp - iat > maxLifetimeSeconds || iat > now + clockSkewSeconds)
        return reject(failedToken);
    if (now > exp + clockSkewSeconds)
        return reject(failedToken + QStringLiteral(" (expired JWT)"));
    return true;
}

SimResponse SecurIdSim::handle(const SimRequest &request, const HandleOptions &)
{
    SimResponse error;
    if (!verifyToken(request, m_state.epochMs() / 1000, &error))
        return error;
    const int retryAfter =
        m_state.limiter().acquire("rsa:" + m_state.credentials().rsaAccessId, m_state.monoMs());
    if (retryAfter > 0) {
        m_state.countRateLimited();
        return rateLimited(retryAfter);
    }
    const Route r = route(request);
    switch (r.type) {
    case Route::Type::Lookup:
        return lookup(request);
    case Route::Type::UserStatus:
        return userStatus(request, r);
    case Route::Type::NotFound:
        break;
    }
    return codeError(404,
        QStringLiteral("No handler found for %1 %2")
            .arg(QString::fromLatin1(request.method), request.path));
}

SimResponse SecurIdSim::lookup(const SimRequest &request)
{
    if (!SimHttp::isJsonMediaType(request.mediaType()))
        return codeError(415,
            QStringLiteral("Content type '%1' not supported")
                .arg(QString::fromUtf8(request.header("content-type"))));
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return codeError(400, QStringLiteral("Malformed JSON request body."));
    const QJsonObject body = doc.object();
    const QJsonValue email = body.value(QLatin1String("email"));
    const QJsonValue username = body.value(QLatin1String("username"));
    const QJsonValue unsynched = body.value(QLatin1String("searchUnsynched"));
    if (!unsynched.isUndefined() && !unsynched.isBool())
        return codeError(400, QStringLiteral("searchUnsynched must be a boolean."));
    if ((!email.isUndefined() && !email.isString())
        || (!username.isUndefined() && !username.isString()))
        return codeError(400, QStringLiteral("email and username must be strings."));
    const QString emailText = email.toString().trimmed();
    const QString usernameText = username.toString().trimmed();
    if (emailText.isEmpty() && usernameText.isEmpty())
        return codeError(400, QStringLiteral("Either email or username is required."));
    // Both given: the e-mail decides (one user per call).
    const Directory &dir = m_state.directory();
    const QString key = emailText.isEmpty() ? usernameText : emailText;
    const int index = emailText.isEmpty() ? dir.findByLoginIgnoreCase(usernameText.toUtf8())
                                          : dir.findByEmail(emailText.toUtf8());
    if (index < 0)
        return codeError(404, QStringLiteral("User %1 not found").arg(key));
    QByteArray out;
    out.reserve(1200);
    JsonWriter w(out);
    writeUser(w, index);
    return SimResponse::json(200, out);
}

SimResponse SecurIdSim::userStatus(const SimRequest &request, const Route &route)
{
    if (!SimHttp::isJsonMediaType(request.mediaType()))
        return codeError(415,
            QStringLiteral("Content type '%1' not supported")
                .arg(QString::fromUtf8(request.header("content-type"))));
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return codeError(400, QStringLiteral("Malformed JSON request body."));
    const QJsonObject body = doc.object();
    if (body.size() != 1)
        return codeError(400, QStringLiteral("Wrong number of properties in the request body."));
    if (!body.contains(QLatin1String("userStatus")))
        return codeError(400,
            QStringLiteral("Unknown property '%1' in the request body.").arg(body.keys().first()));
    const QString status = body.value(QLatin1String("userStatus")).toString();
    if (status != QLatin1String("Enabled") && status != QLatin1String("Disabled"))
        return codeError(400, QStringLiteral("Invalid userStatus: expected Enabled or Disabled."));
    const int index = userIndex(route.userId);
    if (index < 0)
        return codeError(404, QStringLiteral("User %1 not found").arg(route.userId));
    const bool enable = status == QLatin1String("Enabled");
    const Directory &dir = m_state.directory();
    if (enable && dir.has(index, Directory::RsaMarkDeleted))
        return codeError(409,
            QStringLiteral("User %1 is pending deletion and cannot be enabled. Remove the "
                           "pending-delete mark first.")
                .arg(route.userId));
    if (enable && dir.has(index, Directory::RsaSyncDisabled))
        return codeError(409,
            QStringLiteral("User %1 was disabled by a synchronization with the identity source "
                           "and cannot be enabled here. Enable the user in the identity source.")
                .arg(route.userId));
    m_state.countChange(ProviderKind::SecurId, index);
    m_state.setDisabled(ProviderKind::SecurId, index, !enable);
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.field("id", route.userId);
    w.field("userStatus", status);
    w.endObject();
    return SimResponse::json(200, out);
}

void SecurIdSim::writeUser(JsonWriter &w, int index) const
{
    const Directory &dir = m_state.directory();
    const Directory::Person &p = dir.person(index);
    const NameTables::Source &source = dir.source(index);
    const bool markDeleted = p.flags & Directory::RsaMarkDeleted;
    const bool locked = m_state.isLocked(ProviderKind::SecurId, index);
    QByteArray scratch;
    scratch.reserve(64);

    w.beginObject();
    w.field("id", QByteArrayView(dir.ids().uuid(IdKind::RsaUser, quint32(index))));
    scratch.resize(0);
    dir.appendEmail(scratch, index);
    const QByteArray email = scratch;
    w.field("emailAddress", QByteArrayView(email));
    w.field("firstName", dir.firstName(index));
    w.field("lastName", dir.lastName(index));
    scratch.resize(0);
    dir.appendLogin(scratch, index);
    w.field("principalUsername", QByteArrayView(scratch));
    w.field("alternateUsername", QByteArrayView(QByteArray("CORP\\" + scratch)));
    w.field("primaryUniqueIdentifier", QByteArrayView(email));
    w.field("identitySource", source.name);
    scratch.resize(0);
    IsoTime::appendMillis(scratch, qint64(p.created) * 1000);
    w.field("creationDate", QByteArrayView(scratch));
    scratch.resize(0);
    IsoTime::appendMillis(scratch, m_state.modifiedSeconds(ProviderKind::SecurId, index) * 1000);
    w.field("lastSyncTime", QByteArrayView(scratch));
    w.field(
        "userStatus", m_state.isDisabled(ProviderKind::SecurId, index) ? "Disabled" : "Enabled");
    w.field("markDeleted", markDeleted);
    if (markDeleted) {
        scratch.resize(0);
        IsoTime::appendMillis(scratch, qint64(p.modified) * 1000);
        w.field("markDeletedAt", QByteArrayView(scratch));
        w.field("markDeletedBy", "helpdesk.admin@example.com");
    } else {
        w.nullField("markDeletedAt");
        w.nullField("markDeletedBy");
    }
    w.field("highRiskUser", false);
    w.field("isTokenLocked", locked);
    w.field("isSmsLocked", false);
    w.field("isVoiceLocked", false);
    w.field("isFingerprintLocked", false);
    w.field("isApproveLocked", false);
    w.field("emergencyAccessStatus", "Disabled");
    w.field("offlineEmergencyAccessStatus", "Disabled");
    w.nullField("emergencyTokencodeId");
    w.nullField("emergencyTokencodeExpiration");
    w.nullField("emergencyTokencodeLastUse");
    w.nullField("offlineEmergencyTokencodeExpiration");
    const int month = int((p.modified / 2629746) % 12);
    w.field("monthLastAuthenticated",
        QByteArrayView(QByteArray(QByteArray(monthNames[month]) + " 2025")));
    w.endObject();
}

QByteArray SecurIdSim::keyFileJson() const
{
    const auto &c = m_state.credentials();
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.field("customerName", QByteArrayView(c.rsaCustomerName));
    w.field("accessID", QByteArrayView(c.rsaAccessId));
    w.field("accessKey", QByteArrayView(m_state.rsaKey().privateKeyPkcs1Pem()));
    w.field("adminRestApiUrl", QByteArrayView(m_state.adminRestApiUrl()));
    w.field("description", QByteArrayView(c.rsaDescription));
    w.endObject();
    out.append('\n');
    return out;
}

} // namespace Gatehouse::Sandbox
