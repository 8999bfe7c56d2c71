// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QObject>
#include <QTest>

#include "core/result.h"
#include "profiles/profile.h"

namespace Gatehouse::Test {

// Collects the result of one asynchronous call. Pass context() as the call's context: when
// the waiter goes away (a failed QVERIFY returns early), late callbacks are dropped.
template <typename T>
class Waiter
{
public:
    QObject *context() { return &m_context; }
    std::function<void(const Result<T> &)> callback()
    {
        return [this](const Result<T> &result) {
            m_result = result;
            ++m_calls;
        };
    }
    bool done() const { return m_result.has_value(); }
    // Runs the event loop until the callback came or timeoutMs passed.
    bool wait(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this]() { return done(); }, timeoutMs);
    }
    int calls() const { return m_calls; }
    const Result<T> &result() const { return *m_result; }

private:
    QObject m_context;
    std::optional<Result<T>> m_result;
    int m_calls = 0;
};

// A fresh 2048-bit RSA key as PKCS#1 PEM ("BEGIN RSA PRIVATE KEY"), as RSA's key files hold.
QByteArray generateRsaPkcs1Pem();
// The same key as PKCS#8 ("BEGIN PRIVATE KEY"), which key files do not use.
QByteArray generateRsaPkcs8Pem();
// An RSA admin API key file around the PEM, like the Cloud Administration Console's download.
QByteArray keyFileJson(const QByteArray &pem,
    const QString &adminRestApiUrl = QStringLiteral(
        "https://acme.access.securid.com/AdminInterface/restapi/v1"));

// Fully populated profiles, every field of their provider set to a non-default value.
Profile sailPointProfile(const QString &name = QStringLiteral("Acme SailPoint"));
Profile huaweiProfile(const QString &name = QStringLiteral("Acme Huawei"));
Profile rsaProfile(const QString &name = QStringLiteral("Acme RSA"));

} // namespace Gatehouse::Test
