#pragma once
// A request for the inventory list (GET /api/v1/inventory), checked before any SQL is built.

#include "core/KeysetCursor.h"
#include "inventory/InventorySort.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace md::inventory {

struct InventoryListQuery {
    long long limit = 0;
    InventorySort sort = InventorySort::byDefault();
    std::optional<KeysetCursor> after;
    // q split at white space: every word must occur in the product's title, sku, category or
    // description (the catalog's search columns).
    std::vector<std::string> searchWords;
    bool lowStockOnly = false;
    // seller_id from the query (staff) or the caller's own seller (sellers); both may apply.
    std::optional<long long> sellerId;
    std::optional<long long> sellerScope;

    // Reads limit, cursor, sort, q, low_stock and seller_id (core/QueryParameters: 400 for a
    // malformed number or boolean, 422 naming every unacceptable value). Other parameters are ignored.
    static InventoryListQuery fromParameters(const std::map<std::string, std::string>& parameters);
};

} // namespace md::inventory
