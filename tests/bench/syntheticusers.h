// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QVector>

#include "core/userrecord.h"

namespace Bench {

// Realistic synthetic users, deterministic from the seed: international names (some with
// accents, some Chinese and Cyrillic), logins and e-mails derived from them, SailPoint-like
// 32-hex-digit ids, a handful of sources, 88 % enabled, 10 % disabled, 2 % locked.
class SyntheticUsers
{
public:
    explicit SyntheticUsers(quint32 seed = 20240601);
    // The next count users; ids continue across calls.
    QVector<Gatehouse::UserRecord> next(int count);

private:
    QRandomGenerator m_random;
    qint64 m_serial = 0;
};

} // namespace Bench
