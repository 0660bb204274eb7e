#pragma once
// GET /api/v1/ops/metrics/query, /api/v1/ops/metrics/query_range and /api/v1/ops/alerts when a
// Prometheus is configured: the caller's role is checked by the router (ops.read: operator and
// admin), the parameters are validated (MetricsQueryParameters), and Prometheus' JSON answer is
// passed through unchanged. Prometheus' failures arrive as PrometheusError (a DomainError: 503
// prometheus_unavailable, 422 bad_query, 422 result_too_large, 502 prometheus_error).

#include "http/Router.h"

#include <memory>
#include <string>

namespace md::ops::prometheus {

class PrometheusClient;

class PrometheusRoutes {
public:
    explicit PrometheusRoutes(std::string prometheusUrl);
    void registerRoutes(http::Router& router);

private:
    std::shared_ptr<const PrometheusClient> m_client;
};

} // namespace md::ops::prometheus
