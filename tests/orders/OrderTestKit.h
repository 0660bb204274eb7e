#pragma once
// Small shared pieces of the order tests: request bodies, paths, reading a counter from /metrics and
// racing clients.

#include "support/HttpClient.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace md::test::orders {

// A complete Korean shipping address.
nlohmann::json shippingAddress();
// {"items": [{"product_id", "quantity"}...], "shipping_address": shippingAddress()}
nlohmann::json orderBody(const std::vector<std::pair<long long, long long>>& lines);
std::string orderPath(long long orderId, const std::string& suffix = "");
// The value of one series ("orders_placed_total") in GET /metrics; 0 when absent.
double metricValue(HttpClient& client, const std::string& series);
// POST /api/v1/orders/{id}/transitions {"to": to, ...extra}.
HttpResponse transition(HttpClient& client, long long orderId, const std::string& to,
                        const nlohmann::json& extra = nlohmann::json::object());
// The same with a client made for this one request.
inline HttpResponse transition(HttpClient&& client, long long orderId, const std::string& to,
                               const nlohmann::json& extra = nlohmann::json::object())
{
    return transition(client, orderId, to, extra);
}

// Runs body(i) for i in [0, count) on count threads released together, and waits for all of them.
// Every request has the client's 30 s timeout, so this is bounded in time as well as in count.
void race(int count, const std::function<void(int)>& body);

} // namespace md::test::orders
