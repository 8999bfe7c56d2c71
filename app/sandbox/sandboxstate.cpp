// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxstate.h"

#include <algorithm>

#include <QJsonArray>
#include <QRandomGenerator>

namespace Gatehouse::Sandbox {

namespace {

int slot(ProviderKind provider)
{
    return int(provider);
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

SandboxCredentials SandboxCredentials::defaults(quint64 seed)
{
    SandboxCredentials c;
    c.sailpointClients = {
        {"7c8e4f2a-1b3d-4e5f-9a6b-0c1d2e3f4a5b",
            "3b9d2f6a8c1e4d7b0a5f9e2c6d8b1a4f7e0c3d9b2a6f8e1c5d7b0a3f9e2c6d8b", false},
        {"3f1a9b7c-5d2e-4c8f-b6a1-9e0d7c6b5a41",
            "9e2c6d8b1a4f7e0c3d9b2a6f8e1c5d7b0a3f9e2c6d8b3b9d2f6a8c1e4d7b0a5f", false},
        {"9d2b6e4f-8a1c-4f3e-a5b7-2c9d1e0f3b6a",
            "c5d7b0a3f9e2c6d8b3b9d2f6a8c1e4d7b0a5f9e2c6d8b1a4f7e0c3d9b2a6f8e1", true},
    };
    const IdCodec ids(seed);
    c.tenantId = ids.uuid(IdKind::Source, 0xFFFFFF);
    c.huaweiKeys = {
        {"GHSBXPERMANENTAK0001", "SandboxPermanentSecretKey0001ForGatehouse", QByteArray(), false},
        {"GHSBXTEMPORARYAK0001", "SandboxTemporarySecretKey0001ForGatehouse",
            "gQpjbi1ub3J0aC00hS0vSGF0ZWhvdXNlU2FuZGJveFNlY3VyaXR5VG9rZW4wMDAxL1NUUy1UZW1wb3Jhcnk",
            false},
        {"GHSBXREADONLYAK00001", "SandboxReadOnlySecretKey00001ForGatehouse", QByteArray(), true},
    };
    c.identityStoreId =
        "d-" + QByteArray::number(ids.derive(0x1D57) & 0xFFFFFFFFFFULL, 16).rightJustified(10, '0');
    c.rsaAccessId = "5b0f1c2d-3e4a-4b5c-8d6e-7f8091a2b3c4";
    return c;
}

SandboxState::SandboxState(const SandboxOptions &options, Clock *clock)
    : m_options(options)
    , m_clock(clock)
    , m_directory(options.seed, options.users)
    , m_credentials(SandboxCredentials::defaults(options.seed))
{
    m_limiter.setLimit(options.rate);
    QString error;
    FaultSpec::parse(options.faults, &m_faults, &error);
}

void SandboxState::setRate(const SandboxRateLimit &rate)
{
    m_options.rate = rate;
    m_limiter.setLimit(rate);
}

bool SandboxState::isDisabled(ProviderKind provider, int index) const
{
    const auto &users = m_users[slot(provider)];
    const auto it = users.constFind(quint32(index));
    if (it != users.constEnd() && it->disabled >= 0)
        return it->disabled;
    const quint8 flags = m_directory.person(index).flags;
    if (provider == ProviderKind::SecurId)
        return flags
            & (Directory::Disabled | Directory::RsaMarkDeleted | Directory::RsaSyncDisabled);
    return flags & Directory::Disabled;
}

bool SandboxState::isLocked(ProviderKind provider, int index) const
{
    if (provider == ProviderKind::Huawei)
        return false;
    const auto &users = m_users[slot(provider)];
    const auto it = users.constFind(quint32(index));
    if (it != users.constEnd() && it->locked >= 0)
        return it->locked;
    return m_directory.has(index, Directory::Locked);
}

qint64 SandboxState::modifiedSeconds(ProviderKind provider, int index) const
{
    const auto &users = m_users[slot(provider)];
    const auto it = users.constFind(quint32(index));
    if (it != users.constEnd() && it->modified)
        return it->modified;
    return m_directory.person(index).modified;
}

UserState &SandboxState::mutableState(ProviderKind provider, int index)
{
    return m_users[slot(provider)][quint32(index)];
}

void SandboxState::setDisabled(ProviderKind provider, int index, bool disabled)
{
    UserState &s = mutableState(provider, index);
    s.disabled = disabled ? 1 : 0;
    s.modified = quint32(epochMs() / 1000);
    ++m_generation;
}

void SandboxState::setLocked(ProviderKind provider, int index, bool locked)
{
    UserState &s = mutableState(provider, index);
    s.locked = locked ? 1 : 0;
    s.modified = quint32(epochMs() / 1000);
    ++m_generation;
}

const UserState *SandboxState::userState(ProviderKind provider, int index) const
{
    const auto &users = m_users[slot(provider)];
    const auto it = users.constFind(quint32(index));
    return it == users.constEnd() ? nullptr : &it.value();
}

void SandboxState::countAttempt(ProviderKind provider, int index)
{
    ++mutableState(provider, index).attempts;
}

void SandboxState::countChange(ProviderKind provider, int index)
{
    UserState &s = mutableState(provider, index);
    if (++s.changeRequests == 2)
        ++m_usersWithDuplicates;
}

std::vector<int> SandboxState::touchedUsers(ProviderKind provider) const
{
    std::vector<int> out;
    const auto &users = m_users[slot(provider)];
    for (auto it = users.constBegin(); it != users.constEnd(); ++it) {
        if (it->attempts > 0)
            out.push_back(int(it.key()));
    }
    std::sort(out.begin(), out.end());
    return out;
}

void SandboxState::resetCounters()
{
    for (auto &users : m_users) {
        for (auto &s : users) {
            s.attempts = 0;
            s.changeRequests = 0;
        }
    }
    m_usersWithDuplicates = 0;
    m_responses.clear();
    m_faultCounts.clear();
    m_rateLimited = 0;
    m_connections = 0;
    m_maxConcurrent = 0;
}

void SandboxState::resetAll()
{
    for (auto &users : m_users)
        users.clear();
    m_tasks.clear();
    m_due = {};
    m_pendingTasks = m_completedTasks = m_failedTasks = 0;
    m_limiter.clear();
    ++m_generation;
    resetCounters();
}

int SandboxState::createTask(
    int account, SailPointTask::Action action, bool fail, const QByteArray &launcher)
{
    SailPointTask t;
    t.account = quint32(account);
    t.action = action;
    t.fail = fail;
    t.createdMs = epochMs();
    t.dueMonoMs = monoMs() + qint64(m_options.taskSeconds) * 1000;
    t.launcher = launcher;
    const int number = int(m_tasks.size());
    m_tasks.push_back(std::move(t));
    m_due.push({m_tasks.back().dueMonoMs, number});
    ++m_pendingTasks;
    UserState &s = mutableState(ProviderKind::SailPoint, account);
    ++s.pendingTasks;
    s.lastTask = quint32(number + 1);
    return number;
}

const SailPointTask *SandboxState::task(int number) const
{
    if (number < 0 || number >= int(m_tasks.size()))
        return nullptr;
    return &m_tasks[size_t(number)];
}

void SandboxState::settleTasks()
{
    if (m_due.empty())
        return;
    const qint64 now = monoMs();
    const qint64 wallNow = epochMs();
    while (!m_due.empty() && m_due.top().first <= now) {
        const int number = m_due.top().second;
        m_due.pop();
        SailPointTask &t = m_tasks[size_t(number)];
        t.done = true;
        // The wall-clock moment the task became due, not the moment it was noticed.
        t.completedMs = wallNow - (now - t.dueMonoMs);
        --m_pendingTasks;
        UserState &s = mutableState(ProviderKind::SailPoint, int(t.account));
        if (s.pendingTasks > 0)
            --s.pendingTasks;
        if (t.fail) {
            ++m_failedTasks;
            continue;
        }
        ++m_completedTasks;
        switch (t.action) {
        case SailPointTask::Action::Disable:
            s.disabled = 1;
            break;
        case SailPointTask::Action::Enable:
            s.disabled = 0;
            break;
        case SailPointTask::Action::Unlock:
            s.locked = 0;
            break;
        }
        s.modified = quint32(t.completedMs / 1000);
        ++m_generation;
    }
}

QByteArray SandboxState::issueToken(int client)
{
    const auto &c = m_credentials.sailpointClients[size_t(client)];
    quint32 random[8];
    QRandomGenerator::system()->fillRange(random);
    const QByteArray jti = QByteArray(reinterpret_cast<const char *>(random), 8).toHex();
    const qint64 now = epochMs() / 1000;
    const QByteArray header = R"({"alg":"RS256","typ":"JWT","kid":"sandbox"})";
    const QByteArray payload = R"({"tenant_id":")" + m_credentials.tenantId + R"(","client_id":")"
        + c.id + R"(","pod":")" + m_credentials.pod + R"(","org":")" + m_credentials.org
        + R"(","iat":)" + QByteArray::number(now) + R"(,"exp":)"
        + QByteArray::number(now + m_options.tokenSeconds) + R"(,"jti":")" + jti + R"("})";
    const QByteArray signature(reinterpret_cast<const char *>(random) + 8, 24);
    const QByteArray token =
        base64Url(header) + '.' + base64Url(payload) + '.' + base64Url(signature);
    if (m_tokens.size() >= maxTokens)
        pruneExpiredTokens();
    m_tokens.insert(token, {client, monoMs() + qint64(m_options.tokenSeconds) * 1000});
    return token;
}

void SandboxState::pruneExpiredTokens()
{
    const qint64 now = monoMs();
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (it->expiresMonoMs <= now)
            it = m_tokens.erase(it);
        else
            ++it;
    }
}

int SandboxState::tokenClient(const QByteArray &token) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd())
        return -1;
    if (monoMs() >= it->expiresMonoMs)
        return -2;
    return it->client;
}

int SandboxState::expireTokens()
{
    const qint64 now = monoMs();
    int n = 0;
    for (auto &t : m_tokens) {
        if (t.expiresMonoMs > now) {
            t.expiresMonoMs = now;
            ++n;
        }
    }
    return n;
}

void SandboxState::countResponse(const QString &area, int status)
{
    ++m_responses[area][status];
}

void SandboxState::countFault(FaultKind kind)
{
    ++m_faultCounts[FaultSpec::kindName(kind)];
}

void SandboxState::connectionOpened(int concurrent)
{
    ++m_connections;
    m_maxConcurrent = qMax(m_maxConcurrent, concurrent);
}

QJsonObject SandboxState::statsJson() const
{
    QJsonObject requests;
    for (auto it = m_responses.constBegin(); it != m_responses.constEnd(); ++it) {
        QJsonObject byStatus;
        qint64 total = 0;
        for (auto s = it->constBegin(); s != it->constEnd(); ++s) {
            byStatus.insert(QString::number(s.key()), s.value());
            total += s.value();
        }
        requests.insert(it.key(),
            QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("byStatus"), byStatus}});
    }
    QJsonObject faults;
    for (auto it = m_faultCounts.constBegin(); it != m_faultCounts.constEnd(); ++it)
        faults.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("requests"), requests},
        {QStringLiteral("rateLimited"), m_rateLimited},
        {QStringLiteral("faults"), faults},
        {QStringLiteral("faultRules"), m_faults.rulesJson()},
        {QStringLiteral("usersWithDuplicateChanges"), m_usersWithDuplicates},
        {QStringLiteral("tasks"),
            QJsonObject{{QStringLiteral("pending"), m_pendingTasks},
                {QStringLiteral("completed"), m_completedTasks},
                {QStringLiteral("failed"), m_failedTasks}}},
        {QStringLiteral("connections"), m_connections},
        {QStringLiteral("maxConcurrentConnections"), m_maxConcurrent},
    };
}

} // namespace Gatehouse::Sandbox
