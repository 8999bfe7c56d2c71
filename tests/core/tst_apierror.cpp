// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/apierror.h"
#include "core/result.h"

using namespace Gatehouse;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void kindNamesRoundTrip_data();
    void kindNamesRoundTrip();
    void httpStatusMapsToKind_data();
    void httpStatusMapsToKind();
    void summaryNamesStatusCodeAndRequestId();
    void resultHoldsValueOrError();
};

void TestApiError::kindNamesRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    for (int k = int(ApiError::Kind::None); k <= int(ApiError::Kind::Cancelled); ++k)
        QTest::newRow(qPrintable(ApiError::kindName(ApiError::Kind(k)))) << k;
}

void TestApiError::kindNamesRoundTrip()
{
    QFETCH(int, kind);
    const auto k = ApiError::Kind(kind);
    QCOMPARE(ApiError::kindFromName(ApiError::kindName(k)), k);
    QVERIFY(!ApiError::kindTitle(k).isEmpty());
}

void TestApiError::httpStatusMapsToKind_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("400") << 400 << ApiError::Kind::BadRequest;
    QTest::newRow("401") << 401 << ApiError::Kind::Auth;
    QTest::newRow("403") << 403 << ApiError::Kind::Forbidden;
    QTest::newRow("404") << 404 << ApiError::Kind::NotFound;
    QTest::newRow("409") << 409 << ApiError::Kind::Conflict;
    QTest::newRow("415") << 415 << ApiError::Kind::BadRequest;
    QTest::newRow("429") << 429 << ApiError::Kind::RateLimited;
    QTest::newRow("500") << 500 << ApiError::Kind::Server;
    QTest::newRow("503") << 503 << ApiError::Kind::Server;
    QTest::newRow("200") << 200 << ApiError::Kind::Protocol;
}

void TestApiError::httpStatusMapsToKind()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    QCOMPARE(ApiError::kindForHttpStatus(status), kind);
}

void TestApiError::summaryNamesStatusCodeAndRequestId()
{
    ApiError error(ApiError::Kind::Forbidden, QStringLiteral("No permission for action"), 403);
    error.setProviderCode(QStringLiteral("IIC.1000")).setRequestId(QStringLiteral("0a1b2c"));
    const QString line = error.summary();
    QVERIFY2(line.contains(QLatin1String("403")), qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("IIC.1000")), qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("No permission for action")), qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("0a1b2c")), qPrintable(line));
    // The English line scripts and tests match on, built from translatable patterns.
    QCOMPARE(line,
        QStringLiteral(
            "Missing rights (HTTP 403, IIC.1000): No permission for action [request id 0a1b2c]"));
    // A '%' in a provider's message is taken as it is, not as a placeholder.
    QCOMPARE(ApiError(ApiError::Kind::Server, QStringLiteral("disk %1 at 100%")).summary(),
        QStringLiteral("Provider error: disk %1 at 100%"));
    QVERIFY(ApiError().summary().isEmpty());
}

void TestApiError::resultHoldsValueOrError()
{
    Result<int> good(42);
    QVERIFY(good.ok());
    QCOMPARE(good.value(), 42);
    QVERIFY(!good.error().isError());

    Result<int> bad(ApiError(ApiError::Kind::Timeout, QStringLiteral("slow")));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind(), ApiError::Kind::Timeout);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
