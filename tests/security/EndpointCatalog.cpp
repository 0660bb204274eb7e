#include "EndpointCatalog.h"

#include <sstream>

namespace md::test {

namespace {

std::vector<std::string> outcomes(const std::string& text)
{
    std::vector<std::string> result;
    std::istringstream words(text);
    for (std::string word; words >> word;) result.push_back(word);
    return result;
}

using Body = std::function<std::string(const PlaceholderResolver&)>;

Body json(std::function<nlohmann::json(const PlaceholderResolver&)> make)
{
    return [make](const PlaceholderResolver& resolve) { return make(resolve).dump(); };
}

long long number(const PlaceholderResolver& resolve, const std::string& name) { return std::stoll(resolve(name)); }

const Body kNoBody = [](const PlaceholderResolver&) { return std::string(); };
const std::string kJson = "application/json";

// Who may do what (core/Principal.cpp, API.md "Roles"):  anonymous admin seller support operator customer
const char* kSignedIn = "401 2xx 2xx 2xx 2xx 2xx";
const char* kAdminOnly = "401 2xx 403 403 403 403";
const char* kStaff = "401 2xx 2xx 2xx 2xx 403";
const char* kCatalogWrite = "401 2xx 2xx 403 403 403";
const char* kOrderManage = "401 2xx 2xx 2xx 403 403";
// Recording a payment: support and admins; the seller sees the order but may not (403, not 404).
const char* kRecordPayment = "401 2xx 403 2xx 403 403";
const char* kPlaceOrder = "401 2xx 403 403 403 2xx";
const char* kPublic = "2xx 2xx 2xx 2xx 2xx 2xx";
// Ops endpoints without a configured cluster or Prometheus: 503 not_configured for those allowed.
const char* kOps = "401 503 403 403 503 403";

std::vector<EndpointCase> buildCases()
{
    std::vector<EndpointCase> cases;
    auto add = [&](std::string method, std::string path, Body body, const char* expected, bool freshToken = false,
                   std::string note = {}) {
        cases.push_back({std::move(method), std::move(path), std::move(body), kJson, outcomes(expected), freshToken,
                         std::move(note)});
    };

    // Auth and users
    add("POST", "/api/v1/auth/login", json([](auto&) {
            return nlohmann::json{{"email", "customer.b@test.marketdesk.kr"}, {"password", "Test-password-2024!"}};
        }),
        kPublic);
    add("POST", "/api/v1/auth/refresh",
        json([](auto& r) { return nlohmann::json{{"refresh_token", r("refresh_token")}}; }), kPublic);
    // With a refresh token in the body, logout ends the caller's own session (the fresh token's) and
    // no other; without one it would end every session of the role, the shared token's too.
    add("POST", "/api/v1/auth/logout",
        json([](auto&) { return nlohmann::json{{"refresh_token", "not-a-refresh-token"}}; }), kSignedIn, true);
    add("GET", "/api/v1/me", kNoBody, kSignedIn);
    add("GET", "/api/v1/users", kNoBody, kAdminOnly);
    add("POST", "/api/v1/users", json([](auto& r) {
            return nlohmann::json{{"email", "matrix" + r("n") + "@test.marketdesk.kr"},
                                  {"password", "Test-password-2024!"},
                                  {"role", "customer"}};
        }),
        kAdminOnly);
    add("GET", "/api/v1/users/{user}", kNoBody, kAdminOnly);
    add("PATCH", "/api/v1/users/{user}", json([](auto&) { return nlohmann::json{{"display_name", "Renamed 이름"}}; }),
        kAdminOnly);
    add("GET", "/api/v1/sellers", kNoBody, kStaff);
    add("POST", "/api/v1/sellers", json([](auto& r) { return nlohmann::json{{"name", "Matrix seller " + r("n")}}; }),
        kAdminOnly);
    add("GET", "/api/v1/sellers/{seller}", kNoBody, kStaff);

    // Catalog
    add("GET", "/api/v1/products", kNoBody, kSignedIn);
    add("POST", "/api/v1/products", json([](auto& r) {
            return nlohmann::json{{"seller_id", number(r, "seller")}, {"sku", "MATRIX-" + r("n")},
                                  {"title", "Matrix product"},     {"price_cents", 5000},
                                  {"currency", "KRW"},             {"status", "active"}};
        }),
        kCatalogWrite);
    add("GET", "/api/v1/products/{product}", kNoBody, kSignedIn);
    add("PATCH", "/api/v1/products/{fresh_product}",
        json([](auto&) { return nlohmann::json{{"title", "Patched by the matrix"}}; }), kCatalogWrite);
    add("DELETE", "/api/v1/products/{fresh_product}", kNoBody, kCatalogWrite);
    cases.push_back({"POST", "/api/v1/products/import?dry_run=true",
                     [](const PlaceholderResolver& r) {
                         return "seller_id,sku,title,price_cents,currency,status\n" + r("seller") + ",IMPORT-" + r("n") +
                                ",Imported by the matrix,1000,KRW,draft\n";
                     },
                     "text/csv", outcomes(kCatalogWrite), false, {}});
    add("GET", "/api/v1/products/export", kNoBody, kSignedIn);

    // Inventory
    add("GET", "/api/v1/inventory", kNoBody, kStaff);
    add("GET", "/api/v1/inventory/{product}", kNoBody, kStaff);
    add("POST", "/api/v1/inventory/{product}/adjustments",
        json([](auto&) { return nlohmann::json{{"delta", 1}, {"reason", "authorization matrix"}}; }), kCatalogWrite);
    add("GET", "/api/v1/inventory/{product}/movements", kNoBody, kStaff);

    // Orders
    add("GET", "/api/v1/orders", kNoBody, kSignedIn);
    add("POST", "/api/v1/orders", json([](auto& r) {
            return nlohmann::json{{"items", {{{"product_id", number(r, "product")}, {"quantity", 1}}}},
                                  {"shipping_address",
                                   {{"name", "홍길동"}, {"phone", "010-0000-0000"}, {"line1", "1 Test-ro"},
                                    {"city", "Seoul"}, {"postal_code", "01234"}}}};
        }),
        kPlaceOrder);
    add("GET", "/api/v1/orders/{order}", kNoBody, kSignedIn);
    add("POST", "/api/v1/orders/{fresh_order}/transitions", json([](auto&) { return nlohmann::json{{"to", "paid"}}; }),
        kRecordPayment, false, "record payment");
    add("POST", "/api/v1/orders/{fresh_order}/transitions",
        json([](auto&) { return nlohmann::json{{"to", "cancelled"}}; }), kOrderManage, false, "cancel");
    add("POST", "/api/v1/orders/{paid_order}/refunds",
        json([](auto&) { return nlohmann::json{{"amount_cents", 100}, {"reason", "authorization matrix"}}; }),
        kOrderManage);
    add("POST", "/api/v1/orders/{order}/notes",
        json([](auto&) { return nlohmann::json{{"body", "Matrix note 메모"}}; }), kOrderManage);

    // Live events
    add("STREAM", "/api/v1/events", kNoBody, kSignedIn);

    // Operations
    add("GET", "/api/v1/ops/deployments", kNoBody, kOps);
    add("GET", "/api/v1/ops/deployments/web", kNoBody, kOps);
    add("POST", "/api/v1/ops/deployments/web/scale", json([](auto&) { return nlohmann::json{{"replicas", 2}}; }), kOps);
    add("POST", "/api/v1/ops/deployments/web/restart", json([](auto&) { return nlohmann::json::object(); }), kOps);
    add("POST", "/api/v1/ops/deployments/web/rollback", json([](auto&) { return nlohmann::json{{"revision", 1}}; }),
        kOps);
    add("POST", "/api/v1/ops/deployments/web/image",
        json([](auto&) { return nlohmann::json{{"container", "web"}, {"image", "marketdesk:1.0"}}; }), kOps);
    add("POST", "/api/v1/ops/deployments/web/pause", json([](auto&) { return nlohmann::json::object(); }), kOps);
    add("POST", "/api/v1/ops/deployments/web/resume", json([](auto&) { return nlohmann::json::object(); }), kOps);
    add("GET", "/api/v1/ops/pods/web-1/logs?tail_lines=10", kNoBody, kOps);
    add("GET", "/api/v1/ops/metrics/query_range?query=up&start=0&end=60&step=15", kNoBody, kOps);
    add("GET", "/api/v1/ops/metrics/query?query=up", kNoBody, kOps);
    add("GET", "/api/v1/ops/alerts", kNoBody, kOps);
    return cases;
}

} // namespace

const std::vector<std::string>& EndpointCatalog::callers()
{
    static const std::vector<std::string> names{"anonymous", "admin", "seller", "support", "operator", "customer"};
    return names;
}

const std::vector<EndpointCase>& EndpointCatalog::cases()
{
    static const std::vector<EndpointCase> all = buildCases();
    return all;
}

std::string EndpointCatalog::expand(const std::string& text, const PlaceholderResolver& resolve)
{
    std::string result;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t open = text.find('{', at);
        std::size_t close = open == std::string::npos ? std::string::npos : text.find('}', open);
        if (close == std::string::npos) {
            result += text.substr(at);
            break;
        }
        result += text.substr(at, open - at) + resolve(text.substr(open + 1, close - open - 1));
        at = close + 1;
    }
    return result;
}

} // namespace md::test
