#include "seed/DemoDataSet.h"

namespace md::seed {

const char* toString(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Placed: return "placed";
    case OrderStatus::Paid: return "paid";
    case OrderStatus::Shipped: return "shipped";
    case OrderStatus::Delivered: return "delivered";
    case OrderStatus::Cancelled: return "cancelled";
    case OrderStatus::Refunded: return "refunded";
    }
    return "placed";
}

const char* toString(ProductStatus status)
{
    switch (status) {
    case ProductStatus::Draft: return "draft";
    case ProductStatus::Active: return "active";
    case ProductStatus::Archived: return "archived";
    }
    return "draft";
}

const char* toString(MovementReason reason)
{
    switch (reason) {
    case MovementReason::InitialStock: return "initial_stock";
    case MovementReason::OrderPlaced: return "order_placed";
    case MovementReason::OrderCancelled: return "order_cancelled";
    case MovementReason::OrderRefunded: return "order_refunded";
    case MovementReason::OrderShipped: return "order_shipped";
    case MovementReason::RefundRestock: return "refund_restock";
    case MovementReason::StockCount: return "stock_count";
    }
    return "adjustment";
}

} // namespace md::seed
