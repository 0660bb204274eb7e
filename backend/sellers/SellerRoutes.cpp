#include "sellers/SellerRoutes.h"

#include "core/JsonFields.h"
#include "core/QueryParameters.h"

namespace md::sellers {

SellerRoutes::SellerRoutes(SellerService& service) : m_service(service) {}

void SellerRoutes::registerRoutes(http::Router& router)
{
    router.add("GET", "/api/v1/sellers", Permission::SellersRead, [this](http::Request& request) { return list(request); });
    router.add("POST", "/api/v1/sellers", Permission::SellersAdmin,
               [this](http::Request& request) { return create(request); })
        .bodyLimit(64 * 1024);
    router.add("GET", "/api/v1/sellers/{id}", Permission::SellersRead,
               [this](http::Request& request) { return get(request); });
}

http::Response SellerRoutes::list(http::Request& request)
{
    QueryParameters read(request.queryParams());
    SellerListRequest query;
    query.limit = read.pageLimit();
    query.search = read.search("q");
    query.cursor = read.text("cursor");
    read.throwIfInvalid();
    return http::Response::json(m_service.list(request.principal(), query).toJson());
}

http::Response SellerRoutes::get(http::Request& request)
{
    return http::Response::json(m_service.get(request.principal(), request.paramId("id")).toJson());
}

http::Response SellerRoutes::create(http::Request& request)
{
    const nlohmann::json body = request.jsonBody();
    JsonFields fields(body);
    fields.rejectUnknown({"name"});
    auto name = fields.string("name", true);
    fields.throwIfInvalid();
    SellerRecord created = m_service.create(*name, request.actor());
    http::Response response = http::Response::json(created.toJson(), 201);
    response.header("Location", "/api/v1/sellers/" + std::to_string(created.id));
    return response;
}

} // namespace md::sellers
