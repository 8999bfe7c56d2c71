// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>

#include "core/result.h"
#include "core/userrecord.h"

namespace Gatehouse {

// What a provider can do; the UI and the CLI adapt to it (an RSA profile cannot browse and
// shows a search prompt instead of a list).
struct ProviderCapabilities
{
    bool canBrowse = true; // list users without a query
    bool asyncActions = false; // enable/disable return a task to follow (SailPoint)
    bool canUnlock = false;
    bool reportsTotal = false; // a listing can say how many users match in all
    int pageSize = 100; // users per listing request
    QStringList searchFields; // server-side search fields, the first is the default
    QString searchHint; // placeholder for the search box, translated
};

// A server-side query. An empty text browses everything (where canBrowse).
struct UserQuery
{
    QString text;
    QString field; // one of ProviderCapabilities::searchFields; empty = the default one
    QString sortField; // provider field name; empty = provider order
    bool sortDescending = false;
    bool wantTotal = false; // ask for the total count (costs the provider time)
    // The caller will ask for every page in order (load all, --all): a provider that knows
    // the next page in advance may fetch it while the caller handles this one.
    bool readAhead = false;
};

struct UserPage
{
    QVector<UserRecord> users;
    QString nextPageToken; // empty when this was the last page
    qint64 total = -1; // -1 when unknown
};

// Identifies a user for a read-back. Providers that look users up by e-mail or user name
// (RSA) use login/email; the others use id.
struct UserKey
{
    QString id;
    QString login;
    QString email;
};

// What the provider said to an enable/disable/unlock.
struct ActionOutcome
{
    enum class Kind
    {
        Confirmed, // done; state holds the new state (Huawei, RSA)
        Accepted, // queued as an asynchronous task (SailPoint 202)
    };
    Kind kind = Kind::Confirmed;
    UserRecord::State state = UserRecord::State::Unknown;
    QString taskId;
    QString requestId;
};

// The state of an asynchronous provider task (SailPoint task-status).
struct TaskStatus
{
    enum class State
    {
        Running,
        Succeeded, // SUCCESS
        Warning, // WARNING: done, with messages to show
        Failed, // ERROR or TERMINATED
        TempError, // TEMPERROR: transient, try again later
        Unresolvable, // the id is unknown to task-status: re-read the account instead
    };
    QString id;
    State state = State::Running;
    QString message; // the provider's messages, joined
    int percentComplete = -1;
    qint64 durationMs = -1; // once ended: completed - created, when the provider says
    QJsonObject raw;
};

template <typename T>
using ResultHandler = std::function<void(const Result<T> &)>;

// Handle of one provider operation, possibly made of several HTTP requests. abort() ends it
// with ApiError::Kind::Cancelled; the handler is called exactly once either way, unless its
// context object was destroyed first.
class PendingCall : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void abort() = 0;
};

// One identity provider behind one profile. All operations are asynchronous and run on the
// thread that owns the provider; results arrive through the handler, called with `context`
// as the receiver. Every request of a provider goes through its profile's rate limiter.
class IdentityProvider : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual ProviderKind kind() const = 0;
    virtual ProviderCapabilities capabilities() const = 0;

    // One page of users. pageToken is empty for the first page, then UserPage::nextPageToken.
    virtual PendingCall *listUsers(const UserQuery &query, const QString &pageToken,
        QObject *context, ResultHandler<UserPage> done) = 0;
    // One user read fresh from the provider.
    virtual PendingCall *getUser(
        const UserKey &key, QObject *context, ResultHandler<UserRecord> done) = 0;
    // Enable, disable or unlock. Sent once, never resent after a timeout or 5xx: the error
    // then has outcomeUnknown() set and the caller reconciles with getUser().
    virtual PendingCall *changeState(UserAction action, const UserKey &key, QObject *context,
        ResultHandler<ActionOutcome> done) = 0;
    // Status of an asynchronous task; runs at background priority behind user work.
    // Providers without async actions answer Unresolvable.
    virtual PendingCall *taskStatus(
        const QString &taskId, QObject *context, ResultHandler<TaskStatus> done) = 0;
    // A cheap authenticated read that proves the profile works (profiles test).
    virtual PendingCall *testConnection(QObject *context, ResultHandler<Done> done) = 0;

signals:
    // The profile's rate limiter holds requests back for waitMs (0 when the wait is over).
    void rateLimitWait(int waitMs);
};

} // namespace Gatehouse
