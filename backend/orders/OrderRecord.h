#pragma once
// The parts of an order its rules look at, read with the row locked for the rest of the transaction.

#include "orders/OrderStatus.h"

#include <optional>

namespace md::orders {

struct OrderRecord {
    long long id = 0;
    OrderStatus status = OrderStatus::Placed;
    long long sellerId = 0;
    std::optional<long long> customerUserId;
    long long totalCents = 0;
    long long refundedCents = 0;
    long long version = 1;

    long long refundableCents() const { return totalCents - refundedCents; }
};

} // namespace md::orders
