// SPDX-License-Identifier: GPL-3.0-or-later
#include "childsandbox.h"

#include <cstdio>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

#if defined(Q_OS_LINUX)
#include <csignal>

#include <sys/prctl.h>
#endif

namespace Bench {

namespace {

constexpr int startTimeoutMs = 120000;
constexpr int controlTimeoutMs = 60000;

// Waits for a reply; false when it did not finish in time (it is aborted then).
bool waitFor(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(controlTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!reply->isFinished()) {
        reply->abort();
        return false;
    }
    return true;
}

} // namespace

QString cliProgram()
{
    return QStringLiteral(GATEHOUSE_BENCH_CLI);
}

QString guiProgram()
{
    return QStringLiteral(GATEHOUSE_BENCH_GUI);
}

QString minimalWindowProgram()
{
    return QStringLiteral(GATEHOUSE_BENCH_WINDOW);
}

ChildSandbox::ChildSandbox(QStringList serveArguments)
    : m_arguments(std::move(serveArguments))
{ }

ChildSandbox::~ChildSandbox()
{
    stop();
}

bool ChildSandbox::start()
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#if defined(Q_OS_LINUX)
    // A bench that is killed does not leave its sandbox behind.
    m_process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start(cliProgram(),
        QStringList{QStringLiteral("sandbox"), QStringLiteral("serve")} + m_arguments);
    QElapsedTimer waited;
    waited.start();
    // The ready line is one JSON object with the base URL and the credentials.
    while (!m_process.canReadLine()) {
        const qint64 left = startTimeoutMs - waited.elapsed();
        if (left <= 0 || !m_process.waitForReadyRead(int(left))) {
            std::fprintf(stderr, "the sandbox (%s) did not start\n", qPrintable(cliProgram()));
            stop();
            return false;
        }
    }
    m_info = QJsonDocument::fromJson(m_process.readLine()).object();
    m_baseUrl = QUrl(m_info.value(QLatin1String("baseUrl")).toString());
    if (!m_baseUrl.isValid() || m_baseUrl.isEmpty()) {
        std::fprintf(stderr, "the sandbox sent no base URL\n");
        stop();
        return false;
    }
    return true;
}

void ChildSandbox::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: `sandbox serve` stops cleanly
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray ChildSandbox::sailPointClientId() const
{
    return m_info.value(QLatin1String("sailpoint"))
        .toObject()
        .value(QLatin1String("clientId"))
        .toString()
        .toUtf8();
}

QByteArray ChildSandbox::sailPointClientSecret() const
{
    return m_info.value(QLatin1String("sailpoint"))
        .toObject()
        .value(QLatin1String("clientSecret"))
        .toString()
        .toUtf8();
}

Gatehouse::ProviderConfig ChildSandbox::sailPointConfig() const
{
    Gatehouse::ProviderConfig config;
    config.kind = Gatehouse::ProviderKind::SailPoint;
    config.baseUrl = m_baseUrl;
    config.clientId = QString::fromUtf8(sailPointClientId());
    config.clientSecret = sailPointClientSecret();
    config.rateLimit = 0;
    return config;
}

bool ChildSandbox::configure(const QJsonObject &settings)
{
    return post(QStringLiteral("/_sandbox/config"), QJsonDocument(settings).toJson());
}

bool ChildSandbox::resetCounters()
{
    return post(QStringLiteral("/_sandbox/reset-counters"), QByteArray());
}

bool ChildSandbox::setFaults(const QString &spec)
{
    return post(QStringLiteral("/_sandbox/faults"), spec.toUtf8());
}

bool ChildSandbox::reset()
{
    return post(QStringLiteral("/_sandbox/reset"), QByteArray());
}

QJsonObject ChildSandbox::getJson(const QString &pathAndQuery)
{
    QNetworkRequest request(QUrl(m_baseUrl.toString() + pathAndQuery));
    std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
    if (!waitFor(reply.get()) || reply->error() != QNetworkReply::NoError) {
        std::fprintf(stderr, "GET %s failed: %s\n", qPrintable(pathAndQuery),
            qPrintable(reply->errorString()));
        return {};
    }
    return QJsonDocument::fromJson(reply->readAll()).object();
}

bool ChildSandbox::post(const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_baseUrl.toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_nam.post(request, body));
    if (!waitFor(reply.get()) || reply->error() != QNetworkReply::NoError) {
        std::fprintf(stderr, "POST %s failed: %s %s\n", qPrintable(path),
            qPrintable(reply->errorString()), reply->readAll().constData());
        return false;
    }
    return true;
}

} // namespace Bench
