#pragma once
// Everything between "a route matched" and "the handler's answer": request id, authentication,
// the route's permission, the per-user rate limit, error mapping, RED metrics and the access log.
// Handlers therefore contain business logic only.

#include "http/Request.h"
#include "http/Response.h"
#include "http/Router.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string_view>

namespace md::http {

// Turns a bearer token into a Principal, throwing DomainError (401) when it is not acceptable.
class TokenVerifier {
public:
    virtual ~TokenVerifier() = default;
    virtual Principal verify(std::string_view token) const = 0;
};

// Returns the seconds to wait when this user is over their request rate, else nullopt.
class RequestRateLimiter {
public:
    virtual ~RequestRateLimiter() = default;
    virtual std::optional<int> retryAfter(long long userId) = 0;
};

class Dispatcher {
public:
    Dispatcher(const TokenVerifier* verifier, RequestRateLimiter* rateLimiter)
        : m_verifier(verifier), m_rateLimiter(rateLimiter)
    {
    }

    // Assigns the request id and checks who may call. Returns the refusal, or nullopt to proceed.
    std::optional<Response> admit(Request& request, const Route& route) const noexcept;
    // The route's non-blocking fast path, if it has one and can answer.
    std::optional<Response> tryFastPath(Request& request, const Route& route) const noexcept;
    // The route's handler with domain errors mapped to responses; never throws.
    Response run(Request& request, const Route& route) const noexcept;
    // The route's deferred handler: send is called exactly once, with the answer, on whichever thread
    // has it (this one if the handler throws). Never throws.
    void runDeferred(const std::shared_ptr<Request>& request, const Route& route, Reply::Send send) const noexcept;

    // RED metrics and the access log line, once the response headers are decided.
    void record(const Request* request, std::string_view method, std::string_view routeLabel, Response& response,
                std::chrono::steady_clock::time_point started) const;

private:
    template <typename Body> Response guarded(const Request& request, Body&& body) const noexcept;
    // The response for an exception, as guarded() maps it.
    Response failureResponse(const Request& request, std::exception_ptr error) const noexcept;

    const TokenVerifier* m_verifier;
    RequestRateLimiter* m_rateLimiter;
};

// A request id from the client's X-Request-Id when it is sane, else a fresh random one.
std::string chooseRequestId(std::string_view offered);

} // namespace md::http
