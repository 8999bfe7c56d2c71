// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <queue>
#include <vector>

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMap>

#include "core/clock.h"
#include "core/userrecord.h"
#include "sandbox/directory.h"
#include "sandbox/faultspec.h"
#include "sandbox/fixedwindowlimiter.h"
#include "sandbox/rsakeypair.h"
#include "sandbox/sandboxoptions.h"

namespace Gatehouse::Sandbox {

// The fixed credentials of the sandbox (documented in the README).
struct SandboxCredentials
{
    struct SailPointClient
    {
        QByteArray id;
        QByteArray secret;
        bool readOnly = false; // may list and read, gets 403 on enable/disable/unlock
    };
    struct HuaweiKey
    {
        QByteArray accessKey;
        QByteArray secretKey;
        QByteArray securityToken; // non-empty for temporary (STS) credentials
        bool readOnly = false; // may list and read, gets 403 on enable/disable
    };

    std::vector<SailPointClient> sailpointClients; // [0] main, [1] second, [2] read-only
    QByteArray tenantId;
    QByteArray org = "sandbox";
    QByteArray pod = "sandbox-pod";

    std::vector<HuaweiKey> huaweiKeys; // [0] permanent, [1] temporary, [2] read-only
    QByteArray huaweiRegion = "ap-southeast-1";
    QByteArray identityStoreId; // "d-" + 10 hex (12 characters)

    QByteArray rsaAccessId;
    QByteArray rsaCustomerName = "Gatehouse Sandbox";
    QByteArray rsaDescription = "Gatehouse sandbox administration API key";

    static SandboxCredentials defaults(quint64 seed);
};

// What a provider changed about one user, plus the counters tests read back. Users that were
// never touched have no entry, so a million-user directory stays small.
struct UserState
{
    qint8 disabled = -1; // -1 = the seeded value
    qint8 locked = -1;
    quint32 modified = 0; // epoch seconds of the last change; 0 = the seeded value
    qint32 changeRequests = 0; // state-changing requests that were processed
    qint32 attempts = 0; // state-changing requests that reached the user's route
    quint32 pendingTasks = 0; // SailPoint tasks accepted and not finished
    quint32 lastTask = 0; // SailPoint task number + 1 of the latest task
};

// A SailPoint asynchronous task (enable/disable/unlock).
struct SailPointTask
{
    enum class Action : quint8
    {
        Disable,
        Enable,
        Unlock
    };
    quint32 account = 0;
    Action action = Action::Disable;
    bool fail = false; // task-error fault: ends ERROR, changes nothing
    bool done = false;
    qint64 createdMs = 0; // epoch ms
    qint64 dueMonoMs = 0;
    qint64 completedMs = 0; // epoch ms once done
    QByteArray launcher; // client id
};

struct SailPointToken
{
    int client = 0;
    qint64 expiresMonoMs = 0;
};

// Everything the simulators share. Lives in the server's thread and is touched only there.
class SandboxState final
{
public:
    SandboxState(const SandboxOptions &options, Clock *clock);

    const SandboxOptions &options() const { return m_options; }
    SandboxOptions &options() { return m_options; }
    const Directory &directory() const { return m_directory; }
    const SandboxCredentials &credentials() const { return m_credentials; }
    Clock *clock() const { return m_clock; }
    qint64 monoMs() const { return m_clock->monotonicMs(); }
    qint64 epochMs() const { return m_clock->utcNow().toMSecsSinceEpoch(); }

    QByteArray baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QByteArray &url) { m_baseUrl = url; }
    QByteArray adminRestApiUrl() const { return m_baseUrl + "/AdminInterface/restapi/v1"; }

    RsaKeyPair &rsaKey() { return m_rsaKey; }
    const RsaKeyPair &rsaKey() const { return m_rsaKey; }

    FixedWindowLimiter &limiter() { return m_limiter; }
    FaultSpec &faults() { return m_faults; }
    void setRate(const SandboxRateLimit &rate);

    // --- per-provider user state
    bool isDisabled(ProviderKind provider, int index) const;
    bool isLocked(ProviderKind provider, int index) const;
    qint64 modifiedSeconds(ProviderKind provider, int index) const;
    void setDisabled(ProviderKind provider, int index, bool disabled);
    void setLocked(ProviderKind provider, int index, bool locked);
    const UserState *userState(ProviderKind provider, int index) const;
    void countAttempt(ProviderKind provider, int index);
    void countChange(ProviderKind provider, int index);
    // Indexes of users with attempts > 0, ascending.
    std::vector<int> touchedUsers(ProviderKind provider) const;
    // Bumped on every state change, so cached listings that depend on state are redone.
    quint64 generation() const { return m_generation; }
    void resetCounters();
    // Back to the seeded state: no changes, no tasks, no counters.
    void resetAll();

    // --- SailPoint tasks
    int createTask(
        int account, SailPointTask::Action action, bool fail, const QByteArray &launcher);
    const SailPointTask *task(int number) const;
    int taskCount() const { return int(m_tasks.size()); }
    // Completes every task that is due; called before any request is handled.
    void settleTasks();
    int pendingTaskCount() const { return m_pendingTasks; }
    int completedTaskCount() const { return m_completedTasks; }
    int failedTaskCount() const { return m_failedTasks; }

    // --- SailPoint tokens
    QByteArray issueToken(int client);
    // The token's client, or -1 (unknown) / -2 (expired).
    int tokenClient(const QByteArray &token) const;
    int expireTokens();

    // --- statistics
    void countResponse(const QString &area, int status);
    void countFault(FaultKind kind);
    void countRateLimited() { ++m_rateLimited; }
    void connectionOpened(int concurrent);
    QJsonObject statsJson() const;

private:
    UserState &mutableState(ProviderKind provider, int index);
    // Expired tokens are forgotten once many were issued (they then read as unknown).
    void pruneExpiredTokens();
    static constexpr qsizetype maxTokens = 10000;

    SandboxOptions m_options;
    Clock *m_clock;
    Directory m_directory;
    SandboxCredentials m_credentials;
    QByteArray m_baseUrl;
    RsaKeyPair m_rsaKey;
    FixedWindowLimiter m_limiter;
    FaultSpec m_faults;

    QHash<quint32, UserState> m_users[3];
    quint64 m_generation = 0;
    int m_usersWithDuplicates = 0;

    std::vector<SailPointTask> m_tasks;
    using Due = std::pair<qint64, int>;
    std::priority_queue<Due, std::vector<Due>, std::greater<Due>> m_due;
    int m_pendingTasks = 0;
    int m_completedTasks = 0;
    int m_failedTasks = 0;

    QHash<QByteArray, SailPointToken> m_tokens;

    QMap<QString, QMap<int, qint64>> m_responses;
    QMap<QString, qint64> m_faultCounts;
    qint64 m_rateLimited = 0;
    qint64 m_connections = 0;
    int m_maxConcurrent = 0;
};

} // namespace Gatehouse::Sandbox
