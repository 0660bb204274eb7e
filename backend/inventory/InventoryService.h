#pragma once
// The inventory rules: who sees and changes which stock (sellers their own products, staff all), how
// on_hand may change (never below what orders have reserved), and the audit trail of each change.
// A change that makes available stock cross the low-stock threshold publishes inventory.low_stock in
// the same transaction; the database trigger inventory_low_stock does that for every writer.

#include "core/Actor.h"
#include "core/Page.h"
#include "db/ConnectionPool.h"
#include "inventory/InventoryRepository.h"
#include "inventory/StockAdjustment.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace md::inventory {

class InventoryService {
public:
    InventoryService(db::ConnectionPool& pool, const InventoryRepository& repository);

    Page<InventoryLevel> list(const Principal& principal, InventoryListQuery query) const;
    InventoryLevel get(const Principal& principal, long long productId) const;
    // The body (a StockAdjustment) is judged after the product, in API.md's order of checks: 404
    // for a product the caller may not see, 412 when expectedVersion is stale, then 400/422 for the
    // body, then 409 insufficient_stock when on_hand would drop below reserved.
    InventoryLevel adjust(const Actor& actor, long long productId, const nlohmann::json& body,
                          std::optional<long long> expectedVersion) const;
    // PATCH with a ThresholdChange body: 404, 412, then 400/422 for the body.
    InventoryLevel changeThreshold(const Actor& actor, long long productId, const nlohmann::json& body,
                                   std::optional<long long> expectedVersion) const;
    Page<InventoryMovement> movements(const Principal& principal, long long productId,
                                      const std::optional<std::string>& cursor, long long limit) const;

private:
    db::ConnectionPool& m_pool;
    const InventoryRepository& m_repository;
};

} // namespace md::inventory
