#pragma once
// A product list request (GET /api/v1/products and the CSV export): filters, order, page size
// and the cursor, read from query parameters and checked before any SQL is built.

#include "catalog/Product.h"
#include "catalog/ProductSort.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace md::catalog {

struct ProductQuery {
    static constexpr long long kDefaultLimit = 50;
    static constexpr long long kMaxLimit = 500;
    static constexpr std::size_t kMaxSearchWords = 8;
    static constexpr std::size_t kMaxSearchLength = 200;

    long long limit = kDefaultLimit;
    std::optional<std::string> cursor;
    // q split at whitespace: every word must occur in the title, description, sku or category.
    std::vector<std::string> searchWords;
    std::optional<std::string> status;
    std::optional<std::string> category;
    std::optional<long long> sellerId;
    std::optional<std::string> updatedSince; // inclusive; UTC as Rfc3339::toUtcText writes it
    ProductSort sort = *ProductSort::parse(ProductSort::kDefault);

    // Reads limit, cursor, q, status, category, seller_id, updated_since and sort. Malformed
    // numbers are 400 (invalid_parameter); well-formed but unacceptable values are 422 with
    // details.fields naming the parameter. Other parameters are ignored.
    static ProductQuery fromParameters(const std::map<std::string, std::string>& parameters);
};

struct ProductPage {
    std::vector<Product> items;
    std::optional<std::string> nextCursor;
};

} // namespace md::catalog
