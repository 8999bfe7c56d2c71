// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>
#include <QVector>

#include "core/result.h"
#include "profiles/profile.h"

class QNetworkAccessManager;

namespace Gatehouse {

class ActionRunner;
class IdentityProvider;
class ProfileStore;

// The open providers of the desktop session, one per profile, opened on first use (secrets
// read from the profile store's credential store) and kept while the window runs, so that a
// batch goes on when the operator switches to another profile. Each provider is registered
// with the ActionRunner, which then resumes the profile's unfinished actions.
//
// When a profile is edited, its provider is replaced at the next open() once the runner has
// nothing in flight; when it is deleted, its provider is closed. Widget-free: the window gets
// it as a service.
class ProviderSessions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderSessions)

public:
    using OpenCallback = std::function<void(const Result<IdentityProvider *> &)>;

    // None of the pointers is owned; runner may be null (browsing only).
    ProviderSessions(ProfileStore *profiles, QNetworkAccessManager *network, ActionRunner *runner,
        QObject *parent = nullptr);
    ~ProviderSessions() override;

    // The provider of a profile: at once (queued) when it is open, else after its secrets
    // were read. `done` runs with context as receiver; dropped if context is gone.
    void open(const QUuid &profileId, QObject *context, OpenCallback done);
    // The open provider of a profile, or nullptr.
    IdentityProvider *provider(const QUuid &profileId) const;
    // The profile as it was when its provider was opened.
    std::optional<Profile> openedProfile(const QUuid &profileId) const;
    void close(const QUuid &profileId);
    void closeAll();
    // Opens, in the background, every profile with actions left unfinished by an earlier run,
    // so that the runner takes them up again (recovery at start). Returns how many profiles.
    int resumeUnfinished();

signals:
    void providerOpened(const QUuid &profileId, Gatehouse::IdentityProvider *provider);
    void openFailed(const QUuid &profileId, const Gatehouse::ApiError &error);
    // The provider is about to go away (profile edited or deleted): drop every pointer to it.
    void providerClosing(const QUuid &profileId, Gatehouse::IdentityProvider *provider);
    // Unfinished actions of an earlier run were taken up again.
    void actionsResumed(const QUuid &profileId, int count);
    // The profile's rate limiter holds requests back for waitMs (0: no more).
    void rateLimitWait(const QUuid &profileId, int waitMs);

private:
    struct Session
    {
        Profile profile;
        QPointer<IdentityProvider> provider;
        bool opening = false;
        bool stale = false; // the profile changed since: replace when idle
        quint64 generation = 0; // tells an outdated opening from the current one
        QVector<std::pair<QPointer<QObject>, OpenCallback>> waiting;
    };

    void onProfilesChanged();
    void startOpening(const QUuid &profileId);
    void finishOpening(
        const QUuid &profileId, quint64 generation, const Result<IdentityProvider *> &result);
    void attach(const QUuid &profileId, IdentityProvider *provider);
    void replaceStale();

    QPointer<ProfileStore> m_profiles;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<ActionRunner> m_runner;
    QHash<QUuid, Session> m_sessions;
    quint64 m_generation = 0;
};

} // namespace Gatehouse
