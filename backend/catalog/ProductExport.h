#pragma once
// GET /api/v1/products/export: the caller's visible products as CSV (ProductCsv's columns, a
// UTF-8 byte order mark first for Excel), with the list's filters and order. Rows are read in
// keyset batches, each with a connection borrowed only for that batch, so a slow download never
// holds a database connection, and memory stays at one batch whatever the catalog's size.

#include "catalog/ProductQuery.h"
#include "catalog/ProductService.h"
#include "core/Principal.h"

#include <functional>
#include <string_view>

namespace md::catalog {

class ProductExport {
public:
    static constexpr long long kBatchSize = 1000;

    ProductExport(ProductService& service, Principal principal, ProductQuery query);

    // Reads the first batch now, while a failure can still be an HTTP error rather than a
    // truncated download.
    void prefetch();
    // Writes the whole file to sink, batch by batch; stops early when sink returns false (the
    // client has gone).
    void writeTo(const std::function<bool(std::string_view)>& sink);

private:
    ProductService& m_service;
    Principal m_principal;
    ProductQuery m_query;
    Page<Product> m_page;
    bool m_prefetched = false;
};

} // namespace md::catalog
