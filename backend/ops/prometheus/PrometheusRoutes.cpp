#include "ops/prometheus/PrometheusRoutes.h"

#include "http/ErrorMapping.h"
#include "observability/Log.h"
#include "observability/Metrics.h"
#include "ops/prometheus/MetricsQueryParameters.h"
#include "ops/prometheus/PrometheusClient.h"

#include <functional>

namespace md::ops::prometheus {

namespace {

const char* kindLabel(PrometheusError::Kind kind)
{
    switch (kind) {
    case PrometheusError::Kind::Unavailable:
        return "unavailable";
    case PrometheusError::Kind::BadQuery:
        return "bad_query";
    case PrometheusError::Kind::TooLarge:
        return "too_large";
    case PrometheusError::Kind::Upstream:
        return "upstream";
    }
    return "upstream";
}

http::Response errorResponseFor(const PrometheusError& error, const http::Request& request)
{
    // Lets an operator alert on "the server cannot reach Prometheus" apart from 503s of other causes.
    obs::MetricsRegistry::instance()
        .counter("ops_prometheus_errors_total", "Failed Prometheus calls of the metrics and alerts endpoints, by kind.",
                 {{"kind", kindLabel(error.kind())}})
        .inc();
    nlohmann::json details = nlohmann::json::object();
    if (!error.errorType().empty()) details["error_type"] = error.errorType();
    switch (error.kind()) {
    case PrometheusError::Kind::BadQuery:
        return http::errorResponse(422, "bad_query", error.what(), details);
    case PrometheusError::Kind::TooLarge:
        return http::errorResponse(422, "result_too_large", error.what(), details);
    case PrometheusError::Kind::Unavailable: {
        obs::logWarn("prometheus unavailable", {{"path", request.path()}, {"error", error.what()}});
        http::Response response = http::errorResponse(503, "prometheus_unavailable", error.what(), details);
        response.header("Retry-After", "5");
        return response;
    }
    case PrometheusError::Kind::Upstream:
        obs::logWarn("prometheus error", {{"path", request.path()}, {"error", error.what()}});
        return http::errorResponse(502, "prometheus_error", error.what(), details);
    }
    return http::errorResponse(502, "prometheus_error", error.what(), details);
}

// Runs one Prometheus call and answers with its JSON or the mapped error. Validation errors
// (DomainError) propagate to the dispatcher, which maps them like every other 422.
http::Response passThrough(http::Request& request, const std::function<std::string()>& call)
{
    try {
        return http::Response::text(call(), "application/json; charset=utf-8");
    } catch (const PrometheusError& error) {
        return errorResponseFor(error, request);
    }
}

} // namespace

PrometheusRoutes::PrometheusRoutes(std::string prometheusUrl)
    : m_client(std::make_shared<const PrometheusClient>(std::move(prometheusUrl)))
{
}

void PrometheusRoutes::registerRoutes(http::Router& router)
{
    router.add("GET", "/api/v1/ops/metrics/query_range", Permission::OpsRead,
               [client = m_client](http::Request& request) {
                   RangeQuery query = rangeQueryFrom(request.queryParams());
                   return passThrough(request, [&] { return client->queryRange(query); });
               });
    router.add("GET", "/api/v1/ops/metrics/query", Permission::OpsRead, [client = m_client](http::Request& request) {
        InstantQuery query = instantQueryFrom(request.queryParams());
        return passThrough(request, [&] { return client->query(query); });
    });
    router.add("GET", "/api/v1/ops/alerts", Permission::OpsRead, [client = m_client](http::Request& request) {
        return passThrough(request, [&] { return client->alerts(); });
    });
}

} // namespace md::ops::prometheus
