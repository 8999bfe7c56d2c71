// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/pagereadahead.h"

#include "core/logging.h"
#include "providers/providerbase.h"

namespace Gatehouse {

namespace {

constexpr int unclaimedLifetimeMs = 60 * 1000;

} // namespace

PageReadAhead::PageReadAhead(QObject *parent)
    : QObject(parent)
{
    m_expiry.setSingleShot(true);
    m_expiry.setInterval(unclaimedLifetimeMs);
    connect(&m_expiry, &QTimer::timeout, this, &PageReadAhead::clear);
}

PageReadAhead::~PageReadAhead()
{
    clear();
}

void PageReadAhead::start(const QString &key, ApiCall *call)
{
    clear();
    m_key = key;
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call](const ApiResult &result) {
        if (m_call != call)
            return;
        m_call = nullptr;
        m_result = result;
    });
    m_expiry.start();
}

PendingCall *PageReadAhead::take(
    const QString &key, QObject *context, const std::function<void(const ApiResult &)> &deliver)
{
    if (!holds(key) || (!m_call && !m_result))
        return nullptr;
    if (m_result) {
        auto *pending = new ImmediateCall(this);
        QMetaObject::invokeMethod(
            context,
            [pending, result = *m_result, deliver] {
                deliver(result);
                pending->deleteLater();
            },
            Qt::QueuedConnection);
        m_result.reset();
        clear();
        return pending;
    }
    // Still on its way: hand the call itself over, as if the caller had sent it.
    ApiCall *call = m_call;
    disconnect(call, nullptr, this, nullptr);
    m_call = nullptr;
    clear();
    connect(call, &ApiCall::finished, context, deliver);
    return new ApiPendingCall(call);
}

void PageReadAhead::clear()
{
    m_expiry.stop();
    m_key.clear();
    m_result.reset();
    if (ApiCall *call = m_call) {
        m_call = nullptr;
        disconnect(call, nullptr, this, nullptr);
        qCDebug(lcProviders) << "dropping a page read ahead that nobody asked for";
        call->abort();
    }
}

} // namespace Gatehouse
