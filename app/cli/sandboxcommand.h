// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Gatehouse {

// `gatehouse-cli sandbox serve [--port N] [--users N] [--seed N] [--rate N/S]
// [--task-seconds N] [--token-seconds N] [--faults SPEC] [--key-file PATH]`: starts the
// provider sandbox, prints one JSON line (base URL and a ready profile per provider) once it
// listens, and serves until SIGTERM/SIGINT. `args` are the arguments after "sandbox".
// Returns the exit code: 0 after a clean shutdown, 1 when the sandbox cannot start, 2 for a
// usage error. Needs a QCoreApplication.
int runSandboxCommand(const QStringList &args);

} // namespace Gatehouse
