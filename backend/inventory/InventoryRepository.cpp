#include "inventory/InventoryRepository.h"

#include "catalog/ProductSearch.h"
#include "db/ConnectionPool.h"
#include "db/Nullable.h"
#include "db/SqlParams.h"

namespace md::inventory {

namespace {

// The columns levelFromRow reads, in its order; `i` is inventory, `p` products.
const std::string kLevelColumns = "p.id, p.seller_id, p.sku, p.title, i.on_hand, i.reserved, i.low_stock_threshold, "
                                  "i.version, md_rfc3339(i.updated_at)";
const std::string kLevelFrom = " FROM inventory i JOIN products p ON p.id = i.product_id ";
const std::string kScope = "($2::bigint IS NULL OR p.seller_id = $2::bigint)";

const std::string kMovementSelect =
    "SELECT m.id, m.product_id, m.delta, m.reserved_delta, m.reason, m.order_id, m.actor_user_id, u.email, "
    "md_rfc3339(m.created_at) FROM inventory_movements m LEFT JOIN users u ON u.id = m.actor_user_id "
    "WHERE m.product_id = $1 ";

InventoryLevel levelFromRow(const pqxx::row& row)
{
    InventoryLevel level;
    level.productId = row[0].as<long long>();
    level.sellerId = row[1].as<long long>();
    level.sku = row[2].as<std::string>();
    level.title = row[3].as<std::string>();
    level.onHand = row[4].as<long long>();
    level.reserved = row[5].as<long long>();
    level.lowStockThreshold = row[6].as<long long>();
    level.version = row[7].as<long long>();
    level.updatedAt = row[8].as<std::string>();
    return level;
}

std::optional<InventoryLevel> firstLevel(const pqxx::result& result)
{
    if (result.empty()) return std::nullopt;
    return levelFromRow(result[0]);
}

InventoryMovement movementFromRow(const pqxx::row& row)
{
    InventoryMovement movement;
    movement.id = row[0].as<long long>();
    movement.productId = row[1].as<long long>();
    movement.delta = row[2].as<long long>();
    movement.reservedDelta = row[3].as<long long>();
    movement.reason = row[4].as<std::string>();
    movement.orderId = db::optionalField<long long>(row[5]);
    movement.actorUserId = db::optionalField<long long>(row[6]);
    movement.actorEmail = db::optionalField<std::string>(row[7]);
    movement.createdAt = row[8].as<std::string>();
    return movement;
}

} // namespace

void InventoryRepository::registerStatements()
{
    db::Statements::add("inventory_level", "SELECT " + kLevelColumns + kLevelFrom + "WHERE i.product_id = $1 AND " + kScope);
    db::Statements::add("inventory_level_for_update",
                        "SELECT " + kLevelColumns + kLevelFrom + "WHERE i.product_id = $1 AND " + kScope +
                            " FOR UPDATE OF i");
    db::Statements::add("inventory_create_row", "INSERT INTO inventory (product_id) SELECT p.id FROM products p "
                                                "WHERE p.id = $1 AND " + kScope + " ON CONFLICT (product_id) DO NOTHING");
    db::Statements::add("inventory_product_visible", "SELECT 1 FROM products p WHERE p.id = $1 AND " + kScope);
    db::Statements::add("inventory_adjust",
                        "WITH adjusted AS (UPDATE inventory i SET on_hand = i.on_hand + $3::integer, "
                        "version = i.version + 1, updated_at = now() FROM products p "
                        "WHERE i.product_id = $1 AND p.id = i.product_id AND " + kScope +
                            " AND ($6::integer IS NULL OR i.version = $6::integer) "
                            "AND i.on_hand + $3::integer >= i.reserved RETURNING " + kLevelColumns +
                            "), movement AS (INSERT INTO inventory_movements (product_id, delta, reserved_delta, "
                            "reason, actor_user_id) SELECT $1, $3::integer, 0, $4::text, $5::bigint FROM adjusted) "
                            "SELECT * FROM adjusted");
    db::Statements::add("inventory_set_threshold",
                        "UPDATE inventory i SET low_stock_threshold = $2, version = i.version + 1, updated_at = now() "
                        "FROM products p WHERE i.product_id = $1 AND p.id = i.product_id RETURNING " + kLevelColumns);
    db::Statements::add("inventory_movements_first", kMovementSelect + "ORDER BY m.id DESC LIMIT $2");
    db::Statements::add("inventory_movements_after", kMovementSelect + "AND m.id < $2 ORDER BY m.id DESC LIMIT $3");
}

std::optional<InventoryLevel> InventoryRepository::find(pqxx::transaction_base& transaction, long long productId,
                                                        std::optional<long long> sellerScope) const
{
    return firstLevel(transaction.exec_prepared("inventory_level", productId, sellerScope));
}

std::optional<InventoryLevel> InventoryRepository::lock(pqxx::transaction_base& transaction, long long productId,
                                                        std::optional<long long> sellerScope) const
{
    if (auto level = firstLevel(transaction.exec_prepared("inventory_level_for_update", productId, sellerScope)))
        return level;
    // Products created through the catalog come with their row; anything else gets it on first use.
    transaction.exec_prepared("inventory_create_row", productId, sellerScope);
    return firstLevel(transaction.exec_prepared("inventory_level_for_update", productId, sellerScope));
}

bool InventoryRepository::productVisible(pqxx::transaction_base& transaction, long long productId,
                                         std::optional<long long> sellerScope) const
{
    return !transaction.exec_prepared("inventory_product_visible", productId, sellerScope).empty();
}

std::optional<InventoryLevel> InventoryRepository::adjust(pqxx::transaction_base& transaction, long long productId,
                                                          std::optional<long long> sellerScope, long long delta,
                                                          const std::string& reason, long long actorUserId,
                                                          std::optional<long long> expectedVersion) const
{
    return firstLevel(transaction.exec_prepared("inventory_adjust", productId, sellerScope, delta, reason, actorUserId,
                                                expectedVersion));
}

InventoryLevel InventoryRepository::setThreshold(pqxx::transaction_base& transaction, long long productId,
                                                 long long threshold) const
{
    return levelFromRow(transaction.exec_prepared1("inventory_set_threshold", productId, threshold));
}

std::vector<InventoryLevel> InventoryRepository::list(pqxx::transaction_base& transaction,
                                                      const InventoryListQuery& query) const
{
    // Built per request with only the conditions in use, so each gets a plan for its own indexes.
    db::SqlParams params;
    std::string sql = "SELECT " + kLevelColumns + kLevelFrom + "WHERE true";
    if (query.sellerScope) sql += " AND p.seller_id = " + params.add(*query.sellerScope) + "::bigint";
    if (query.sellerId) sql += " AND p.seller_id = " + params.add(*query.sellerId) + "::bigint";
    if (query.lowStockOnly) sql += " AND i.on_hand - i.reserved <= i.low_stock_threshold";
    sql += catalog::ProductSearch::conditions(query.searchWords, "p.search_document", params); // the catalog's search
    if (query.after) sql += query.sort.afterSql(*query.after, params);
    sql += query.sort.orderBySql();
    sql += " LIMIT " + std::to_string(query.limit + 1);

    std::vector<InventoryLevel> levels;
    for (const auto& row : params.execute(transaction, sql)) levels.push_back(levelFromRow(row));
    return levels;
}

std::vector<InventoryMovement> InventoryRepository::movements(pqxx::transaction_base& transaction, long long productId,
                                                              std::optional<long long> beforeId, long long limit) const
{
    // Two statements rather than "($2 IS NULL OR m.id < $2)", so every page is an index range scan.
    pqxx::result result = beforeId ? transaction.exec_prepared("inventory_movements_after", productId, *beforeId, limit)
                                   : transaction.exec_prepared("inventory_movements_first", productId, limit);
    std::vector<InventoryMovement> movements;
    movements.reserve(result.size());
    for (const auto& row : result) movements.push_back(movementFromRow(row));
    return movements;
}

} // namespace md::inventory
