#pragma once
// Routing by template ("/api/v1/products/{id}"). Each route declares the permission it needs;
// the dispatcher authenticates and checks it before the handler runs, so no handler checks roles by
// hand. The template is also the label metrics and logs carry, never the raw path.

#include "core/Principal.h"
#include "http/Request.h"
#include "http/Response.h"

#include <exception>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::http {

using Handler = std::function<Response(Request&)>;

// How a deferred handler answers: exactly once, from any thread, with a response or with the exception
// that stands for one (mapped like an exception a handler throws).
class Reply {
public:
    using Send = std::function<void(Response)>;
    using MapError = std::function<Response(std::exception_ptr)>;

    Reply(Send send, MapError mapError) : m_send(std::move(send)), m_mapError(std::move(mapError)) {}
    void operator()(Response response) const { m_send(std::move(response)); }
    void fail(std::exception_ptr error) const { m_send(m_mapError(error)); }

private:
    Send m_send;
    MapError m_mapError;
};
// Starts the work on a worker and returns; the answer comes through the Reply, so no worker waits for
// it (an order waits for its group to commit). It either throws (the error is the answer) or arranges
// exactly one call of the Reply.
using DeferredHandler = std::function<void(Request&, Reply)>;
// Runs on an I/O thread, so it must never block; returns nullopt to hand the request to a worker.
using FastHandler = std::function<std::optional<Response>(Request&)>;

struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
    std::optional<Permission> permission; // nullopt: public, no token needed
    Handler handler;                 // unset for a deferred route
    DeferredHandler deferredHandler; // set for a deferred route only
    FastHandler fastHandler;
    std::size_t maxBodyBytes = 1 << 20;
    bool rateLimited = true;

    Route& bodyLimit(std::size_t bytes)
    {
        maxBodyBytes = bytes;
        return *this;
    }
    Route& fastPath(FastHandler fast)
    {
        fastHandler = std::move(fast);
        return *this;
    }
    // Probes, metrics and the token endpoints have throttles of their own.
    Route& withoutRateLimit()
    {
        rateLimited = false;
        return *this;
    }
};

struct RouteMatch {
    const Route* route = nullptr;
    std::map<std::string, std::string> params;
    std::string allowedMethods; // set when the path exists but not for this method (405)
};

class Router {
public:
    Route& add(std::string method, std::string pattern, Permission permission, Handler handler);
    Route& addPublic(std::string method, std::string pattern, Handler handler);
    Route& addDeferred(std::string method, std::string pattern, Permission permission, DeferredHandler handler);

    RouteMatch match(std::string_view method, std::string_view path) const;
    const std::vector<std::unique_ptr<Route>>& routes() const { return m_routes; }

private:
    Route& addRoute(std::string method, std::string pattern, std::optional<Permission> permission, Handler handler);
    std::vector<std::unique_ptr<Route>> m_routes;
};

} // namespace md::http
