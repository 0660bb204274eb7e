#include "seed/DemoDataSet.h"

namespace md::seed {

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
