#include "ops/prometheus/PrometheusRoutes.h"

#include "ops/prometheus/MetricsQueryParameters.h"
#include "ops/prometheus/PrometheusClient.h"

namespace md::ops::prometheus {

namespace {

const std::string kJson = "application/json; charset=utf-8";

} // namespace

PrometheusRoutes::PrometheusRoutes(std::string prometheusUrl)
    : m_client(std::make_shared<const PrometheusClient>(std::move(prometheusUrl)))
{
}

// Parameter errors and Prometheus' failures are DomainErrors (MetricsQueryParameters, PrometheusError);
// the dispatcher answers them like every other.
void PrometheusRoutes::registerRoutes(http::Router& router)
{
    router.add("GET", "/api/v1/ops/metrics/query_range", Permission::OpsRead,
               [client = m_client](http::Request& request) {
                   RangeQuery query = rangeQueryFrom(request.queryParams());
                   return http::Response::text(client->queryRange(query), kJson);
               });
    router.add("GET", "/api/v1/ops/metrics/query", Permission::OpsRead, [client = m_client](http::Request& request) {
        InstantQuery query = instantQueryFrom(request.queryParams());
        return http::Response::text(client->query(query), kJson);
    });
    router.add("GET", "/api/v1/ops/alerts", Permission::OpsRead, [client = m_client](http::Request&) {
        return http::Response::text(client->alerts(), kJson);
    });
}

} // namespace md::ops::prometheus
