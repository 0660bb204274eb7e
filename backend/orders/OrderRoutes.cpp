#include "orders/OrderRoutes.h"

#include "orders/RequestFingerprint.h"

namespace md::orders {

namespace {

constexpr std::size_t kOrderBodyLimit = 256 * 1024; // 100 lines and an address are a few KiB
constexpr std::size_t kSmallBodyLimit = 64 * 1024;  // a 5000-character note is at most 20 KB
const std::string kJson = "application/json; charset=utf-8";

std::string etag(long long version)
{
    return "\"" + std::to_string(version) + "\"";
}

std::optional<IdempotentRequest> idempotencyOf(const http::Request& request, const nlohmann::json& body)
{
    std::string key = request.header("Idempotency-Key");
    if (key.empty()) return std::nullopt;
    IdempotencyStore::validateKey(key);
    return IdempotentRequest{key, RequestFingerprint::of(request.method(), request.path(), body)};
}

// Created is 201. A replay answers the first response again, status included (API.md, Idempotency):
// only a created order or refund is stored with its key, so that is 201 too.
unsigned statusOf(OrderReply::Outcome outcome)
{
    switch (outcome) {
    case OrderReply::Outcome::Created:
    case OrderReply::Outcome::Replayed: return 201;
    }
    return 201;
}

http::Response replyResponse(const OrderReply& reply)
{
    http::Response response = http::Response::text(reply.json, kJson, statusOf(reply.outcome));
    response.header("Location", "/api/v1/orders/" + std::to_string(reply.orderId)).header("ETag", etag(reply.version));
    if (reply.replayed()) response.header("Idempotent-Replayed", "true");
    return response;
}

http::Response documentResponse(const OrderDocument& document)
{
    return http::Response::text(document.json, kJson).header("ETag", etag(document.version));
}

} // namespace

void OrderRoutes::registerRoutes(http::Router& router) const
{
    router.addDeferred("POST", "/api/v1/orders", Permission::OrdersPlace,
                       [this](http::Request& r, http::Reply reply) { place(r, std::move(reply)); })
        .bodyLimit(kOrderBodyLimit);
    router.add("GET", "/api/v1/orders", Permission::OrdersRead, [this](http::Request& r) { return list(r); });
    router.add("GET", "/api/v1/orders/{id}", Permission::OrdersRead, [this](http::Request& r) { return get(r); });
    router.add("POST", "/api/v1/orders/{id}/transitions", Permission::OrdersManage,
               [this](http::Request& r) { return transition(r); })
        .bodyLimit(kSmallBodyLimit);
    router.add("POST", "/api/v1/orders/{id}/refunds", Permission::OrdersManage,
               [this](http::Request& r) { return refund(r); })
        .bodyLimit(kSmallBodyLimit);
    router.add("POST", "/api/v1/orders/{id}/notes", Permission::OrdersNote,
               [this](http::Request& r) { return addNote(r); })
        .bodyLimit(kSmallBodyLimit);
}

void OrderRoutes::place(http::Request& request, http::Reply reply) const
{
    nlohmann::json body = request.jsonBody();
    PlaceOrderRequest order = PlaceOrderRequest::fromJson(body);
    m_service.place(request.actor(), order, idempotencyOf(request, body),
                    [reply = std::move(reply)](std::optional<OrderReply> placed, std::exception_ptr error) {
                        if (error)
                            reply.fail(error);
                        else
                            reply(replyResponse(*placed));
                    });
}

http::Response OrderRoutes::list(http::Request& request) const
{
    auto page = m_service.list(request.principal(), OrderListQuery::fromParameters(request.queryParams()));
    // The summaries arrive as JSON text from the database; splice them rather than parse and re-render.
    std::string body = "{\"items\":[";
    for (std::size_t i = 0; i < page.items.size(); ++i) {
        if (i > 0) body += ',';
        body += page.items[i];
    }
    body += "],\"next_cursor\":";
    body += page.nextCursor ? nlohmann::json(*page.nextCursor).dump() : std::string("null");
    body += '}';
    return http::Response::text(std::move(body), kJson);
}

http::Response OrderRoutes::get(http::Request& request) const
{
    return documentResponse(m_service.get(request.principal(), request.paramId("id")));
}

http::Response OrderRoutes::transition(http::Request& request) const
{
    const long long orderId = request.paramId("id");
    // The body is only parsed here (415/400); the service judges it after the order (404/403/412/409).
    return documentResponse(
        m_service.transition(request.actor(), orderId, request.jsonBody(), request.ifMatchVersion()));
}

http::Response OrderRoutes::refund(http::Request& request) const
{
    const long long orderId = request.paramId("id");
    nlohmann::json body = request.jsonBody();
    OrderReply reply = m_service.refund(request.actor(), orderId, body, idempotencyOf(request, body));
    http::Response response = http::Response::text(reply.json, kJson, statusOf(reply.outcome));
    response.header("ETag", etag(reply.version));
    if (reply.replayed()) response.header("Idempotent-Replayed", "true");
    return response;
}

http::Response OrderRoutes::addNote(http::Request& request) const
{
    const long long orderId = request.paramId("id");
    return http::Response::text(m_service.addNote(request.actor(), orderId, request.jsonBody()), kJson, 201);
}

} // namespace md::orders
