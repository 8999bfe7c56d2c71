// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/providersessions.h"

#include <QSet>

#include "core/logging.h"
#include "profiles/profilestore.h"
#include "providers/identityprovider.h"
#include "providers/profileconnector.h"
#include "tasks/actionjournal.h"
#include "tasks/actionrunner.h"

namespace Gatehouse {

ProviderSessions::ProviderSessions(
    ProfileStore *profiles, QNetworkAccessManager *network, ActionRunner *runner, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_network(network)
    , m_runner(runner)
{
    if (m_profiles)
        connect(
            m_profiles, &ProfileStore::profilesChanged, this, &ProviderSessions::onProfilesChanged);
    if (m_runner)
        connect(m_runner, &ActionRunner::idle, this, &ProviderSessions::replaceStale);
}

ProviderSessions::~ProviderSessions()
{
    closeAll();
}

void ProviderSessions::open(const QUuid &profileId, QObject *context, OpenCallback done)
{
    auto found = m_sessions.find(profileId);
    if (found != m_sessions.end() && found->stale && !found->opening
        && !(m_runner && m_runner->isBusy())) {
        close(profileId);
        found = m_sessions.end();
    }
    if (found != m_sessions.end() && found->provider && !found->opening) {
        QPointer<IdentityProvider> provider = found->provider;
        QMetaObject::invokeMethod(
            context ? context : this,
            [provider, done = std::move(done)]() {
                if (provider)
                    done(provider.data());
                else
                    done(ApiError(ApiError::Kind::Cancelled, tr("The profile was closed.")));
            },
            Qt::QueuedConnection);
        return;
    }
    if (found == m_sessions.end()) {
        Session session;
        session.opening = true;
        session.generation = ++m_generation;
        found = m_sessions.insert(profileId, session);
        found->waiting.append({QPointer<QObject>(context), std::move(done)});
        startOpening(profileId);
        return;
    }
    found->waiting.append({QPointer<QObject>(context), std::move(done)});
}

void ProviderSessions::startOpening(const QUuid &profileId)
{
    Session &session = m_sessions[profileId];
    const quint64 generation = session.generation;
    const std::optional<Profile> profile =
        m_profiles ? m_profiles->profile(profileId) : std::nullopt;
    if (!profile) {
        QMetaObject::invokeMethod(
            this,
            [this, profileId, generation]() {
                finishOpening(profileId, generation,
                    ApiError(ApiError::Kind::NotFound, tr("The profile no longer exists.")));
            },
            Qt::QueuedConnection);
        return;
    }
    session.profile = *profile;
    qCInfo(lcUi) << "opening profile" << profile->name;
    ProfileConnector::open(*profile, m_profiles->credentials(), m_network, this, this,
        [this, profileId, generation](const Result<IdentityProvider *> &result) {
            finishOpening(profileId, generation, result);
        });
}

void ProviderSessions::finishOpening(
    const QUuid &profileId, quint64 generation, const Result<IdentityProvider *> &result)
{
    auto found = m_sessions.find(profileId);
    if (found == m_sessions.end() || found->generation != generation) {
        // Closed while its secrets were read: nobody wants this provider any more.
        if (result)
            result.value()->deleteLater();
        return;
    }
    auto waiting = std::move(found->waiting);
    found->waiting.clear();
    found->opening = false;
    if (!result) {
        m_sessions.erase(found);
        qCWarning(lcUi) << "profile could not be opened:" << result.error().summary();
        emit openFailed(profileId, result.error());
    } else {
        found->provider = result.value();
        attach(profileId, result.value());
        emit providerOpened(profileId, result.value());
    }
    for (auto &[context, done] : waiting) {
        if (context)
            done(result);
    }
}

void ProviderSessions::attach(const QUuid &profileId, IdentityProvider *provider)
{
    connect(provider, &IdentityProvider::rateLimitWait, this,
        [this, profileId](int waitMs) { emit rateLimitWait(profileId, waitMs); });
    if (!m_runner)
        return;
    const Profile profile = m_sessions.value(profileId).profile;
    const Result<Done> added = m_runner->addProfile(profile, provider);
    if (!added) {
        qCWarning(lcUi) << "actions are unavailable for" << profile.name << ":"
                        << added.error().summary();
        return;
    }
    const Result<int> resumed = m_runner->resumeUnfinished(profileId);
    if (!resumed)
        qCWarning(lcUi) << "resuming unfinished actions failed:" << resumed.error().summary();
    else if (resumed.value() > 0)
        emit actionsResumed(profileId, resumed.value());
}

IdentityProvider *ProviderSessions::provider(const QUuid &profileId) const
{
    const auto found = m_sessions.constFind(profileId);
    return found == m_sessions.constEnd() || found->opening ? nullptr : found->provider.data();
}

std::optional<Profile> ProviderSessions::openedProfile(const QUuid &profileId) const
{
    const auto found = m_sessions.constFind(profileId);
    if (found == m_sessions.constEnd() || found->opening)
        return std::nullopt;
    return found->profile;
}

void ProviderSessions::close(const QUuid &profileId)
{
    auto found = m_sessions.find(profileId);
    if (found == m_sessions.end())
        return;
    Session session = std::move(found.value());
    m_sessions.erase(found);
    for (auto &[context, done] : session.waiting) {
        if (context)
            done(ApiError(ApiError::Kind::Cancelled, tr("The profile was closed.")));
    }
    if (!session.provider)
        return;
    emit providerClosing(profileId, session.provider);
    if (m_runner)
        m_runner->removeProfile(profileId);
    session.provider->deleteLater();
}

void ProviderSessions::closeAll()
{
    const QList<QUuid> ids = m_sessions.keys();
    for (const QUuid &id : ids)
        close(id);
}

int ProviderSessions::resumeUnfinished()
{
    if (!m_runner || !m_runner->journal())
        return 0;
    const Result<QVector<ActionRecord>> unfinished = m_runner->journal()->unfinishedActions();
    if (!unfinished) {
        qCWarning(lcUi) << "cannot read unfinished actions:" << unfinished.error().summary();
        return 0;
    }
    QSet<QUuid> profiles;
    for (const ActionRecord &action : unfinished.value()) {
        if (m_profiles && m_profiles->profile(action.profileId))
            profiles.insert(action.profileId);
    }
    for (const QUuid &id : std::as_const(profiles))
        open(id, this, [](const Result<IdentityProvider *> &) {});
    return int(profiles.size());
}

void ProviderSessions::onProfilesChanged()
{
    const QList<QUuid> ids = m_sessions.keys();
    for (const QUuid &id : ids) {
        const std::optional<Profile> now = m_profiles ? m_profiles->profile(id) : std::nullopt;
        auto found = m_sessions.find(id);
        if (!now) {
            close(id);
        } else if (*now != found->profile) {
            // Opening: the result would be outdated, so start over.
            if (found->opening) {
                found->generation = ++m_generation;
                startOpening(id);
            } else {
                found->stale = true;
            }
        }
    }
    replaceStale();
}

void ProviderSessions::replaceStale()
{
    if (m_runner && m_runner->isBusy())
        return;
    const QList<QUuid> ids = m_sessions.keys();
    for (const QUuid &id : ids) {
        if (m_sessions.value(id).stale)
            close(id); // providerClosing tells the window to open it again
    }
}

} // namespace Gatehouse
