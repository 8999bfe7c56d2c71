// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

Q_LOGGING_CATEGORY(lcNet, "gatehouse.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "gatehouse.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProviders, "gatehouse.providers", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfiles, "gatehouse.profiles", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTasks, "gatehouse.tasks", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "gatehouse.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "gatehouse.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "gatehouse.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModels, "gatehouse.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "gatehouse.ui", QtInfoMsg)
