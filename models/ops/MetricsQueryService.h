#pragma once
// Prometheus range queries through the server (GET /api/v1/ops/metrics/query_range), which checks
// the caller's role and passes Prometheus' own JSON back. The answer arrives parsed into series at
// full resolution.

#include "models/api/ApiOutcome.h"
#include "models/ops/MetricSeries.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUrlQuery>

#include <chrono>

namespace md::models {

class ApiClient;

struct RangeQuery {
    QString expression; // PromQL with the range variables already substituted
    QDateTime start;
    QDateTime end;
    std::chrono::seconds step{15};
};

// The query string the server receives. PromQL may contain '+', which a query string would
// otherwise read as a space, so it is sent percent-encoded.
QUrlQuery rangeQueryParameters(const RangeQuery& query);

class MetricsQueryService : public QObject {
    Q_OBJECT
public:
    explicit MetricsQueryService(ApiClient* client, QObject* parent = nullptr);

    // Not retried by the client: a dashboard refreshes on its own, and a configuration error
    // (503 not_configured) should show at once rather than after the backoff.
    ApiCall* queryRange(const RangeQuery& query, QObject* context,
                        std::function<void(ApiOutcome<QList<MetricSeries>>)> done);

private:
    ApiClient* m_client;
};

} // namespace md::models
