// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QVector>

#include "core/userrecord.h"

// Users for the model tests.
namespace TestUsers {

Gatehouse::UserRecord make(const QString &id, const QString &displayName, const QString &login,
    const QString &email, const QString &source,
    Gatehouse::UserRecord::State state = Gatehouse::UserRecord::State::Enabled,
    bool locked = false);

// count users with names, logins, e-mails and sources drawn from small pools (many ties,
// some accents and non-Latin scripts), ids "u<first + i>".
QVector<Gatehouse::UserRecord> random(QRandomGenerator &random, int count, int first = 0);

} // namespace TestUsers
