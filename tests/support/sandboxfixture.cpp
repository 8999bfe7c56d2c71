// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Gatehouse::Test {

SandboxFixture::SandboxFixture(const SandboxOptions &options)
    : m_host(options)
{ }

SandboxFixture::~SandboxFixture() = default;

bool SandboxFixture::start()
{
    const auto started = m_host.start();
    if (!started) {
        m_error = started.error().message();
        return false;
    }
    return true;
}

void SandboxFixture::stop()
{
    m_host.stop();
}

QJsonObject SandboxFixture::getJson(const QString &pathAndQuery)
{
    const HttpResult r = m_http.get(url(pathAndQuery));
    if (r.status != 200) {
        m_error = QStringLiteral("GET %1: HTTP %2 %3")
                      .arg(pathAndQuery)
                      .arg(r.status)
                      .arg(QString::fromUtf8(r.body));
        return QJsonObject();
    }
    return r.object();
}

bool SandboxFixture::postOk(const QString &path, const QByteArray &body, QString *error)
{
    const HttpResult r = m_http.post(url(path), body);
    if (r.status == 200)
        return true;
    m_error = r.object().value(QStringLiteral("error")).toString();
    if (m_error.isEmpty())
        m_error = QStringLiteral("HTTP %1 %2").arg(r.status).arg(r.errorString);
    if (error)
        *error = m_error;
    return false;
}

QJsonObject SandboxFixture::extendedInfo()
{
    return getJson(QStringLiteral("/_sandbox/info"));
}

bool SandboxFixture::setFaults(const QString &spec, QString *error)
{
    return postOk(QStringLiteral("/_sandbox/faults"), spec.toUtf8(), error);
}

bool SandboxFixture::clearFaults()
{
    return m_http.del(url(QStringLiteral("/_sandbox/faults"))).status == 200;
}

bool SandboxFixture::configure(const QJsonObject &settings, QString *error)
{
    return postOk(QStringLiteral("/_sandbox/config"),
        QJsonDocument(settings).toJson(QJsonDocument::Compact), error);
}

QJsonObject SandboxFixture::users(
    const QString &provider, const QStringList &ids, bool touchedOnly, const QString &query)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("provider"), provider);
    if (!ids.isEmpty())
        q.addQueryItem(QStringLiteral("ids"), ids.join(QLatin1Char(',')));
    if (touchedOnly)
        q.addQueryItem(QStringLiteral("touched"), QStringLiteral("1"));
    QString path = QStringLiteral("/_sandbox/users?") + q.toString(QUrl::FullyEncoded);
    if (!query.isEmpty())
        path += QLatin1Char('&') + query;
    return getJson(path);
}

QJsonObject SandboxFixture::user(const QString &provider, const QString &id)
{
    const QJsonArray list = users(provider, {id}).value(QStringLiteral("users")).toArray();
    return list.isEmpty() ? QJsonObject() : list.first().toObject();
}

QJsonObject SandboxFixture::stats()
{
    return getJson(QStringLiteral("/_sandbox/stats"));
}

QString SandboxFixture::changedOnceProblems(
    const QString &provider, const QStringList &ids, const QString &state)
{
    QStringList problems;
    const QJsonArray rows = users(provider, ids).value(QLatin1String("users")).toArray();
    if (rows.size() != ids.size())
        problems += QStringLiteral("%1 of %2 users found").arg(rows.size()).arg(ids.size());
    for (const QJsonValue &row : rows) {
        const QJsonObject u = row.toObject();
        if (u.value(QLatin1String("state")).toString() != state
            || u.value(QLatin1String("changeRequests")).toInt() != 1)
            problems += QString::fromUtf8(QJsonDocument(u).toJson(QJsonDocument::Compact));
    }
    const qsizetype touched =
        users(provider, {}, true).value(QLatin1String("users")).toArray().size();
    if (touched != ids.size())
        problems += QStringLiteral("%1 users touched, not %2").arg(touched).arg(ids.size());
    const int doubled = stats().value(QLatin1String("usersWithDuplicateChanges")).toInt();
    if (doubled != 0)
        problems += QStringLiteral("%1 users changed more than once").arg(doubled);
    return problems.join(QLatin1Char('\n'));
}

int SandboxFixture::expireTokens()
{
    const HttpResult r = m_http.post(url(QStringLiteral("/_sandbox/expire-tokens")), {});
    return r.status == 200 ? r.object().value(QStringLiteral("expired")).toInt() : -1;
}

bool SandboxFixture::resetCounters()
{
    return postOk(QStringLiteral("/_sandbox/reset-counters"), {});
}

bool SandboxFixture::reset()
{
    return postOk(QStringLiteral("/_sandbox/reset"), {});
}

} // namespace Gatehouse::Test
