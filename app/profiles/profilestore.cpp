// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/profilestore.h"

#include <algorithm>
#include <memory>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include "core/logging.h"
#include "profiles/stepchain.h"

namespace Gatehouse {

namespace {

constexpr char fileName[] = "profiles.ini";
constexpr char groupProfiles[] = "profiles";
constexpr char keySchemaVersion[] = "schemaVersion";
constexpr char keyLastUsed[] = "lastUsedProfile";

// Keys inside "profiles/<uuid>/" (schema 1).
namespace Key {
constexpr char name[] = "name";
constexpr char provider[] = "provider";
constexpr char baseUrl[] = "baseUrl";
constexpr char clientId[] = "clientId";
constexpr char region[] = "region";
constexpr char identityStoreId[] = "identityStoreId";
constexpr char accessKey[] = "accessKey";
constexpr char temporaryCredentials[] = "temporaryCredentials";
constexpr char keyAccessId[] = "keyAccessId";
constexpr char keyAdminRestApiUrl[] = "keyAdminRestApiUrl";
constexpr char keyCustomerName[] = "keyCustomerName";
constexpr char keyDescription[] = "keyDescription";
constexpr char rateLimitRequests[] = "rateLimitRequests";
constexpr char rateLimitWindowSeconds[] = "rateLimitWindowSeconds";
constexpr char readOnly[] = "readOnly";
constexpr char requireReason[] = "requireReason";
constexpr char caBundle[] = "caBundle";
} // namespace Key

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString profileGroup(const QUuid &id)
{
    return key(groupProfiles) + QLatin1Char('/') + id.toString(QUuid::WithoutBraces);
}

QString str(const QSettings &settings, const char *name)
{
    return settings.value(key(name)).toString();
}

int integer(const QSettings &settings, const char *name, int fallback)
{
    bool ok = false;
    const int value = settings.value(key(name)).toInt(&ok);
    return ok ? value : fallback;
}

bool boolean(const QSettings &settings, const char *name)
{
    return settings.value(key(name), false).toBool();
}

// Reads the current group as a profile; nullopt (logged) when it cannot be one.
std::optional<Profile> readProfile(const QSettings &settings, const QUuid &id)
{
    Profile profile;
    profile.id = id;
    if (!providerKindFromName(str(settings, Key::provider), &profile.provider)) {
        qCWarning(lcProfiles, "Skipping profile %s: unknown provider \"%s\"",
            qUtf8Printable(id.toString(QUuid::WithoutBraces)),
            qUtf8Printable(str(settings, Key::provider)));
        return std::nullopt;
    }
    const RateLimit defaults = RateLimit::defaultFor(profile.provider);
    profile.name = str(settings, Key::name).trimmed();
    const QString url = str(settings, Key::baseUrl);
    if (!url.isEmpty())
        profile.baseUrl = QUrl(url, QUrl::StrictMode);
    profile.clientId = str(settings, Key::clientId);
    profile.region = str(settings, Key::region);
    profile.identityStoreId = str(settings, Key::identityStoreId);
    profile.accessKey = str(settings, Key::accessKey);
    profile.temporaryCredentials = boolean(settings, Key::temporaryCredentials);
    profile.rsaKey.accessId = str(settings, Key::keyAccessId);
    profile.rsaKey.adminRestApiUrl = str(settings, Key::keyAdminRestApiUrl);
    profile.rsaKey.customerName = str(settings, Key::keyCustomerName);
    profile.rsaKey.description = str(settings, Key::keyDescription);
    profile.rateLimit.requests = integer(settings, Key::rateLimitRequests, defaults.requests);
    profile.rateLimit.windowSeconds =
        integer(settings, Key::rateLimitWindowSeconds, defaults.windowSeconds);
    profile.readOnly = boolean(settings, Key::readOnly);
    profile.requireReason = boolean(settings, Key::requireReason);
    profile.caBundlePath = str(settings, Key::caBundle);
    return profile;
}

// Writes the provider's fields into the current (empty) group.
void writeProfile(QSettings &settings, const Profile &profile)
{
    auto put = [&settings](const char *name, const QVariant &value) {
        settings.setValue(key(name), value);
    };
    put(Key::name, profile.name);
    put(Key::provider, providerKindName(profile.provider));
    if (!profile.baseUrl.isEmpty())
        put(Key::baseUrl, profile.baseUrl.toString());
    switch (profile.provider) {
    case ProviderKind::SailPoint:
        put(Key::clientId, profile.clientId);
        break;
    case ProviderKind::Huawei:
        put(Key::region, profile.region);
        put(Key::identityStoreId, profile.identityStoreId);
        put(Key::accessKey, profile.accessKey);
        put(Key::temporaryCredentials, profile.temporaryCredentials);
        break;
    case ProviderKind::SecurId:
        put(Key::keyAccessId, profile.rsaKey.accessId);
        put(Key::keyAdminRestApiUrl, profile.rsaKey.adminRestApiUrl);
        put(Key::keyCustomerName, profile.rsaKey.customerName);
        put(Key::keyDescription, profile.rsaKey.description);
        break;
    }
    put(Key::rateLimitRequests, profile.rateLimit.requests);
    put(Key::rateLimitWindowSeconds, profile.rateLimit.windowSeconds);
    put(Key::readOnly, profile.readOnly);
    put(Key::requireReason, profile.requireReason);
    if (!profile.caBundlePath.isEmpty())
        put(Key::caBundle, profile.caBundlePath);
}

// Schema 0 is a file without "schemaVersion" (pre-release builds and hand-made files): the
// rate limit as one "rateLimit=N/S" value, the RSA key metadata under "keyFile/" with the key
// file's own field names, and "securid" as a provider name.
void migrateV0ToV1(QSettings &settings)
{
    settings.beginGroup(key(groupProfiles));
    const QStringList groups = settings.childGroups();
    for (const QString &group : groups) {
        settings.beginGroup(group);
        if (settings.contains(QStringLiteral("rateLimit"))) {
            const auto limit =
                RateLimit::fromString(settings.value(QStringLiteral("rateLimit")).toString());
            if (limit) {
                settings.setValue(key(Key::rateLimitRequests), limit->requests);
                settings.setValue(key(Key::rateLimitWindowSeconds), limit->windowSeconds);
            }
            settings.remove(QStringLiteral("rateLimit"));
        }
        ProviderKind provider = ProviderKind::SailPoint;
        if (providerKindFromName(str(settings, Key::provider), &provider))
            settings.setValue(key(Key::provider), providerKindName(provider));
        const std::pair<const char *, const char *> renames[] = {
            {"keyFile/accessID", Key::keyAccessId},
            {"keyFile/adminRestApiUrl", Key::keyAdminRestApiUrl},
            {"keyFile/customerName", Key::keyCustomerName},
            {"keyFile/description", Key::keyDescription},
        };
        for (const auto &[from, to] : renames) {
            if (settings.contains(key(from)))
                settings.setValue(key(to), settings.value(key(from)));
        }
        settings.remove(QStringLiteral("keyFile"));
        settings.endGroup();
    }
    settings.endGroup();
}

struct MigrationStep
{
    int from;
    void (*apply)(QSettings &);
};

// One step per schema version; a new schema adds a step here and bumps currentSchemaVersion.
constexpr MigrationStep migrationSteps[] = {
    {0, &migrateV0ToV1},
};

bool lessByName(const Profile &a, const Profile &b)
{
    const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    return a.id < b.id;
}

} // namespace

ProfileStore::ProfileStore(CredentialStore *credentials, const QString &configDir, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_configDir(configDir.isEmpty()
              ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
              : QDir(configDir).absolutePath())
{
    load();
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::filePath() const
{
    return QDir(m_configDir).filePath(key(fileName));
}

void ProfileStore::load()
{
    m_profiles.clear();
    m_openError = ApiError();
    m_lastUsed = QUuid();

    QSettings settings(filePath(), QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        m_openError = ApiError(
            ApiError::Kind::Config, tr("%1 cannot be read; fix or remove it.").arg(filePath()));
        qCWarning(lcProfiles, "%s", qUtf8Printable(m_openError.message()));
        return;
    }

    const bool empty = settings.allKeys().isEmpty();
    bool versionOk = false;
    const int version = settings.value(key(keySchemaVersion)).toInt(&versionOk);
    const int fileVersion = empty ? currentSchemaVersion : (versionOk ? version : 0);
    if (fileVersion > currentSchemaVersion) {
        m_openError = ApiError(ApiError::Kind::Config,
            tr("%1 was written by a newer Gatehouse (profile schema %2, this "
               "version knows %3); profiles cannot be changed here.")
                .arg(filePath())
                .arg(fileVersion)
                .arg(currentSchemaVersion));
        qCWarning(lcProfiles, "%s", qUtf8Printable(m_openError.message()));
    } else if (fileVersion < currentSchemaVersion && !migrate(settings, fileVersion)) {
        qCWarning(lcProfiles, "%s", qUtf8Printable(m_openError.message()));
    }

    settings.beginGroup(key(groupProfiles));
    const QStringList groups = settings.childGroups();
    for (const QString &group : groups) {
        const QUuid id = QUuid::fromString(group);
        if (id.isNull()) {
            qCWarning(lcProfiles, "Skipping profile group \"%s\": not a profile id",
                qUtf8Printable(group));
            continue;
        }
        settings.beginGroup(group);
        if (std::optional<Profile> profile = readProfile(settings, id))
            m_profiles.append(*profile);
        settings.endGroup();
    }
    settings.endGroup();
    sortProfiles();

    const QUuid lastUsed = QUuid::fromString(settings.value(key(keyLastUsed)).toString());
    if (profile(lastUsed))
        m_lastUsed = lastUsed;
}

bool ProfileStore::migrate(QSettings &settings, int fromVersion)
{
    const QString backup =
        filePath() + QStringLiteral(".v") + QString::number(fromVersion) + QStringLiteral(".bak");
    QFile::remove(backup);
    if (!QFile::copy(filePath(), backup))
        qCWarning(
            lcProfiles, "Could not back up %s before migrating it", qUtf8Printable(filePath()));

    for (int version = fromVersion; version < currentSchemaVersion; ++version) {
        const auto step = std::find_if(std::begin(migrationSteps), std::end(migrationSteps),
            [version](const MigrationStep &s) { return s.from == version; });
        Q_ASSERT(step != std::end(migrationSteps));
        step->apply(settings);
        qCInfo(lcProfiles, "Migrated %s from profile schema %d to %d", qUtf8Printable(filePath()),
            version, version + 1);
    }
    settings.setValue(key(keySchemaVersion), currentSchemaVersion);
    if (const Result<Done> synced = syncStatus(settings); !synced) {
        // The migrated values stay readable in memory; the file keeps its old schema.
        m_openError = ApiError(synced.error())
                          .setMessage(tr("%1 needs an update to the current format but cannot "
                                         "be written: %2")
                                          .arg(filePath(), synced.error().message()));
        return false;
    }
    return true;
}

Result<Done> ProfileStore::syncStatus(QSettings &settings) const
{
    QDir().mkpath(m_configDir);
    settings.sync();
    switch (settings.status()) {
    case QSettings::NoError:
        return Done{};
    case QSettings::AccessError:
        return ApiError(
            ApiError::Kind::Config, tr("Cannot write %1 (access denied).").arg(filePath()));
    case QSettings::FormatError:
        break;
    }
    return ApiError(ApiError::Kind::Config, tr("Cannot write %1.").arg(filePath()));
}

Result<Done> ProfileStore::save(const Profile &profile)
{
    if (m_openError.isError())
        return m_openError;
    QSettings settings(filePath(), QSettings::IniFormat);
    settings.setValue(key(keySchemaVersion), currentSchemaVersion);
    settings.remove(profileGroup(profile.id));
    settings.beginGroup(profileGroup(profile.id));
    writeProfile(settings, profile);
    settings.endGroup();
    return syncStatus(settings);
}

void ProfileStore::sortProfiles()
{
    std::sort(m_profiles.begin(), m_profiles.end(), lessByName);
}

std::optional<Profile> ProfileStore::profile(const QUuid &id) const
{
    if (id.isNull())
        return std::nullopt;
    for (const Profile &p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

Result<Profile> ProfileStore::find(const QString &nameOrId) const
{
    const QString wanted = nameOrId.trimmed();
    for (const Profile &p : m_profiles) {
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    }
    if (std::optional<Profile> byId = profile(QUuid::fromString(wanted)))
        return *byId;
    return ApiError(ApiError::Kind::NotFound, tr("There is no profile named \"%1\".").arg(wanted));
}

bool ProfileStore::nameTaken(const QString &name, const QUuid &except) const
{
    const QString wanted = name.trimmed();
    return std::any_of(m_profiles.cbegin(), m_profiles.cend(), [&](const Profile &p) {
        return p.id != except && p.name.compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

QVector<ProfileProblem> ProfileStore::check(const Profile &profile) const
{
    QVector<ProfileProblem> problems = profile.validate();
    if (!profile.name.trimmed().isEmpty() && nameTaken(profile.name, profile.id)) {
        problems.prepend(ProfileProblem{Profile::Field::Name, ProfileProblem::Severity::Error,
            tr("Another profile is already called \"%1\".").arg(profile.name.trimmed())});
    }
    return problems;
}

Result<Profile> ProfileStore::add(const Profile &profile)
{
    Profile added = profile;
    added.name = added.name.trimmed();
    if (added.id.isNull())
        added.id = QUuid::createUuid();
    if (this->profile(added.id))
        return ApiError(ApiError::Kind::Conflict,
            tr("A profile with id %1 already exists.")
                .arg(added.id.toString(QUuid::WithoutBraces)));
    const QVector<ProfileProblem> problems = check(added);
    if (hasErrors(problems))
        return ApiError(ApiError::Kind::Config, describeProblems(problems));
    if (const Result<Done> saved = save(added); !saved)
        return saved.error();
    m_profiles.append(added);
    sortProfiles();
    qCDebug(lcProfiles, "Added profile %s (%s)", qUtf8Printable(added.name),
        qUtf8Printable(providerKindName(added.provider)));
    emit profilesChanged();
    return added;
}

Result<Profile> ProfileStore::update(const Profile &profile)
{
    Profile updated = profile;
    updated.name = updated.name.trimmed();
    const std::optional<Profile> old = this->profile(updated.id);
    if (!old)
        return ApiError(
            ApiError::Kind::NotFound, tr("There is no profile named \"%1\".").arg(updated.name));
    const QVector<ProfileProblem> problems = check(updated);
    if (hasErrors(problems))
        return ApiError(ApiError::Kind::Config, describeProblems(problems));
    if (const Result<Done> saved = save(updated); !saved)
        return saved.error();
    for (Profile &p : m_profiles) {
        if (p.id == updated.id)
            p = updated;
    }
    sortProfiles();

    if (old->provider != updated.provider && m_credentials) {
        const QStringList keep = Profile::secretNames(updated.provider);
        for (const QString &name : Profile::secretNames(old->provider)) {
            if (keep.contains(name))
                continue;
            m_credentials->deleteSecret(updated.id, name, this, [name](const Result<Done> &r) {
                if (!r.ok())
                    qCWarning(lcProfiles, "Could not delete the unused secret %s: %s",
                        qUtf8Printable(name), qUtf8Printable(r.error().message()));
            });
        }
    }
    emit profilesChanged();
    return updated;
}

void ProfileStore::remove(const QUuid &id, QObject *context, CredentialStore::DoneCallback done)
{
    Q_ASSERT(context);
    auto deliver = [context, done](const Result<Done> &result) {
        QMetaObject::invokeMethod(
            context, [done, result]() { done(result); }, Qt::QueuedConnection);
    };
    const std::optional<Profile> removed = profile(id);
    if (!removed)
        return deliver(ApiError(ApiError::Kind::NotFound,
            tr("There is no profile with id %1.").arg(id.toString(QUuid::WithoutBraces))));
    if (m_openError.isError())
        return deliver(m_openError);

    QSettings settings(filePath(), QSettings::IniFormat);
    settings.remove(profileGroup(id));
    if (m_lastUsed == id)
        settings.remove(key(keyLastUsed));
    if (const Result<Done> synced = syncStatus(settings); !synced)
        return deliver(synced.error());
    m_profiles.removeIf([&id](const Profile &p) { return p.id == id; });
    if (m_lastUsed == id)
        m_lastUsed = QUuid();
    qCDebug(lcProfiles, "Removed profile %s", qUtf8Printable(removed->name));
    emit profilesChanged();

    if (!m_credentials)
        return deliver(Done{});
    m_credentials->deleteAllSecrets(id, context, std::move(done));
}

QString ProfileStore::duplicateName(const QString &name) const
{
    const QString base = name.trimmed();
    //: Name of a duplicated profile
    QString candidate = tr("%1 (copy)").arg(base);
    for (int n = 2; nameTaken(candidate); ++n)
        candidate = tr("%1 (copy %2)").arg(base).arg(n);
    return candidate;
}

void ProfileStore::duplicate(
    const QUuid &id, const QString &newName, QObject *context, ProfileCallback done)
{
    Q_ASSERT(context);
    QPointer<QObject> guard(context);
    auto deliver = [guard, done](const Result<Profile> &result) {
        if (guard)
            QMetaObject::invokeMethod(
                guard, [done, result]() { done(result); }, Qt::QueuedConnection);
    };
    const std::optional<Profile> source = profile(id);
    if (!source)
        return deliver(ApiError(ApiError::Kind::NotFound,
            tr("There is no profile with id %1.").arg(id.toString(QUuid::WithoutBraces))));
    if (m_openError.isError())
        return deliver(m_openError);

    Profile copy = *source;
    copy.id = QUuid::createUuid();
    copy.name = newName.trimmed().isEmpty() ? duplicateName(source->name) : newName.trimmed();
    if (const QVector<ProfileProblem> problems = check(copy); hasErrors(problems))
        return deliver(ApiError(ApiError::Kind::Config, describeProblems(problems)));
    if (!m_credentials) {
        const Result<Profile> added = add(copy);
        return deliver(added);
    }

    // Secrets first, under the new id, so the profile appears only once complete.
    QPointer<ProfileStore> self(this);
    QPointer<CredentialStore> credentials(m_credentials);
    auto chain =
        std::make_shared<StepChain>([self, credentials, copy, deliver](const ApiError &error) {
            if (!self)
                return;
            const Result<Profile> outcome =
                error.isError() ? Result<Profile>(error) : self->add(copy);
            if (!outcome.ok() && credentials) {
                // Best effort: a failure here leaves secrets no profile refers to.
                credentials->deleteAllSecrets(copy.id, self, [](const Result<Done> &) {});
            }
            deliver(outcome);
        });
    for (const QString &name : Profile::secretNames(source->provider)) {
        chain->then([this, source = source->id, target = copy.id, name](
                        const StepChain::Next &next) {
            if (!m_credentials)
                return next(ApiError(ApiError::Kind::Cancelled, QString()));
            m_credentials->readSecret(
                source, name, this, [this, target, name, next](const Result<QByteArray> &read) {
                    if (!read.ok()) {
                        // Nothing to copy is fine; failures are not.
                        return next(CredentialStore::isMissingSecret(read.error()) ? ApiError()
                                                                                   : read.error());
                    }
                    m_credentials->writeSecret(
                        target, name, read.value(), this, [next](const Result<Done> &written) {
                            next(written.ok() ? ApiError() : written.error());
                        });
                });
        });
    }
    chain->start();
}

std::optional<Profile> ProfileStore::lastUsedProfile() const
{
    return profile(m_lastUsed);
}

QString ProfileStore::lastUsedProfileName() const
{
    const std::optional<Profile> last = lastUsedProfile();
    return last ? last->name : QString();
}

void ProfileStore::setLastUsedProfile(const QUuid &id)
{
    if (id == m_lastUsed || !profile(id) || m_openError.isError())
        return;
    m_lastUsed = id;
    QSettings settings(filePath(), QSettings::IniFormat);
    settings.setValue(key(keyLastUsed), id.toString(QUuid::WithoutBraces));
    if (const Result<Done> synced = syncStatus(settings); !synced)
        qCWarning(lcProfiles, "%s", qUtf8Printable(synced.error().message()));
}

void ProfileStore::reload()
{
    const QVector<Profile> before = m_profiles;
    load();
    if (before != m_profiles)
        emit profilesChanged();
}

} // namespace Gatehouse
