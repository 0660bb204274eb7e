#include "ops/prometheus/PrometheusClient.h"

#include "observability/Log.h"
#include "observability/Metrics.h"
#include "ops/net/OutboundHttp.h"
#include "ops/prometheus/PrometheusTime.h"

#include <nlohmann/json.hpp>

namespace md::ops::prometheus {

namespace {

std::string formEncode(const std::vector<std::pair<std::string, std::string>>& fields)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string encoded;
    for (const auto& [name, value] : fields) {
        if (!encoded.empty()) encoded += '&';
        for (const std::string* part : {&name, &value}) {
            for (unsigned char c : *part) {
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '.' || c == '_' || c == '~') {
                    encoded += static_cast<char>(c);
                } else {
                    encoded += '%';
                    encoded += kHex[c >> 4];
                    encoded += kHex[c & 15];
                }
            }
            if (part == &name) encoded += '=';
        }
    }
    return encoded;
}

// Prometheus' error bodies: {"status":"error","errorType":"bad_data","error":"..."}.
std::pair<std::string, std::string> errorTypeAndMessage(const std::string& body)
{
    auto parsed = nlohmann::json::parse(body, nullptr, false);
    if (!parsed.is_object()) return {};
    std::string type =
        parsed.contains("errorType") && parsed["errorType"].is_string() ? parsed["errorType"].get<std::string>() : "";
    std::string message =
        parsed.contains("error") && parsed["error"].is_string() ? parsed["error"].get<std::string>() : "";
    return {type, message};
}

const char* kindLabel(PrometheusError::Kind kind)
{
    switch (kind) {
    case PrometheusError::Kind::Unavailable: return "unavailable";
    case PrometheusError::Kind::BadQuery: return "bad_query";
    case PrometheusError::Kind::TooLarge: return "too_large";
    case PrometheusError::Kind::Upstream: return "upstream";
    }
    return "upstream";
}

std::string excerpt(const std::string& body)
{
    constexpr std::size_t kMax = 200;
    return body.size() <= kMax ? body : body.substr(0, kMax) + "...";
}

} // namespace

PrometheusClient::PrometheusClient(std::string baseUrl, Limits limits) : m_baseUrl(std::move(baseUrl)), m_limits(limits)
{
    while (!m_baseUrl.empty() && m_baseUrl.back() == '/')
        m_baseUrl.pop_back();
}

std::string PrometheusClient::query(const InstantQuery& query) const
{
    FormFields form{{"query", query.query}, {"timeout", std::to_string(m_limits.evaluationTimeout.count()) + "s"}};
    if (query.time) form.emplace_back("time", formatSeconds(*query.time));
    return call("POST", "/api/v1/query", form);
}

std::string PrometheusClient::queryRange(const RangeQuery& query) const
{
    return call("POST", "/api/v1/query_range",
                {{"query", query.query},
                 {"start", formatSeconds(query.start)},
                 {"end", formatSeconds(query.end)},
                 {"step", formatSeconds(query.step)},
                 {"timeout", std::to_string(m_limits.evaluationTimeout.count()) + "s"}});
}

std::string PrometheusClient::alerts() const
{
    return call("GET", "/api/v1/alerts", {});
}

std::string PrometheusClient::call(const std::string& method, const std::string& path, const FormFields& form) const
{
    try {
        return exchange(method, path, form);
    } catch (const PrometheusError& error) {
        // Lets an operator alert on "the server cannot reach Prometheus" apart from 503s of other causes.
        obs::MetricsRegistry::instance()
            .counter("ops_prometheus_errors_total",
                     "Failed Prometheus calls of the metrics and alerts endpoints, by kind.",
                     {{"kind", kindLabel(error.prometheusKind())}})
            .inc();
        // A rejected query or an oversized answer is the caller's to fix; the rest is Prometheus'.
        if (error.prometheusKind() == PrometheusError::Kind::Unavailable)
            obs::logWarn("prometheus unavailable", {{"path", path}, {"error", error.what()}});
        else if (error.prometheusKind() == PrometheusError::Kind::Upstream)
            obs::logWarn("prometheus error", {{"path", path}, {"error", error.what()}});
        throw;
    }
}

std::string PrometheusClient::exchange(const std::string& method, const std::string& path,
                                       const FormFields& form) const
{
    net::OutboundRequest request;
    request.method = method;
    request.url = m_baseUrl + path;
    request.headers.emplace_back("Accept", "application/json");
    if (method == "POST") {
        // A form body rather than a query string: long PromQL expressions do not hit URL limits.
        request.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
        request.body = formEncode(form);
    }
    request.connectTimeout = m_limits.connectTimeout;
    request.totalTimeout = m_limits.totalTimeout;
    request.maxResponseBytes = m_limits.maxResponseBytes;

    net::OutboundResponse response;
    try {
        response = net::perform(request);
    } catch (const net::OutboundError& error) {
        if (error.kind() == net::OutboundError::Kind::TooLarge)
            throw PrometheusError(PrometheusError::Kind::TooLarge,
                                  "the answer is larger than " + std::to_string(m_limits.maxResponseBytes >> 20) +
                                      " MiB: select fewer series or use a larger step");
        if (error.kind() == net::OutboundError::Kind::Timeout)
            throw PrometheusError(PrometheusError::Kind::Unavailable,
                                  "Prometheus did not answer within " +
                                      std::to_string(m_limits.totalTimeout.count() / 1000) + " s: " + error.what());
        throw PrometheusError(PrometheusError::Kind::Unavailable,
                              std::string("Prometheus is unreachable: ") + error.what());
    }

    if (response.status >= 200 && response.status < 300) {
        if (!nlohmann::json::accept(response.body))
            throw PrometheusError(PrometheusError::Kind::Upstream,
                                  "Prometheus answered " + std::to_string(response.status) +
                                      " with a body that is not JSON (is MARKETDESK_PROMETHEUS_URL the Prometheus "
                                      "server?): " +
                                      excerpt(response.body));
        return std::move(response.body);
    }
    auto [errorType, message] = errorTypeAndMessage(response.body);
    if (response.status == 400 || response.status == 422)
        throw PrometheusError(PrometheusError::Kind::BadQuery,
                              message.empty() ? "Prometheus rejected the query: " + excerpt(response.body) : message,
                              errorType);
    if (response.status == 503 || response.status == 429)
        throw PrometheusError(PrometheusError::Kind::Unavailable,
                              "Prometheus could not answer now" + (message.empty() ? std::string() : ": " + message),
                              errorType);
    throw PrometheusError(PrometheusError::Kind::Upstream,
                          "Prometheus answered HTTP " + std::to_string(response.status) + ": " +
                              (message.empty() ? excerpt(response.body) : message),
                          errorType);
}

} // namespace md::ops::prometheus
