#include "inventory/InventoryRoutes.h"

#include "core/DomainError.h"

namespace md::inventory {

namespace {

constexpr std::size_t kSmallBody = 16 * 1024;

http::Response levelResponse(const InventoryLevel& level)
{
    return http::Response::json(level.toJson()).header("ETag", "\"" + std::to_string(level.version) + "\"");
}

template <typename Item> http::Response pageResponse(const Page<Item>& page)
{
    nlohmann::json items = nlohmann::json::array();
    for (const auto& item : page.items) items.push_back(item.toJson());
    return http::Response::json(
        {{"items", std::move(items)},
         {"next_cursor", page.nextCursor ? nlohmann::json(*page.nextCursor) : nlohmann::json(nullptr)}});
}

long long pageLimit(const http::Request& request)
{
    long long limit = request.queryInt("limit").value_or(InventoryService::kDefaultLimit);
    if (limit < 1 || limit > InventoryService::kMaxLimit)
        throw DomainError::invalidField("limit", "must be between 1 and " + std::to_string(InventoryService::kMaxLimit));
    return limit;
}

Actor actorOf(const http::Request& request)
{
    return Actor{request.principal(), request.requestId()};
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
    return pageResponse(m_service.list(request.principal(), InventoryListQuery::fromParameters(request.queryParams())));
}

http::Response InventoryRoutes::get(http::Request& request) const
{
    return levelResponse(m_service.get(request.principal(), request.paramId("product_id")));
}

http::Response InventoryRoutes::adjust(http::Request& request) const
{
    const long long productId = request.paramId("product_id");
    return levelResponse(m_service.adjust(actorOf(request), productId, request.jsonBody(), request.ifMatchVersion()));
}

http::Response InventoryRoutes::changeThreshold(http::Request& request) const
{
    const long long productId = request.paramId("product_id");
    return levelResponse(
        m_service.changeThreshold(actorOf(request), productId, request.jsonBody(), request.ifMatchVersion()));
}

http::Response InventoryRoutes::movements(http::Request& request) const
{
    const long long productId = request.paramId("product_id");
    return pageResponse(m_service.movements(request.principal(), productId, request.query("cursor"), pageLimit(request)));
}

} // namespace md::inventory
