#pragma once
// What each step of an order does to stock; the one place these semantics are written down.
//
//   placed     the ordered quantity is reserved (reserved += q; on_hand unchanged), so it cannot be
//              sold twice. md_place_orders does this in the database, for all lines or none.
//   cancelled  (from placed or paid) the reservation is released: reserved -= q.
//   shipped    the goods leave the warehouse: on_hand -= q and reserved -= q (available unchanged).
//   refunded in full before shipping (from paid): the reservation is released, as for a cancel.
//   restock    refund lines of a shipped or delivered order put goods back: on_hand += q, at most the
//              shipped quantity minus what earlier refunds already restocked.
//
// Refunds of money alone (partial, or after shipping without restock lines) do not touch stock.
// Every change is written to inventory_movements with the order's id (see inventory::StockLedger).

#include "inventory/StockMove.h"
#include "orders/OrderLine.h"
#include "orders/OrderStatus.h"

#include <vector>

namespace md::orders {

class OrderStockEffects {
public:
    // The movement reasons recorded in inventory_movements.
    static constexpr const char* kCancelReason = "order_cancelled";
    static constexpr const char* kShipReason = "order_shipped";
    static constexpr const char* kRefundReason = "order_refunded";
    static constexpr const char* kRestockReason = "refund_restock";

    static std::vector<inventory::StockMove> ofTransition(OrderStatus from, OrderStatus to,
                                                          const std::vector<OrderLine>& lines);
    // A refund that completes the order's refunds, taken while the order is in `from`.
    static std::vector<inventory::StockMove> ofFullRefund(OrderStatus from, const std::vector<OrderLine>& lines);
    // restock: (product id, quantity) pairs, already checked against OrderLine::restockable().
    static std::vector<inventory::StockMove> ofRestock(const std::vector<OrderLine>& restock);
};

} // namespace md::orders
