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

void PageReadAhead::use(const QString &listing)
{
    if (listing == m_listing)
        return;
    clear();
    m_listing = listing;
}

void PageReadAhead::start(qint64 offset, ApiCall *call)
{
    if (auto old = m_pages.find(offset); old != m_pages.end()) {
        drop(old->second);
        m_pages.erase(old);
    }
    m_pages[offset].call = call;
    connect(call, &ApiCall::finished, this, [this, offset, call](const ApiResult &result) {
        const auto page = m_pages.find(offset);
        if (page == m_pages.end() || page->second.call != call)
            return;
        page->second.call = nullptr;
        page->second.result = result;
    });
    m_expiry.start();
}

PendingCall *PageReadAhead::take(
    qint64 offset, QObject *context, const std::function<void(const ApiResult &)> &deliver)
{
    const auto found = m_pages.find(offset);
    if (found == m_pages.end())
        return nullptr;
    Page page = std::move(found->second);
    m_pages.erase(found);
    m_expiry.start();
    if (page.result) {
        // Arrived already: handed over on the next turn, like an answer known in advance.
        auto *pending = new ImmediateCall(this);
        QMetaObject::invokeMethod(
            context,
            [pending, result = std::move(*page.result), deliver] {
                if (pending->aborted()) {
                    ApiResult cancelled;
                    cancelled.error = ImmediateCall::cancelled();
                    deliver(cancelled);
                } else {
                    deliver(result);
                }
                pending->deleteLater();
            },
            Qt::QueuedConnection);
        return pending;
    }
    ApiCall *call = page.call;
    if (!call)
        return nullptr;
    // Still on its way: hand the call itself over, as if the caller had sent it.
    disconnect(call, nullptr, this, nullptr);
    connect(call, &ApiCall::finished, context, deliver);
    return new ApiPendingCall(call);
}

void PageReadAhead::drop(Page &page)
{
    if (ApiCall *call = page.call) {
        page.call = nullptr;
        disconnect(call, nullptr, this, nullptr);
        call->abort();
    }
}

void PageReadAhead::clear()
{
    m_expiry.stop();
    if (!m_pages.empty())
        qCDebug(lcProviders) << "dropping" << m_pages.size() << "pages read ahead";
    for (auto &entry : m_pages)
        drop(entry.second);
    m_pages.clear();
    m_listing.clear();
    m_total = -1;
}

} // namespace Gatehouse
