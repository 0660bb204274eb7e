#include "http/Router.h"

#include <algorithm>
#include <memory>

namespace md::http {

namespace {

std::vector<std::string> splitPath(std::string_view path)
{
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= path.size()) {
        auto slash = path.find('/', start);
        auto end = slash == std::string_view::npos ? path.size() : slash;
        if (end > start) segments.emplace_back(path.substr(start, end - start));
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    return segments;
}

bool isParameter(const std::string& segment)
{
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

} // namespace

Route& Router::add(std::string method, std::string pattern, Permission permission, Handler handler)
{
    return addRoute(std::move(method), std::move(pattern), permission, std::move(handler));
}

Route& Router::addPublic(std::string method, std::string pattern, Handler handler)
{
    return addRoute(std::move(method), std::move(pattern), std::nullopt, std::move(handler));
}

Route& Router::addDeferred(std::string method, std::string pattern, Permission permission, DeferredHandler handler)
{
    Route& route = addRoute(std::move(method), std::move(pattern), permission, nullptr);
    route.deferredHandler = std::move(handler);
    return route;
}

Route& Router::addRoute(std::string method, std::string pattern, std::optional<Permission> permission, Handler handler)
{
    auto route = std::make_unique<Route>();
    route->method = std::move(method);
    route->segments = splitPath(pattern);
    route->pattern = std::move(pattern);
    route->permission = permission;
    route->handler = std::move(handler);
    m_routes.push_back(std::move(route));
    return *m_routes.back();
}

RouteMatch Router::match(std::string_view method, std::string_view path) const
{
    const auto segments = splitPath(path);
    // HEAD is served wherever GET is (the session sends the GET's status and headers, no body).
    const std::string_view wanted = method == "HEAD" ? std::string_view("GET") : method;
    RouteMatch result;
    std::vector<std::string_view> allowed;
    // Literal segments beat parameters ("/products/export" before "/products/{id}"), so prefer the
    // candidate with the most literal matches.
    int bestLiterals = -1;
    for (const auto& route : m_routes) {
        if (route->segments.size() != segments.size()) continue;
        std::map<std::string, std::string> params;
        int literals = 0;
        bool matches = true;
        for (std::size_t i = 0; i < segments.size() && matches; ++i) {
            const auto& expected = route->segments[i];
            if (isParameter(expected)) {
                params[expected.substr(1, expected.size() - 2)] = segments[i];
            } else if (expected == segments[i]) {
                ++literals;
            } else {
                matches = false;
            }
        }
        if (!matches) continue;
        if (route->method != wanted) {
            auto add = [&allowed](std::string_view name) {
                if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) allowed.push_back(name);
            };
            add(route->method);
            if (route->method == "GET") add("HEAD");
            continue;
        }
        if (literals > bestLiterals) {
            bestLiterals = literals;
            result.route = route.get();
            result.params = std::move(params);
        }
    }
    if (!result.route) {
        for (std::string_view name : allowed) {
            if (!result.allowedMethods.empty()) result.allowedMethods += ", ";
            result.allowedMethods += name;
        }
    }
    return result;
}

} // namespace md::http
