// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticusers.h"

#include <QStringList>
#include <QTimeZone>

using namespace Gatehouse;

namespace Bench {

namespace {

const QStringList &firstNames()
{
    static const QStringList names = QStringLiteral(
        "Maria Mario Marta Martin Martina Marius Mark Marco Marie Mariam Ana Anna Andrea Andreas "
        "Alice Alex Alexander Aisha Ahmed Ali Amir Bruno Beatriz Carlos Carla Chen Chloé Daniel "
        "Daniela David Diego Elena Emma Emil Eva Fatima Felix Francesca Gabriel Giulia Hannah Hans "
        "Hiroshi Ines Isabel Ivan Jakub James Jana Javier Jean Jens João Jonas José Julia Jürgen "
        "Karin Katarzyna Kenji Laura Lea Lena Li Lucas Lucía Luis Magnus Malik Mateo Mei Mohammed "
        "Nadia Nina Noah Olga Omar Oscar Paula Paulo Pedro Peter Pierre Rafael Rosa Sara Sofia "
        "Søren Stefan Sven Tomás Thomas Valentina Wei Yuki Zoë Zhāng Иван Ольга 伟 芳")
                                         .split(QLatin1Char(' '));
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names = QStringLiteral(
        "Garcia García Gómez González Gonzalez Martínez Martin Müller Mueller Schmidt Schneider "
        "Fischer Weber Meyer Wagner Becker Hoffmann Rossi Russo Ferrari Esposito Bianchi Romano "
        "Silva Santos Oliveira Pereira Costa Ferreira Dubois Durand Lefèvre Moreau Laurent Nowak "
        "Kowalski Wiśniewski Novák Svoboda Jensen Nielsen Hansen Andersson Johansson Karlsson "
        "Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas Moore "
        "Jackson White Harris Clark Lewis Walker Young King Wright Scott Green Baker Adams Nelson "
        "Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Torres Parker Collins Edwards "
        "Stewart Sánchez Morris Rogers Reed Cook Morgan Bell Murphy Bailey Rivera Cooper "
        "Richardson "
        "Cox Howard Ward Peterson Gray Ramírez James Watson Brooks Kelly Sanders Price Bennett "
        "Wood "
        "Barnes Ross Henderson Coleman Jenkins Perry Powell Long Patterson Hughes Flores "
        "Washington "
        "Butler Simmons Foster Bryant Alexander Russell Griffin Díaz Hayes Tanaka Suzuki Sato Kim "
        "Lee Park Chen Wang Li Zhang Liu Yang Huang Nguyen Tran Singh Kumar Sharma Patel Khan "
        "Ahmed Hassan Ali Öztürk Yılmaz Kaya Demir Straße Иванов Петрова 王 李")
                                         .split(QLatin1Char(' '));
    return names;
}

const QStringList &sources()
{
    static const QStringList names = {
        QStringLiteral("Active Directory"),
        QStringLiteral("Workday"),
        QStringLiteral("Azure AD"),
        QStringLiteral("ServiceNow"),
        QStringLiteral("SAP SuccessFactors"),
        QStringLiteral("Okta"),
        QStringLiteral("LDAP EMEA"),
        QStringLiteral("Huawei IAM Identity Center"),
    };
    return names;
}

const QStringList &domains()
{
    static const QStringList names = {
        QStringLiteral("example.com"),
        QStringLiteral("corp.example.com"),
        QStringLiteral("example.de"),
        QStringLiteral("example.co.uk"),
        QStringLiteral("emea.example.org"),
    };
    return names;
}

// ASCII for logins and e-mail addresses: "José Müller" -> "jose", "muller".
QString asciiFold(const QString &text)
{
    QString out;
    for (const QChar ch : text.normalized(QString::NormalizationForm_D)) {
        if (ch.unicode() < 0x80 && ch.isLetterOrNumber())
            out += ch.toLower();
    }
    return out.isEmpty() ? QStringLiteral("user") : out;
}

} // namespace

SyntheticUsers::SyntheticUsers(quint32 seed)
    : m_random(seed)
{ }

QVector<UserRecord> SyntheticUsers::next(int count)
{
    const QStringList &first = firstNames();
    const QStringList &last = lastNames();
    const QDateTime epoch(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc());
    QVector<UserRecord> users;
    users.reserve(count);
    for (int i = 0; i < count; ++i, ++m_serial) {
        const QString given = first.at(int(m_random.bounded(first.size())));
        const QString family = last.at(int(m_random.bounded(last.size())));
        const QString a = asciiFold(given);
        const QString b = asciiFold(family);
        const QString number = QString::number(m_serial % 997);
        UserRecord user;
        user.id = QStringLiteral("%1%2")
                      .arg(m_random.generate64(), 16, 16, QLatin1Char('0'))
                      .arg(quint64(m_serial), 16, 16, QLatin1Char('0'));
        user.displayName = given + QLatin1Char(' ') + family;
        user.login = m_random.bounded(2) ? QString(a.left(1) + b + number)
                                         : QString(a + QLatin1Char('.') + b);
        user.email = a + QLatin1Char('.') + b + number + QLatin1Char('@')
            + domains().at(int(m_random.bounded(domains().size())));
        user.source = sources().at(int(m_random.bounded(sources().size())));
        const quint32 draw = m_random.bounded(100);
        user.state = draw < 88 ? UserRecord::State::Enabled : UserRecord::State::Disabled;
        user.locked = draw >= 98;
        user.modified = epoch.addSecs(qint64(m_random.bounded(3 * 365 * 86400)));
        users.append(user);
    }
    return users;
}

} // namespace Bench
