#pragma once
// Routing by template ("/api/v1/products/{id}"). Each route declares the permission it needs;
// the dispatcher authenticates and checks it before the handler runs, so no handler checks roles by
// hand. The template is also the label metrics and logs carry, never the raw path.

#include "core/Principal.h"
#include "http/Request.h"
#include "http/Response.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::http {

using Handler = std::function<Response(Request&)>;
// Runs on an I/O thread, so it must never block; returns nullopt to hand the request to a worker.
using FastHandler = std::function<std::optional<Response>(Request&)>;

struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
    std::optional<Permission> permission; // nullopt: public, no token needed
    Handler handler;
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

    RouteMatch match(std::string_view method, std::string_view path) const;
    const std::vector<std::unique_ptr<Route>>& routes() const { return m_routes; }

private:
    Route& addRoute(std::string method, std::string pattern, std::optional<Permission> permission, Handler handler);
    std::vector<std::unique_ptr<Route>> m_routes;
};

} // namespace md::http
