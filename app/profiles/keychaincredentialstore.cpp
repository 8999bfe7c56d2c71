// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/keychaincredentialstore.h"

#include <memory>

#include <QPointer>
#include <QTimer>
#include <QVector>

#include <qt6keychain/keychain.h>

#include "core/logging.h"
#include "profiles/stepchain.h"

namespace Gatehouse {

namespace {

constexpr int maxChunks = 64; // 128 KiB: far beyond any secret Gatehouse keeps
constexpr int damagedCount = -1; // the count entry exists but does not hold a count

QString chunkKey(const QString &key, int index)
{
    return key + QLatin1Char('.') + QString::number(index);
}

QString countKey(const QString &key)
{
    return key + QStringLiteral(".count");
}

bool isRetryable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

ApiError backendError(QKeychain::Error error, const QString &detail)
{
    QString message;
    switch (error) {
    case QKeychain::NoBackendAvailable:
        message = KeychainCredentialStore::tr(
            "No system keychain is available (%1). Gatehouse keeps secrets only in "
            "the keychain: start the keychain service (for example GNOME Keyring or "
            "KWallet) or set GATEHOUSE_SECRET for this run.")
                      .arg(detail);
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        message = KeychainCredentialStore::tr("Access to the system keychain was denied (%1).")
                      .arg(detail);
        break;
    case QKeychain::CouldNotDeleteEntry:
        message =
            KeychainCredentialStore::tr("The system keychain could not delete the secret (%1).")
                .arg(detail);
        break;
    case QKeychain::NotImplemented:
        message =
            KeychainCredentialStore::tr("The system keychain does not support this operation (%1).")
                .arg(detail);
        break;
    default:
        message = KeychainCredentialStore::tr("The system keychain failed: %1").arg(detail);
        break;
    }
    ApiError apiError(ApiError::Kind::Config, message);
    apiError.setDetails(detail);
    return apiError;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
    , m_service(QStringLiteral("Gatehouse"))
{ }

// Running jobs delete themselves when they finish; their connections to us die with us.
KeychainCredentialStore::~KeychainCredentialStore() = default;

void KeychainCredentialStore::setServiceName(const QString &service)
{
    m_service = service;
}

void KeychainCredentialStore::setRetryDelay(int ms)
{
    m_retryDelayMs = ms;
}

void KeychainCredentialStore::runJob(
    Operation operation, const QString &key, const QByteArray &data, JobCallback done, bool isRetry)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(data);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Not parented: a backend may still call into a job after we are gone, so the job must
    // live until it finishes and then delete itself.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
        [this, operation, key, data, done = std::move(done), isRetry](QKeychain::Job *j) {
            const QKeychain::Error error = j->error();
            JobResult result;
            if (error == QKeychain::NoError) {
                m_backendAnswered = true;
                result.ok = true;
                if (operation == Operation::Read)
                    result.data = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
                return done(result);
            }
            if (error == QKeychain::EntryNotFound) {
                m_backendAnswered = true;
                result.notFound = true;
                return done(result);
            }
            const QString detail = j->errorString();
            if (!isRetry && isRetryable(error) && !m_backendAnswered && !m_retrySpent) {
                qCInfo(lcProfiles, "Keychain not ready for %s (%s); retrying in %d ms",
                    qUtf8Printable(key), qUtf8Printable(detail), m_retryDelayMs);
                QTimer::singleShot(m_retryDelayMs, this, [this, operation, key, data, done]() {
                    runJob(operation, key, data, done, true);
                });
                return;
            }
            // Still failing after the start-up retry: there is no keychain to talk to.
            const bool noBackend = isRetryable(error) && (isRetry || m_retrySpent);
            if (isRetry && isRetryable(error))
                m_retrySpent = true;
            qCInfo(lcProfiles, "Keychain operation on %s failed: %s", qUtf8Printable(key),
                qUtf8Printable(detail));
            result.error = backendError(noBackend ? QKeychain::NoBackendAvailable : error, detail);
            done(result);
        });
    job->start();
}

void KeychainCredentialStore::readChunkCount(
    const QString &key, std::function<void(const ApiError &, int)> done)
{
    runJob(Operation::Read, countKey(key), QByteArray(),
        [done = std::move(done)](const JobResult &result) {
            if (result.notFound)
                return done(ApiError(), 0);
            if (!result.ok)
                return done(result.error, 0);
            bool ok = false;
            const int count = result.data.trimmed().toInt(&ok);
            done(ApiError(), ok && count >= 1 && count <= maxChunks ? count : damagedCount);
        });
}

void KeychainCredentialStore::readSecret(
    const QUuid &profileId, const QString &name, QObject *context, SecretCallback done)
{
    if (ApiError error = checkName(name); error.isError())
        return deliver(context, std::move(done), error);
    const QString key = keyFor(profileId, name);
    QPointer<QObject> guard(context);
    auto finish = [this, guard, done = std::move(done)](const Result<QByteArray> &result) {
        if (guard)
            deliver(guard, done, result);
    };

    runJob(Operation::Read, key, QByteArray(), [this, key, name, finish](const JobResult &whole) {
        if (whole.ok)
            return finish(whole.data);
        if (!whole.notFound)
            return finish(whole.error);
        // Not stored whole: maybe in chunks.
        readChunkCount(key, [this, key, name, finish](const ApiError &error, int count) {
            if (error.isError())
                return finish(error);
            if (count == 0)
                return finish(missingSecretError(name));
            if (count == damagedCount)
                return finish(ApiError(ApiError::Kind::Config,
                    tr("The keychain entry %1 is damaged; store the secret "
                       "again.")
                        .arg(countKey(key))));
            auto buffer = std::make_shared<QByteArray>();
            auto chain = std::make_shared<StepChain>([finish, buffer](const ApiError &e) {
                if (e.isError())
                    finish(e);
                else
                    finish(*buffer);
            });
            for (int i = 0; i < count; ++i) {
                chain->then([this, key, i, buffer](const StepChain::Next &next) {
                    runJob(Operation::Read, chunkKey(key, i), QByteArray(),
                        [key, i, buffer, next](const JobResult &part) {
                            if (part.notFound)
                                return next(ApiError(ApiError::Kind::Config,
                                    tr("Part %1 of the keychain entry %2 is missing; store "
                                       "the secret again.")
                                        .arg(i)
                                        .arg(key)));
                            if (!part.ok)
                                return next(part.error);
                            buffer->append(part.data);
                            next(ApiError());
                        });
                });
            }
            chain->start();
        });
    });
}

void KeychainCredentialStore::writeSecret(const QUuid &profileId, const QString &name,
    const QByteArray &secret, QObject *context, DoneCallback done)
{
    ApiError invalid = checkName(name);
    if (!invalid.isError())
        invalid = checkSecret(secret);
    if (!invalid.isError() && secret.size() > qsizetype(chunkSize) * maxChunks)
        invalid = ApiError(ApiError::Kind::Config, tr("The secret is too large to store."));
    if (invalid.isError())
        return deliver(context, std::move(done), invalid);

    const QString key = keyFor(profileId, name);
    QPointer<QObject> guard(context);
    auto chain = std::make_shared<StepChain>([this, guard, done](const ApiError &error) {
        if (!guard)
            return;
        if (error.isError())
            deliver(guard, done, error);
        else
            deliver(guard, done, Done{});
    });
    auto oldCount = std::make_shared<int>(0);
    const int newCount = secret.size() > chunkSize
        ? int((secret.size() + chunkSize - 1) / chunkSize)
        : 0; // 0 = stored whole

    // How many chunks an earlier value left, so that the stale ones can be removed.
    const StepChain::Step learnOldCount = [this, key, oldCount](const StepChain::Next &next) {
        readChunkCount(key, [oldCount, next](const ApiError &error, int count) {
            // A damaged count entry goes too, with every chunk it may have counted.
            *oldCount = count == damagedCount ? maxChunks : count;
            next(error);
        });
    };
    auto write = [this](const QString &k, const QByteArray &value) {
        return [this, k, value](const StepChain::Next &next) {
            runJob(Operation::Write, k, value,
                [next](const JobResult &result) { next(result.ok ? ApiError() : result.error); });
        };
    };
    auto remove = [this](const QString &k) {
        return [this, k](const StepChain::Next &next) {
            runJob(Operation::Delete, k, QByteArray(), [next](const JobResult &result) {
                next(result.ok || result.notFound ? ApiError() : result.error);
            });
        };
    };

    // Chunks the new value does not use (all of them, and the count, when stored whole).
    const StepChain::Step removeStale = [chain = std::weak_ptr<StepChain>(chain), key, oldCount,
                                            newCount, remove](const StepChain::Next &next) {
        if (auto c = chain.lock(); c && *oldCount > newCount) {
            for (int i = newCount; i < *oldCount; ++i)
                c->then(remove(chunkKey(key, i)));
            if (newCount == 0)
                c->then(remove(countKey(key)));
        }
        next(ApiError());
    };
    if (newCount == 0) {
        // The usual case: the key itself first, so its answer is the one that counts.
        chain->then(write(key, secret));
        chain->then(learnOldCount);
        chain->then(removeStale);
    } else {
        chain->then(learnOldCount);
        for (int i = 0; i < newCount; ++i)
            chain->then(write(chunkKey(key, i), secret.mid(qsizetype(i) * chunkSize, chunkSize)));
        chain->then(write(countKey(key), QByteArray::number(newCount)));
        chain->then(remove(key));
        chain->then(removeStale);
    }
    chain->start();
}

void KeychainCredentialStore::deleteSecret(
    const QUuid &profileId, const QString &name, QObject *context, DoneCallback done)
{
    if (ApiError error = checkName(name); error.isError())
        return deliver(context, std::move(done), error);

    const QString key = keyFor(profileId, name);
    QPointer<QObject> guard(context);
    auto chain = std::make_shared<StepChain>([this, guard, done](const ApiError &error) {
        if (!guard)
            return;
        if (error.isError())
            deliver(guard, done, error);
        else
            deliver(guard, done, Done{});
    });
    auto remove = [this](const QString &k) {
        return [this, k](const StepChain::Next &next) {
            runJob(Operation::Delete, k, QByteArray(), [next](const JobResult &result) {
                next(result.ok || result.notFound ? ApiError() : result.error);
            });
        };
    };
    chain->then(remove(key));
    chain->then(
        [this, chain = std::weak_ptr<StepChain>(chain), key, remove](const StepChain::Next &next) {
            readChunkCount(key, [chain, key, remove, next](const ApiError &error, int count) {
                if (error.isError())
                    return next(error);
                // A damaged count: remove every chunk the largest secret could have used.
                const int chunks = count == damagedCount ? maxChunks : count;
                if (auto c = chain.lock(); c && chunks > 0) {
                    for (int i = 0; i < chunks; ++i)
                        c->then(remove(chunkKey(key, i)));
                    c->then(remove(countKey(key)));
                }
                next(ApiError());
            });
        });
    chain->start();
}

} // namespace Gatehouse
