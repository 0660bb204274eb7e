#include "inventory/InventoryRoutes.h"

#include "core/QueryParameters.h"

namespace md::inventory {

namespace {

constexpr std::size_t kSmallBody = 16 * 1024;

http::Response levelResponse(const InventoryLevel& level)
{
    return http::Response::json(level.toJson()).header("ETag", "\"" + std::to_string(level.version) + "\"");
}

} // namespace

void InventoryRoutes::registerRoutes(http::Router& router) const
{
    router.add("GET", "/api/v1/inventory", Permission::InventoryRead, [this](http::Request& r) { return list(r); });
    router.add("GET", "/api/v1/inventory/{product_id}", Permission::InventoryRead,
               [this](http::Request& r) { return get(r); });
    router.add("PATCH", "/api/v1/inventory/{product_id}", Permission::InventoryWrite,
               [this](http::Request& r) { return changeThreshold(r); })
        .bodyLimit(kSmallBody);
    router.add("POST", "/api/v1/inventory/{product_id}/adjustments", Permission::InventoryWrite,
               [this](http::Request& r) { return adjust(r); })
        .bodyLimit(kSmallBody);
    router.add("GET", "/api/v1/inventory/{product_id}/movements", Permission::InventoryRead,
               [this](http::Request& r) { return movements(r); });
}

http::Response InventoryRoutes::list(http::Request& request) const
{
    const auto page = m_service.list(request.principal(), InventoryListQuery::fromParameters(request.queryParams()));
    return http::Response::json(page.toJson());
}

http::Response InventoryRoutes::get(http::Request& request) const
{
    return levelResponse(m_service.get(request.principal(), request.paramId("product_id")));
}

http::Response InventoryRoutes::adjust(http::Request& request) const
{
    const long long productId = request.paramId("product_id");
    return levelResponse(m_service.adjust(request.actor(), productId, request.jsonBody(), request.ifMatchVersion()));
}

http::Response InventoryRoutes::changeThreshold(http::Request& request) const
{
    const long long productId = request.paramId("product_id");
    return levelResponse(
        m_service.changeThreshold(request.actor(), productId, request.jsonBody(), request.ifMatchVersion()));
}

http::Response InventoryRoutes::movements(http::Request& request) const
{
    const long long productId = request.paramId("product_id");
    QueryParameters read(request.queryParams());
    const long long limit = read.pageLimit();
    read.throwIfInvalid();
    const auto page = m_service.movements(request.principal(), productId, read.text("cursor"), limit);
    return http::Response::json(page.toJson());
}

} // namespace md::inventory
