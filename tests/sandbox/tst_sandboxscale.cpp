// SPDX-License-Identifier: GPL-3.0-or-later
// A sandbox with 1,000,000 users: starts in seconds with little memory, pages to the very
// end, and filters, sorts and looks up correctly at that size (ids decode directly; logins
// are indexed on first use).
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

#include "sandboxclients.h"
#include "sandboxtestutil.h"
#include "support/sandboxfixture.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

namespace {

constexpr int million = 1000000;

// Resident set size in MB (Linux), or -1.
qint64 residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

QString enc(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

SandboxOptions fixtureOptions()
{
    SandboxOptions o;
    o.users = million;
    o.seed = 1;
    return o;
}

} // namespace

class TestSandboxScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesToTheEnd();
    void idFiltersUseNoScan();
    void prefixFilterAndSortOverAMillion();
    void huaweiAndRsaLookups();
    void introspectionPages();

private:
    HttpResult sailpoint(const QString &pathAndQuery);
    QJsonObject userAt(const QString &provider, int index);

    SandboxFixture m_sandbox{fixtureOptions()};
    TestHttp m_http{60000};
    QByteArray m_token;
};

void TestSandboxScale::initTestCase()
{
    const qint64 before = residentMb();
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    const qint64 startMs = clock.elapsed();
    const qint64 after = residentMb();
    qInfo("1,000,000 users: started in %lld ms, RSS %lld -> %lld MB", startMs, before, after);
    QVERIFY2(startMs < 30000, qPrintable(QString::number(startMs)));
    if (before >= 0)
        QVERIFY2(after - before < 300, qPrintable(QString::number(after - before)));
    const QJsonObject s = m_sandbox.info().value(QStringLiteral("sailpoint")).toObject();
    m_token = sailpointToken(m_http, m_sandbox.baseUrl(),
        s.value(QStringLiteral("clientId")).toString().toLatin1(),
        s.value(QStringLiteral("clientSecret")).toString().toLatin1());
    QVERIFY(!m_token.isEmpty());
}

HttpResult TestSandboxScale::sailpoint(const QString &pathAndQuery)
{
    return m_http.get(m_sandbox.url(pathAndQuery), bearer(m_token));
}

QJsonObject TestSandboxScale::userAt(const QString &provider, int index)
{
    return m_sandbox.users(provider, {}, false, QStringLiteral("offset=%1&limit=1").arg(index))
        .value(QStringLiteral("users"))
        .toArray()
        .first()
        .toObject();
}

void TestSandboxScale::pagesToTheEnd()
{
    HttpResult r = sailpoint(QStringLiteral("/v3/accounts?count=true&limit=250&offset=999750"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("X-Total-Count"), QByteArray("1000000"));
    const QJsonArray last = r.array();
    QCOMPARE(last.size(), 250);
    QCOMPARE(last.last().toObject().value(QStringLiteral("id")).toString(),
        userAt(QStringLiteral("sailpoint"), million - 1).value(QStringLiteral("id")).toString());
    r = sailpoint(QStringLiteral("/v3/accounts?offset=999999"));
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(sailpoint(QStringLiteral("/v3/accounts?offset=1000000")).array().size(), 0);
    // The last account is readable by id.
    const QString id = last.last().toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(sailpoint(QStringLiteral("/v3/accounts/") + id).object(), last.last().toObject());
}

void TestSandboxScale::idFiltersUseNoScan()
{
    const QJsonObject a = userAt(QStringLiteral("sailpoint"), 12);
    const QJsonObject b = userAt(QStringLiteral("sailpoint"), 543210);
    const QJsonObject c = userAt(QStringLiteral("sailpoint"), 999998);
    const QString filter =
        QStringLiteral("id in (\"%1\",\"%2\",\"%3\") or name eq \"%4\"")
            .arg(c.value(QStringLiteral("id")).toString(), a.value(QStringLiteral("id")).toString(),
                QStringLiteral("0123456789abcdef0123456789abcdef"),
                b.value(QStringLiteral("login")).toString());
    QElapsedTimer clock;
    clock.start();
    const HttpResult r =
        sailpoint(QStringLiteral("/v3/accounts?count=true&filters=") + enc(filter));
    qInfo("id/name filter over 1,000,000: %lld ms", clock.elapsed());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("X-Total-Count"), QByteArray("3"));
    QStringList names;
    for (const QJsonValue &v : r.array())
        names.append(v.toObject().value(QStringLiteral("name")).toString());
    QCOMPARE(names,
        (QStringList{a.value(QStringLiteral("login")).toString(),
            b.value(QStringLiteral("login")).toString(),
            c.value(QStringLiteral("login")).toString()}));
}

void TestSandboxScale::prefixFilterAndSortOverAMillion()
{
    QElapsedTimer clock;
    clock.start();
    const HttpResult r =
        sailpoint(QStringLiteral("/v3/accounts?count=true&limit=250&sorters=-name&filters=")
            + enc(QStringLiteral("name sw \"zhang.wei\"")));
    qInfo("prefix filter + sort over 1,000,000: %lld ms", clock.elapsed());
    QCOMPARE(r.status, 200);
    const int total = r.header("X-Total-Count").toInt();
    QVERIFY2(total > 100 && total < 20000, qPrintable(QString::number(total)));
    const QJsonArray page = r.array();
    QCOMPARE(page.size(), qMin(250, total));
    QString previous;
    for (const QJsonValue &v : page) {
        const QString name = v.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(name.startsWith(QLatin1String("zhang.wei")));
        if (!previous.isEmpty())
            QVERIFY2(previous > name, qPrintable(previous + QLatin1Char(' ') + name));
        previous = name;
    }
    // The same query again comes from the cache.
    clock.restart();
    const HttpResult again = sailpoint(
        QStringLiteral("/v3/accounts?count=true&limit=250&offset=250&sorters=-name&filters=")
        + enc(QStringLiteral("name sw \"zhang.wei\"")));
    qInfo("the next page of it: %lld ms", clock.elapsed());
    QCOMPARE(again.header("X-Total-Count").toInt(), total);
}

void TestSandboxScale::huaweiAndRsaLookups()
{
    const QJsonObject huawei = m_sandbox.info().value(QStringLiteral("huawei")).toObject();
    HuaweiCredentials credentials{huawei.value(QStringLiteral("accessKey")).toString().toLatin1(),
        huawei.value(QStringLiteral("secretKey")).toString().toLatin1(), {}};
    const QJsonObject late = userAt(QStringLiteral("huawei"), 876543);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("user_name"), late.value(QStringLiteral("login")).toString());
    const QUrl url =
        m_sandbox.url(QStringLiteral("/v1/identity-stores/%1/users?%2")
                          .arg(huawei.value(QStringLiteral("identityStoreId")).toString(),
                              q.toString(QUrl::FullyEncoded)));
    const HttpResult r = m_http.send("GET", url, {}, huaweiSign("GET", url, {}, credentials));
    QCOMPARE(r.status, 200);
    const QJsonArray users = r.object().value(QStringLiteral("users")).toArray();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().toObject().value(QStringLiteral("user_id")).toString(),
        late.value(QStringLiteral("id")).toString());

    RsaKeyFile key;
    QString error;
    QVERIFY(key.load(m_sandbox.host().keyFilePath(), &error));
    const QJsonObject rsaUser = userAt(QStringLiteral("rsa"), 999999);
    const HttpResult found =
        m_http.post(m_sandbox.url(QStringLiteral("/AdminInterface/restapi/v1/users/lookup")),
            QJsonDocument(
                QJsonObject{{QStringLiteral("email"), rsaUser.value(QStringLiteral("email"))}})
                .toJson(),
            {{"Authorization", "Bearer " + rsaJwt(key.privateKeyPem, rsaClaims(key))},
                {"Content-Type", "application/json"}});
    QCOMPARE(found.status, 200);
    QCOMPARE(found.object().value(QStringLiteral("id")).toString(),
        rsaUser.value(QStringLiteral("id")).toString());
}

void TestSandboxScale::introspectionPages()
{
    const QJsonArray page =
        m_sandbox
            .users(QStringLiteral("sailpoint"), {}, false, QStringLiteral("offset=999990&limit=20"))
            .value(QStringLiteral("users"))
            .toArray();
    QCOMPARE(page.size(), 10);
    QCOMPARE(page.last().toObject().value(QStringLiteral("index")).toInt(), million - 1);
}

QTEST_GUILESS_MAIN(TestSandboxScale)
#include "tst_sandboxscale.moc"
