#pragma once
// POST /api/v1/orders/{id}/refunds: an amount of money, why, and optionally the lines that go back
// on the shelf (restock; only for shipped or delivered orders, checked against the order's lines
// once it is locked).

#include "orders/OrderLine.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace md::orders {

struct RefundRequest {
    static constexpr std::size_t kMaxReasonCharacters = 500;
    static constexpr std::size_t kMaxRestockLines = 100;

    long long amountCents = 0;
    std::string reason;
    std::vector<OrderLine> restock; // productId and quantity; distinct products, ascending

    // 400 when the body is not an object; 422 naming every invalid field (a product repeated in
    // restock is refused rather than guessed at).
    static RefundRequest fromJson(const nlohmann::json& body);
    // The restock lines as stored on the refund: [{"product_id": .., "quantity": ..}].
    nlohmann::json restockJson() const;
};

} // namespace md::orders
