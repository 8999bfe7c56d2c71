// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "profiles/profile.h"
#include "profiletesthelpers.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

Q_DECLARE_METATYPE(Gatehouse::Profile)

namespace {

// "field:error" / "field:warning", sorted, so a table row can say exactly what it expects.
QStringList problemKeys(const QVector<ProfileProblem> &problems)
{
    QStringList keys;
    for (const ProfileProblem &p : problems) {
        keys.append(Profile::fieldName(p.field)
            + (p.isError() ? QStringLiteral(":error") : QStringLiteral(":warning")));
    }
    keys.sort();
    return keys;
}

Profile withUrl(Profile p, const QString &url)
{
    p.baseUrl = QUrl(url);
    return p;
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void createUsesProviderDefaults();
    void validate_data();
    void validate();
    void validateMessagesAreReadable();
    void huaweiHostDerivation();
    void huaweiRegionsMatchFactSheet();
    void rsaEndpointComesFromKeyFile();
    void secretNamesPerProvider();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonShapeIsStable();
    void fromJsonDefaults();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void rateLimitText_data();
    void rateLimitText();
    void displayFieldsNameEverything();
};

void TestProfile::createUsesProviderDefaults()
{
    const Profile sp = Profile::create(ProviderKind::SailPoint, QStringLiteral("  Prod  "));
    QVERIFY(!sp.id.isNull());
    QCOMPARE(sp.name, QStringLiteral("Prod"));
    QCOMPARE(sp.rateLimit, (RateLimit{100, 10}));
    QVERIFY(Profile::create(ProviderKind::Huawei).rateLimit.isValid());
    QVERIFY(Profile::create(ProviderKind::SecurId).rateLimit.isValid());
    QVERIFY(Profile::create(ProviderKind::SecurId).id != sp.id);
    QVERIFY(!sp.readOnly);
    QVERIFY(!sp.requireReason);
}

void TestProfile::validate_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QStringList>("expected");

    const Profile sp = sailPointProfile();
    const Profile hw = huaweiProfile();
    const Profile rsa = rsaProfile();
    const QStringList none;
    const auto one = [](const char *key) { return QStringList{QString::fromLatin1(key)}; };

    QTest::newRow("sailpoint valid") << sp << none;
    QTest::newRow("huawei valid") << hw << none;
    QTest::newRow("rsa valid") << rsa << none;

    Profile p = sp;
    p.name = QString();
    QTest::newRow("name empty") << p << one("name:error");
    p.name = QStringLiteral("   ");
    QTest::newRow("name blank") << p << one("name:error");
    p.name = QString(65, QLatin1Char('x'));
    QTest::newRow("name too long") << p << one("name:error");
    p.name = QStringLiteral("tab\there");
    QTest::newRow("name control char") << p << one("name:error");
    p.name = QStringLiteral("  Padded but fine  ");
    QTest::newRow("name padded") << p << none;

    QTest::newRow("url missing") << withUrl(sp, QString()) << one("baseUrl:error");
    QTest::newRow("url relative") << withUrl(sp, QStringLiteral("acme.api.identitynow.com"))
                                  << one("baseUrl:error");
    QTest::newRow("url ftp") << withUrl(sp, QStringLiteral("ftp://acme.example.com"))
                             << one("baseUrl:error");
    QTest::newRow("url http remote")
        << withUrl(sp, QStringLiteral("http://acme.example.com")) << one("baseUrl:error");
    QTest::newRow("url http 127.0.0.1")
        << withUrl(sp, QStringLiteral("http://127.0.0.1:8080")) << none;
    QTest::newRow("url http ::1") << withUrl(sp, QStringLiteral("http://[::1]:8080")) << none;
    QTest::newRow("url http localhost")
        << withUrl(sp, QStringLiteral("http://LocalHost:1")) << none;
    QTest::newRow("url http 127.0.0.2")
        << withUrl(sp, QStringLiteral("http://127.0.0.2")) << one("baseUrl:error");
    QTest::newRow("url http localhost.evil")
        << withUrl(sp, QStringLiteral("http://localhost.evil.com")) << one("baseUrl:error");
    QTest::newRow("url credentials")
        << withUrl(sp, QStringLiteral("https://user:pw@acme.api.identitynow.com"))
        << one("baseUrl:error");
    QTest::newRow("url query") << withUrl(sp, QStringLiteral("https://acme.example.com/?x=1"))
                               << one("baseUrl:error");
    QTest::newRow("url with /v3") << withUrl(
        sp, QStringLiteral("https://acme.api.identitynow.com/v3"))
                                  << one("baseUrl:warning");
    QTest::newRow("url ui host") << withUrl(sp, QStringLiteral("https://acme.identitynow.com"))
                                 << one("baseUrl:warning");

    p = sp;
    p.clientId = QString();
    QTest::newRow("client id empty") << p << one("clientId:error");
    p.clientId = QStringLiteral("0123456789abcdef");
    QTest::newRow("client id legacy 16") << p << one("clientId:warning");
    p.clientId = QStringLiteral("abc-def");
    QTest::newRow("client id odd dashes") << p << one("clientId:warning");
    p.clientId = QStringLiteral("b61429f5-203d-494c-94c3-04f54e17bc5c ");
    QTest::newRow("client id space") << p << one("clientId:error");

    p = sp;
    p.rateLimit = {200, 10};
    QTest::newRow("sailpoint above documented limit") << p << one("rateLimit:warning");
    p.rateLimit = {10, 1};
    QTest::newRow("sailpoint same rate, other window") << p << none;
    p.rateLimit = {0, 10};
    QTest::newRow("rate zero requests") << p << one("rateLimit:error");
    p.rateLimit = {10, 0};
    QTest::newRow("rate zero window") << p << one("rateLimit:error");
    p.rateLimit = {-1, 10};
    QTest::newRow("rate negative") << p << one("rateLimit:error");

    p = hw;
    p.region = QString();
    QTest::newRow("huawei no region no url") << p << one("region:error");
    p.region = QStringLiteral("xx-east-9");
    QTest::newRow("huawei unknown region") << p << one("region:error");
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:4567"));
    QTest::newRow("huawei unknown region, explicit url") << p << none;
    p.region = QString();
    QTest::newRow("huawei no region, explicit url") << p << none;
    p.baseUrl = QUrl(QStringLiteral("http://identitystore.example.com"));
    QTest::newRow("huawei explicit http remote") << p << one("baseUrl:error");
    p = hw;
    p.region = QStringLiteral("AP-SOUTHEAST-1");
    QTest::newRow("huawei region any case") << p << none;

    p = hw;
    p.identityStoreId = QStringLiteral("d-123456789");
    QTest::newRow("store id 11 chars") << p << one("identityStoreId:error");
    p.identityStoreId = QStringLiteral("d-12345678901");
    QTest::newRow("store id 13 chars") << p << one("identityStoreId:error");
    p.identityStoreId = QString();
    QTest::newRow("store id empty") << p << one("identityStoreId:error");
    p.identityStoreId = QStringLiteral("d-12345 7890");
    QTest::newRow("store id with space") << p << one("identityStoreId:error");
    p = hw;
    p.accessKey = QString();
    QTest::newRow("ak empty") << p << one("accessKey:error");
    p.accessKey = QStringLiteral("AK WITH SPACE");
    QTest::newRow("ak space") << p << one("accessKey:error");

    p = rsa;
    p.rsaKey = RsaKeyInfo();
    QTest::newRow("rsa no key file") << p << one("keyFile:error");
    p = rsa;
    p.rsaKey.adminRestApiUrl = QStringLiteral("http://acme.access.securid.com/AdminInterface");
    QTest::newRow("rsa key url http remote") << p << one("keyFile:error");
    p.rsaKey.adminRestApiUrl = QStringLiteral("http://127.0.0.1:9000/AdminInterface/restapi/v1");
    QTest::newRow("rsa key url loopback") << p << none;
    p = withUrl(rsa, QStringLiteral("http://acme.example.com"));
    QTest::newRow("rsa explicit url http remote") << p << one("baseUrl:error");

    p = sp;
    p.caBundlePath = QStringLiteral("/nonexistent/ca.pem");
    QTest::newRow("ca bundle missing") << p << one("caBundle:error");
    p.caBundlePath = QCoreApplication::applicationFilePath();
    QTest::newRow("ca bundle readable") << p << none;

    p = sp;
    p.name = QString();
    p.clientId = QString();
    p.baseUrl = QUrl();
    QTest::newRow("several at once")
        << p
        << QStringList{QStringLiteral("baseUrl:error"), QStringLiteral("clientId:error"),
               QStringLiteral("name:error")};

    // Fields of other providers are ignored.
    p = sp;
    p.identityStoreId = QStringLiteral("short");
    p.region = QStringLiteral("nowhere");
    QTest::newRow("foreign fields ignored") << p << none;
}

void TestProfile::validate()
{
    QFETCH(Profile, profile);
    QFETCH(QStringList, expected);
    const QVector<ProfileProblem> problems = profile.validate();
    QCOMPARE(problemKeys(problems), expected);
    QCOMPARE(hasErrors(problems), expected.join(QLatin1Char(' ')).contains(QLatin1String("error")));
    for (const ProfileProblem &problem : problems)
        QVERIFY2(!problem.message.isEmpty(), qPrintable(Profile::fieldName(problem.field)));
}

void TestProfile::validateMessagesAreReadable()
{
    Profile p = huaweiProfile();
    p.identityStoreId = QStringLiteral("abc");
    p.region = QStringLiteral("xx-east-9");
    const QVector<ProfileProblem> problems = p.validate();
    const QString text = describeProblems(problems);
    QVERIFY2(text.contains(QLatin1String("12")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("has 3")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("xx-east-9")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("ap-southeast-1")), qPrintable(text));
    QVERIFY2(text.startsWith(QLatin1String("error: ")), qPrintable(text));

    p = sailPointProfile();
    p.clientId = QStringLiteral("0123456789abcdef");
    QVERIFY(describeProblems(p.validate()).startsWith(QLatin1String("warning: Client id: ")));
}

void TestProfile::huaweiHostDerivation()
{
    Profile p = huaweiProfile();
    QCOMPARE(p.effectiveBaseUrl(),
        QUrl(QStringLiteral("https://identitystore.ap-southeast-3.myhuaweicloud.com")));
    p.region = QStringLiteral("CN-North-4");
    QCOMPARE(p.effectiveBaseUrl().toString(),
        QStringLiteral("https://identitystore.cn-north-4.myhuaweicloud.com"));
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:38211"));
    QCOMPARE(p.effectiveBaseUrl(), p.baseUrl);
    p.baseUrl = QUrl();
    p.region = QString();
    QVERIFY(p.effectiveBaseUrl().isEmpty());

    // SailPoint has no derivation: the URL is the tenant's.
    Profile sp = sailPointProfile();
    sp.baseUrl = QUrl();
    QVERIFY(sp.effectiveBaseUrl().isEmpty());
}

void TestProfile::huaweiRegionsMatchFactSheet()
{
    const QStringList regions = Profile::huaweiRegions();
    QCOMPARE(regions.size(), 17);
    for (const char *region :
        {"cn-east-3", "cn-north-4", "cn-south-1", "cn-south-4", "cn-southwest-2", "ap-southeast-1",
            "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "af-south-1",
            "af-north-1", "la-south-2", "la-north-2", "sa-brazil-1", "me-east-1", "tr-west-1"}) {
        QVERIFY2(regions.contains(QLatin1String(region)), region);
    }
}

void TestProfile::rsaEndpointComesFromKeyFile()
{
    Profile p = rsaProfile();
    QCOMPARE(p.effectiveBaseUrl().toString(), QStringLiteral("https://acme.access.securid.com"));
    p.rsaKey.adminRestApiUrl = QStringLiteral("http://127.0.0.1:4000/AdminInterface/restapi/v1");
    QCOMPARE(p.effectiveBaseUrl().toString(), QStringLiteral("http://127.0.0.1:4000"));
    p.baseUrl = QUrl(QStringLiteral("https://proxy.example.com/rsa"));
    QCOMPARE(p.effectiveBaseUrl(), p.baseUrl);
    // The audience stays verbatim whatever the request base is.
    QCOMPARE(p.rsaKey.adminRestApiUrl,
        QStringLiteral("http://127.0.0.1:4000/AdminInterface/restapi/v1"));
}

void TestProfile::secretNamesPerProvider()
{
    QCOMPARE(sailPointProfile().secretNames(), QStringList{QStringLiteral("clientSecret")});
    Profile hw = huaweiProfile();
    hw.temporaryCredentials = false;
    QCOMPARE(hw.secretNames(), QStringList{QStringLiteral("secretKey")});
    hw.temporaryCredentials = true;
    QCOMPARE(hw.secretNames(),
        (QStringList{QStringLiteral("secretKey"), QStringLiteral("securityToken")}));
    QCOMPARE(rsaProfile().secretNames(), QStringList{QStringLiteral("keyFile")});

    QCOMPARE(Profile::primarySecretName(ProviderKind::SailPoint), QStringLiteral("clientSecret"));
    QCOMPARE(Profile::primarySecretName(ProviderKind::Huawei), QStringLiteral("secretKey"));
    QCOMPARE(Profile::primarySecretName(ProviderKind::SecurId), QStringLiteral("keyFile"));
    QCOMPARE(Profile::allSecretNames().size(), 4);
    for (const QString &name : Profile::allSecretNames())
        QVERIFY(Profile::secretLabel(name) != name);
}

void TestProfile::jsonRoundTrip_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::newRow("sailpoint") << sailPointProfile();
    QTest::newRow("huawei") << huaweiProfile();
    Profile hw = huaweiProfile(QStringLiteral("Sandbox Huawei"));
    hw.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:41234"));
    hw.temporaryCredentials = false;
    QTest::newRow("huawei explicit url") << hw;
    QTest::newRow("rsa") << rsaProfile();
    Profile rsa = rsaProfile(QStringLiteral("RSA via proxy"));
    rsa.baseUrl = QUrl(QStringLiteral("https://proxy.example.com/rsa"));
    rsa.caBundlePath = QStringLiteral("/etc/ssl/corp-ca.pem");
    QTest::newRow("rsa explicit url and ca") << rsa;
}

void TestProfile::jsonRoundTrip()
{
    QFETCH(Profile, profile);
    const QByteArray text = QJsonDocument(profile.toJson()).toJson();
    const Result<Profile> back = Profile::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back.ok(), qPrintable(back.error().message()));
    QCOMPARE(back.value(), profile);
}

void TestProfile::jsonShapeIsStable()
{
    const auto keys = [](const Profile &p) {
        QStringList k = p.toJson().keys();
        k.sort();
        return k.join(QLatin1Char(','));
    };
    const QString common = QStringLiteral(
        "baseUrl,caBundle,id,name,provider,rateLimit,readOnly,requireReason,secrets");
    const auto with = [&common](const QString &extra) {
        QStringList k = QString(common + QLatin1Char(',') + extra).split(QLatin1Char(','));
        k.sort();
        return k.join(QLatin1Char(','));
    };
    QCOMPARE(keys(sailPointProfile()), with(QStringLiteral("clientId")));
    QCOMPARE(keys(huaweiProfile()),
        with(QStringLiteral("region,identityStoreId,accessKey,temporaryCredentials")));
    QCOMPARE(keys(rsaProfile()), with(QStringLiteral("keyFile")));

    const QJsonObject rsa = rsaProfile().toJson();
    QCOMPARE(rsa.value(QLatin1String("provider")).toString(), QStringLiteral("rsa"));
    QCOMPARE(rsa.value(QLatin1String("keyFile")).toObject().keys(),
        (QStringList{QStringLiteral("accessId"), QStringLiteral("adminRestApiUrl"),
            QStringLiteral("customerName"), QStringLiteral("description")}));
    QCOMPARE(rsa.value(QLatin1String("secrets")).toArray(), QJsonArray{QStringLiteral("keyFile")});
    const QJsonObject limit =
        sailPointProfile().toJson().value(QLatin1String("rateLimit")).toObject();
    QCOMPARE(limit.value(QLatin1String("requests")).toInt(), 80);
    QCOMPARE(limit.value(QLatin1String("windowSeconds")).toInt(), 10);
}

void TestProfile::fromJsonDefaults()
{
    const Result<Profile> p = Profile::fromJson(QJsonObject{
        {QStringLiteral("provider"), QStringLiteral("huawei")},
        {QStringLiteral("name"), QStringLiteral("  Minimal ")},
    });
    QVERIFY(p.ok());
    QVERIFY(!p->id.isNull());
    QCOMPARE(p->name, QStringLiteral("Minimal"));
    QCOMPARE(p->provider, ProviderKind::Huawei);
    QCOMPARE(p->rateLimit, RateLimit::defaultFor(ProviderKind::Huawei));
    QVERIFY(p->baseUrl.isEmpty());
    QVERIFY(!p->readOnly);

    // "securid" is accepted as another name for rsa.
    const Result<Profile> rsa =
        Profile::fromJson(QJsonObject{{QStringLiteral("provider"), QStringLiteral("securid")}});
    QVERIFY(rsa.ok());
    QCOMPARE(rsa->provider, ProviderKind::SecurId);
}

void TestProfile::fromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no provider") << QByteArray(R"({"name":"x"})") << QStringLiteral("provider");
    QTest::newRow("unknown provider")
        << QByteArray(R"({"provider":"okta"})") << QStringLiteral("okta");
    QTest::newRow("provider not string")
        << QByteArray(R"({"provider":3})") << QStringLiteral("\"provider\" must be a string");
    QTest::newRow("readOnly not bool") << QByteArray(R"({"provider":"rsa","readOnly":"yes"})")
                                       << QStringLiteral("\"readOnly\" must be true or false");
    QTest::newRow("rate not number")
        << QByteArray(R"({"provider":"sailpoint","rateLimit":{"requests":"100"}})")
        << QStringLiteral("\"rateLimit.requests\" must be a whole number");
    QTest::newRow("rate fraction")
        << QByteArray(R"({"provider":"sailpoint","rateLimit":{"windowSeconds":2.5}})")
        << QStringLiteral("\"rateLimit.windowSeconds\" must be a whole number");
    QTest::newRow("rate not object")
        << QByteArray(R"({"provider":"sailpoint","rateLimit":"100/10"})")
        << QStringLiteral("\"rateLimit\" must be an object");
    QTest::newRow("key file field") << QByteArray(R"({"provider":"rsa","keyFile":{"accessId":7}})")
                                    << QStringLiteral("\"keyFile.accessId\" must be a string");
}

void TestProfile::fromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const Result<Profile> p = Profile::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!p.ok());
    QCOMPARE(p.error().kind(), ApiError::Kind::Config);
    QVERIFY2(p.error().message().contains(mentions), qPrintable(p.error().message()));
}

void TestProfile::rateLimitText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("window");
    QTest::newRow("plain") << QStringLiteral("100/10") << true << 100 << 10;
    QTest::newRow("spaces") << QStringLiteral(" 5 / 1 ") << true << 5 << 1;
    QTest::newRow("zero") << QStringLiteral("0/10") << false << 0 << 0;
    QTest::newRow("no window") << QStringLiteral("100") << false << 0 << 0;
    QTest::newRow("words") << QStringLiteral("many/often") << false << 0 << 0;
    QTest::newRow("three parts") << QStringLiteral("1/2/3") << false << 0 << 0;
}

void TestProfile::rateLimitText()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, requests);
    QFETCH(int, window);
    const std::optional<RateLimit> limit = RateLimit::fromString(text);
    QCOMPARE(limit.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(limit->requests, requests);
    QCOMPARE(limit->windowSeconds, window);
    QCOMPARE(RateLimit::fromString(limit->toString()), limit);
}

void TestProfile::displayFieldsNameEverything()
{
    const auto keysOf = [](const Profile &p) {
        QStringList keys;
        for (const Profile::DisplayField &f : p.displayFields())
            keys.append(f.key);
        return keys;
    };
    const QStringList hw = keysOf(huaweiProfile());
    for (const char *key : {"name", "provider", "endpoint", "region", "identityStoreId",
             "accessKey", "temporaryCredentials", "rateLimit", "readOnly", "requireReason",
             "caBundle", "secrets", "id"})
        QVERIFY2(hw.contains(QLatin1String(key)), key);
    QVERIFY(!hw.contains(QLatin1String("clientId")));

    const QVector<Profile::DisplayField> fields = huaweiProfile().displayFields();
    for (const Profile::DisplayField &f : fields) {
        QVERIFY2(!f.label.isEmpty(), qPrintable(f.key));
        if (f.key == QLatin1String("endpoint"))
            QCOMPARE(
                f.value, QStringLiteral("https://identitystore.ap-southeast-3.myhuaweicloud.com"));
        if (f.key == QLatin1String("rateLimit"))
            QCOMPARE(f.value, QStringLiteral("5 requests per 2 s"));
        if (f.key == QLatin1String("secrets"))
            QCOMPARE(f.value, QStringLiteral("Secret access key (SK), Security token"));
    }
    QVERIFY(keysOf(rsaProfile()).contains(QLatin1String("keyFile.accessId")));
    QVERIFY(keysOf(sailPointProfile()).contains(QLatin1String("clientId")));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
