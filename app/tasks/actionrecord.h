// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include "core/apierror.h"
#include "core/userrecord.h"
#include "providers/identityprovider.h"

namespace Gatehouse {

// The life of one enable/disable/unlock of one user. Every transition is journaled (and on
// disk) before the step it announces happens, so a crash never loses or repeats an action.
//
//   planned ──> sending ──> confirmed                        (synchronous providers)
//      │           │──────> accepted ──> succeeded | warning | failed | unknown
//      │           │                                          (asynchronous task, polled)
//      │           │──────> failed                           (provider said no: 403, 404, 409…)
//      │           └──────> unknown ──> reconciled_succeeded (read-back: in the target state)
//      │                       │──────> reconciled_not_applied ──> sending (once) | failed
//      │                       │                                 | cancelled (batch cancelled)
//      │                       └──────> failed               (the user no longer exists)
//      │──> skipped   (already in the target state, or another action on the user is open)
//      │──> cancelled (the batch was cancelled before it was sent)
//      └──> failed    (the pre-send read failed)
//   refused: created refused (read-only profile, missing reason, unsupported action).
//   failed ──> planned: the operator retries (a new attempt).
//
// "sending" is written before the request leaves, so after a crash an action in "sending"
// may or may not have reached the provider: it is reconciled by reading the user's state,
// never resent blindly.
enum class ActionState : quint8
{
    Planned,
    Sending,
    Confirmed,
    Accepted,
    Succeeded,
    Warning,
    Failed,
    Unknown,
    ReconciledSucceeded,
    ReconciledNotApplied,
    Skipped,
    Cancelled,
    Refused,
};

// Stable lower-case names stored in the journal and printed in JSON ("reconciled_succeeded").
QString actionStateName(ActionState state);
std::optional<ActionState> actionStateFromName(const QString &name);
// Translated text for the task monitor ("Waiting for the provider's task").
QString actionStateTitle(ActionState state);
// Whether the journal accepts the step from one state to the other.
bool isAllowedTransition(ActionState from, ActionState to);
// States an action may be created in.
bool isInitialState(ActionState state);
// Nothing more will happen to the action unless an operator retries it.
bool isFinalState(ActionState state);
// The action still has work to do; recovery resumes these after a restart.
inline bool isUnfinishedState(ActionState state)
{
    return !isFinalState(state);
}

// How a state counts in a batch summary.
enum class OutcomeBucket
{
    Pending,
    Succeeded,
    Failed,
    Unknown,
    Skipped,
    Cancelled
};
OutcomeBucket outcomeBucket(ActionState state);

// One action as the journal holds it (the row of the current-state view).
struct ActionRecord
{
    QUuid id;
    QUuid batchId;
    QUuid profileId;
    QString profileName;
    ProviderKind provider = ProviderKind::SailPoint;
    QString userId;
    QString login;
    QString email;
    QString displayName;
    UserAction action = UserAction::Disable;
    QString operatorName;
    QString reason;
    ActionState state = ActionState::Planned;
    QString requestId; // the provider's request/tracking id of the last mutation
    QString taskId; // SailPoint task id
    int attempts = 0; // how many times the mutation was sent
    bool resent = false; // the one resend after a reconciled_not_applied is used up
    ApiError error; // the last error (kind None when there is none)
    QString note; // warning text, provider task messages, reconciliation notes
    QDateTime created; // UTC
    QDateTime updated; // UTC
    QString owner; // the runner instance working on it (empty = nobody)

    // How the provider finds the user again (id, or login/e-mail for RSA's lookup).
    UserKey userKey() const { return UserKey{userId, login, email}; }
};

// A batch: one action by one operator on one profile for a list of users.
struct BatchRecord
{
    QUuid id;
    QUuid profileId;
    QString profileName;
    ProviderKind provider = ProviderKind::SailPoint;
    UserAction action = UserAction::Disable;
    QString operatorName;
    QString reason;
    QDateTime created; // UTC
    bool cancelled = false;
};

// How the actions of a batch stand.
struct BatchSummary
{
    QUuid batchId;
    int total = 0;
    int pending = 0;
    int succeeded = 0;
    int failed = 0;
    int unknown = 0;
    int skipped = 0;
    int cancelled = 0;

    int done() const { return total - pending; }
    void add(ActionState state);
};

// What the table may show as confirmed by the provider. state is Unknown when the action
// does not change it (unlock); locked is empty when not known.
struct UserStateChange
{
    QUuid profileId;
    QString userId;
    UserRecord::State state = UserRecord::State::Unknown;
    std::optional<bool> locked;
};

// The OS user name of whoever runs Gatehouse (USER, USERNAME, LOGNAME, else the name of the
// home folder). Recorded as the operator of each action.
QString currentOperatorName();

} // namespace Gatehouse

Q_DECLARE_METATYPE(Gatehouse::ActionState)
Q_DECLARE_METATYPE(Gatehouse::BatchSummary)
Q_DECLARE_METATYPE(Gatehouse::UserStateChange)
