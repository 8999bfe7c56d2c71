// SPDX-License-Identifier: GPL-3.0-or-later
#include "testusers.h"

#include <QTimeZone>

using namespace Gatehouse;

namespace TestUsers {

UserRecord make(const QString &id, const QString &displayName, const QString &login,
    const QString &email, const QString &source, UserRecord::State state, bool locked)
{
    UserRecord user;
    user.id = id;
    user.displayName = displayName;
    user.login = login;
    user.email = email;
    user.source = source;
    user.state = state;
    user.locked = locked;
    user.modified = QDateTime(QDate(2024, 3, 1), QTime(9, 30), QTimeZone::utc());
    return user;
}

QVector<UserRecord> random(QRandomGenerator &random, int count, int first)
{
    static const QStringList firstNames = {
        QStringLiteral("Maria"),
        QStringLiteral("Mario"),
        QStringLiteral("Marta"),
        QStringLiteral("Martin"),
        QStringLiteral("José"),
        QStringLiteral("Zhāng"),
        QStringLiteral("Anna"),
        QStringLiteral("Ann"),
        QStringLiteral("Jürgen"),
        QStringLiteral("Иван"),
        QStringLiteral("Björk"),
        QStringLiteral("Lee"),
    };
    static const QStringList lastNames = {
        QStringLiteral("Garcia"),
        QStringLiteral("García"),
        QStringLiteral("Straße"),
        QStringLiteral("Müller"),
        QStringLiteral("Wěi"),
        QStringLiteral("Smith"),
        QStringLiteral("Lee"),
        QStringLiteral("Иванов"),
        QStringLiteral("O'Brien"),
    };
    static const QStringList sources = {
        QStringLiteral("Active Directory"),
        QStringLiteral("Workday"),
        QStringLiteral("Okta"),
        QString(),
    };
    QVector<UserRecord> users;
    users.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString given = firstNames.at(int(random.bounded(firstNames.size())));
        const QString family = lastNames.at(int(random.bounded(lastNames.size())));
        const QString login =
            given.left(1).toLower() + family.toLower() + QString::number(random.bounded(20));
        const quint32 stateDraw = random.bounded(10);
        UserRecord user = make(QStringLiteral("u%1").arg(first + i),
            given + QLatin1Char(' ') + family, login, login + QStringLiteral("@example.com"),
            sources.at(int(random.bounded(sources.size()))),
            stateDraw < 6       ? UserRecord::State::Enabled
                : stateDraw < 9 ? UserRecord::State::Disabled
                                : UserRecord::State::Unknown,
            random.bounded(4) == 0);
        if (random.bounded(5) == 0)
            user.modified = QDateTime();
        else
            user.modified = user.modified.addSecs(qint64(random.bounded(40)) * 86400);
        users.append(user);
    }
    return users;
}

} // namespace TestUsers
