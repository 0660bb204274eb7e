#pragma once
// A manual change of on_hand (POST /api/v1/inventory/{product_id}/adjustments): a stock count, a
// delivery from the supplier, breakage. delta is never 0 and the reason is recorded in the history.

#include <nlohmann/json.hpp>

#include <string>

namespace md::inventory {

struct StockAdjustment {
    static constexpr long long kMaxMagnitude = 1'000'000'000;
    static constexpr std::size_t kMaxReasonCharacters = 500;

    long long delta = 0;
    std::string reason;

    // 400 when the body is not an object; 422 naming every invalid or unknown field.
    static StockAdjustment fromJson(const nlohmann::json& body);
};

} // namespace md::inventory
