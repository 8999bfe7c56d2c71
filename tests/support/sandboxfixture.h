// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "sandbox/sandboxhost.h"
#include "support/testhttp.h"

namespace Gatehouse::Test {

// An in-process sandbox for one test class, plus blocking calls to its /_sandbox/ control
// endpoints. Typical use:
//
//   class TestThing : public QObject {
//       SandboxFixture m_sandbox{[] { SandboxOptions o; o.users = 500; return o; }()};
//   private slots:
//       void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }
//       void init() { QVERIFY(m_sandbox.reset()); }   // fresh state per test
//       void disableIsCountedOnce() {
//           ...drive the real client against m_sandbox.baseUrl()...
//           QCOMPARE(m_sandbox.user("sailpoint", id).value("changeRequests").toInt(), 1);
//       }
//   };
//
// Credentials for profiles: info() (the same JSON as `gatehouse-cli sandbox serve` prints),
// extendedInfo() for the extra ones (second/read-only SailPoint clients, Huawei temporary
// and read-only keys). Provider names are "sailpoint", "huawei", "rsa".
class SandboxFixture
{
public:
    explicit SandboxFixture(const SandboxOptions &options = {});
    ~SandboxFixture();

    // Starts the sandbox (blocking); false with errorString() on failure.
    bool start();
    void stop();
    QString errorString() const { return m_error; }

    SandboxHost &host() { return m_host; }
    QUrl baseUrl() const { return m_host.baseUrl(); }
    QUrl url(const QString &pathAndQuery) const { return m_host.url(pathAndQuery); }
    QJsonObject info() const { return m_host.readyInfo(); }
    // GET /_sandbox/info
    QJsonObject extendedInfo();

    // POST /_sandbox/faults (the spec syntax is in app/sandbox/faultspec.h and the README).
    bool setFaults(const QString &spec, QString *error = nullptr);
    bool clearFaults();
    // POST /_sandbox/config, e.g. {{"rate", "100/10"}, {"taskSeconds", 0}}.
    bool configure(const QJsonObject &settings, QString *error = nullptr);
    // GET /_sandbox/users: {"provider", "users": [{id, index, login, email, displayName,
    // state, locked, pendingTask, changeRequests, attempts, ...}], "unknownIds": [...]}.
    // `query` adds raw parameters, e.g. "state=enabled&limit=5" or "flag=markDeleted".
    QJsonObject users(const QString &provider, const QStringList &ids = {},
        bool touchedOnly = false, const QString &query = {});
    // One user by provider id; an empty object when unknown.
    QJsonObject user(const QString &provider, const QString &id);
    // GET /_sandbox/stats
    QJsonObject stats();
    // The sandbox's own account of a bulk run: every user of `ids` is `state` after exactly
    // one processed change request, nobody else was touched, nobody was changed twice.
    // One line per problem; empty when all is well.
    QString changedOnceProblems(
        const QString &provider, const QStringList &ids, const QString &state);
    // POST /_sandbox/expire-tokens; the number of tokens expired, or -1.
    int expireTokens();
    bool resetCounters();
    // Every user back to the seeded state, no tasks, counters zero (faults and config stay).
    bool reset();

    TestHttp &http() { return m_http; }

private:
    QJsonObject getJson(const QString &pathAndQuery);
    bool postOk(const QString &path, const QByteArray &body, QString *error = nullptr);

    SandboxHost m_host;
    TestHttp m_http;
    QString m_error;
};

} // namespace Gatehouse::Test
