#pragma once
// SQL for stock levels and their history. Reads and writes are scoped by seller in the WHERE clause
// (sellerScope nullopt: every seller), so a seller's request can never touch another seller's
// product. Writers lock inventory rows one product at a time or in product_id order, the order every
// writer follows (orders included), so concurrent changes cannot deadlock.

#include "inventory/InventoryLevel.h"
#include "inventory/InventoryListQuery.h"
#include "inventory/InventoryMovement.h"

#include <pqxx/pqxx>

#include <optional>
#include <string>
#include <vector>

namespace md::inventory {

class InventoryRepository {
public:
    static void registerStatements();

    std::optional<InventoryLevel> find(pqxx::transaction_base& transaction, long long productId,
                                       std::optional<long long> sellerScope) const;
    // The level, locked for the rest of the transaction. Creates the row (on_hand 0) for a product
    // that has none yet; nullopt when there is no such product in scope.
    std::optional<InventoryLevel> lock(pqxx::transaction_base& transaction, long long productId,
                                       std::optional<long long> sellerScope) const;
    bool productVisible(pqxx::transaction_base& transaction, long long productId,
                        std::optional<long long> sellerScope) const;

    // Adds delta to on_hand and writes the movement, in one statement. The UPDATE's WHERE clause is
    // the check (on_hand + delta >= reserved, version matches when given), so a concurrent order
    // cannot slip in between. nullopt when nothing was changed; the caller finds out why.
    std::optional<InventoryLevel> adjust(pqxx::transaction_base& transaction, long long productId,
                                         std::optional<long long> sellerScope, long long delta,
                                         const std::string& reason, long long actorUserId,
                                         std::optional<long long> expectedVersion) const;
    // The row must be locked (lock()) by the caller.
    InventoryLevel setThreshold(pqxx::transaction_base& transaction, long long productId, long long threshold) const;

    // Up to limit + 1 rows, so the caller can tell whether another page follows.
    std::vector<InventoryLevel> list(pqxx::transaction_base& transaction, const InventoryListQuery& query) const;
    // Newest first; beforeId continues after the last movement of the previous page.
    std::vector<InventoryMovement> movements(pqxx::transaction_base& transaction, long long productId,
                                             std::optional<long long> beforeId, long long limit) const;
};

} // namespace md::inventory
