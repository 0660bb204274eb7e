#pragma once
// Talks to the configured Prometheus' HTTP API (/api/v1/query, /api/v1/query_range,
// /api/v1/alerts) over the server's one outbound HTTP client. Every call is bounded: a short
// connect timeout (an unreachable Prometheus fails fast), Prometheus' own `timeout` parameter for
// the evaluation, a slightly longer total timeout for the transfer, and a size limit on the answer.
// Answers are returned as Prometheus wrote them (the API passes its JSON through), after checking
// that they are JSON. A failure leaves the client as a PrometheusError, a DomainError (see there),
// after it was counted (ops_prometheus_errors_total{kind}) and, for Prometheus' own faults, logged.

#include "core/DomainError.h"
#include "ops/prometheus/MetricsQueryParameters.h"

#include <chrono>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace md::ops::prometheus {

// A failed Prometheus call, as the API answers it (http/ErrorMapping.cpp): unreachable, too slow or
// overloaded is 503 prometheus_unavailable (Retry-After: 5); a query Prometheus rejected is 422
// bad_query; an answer over the size limit is 422 result_too_large; anything else is 502
// prometheus_error. details.error_type is Prometheus' errorType when it sent one.
class PrometheusError : public DomainError {
public:
    enum class Kind {
        Unavailable, // unreachable, timed out, or Prometheus said it is overloaded: try again later
        BadQuery,    // Prometheus rejected the PromQL (bad_data, execution errors); message is Prometheus'
        TooLarge,    // the answer exceeds the size limit: narrow the query or use a larger step
        Upstream,    // anything else Prometheus got wrong (unexpected status, not JSON)
    };
    static constexpr int kRetryAfterSeconds = 5;

    PrometheusError(Kind kind, const std::string& message, std::string errorType = {})
        : DomainError(domainError(kind, message, errorType)), m_kind(kind), m_errorType(std::move(errorType))
    {
    }
    Kind prometheusKind() const { return m_kind; }
    // Prometheus' errorType ("bad_data", "execution", "timeout"...) when it sent one.
    const std::string& errorType() const { return m_errorType; }

private:
    static DomainError domainError(Kind kind, const std::string& message, const std::string& errorType)
    {
        nlohmann::json details = nlohmann::json::object();
        if (!errorType.empty()) details["error_type"] = errorType;
        switch (kind) {
        case Kind::Unavailable:
            return DomainError::upstreamUnavailable("prometheus_unavailable", message, kRetryAfterSeconds,
                                                    std::move(details));
        case Kind::BadQuery: return {ErrorKind::Validation, "bad_query", message, std::move(details)};
        case Kind::TooLarge: return {ErrorKind::Validation, "result_too_large", message, std::move(details)};
        case Kind::Upstream: break;
        }
        return DomainError::badGateway("prometheus_error", message, std::move(details));
    }

    Kind m_kind;
    std::string m_errorType;
};

class PrometheusClient {
public:
    struct Limits {
        std::chrono::milliseconds connectTimeout{2000};
        std::chrono::seconds evaluationTimeout{8}; // sent as Prometheus' `timeout` parameter
        std::chrono::milliseconds totalTimeout{10000};
        std::size_t maxResponseBytes = 32 << 20;
    };

    // baseUrl: "http(s)://host:port[/prefix]" (a trailing slash is ignored).
    explicit PrometheusClient(std::string baseUrl) : PrometheusClient(std::move(baseUrl), Limits()) {}
    PrometheusClient(std::string baseUrl, Limits limits);

    // The JSON body of a successful answer, byte for byte. Throws PrometheusError.
    std::string query(const InstantQuery& query) const;
    std::string queryRange(const RangeQuery& query) const;
    std::string alerts() const;

    const std::string& baseUrl() const { return m_baseUrl; }

private:
    using FormFields = std::vector<std::pair<std::string, std::string>>;
    // exchange(), with its failure counted and logged.
    std::string call(const std::string& method, const std::string& path, const FormFields& form) const;
    std::string exchange(const std::string& method, const std::string& path, const FormFields& form) const;

    std::string m_baseUrl;
    Limits m_limits;
};

} // namespace md::ops::prometheus
