#pragma once
// What the product table asks the server for: search text, status, category and sort, as the
// query parameters of GET /api/v1/products.

#include "models/dto/Product.h"

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace md::models {

struct ProductFilter {
    QString search;
    std::optional<ProductStatus> status;
    QString category;
    std::optional<qint64> sellerId;
    QString sortField; // e.g. "title", "price_cents"; empty = the server's default order
    bool descending = false;

    QUrlQuery toQuery() const;
    bool operator==(const ProductFilter&) const = default;
};

} // namespace md::models
