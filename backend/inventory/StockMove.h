#pragma once
// One product's share of an order's stock change: how much on_hand and reserved move.

namespace md::inventory {

struct StockMove {
    long long productId = 0;
    long long onHandDelta = 0;
    long long reservedDelta = 0;

    bool operator==(const StockMove&) const = default;
};

} // namespace md::inventory
