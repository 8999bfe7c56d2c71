// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QNetworkAccessManager;

namespace Gatehouse {

class ActionJournal;
class ActionRunner;
class Appearance;
class ProfileStore;
class ProviderSessions;

// What the window works with, made by main() (or a test) and handed in: the UI itself opens
// no network connection and touches no keychain. None of the pointers is owned.
struct UiServices
{
    ProfileStore *profiles = nullptr;
    ProviderSessions *sessions = nullptr; // opens each profile's provider
    ActionJournal *journal = nullptr; // may be null: no task monitor history
    ActionRunner *runner = nullptr; // may be null: actions unavailable
    QNetworkAccessManager *network = nullptr; // for the profiles dialog's connection test
    Appearance *appearance = nullptr; // may be null: no light/dark choice
    bool sandbox = false; // the demo profiles of `gatehouse --sandbox`
};

} // namespace Gatehouse
