// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QCommandLineParser>
#include <QPointer>

#include "cli/clicontext.h"
#include "providers/identityprovider.h"

namespace Gatehouse {

namespace Output {
class UserListWriter;
}
struct Profile;

// gatehouse-cli users list|show|disable|enable|unlock
class UsersCommand final : public Command
{
    Q_OBJECT

public:
    explicit UsersCommand(CliContext *context);
    ~UsersCommand() override;
    void start(const QStringList &args) override;

private:
    // Finds the --profile, makes its provider, then calls `next`.
    void openProfile(const QString &name, std::function<void()> next);
    void list(const QCommandLineParser &parser);
    void fetchPage(const QString &pageToken);
    void show(const QCommandLineParser &parser);
    void changeState(UserAction action, const QCommandLineParser &parser);

    QPointer<IdentityProvider> m_provider;
    QString m_profileName;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<Output::UserListWriter> m_writer;
    UserQuery m_query;
    OutputFormat m_format = OutputFormat::Table;
    bool m_all = false;
    qint64 m_limit = -1;
    qint64 m_listed = 0;
    qint64 m_total = -1;
};

} // namespace Gatehouse
