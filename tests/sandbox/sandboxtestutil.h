// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shape checks shared by the sandbox's HTTP tests. Each QVERIFYs inside; call them through
// CHECK(...) so the test returns at the first failure.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "support/testhttp.h"

#define CHECK(call)                                                                                \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace Gatehouse::Test {

inline bool isLowerHex(const QString &text, int length)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
    return text.size() == length && hex.match(text).hasMatch();
}

inline bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(text).hasMatch();
}

inline bool isIsoUtc(const QString &text)
{
    static const QRegularExpression iso(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"));
    return iso.match(text).hasMatch();
}

// Every key in `keys` is present in `object`.
inline void verifyKeys(const QJsonObject &object, const QStringList &keys)
{
    for (const QString &key : keys)
        QVERIFY2(object.contains(key),
            qPrintable(
                QStringLiteral("missing key '%1' in %2")
                    .arg(key,
                        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)))));
}

// SailPoint's ErrorResponseDto (400/403/404/500).
inline void verifyErrorDto(
    const HttpResult &r, int status, const QString &detailCode, const QString &textContains = {})
{
    QCOMPARE(r.status, status);
    QVERIFY2(r.isJson(), r.body.constData());
    const QJsonObject o = r.object();
    QCOMPARE(o.value(QStringLiteral("detailCode")).toString(), detailCode);
    QVERIFY(isLowerHex(o.value(QStringLiteral("trackingId")).toString(), 32));
    const QJsonArray messages = o.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    const QJsonObject m = messages.first().toObject();
    QCOMPARE(m.value(QStringLiteral("locale")).toString(), QStringLiteral("en-US"));
    QCOMPARE(m.value(QStringLiteral("localeOrigin")).toString(), QStringLiteral("DEFAULT"));
    QVERIFY(!m.value(QStringLiteral("text")).toString().isEmpty());
    if (!textContains.isEmpty())
        QVERIFY2(m.value(QStringLiteral("text")).toString().contains(textContains),
            qPrintable(m.value(QStringLiteral("text")).toString()));
    QVERIFY(o.value(QStringLiteral("causes")).isArray());
}

// Huawei's {error_code, error_msg, request_id} with the same id in X-Request-Id.
inline void verifyHuaweiError(
    const HttpResult &r, int status, const QString &code, const QString &messageContains = {})
{
    QCOMPARE(r.status, status);
    QVERIFY2(r.isJson(), r.body.constData());
    const QJsonObject o = r.object();
    QCOMPARE(o.value(QStringLiteral("error_code")).toString(), code);
    QVERIFY(!o.value(QStringLiteral("error_msg")).toString().isEmpty());
    if (!messageContains.isEmpty())
        QVERIFY2(o.value(QStringLiteral("error_msg")).toString().contains(messageContains),
            qPrintable(o.value(QStringLiteral("error_msg")).toString()));
    const QString requestId = o.value(QStringLiteral("request_id")).toString();
    QVERIFY(isLowerHex(requestId, 32));
    QCOMPARE(QString::fromLatin1(r.header("X-Request-Id")), requestId);
    QCOMPARE(o.contains(QStringLiteral("encoded_authorization_message")), status == 403);
}

// RSA's {code, description}.
inline void verifyRsaError(
    const HttpResult &r, int status, const QString &code, const QString &descriptionContains = {})
{
    QCOMPARE(r.status, status);
    QVERIFY2(r.isJson(), r.body.constData());
    const QJsonObject o = r.object();
    QCOMPARE(o.value(QStringLiteral("code")).toString(), code);
    if (!descriptionContains.isEmpty())
        QVERIFY2(o.value(QStringLiteral("description")).toString().contains(descriptionContains),
            qPrintable(o.value(QStringLiteral("description")).toString()));
}

} // namespace Gatehouse::Test
