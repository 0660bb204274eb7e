#pragma once
// A product list request (GET /api/v1/products and the CSV export): filters, order, page size
// and the cursor, read from query parameters and checked before any SQL is built.

#include "catalog/ProductSort.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace md::catalog {

struct ProductQuery {
    long long limit = 0;
    std::optional<std::string> cursor;
    // q split at whitespace: every word must occur in the title, description, sku or category.
    std::vector<std::string> searchWords;
    std::optional<std::string> status;
    std::optional<std::string> category;
    std::optional<long long> sellerId;
    std::optional<std::string> updatedSince; // inclusive; UTC as Rfc3339::toUtcText writes it
    ProductSort sort = ProductSort::byDefault();

    // Reads limit, cursor, q, status, category, seller_id, updated_since and sort
    // (core/QueryParameters: 400 for a malformed number, 422 naming every unacceptable value).
    // Other parameters are ignored.
    static ProductQuery fromParameters(const std::map<std::string, std::string>& parameters);
};

} // namespace md::catalog
