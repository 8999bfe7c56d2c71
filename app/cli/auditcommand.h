// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clicontext.h"

namespace Gatehouse {

// gatehouse-cli audit export [--format csv|json]
//   The audit trail (one entry per transition of every action, oldest first) to stdout; field
//   names and formats are those of AuditExporter. Exit 0, or 1 when the journal cannot be read.
// gatehouse-cli audit verify [--format text|json]
//   Walks the hash chain and the anchor. Exit 0 when intact; 1 when tampered with, listing each
//   finding ("entry 12 was edited …") on stdout and a one-line verdict on stderr.
class AuditCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start(const QStringList &args) override;

private:
    int exportTrail(const QStringList &args);
    int verify(const QStringList &args);
};

} // namespace Gatehouse
