// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QByteArray>
#include <QList>
#include <QString>

#include "sandbox/providersim.h"
#include "sandbox/sailpointfilter.h"

namespace Gatehouse::Sandbox {

class JsonWriter;

// SailPoint Identity Security Cloud: POST /oauth/token; GET /v3/accounts (limit, offset,
// count, detailLevel, filters, sorters), GET /v3/accounts/{id}, POST
// /v3/accounts/{id}/disable|enable|unlock (202 + task id); task status under /beta, /v2024,
// /v2025, /v2026 and /task-status/v1. The same account endpoints also answer under /beta,
// /v2024..6 and /accounts/v1. Errors are ErrorResponseDto, 401 {error}, 429 {message}.
class SailPointSim final : public ProviderSim
{
public:
    explicit SailPointSim(SandboxState &state);
    ~SailPointSim() override;

    static bool ownsPath(const QString &path);

    ProviderKind kind() const override { return ProviderKind::SailPoint; }
    int targetUser(const SimRequest &request) const override;
    SimResponse handle(const SimRequest &request, const HandleOptions &options) override;
    SimResponse errorResponse(int status, const QString &message) const override;
    SimResponse rateLimited(int retryAfterSeconds) const override;

    // ErrorResponseDto with a fresh tracking id.
    static SimResponse errorDto(int status, const QByteArray &detailCode, const QString &text);
    static QByteArray detailCodeFor(int status);

private:
    struct Route
    {
        enum class Type
        {
            NotFound,
            Token,
            List,
            Get,
            Action,
            TaskStatus
        };
        Type type = Type::NotFound;
        QByteArray bucket; // rate-limit bucket: the API version
        QString id;
        QString action;
        QByteArray method; // the method the route answers
    };
    struct CacheEntry
    {
        QString key;
        quint64 generation = 0;
        bool stateDependent = false;
        std::shared_ptr<const std::vector<quint32>> rows;
    };

    static Route route(const SimRequest &request);
    int accountIndex(const QString &id) const;
    // The client of the bearer token, or -1 with `error` set to the 401.
    int authenticate(const SimRequest &request, SimResponse *error) const;
    bool withinRate(int client, const QByteArray &bucket, SimResponse *error);

    SimResponse token(const SimRequest &request);
    SimResponse list(const SimRequest &request);
    SimResponse get(const Route &route);
    SimResponse action(
        const SimRequest &request, const Route &route, int client, const HandleOptions &options);
    SimResponse taskStatus(const Route &route);

    // Rows matching `filters` in `sorters` order; null rows = every account in index order.
    bool resultRows(const QString &filters, const QString &sorters,
        std::shared_ptr<const std::vector<quint32>> *rows, QString *error);
    std::vector<quint32> filterRows(const SailPointFilter::Node &filter) const;
    void sortRows(std::vector<quint32> &rows, const QList<SailPointFilter::Sorter> &sorters) const;

    void writeAccount(JsonWriter &w, int index, bool slim) const;
    void writeTask(JsonWriter &w, int number) const;

    std::vector<CacheEntry> m_cache; // most recent first
    mutable QByteArray m_scratch[4]; // writeAccount's reusable buffers
};

} // namespace Gatehouse::Sandbox
