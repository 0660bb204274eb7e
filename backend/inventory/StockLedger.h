#pragma once
// Applies an order's stock changes after placement (releases, shipments, restocks) and writes one
// inventory_movements row per product with the order's id. Rows are locked in product_id order, the
// order placement (md_place_orders) and every other writer follow, so concurrent orders never
// deadlock. The CHECK constraints (on_hand >= 0, 0 <= reserved <= on_hand) stay the last line of
// defence: a move that would break them fails the whole transaction.

#include "inventory/StockMove.h"

#include <pqxx/pqxx>

#include <string>
#include <vector>

namespace md::inventory {

class StockLedger {
public:
    static void registerStatements();

    // reason: order_cancelled, order_shipped, order_refunded, refund_restock. Throws when a product
    // has no inventory row (its order reserved stock, so it must have one).
    void apply(pqxx::transaction_base& transaction, long long orderId, const std::vector<StockMove>& moves,
               const std::string& reason, long long actorUserId) const;
};

} // namespace md::inventory
