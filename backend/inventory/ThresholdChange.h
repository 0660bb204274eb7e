#pragma once
// PATCH /api/v1/inventory/{product_id}: the low-stock threshold, the only stock setting that is
// edited directly (on_hand changes through adjustments, reserved through orders).

#include <nlohmann/json.hpp>

namespace md::inventory {

struct ThresholdChange {
    static constexpr long long kMaxThreshold = 1'000'000'000;

    long long lowStockThreshold = 0;

    // 400 when the body is not an object; 422 when low_stock_threshold is missing or out of range.
    static ThresholdChange fromJson(const nlohmann::json& body);
};

} // namespace md::inventory
