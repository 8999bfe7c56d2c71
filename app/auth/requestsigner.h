// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QObject>

#include "core/apierror.h"

class QNetworkRequest;

namespace Gatehouse {

// Authenticates the requests of one profile. ApiClient calls prepare() before a request is
// rate-limited and sent, then sign() right before it leaves, so time-based signatures and
// short-lived tokens are fresh. Implementations never log key material or tokens.
class RequestSigner : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Makes credentials ready (fetches or renews a token; may be asynchronous). Calls `done`
    // exactly once, with an empty error on success, while `context` is alive.
    virtual void prepare(QObject *context, std::function<void(const ApiError &)> done) = 0;
    // Adds the authentication headers. `method` is upper-case; `body` is what will be sent.
    virtual void sign(
        QNetworkRequest &request, const QByteArray &method, const QByteArray &body) = 0;
    // Whether an answer with this HTTP status means "renew the credentials and try once more"
    // (SailPoint: 401 on an expired token; RSA: 403 on an expired JWT).
    virtual bool isCredentialRejection(int httpStatus) const
    {
        Q_UNUSED(httpStatus)
        return false;
    }
    // Drops cached tokens so the next prepare() renews them.
    virtual void invalidate() { }
};

} // namespace Gatehouse
