// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/actionrecord.h"

#include <array>
#include <utility>

#include <QDir>
#include <QStandardPaths>

namespace Gatehouse {

namespace {

constexpr std::array<std::pair<ActionState, const char *>, 13> stateNames{{
    {ActionState::Planned, "planned"},
    {ActionState::Sending, "sending"},
    {ActionState::Confirmed, "confirmed"},
    {ActionState::Accepted, "accepted"},
    {ActionState::Succeeded, "succeeded"},
    {ActionState::Warning, "warning"},
    {ActionState::Failed, "failed"},
    {ActionState::Unknown, "unknown"},
    {ActionState::ReconciledSucceeded, "reconciled_succeeded"},
    {ActionState::ReconciledNotApplied, "reconciled_not_applied"},
    {ActionState::Skipped, "skipped"},
    {ActionState::Cancelled, "cancelled"},
    {ActionState::Refused, "refused"},
}};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ActionState)
};

} // namespace

QString actionStateName(ActionState state)
{
    for (const auto &[s, name] : stateNames) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return QString();
}

std::optional<ActionState> actionStateFromName(const QString &name)
{
    for (const auto &[s, n] : stateNames) {
        if (name == QLatin1String(n))
            return s;
    }
    return std::nullopt;
}

QString actionStateTitle(ActionState state)
{
    switch (state) {
    case ActionState::Planned:
        return Tr::tr("Queued");
    case ActionState::Sending:
        return Tr::tr("Sending");
    case ActionState::Confirmed:
        return Tr::tr("Done");
    case ActionState::Accepted:
        return Tr::tr("Running on the provider");
    case ActionState::Succeeded:
        return Tr::tr("Succeeded");
    case ActionState::Warning:
        return Tr::tr("Succeeded with warnings");
    case ActionState::Failed:
        return Tr::tr("Failed");
    case ActionState::Unknown:
        return Tr::tr("Outcome unknown, checking");
    case ActionState::ReconciledSucceeded:
        return Tr::tr("Done (confirmed by read-back)");
    case ActionState::ReconciledNotApplied:
        return Tr::tr("Not applied (confirmed by read-back)");
    case ActionState::Skipped:
        return Tr::tr("Skipped");
    case ActionState::Cancelled:
        return Tr::tr("Cancelled");
    case ActionState::Refused:
        return Tr::tr("Refused");
    }
    return QString();
}

bool isAllowedTransition(ActionState from, ActionState to)
{
    using S = ActionState;
    switch (from) {
    case S::Planned:
        return to == S::Sending || to == S::Skipped || to == S::Cancelled || to == S::Failed;
    case S::Sending:
        return to == S::Confirmed || to == S::Accepted || to == S::Failed || to == S::Unknown;
    case S::Accepted:
        return to == S::Succeeded || to == S::Warning || to == S::Failed || to == S::Unknown;
    case S::Unknown:
        return to == S::ReconciledSucceeded || to == S::ReconciledNotApplied || to == S::Failed;
    case S::ReconciledNotApplied:
        return to == S::Sending || to == S::Failed || to == S::Cancelled;
    case S::Failed:
        return to == S::Planned;
    case S::Confirmed:
    case S::Succeeded:
    case S::Warning:
    case S::ReconciledSucceeded:
    case S::Skipped:
    case S::Cancelled:
    case S::Refused:
        return false;
    }
    return false;
}

bool isInitialState(ActionState state)
{
    return state == ActionState::Planned || state == ActionState::Refused
        || state == ActionState::Skipped;
}

bool isFinalState(ActionState state)
{
    switch (state) {
    case ActionState::Planned:
    case ActionState::Sending:
    case ActionState::Accepted:
    case ActionState::Unknown:
    case ActionState::ReconciledNotApplied:
        return false;
    default:
        return true;
    }
}

OutcomeBucket outcomeBucket(ActionState state)
{
    switch (state) {
    case ActionState::Confirmed:
    case ActionState::Succeeded:
    case ActionState::Warning:
    case ActionState::ReconciledSucceeded:
        return OutcomeBucket::Succeeded;
    case ActionState::Failed:
    case ActionState::Refused:
        return OutcomeBucket::Failed;
    case ActionState::Unknown:
        return OutcomeBucket::Unknown;
    case ActionState::Skipped:
        return OutcomeBucket::Skipped;
    case ActionState::Cancelled:
        return OutcomeBucket::Cancelled;
    case ActionState::Planned:
    case ActionState::Sending:
    case ActionState::Accepted:
    case ActionState::ReconciledNotApplied:
        break;
    }
    return OutcomeBucket::Pending;
}

void BatchSummary::add(ActionState state)
{
    ++total;
    switch (outcomeBucket(state)) {
    case OutcomeBucket::Pending:
        ++pending;
        break;
    case OutcomeBucket::Succeeded:
        ++succeeded;
        break;
    case OutcomeBucket::Failed:
        ++failed;
        break;
    case OutcomeBucket::Unknown:
        ++unknown;
        break;
    case OutcomeBucket::Skipped:
        ++skipped;
        break;
    case OutcomeBucket::Cancelled:
        ++cancelled;
        break;
    }
}

QString currentOperatorName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    const QString home = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    const QString name = QDir(home).dirName();
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

} // namespace Gatehouse
