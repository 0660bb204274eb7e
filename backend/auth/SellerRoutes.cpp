#include "auth/SellerRoutes.h"

#include "auth/JsonBodyReader.h"
#include "auth/PageLimit.h"
#include "core/DomainError.h"

namespace md::auth {

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
    SellerListRequest query;
    query.limit = pageLimit(request);
    if (auto search = request.query("q"); search && !search->empty()) {
        if (search->size() > 200)
            throw DomainError(ErrorKind::BadRequest, "invalid_parameter", "query parameter 'q' must be at most 200 bytes",
                              {{"parameter", "q"}});
        query.search = *search;
    }
    if (auto cursor = request.query("cursor"); cursor && !cursor->empty()) query.cursor = *cursor;
    SellerListPage page = m_service.list(request.principal(), query);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& seller : page.items) items.push_back(seller.toJson());
    return http::Response::json({{"items", std::move(items)},
                                 {"next_cursor", page.nextCursor ? nlohmann::json(*page.nextCursor) : nullptr}});
}

http::Response SellerRoutes::get(http::Request& request)
{
    return http::Response::json(m_service.get(request.principal(), request.paramId("id")).toJson());
}

http::Response SellerRoutes::create(http::Request& request)
{
    const nlohmann::json body = request.jsonBody();
    JsonBodyReader reader(body);
    reader.rejectUnknown({"name"});
    auto name = reader.string("name", true);
    reader.throwIfInvalid();
    SellerRecord created = m_service.create(*name, Actor{request.principal(), request.requestId()});
    http::Response response = http::Response::json(created.toJson(), 201);
    response.header("Location", "/api/v1/sellers/" + std::to_string(created.id));
    return response;
}

} // namespace md::auth
