#include "orders/OrderListQuery.h"

#include "core/QueryParameters.h"

namespace md::orders {

OrderListQuery OrderListQuery::fromParameters(const std::map<std::string, std::string>& parameters)
{
    QueryParameters read(parameters);
    OrderListQuery query;
    query.limit = read.pageLimit();
    query.sort = read.sort("sort", query.sort);
    for (const auto& name : read.someOf("status", orderStatusNames())) {
        if (auto status = orderStatusFromString(name)) query.statuses.push_back(*status);
    }
    query.sellerId = read.id("seller_id");
    query.createdFrom = read.rfc3339("created_from");
    query.createdTo = read.rfc3339("created_to");
    query.search = read.search("q");
    query.searchWords = read.words("q");
    read.throwIfInvalid();
    if (auto cursor = read.text("cursor"))
        query.after = KeysetCursor::decode(*cursor, query.sort.name(), query.sort.cursorShape());
    return query;
}

} // namespace md::orders
