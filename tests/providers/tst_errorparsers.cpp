// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "providers/huawei/huaweiwire.h"
#include "providers/sailpoint/sailpointwire.h"
#include "providers/securid/securidwire.h"

using namespace Gatehouse;

namespace {

ApiResult answer(int status, const QByteArray &body,
    const QByteArray &contentType = "application/json", const HeaderList &extra = {})
{
    ApiResult result;
    result.httpStatus = status;
    result.body = body;
    if (!contentType.isEmpty())
        result.headers.append({"content-type", contentType});
    result.headers += extra;
    return result;
}

} // namespace

// Each provider's own error shapes (fact sheets) and the bodies no provider should send.
class TestErrorParsers : public QObject
{
    Q_OBJECT

private slots:
    void sailPointErrorResponseDto();
    void sailPointUnauthorizedAndRateLimitShapes();
    void huaweiErrorWithRequestIdAndAuthorizationMessage();
    void huaweiFallsBackToCodeMessageAndHeader();
    void huaweiSecurityTokenIsNeverEchoed();
    void huaweiGatewayThrottlingIsRateLimited();
    void securIdCodeDescriptionAndSpringShapes();
    void securIdConflictExplainsTheCause();
    void badBodiesAreProtocolErrors_data();
    void badBodiesAreProtocolErrors();
    void statusKindSurvivesAnHtmlBody();
};

void TestErrorParsers::sailPointErrorResponseDto()
{
    const ApiError error = SailPointWire::parseError(answer(
        403, R"({"detailCode":"403 Forbidden","trackingId":"b21b1f7ce4da4d639f2c62a57171b427",
                 "messages":[{"locale":"en-US","localeOrigin":"DEFAULT","text":"The server understood the request but refuses to authorize it."}],
                 "causes":[{"locale":null,"localeOrigin":null,"text":"missing scope"}]})"));
    QCOMPARE(error.kind(), ApiError::Kind::Forbidden);
    QCOMPARE(error.httpStatus(), 403);
    QCOMPARE(error.providerCode(), QStringLiteral("403 Forbidden"));
    QCOMPARE(error.requestId(), QStringLiteral("b21b1f7ce4da4d639f2c62a57171b427"));
    QVERIFY(error.message().contains(QLatin1String("refuses to authorize")));
    QVERIFY(error.message().contains(QLatin1String("missing scope")));
    QVERIFY(error.summary().contains(QLatin1String("b21b1f7ce4da4d639f2c62a57171b427")));
}

void TestErrorParsers::sailPointUnauthorizedAndRateLimitShapes()
{
    const ApiError expired = SailPointWire::parseError(
        answer(401, R"({"error":"JWT validation failed: JWT is expired"})"));
    QCOMPARE(expired.kind(), ApiError::Kind::Auth);
    QVERIFY(expired.message().contains(QLatin1String("expired")));

    const ApiError limited = SailPointWire::parseError(answer(
        429, R"({"message":" Rate Limit Exceeded "})", "application/json", {{"retry-after", "7"}}));
    QCOMPARE(limited.kind(), ApiError::Kind::RateLimited);
    QCOMPARE(limited.message(), QStringLiteral("Rate Limit Exceeded"));

    const ApiError oauth = SailPointWire::parseError(
        answer(401, R"({"error":"invalid_client","error_description":"Bad credentials"})"));
    QCOMPARE(oauth.providerCode(), QStringLiteral("invalid_client"));
    QCOMPARE(oauth.message(), QStringLiteral("Bad credentials"));

    const ApiError bare = SailPointWire::parseError(answer(404, QByteArray(), QByteArray()));
    QCOMPARE(bare.kind(), ApiError::Kind::NotFound);
}

void TestErrorParsers::huaweiErrorWithRequestIdAndAuthorizationMessage()
{
    const ApiError error = HuaweiWire::parseError(answer(403,
        R"({"error_code":"IIC.1000","error_msg":"No permission for action IdentityCenter:user:disableUser",
                 "request_id":"0a1b2c3d4e5f","encoded_authorization_message":"ZW5jb2RlZA=="})"));
    QCOMPARE(error.kind(), ApiError::Kind::Forbidden);
    QCOMPARE(error.providerCode(), QStringLiteral("IIC.1000"));
    QCOMPARE(error.requestId(), QStringLiteral("0a1b2c3d4e5f"));
    QVERIFY(error.details().contains(QLatin1String("ZW5jb2RlZA==")));
}

void TestErrorParsers::huaweiFallsBackToCodeMessageAndHeader()
{
    const ApiError error = HuaweiWire::parseError(
        answer(409, R"({"code":"IIC.1006","message":"Concurrency conflicts. Try again later."})",
            "application/json", {{"x-request-id", "hdr-42"}}));
    QCOMPARE(error.kind(), ApiError::Kind::Conflict);
    QCOMPARE(error.providerCode(), QStringLiteral("IIC.1006"));
    QCOMPARE(error.requestId(), QStringLiteral("hdr-42"));
}

void TestErrorParsers::huaweiSecurityTokenIsNeverEchoed()
{
    const ApiError error = HuaweiWire::parseError(answer(401,
        R"({"error_code":"APIGW.0303","error_msg":"verify signature fail, canonicalRequest: GET|/v1/x/||host:h|x-security-token:SECRET-STS-TOKEN||host;x-security-token|e3b0","request_id":"r"})"));
    QVERIFY(!error.message().contains(QLatin1String("SECRET-STS-TOKEN")));
    QVERIFY(error.message().contains(QLatin1String("x-security-token:******|")));
}

void TestErrorParsers::huaweiGatewayThrottlingIsRateLimited()
{
    const ApiError error = HuaweiWire::parseError(answer(429,
        R"({"error_code":"APIGW.0308","error_msg":"The throttling threshold has been reached","request_id":"r1"})"));
    QCOMPARE(error.kind(), ApiError::Kind::RateLimited);
    QCOMPARE(error.requestId(), QStringLiteral("r1"));
}

void TestErrorParsers::securIdCodeDescriptionAndSpringShapes()
{
    const ApiError notFound = SecurIdWire::parseError(
        answer(404, R"({"code":"404 NOT_FOUND","description":"User a@b.c not found"})"));
    QCOMPARE(notFound.kind(), ApiError::Kind::NotFound);
    QCOMPARE(notFound.providerCode(), QStringLiteral("404 NOT_FOUND"));
    QCOMPARE(notFound.message(), QStringLiteral("User a@b.c not found"));

    const ApiError spring = SecurIdWire::parseError(
        answer(403, R"({"timestamp":1749938869908,"status":403,"error":"Forbidden",
                 "message":"Server failed to process provided access token",
                 "path":"/AdminInterface/restapi/v1/users/x/userStatus"})"));
    QCOMPARE(spring.kind(), ApiError::Kind::Forbidden);
    QCOMPARE(spring.message(), QStringLiteral("Server failed to process provided access token"));
    QVERIFY(spring.details().contains(QLatin1String("/AdminInterface/restapi/v1/users/x")));
    QVERIFY(spring.details().contains(QLatin1String("2025-06-14")));
}

void TestErrorParsers::securIdConflictExplainsTheCause()
{
    const ApiError error = SecurIdWire::parseError(
        answer(409, R"({"code":"409 CONFLICT","description":"User is pending deletion"})"));
    QCOMPARE(error.kind(), ApiError::Kind::Conflict);
    QVERIFY(error.message().contains(QLatin1String("pending deletion")));
    QVERIFY(error.message().contains(QLatin1String("identity source")));
}

void TestErrorParsers::badBodiesAreProtocolErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("html page") << QByteArray("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1>"
                                             "</body></html>")
                               << QByteArray("text/html") << QStringLiteral("HTML");
    QTest::newRow("truncated json") << QByteArray(R"({"detailCode":"500.0 Internal Fa)")
                                    << QByteArray("application/json") << QStringLiteral("cut off");
    QTest::newRow("wrong type") << QByteArray(R"({"detailCode":"x"})") << QByteArray("text/plain")
                                << QStringLiteral("text/plain");
}

void TestErrorParsers::badBodiesAreProtocolErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, mentions);
    for (const auto &parse :
        {&SailPointWire::parseError, &HuaweiWire::parseError, &SecurIdWire::parseError}) {
        const ApiError error = parse(answer(502, body, contentType));
        QCOMPARE(error.kind(), ApiError::Kind::Protocol);
        QCOMPARE(error.httpStatus(), 502);
        QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
    }
}

void TestErrorParsers::statusKindSurvivesAnHtmlBody()
{
    // A proxy's HTML 403 still means missing rights.
    const ApiError error =
        SailPointWire::parseError(answer(403, "<html><body>Forbidden</body></html>", "text/html"));
    QCOMPARE(error.kind(), ApiError::Kind::Forbidden);
    QVERIFY(error.message().contains(QLatin1String("HTML")));
}

QTEST_GUILESS_MAIN(TestErrorParsers)
#include "tst_errorparsers.moc"
