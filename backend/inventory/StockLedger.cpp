#include "inventory/StockLedger.h"

#include "db/ConnectionPool.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace md::inventory {

void StockLedger::registerStatements()
{
    // locked runs to completion before any row is updated (moved joins it), taking the row locks in
    // product_id order.
    db::Statements::add(
        "inventory_apply_order_moves",
        "WITH moves AS (SELECT product_id, on_hand_delta, reserved_delta FROM jsonb_to_recordset($2::jsonb) "
        "AS m(product_id bigint, on_hand_delta integer, reserved_delta integer)), "
        "locked AS (SELECT i.product_id FROM inventory i JOIN moves USING (product_id) ORDER BY i.product_id "
        "FOR UPDATE OF i), "
        "moved AS (UPDATE inventory i SET on_hand = i.on_hand + m.on_hand_delta, "
        "reserved = i.reserved + m.reserved_delta, version = i.version + 1, updated_at = now() "
        "FROM moves m JOIN locked USING (product_id) WHERE i.product_id = m.product_id "
        "RETURNING i.product_id, m.on_hand_delta, m.reserved_delta) "
        "INSERT INTO inventory_movements (product_id, delta, reserved_delta, reason, order_id, actor_user_id) "
        "SELECT product_id, on_hand_delta, reserved_delta, $3::text, $1::bigint, $4::bigint FROM moved "
        "ORDER BY product_id RETURNING product_id");
}

void StockLedger::apply(pqxx::transaction_base& transaction, long long orderId, const std::vector<StockMove>& moves,
                        const std::string& reason, long long actorUserId) const
{
    nlohmann::json lines = nlohmann::json::array();
    for (const auto& move : moves) {
        if (move.onHandDelta == 0 && move.reservedDelta == 0) continue;
        lines.push_back({{"product_id", move.productId},
                         {"on_hand_delta", move.onHandDelta},
                         {"reserved_delta", move.reservedDelta}});
    }
    if (lines.empty()) return;
    auto result = transaction.exec_prepared("inventory_apply_order_moves", orderId, lines.dump(), reason, actorUserId);
    if (result.size() != lines.size())
        throw std::logic_error("order " + std::to_string(orderId) + " moves stock of a product without an inventory row");
}

} // namespace md::inventory
