#pragma once
// The order lifecycle of API.md as a table, free of I/O so it can be tested on its own:
//
//     placed ──► paid ──► shipped ──► delivered
//       │          │
//       └──────────┴──► cancelled
//
// Refunds are allowed once an order is paid (paid, shipped, delivered); the refund that brings the
// refunded total to the order total moves the order to `refunded`. `refunded` is never requested as
// a transition. No transition leaves delivered, cancelled or refunded (a delivered order can still
// be refunded).

#include "orders/OrderStatus.h"

#include <vector>

namespace md::orders {

class OrderStateMachine {
public:
    // The states a transition request may move an order in `from` to, in lifecycle order.
    static std::vector<OrderStatus> allowedTransitions(OrderStatus from);
    static bool canTransition(OrderStatus from, OrderStatus to);
    // Shipping needs a carrier and a tracking number.
    static bool requiresShipment(OrderStatus to) { return to == OrderStatus::Shipped; }

    static bool canRefund(OrderStatus status);
    // Where a refund leaves the order: `refunded` once the refunded total reaches the order total.
    static OrderStatus statusAfterRefund(OrderStatus status, long long refundedCentsAfter, long long totalCents);
    // Restocking refunded lines is only possible once the goods left the warehouse.
    static bool canRestock(OrderStatus status);
};

} // namespace md::orders
