#include "http/Dispatcher.h"

#include "core/DomainError.h"
#include "http/ErrorMapping.h"
#include "observability/Log.h"
#include "observability/Metrics.h"

#include <atomic>
#include <random>
#include <string>
#include <unordered_map>

namespace md::http {

namespace {

std::string randomRequestId()
{
    static std::atomic<std::uint64_t> counter{0};
    thread_local std::mt19937_64 generator{std::random_device{}()};
    static const char* hex = "0123456789abcdef";
    std::uint64_t a = generator(), b = generator() ^ counter.fetch_add(1, std::memory_order_relaxed);
    std::string id(32, '0');
    for (int i = 0; i < 16; ++i) {
        id[i] = hex[(a >> (i * 4)) & 0xf];
        id[16 + i] = hex[(b >> (i * 4)) & 0xf];
    }
    return id;
}

struct RouteSeries {
    obs::Counter* requests = nullptr;
    obs::Histogram* duration = nullptr;
};

// The metric series of a method, route and status. The registry finds a series by rendering its
// labels under a lock; each thread remembers the few dozen it has used instead.
const RouteSeries& seriesOf(std::string_view method, std::string_view route, unsigned status)
{
    thread_local std::unordered_map<std::string, RouteSeries> known;
    std::string key;
    key.reserve(method.size() + route.size() + 5);
    key.append(method).append(1, ' ').append(std::to_string(status)).append(1, ' ').append(route);
    auto found = known.find(key);
    if (found != known.end()) return found->second;
    auto& registry = obs::MetricsRegistry::instance();
    const std::string methodText(method), routeText(route), statusText = std::to_string(status);
    RouteSeries series;
    series.requests = &registry.counter("http_requests_total", "HTTP requests by method, route template and status.",
                                        {{"method", methodText}, {"route", routeText}, {"status", statusText}});
    series.duration = &registry.histogram("http_request_duration_seconds",
                                          "HTTP request latency by method and route template.",
                                          {{"method", methodText}, {"route", routeText}},
                                          obs::MetricsRegistry::latencyBuckets());
    return known.emplace(std::move(key), series).first->second;
}

} // namespace

std::string chooseRequestId(std::string_view offered)
{
    if (offered.empty() || offered.size() > 128) return randomRequestId();
    for (char c : offered) {
        bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                    c == '.' || c == ':';
        if (!safe) return randomRequestId();
    }
    return std::string(offered);
}

template <typename Body> Response Dispatcher::guarded(const Request& request, Body&& body) const noexcept
{
    try {
        return body();
    } catch (const DomainError& error) {
        return errorResponse(error);
    } catch (const std::exception& error) {
        obs::logError("unhandled error in request", {{"request_id", request.requestId()},
                                                     {"path", request.path()},
                                                     {"error", error.what()}});
        return errorResponse(500, "internal_error", "an internal error occurred; it has been logged");
    } catch (...) {
        obs::logError("unhandled non-standard exception in request", {{"request_id", request.requestId()}});
        return errorResponse(500, "internal_error", "an internal error occurred; it has been logged");
    }
}

std::optional<Response> Dispatcher::admit(Request& request, const Route& route) const noexcept
{
    request.setRequestId(chooseRequestId(request.header("X-Request-Id")));
    if (!route.permission) return std::nullopt;
    Response refusal = guarded(request, [&]() -> Response {
        std::string authorization = request.header("Authorization");
        constexpr std::string_view scheme = "Bearer ";
        if (authorization.size() <= scheme.size() ||
            !std::equal(scheme.begin(), scheme.end(), authorization.begin(),
                        [](char a, char b) { return std::tolower(a) == std::tolower(b); }))
            throw DomainError::unauthenticated("send an access token as 'Authorization: Bearer <token>'");
        if (!m_verifier) throw DomainError::unauthenticated("authentication is not configured");
        Principal principal = m_verifier->verify(std::string_view(authorization).substr(scheme.size()));
        if (!principal.allows(*route.permission)) throw DomainError::forbidden();
        if (route.rateLimited && m_rateLimiter) {
            if (auto wait = m_rateLimiter->retryAfter(principal.userId))
                throw DomainError::rateLimited(*wait, "request rate limit exceeded for this user");
        }
        request.setPrincipal(std::move(principal));
        Response admitted;
        admitted.status = 0; // marker: admitted
        return admitted;
    });
    if (refusal.status == 0) return std::nullopt;
    return refusal;
}

std::optional<Response> Dispatcher::tryFastPath(Request& request, const Route& route) const noexcept
{
    if (!route.fastHandler) return std::nullopt;
    std::optional<Response> answer;
    Response failure = guarded(request, [&]() -> Response {
        answer = route.fastHandler(request);
        return Response{};
    });
    if (failure.status >= 400) return failure;
    return answer;
}

Response Dispatcher::run(Request& request, const Route& route) const noexcept
{
    return guarded(request, [&] { return route.handler(request); });
}

void Dispatcher::runDeferred(const std::shared_ptr<Request>& request, const Route& route, Reply::Send send) const noexcept
{
    Reply reply(send, [this, request](std::exception_ptr error) { return failureResponse(*request, error); });
    Response failure = guarded(*request, [&]() -> Response {
        route.deferredHandler(*request, reply);
        Response started;
        started.status = 0; // marker: the reply is on its way
        return started;
    });
    if (failure.status != 0) send(std::move(failure));
}

Response Dispatcher::failureResponse(const Request& request, std::exception_ptr error) const noexcept
{
    return guarded(request, [&]() -> Response { std::rethrow_exception(error); });
}

void Dispatcher::record(const Request* request, std::string_view method, std::string_view routeLabel,
                        Response& response, std::chrono::steady_clock::time_point started) const
{
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const RouteSeries& series = seriesOf(method, routeLabel, response.status);
    series.requests->inc();
    series.duration->observe(seconds);

    std::string requestId = request ? request->requestId() : chooseRequestId({});
    response.header("X-Request-Id", requestId);
    obs::RequestLogEntry entry;
    entry.requestId = requestId;
    entry.method = method;
    entry.route = routeLabel;
    entry.status = response.status;
    entry.durationMs = seconds * 1000.0;
    if (request) {
        entry.remote = request->remoteAddress();
        if (request->hasPrincipal()) entry.userId = request->principal().userId;
    }
    obs::logRequest(entry);
}

} // namespace md::http
