// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>

#include "core/logging.h"
#include "sandbox/controlhandler.h"
#include "sandbox/faultsocket.h"
#include "sandbox/huaweisim.h"
#include "sandbox/sailpointsim.h"
#include "sandbox/sandboxstate.h"
#include "sandbox/sandboxtcpserver.h"
#include "sandbox/securidsim.h"

namespace Gatehouse::Sandbox {

namespace {

constexpr int rsaKeyBits = 2048;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

// What a proxy in front of the provider sends when the backend is gone.
SimResponse proxyErrorPage()
{
    SimResponse r;
    r.status = 502;
    r.contentType = "text/html";
    r.body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
             "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
             "</body>\r\n</html>\r\n";
    return r;
}

// Stands in for a response that is never (fully) sent because the request was cut off
// before the provider saw it.
SimResponse placeholder()
{
    return SimResponse::json(200,
        R"({"message":"this response is cut off by the sandbox before the request was processed",)"
        R"("padding":"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})");
}

QString injected(int status)
{
    return QStringLiteral("%1 (injected by the Gatehouse sandbox)")
        .arg(QString::fromLatin1(SimHttp::reasonPhrase(status)));
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, Clock *clock, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_state(std::make_unique<SandboxState>(options, clock))
    , m_sailpoint(std::make_unique<SailPointSim>(*m_state))
    , m_huawei(std::make_unique<HuaweiSim>(*m_state))
    , m_securid(std::make_unique<SecurIdSim>(*m_state))
{
    m_control = std::make_unique<ControlHandler>(
        *m_state, [this] { return m_readyInfo; },
        [this] { return m_tcp ? m_tcp->liveConnections() : 0; });
}

SandboxServer::~SandboxServer()
{
    shutdown();
}

QString SandboxServer::start(const QString &keyFilePath)
{
    QString error;
    if (!m_state->rsaKey().generate(rsaKeyBits, &error))
        return error;

    m_tcp = new SandboxTcpServer(this);
    connect(m_tcp, &SandboxTcpServer::connectionOpened, this,
        [this](int live) { m_state->connectionOpened(live); });
    if (!m_tcp->listen(QHostAddress::LocalHost, m_state->options().port)) {
        const QString why = m_tcp->errorString();
        delete m_tcp;
        m_tcp = nullptr;
        return QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
            .arg(m_state->options().port)
            .arg(why);
    }
    if (!HttpServerCompat::bind(this, m_tcp))
        return QStringLiteral("the HTTP server refused the listening socket");
    m_state->setBaseUrl(baseUrl().toLatin1());

    QSaveFile file(keyFilePath);
    if (!QDir().mkpath(QFileInfo(keyFilePath).absolutePath()) || !file.open(QIODevice::WriteOnly)
        || file.write(m_securid->keyFileJson()) < 0
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit())
        return QStringLiteral("cannot write the RSA key file %1: %2")
            .arg(keyFilePath, file.errorString());

    const auto &c = m_state->credentials();
    const QString base = baseUrl();
    m_readyInfo = QJsonObject{
        {QStringLiteral("baseUrl"), base},
        {QStringLiteral("sailpoint"),
            QJsonObject{
                {QStringLiteral("baseUrl"), base},
                {QStringLiteral("clientId"), QString::fromLatin1(c.sailpointClients[0].id)},
                {QStringLiteral("clientSecret"), QString::fromLatin1(c.sailpointClients[0].secret)},
            }},
        {QStringLiteral("huawei"),
            QJsonObject{
                {QStringLiteral("baseUrl"), base},
                {QStringLiteral("region"), QString::fromLatin1(c.huaweiRegion)},
                {QStringLiteral("identityStoreId"), QString::fromLatin1(c.identityStoreId)},
                {QStringLiteral("accessKey"), QString::fromLatin1(c.huaweiKeys[0].accessKey)},
                {QStringLiteral("secretKey"), QString::fromLatin1(c.huaweiKeys[0].secretKey)},
            }},
        {QStringLiteral("securid"),
            QJsonObject{
                {QStringLiteral("baseUrl"), base},
                {QStringLiteral("keyFile"), QFileInfo(keyFilePath).absoluteFilePath()},
            }},
    };
    qCInfo(lcSandbox) << "sandbox listening on" << base << "with" << m_state->directory().size()
                      << "users";
    return QString();
}

void SandboxServer::shutdown()
{
    if (!m_tcp)
        return;
    m_tcp->close();
    m_tcp->abortAll();
}

quint16 SandboxServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QString SandboxServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

bool SandboxServer::handleRequest(
    const QHttpServerRequest &request, GATEHOUSE_HTTPSERVER_HANDLE_ARG)
{
#if GATEHOUSE_HTTPSERVER_SOCKET_API
    dispatch(request, qobject_cast<FaultSocket *>(socket));
#else
    Q_UNUSED(responder);
    dispatch(request, m_tcp ? m_tcp->socketForPeerPort(request.remotePort()) : nullptr);
#endif
    return true;
}

void SandboxServer::missingHandler(
    const QHttpServerRequest &request, GATEHOUSE_HTTPSERVER_MISSING_ARG)
{
    // handleRequest() answers everything; this is only here because it is pure virtual.
#if GATEHOUSE_HTTPSERVER_SOCKET_API
    Q_UNUSED(request);
    Q_UNUSED(socket);
#else
    Q_UNUSED(request);
    Q_UNUSED(responder);
#endif
}

SimRequest SandboxServer::toSimRequest(const QHttpServerRequest &request) const
{
    SimRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.rawPath = url.path(QUrl::FullyEncoded).toLatin1();
    r.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    r.path = url.path(QUrl::FullyDecoded);
    const auto headers = HttpServerCompat::headers(request);
    r.headers.reserve(headers.size());
    for (const auto &h : headers)
        r.headers.append({h.first.toLower(), h.second});
    r.body = request.body();
    r.fromLoopback = request.remoteAddress().isLoopback();
    return r;
}

ProviderSim *SandboxServer::providerFor(const QString &path) const
{
    if (HuaweiSim::ownsPath(path))
        return m_huawei.get();
    if (SecurIdSim::ownsPath(path))
        return m_securid.get();
    if (SailPointSim::ownsPath(path))
        return m_sailpoint.get();
    return nullptr;
}

void SandboxServer::dispatch(const QHttpServerRequest &request, FaultSocket *socket)
{
    if (!socket) {
        qCWarning(lcSandbox) << "no connection found for a request; dropped";
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const SimRequest req = toSimRequest(request);
    const bool close = req.header("connection").toLower() == "close";

    // Tasks that are due complete before anything is answered, introspection included.
    m_state->settleTasks();
    if (req.path == QLatin1String("/_sandbox")
        || req.path.startsWith(QLatin1String("/_sandbox/"))) {
        SimResponse r = req.fromLoopback
            ? m_control->handle(req)
            : SimResponse::json(403, R"({"error":"the control endpoints are loopback-only"})");
        m_state->countResponse(QStringLiteral("control"), r.status);
        socket->deliver(r.serialize(close), close);
        return;
    }

    ProviderSim *sim = providerFor(req.path);
    if (!sim) {
        const SimResponse r = SimResponse::json(404,
            QJsonDocument(QJsonObject{{QStringLiteral("error"),
                              QStringLiteral("no such endpoint: %1").arg(req.path)}})
                .toJson(QJsonDocument::Compact));
        m_state->countResponse(QStringLiteral("other"), r.status);
        socket->deliver(r.serialize(close), close);
        return;
    }
    const QString area = providerKindName(sim->kind());
    const int target = sim->targetUser(req);
    if (target >= 0)
        m_state->countAttempt(sim->kind(), target);
    const FaultSpec::Decision fault = m_state->faults().decide(req.method, req.path, sim->kind(),
        sim == m_sailpoint.get() && target >= 0, m_state->options().seed);
    if (fault.fired)
        m_state->countFault(fault.kind);

    // Faults that stop the request before the provider sees it.
    if (fault.fired) {
        SimResponse early;
        bool stop = true;
        switch (fault.kind) {
        case FaultKind::Status:
            early = sim->errorResponse(fault.value, injected(fault.value));
            break;
        case FaultKind::RateLimit:
            early = sim->rateLimited(fault.value);
            break;
        case FaultKind::Html:
            early = proxyErrorPage();
            break;
        case FaultKind::Hang:
        case FaultKind::Reset:
        case FaultKind::Truncate:
            stop = fault.before;
            early = placeholder();
            break;
        default:
            stop = false;
            break;
        }
        if (stop) {
            if (fault.kind == FaultKind::Hang) {
                socket->hang();
            } else if (fault.kind == FaultKind::Reset) {
                socket->resetConnection();
            } else if (fault.kind == FaultKind::Truncate) {
                m_state->countResponse(area, early.status);
                socket->deliverTruncated(early.serialize(true));
            } else {
                m_state->countResponse(area, early.status);
                socket->deliver(early.serialize(close), close);
            }
            qCDebug(lcSandbox) << req.method << req.path << "fault"
                               << FaultSpec::kindName(fault.kind) << "(not processed)";
            return;
        }
    }

    HandleOptions options;
    options.taskError = fault.fired && fault.kind == FaultKind::TaskError;
    SimResponse response = sim->handle(req, options);

    if (fault.fired && fault.kind == FaultKind::Malformed) {
        response.body = response.body.size() >= 2 ? response.body.left(response.body.size() / 2)
                                                  : QByteArray("{\"");
        response.contentType = "application/json;charset=utf-8";
    } else if (fault.fired && fault.kind == FaultKind::ContentType) {
        response.contentType = "text/plain;charset=utf-8";
    }
    qCDebug(lcSandbox) << req.method << req.path << response.status << timer.elapsed() << "ms";

    if (!fault.fired) {
        m_state->countResponse(area, response.status);
        socket->deliver(response.serialize(close), close);
        return;
    }
    switch (fault.kind) {
    case FaultKind::Slow:
        m_state->countResponse(area, response.status);
        socket->deliverDelayed(response.serialize(close), fault.value);
        break;
    case FaultKind::Hang:
        socket->hang();
        break;
    case FaultKind::Reset:
        socket->resetConnection();
        break;
    case FaultKind::Truncate:
        m_state->countResponse(area, response.status);
        // An empty body cannot be cut short: promise one the client never fully gets.
        if (response.body.size() < 2)
            response.body = placeholder().body;
        socket->deliverTruncated(response.serialize(true));
        break;
    default:
        m_state->countResponse(area, response.status);
        socket->deliver(response.serialize(close), close);
        break;
    }
}

} // namespace Gatehouse::Sandbox
