// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sailpointsim.h"

#include <algorithm>
#include <cstring>
#include <numeric>

#include <QJsonDocument>
#include <QJsonObject>

#include "core/logging.h"
#include "sandbox/isotime.h"
#include "sandbox/jsonwriter.h"
#include "sandbox/sandboxstate.h"

namespace Gatehouse::Sandbox {

using namespace SailPointFilter;

namespace {

constexpr int maxAccountsLimit = 250;
constexpr size_t cacheSize = 8;
const char *const accountVersions[] = {"v3", "beta", "v2024", "v2025", "v2026"};
const char *const taskVersions[] = {"beta", "v2024", "v2025", "v2026"};

bool isOneOf(const QString &value, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; ++i) {
        if (value == QLatin1String(list[i]))
            return true;
    }
    return false;
}

template <size_t N>
bool isOneOf(const QString &value, const char *const (&list)[N])
{
    return isOneOf(value, list, N);
}

void lowerInPlace(QByteArray &text, qsizetype from)
{
    char *d = text.data();
    for (qsizetype i = from; i < text.size(); ++i) {
        if (d[i] >= 'A' && d[i] <= 'Z')
            d[i] = char(d[i] + 32);
    }
}

QByteArray oauthError(const char *error, const QString &description)
{
    QByteArray body;
    JsonWriter w(body);
    w.beginObject();
    w.field("error", error);
    w.field("error_description", description);
    w.endObject();
    return body;
}

QByteArray errorObject(const QString &text)
{
    QByteArray body;
    JsonWriter w(body);
    w.beginObject();
    w.field("error", text);
    w.endObject();
    return body;
}

// Field values of an account, for the filter evaluator.
class AccountFields final : public FieldSource
{
public:
    explicit AccountFields(const SandboxState &state)
        : m_state(state)
        , m_dir(state.directory())
    { }

    void appendLower(Field field, int index, QByteArray &out) const override
    {
        const qsizetype start = out.size();
        char id[IdCodec::hexLength];
        switch (field) {
        case Field::Id:
            m_dir.ids().writeHex32(id, IdKind::Account, quint32(index));
            out.append(id, IdCodec::hexLength);
            break;
        case Field::IdentityId:
            if (!m_dir.has(index, Directory::Uncorrelated)) {
                m_dir.ids().writeHex32(id, IdKind::Identity, quint32(index));
                out.append(id, IdCodec::hexLength);
            }
            break;
        case Field::Name:
            m_dir.appendLogin(out, index);
            break;
        case Field::NativeIdentity:
            m_dir.appendNativeIdentity(out, index);
            break;
        case Field::SourceId:
            m_dir.ids().writeHex32(id, IdKind::Source, m_dir.person(index).source);
            out.append(id, IdCodec::hexLength);
            break;
        case Field::IdentityName:
            if (!m_dir.has(index, Directory::Uncorrelated))
                m_dir.appendDisplayName(out, index);
            break;
        case Field::Origin:
            out.append("aggregated");
            break;
        default:
            break;
        }
        lowerInPlace(out, start);
    }

    qint64 timeMs(Field field, int index) const override
    {
        if (field == Field::Created)
            return qint64(m_dir.person(index).created) * 1000;
        return m_state.modifiedSeconds(ProviderKind::SailPoint, index) * 1000;
    }

    bool flag(Field field, int index) const override
    {
        switch (field) {
        case Field::HasEntitlements:
            return m_dir.has(index, Directory::HasEntitlements);
        case Field::Uncorrelated:
            return m_dir.has(index, Directory::Uncorrelated);
        default:
            return false;
        }
    }

private:
    const SandboxState &m_state;
    const Directory &m_dir;
};

bool dependsOnState(const Node &node)
{
    if (node.type == Node::Type::Compare)
        return node.field == Field::Modified;
    for (const auto &child : node.children) {
        if (dependsOnState(*child))
            return true;
    }
    return false;
}

// Candidate rows for a filter without scanning everything: ids decode directly and logins
// have an index. False when the filter needs a full scan.
bool candidates(const Node &node, const Directory &dir, std::vector<quint32> *out)
{
    switch (node.type) {
    case Node::Type::Compare: {
        if (node.op != Op::Eq && node.op != Op::In)
            return false;
        for (const QByteArray &value : node.values) {
            quint32 index = 0;
            int found = -1;
            switch (node.field) {
            case Field::Id:
                if (dir.ids().decodeHex32(IdKind::Account, value, &index))
                    found = int(index);
                break;
            case Field::IdentityId:
                if (dir.ids().decodeHex32(IdKind::Identity, value, &index))
                    found = int(index);
                break;
            case Field::Name:
                found = dir.findByLoginIgnoreCase(value);
                break;
            case Field::NativeIdentity:
                found = dir.findByNativeIdentity(value);
                break;
            default:
                return false;
            }
            if (found >= 0 && found < dir.size())
                out->push_back(quint32(found));
        }
        return true;
    }
    case Node::Type::And:
        for (const auto &child : node.children) {
            if (candidates(*child, dir, out))
                return true;
        }
        return false;
    case Node::Type::Or: {
        std::vector<quint32> all;
        for (const auto &child : node.children) {
            std::vector<quint32> part;
            if (!candidates(*child, dir, &part))
                return false;
            all.insert(all.end(), part.begin(), part.end());
        }
        out->insert(out->end(), all.begin(), all.end());
        return true;
    }
    case Node::Type::Not:
        return false;
    }
    return false;
}

const char *actionName(SailPointTask::Action action)
{
    switch (action) {
    case SailPointTask::Action::Disable:
        return "Disable";
    case SailPointTask::Action::Enable:
        return "Enable";
    case SailPointTask::Action::Unlock:
        return "Unlock";
    }
    return "";
}

// Form fields of a multipart/form-data body.
QList<QPair<QString, QString>> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    QList<QPair<QString, QString>> fields;
    QByteArray boundary;
    for (const QByteArray &param : contentType.split(';')) {
        const QByteArray p = param.trimmed();
        if (p.toLower().startsWith("boundary=")) {
            boundary = p.mid(9);
            if (boundary.size() >= 2 && boundary.startsWith('"') && boundary.endsWith('"'))
                boundary = boundary.mid(1, boundary.size() - 2);
        }
    }
    if (boundary.isEmpty())
        return fields;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0)
            break;
        const QByteArray headers = body.mid(pos, headersEnd - pos);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headersEnd + 4);
        if (next < 0)
            break;
        const QByteArray content = body.mid(headersEnd + 4, next - headersEnd - 4);
        const qsizetype nameAt = headers.indexOf("name=\"");
        if (nameAt >= 0) {
            const qsizetype nameEnd = headers.indexOf('"', nameAt + 6);
            if (nameEnd > nameAt)
                fields.append({QString::fromUtf8(headers.mid(nameAt + 6, nameEnd - nameAt - 6)),
                    QString::fromUtf8(content)});
        }
        pos = next + 2;
    }
    return fields;
}

} // namespace

SailPointSim::SailPointSim(SandboxState &state)
    : ProviderSim(state)
{ }

SailPointSim::~SailPointSim() = default;

bool SailPointSim::ownsPath(const QString &path)
{
    const QStringList s = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (s.isEmpty())
        return false;
    const QString &first = s.first();
    return first == QLatin1String("oauth") || isOneOf(first, accountVersions)
        || first == QLatin1String("accounts") || first == QLatin1String("task-status");
}

SailPointSim::Route SailPointSim::route(const SimRequest &request)
{
    Route r;
    const QStringList s = request.segments();
    if (s.size() == 2 && s[0] == QLatin1String("oauth") && s[1] == QLatin1String("token")) {
        r.type = Route::Type::Token;
        r.method = "POST";
        return r;
    }
    // Account endpoints: /{version}/accounts[/{id}[/{action}]] or /accounts/v1[/...].
    int rest = -1;
    if (s.size() >= 2 && isOneOf(s[0], accountVersions) && s[1] == QLatin1String("accounts")) {
        r.bucket = s[0].toLatin1();
        rest = 2;
    } else if (s.size() >= 2 && s[0] == QLatin1String("accounts") && s[1] == QLatin1String("v1")) {
        r.bucket = "accounts/v1";
        rest = 2;
    }
    if (rest > 0) {
        const qsizetype extra = s.size() - rest;
        if (extra == 0) {
            r.type = Route::Type::List;
            r.method = "GET";
        } else if (extra == 1) {
            r.type = Route::Type::Get;
            r.method = "GET";
            r.id = s[rest];
        } else if (extra == 2
            && (s[rest + 1] == QLatin1String("disable") || s[rest + 1] == QLatin1String("enable")
                || s[rest + 1] == QLatin1String("unlock"))) {
            r.type = Route::Type::Action;
            r.method = "POST";
            r.id = s[rest];
            r.action = s[rest + 1];
        }
        return r;
    }
    if (s.size() == 3 && isOneOf(s[0], taskVersions) && s[1] == QLatin1String("task-status")) {
        r.type = Route::Type::TaskStatus;
        r.method = "GET";
        r.bucket = s[0].toLatin1();
        r.id = s[2];
    } else if (s.size() == 3 && s[0] == QLatin1String("task-status")
        && s[1] == QLatin1String("v1")) {
        r.type = Route::Type::TaskStatus;
        r.method = "GET";
        r.bucket = "task-status/v1";
        r.id = s[2];
    }
    return r;
}

int SailPointSim::accountIndex(const QString &id) const
{
    quint32 index = 0;
    const Directory &dir = m_state.directory();
    if (!dir.ids().decodeHex32(IdKind::Account, id.toLatin1(), &index) || int(index) >= dir.size())
        return -1;
    return int(index);
}

int SailPointSim::targetUser(const SimRequest &request) const
{
    const Route r = route(request);
    if (r.type != Route::Type::Action || request.method != "POST")
        return -1;
    return accountIndex(r.id);
}

QByteArray SailPointSim::detailCodeFor(int status)
{
    switch (status) {
    case 400:
        return "400.1 Bad Request Content";
    case 403:
        return "403 Forbidden";
    case 404:
        return "404 Not found";
    case 500:
        return "500.0 Internal Fault";
    default:
        return QByteArray::number(status) + ' ' + SimHttp::reasonPhrase(status);
    }
}

SimResponse SailPointSim::errorDto(int status, const QByteArray &detailCode, const QString &text)
{
    QByteArray body;
    JsonWriter w(body);
    w.beginObject();
    w.field("detailCode", QByteArrayView(detailCode));
    w.field("trackingId", QByteArrayView(SimHttp::randomHex32()));
    w.key("messages");
    w.beginArray();
    w.beginObject();
    w.field("locale", "en-US");
    w.field("localeOrigin", "DEFAULT");
    w.field("text", text);
    w.endObject();
    w.endArray();
    w.key("causes");
    w.beginArray();
    w.endArray();
    w.endObject();
    return SimResponse::json(status, body);
}

SimResponse SailPointSim::errorResponse(int status, const QString &message) const
{
    if (status == 429)
        return rateLimited(1);
    if (status == 401)
        return SimResponse::json(401, errorObject(message));
    return errorDto(status, detailCodeFor(status), message);
}

SimResponse SailPointSim::rateLimited(int retryAfterSeconds) const
{
    SimResponse r = SimResponse::json(429, R"({"message":" Rate Limit Exceeded "})");
    r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

int SailPointSim::authenticate(const SimRequest &request, SimResponse *error) const
{
    const QByteArray header = request.header("authorization").trimmed();
    if (header.isEmpty()) {
        *error = SimResponse::json(401,
            errorObject(QStringLiteral("Full authentication is required to access this "
                                       "resource")));
        return -1;
    }
    if (header.size() < 8 || header.left(7).toLower() != "bearer ") {
        *error = SimResponse::json(
            401, errorObject(QStringLiteral("JWT validation failed: not a bearer token")));
        return -1;
    }
    const int client = m_state.tokenClient(header.mid(7).trimmed());
    if (client == -2) {
        *error = SimResponse::json(
            401, errorObject(QStringLiteral("JWT validation failed: JWT is expired")));
        return -1;
    }
    if (client < 0) {
        *error = SimResponse::json(
            401, errorObject(QStringLiteral("JWT validation failed: invalid token")));
        return -1;
    }
    return client;
}

bool SailPointSim::withinRate(int client, const QByteArray &bucket, SimResponse *error)
{
    const QByteArray key =
        "sailpoint:" + m_state.credentials().sailpointClients[size_t(client)].id + ':' + bucket;
    const int retryAfter = m_state.limiter().acquire(key, m_state.monoMs());
    if (retryAfter == 0)
        return true;
    m_state.countRateLimited();
    *error = rateLimited(retryAfter);
    return false;
}

SimResponse SailPointSim::handle(const SimRequest &request, const HandleOptions &options)
{
    const Route r = route(request);
    if (r.type == Route::Type::NotFound)
        return errorDto(404, detailCodeFor(404),
            QStringLiteral("The server did not find a current representation for the target "
                           "resource."));
    if (request.method != r.method)
        return errorDto(405, detailCodeFor(405),
            QStringLiteral("Request method '%1' is not supported")
                .arg(QString::fromLatin1(request.method)));
    if (r.type == Route::Type::Token)
        return token(request);

    SimResponse error;
    const int client = authenticate(request, &error);
    if (client < 0)
        return error;
    if (!withinRate(client, r.bucket, &error))
        return error;
    switch (r.type) {
    case Route::Type::List:
        return list(request);
    case Route::Type::Get:
        return get(r);
    case Route::Type::Action:
        return action(request, r, client, options);
    case Route::Type::TaskStatus:
        return taskStatus(r);
    default:
        break;
    }
    return errorDto(404, detailCodeFor(404), QStringLiteral("Not found"));
}

SimResponse SailPointSim::token(const SimRequest &request)
{
    QList<QPair<QString, QString>> params = SimHttp::parseQuery(request.rawQuery, true);
    const QByteArray type = request.mediaType();
    if (type == "application/x-www-form-urlencoded")
        params += SimHttp::parseQuery(request.body, true);
    else if (type == "multipart/form-data")
        params += parseMultipart(request.header("content-type"), request.body);
    QString grantType, clientId, clientSecret;
    for (const auto &p : params) {
        if (p.first == QLatin1String("grant_type"))
            grantType = p.second;
        else if (p.first == QLatin1String("client_id"))
            clientId = p.second;
        else if (p.first == QLatin1String("client_secret"))
            clientSecret = p.second;
    }
    if (grantType.isEmpty())
        return SimResponse::json(
            400, oauthError("invalid_request", QStringLiteral("Missing grant type")));
    if (grantType != QLatin1String("client_credentials"))
        return SimResponse::json(400,
            oauthError("unsupported_grant_type",
                QStringLiteral("Unsupported grant type: %1").arg(grantType)));
    int client = -1;
    const auto &clients = m_state.credentials().sailpointClients;
    for (size_t i = 0; i < clients.size(); ++i) {
        if (clientId.toUtf8() == clients[i].id && clientSecret.toUtf8() == clients[i].secret)
            client = int(i);
    }
    if (client < 0)
        return SimResponse::json(
            401, oauthError("invalid_client", QStringLiteral("Bad credentials")));

    const QByteArray accessToken = m_state.issueToken(client);
    const auto &creds = m_state.credentials();
    QByteArray body;
    JsonWriter w(body);
    w.beginObject();
    w.field("access_token", QByteArrayView(accessToken));
    w.field("token_type", "bearer");
    w.field("expires_in", m_state.options().tokenSeconds);
    w.field("scope", "sp:scopes:all");
    w.field("tenant_id", QByteArrayView(creds.tenantId));
    w.field("pod", QByteArrayView(creds.pod));
    w.field("strong_auth_supported", false);
    w.field("org", QByteArrayView(creds.org));
    w.field("claims_supported", false);
    w.field("internal", true);
    w.field("strong_auth", false);
    w.field("accessType", "OFFLINE");
    w.field("enabled", true);
    w.field("jti", QByteArrayView(SimHttp::randomHex32()));
    w.endObject();
    SimResponse response = SimResponse::json(200, body);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

bool SailPointSim::resultRows(const QString &filters, const QString &sorters,
    std::shared_ptr<const std::vector<quint32>> *rows, QString *error)
{
    rows->reset();
    if (filters.isEmpty() && sorters.isEmpty())
        return true;
    const QString key = filters + QChar(0x1f) + sorters;
    for (size_t i = 0; i < m_cache.size(); ++i) {
        const CacheEntry &e = m_cache[i];
        if (e.key == key && (!e.stateDependent || e.generation == m_state.generation())) {
            *rows = e.rows;
            std::rotate(m_cache.begin(), m_cache.begin() + qsizetype(i),
                m_cache.begin() + qsizetype(i) + 1);
            return true;
        }
    }

    std::unique_ptr<Node> filter;
    if (!filters.isEmpty()) {
        filter = SailPointFilter::parse(filters, error);
        if (!filter)
            return false;
    }
    QList<Sorter> sortList;
    if (!sorters.isEmpty() && !parseSorters(sorters, &sortList, error))
        return false;

    std::vector<quint32> result;
    if (filter) {
        result = filterRows(*filter);
    } else {
        result.resize(size_t(m_state.directory().size()));
        std::iota(result.begin(), result.end(), 0u);
    }
    if (!sortList.isEmpty())
        sortRows(result, sortList);

    CacheEntry entry;
    entry.key = key;
    entry.generation = m_state.generation();
    entry.stateDependent = (filter && dependsOnState(*filter))
        || std::any_of(sortList.cbegin(), sortList.cend(),
            [](const Sorter &s) { return s.field == Field::Modified; });
    entry.rows = std::make_shared<const std::vector<quint32>>(std::move(result));
    *rows = entry.rows;
    m_cache.insert(m_cache.begin(), std::move(entry));
    if (m_cache.size() > cacheSize)
        m_cache.pop_back();
    return true;
}

std::vector<quint32> SailPointSim::filterRows(const Node &filter) const
{
    const Directory &dir = m_state.directory();
    const AccountFields fields(m_state);
    QByteArray scratch;
    scratch.reserve(128);
    std::vector<quint32> rows;
    std::vector<quint32> candidateRows;
    if (candidates(filter, dir, &candidateRows)) {
        std::sort(candidateRows.begin(), candidateRows.end());
        candidateRows.erase(
            std::unique(candidateRows.begin(), candidateRows.end()), candidateRows.end());
        for (const quint32 index : candidateRows) {
            if (evaluate(filter, int(index), fields, scratch))
                rows.push_back(index);
        }
        return rows;
    }
    for (int i = 0; i < dir.size(); ++i) {
        if (evaluate(filter, i, fields, scratch))
            rows.push_back(quint32(i));
    }
    return rows;
}

void SailPointSim::sortRows(std::vector<quint32> &rows, const QList<Sorter> &sorters) const
{
    // One key column per sorter: numbers for times, one contiguous buffer of lower-cased
    // strings (with offsets) for text, so a million rows sort without a million allocations.
    struct Column
    {
        bool descending = false;
        bool isText = false;
        bool constant = false;
        std::vector<qint64> numbers;
        QByteArray text;
        std::vector<quint32> offsets;
    };
    const AccountFields fields(m_state);
    std::vector<Column> columns;
    for (const Sorter &s : sorters) {
        Column c;
        c.descending = s.descending;
        switch (valueKind(s.field)) {
        case ValueKind::Time:
            c.numbers.reserve(rows.size());
            for (const quint32 index : rows)
                c.numbers.push_back(fields.timeMs(s.field, int(index)));
            break;
        case ValueKind::Bool:
            c.constant = true;
            break;
        case ValueKind::String:
            c.isText = true;
            c.offsets.reserve(rows.size() + 1);
            for (const quint32 index : rows) {
                c.offsets.push_back(quint32(c.text.size()));
                fields.appendLower(s.field, int(index), c.text);
            }
            c.offsets.push_back(quint32(c.text.size()));
            break;
        }
        columns.push_back(std::move(c));
    }
    std::vector<quint32> order(rows.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        for (const Column &c : columns) {
            if (c.constant)
                continue;
            int cmp = 0;
            if (c.isText) {
                const quint32 aBegin = c.offsets[a], aEnd = c.offsets[a + 1];
                const quint32 bBegin = c.offsets[b], bEnd = c.offsets[b + 1];
                const quint32 aLen = aEnd - aBegin, bLen = bEnd - bBegin;
                cmp = std::memcmp(
                    c.text.constData() + aBegin, c.text.constData() + bBegin, std::min(aLen, bLen));
                if (cmp == 0)
                    cmp = aLen < bLen ? -1 : (aLen > bLen ? 1 : 0);
            } else {
                cmp = c.numbers[a] < c.numbers[b] ? -1 : (c.numbers[a] > c.numbers[b] ? 1 : 0);
            }
            if (cmp != 0)
                return c.descending ? cmp > 0 : cmp < 0;
        }
        return rows[a] < rows[b];
    });
    std::vector<quint32> sorted(rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        sorted[i] = rows[order[i]];
    rows.swap(sorted);
}

SimResponse SailPointSim::list(const SimRequest &request)
{
    int limit = maxAccountsLimit;
    int offset = 0;
    bool wantCount = false;
    bool slim = false;
    QString filters, sorters;
    for (const auto &[name, value] : request.queryItems()) {
        bool ok = false;
        if (name == QLatin1String("limit")) {
            limit = value.toInt(&ok);
            if (!ok || limit < 0 || limit > maxAccountsLimit)
                return errorDto(400, detailCodeFor(400),
                    QStringLiteral("Invalid value '%1' for query parameter 'limit': must be an "
                                   "integer from 0 to %2")
                        .arg(value)
                        .arg(maxAccountsLimit));
        } else if (name == QLatin1String("offset")) {
            offset = value.toInt(&ok);
            if (!ok || offset < 0)
                return errorDto(400, detailCodeFor(400),
                    QStringLiteral("Invalid value '%1' for query parameter 'offset': must be a "
                                   "non-negative integer")
                        .arg(value));
        } else if (name == QLatin1String("count")) {
            if (value != QLatin1String("true") && value != QLatin1String("false"))
                return errorDto(400, detailCodeFor(400),
                    QStringLiteral("Invalid value '%1' for query parameter 'count': must be true "
                                   "or false")
                        .arg(value));
            wantCount = value == QLatin1String("true");
        } else if (name == QLatin1String("detailLevel")) {
            if (value != QLatin1String("SLIM") && value != QLatin1String("FULL"))
                return errorDto(400, detailCodeFor(400),
                    QStringLiteral("Invalid value '%1' for query parameter 'detailLevel': must be "
                                   "SLIM or FULL")
                        .arg(value));
            slim = value == QLatin1String("SLIM");
        } else if (name == QLatin1String("filters")) {
            filters = value;
        } else if (name == QLatin1String("sorters")) {
            sorters = value;
        }
    }

    std::shared_ptr<const std::vector<quint32>> rows;
    QString error;
    if (!resultRows(filters, sorters, &rows, &error))
        return errorDto(400, detailCodeFor(400), error);
    const qint64 total = rows ? qint64(rows->size()) : qint64(m_state.directory().size());
    const qint64 begin = qMin<qint64>(offset, total);
    const qint64 end = qMin<qint64>(begin + limit, total);

    QByteArray body;
    body.reserve(qsizetype((end - begin) * (slim ? 700 : 1300) + 16));
    JsonWriter w(body);
    w.beginArray();
    for (qint64 i = begin; i < end; ++i)
        writeAccount(w, rows ? int((*rows)[size_t(i)]) : int(i), slim);
    w.endArray();
    SimResponse response = SimResponse::json(200, body);
    if (wantCount)
        response.setHeader("X-Total-Count", QByteArray::number(total));
    return response;
}

SimResponse SailPointSim::get(const Route &route)
{
    const int index = accountIndex(route.id);
    if (index < 0)
        return errorDto(404, detailCodeFor(404),
            QStringLiteral("Account with id '%1' was not found.").arg(route.id));
    QByteArray body;
    body.reserve(1400);
    JsonWriter w(body);
    writeAccount(w, index, false);
    return SimResponse::json(200, body);
}

SimResponse SailPointSim::action(
    const SimRequest &request, const Route &route, int client, const HandleOptions &options)
{
    const int index = accountIndex(route.id);
    if (index < 0)
        return errorDto(404, detailCodeFor(404),
            QStringLiteral("Account with id '%1' was not found.").arg(route.id));
    if (!SimHttp::isJsonMediaType(request.mediaType()))
        return errorDto(400, detailCodeFor(400),
            QStringLiteral("The request body must be JSON (Content-Type: application/json); "
                           "send at least {}."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return errorDto(400, detailCodeFor(400),
            QStringLiteral("The request body must be a JSON object (%1).")
                .arg(request.body.isEmpty() ? QStringLiteral("it is empty")
                                            : parseError.errorString()));
    const QJsonObject body = doc.object();
    const auto badType = [&](const char *field, const char *type) {
        return errorDto(400, detailCodeFor(400),
            QStringLiteral("The field '%1' must be a %2.")
                .arg(QLatin1String(field), QLatin1String(type)));
    };
    if (body.contains(QLatin1String("externalVerificationId"))
        && !body.value(QLatin1String("externalVerificationId")).isString())
        return badType("externalVerificationId", "string");
    if (body.contains(QLatin1String("forceProvisioning"))
        && !body.value(QLatin1String("forceProvisioning")).isBool())
        return badType("forceProvisioning", "boolean");
    if (route.action == QLatin1String("unlock") && body.contains(QLatin1String("unlockIDNAccount"))
        && !body.value(QLatin1String("unlockIDNAccount")).isBool())
        return badType("unlockIDNAccount", "boolean");
    const auto &creds = m_state.credentials().sailpointClients[size_t(client)];
    if (creds.readOnly)
        return errorDto(403, detailCodeFor(403),
            QStringLiteral("The server understood the request but refuses to authorize it."));

    SailPointTask::Action taskAction = SailPointTask::Action::Disable;
    if (route.action == QLatin1String("enable"))
        taskAction = SailPointTask::Action::Enable;
    else if (route.action == QLatin1String("unlock"))
        taskAction = SailPointTask::Action::Unlock;
    const int number = m_state.createTask(index, taskAction, options.taskError, creds.id);
    m_state.countChange(ProviderKind::SailPoint, index);

    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.field("id", QByteArrayView(m_state.directory().ids().hex32(IdKind::Task, quint32(number))));
    w.endObject();
    return SimResponse::json(202, out);
}

SimResponse SailPointSim::taskStatus(const Route &route)
{
    quint32 number = 0;
    if (!m_state.directory().ids().decodeHex32(IdKind::Task, route.id.toLatin1(), &number)
        || !m_state.task(int(number)))
        return SimResponse::empty(404); // the spec defines no body for this 404
    QByteArray body;
    body.reserve(1500);
    JsonWriter w(body);
    writeTask(w, int(number));
    return SimResponse::json(200, body);
}

void SailPointSim::writeAccount(JsonWriter &w, int index, bool slim) const
{
    const Directory &dir = m_state.directory();
    const Directory::Person &p = dir.person(index);
    const NameTables::Source &source = dir.source(index);
    const bool uncorrelated = p.flags & Directory::Uncorrelated;
    const bool seededDisabled = p.flags & Directory::Disabled;
    char id[IdCodec::uuidLength + 2];
    // Reused buffers: resize(0) keeps their capacity, so a page allocates nothing per row.
    QByteArray &login = m_scratch[0];
    QByteArray &displayName = m_scratch[1];
    QByteArray &email = m_scratch[2];
    QByteArray &scratch = m_scratch[3];
    login.resize(0);
    displayName.resize(0);
    email.resize(0);
    dir.appendLogin(login, index);
    dir.appendDisplayName(displayName, index);
    dir.appendEmail(email, index);

    w.beginObject();
    dir.ids().writeHex32(id, IdKind::Account, quint32(index));
    w.field("id", QByteArrayView(id, IdCodec::hexLength));
    w.field("name", QByteArrayView(login));
    scratch.resize(0);
    IsoTime::appendSeconds(scratch, p.created);
    w.field("created", QByteArrayView(scratch));
    scratch.resize(0);
    IsoTime::appendSeconds(scratch, m_state.modifiedSeconds(ProviderKind::SailPoint, index));
    w.field("modified", QByteArrayView(scratch));
    dir.ids().writeHex32(id, IdKind::Source, p.source);
    w.field("sourceId", QByteArrayView(id, IdCodec::hexLength));
    w.field("sourceName", source.name);
    if (!uncorrelated) {
        dir.ids().writeHex32(id, IdKind::Identity, quint32(index));
        w.field("identityId", QByteArrayView(id, IdCodec::hexLength));
    }
    if (!slim) {
        w.field("cloudLifecycleState", seededDisabled ? "inactive" : "active");
        w.field("identityState", seededDisabled ? "INACTIVE_LONG_TERM" : "ACTIVE");
        w.field("connectionType", source.connectionType);
        w.field("isMachine", false);
        w.nullField("recommendation");
    }
    w.key("attributes");
    w.beginObject();
    w.field("displayName", QByteArrayView(displayName));
    w.field("mail", QByteArrayView(email));
    if (!slim) {
        w.field("firstName", dir.firstName(index));
        w.field("lastName", dir.lastName(index));
        w.field("department", dir.department(index));
        w.field("title", dir.title(index));
        scratch.resize(0);
        dir.appendEmployeeNumber(scratch, index);
        w.field("employeeNumber", QByteArrayView(scratch));
        if (source.nativeIdentity == NameTables::Source::NativeIdentity::Login && p.source == 0) {
            w.field("sAMAccountName", QByteArrayView(login));
            scratch.resize(0);
            scratch.append("CN=");
            scratch.append(displayName);
            scratch.append(",OU=Users,DC=example,DC=com");
            w.field("distinguishedName", QByteArrayView(scratch));
        }
    }
    w.endObject();
    w.field("authoritative", source.authoritative);
    if (!slim)
        w.nullField("description");
    w.field("disabled", m_state.isDisabled(ProviderKind::SailPoint, index));
    w.field("locked", m_state.isLocked(ProviderKind::SailPoint, index));
    scratch.resize(0);
    dir.appendNativeIdentity(scratch, index);
    w.field("nativeIdentity", QByteArrayView(scratch));
    w.field("systemAccount", false);
    w.field("uncorrelated", uncorrelated);
    if (!slim) {
        if (p.source == 0) {
            id[0] = '{';
            dir.ids().writeUuid(id + 1, IdKind::AdObjectGuid, quint32(index));
            id[IdCodec::uuidLength + 1] = '}';
            w.field("uuid", QByteArrayView(id, IdCodec::uuidLength + 2));
        } else {
            w.nullField("uuid");
        }
    }
    w.field("manuallyCorrelated", false);
    w.field("hasEntitlements", bool(p.flags & Directory::HasEntitlements));
    if (!uncorrelated) {
        w.key("identity");
        w.beginObject();
        dir.ids().writeHex32(id, IdKind::Identity, quint32(index));
        w.field("id", QByteArrayView(id, IdCodec::hexLength));
        w.field("type", "IDENTITY");
        w.field("name", QByteArrayView(displayName));
        w.endObject();
    }
    if (!slim) {
        w.field("features",
            source.authoritative ? "PROVISIONING, SEARCH" : "ENABLE, UNLOCK, PROVISIONING, SEARCH");
        w.field("origin", "AGGREGATED");
        w.nullField("ownerIdentity");
    }
    w.endObject();
}

void SailPointSim::writeTask(JsonWriter &w, int number) const
{
    const SailPointTask &t = *m_state.task(number);
    const Directory &dir = m_state.directory();
    const int account = int(t.account);
    const NameTables::Source &source = dir.source(account);
    const QByteArray login = dir.login(account);
    const QByteArray verb = actionName(t.action);
    const qint64 durationMs = qMax<qint64>(1, qint64(m_state.options().taskSeconds) * 1000);
    const qint64 now = m_state.epochMs();

    w.beginObject();
    w.field("id", QByteArrayView(dir.ids().hex32(IdKind::Task, quint32(number))));
    w.field("type", "QUEUED_TASK");
    w.field("uniqueName", QByteArrayView(QByteArray(verb + " Account")));
    w.field("description",
        QStringLiteral("%1 account '%2' on source '%3'")
            .arg(QString::fromLatin1(verb), QString::fromUtf8(login),
                QString::fromUtf8(source.name)));
    w.nullField("parentName");
    w.field("launcher", QByteArrayView(t.launcher));
    w.key("target");
    w.beginObject();
    w.field("id", QByteArrayView(dir.sourceId(dir.person(account).source)));
    w.field("type", "APPLICATION");
    w.field("name", QByteArrayView(QByteArray(QByteArray(source.name) + " [source]")));
    w.endObject();
    w.field("created", QByteArrayView(IsoTime::fromMillis(t.createdMs)));
    w.field("modified", QByteArrayView(IsoTime::fromMillis(t.done ? t.completedMs : now)));
    w.field("launched", QByteArrayView(IsoTime::fromMillis(t.createdMs)));
    if (t.done) {
        w.field("completed", QByteArrayView(IsoTime::fromMillis(t.completedMs)));
        w.field("completionStatus", t.fail ? "ERROR" : "SUCCESS");
    } else {
        w.nullField("completed");
        w.nullField("completionStatus");
    }
    w.key("messages");
    w.beginArray();
    if (t.done) {
        w.beginObject();
        w.field("type", t.fail ? "ERROR" : "INFO");
        w.key("localizedText");
        w.beginObject();
        w.field("locale", "en-US");
        if (t.fail) {
            w.field("message",
                QStringLiteral("Failed to %1 account '%2' on source '%3': the connector reported "
                               "an error (injected by the sandbox)")
                    .arg(QString::fromLatin1(verb).toLower(), QString::fromUtf8(login),
                        QString::fromUtf8(source.name)));
        } else {
            w.field("message",
                QStringLiteral("%1 of account '%2' completed")
                    .arg(QString::fromLatin1(verb), QString::fromUtf8(login)));
        }
        w.endObject();
        w.field("key", t.fail ? "sailpoint.task.provisioning.failed" : "sailpoint.task.completed");
        w.key("parameters");
        w.beginArray();
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key("returns");
    w.beginArray();
    w.endArray();
    w.key("attributes");
    w.beginObject();
    w.field("accountId", QByteArrayView(dir.ids().hex32(IdKind::Account, t.account)));
    w.field("accountName", QByteArrayView(login));
    w.field("operation", QByteArrayView(verb));
    w.endObject();
    if (t.done) {
        w.field("progress", t.fail ? "Failed" : "Completed");
        w.field("percentComplete", 100);
    } else {
        const qint64 elapsed = now - t.createdMs;
        w.field("progress", "Started");
        w.field("percentComplete", int(qBound(qint64(0), elapsed * 100 / durationMs, qint64(99))));
    }
    w.endObject();
}

} // namespace Gatehouse::Sandbox
