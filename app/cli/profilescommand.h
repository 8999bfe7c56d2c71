// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clicontext.h"

namespace Gatehouse {

class IdentityProvider;
struct Profile;

// gatehouse-cli profiles list|show|add|remove|test
class ProfilesCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start(const QStringList &args) override;

private:
    int list(const QStringList &args);
    int show(const QStringList &args);
    void add(const QStringList &args);
    void remove(const QStringList &args);
    void test(const QStringList &args);
    // Stores the secrets given on stdin / in a key file for a freshly added profile.
    void storeSecrets(const Profile &profile, QList<QPair<QString, QByteArray>> secrets);
};

} // namespace Gatehouse
