#pragma once
// POST /api/v1/orders, checked: the lines (merged by product, so each product appears once), the
// shipping address, and, for an admin placing an order on someone's behalf, the customer.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace md::orders {

struct PlaceOrderRequest {
    static constexpr std::size_t kMaxLines = 100;
    static constexpr long long kMaxQuantity = 1000;
    static constexpr std::size_t kMaxAddressFields = 20;
    static constexpr std::size_t kMaxAddressFieldCharacters = 200;

    struct Line {
        long long productId = 0;
        long long quantity = 0;
    };
    std::vector<Line> lines; // product ids distinct, ascending
    // Trimmed, with country upper-cased (default "KR"); unknown string fields are kept as given.
    nlohmann::json shippingAddress;
    std::optional<long long> customerUserId;
    std::optional<std::string> customerEmail;

    // 400 when the body is not an object; 422 naming every invalid field. Repeated product ids are
    // merged into one line (their quantities added; the sum must stay within kMaxQuantity).
    static PlaceOrderRequest fromJson(const nlohmann::json& body);
    // The lines as md_place_orders takes them: [{"product_id": .., "quantity": ..}].
    nlohmann::json linesJson() const;
};

} // namespace md::orders
