#include "catalog/ProductQuery.h"

#include "catalog/Product.h"
#include "core/QueryParameters.h"
#include "core/Utf8.h"

namespace md::catalog {

ProductQuery ProductQuery::fromParameters(const std::map<std::string, std::string>& parameters)
{
    QueryParameters read(parameters);
    ProductQuery query;
    query.limit = read.pageLimit();
    query.sellerId = read.id("seller_id");
    query.sort = read.sort("sort", query.sort);
    query.status = read.oneOf("status", Product::statuses());
    query.category = read.text("category");
    if (query.category && !Utf8::isValid(*query.category)) {
        read.reject("category", "is not valid UTF-8");
        query.category.reset();
    }
    query.updatedSince = read.rfc3339("updated_since");
    query.searchWords = read.words("q");
    query.cursor = read.text("cursor");
    read.throwIfInvalid();
    return query;
}

} // namespace md::catalog
