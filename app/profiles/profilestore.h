// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QUuid>
#include <QVector>

#include "core/result.h"
#include "profiles/credentialstore.h"
#include "profiles/profile.h"

class QSettings;

namespace Gatehouse {

// The account profiles of one config folder: non-secret fields in "profiles.ini" (QSettings
// INI, a group per profile "profiles/<uuid>/", a top-level "schemaVersion"), secrets through
// the CredentialStore. Lives on the GUI/main thread. Older files are migrated step by step
// when opened (after a copy "profiles.ini.v<N>.bak"); a file from a newer Gatehouse is read
// but never written (openError() says why).
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    static constexpr int currentSchemaVersion = 1;
    using ProfileCallback = std::function<void(const Result<Profile> &)>;

    // configDir empty: QStandardPaths::AppConfigLocation. credentials is not owned and must
    // outlive the store (may be null when secrets are not touched, e.g. `profiles list`).
    explicit ProfileStore(CredentialStore *credentials, const QString &configDir = QString(),
        QObject *parent = nullptr);
    ~ProfileStore() override;

    QString configDir() const { return m_configDir; }
    QString filePath() const;
    CredentialStore *credentials() const { return m_credentials; }
    // Why the file cannot be changed (unreadable, or written by a newer version); none if it
    // can. Every change then fails with this error.
    const ApiError &openError() const { return m_openError; }

    // All profiles, ordered by name (case-insensitive).
    const QVector<Profile> &profiles() const { return m_profiles; }
    std::optional<Profile> profile(const QUuid &id) const;
    // By name (case-insensitive) or by id; NotFound naming the profile otherwise.
    Result<Profile> find(const QString &nameOrId) const;
    // Whether another profile (not `except`) already has that name, ignoring case.
    bool nameTaken(const QString &name, const QUuid &except = QUuid()) const;

    // Profile::validate() plus the unique-name rule: for validation as you type.
    QVector<ProfileProblem> check(const Profile &profile) const;
    // Adds a profile (a null id gets a fresh one); errors from check() refuse it.
    Result<Profile> add(const Profile &profile);
    // Replaces the profile with the same id. When the provider changes, secrets only the old
    // provider used are deleted in the background.
    Result<Profile> update(const Profile &profile);
    // Removes the profile at once (profilesChanged), then deletes its secrets. done gets the
    // outcome of the secret deletion (the credential store's error, e.g. no keychain); the
    // profile is gone either way. An unknown id or an unwritable file: the error, nothing
    // removed.
    void remove(const QUuid &id, QObject *context, CredentialStore::DoneCallback done);
    // Copies a profile and its secrets under a new id and name (empty: "<name> (copy)"). On
    // any failure nothing is added and copied secrets are deleted again.
    void duplicate(const QUuid &id, const QString &newName, QObject *context, ProfileCallback done);
    // "<name> (copy)", "<name> (copy 2)", ... whichever is free.
    QString duplicateName(const QString &name) const;

    // The profile the GUI opened last (none when it was removed).
    std::optional<Profile> lastUsedProfile() const;
    QString lastUsedProfileName() const;
    void setLastUsedProfile(const QUuid &id);

    // Reads the file again (another process may have changed it).
    void reload();

signals:
    void profilesChanged();

private:
    void load();
    // Brings an older file to currentSchemaVersion; false when it cannot be written.
    bool migrate(QSettings &settings, int fromVersion);
    Result<Done> save(const Profile &profile);
    Result<Done> syncStatus(QSettings &settings) const;
    void sortProfiles();

    QPointer<CredentialStore> m_credentials;
    QString m_configDir;
    QVector<Profile> m_profiles;
    ApiError m_openError;
    QUuid m_lastUsed;
};

} // namespace Gatehouse
