// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QJsonObject>

#include "sandbox/simhttp.h"

namespace Gatehouse::Sandbox {

class SandboxState;

// The introspection and control endpoints under /_sandbox/ (no auth, loopback only):
//   GET    /_sandbox/info            the ready JSON, extra credentials, options in effect
//   GET    /_sandbox/users           per-user state and counters: provider=sailpoint|huawei|rsa,
//                                    then ids=a,b | touched=1 | all (limit needed above
//                                    100,000), filters state=, locked=, flag=, offset, limit
//   GET    /_sandbox/stats           totals: responses by provider and status, 429s, faults,
//                                    duplicate changes, tasks, connections
//   GET    /_sandbox/faults          the fault spec in effect and each rule's counters
//   POST   /_sandbox/faults          body = fault spec text (replaces the spec)
//   DELETE /_sandbox/faults          no faults
//   POST   /_sandbox/config          {"rate": "N/S"|null, "taskSeconds": n, "tokenSeconds": n}
//   POST   /_sandbox/expire-tokens   every SailPoint token issued so far expires now
//   POST   /_sandbox/reset-counters  attempts, changeRequests and statistics back to zero
//   POST   /_sandbox/reset           also every user back to its seeded state, no tasks
class ControlHandler final
{
public:
    using InfoFunction = std::function<QJsonObject()>;
    using CountFunction = std::function<int()>;

    ControlHandler(SandboxState &state, InfoFunction info, CountFunction liveConnections);

    SimResponse handle(const SimRequest &request);

private:
    SimResponse info() const;
    SimResponse users(const SimRequest &request) const;
    SimResponse stats() const;
    SimResponse faults(const SimRequest &request);
    SimResponse config(const SimRequest &request);

    SandboxState &m_state;
    InfoFunction m_info;
    CountFunction m_liveConnections;
};

} // namespace Gatehouse::Sandbox
