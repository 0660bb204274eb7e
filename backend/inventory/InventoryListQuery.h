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
    static constexpr long long kDefaultLimit = 50;
    static constexpr long long kMaxLimit = 500;
    static constexpr std::size_t kMaxSearchWords = 8;
    static constexpr std::size_t kMaxSearchCharacters = 200;

    long long limit = kDefaultLimit;
    InventorySort sort = *InventorySort::parse(InventorySort::kDefault);
    std::optional<KeysetCursor> after;
    // q split at white space: every word must occur in the product's title, sku, category or
    // description (the catalog's search columns).
    std::vector<std::string> searchWords;
    bool lowStockOnly = false;
    // seller_id from the query (staff) or the caller's own seller (sellers); both may apply.
    std::optional<long long> sellerId;
    std::optional<long long> sellerScope;

    // Reads limit, cursor, sort, q, low_stock and seller_id. Malformed numbers and booleans are 400
    // (invalid_parameter); well-formed but unacceptable values are 422 naming the parameter.
    static InventoryListQuery fromParameters(const std::map<std::string, std::string>& parameters);
};

} // namespace md::inventory
