#include "orders/OrderStateMachine.h"

#include <algorithm>

namespace md::orders {

std::vector<OrderStatus> OrderStateMachine::allowedTransitions(OrderStatus from)
{
    switch (from) {
    case OrderStatus::Placed: return {OrderStatus::Paid, OrderStatus::Cancelled};
    case OrderStatus::Paid: return {OrderStatus::Shipped, OrderStatus::Cancelled};
    case OrderStatus::Shipped: return {OrderStatus::Delivered};
    case OrderStatus::Delivered:
    case OrderStatus::Cancelled:
    case OrderStatus::Refunded: return {};
    }
    return {};
}

bool OrderStateMachine::canTransition(OrderStatus from, OrderStatus to)
{
    auto allowed = allowedTransitions(from);
    return std::find(allowed.begin(), allowed.end(), to) != allowed.end();
}

bool OrderStateMachine::canRefund(OrderStatus status)
{
    return status == OrderStatus::Paid || status == OrderStatus::Shipped || status == OrderStatus::Delivered;
}

OrderStatus OrderStateMachine::statusAfterRefund(OrderStatus status, long long refundedCentsAfter, long long totalCents)
{
    return refundedCentsAfter >= totalCents ? OrderStatus::Refunded : status;
}

bool OrderStateMachine::canRestock(OrderStatus status)
{
    return status == OrderStatus::Shipped || status == OrderStatus::Delivered;
}

} // namespace md::orders
