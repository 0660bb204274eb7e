#pragma once
// One product's stock as the API shows it. available = on_hand - reserved: what can still be sold.
// The database keeps reserved <= on_hand, so available is never negative.

#include <nlohmann/json.hpp>

#include <string>

namespace md::inventory {

struct InventoryLevel {
    long long productId = 0;
    long long sellerId = 0;
    std::string sku;
    std::string title;
    long long onHand = 0;
    long long reserved = 0;
    long long lowStockThreshold = 0;
    long long version = 1;
    std::string updatedAt; // RFC 3339

    long long available() const { return onHand - reserved; }
    bool isLowStock() const { return available() <= lowStockThreshold; }
    nlohmann::json toJson() const;
};

} // namespace md::inventory
