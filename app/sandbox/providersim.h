// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/userrecord.h"
#include "sandbox/simhttp.h"

namespace Gatehouse::Sandbox {

class SandboxState;

// Per-request switches the server passes to a simulator.
struct HandleOptions
{
    bool taskError = false; // SailPoint: the task this request creates ends ERROR
};

// One simulated provider: routes its paths, checks auth, answers in its own wire format.
// Runs in the server thread; all state is in SandboxState.
class ProviderSim
{
public:
    explicit ProviderSim(SandboxState &state)
        : m_state(state)
    { }
    virtual ~ProviderSim() = default;
    ProviderSim(const ProviderSim &) = delete;
    ProviderSim &operator=(const ProviderSim &) = delete;

    virtual ProviderKind kind() const = 0;
    // The user a state-changing request is aimed at (its route names one), or -1.
    virtual int targetUser(const SimRequest &request) const = 0;
    virtual SimResponse handle(const SimRequest &request, const HandleOptions &options) = 0;
    // An error in the provider's own format, for injected faults.
    virtual SimResponse errorResponse(int status, const QString &message) const = 0;
    // A 429 in the provider's own format with Retry-After.
    virtual SimResponse rateLimited(int retryAfterSeconds) const = 0;

protected:
    SandboxState &m_state;
};

} // namespace Gatehouse::Sandbox
