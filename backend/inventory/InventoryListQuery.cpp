#include "inventory/InventoryListQuery.h"

#include "core/QueryParameters.h"

namespace md::inventory {

InventoryListQuery InventoryListQuery::fromParameters(const std::map<std::string, std::string>& parameters)
{
    QueryParameters read(parameters);
    InventoryListQuery query;
    query.limit = read.pageLimit();
    query.sort = read.sort("sort", query.sort);
    query.lowStockOnly = read.boolean("low_stock").value_or(false);
    query.sellerId = read.id("seller_id");
    query.searchWords = read.words("q");
    read.throwIfInvalid();
    // Decoded after the sort, since a cursor is only valid for the order it was issued in.
    if (auto cursor = read.text("cursor"))
        query.after = KeysetCursor::decode(*cursor, query.sort.name(), query.sort.cursorShape());
    return query;
}

} // namespace md::inventory
