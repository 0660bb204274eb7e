#include "events/EventTestKit.h"

#include "support/TestSetupError.h"

namespace md::test::events {

nlohmann::json shippingAddress()
{
    return {{"name", "김민준"},       {"phone", "010-1234-5678"}, {"line1", "테헤란로 123"},
            {"line2", "4층 401호"},   {"city", "강남구"},         {"region", "서울특별시"},
            {"postal_code", "06236"}, {"country", "KR"}};
}

nlohmann::json placeOrder(Fixtures& fixtures, Role customer, long long productId, int quantity)
{
    HttpClient client = fixtures.client(customer);
    return placeOrder(client, productId, quantity);
}

nlohmann::json placeOrder(HttpClient& client, long long productId, int quantity)
{
    HttpResponse response = client.post(
        "/api/v1/orders",
        {{"items", {{{"product_id", productId}, {"quantity", quantity}}}}, {"shipping_address", shippingAddress()}});
    if (response.status != 201) throw TestSetupError(QString::fromStdString("placing an order failed: " + response.describe()));
    return response.json();
}

long long stockedProduct(Fixtures& fixtures, Role seller, long long onHand)
{
    auto product = fixtures.createProduct(seller, {{"title", "실시간 이벤트 테스트 상품"}, {"status", "active"}});
    const long long id = product["id"].get<long long>();
    fixtures.setStock(seller, id, onHand);
    return id;
}

long long publishEvent(pqxx::connection& connection, const std::string& type, std::optional<long long> sellerId,
                       std::optional<long long> customerUserId, const nlohmann::json& payload)
{
    pqxx::work transaction(connection);
    auto row = transaction.exec_params1(
        "INSERT INTO events (type, seller_id, customer_user_id, payload) VALUES ($1, $2, $3, $4::jsonb) RETURNING id",
        type, sellerId, customerUserId, payload.dump());
    transaction.commit();
    return row[0].as<long long>();
}

HttpStream openEvents(HttpClient& client, const std::string& query, const HttpHeaders& headers)
{
    return client.openStream("GET", "/api/v1/events" + query, headers);
}

std::vector<SseEvent> readEvents(HttpStream& stream, std::size_t count, std::chrono::milliseconds timeout)
{
    std::vector<SseEvent> events;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (events.size() < count) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) break;
        auto event = stream.readEvent(left);
        if (!event) break;
        events.push_back(std::move(*event));
    }
    return events;
}

std::vector<SseEvent> readUntilType(HttpStream& stream, const std::string& type, std::chrono::milliseconds timeout)
{
    std::vector<SseEvent> events;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) break;
        auto event = stream.readEvent(left);
        if (!event) break;
        events.push_back(std::move(*event));
        if (events.back().type == type) break;
    }
    return events;
}

std::vector<SseEvent> readUntilId(HttpStream& stream, long long id, std::chrono::milliseconds timeout)
{
    std::vector<SseEvent> events;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) break;
        auto event = stream.readEvent(left);
        if (!event) break;
        events.push_back(std::move(*event));
        if (events.back().id == std::to_string(id)) break;
    }
    return events;
}

std::vector<long long> idsOf(const std::vector<SseEvent>& events)
{
    std::vector<long long> ids;
    for (const auto& event : events)
        if (!event.id.empty()) ids.push_back(std::stoll(event.id));
    return ids;
}

} // namespace md::test::events
