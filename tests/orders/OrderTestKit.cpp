#include "orders/OrderTestKit.h"

#include <latch>
#include <sstream>
#include <thread>

namespace md::test::orders {

nlohmann::json shippingAddress()
{
    return {{"name", "김민수"},
            {"phone", "010-1234-5678"},
            {"line1", "서울특별시 강남구 테헤란로 152"},
            {"line2", "12층 1203호"},
            {"city", "서울"},
            {"postal_code", "06236"},
            {"country", "KR"}};
}

nlohmann::json orderBody(const std::vector<std::pair<long long, long long>>& lines)
{
    nlohmann::json items = nlohmann::json::array();
    for (const auto& [productId, quantity] : lines) items.push_back({{"product_id", productId}, {"quantity", quantity}});
    return {{"items", items}, {"shipping_address", shippingAddress()}};
}

std::string orderPath(long long orderId, const std::string& suffix)
{
    return "/api/v1/orders/" + std::to_string(orderId) + suffix;
}

double metricValue(HttpClient& client, const std::string& series)
{
    HttpResponse metrics = client.get("/metrics");
    std::istringstream lines(metrics.body);
    std::string line;
    while (std::getline(lines, line))
        if (line.rfind(series + " ", 0) == 0) return std::stod(line.substr(series.size() + 1));
    return 0;
}

HttpResponse transition(HttpClient& client, long long orderId, const std::string& to, const nlohmann::json& extra)
{
    nlohmann::json body = extra;
    body["to"] = to;
    return client.post(orderPath(orderId, "/transitions"), body);
}

void race(int count, const std::function<void(int)>& body)
{
    std::latch start(count);
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        threads.emplace_back([&, i] {
            start.arrive_and_wait();
            body(i);
        });
    for (auto& thread : threads) thread.join();
}

} // namespace md::test::orders
