// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/profile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace Gatehouse {

namespace {

constexpr int maxNameLength = 64;
constexpr int huaweiStoreIdLength = 12;

// Huawei's SDK region table for IdentityCenterStore (fact sheet §1).
const QStringList &knownHuaweiRegions()
{
    static const QStringList regions{
        QStringLiteral("af-north-1"),
        QStringLiteral("af-south-1"),
        QStringLiteral("ap-southeast-1"),
        QStringLiteral("ap-southeast-2"),
        QStringLiteral("ap-southeast-3"),
        QStringLiteral("ap-southeast-4"),
        QStringLiteral("ap-southeast-5"),
        QStringLiteral("cn-east-3"),
        QStringLiteral("cn-north-4"),
        QStringLiteral("cn-south-1"),
        QStringLiteral("cn-south-4"),
        QStringLiteral("cn-southwest-2"),
        QStringLiteral("la-north-2"),
        QStringLiteral("la-south-2"),
        QStringLiteral("me-east-1"),
        QStringLiteral("sa-brazil-1"),
        QStringLiteral("tr-west-1"),
    };
    return regions;
}

bool hasWhitespaceOrControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

bool hasControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QString yesNo(bool value)
{
    return value ? Profile::tr("yes") : Profile::tr("no");
}

void addProblem(QVector<ProfileProblem> *problems, Profile::Field field,
    ProfileProblem::Severity severity, const QString &message)
{
    problems->append(ProfileProblem{field, severity, message});
}

// http(s) only, https unless loopback, no credentials, query or fragment in the URL.
void checkUrl(QVector<ProfileProblem> *problems, Profile::Field field, const QUrl &url)
{
    const auto error = ProfileProblem::Severity::Error;
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        addProblem(problems, field, error,
            Profile::tr("%1 is not an absolute URL such as https://host.example.com.")
                .arg(Profile::fieldLabel(field)));
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        addProblem(problems, field, error,
            Profile::tr("%1 must start with https://.").arg(Profile::fieldLabel(field)));
    } else if (scheme == QLatin1String("http") && !Profile::isLoopbackHost(url.host())) {
        addProblem(problems, field, error,
            Profile::tr("%1 uses http://, which is only allowed for 127.0.0.1, ::1 and "
                        "localhost; use https://.")
                .arg(Profile::fieldLabel(field)));
    }
    if (!url.userInfo().isEmpty()) {
        addProblem(problems, field, error,
            Profile::tr("%1 must not contain a user name or password; secrets belong in "
                        "the keychain.")
                .arg(Profile::fieldLabel(field)));
    }
    if (url.hasQuery() || url.hasFragment()) {
        addProblem(problems, field, error,
            Profile::tr("%1 must not have a query (?) or fragment (#).")
                .arg(Profile::fieldLabel(field)));
    }
}

// Small typed readers for fromJson(): absent keys keep the default, wrong types fail.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, const QString &prefix = QString())
        : m_object(object)
        , m_prefix(prefix)
    { }

    void string(const char *key, QString *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            return fail(key, Profile::tr("a string"));
        *out = v.toString();
    }
    void boolean(const char *key, bool *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isBool())
            return fail(key, Profile::tr("true or false"));
        *out = v.toBool();
    }
    void integer(const char *key, int *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        const double d = v.toDouble(-1.5);
        if (!v.isDouble() || d != double(int(d)))
            return fail(key, Profile::tr("a whole number"));
        *out = int(d);
    }
    bool object(const char *key, QJsonObject *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isObject()) {
            fail(key, Profile::tr("an object"));
            return false;
        }
        *out = v.toObject();
        return true;
    }

    const QString &error() const { return m_error; }
    void takeError(const JsonReader &other)
    {
        if (m_error.isEmpty())
            m_error = other.m_error;
    }

private:
    void fail(const char *key, const QString &expected)
    {
        if (m_error.isEmpty()) {
            //: %1 is a JSON key such as "rateLimit.requests", %2 a type such as "a string"
            m_error =
                Profile::tr("\"%1\" must be %2.").arg(m_prefix + QLatin1String(key), expected);
        }
    }

    QJsonObject m_object;
    QString m_prefix;
    QString m_error;
};

} // namespace

RateLimit RateLimit::defaultFor(ProviderKind provider)
{
    switch (provider) {
    case ProviderKind::SailPoint:
        return {100, 10}; // documented gateway limit per client_id and API version
    case ProviderKind::Huawei:
        // No published number; Huawei's gateway throttles per second (APIG.0308 "time:1
        // second"), so stay at a modest per-second rate.
        return {10, 1};
    case ProviderKind::SecurId:
        // No published number; RSA documents 429 only. Keep helpdesk traffic gentle.
        return {5, 1};
    }
    return {100, 10};
}

QString RateLimit::toString() const
{
    return QString::number(requests) + QLatin1Char('/') + QString::number(windowSeconds);
}

std::optional<RateLimit> RateLimit::fromString(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okRequests = false;
    bool okWindow = false;
    const RateLimit limit{
        parts.at(0).trimmed().toInt(&okRequests), parts.at(1).trimmed().toInt(&okWindow)};
    if (!okRequests || !okWindow || !limit.isValid())
        return std::nullopt;
    return limit;
}

bool operator==(const RsaKeyInfo &a, const RsaKeyInfo &b)
{
    return a.accessId == b.accessId && a.adminRestApiUrl == b.adminRestApiUrl
        && a.customerName == b.customerName && a.description == b.description;
}

Profile Profile::create(ProviderKind provider, const QString &name)
{
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = name.trimmed();
    profile.provider = provider;
    profile.rateLimit = RateLimit::defaultFor(provider);
    return profile;
}

QUrl Profile::effectiveBaseUrl() const
{
    if (!baseUrl.isEmpty())
        return baseUrl;
    switch (provider) {
    case ProviderKind::SailPoint:
        break;
    case ProviderKind::Huawei:
        if (!region.isEmpty())
            return huaweiBaseUrl(region);
        break;
    case ProviderKind::SecurId: {
        // Requests go to the key file's host with the documented paths (fact sheet §1).
        const QUrl admin(rsaKey.adminRestApiUrl);
        if (admin.isValid() && !admin.host().isEmpty())
            return admin.adjusted(
                QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        break;
    }
    }
    return QUrl();
}

QUrl Profile::huaweiBaseUrl(const QString &region)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("identitystore.") + region.trimmed().toLower()
        + QStringLiteral(".myhuaweicloud.com"));
    return url;
}

const QStringList &Profile::huaweiRegions()
{
    return knownHuaweiRegions();
}

bool Profile::isLoopbackHost(const QString &host)
{
    // QUrl::host() gives IPv6 addresses without brackets.
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("::1")
        || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}

QVector<ProfileProblem> Profile::validate() const
{
    using Severity = ProfileProblem::Severity;
    QVector<ProfileProblem> problems;

    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        addProblem(&problems, Field::Name, Severity::Error, tr("Enter a name for the profile."));
    else if (trimmedName.size() > maxNameLength)
        addProblem(&problems, Field::Name, Severity::Error,
            tr("The name is longer than %1 characters.").arg(maxNameLength));
    else if (hasControl(trimmedName))
        addProblem(&problems, Field::Name, Severity::Error,
            tr("The name must not contain control characters."));

    switch (provider) {
    case ProviderKind::SailPoint: {
        if (baseUrl.isEmpty()) {
            addProblem(&problems, Field::BaseUrl, Severity::Error,
                tr("Enter the tenant's API URL, such as "
                   "https://acme.api.identitynow.com."));
        } else {
            checkUrl(&problems, Field::BaseUrl, baseUrl);
            static const QRegularExpression versionPath(QStringLiteral("/(v3|beta|v20\\d\\d)/?$"),
                QRegularExpression::CaseInsensitiveOption);
            const QString host = baseUrl.host().toLower();
            if (versionPath.match(baseUrl.path()).hasMatch())
                addProblem(&problems, Field::BaseUrl, Severity::Warning,
                    tr("The API URL should end at the host: Gatehouse adds /v3 and /beta "
                       "itself."));
            if (host.endsWith(QLatin1String(".identitynow.com"))
                && !host.endsWith(QLatin1String(".api.identitynow.com")))
                addProblem(&problems, Field::BaseUrl, Severity::Warning,
                    tr("%1 is the web console's host; the API is at "
                       "{tenant}.api.identitynow.com.")
                        .arg(host));
        }
        static const QRegularExpression uuidLike(QStringLiteral(
            "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
        if (clientId.isEmpty())
            addProblem(&problems, Field::ClientId, Severity::Error,
                tr("Enter the OAuth 2.0 client id (or personal access token id)."));
        else if (hasWhitespaceOrControl(clientId))
            addProblem(&problems, Field::ClientId, Severity::Error,
                tr("The client id must not contain spaces."));
        else if (!clientId.contains(QLatin1Char('-')))
            addProblem(&problems, Field::ClientId, Severity::Warning,
                tr("This looks like a legacy client id (no dashes); SailPoint only "
                   "accepts OAuth 2.0 client ids such as "
                   "b61429f5-203d-494c-94c3-04f54e17bc5c."));
        else if (!uuidLike.match(clientId).hasMatch())
            addProblem(&problems, Field::ClientId, Severity::Warning,
                tr("SailPoint OAuth 2.0 client ids look like "
                   "b61429f5-203d-494c-94c3-04f54e17bc5c; check the value."));
        break;
    }
    case ProviderKind::Huawei: {
        if (!baseUrl.isEmpty()) {
            checkUrl(&problems, Field::BaseUrl, baseUrl);
        } else if (region.trimmed().isEmpty()) {
            addProblem(&problems, Field::Region, Severity::Error,
                tr("Choose the region where IAM Identity Center is enabled, or enter an "
                   "explicit API URL."));
        } else if (!knownHuaweiRegions().contains(region.trimmed().toLower())) {
            addProblem(&problems, Field::Region, Severity::Error,
                tr("\"%1\" is not a region with an Identity Center endpoint (%2); enter "
                   "an explicit API URL to use another host.")
                    .arg(region, knownHuaweiRegions().join(QStringLiteral(", "))));
        }
        if (identityStoreId.isEmpty())
            addProblem(&problems, Field::IdentityStoreId, Severity::Error,
                tr("Enter the identity store id."));
        else if (identityStoreId.size() != huaweiStoreIdLength
            || hasWhitespaceOrControl(identityStoreId))
            addProblem(&problems, Field::IdentityStoreId, Severity::Error,
                tr("The identity store id has exactly %1 characters and no spaces (this "
                   "one has %2).")
                    .arg(huaweiStoreIdLength)
                    .arg(identityStoreId.size()));
        if (accessKey.isEmpty())
            addProblem(
                &problems, Field::AccessKey, Severity::Error, tr("Enter the access key id (AK)."));
        else if (hasWhitespaceOrControl(accessKey))
            addProblem(&problems, Field::AccessKey, Severity::Error,
                tr("The access key id must not contain spaces."));
        break;
    }
    case ProviderKind::SecurId:
        if (!baseUrl.isEmpty())
            checkUrl(&problems, Field::BaseUrl, baseUrl);
        if (!rsaKey.isImported()) {
            addProblem(&problems, Field::KeyFile, Severity::Error,
                tr("Import the administration API key file (.key) from the Cloud "
                   "Administration Console."));
        } else {
            const QUrl admin(rsaKey.adminRestApiUrl);
            if (rsaKey.adminRestApiUrl.isEmpty())
                addProblem(&problems, Field::KeyFile, Severity::Error,
                    tr("The key file has no adminRestApiUrl; import it again."));
            else
                checkUrl(&problems, Field::KeyFile, admin);
        }
        break;
    }

    if (!rateLimit.isValid()) {
        addProblem(&problems, Field::RateLimit, Severity::Error,
            tr("The rate limit needs at least one request per window of at least one "
               "second."));
    } else if (provider == ProviderKind::SailPoint) {
        const RateLimit documented = RateLimit::defaultFor(provider);
        if (qint64(rateLimit.requests) * documented.windowSeconds
            > qint64(documented.requests) * rateLimit.windowSeconds)
            addProblem(&problems, Field::RateLimit, Severity::Warning,
                tr("SailPoint allows %1 requests per %2 s per client id; a higher limit "
                   "leads to 429 responses and waits.")
                    .arg(documented.requests)
                    .arg(documented.windowSeconds));
    }

    if (!caBundlePath.isEmpty()) {
        const QFileInfo info(caBundlePath);
        if (!info.isFile() || !info.isReadable())
            addProblem(&problems, Field::CaBundle, Severity::Error,
                tr("The CA bundle %1 is not a readable file.").arg(caBundlePath));
    }
    return problems;
}

QStringList Profile::secretNames() const
{
    switch (provider) {
    case ProviderKind::SailPoint:
        return {SecretName::ClientSecret};
    case ProviderKind::Huawei:
        if (temporaryCredentials)
            return {SecretName::SecretKey, SecretName::SecurityToken};
        return {SecretName::SecretKey};
    case ProviderKind::SecurId:
        return {SecretName::KeyFile};
    }
    return {};
}

QStringList Profile::secretNames(ProviderKind provider)
{
    switch (provider) {
    case ProviderKind::SailPoint:
        return {SecretName::ClientSecret};
    case ProviderKind::Huawei:
        return {SecretName::SecretKey, SecretName::SecurityToken};
    case ProviderKind::SecurId:
        return {SecretName::KeyFile};
    }
    return {};
}

QString Profile::primarySecretName(ProviderKind provider)
{
    switch (provider) {
    case ProviderKind::SailPoint:
        return SecretName::ClientSecret;
    case ProviderKind::Huawei:
        return SecretName::SecretKey;
    case ProviderKind::SecurId:
        return SecretName::KeyFile;
    }
    return QString();
}

QStringList Profile::allSecretNames()
{
    return {SecretName::ClientSecret, SecretName::SecretKey, SecretName::SecurityToken,
        SecretName::KeyFile};
}

QString Profile::secretLabel(const QString &secretName)
{
    if (secretName == SecretName::ClientSecret)
        return tr("Client secret");
    if (secretName == SecretName::SecretKey)
        return tr("Secret access key (SK)");
    if (secretName == SecretName::SecurityToken)
        return tr("Security token");
    if (secretName == SecretName::KeyFile)
        return tr("Administration API key file");
    return secretName;
}

QString Profile::fieldName(Field field)
{
    switch (field) {
    case Field::Name:
        return QStringLiteral("name");
    case Field::Provider:
        return QStringLiteral("provider");
    case Field::BaseUrl:
        return QStringLiteral("baseUrl");
    case Field::Region:
        return QStringLiteral("region");
    case Field::ClientId:
        return QStringLiteral("clientId");
    case Field::IdentityStoreId:
        return QStringLiteral("identityStoreId");
    case Field::AccessKey:
        return QStringLiteral("accessKey");
    case Field::KeyFile:
        return QStringLiteral("keyFile");
    case Field::RateLimit:
        return QStringLiteral("rateLimit");
    case Field::CaBundle:
        return QStringLiteral("caBundle");
    }
    return QString();
}

QString Profile::fieldLabel(Field field)
{
    switch (field) {
    case Field::Name:
        return tr("Name");
    case Field::Provider:
        return tr("Provider");
    case Field::BaseUrl:
        return tr("API URL");
    case Field::Region:
        return tr("Region");
    case Field::ClientId:
        return tr("Client id");
    case Field::IdentityStoreId:
        return tr("Identity store id");
    case Field::AccessKey:
        return tr("Access key id (AK)");
    case Field::KeyFile:
        return tr("Key file");
    case Field::RateLimit:
        return tr("Rate limit");
    case Field::CaBundle:
        return tr("CA bundle");
    }
    return QString();
}

// Shape (keys always present for the profile's provider, "" when unset):
// {"id","name","provider","baseUrl",
//  sailpoint: "clientId"; huawei: "region","identityStoreId","accessKey","temporaryCredentials";
//  rsa: "keyFile":{"accessId","adminRestApiUrl","customerName","description"},
//  "rateLimit":{"requests","windowSeconds"},"readOnly","requireReason","caBundle",
//  "secrets":[names]}   ("secrets" is output only.)
QJsonObject Profile::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), name},
        {QStringLiteral("provider"), providerKindName(provider)},
        {QStringLiteral("baseUrl"), baseUrl.toString()},
    };
    switch (provider) {
    case ProviderKind::SailPoint:
        json.insert(QStringLiteral("clientId"), clientId);
        break;
    case ProviderKind::Huawei:
        json.insert(QStringLiteral("region"), region);
        json.insert(QStringLiteral("identityStoreId"), identityStoreId);
        json.insert(QStringLiteral("accessKey"), accessKey);
        json.insert(QStringLiteral("temporaryCredentials"), temporaryCredentials);
        break;
    case ProviderKind::SecurId:
        json.insert(QStringLiteral("keyFile"),
            QJsonObject{
                {QStringLiteral("accessId"), rsaKey.accessId},
                {QStringLiteral("adminRestApiUrl"), rsaKey.adminRestApiUrl},
                {QStringLiteral("customerName"), rsaKey.customerName},
                {QStringLiteral("description"), rsaKey.description},
            });
        break;
    }
    json.insert(QStringLiteral("rateLimit"),
        QJsonObject{{QStringLiteral("requests"), rateLimit.requests},
            {QStringLiteral("windowSeconds"), rateLimit.windowSeconds}});
    json.insert(QStringLiteral("readOnly"), readOnly);
    json.insert(QStringLiteral("requireReason"), requireReason);
    json.insert(QStringLiteral("caBundle"), caBundlePath);
    json.insert(QStringLiteral("secrets"), QJsonArray::fromStringList(secretNames()));
    return json;
}

Result<Profile> Profile::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    QString providerName;
    reader.string("provider", &providerName);
    Profile profile;
    if (reader.error().isEmpty() && providerName.isEmpty())
        return ApiError(ApiError::Kind::Config, tr("The profile has no \"provider\"."));
    if (reader.error().isEmpty() && !providerKindFromName(providerName, &profile.provider)) {
        return ApiError(ApiError::Kind::Config,
            tr("Unknown provider \"%1\"; use sailpoint, huawei or rsa.").arg(providerName));
    }
    profile.rateLimit = RateLimit::defaultFor(profile.provider);

    QString idText;
    QString url;
    reader.string("id", &idText);
    reader.string("name", &profile.name);
    reader.string("baseUrl", &url);
    reader.string("clientId", &profile.clientId);
    reader.string("region", &profile.region);
    reader.string("identityStoreId", &profile.identityStoreId);
    reader.string("accessKey", &profile.accessKey);
    reader.boolean("temporaryCredentials", &profile.temporaryCredentials);
    reader.boolean("readOnly", &profile.readOnly);
    reader.boolean("requireReason", &profile.requireReason);
    reader.string("caBundle", &profile.caBundlePath);

    QJsonObject nested;
    if (reader.object("keyFile", &nested)) {
        JsonReader key(nested, QStringLiteral("keyFile."));
        key.string("accessId", &profile.rsaKey.accessId);
        key.string("adminRestApiUrl", &profile.rsaKey.adminRestApiUrl);
        key.string("customerName", &profile.rsaKey.customerName);
        key.string("description", &profile.rsaKey.description);
        reader.takeError(key);
    }
    if (reader.object("rateLimit", &nested)) {
        JsonReader limit(nested, QStringLiteral("rateLimit."));
        limit.integer("requests", &profile.rateLimit.requests);
        limit.integer("windowSeconds", &profile.rateLimit.windowSeconds);
        reader.takeError(limit);
    }
    if (!reader.error().isEmpty())
        return ApiError(ApiError::Kind::Config, reader.error());

    profile.id = QUuid::fromString(idText);
    if (profile.id.isNull())
        profile.id = QUuid::createUuid();
    profile.name = profile.name.trimmed();
    if (!url.isEmpty())
        profile.baseUrl = QUrl(url, QUrl::StrictMode);
    return profile;
}

QVector<Profile::DisplayField> Profile::displayFields() const
{
    QVector<DisplayField> fields{
        {QStringLiteral("name"), tr("Name"), name},
        {QStringLiteral("provider"), tr("Provider"), providerKindTitle(provider)},
        {QStringLiteral("endpoint"), tr("Endpoint"), effectiveBaseUrl().toString()},
    };
    switch (provider) {
    case ProviderKind::SailPoint:
        fields.append({QStringLiteral("clientId"), tr("Client id"), clientId});
        break;
    case ProviderKind::Huawei:
        fields.append({QStringLiteral("region"), tr("Region"), region});
        fields.append(
            {QStringLiteral("identityStoreId"), tr("Identity store id"), identityStoreId});
        fields.append({QStringLiteral("accessKey"), tr("Access key id (AK)"), accessKey});
        fields.append({QStringLiteral("temporaryCredentials"), tr("Temporary credentials"),
            yesNo(temporaryCredentials)});
        break;
    case ProviderKind::SecurId:
        fields.append({QStringLiteral("keyFile.accessId"), tr("Key access id"), rsaKey.accessId});
        fields.append(
            {QStringLiteral("keyFile.customerName"), tr("Customer"), rsaKey.customerName});
        fields.append({QStringLiteral("keyFile.adminRestApiUrl"), tr("Admin REST API URL"),
            rsaKey.adminRestApiUrl});
        fields.append(
            {QStringLiteral("keyFile.description"), tr("Key description"), rsaKey.description});
        break;
    }
    fields.append({QStringLiteral("rateLimit"), tr("Rate limit"),
        //: e.g. "100 requests per 10 s"
        tr("%1 requests per %2 s").arg(rateLimit.requests).arg(rateLimit.windowSeconds)});
    fields.append({QStringLiteral("readOnly"), tr("Read-only"), yesNo(readOnly)});
    fields.append({QStringLiteral("requireReason"), tr("Reason required"), yesNo(requireReason)});
    fields.append({QStringLiteral("caBundle"), tr("CA bundle"),
        caBundlePath.isEmpty() ? tr("system certificates") : caBundlePath});
    QStringList secrets;
    for (const QString &secret : secretNames())
        secrets.append(secretLabel(secret));
    fields.append({QStringLiteral("secrets"), tr("Secrets (in the keychain)"),
        secrets.join(QStringLiteral(", "))});
    fields.append({QStringLiteral("id"), tr("Id"), id.toString(QUuid::WithoutBraces)});
    return fields;
}

bool operator==(const Profile &a, const Profile &b)
{
    return a.id == b.id && a.name == b.name && a.provider == b.provider && a.baseUrl == b.baseUrl
        && a.clientId == b.clientId && a.region == b.region
        && a.identityStoreId == b.identityStoreId && a.accessKey == b.accessKey
        && a.temporaryCredentials == b.temporaryCredentials && a.rsaKey == b.rsaKey
        && a.rateLimit == b.rateLimit && a.readOnly == b.readOnly
        && a.requireReason == b.requireReason && a.caBundlePath == b.caBundlePath;
}

bool hasErrors(const QVector<ProfileProblem> &problems)
{
    for (const ProfileProblem &problem : problems) {
        if (problem.isError())
            return true;
    }
    return false;
}

QString describeProblems(const QVector<ProfileProblem> &problems)
{
    QStringList lines;
    for (const ProfileProblem &problem : problems) {
        //: %1 is a field such as "API URL", %2 the problem
        lines.append(problem.isError()
                ? Profile::tr("error: %1: %2")
                      .arg(Profile::fieldLabel(problem.field), problem.message)
                : Profile::tr("warning: %1: %2")
                      .arg(Profile::fieldLabel(problem.field), problem.message));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Gatehouse
