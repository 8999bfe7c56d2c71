// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>
#include <QVector>

#include "core/result.h"
#include "core/userrecord.h"

namespace Gatehouse {

// Names of the secrets a profile may own in the credential store. The values live only in the
// keychain (or, for one run, in GATEHOUSE_SECRET), never in the profile or its file.
namespace SecretName {
constexpr QLatin1String ClientSecret("clientSecret"); // SailPoint OAuth2 client secret
constexpr QLatin1String SecretKey("secretKey"); // Huawei SK
constexpr QLatin1String SecurityToken("securityToken"); // Huawei STS token (temporary AK/SK)
constexpr QLatin1String KeyFile("keyFile"); // RSA admin API key file, the whole JSON text
} // namespace SecretName

// Requests allowed per window, applied by the profile's token bucket.
struct RateLimit
{
    int requests = 0;
    int windowSeconds = 0;

    bool isValid() const { return requests > 0 && windowSeconds > 0; }
    // SailPoint: 100 per 10 s (documented). Huawei and RSA publish no numbers; see profile.cpp.
    static RateLimit defaultFor(ProviderKind provider);
    // "100/10" (the CLI's --rate syntax) and back.
    QString toString() const;
    static std::optional<RateLimit> fromString(const QString &text);

    friend bool operator==(const RateLimit &a, const RateLimit &b)
    {
        return a.requests == b.requests && a.windowSeconds == b.windowSeconds;
    }
    friend bool operator!=(const RateLimit &a, const RateLimit &b) { return !(a == b); }
};

// The non-secret part of an imported RSA admin API key file.
struct RsaKeyInfo
{
    QString accessId; // JWT sub
    QString adminRestApiUrl; // JWT aud, kept verbatim (RSA compares it as a string)
    QString customerName;
    QString description;

    bool isImported() const { return !accessId.isEmpty(); }
    friend bool operator==(const RsaKeyInfo &a, const RsaKeyInfo &b);
    friend bool operator!=(const RsaKeyInfo &a, const RsaKeyInfo &b) { return !(a == b); }
};

struct ProfileProblem;

// One account profile: where a provider is and how to authenticate to it, minus the secrets.
// A plain value; ProfileStore persists it. Fields that do not belong to the provider are kept
// in memory (a dialog may switch provider and back) but are neither saved nor shown.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    // Fields that validate() can complain about; names from fieldName() are the JSON keys.
    enum class Field
    {
        Name,
        Provider,
        BaseUrl,
        Region,
        ClientId,
        IdentityStoreId,
        AccessKey,
        KeyFile,
        RateLimit,
        CaBundle,
    };

    // A label and a value for `profiles show` and the detail views.
    struct DisplayField
    {
        QString key; // stable, as in toJson()
        QString label; // translated
        QString value;
    };

    QUuid id;
    QString name; // unique in a store (case-insensitive), trimmed
    ProviderKind provider = ProviderKind::SailPoint;
    // Where the provider's documented paths are appended (scheme, host, port, optional path).
    // Huawei: empty = derived from region; RSA: empty = origin of the key file's adminRestApiUrl.
    QUrl baseUrl;

    // SailPoint
    QString clientId;

    // Huawei
    QString region;
    QString identityStoreId; // exactly 12 characters
    QString accessKey; // the AK (not secret; the SK is)
    bool temporaryCredentials = false; // STS AK/SK: a security token secret is needed too

    // RSA
    RsaKeyInfo rsaKey;

    RateLimit rateLimit;
    bool readOnly = false; // actions are refused
    bool requireReason = false; // every action needs a reason/ticket
    QString caBundlePath; // extra PEM CA certificates trusted for this profile; empty = system

    // A new profile with a fresh id and the provider's default rate limit.
    static Profile create(ProviderKind provider, const QString &name = QString());

    // The URL requests go to: baseUrl, or the value derived for Huawei/RSA (may be empty).
    QUrl effectiveBaseUrl() const;
    // https://identitystore.{region}.myhuaweicloud.com
    static QUrl huaweiBaseUrl(const QString &region);
    // Regions with an identity store endpoint in Huawei's SDK region table.
    static const QStringList &huaweiRegions();
    // 127.0.0.1, ::1 and localhost: the only hosts where http:// is accepted.
    static bool isLoopbackHost(const QString &host);

    // Every problem, errors and warnings, in field order. Does not know other profiles: name
    // uniqueness is ProfileStore::check()'s job.
    QVector<ProfileProblem> validate() const;

    // Secret names this profile needs (huawei: SK, plus the token for temporary credentials).
    QStringList secretNames() const;
    // Every secret name a profile of that provider may own.
    static QStringList secretNames(ProviderKind provider);
    // The secret GATEHOUSE_SECRET stands for: clientSecret, secretKey or keyFile.
    static QString primarySecretName(ProviderKind provider);
    // Every secret name of every provider (to delete all secrets of a profile).
    static QStringList allSecretNames();
    // Translated label ("Client secret").
    static QString secretLabel(const QString &secretName);

    static QString fieldName(Field field);
    static QString fieldLabel(Field field);

    // Stable JSON for `--format json`: common keys plus the provider's own (see profile.cpp).
    QJsonObject toJson() const;
    // Missing keys take defaults; a missing or bad id gets a fresh one. Fails on an unknown
    // provider or a value of the wrong type.
    static Result<Profile> fromJson(const QJsonObject &json);
    // The provider's fields as labelled text, secrets only by name.
    QVector<DisplayField> displayFields() const;

    friend bool operator==(const Profile &a, const Profile &b);
    friend bool operator!=(const Profile &a, const Profile &b) { return !(a == b); }
};

struct ProfileProblem
{
    enum class Severity
    {
        Warning,
        Error
    };

    Profile::Field field = Profile::Field::Name;
    Severity severity = Severity::Error;
    QString message; // translated, names the field and what to do

    bool isError() const { return severity == Severity::Error; }
};

// True when at least one problem is an error (warnings do not block saving).
bool hasErrors(const QVector<ProfileProblem> &problems);
// The problems as lines, "error: ..."/"warning: ..." prefixed by the field label.
QString describeProblems(const QVector<ProfileProblem> &problems);

} // namespace Gatehouse
