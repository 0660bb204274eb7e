#include "inventory/InventoryService.h"

#include "audit/AuditLog.h"
#include "core/DomainError.h"
#include "core/KeysetCursor.h"
#include "db/Transaction.h"
#include "inventory/ThresholdChange.h"

namespace md::inventory {

namespace {

constexpr std::string_view kMovementSort = "-id";

nlohmann::json cursorPosition(const InventoryLevel& level, const InventorySort& sort)
{
    switch (sort.field()) {
    case InventorySort::Field::ProductId: return {level.productId};
    case InventorySort::Field::Available: return {level.available(), level.productId};
    case InventorySort::Field::Sku: return {level.sku, level.productId};
    }
    return {level.productId};
}

nlohmann::json stockFigures(const InventoryLevel& level)
{
    return {{"on_hand", level.onHand},
            {"reserved", level.reserved},
            {"available", level.available()},
            {"low_stock_threshold", level.lowStockThreshold},
            {"version", level.version}};
}

} // namespace

InventoryService::InventoryService(db::ConnectionPool& pool, const InventoryRepository& repository)
    : m_pool(pool), m_repository(repository)
{
}

Page<InventoryLevel> InventoryService::list(const Principal& principal, InventoryListQuery query) const
{
    query.sellerScope = principal.sellerScope();
    auto levels = db::withTransaction(m_pool, [&](pqxx::work& transaction) { return m_repository.list(transaction, query); });
    return Page<InventoryLevel>::fromRows(std::move(levels), query.limit, [&](const InventoryLevel& last) {
        return KeysetCursor(query.sort.name(), cursorPosition(last, query.sort)).encode();
    });
}

InventoryLevel InventoryService::get(const Principal& principal, long long productId) const
{
    auto level = db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        return m_repository.find(transaction, productId, principal.sellerScope());
    });
    if (!level) throw DomainError::notFound("inventory for product " + std::to_string(productId));
    return *level;
}

InventoryLevel InventoryService::adjust(const Actor& actor, long long productId, const nlohmann::json& body,
                                        std::optional<long long> expectedVersion) const
{
    const auto scope = actor.principal.sellerScope();
    return db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        // The product before the body: another seller's product is 404 whatever was sent.
        auto current = m_repository.find(transaction, productId, scope);
        if (!current) current = m_repository.lock(transaction, productId, scope); // creates a missing row
        if (!current) throw DomainError::notFound("product");
        if (expectedVersion && *expectedVersion != current->version)
            throw DomainError::preconditionFailed(current->version);
        const StockAdjustment adjustment = StockAdjustment::fromJson(body);

        std::optional<InventoryLevel> level;
        try {
            level = m_repository.adjust(transaction, productId, scope, adjustment.delta, adjustment.reason,
                                        actor.principal.userId, expectedVersion);
        } catch (const pqxx::sql_error& error) {
            if (error.sqlstate() != "22003") throw; // numeric_value_out_of_range
            throw DomainError::invalidField("delta", "would take on_hand beyond the largest storable quantity");
        }
        if (!level) {
            // Nothing changed; the row tells why. It may have moved on since the UPDATE looked, but
            // the answer is about a moment that really happened either way.
            auto latest = m_repository.find(transaction, productId, scope);
            if (!latest) throw DomainError::notFound("product");
            if (expectedVersion && *expectedVersion != latest->version)
                throw DomainError::preconditionFailed(latest->version);
            throw DomainError::conflict(
                "insufficient_stock",
                "on_hand is " + std::to_string(latest->onHand) + " and cannot change by " +
                    std::to_string(adjustment.delta) + ": it may not drop below the " +
                    std::to_string(latest->reserved) + " units reserved by open orders, nor below 0",
                {{"product_id", productId},
                 {"on_hand", latest->onHand},
                 {"reserved", latest->reserved},
                 {"available", latest->available()},
                 {"delta", adjustment.delta}});
        }
        nlohmann::json before = stockFigures(*level);
        before["on_hand"] = level->onHand - adjustment.delta;
        before["available"] = level->available() - adjustment.delta;
        before["version"] = level->version - 1;
        nlohmann::json after = stockFigures(*level);
        after["delta"] = adjustment.delta;
        after["reason"] = adjustment.reason;
        audit::record(transaction, actor,
                      {"inventory.adjust", "inventory", std::to_string(productId), std::move(before), std::move(after)});
        return *level;
    });
}

InventoryLevel InventoryService::changeThreshold(const Actor& actor, long long productId, const nlohmann::json& body,
                                                 std::optional<long long> expectedVersion) const
{
    return db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        auto current = m_repository.lock(transaction, productId, actor.principal.sellerScope());
        if (!current) throw DomainError::notFound("product");
        if (expectedVersion && *expectedVersion != current->version)
            throw DomainError::preconditionFailed(current->version);
        const ThresholdChange change = ThresholdChange::fromJson(body);
        InventoryLevel updated = m_repository.setThreshold(transaction, productId, change.lowStockThreshold);
        audit::record(transaction, actor,
                      {"inventory.update", "inventory", std::to_string(productId), stockFigures(*current),
                       stockFigures(updated)});
        return updated;
    });
}

Page<InventoryMovement> InventoryService::movements(const Principal& principal, long long productId,
                                                    const std::optional<std::string>& cursor, long long limit) const
{
    std::optional<long long> beforeId;
    if (cursor)
        beforeId = KeysetCursor::decode(*cursor, kMovementSort, {KeysetCursor::Value::BigInt}).integerAt(0);
    auto movements = db::withTransaction(m_pool, [&](pqxx::work& transaction) {
        if (!m_repository.productVisible(transaction, productId, principal.sellerScope()))
            throw DomainError::notFound("product");
        return m_repository.movements(transaction, productId, beforeId, limit + 1);
    });
    return Page<InventoryMovement>::fromRows(std::move(movements), limit, [](const InventoryMovement& last) {
        return KeysetCursor(std::string(kMovementSort), {last.id}).encode();
    });
}

} // namespace md::inventory
